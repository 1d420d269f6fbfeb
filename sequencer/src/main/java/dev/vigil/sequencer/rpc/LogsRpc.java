package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.HexData;
import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.L2Block;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** {@code eth_getLogs} and the polling filters. */
final class LogsRpc {
  private final ChainReader reader;
  private final LogReader logs;
  private final Filters filters;

  LogsRpc(ChainReader reader, LogReader logs, Filters filters) {
    this.reader = reader;
    this.logs = logs;
    this.filters = filters;
  }

  List<JsonRpcMethod> methods() {
    return List.of(
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_LOGS.id(), this::getLogs),
        JsonRpcMethod.blocking(RpcMethod.ETH_NEW_FILTER.id(), this::newFilter),
        JsonRpcMethod.blocking(RpcMethod.ETH_NEW_BLOCK_FILTER.id(), this::newBlockFilter),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_FILTER_CHANGES.id(), this::changes),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_FILTER_LOGS.id(), this::filterLogs),
        JsonRpcMethod.blocking(RpcMethod.ETH_UNINSTALL_FILTER.id(),
            p -> filters.uninstall(Params.of(p).count(1, 1).string(0, "id"))));
  }

  private Object getLogs(JsonArray p) {
    JsonObject o = Params.of(p).count(1, 1).object(0, "filter");
    LogCriteria c = LogCriteria.parse(o);
    if (o.getValue("blockHash") != null) {
      if (o.getValue("fromBlock") != null || o.getValue("toBlock") != null) {
        throw JsonRpcException.invalidParams(
            "cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
      }
      L2Block b = reader.block(hash(o.getValue("blockHash")))
          .orElseThrow(() -> new JsonRpcException(-32000, "unknown block"));
      return logs.logs(c, b.number(), b.number(), b.number());
    }
    Filters.Kind.Logs range = range(o, c);
    long head = reader.headNumber();
    return logs.logs(c, range.from(), range.to() == Long.MAX_VALUE ? head : range.to(), head);
  }

  /** The block range of a filter object; {@code to} is Long.MAX_VALUE for "latest" or absent. */
  private Filters.Kind.Logs range(JsonObject o, LogCriteria c) {
    long head = reader.headNumber();
    long from = o.getValue("fromBlock") == null ? head : reader.number(tag(o.getValue("fromBlock"), "fromBlock"));
    Object toValue = o.getValue("toBlock");
    long to = toValue == null || "latest".equals(toValue) || "pending".equals(toValue)
        ? Long.MAX_VALUE
        : reader.number(tag(toValue, "toBlock"));
    if (to != Long.MAX_VALUE && from > to) {
      throw new JsonRpcException(-32000, "invalid block range params");
    }
    return new Filters.Kind.Logs(c, from, to);
  }

  private static BlockTag tag(Object v, String name) {
    if (!(v instanceof String s)) {
      throw JsonRpcException.invalidParams("invalid argument 0 (filter): " + name + " must be a string");
    }
    try {
      return BlockTag.parse(s);
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams("invalid argument 0 (filter): " + name + ": " + e.getMessage());
    }
  }

  private static Bytes32 hash(Object v) {
    try {
      return Bytes32.of(HexData.parse((String) v));
    } catch (IllegalArgumentException | ClassCastException e) {
      throw JsonRpcException.invalidParams("invalid argument 0 (filter): blockHash: " + e.getMessage());
    }
  }

  private Object newFilter(JsonArray p) {
    JsonObject o = Params.of(p).count(1, 1).object(0, "filter");
    return filters.install(range(o, LogCriteria.parse(o)), reader.headNumber());
  }

  private Object newBlockFilter(JsonArray p) {
    Params.of(p).count(0, 0);
    return filters.install(new Filters.Kind.Blocks(), reader.headNumber());
  }

  /** What happened since the last poll: new block hashes, or new matching logs. */
  private Object changes(JsonArray p) {
    Filters.Installed f = filters.use(Params.of(p).count(1, 1).string(0, "id"));
    synchronized (f) {
      long head = reader.headNumber();
      long since = f.lastSeen + 1;
      f.lastSeen = Math.max(f.lastSeen, head);
      if (f.kind instanceof Filters.Kind.Logs l) {
        long from = Math.max(since, l.from());
        long to = Math.min(head, l.to());
        return logs.logs(l.criteria(), from, to, head);
      }
      JsonArray hashes = new JsonArray();
      for (long n = since; n <= head; n++) {
        reader.block(new BlockTag.Number(n)).ifPresent(b -> hashes.add(b.hash().toHex()));
      }
      return hashes;
    }
  }

  private Object filterLogs(JsonArray p) {
    Filters.Installed f = filters.use(Params.of(p).count(1, 1).string(0, "id"));
    if (!(f.kind instanceof Filters.Kind.Logs l)) {
      throw new JsonRpcException(-32000, "filter not found");
    }
    long head = reader.headNumber();
    return logs.logs(l.criteria(), l.from(), l.to() == Long.MAX_VALUE ? head : l.to(), head);
  }
}
