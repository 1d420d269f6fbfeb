package dev.vigil.sequencer.mempool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdmissionTest {
  private static final BigInteger KEY = BigInteger.valueOf(0x5eed);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private final Set<Bytes32> known = new HashSet<>();
  private final Admission admission = new Admission(known::contains);

  private String refusal(Bytes raw) {
    Screening s = admission.screen(raw);
    return assertInstanceOf(Submission.Refused.class, s, "admitted").message();
  }

  private static Bytes legacy(Optional<Address> to, BigInteger value, Bytes data) {
    return TxSigner.signLegacy(KEY, 42424, 0, GWEI, 100_000, to, value, data);
  }

  @Test
  void wellFormedTransfer_isAdmittedWithItsSenderRecovered() {
    Bytes raw = legacy(Optional.of(BOB), BigInteger.ONE, Bytes.EMPTY);
    AdmittedTx tx = assertInstanceOf(AdmittedTx.class, admission.screen(raw));
    assertEquals(Optional.of(TxSigner.address(KEY)), tx.sender());
    assertEquals(Keccak.hash(raw), tx.tx().hash());
    assertEquals(BatchEntry.Tx.admitted(raw), tx.batchEntry());
    assertTrue(tx.batchEntry().isCompact(), "a plain transfer goes into a batch compact");
  }

  @Test
  void oversized_isRefusedBeforeDecoding() {
    assertEquals("oversized data", refusal(Bytes.wrap(new byte[4097])));
  }

  @Test
  void malformedBytes_areRefusedWithTheDecodersReason() {
    String reason = refusal(Bytes.fromHex("0xc0"));
    assertTrue(reason.startsWith("rlp: "), reason);
    assertEquals("transaction type not supported", refusal(Bytes.fromHex("0x01c0")));
  }

  @Test
  void contractCreation_andUnknownCalldata_areUnsupported() {
    assertEquals("unsupported transaction: contract creation",
        refusal(legacy(Optional.empty(), BigInteger.ZERO, Bytes.fromHex("0x6000"))));
    assertEquals("unsupported transaction: unknown calldata",
        refusal(legacy(Optional.of(BOB), BigInteger.ZERO, Bytes.fromHex("0xdeadbeef"))));
  }

  @Test
  void knownHash_isAlreadyKnown() {
    Bytes raw = legacy(Optional.of(BOB), BigInteger.ONE, Bytes.EMPTY);
    known.add(Keccak.hash(raw));
    assertEquals("already known", refusal(raw));
  }
}
