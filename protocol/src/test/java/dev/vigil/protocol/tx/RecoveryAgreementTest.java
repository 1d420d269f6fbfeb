package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Native libsecp256k1 and Bouncy Castle give the same sender (or the same refusal) for every
 * signed transaction of the shared vectors and for thousands of random valid and invalid
 * signatures.
 */
class RecoveryAgreementTest {
  private static final BigInteger N = Secp256k1.N;
  private static final RecoveryBackend BC = BouncyCastleRecovery.INSTANCE;
  private static final RecoveryBackend NATIVE = NativeBackend.loadOrFail();

  /** Both backends' answers for one input, and the answer itself. */
  private static Optional<Address> agree(Bytes32 hash, int yParity, BigInteger r, BigInteger s, String what) {
    Optional<Address> bc = SenderRecovery.recover(BC, hash, yParity, r, s);
    assertEquals(bc, SenderRecovery.recover(NATIVE, hash, yParity, r, s), what);
    return bc;
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = RecoveryAgreementTest.class.getClassLoader().getResourceAsStream(name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void agreeWithEachOtherAndTheFileOnEveryTxDecodingVector() throws IOException {
    int valid = 0;
    int invalid = 0;
    for (JsonNode v : resource(TxVectorGenerator.RESOURCE).get("transactions")) {
      if (TxDecoder.decode(Bytes.fromHex(v.get("raw").asText())) instanceof TxDecoding.Ok ok) {
        SignedTx tx = ok.tx();
        Optional<Address> expected = v.get("signatureValid").asBoolean()
            ? Optional.of(Address.fromHex(v.get("sender").asText())) : Optional.empty();
        assertEquals(expected, agree(tx.signingHash(), tx.yParity(), tx.r(), tx.s(), v.get("name").asText()));
        valid += expected.isPresent() ? 1 : 0;
        invalid += expected.isPresent() ? 0 : 1;
      }
    }
    assertTrue(valid >= 40 && invalid >= 1, valid + " valid, " + invalid + " invalid signatures");
  }

  /** Every entry labelled bad-signature and every fourth other one (Bouncy Castle is slow). */
  @Test
  void agreeOnTheSignedEntriesOfTheStfVectors() throws IOException {
    int badSignatures = 0;
    int signed = 0;
    for (int f = 0; f < 10; f++) {
      int i = 0;
      for (JsonNode v : resource("vectors/fraud/stf-" + f + ".json").get("vectors")) {
        boolean bad = v.get("kind").asText().equals("bad-signature");
        if (v.get("queue").asInt() == 0 && (bad || i++ % 4 == 0)
            && TxDecoder.decode(Bytes.fromHex(v.get("entry").asText())) instanceof TxDecoding.Ok ok) {
          SignedTx tx = ok.tx();
          agree(tx.signingHash(), tx.yParity(), tx.r(), tx.s(), "stf-" + f + ".json " + v.get("kind"));
          badSignatures += bad ? 1 : 0;
          signed++;
        }
      }
    }
    assertTrue(badSignatures >= 200 && signed >= 1_500, badSignatures + " bad signatures, " + signed + " in all");
  }

  @Test
  void agreeOnRandomSignaturesTheirOtherParityAndTheirHighSTwin() {
    Random rnd = new Random(5);
    for (int i = 0; i < 500; i++) {
      BigInteger key = new BigInteger(256, rnd).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
      Bytes32 hash = Bytes32.wrap(bytes(rnd, 32));
      TxSigner.Signature sig = TxSigner.sign(key, hash);
      String what = "key " + key.toString(16) + " hash " + hash;
      assertEquals(Optional.of(TxSigner.address(key)), agree(hash, sig.yParity(), sig.r(), sig.s(), what));
      assertTrue(agree(hash, 1 - sig.yParity(), sig.r(), sig.s(), what).isPresent(), what);
      assertEquals(Optional.empty(), agree(hash, 1 - sig.yParity(), sig.r(), N.subtract(sig.s()), what));
    }
  }

  @Test
  void agreeOnRandomGarbage() {
    Random rnd = new Random(7);
    int recovered = 0;
    int refused = 0;
    for (int i = 0; i < 2_000; i++) {
      Bytes32 hash = Bytes32.wrap(bytes(rnd, 32));
      // mostly in range (so the curve arithmetic runs), sometimes anywhere in 0 .. 2^256 - 1
      BigInteger r = i % 8 == 0 ? new BigInteger(256, rnd) : new BigInteger(256, rnd).mod(N);
      BigInteger s = i % 8 == 1 ? new BigInteger(256, rnd) : new BigInteger(255, rnd);
      int yParity = i % 16 == 2 ? rnd.nextInt(5) - 1 : rnd.nextInt(2);
      boolean found = agree(hash, yParity, r, s, "r " + r.toString(16) + " s " + s.toString(16)).isPresent();
      recovered += found ? 1 : 0;
      refused += found ? 0 : 1;
    }
    // about half of all x have a curve point: both outcomes must be well exercised
    assertTrue(recovered > 500 && refused > 500, recovered + " recovered, " + refused + " refused");
  }

  @Test
  void agreeOnTheEdgesOfTheRanges() {
    BigInteger half = N.shiftRight(1);
    BigInteger[] values = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(5),
        half, half.add(BigInteger.ONE), N.subtract(BigInteger.ONE), N, N.add(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)};
    for (Bytes32 hash : List.of(Bytes32.ZERO, Bytes32.fromHex("0x" + "ab".repeat(32)),
        Bytes32.fromHex("0x" + "ff".repeat(32)))) {
      for (BigInteger r : values) {
        for (BigInteger s : values) {
          for (int yParity = -1; yParity <= 2; yParity++) {
            agree(hash, yParity, r, s, hash + " r " + r.toString(16) + " s " + s.toString(16) + " v " + yParity);
          }
        }
      }
    }
  }

  private static byte[] bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }
}
