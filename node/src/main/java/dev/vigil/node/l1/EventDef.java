package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;

/** One Solidity event: its topic and the decoding of its logs into values in declaration order. */
final class EventDef {
  private final Event event;
  private final Bytes32 topic0;

  EventDef(String name, TypeReference<?>... params) {
    this.event = new Event(name, List.of(params));
    this.topic0 = Bytes32.fromHex(EventEncoder.encode(event));
  }

  Bytes32 topic0() {
    return topic0;
  }

  boolean matches(L1Log log) {
    return !log.topics().isEmpty() && log.topic0().equals(topic0);
  }

  /** The event's values in declaration order; IllegalArgumentException when the log does not fit. */
  @SuppressWarnings("rawtypes")
  List<Type> decode(L1Log log) {
    List<TypeReference<Type>> params = event.getParameters();
    long indexedCount = params.stream().filter(TypeReference::isIndexed).count();
    if (!matches(log) || log.topics().size() != indexedCount + 1) {
      throw new IllegalArgumentException("log is not a " + event.getName() + " event: " + log);
    }
    List<Type> nonIndexed = Abi.decode(log.data(), new ArrayList<>(event.getNonIndexedParameters()));
    List<Type> values = new ArrayList<>(params.size());
    int topic = 1;
    int data = 0;
    for (TypeReference<Type> p : params) {
      values.add(p.isIndexed() ? Abi.decodeIndexed(log.topics().get(topic++), p) : nonIndexed.get(data++));
    }
    return values;
  }
}
