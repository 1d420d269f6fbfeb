package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction as L1 reports it: who sent what to whom, and where it was mined.
 *
 * @param blockNumber empty while pending
 */
public record L1Tx(Bytes32 hash, Address from, Optional<Address> to, BigInteger value, Bytes input,
    long nonce, Optional<Long> blockNumber) {
  public L1Tx {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(blockNumber, "blockNumber");
  }
}
