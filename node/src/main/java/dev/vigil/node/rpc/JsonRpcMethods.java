package dev.vigil.node.rpc;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The registry of methods a server answers; names are unique. */
public final class JsonRpcMethods {
  private final Map<String, JsonRpcMethod> byName = new ConcurrentHashMap<>();

  /** Adds {@code method}; a second method with the same name is a programming error. */
  public JsonRpcMethods register(JsonRpcMethod method) {
    if (byName.putIfAbsent(method.name(), method) != null) {
      throw new IllegalArgumentException("JSON-RPC method registered twice: " + method.name());
    }
    return this;
  }

  public JsonRpcMethods registerAll(Iterable<? extends JsonRpcMethod> methods) {
    methods.forEach(this::register);
    return this;
  }

  public Optional<JsonRpcMethod> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }
}
