package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A load-generator account: its key and address. */
public record Sender(BigInteger key, Address address) {
  public Sender {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(address, "address");
  }

  /**
   * {@code n} deterministic senders of series {@code series} (distinct series, distinct keys).
   * Small keys are valid secp256k1 keys and, unlike the dev accounts, hold nothing anywhere.
   */
  public static List<Sender> series(int series, int n) {
    if (series < 1 || series > 0xffff || n < 1) {
      throw new IllegalArgumentException("series 1..65535 and n >= 1");
    }
    return IntStream.range(0, n).mapToObj(i -> {
      BigInteger key = BigInteger.valueOf(0xbe_0000_0000L + ((long) series << 20) + i + 1);
      return new Sender(key, TxSigner.address(key));
    }).toList();
  }
}
