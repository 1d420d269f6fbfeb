package dev.vigil.protocol.vectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the vector files use: objects, arrays, strings without escapes, integers.
 * Objects keep their key order so that writing is deterministic.
 */
final class Json {
  private final String s;
  private int at;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.skipSpace();
    if (p.at != text.length()) {
      throw p.error("trailing characters");
    }
    return v;
  }

  /** Pretty-prints maps, lists, strings and integers; scalar arrays stay on one line. */
  static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, "");
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, String indent) {
    if (v instanceof Map<?, ?> m) {
      String inner = indent + "  ";
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(inner).append('"').append(e.getKey()).append("\": ");
        write(sb, e.getValue(), inner);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    } else if (v instanceof List<?> l) {
      boolean nested = l.stream().anyMatch(x -> x instanceof Map || x instanceof List);
      String inner = indent + "  ";
      sb.append(nested ? "[\n" : "[");
      for (int i = 0; i < l.size(); i++) {
        if (nested) {
          sb.append(inner);
        }
        write(sb, l.get(i), inner);
        if (i + 1 < l.size()) {
          sb.append(nested ? ",\n" : ", ");
        }
      }
      sb.append(nested && !l.isEmpty() ? "\n" + indent + "]" : "]");
    } else if (v instanceof String str) {
      sb.append('"').append(str).append('"');
    } else if (v instanceof Number n) {
      sb.append(n);
    } else {
      throw new IllegalArgumentException("cannot write " + v);
    }
  }

  private Object value() {
    skipSpace();
    char c = s.charAt(at);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      int end = s.indexOf('"', at + 1);
      String str = s.substring(at + 1, end);
      at = end + 1;
      return str;
    }
    int start = at;
    while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '-')) {
      at++;
    }
    if (start == at) {
      throw error("unexpected character");
    }
    return Long.parseLong(s.substring(start, at));
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (s.charAt(at) == '}') {
      at++;
      return m;
    }
    while (true) {
      skipSpace();
      String key = (String) value();
      skipSpace();
      expect(':');
      m.put(key, value());
      skipSpace();
      if (s.charAt(at) == '}') {
        at++;
        return m;
      }
      expect(',');
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    at++;
    skipSpace();
    if (s.charAt(at) == ']') {
      at++;
      return l;
    }
    while (true) {
      l.add(value());
      skipSpace();
      if (s.charAt(at) == ']') {
        at++;
        return l;
      }
      expect(',');
    }
  }

  private void expect(char c) {
    if (s.charAt(at) != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private void skipSpace() {
    while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
