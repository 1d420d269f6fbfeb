package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TxDecoderMalformedTest {

  static Stream<MalformedTxCases.Case> cases() {
    return MalformedTxCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isMalformedWithItsReason(MalformedTxCases.Case c) {
    TxDecoding d = TxDecoder.decode(c.raw());
    TxDecoding.Malformed m = assertInstanceOf(TxDecoding.Malformed.class, d, c.name());
    assertTrue(m.reason().contains(c.reason()), c.name() + ": " + m.reason());
  }

  @Test
  void theFixturesTheCasesMutateAreWellFormed() {
    assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(TxFixtures.legacyTransfer()));
    assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(TxFixtures.eip1559Transfer()));
  }
}
