package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The receipt of a mined L1 transaction. */
public record L1Receipt(
    Bytes32 txHash,
    long blockNumber,
    Bytes32 blockHash,
    Address from,
    Optional<Address> to,
    boolean success,
    long gasUsed,
    BigInteger effectiveGasPrice,
    Optional<Address> contractAddress,
    List<L1Log> logs) {
  public L1Receipt {
    Objects.requireNonNull(txHash, "txHash");
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(effectiveGasPrice, "effectiveGasPrice");
    Objects.requireNonNull(contractAddress, "contractAddress");
    logs = List.copyOf(logs);
  }

  /** The logs emitted by {@code emitter}, in order. */
  public List<L1Log> logsOf(Address emitter) {
    return logs.stream().filter(l -> l.address().equals(emitter)).toList();
  }
}
