package dev.vigil.devnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax of the golden files (devnet/src/test/resources/golden/README.md).
 * In an expected response a string that is exactly one of these matches any value of that shape:
 * {@code "<hex32>"} (0x and 64 hex digits), {@code "<address>"} (0x and 40), {@code "<quantity>"}
 * (0x hex without leading zeros), {@code "<data>"} (0x and an even number of hex digits),
 * {@code "<number>"} (a JSON integer), {@code "<bool>"}, {@code "<array>"} (any array),
 * {@code "<any>"}. Everything else must be equal: objects with the same keys, arrays with the
 * same length, strings compared exactly. In a request, {@code "${name}"} is replaced by the
 * value the test bound to {@code name}.
 */
final class GoldenJson {
  private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
  private static final Map<String, Pattern> SHAPES = Map.of(
      "<hex32>", Pattern.compile("0x[0-9a-fA-F]{64}"),
      "<address>", Pattern.compile("0x[0-9a-fA-F]{40}"),
      "<quantity>", Pattern.compile("0x(0|[1-9a-f][0-9a-f]*)"),
      "<data>", Pattern.compile("0x([0-9a-f]{2})*"));

  private GoldenJson() {}

  /** The differences between {@code expected} (with placeholders) and {@code actual}; empty if it matches. */
  static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode exp, JsonNode act, List<String> out) {
    if (exp.isTextual() && placeholder(exp.asText())) {
      if (!matches(exp.asText(), act)) {
        out.add(path + ": expected " + exp.asText() + ", got " + act);
      }
    } else if (exp.isObject() && act.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      exp.fieldNames().forEachRemaining(keys::add);
      act.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        if (!exp.has(k) || !act.has(k)) {
          out.add(path + "." + k + (exp.has(k) ? ": missing" : ": unexpected, value " + act.get(k)));
        } else {
          diff(path + "." + k, exp.get(k), act.get(k), out);
        }
      }
    } else if (exp.isArray() && act.isArray() && exp.size() == act.size()) {
      for (int i = 0; i < exp.size(); i++) {
        diff(path + "[" + i + "]", exp.get(i), act.get(i), out);
      }
    } else if (exp.isIntegralNumber() && act.isIntegralNumber()) {
      if (!exp.bigIntegerValue().equals(act.bigIntegerValue())) {
        out.add(path + ": expected " + exp + ", got " + act);
      }
    } else if (!exp.equals(act)) {
      out.add(path + ": expected " + exp + ", got " + act);
    }
  }

  static boolean placeholder(String s) {
    return SHAPES.containsKey(s) || s.equals("<number>") || s.equals("<bool>") || s.equals("<array>")
        || s.equals("<any>");
  }

  private static boolean matches(String placeholder, JsonNode v) {
    switch (placeholder) {
      case "<number>":
        return v.isIntegralNumber();
      case "<bool>":
        return v.isBoolean();
      case "<array>":
        return v.isArray();
      case "<any>":
        return true;
      default:
        return v.isTextual() && SHAPES.get(placeholder).matcher(v.asText()).matches();
    }
  }

  /**
   * {@code request} with every {@code "${name}"} string replaced: by a JSON number when the
   * string is only the variable and its value is a number, else textually.
   */
  static JsonNode bind(JsonNode request, Map<String, Object> vars) {
    if (request.isTextual()) {
      String s = request.asText();
      Matcher whole = VAR.matcher(s);
      if (whole.matches() && vars.get(whole.group(1)) instanceof Number n) {
        return com.fasterxml.jackson.databind.node.LongNode.valueOf(n.longValue());
      }
      Matcher m = VAR.matcher(s);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        Object v = vars.get(m.group(1));
        if (v == null) {
          throw new IllegalArgumentException("golden request uses unbound ${" + m.group(1) + "}");
        }
        m.appendReplacement(b, Matcher.quoteReplacement(v.toString()));
      }
      m.appendTail(b);
      return new TextNode(b.toString());
    }
    if (request.isObject()) {
      ObjectNode o = ((ObjectNode) request).deepCopy();
      for (Iterator<String> it = request.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        o.set(k, bind(request.get(k), vars));
      }
      return o;
    }
    if (request.isArray()) {
      ArrayNode a = ((ArrayNode) request).deepCopy();
      for (int i = 0; i < request.size(); i++) {
        a.set(i, bind(request.get(i), vars));
      }
      return a;
    }
    return request;
  }
}
