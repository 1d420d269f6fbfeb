package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Objects;

/** An L1 event log, where it was emitted and what it says. */
public record L1Log(Address address, List<Bytes32> topics, Bytes data, LogPosition position) {
  public L1Log {
    Objects.requireNonNull(address, "address");
    topics = List.copyOf(topics);
    if (topics.size() > 4) {
      throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
    }
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(position, "position");
  }

  /** The event signature hash of a non-anonymous event. */
  public Bytes32 topic0() {
    if (topics.isEmpty()) {
      throw new IllegalStateException("anonymous log without topics");
    }
    return topics.get(0);
  }
}
