package dev.vigil.bench.load;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Reads the node's answers to {@code eth_sendRawTransaction} requests. The generator shares the
 * cores with the node it measures, so an answer without any {@code "error"} is counted by
 * scanning for its {@code "result"} members instead of parsing it; only refusals are parsed.
 */
final class Answers {
  private static final byte[] RESULT = "\"result\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ERROR = "\"error\"".getBytes(StandardCharsets.US_ASCII);

  private Answers() {}

  /**
   * How many of the {@code expected} requests got a result; the batch's answers count in order,
   * so a refusal ends the count (the transactions after it were sent with later nonces).
   */
  static int accepted(Buffer answer, int expected) {
    byte[] bytes = answer.getBytes();
    if (indexOf(bytes, ERROR, 0) < 0) {
      return Math.min(expected, count(bytes, RESULT));
    }
    try {
      Object parsed = Json.decodeValue(answer);
      if (parsed instanceof JsonObject o) {
        return o.getValue("result") != null ? 1 : 0;
      }
      int ok = 0;
      for (Object o : (JsonArray) parsed) {
        if (!(o instanceof JsonObject j) || j.getValue("result") == null) {
          break;
        }
        ok++;
      }
      return ok;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The first error's message in an answer that has one. */
  static String firstError(Buffer answer) {
    try {
      Object parsed = Json.decodeValue(answer);
      JsonArray all = parsed instanceof JsonArray a ? a : new JsonArray().add(parsed);
      for (Object o : all) {
        if (o instanceof JsonObject j && j.getValue("result") == null) {
          JsonObject e = j.getJsonObject("error");
          return e == null ? "no result in " + j.encode() : e.getString("message", e.encode());
        }
      }
      return "fewer answers than requests: " + answer.length() + " bytes";
    } catch (RuntimeException e) {
      return "not JSON: " + answer.toString().substring(0, Math.min(200, answer.length()));
    }
  }

  private static int count(byte[] in, byte[] what) {
    int n = 0;
    for (int at = indexOf(in, what, 0); at >= 0; at = indexOf(in, what, at + what.length)) {
      n++;
    }
    return n;
  }

  private static int indexOf(byte[] in, byte[] what, int from) {
    outer:
    for (int i = from; i <= in.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
