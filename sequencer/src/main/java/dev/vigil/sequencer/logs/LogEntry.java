package dev.vigil.sequencer.logs;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Objects;

/** One log as Ethereum's receipts carry it: the emitting address, up to four topics, the data. */
public record LogEntry(Address address, List<Bytes32> topics, Bytes data) {
  public LogEntry {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(data, "data");
    topics = List.copyOf(topics);
    if (topics.size() > 4) {
      throw new IllegalArgumentException("a log has at most 4 topics, not " + topics.size());
    }
  }
}
