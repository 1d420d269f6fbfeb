package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.HexData;
import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.logs.Bloom;
import dev.vigil.sequencer.logs.LogEntry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a log must match (Ethereum's filter object): one of {@code addresses} (any when empty),
 * and at each topic position one of the given topics (any when the position is empty or past
 * the list's end).
 */
record LogCriteria(Set<Address> addresses, List<Set<Bytes32>> topics) {
  LogCriteria {
    addresses = Set.copyOf(addresses);
    topics = topics.stream().map(Set::copyOf).toList();
  }

  boolean matches(LogEntry log) {
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    if (topics.size() > log.topics().size()) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      if (!topics.get(i).isEmpty() && !topics.get(i).contains(log.topics().get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a block with this bloom may hold a matching log. */
  boolean mayMatch(Bytes bloom) {
    if (!addresses.isEmpty() && addresses.stream().noneMatch(a -> Bloom.mayContain(bloom, a.bytes()))) {
      return false;
    }
    for (Set<Bytes32> position : topics) {
      if (!position.isEmpty() && position.stream().noneMatch(t -> Bloom.mayContain(bloom, t.toBytes()))) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code address} and {@code topics} of a filter object; bad values are -32602 errors. */
  static LogCriteria parse(JsonObject o) {
    try {
      return new LogCriteria(Set.copyOf(addresses(o.getValue("address"))), topics(o.getValue("topics")));
    } catch (IllegalArgumentException | ClassCastException e) {
      throw JsonRpcException.invalidParams("invalid argument 0 (filter): " + e.getMessage());
    }
  }

  private static List<Address> addresses(Object v) {
    List<Address> out = new ArrayList<>();
    if (v instanceof String s) {
      out.add(address(s));
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> out.add(address((String) x)));
    } else if (v != null) {
      throw new IllegalArgumentException("address must be an address or an array of addresses");
    }
    return out;
  }

  private static Address address(String s) {
    Bytes b = HexData.parse(s);
    if (b.length() != 20) {
      throw new IllegalArgumentException("address of " + b.length() + " bytes");
    }
    return new Address(b);
  }

  private static List<Set<Bytes32>> topics(Object v) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw new IllegalArgumentException("topics must be an array");
    }
    if (a.size() > 4) {
      throw new IllegalArgumentException("too many topics: " + a.size() + ", at most 4");
    }
    List<Set<Bytes32>> out = new ArrayList<>();
    for (Object position : a) {
      out.add(position(position).map(Set::copyOf).orElse(Set.of()));
    }
    return out;
  }

  /** A topic position: null (any), a topic, or an array of topics (any of them; a null in it: any). */
  private static Optional<List<Bytes32>> position(Object p) {
    if (p == null) {
      return Optional.empty();
    }
    if (p instanceof String s) {
      return Optional.of(List.of(topic(s)));
    }
    if (!(p instanceof JsonArray a)) {
      throw new IllegalArgumentException("a topic must be a hash, null or an array");
    }
    List<Bytes32> any = new ArrayList<>();
    for (Object t : a) {
      if (t == null) {
        return Optional.empty();
      }
      any.add(topic((String) t));
    }
    return any.isEmpty() ? Optional.empty() : Optional.of(any);
  }

  private static Bytes32 topic(String s) {
    Bytes b = HexData.parse(s);
    if (b.length() != 32) {
      throw new IllegalArgumentException("topic of " + b.length() + " bytes");
    }
    return Bytes32.of(b);
  }
}
