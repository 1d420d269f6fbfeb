package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.state.StateTree;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Valid transactions of no supported kind (docs/protocol.md 3.2): they pay the fee and bump the
 * nonce with status 0. Also the largest well-formed transaction ({@code MAX_TX_SIZE} bytes).
 */
final class Unsupported {
  private static final long GAS = 21_000;

  private Unsupported() {}

  static ValidTxs.Shaped shape(ScenarioFactory f, TxSpec t, Wallets.Wallet sender, StateTree pre) {
    t.gasLimit = ValidTxs.gas(f.rnd, GAS);
    String variant;
    // The largest transaction is rare: its 4 KB would dominate the vector files.
    switch (f.rnd.nextInt(40) == 0 ? -1 : f.rnd.nextInt(7)) {
      case 0 -> {
        variant = "creation";
        t.to = Optional.empty();
        t.data = ValidTxs.randomData(f.rnd, f.rnd.nextInt(60));
      }
      case 1 -> {
        variant = "unknown-calldata";
        t.to = Optional.of(f.party());
        t.data = ValidTxs.randomData(f.rnd, 1 + f.rnd.nextInt(100));
      }
      case 2 -> {
        variant = "bridge-call";
        t.to = Optional.of(Calls.L2_BRIDGE);
        t.data = f.rnd.nextBoolean() ? Bytes.EMPTY : Calls.withdrawEth(f.party()).slice(0, 35);
        t.value = BigInteger.valueOf(f.rnd.nextInt(1000));
      }
      case 3 -> {
        variant = "transfer-with-value";
        t.to = Optional.of(f.token());
        t.data = Calls.transfer(f.party(), ValidTxs.amount(f));
        t.value = BigInteger.ONE;
      }
      case 4 -> {
        variant = "dirty-address-word";
        t.to = Optional.of(f.rnd.nextBoolean() ? f.token() : Calls.L2_BRIDGE);
        byte[] d = (t.to.get().equals(Calls.L2_BRIDGE) ? Calls.withdrawEth(f.party()) : Calls.transfer(f.party(), BigInteger.TEN)).toArray();
        d[4 + f.rnd.nextInt(12)] = (byte) (1 + f.rnd.nextInt(255));
        t.data = Bytes.wrap(d);
      }
      case 5 -> {
        variant = "token-withdrawal-with-value";
        t.to = Optional.of(Calls.L2_BRIDGE);
        t.data = Calls.withdrawToken(f.token(), f.party(), BigInteger.TEN);
        t.value = BigInteger.valueOf(1 + f.rnd.nextInt(1000));
      }
      case -1 -> {
        variant = "max-size";
        t.to = Optional.of(f.party());
        sizeTo(f, t, sender, 4096);
      }
      default -> {
        variant = "short-transfer-calldata";
        t.to = Optional.of(f.randomAddress());
        t.data = Calls.transfer(f.party(), BigInteger.ONE).slice(0, 67);
      }
    }
    return new ValidTxs.Shaped("unsupported-" + variant, pre);
  }

  /**
   * Random calldata sized so that the signed transaction is exactly {@code size} bytes. The
   * signature's length varies with the content (r or s may have a leading zero byte), so each
   * attempt also changes the first data byte, to get out of a 31/32-byte oscillation.
   */
  static void sizeTo(ScenarioFactory f, TxSpec t, Wallets.Wallet sender, int size) {
    byte[] pool = ValidTxs.randomData(f.rnd, size).toArray();
    int length = size - 200;
    for (int attempt = 0; attempt < 64; attempt++) {
      pool[0] = (byte) attempt;
      t.data = Bytes.wrap(java.util.Arrays.copyOf(pool, length));
      int got = t.sign(sender.key()).length();
      if (got == size) {
        return;
      }
      length += size - got;
    }
    throw new IllegalStateException("could not size a transaction to " + size + " bytes");
  }
}
