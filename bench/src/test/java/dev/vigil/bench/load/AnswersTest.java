package dev.vigil.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class AnswersTest {
  private static final String OK = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"result\":\"0x%064x\"}";
  private static final String REFUSED =
      "{\"jsonrpc\":\"2.0\",\"id\":%d,\"error\":{\"code\":-32000,\"message\":\"nonce too low\"}}";

  private static Buffer of(String s) {
    return Buffer.buffer(s);
  }

  @Test
  void singleAnswers_countOneForAResultAndNoneForAnError() {
    assertEquals(1, Answers.accepted(of(String.format(OK, 1, 7)), 1));
    assertEquals(0, Answers.accepted(of(String.format(REFUSED, 1)), 1));
    assertEquals("nonce too low", Answers.firstError(of(String.format(REFUSED, 1))));
  }

  @Test
  void batchAnswers_countTheResultsBeforeTheFirstRefusal() {
    String all = "[" + String.format(OK, 1, 1) + "," + String.format(OK, 2, 2) + "," + String.format(OK, 3, 3) + "]";
    assertEquals(3, Answers.accepted(of(all), 3));
    String third = "[" + String.format(OK, 1, 1) + "," + String.format(OK, 2, 2) + "," + String.format(REFUSED, 3)
        + "]";
    assertEquals(2, Answers.accepted(of(third), 3));
    assertEquals("nonce too low", Answers.firstError(of(third)));
  }

  @Test
  void answersMissingOrNotJson_countOnlyWhatIsThere() {
    assertEquals(1, Answers.accepted(of("[" + String.format(OK, 1, 1) + "]"), 2));
    assertEquals(0, Answers.accepted(of("<html>error</html>"), 1));
    assertEquals("not JSON: <html>", Answers.firstError(of("<html>")));
  }
}
