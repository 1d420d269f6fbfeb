package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcMethods;
import dev.vigil.node.rpc.SessionMethods;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.BlockBuilder;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;
import io.vertx.core.Vertx;
import java.util.Objects;

/** The sequencer's JSON-RPC API: every method of {@link RpcMethod}, wired to the chain. */
public final class SequencerRpc {
  /**
   * What the API needs beyond the chain: the L1 reader of token metadata and the limits on
   * installed filters (whole server) and subscriptions (per WebSocket connection).
   */
  public record Options(TokenMetadata metadata, int maxFilters, int maxSubscriptions) {
    public static final int DEFAULT_MAX_FILTERS = 1000;
    public static final int DEFAULT_MAX_SUBSCRIPTIONS = 100;
    public static final Options DEFAULTS =
        new Options(TokenMetadata.NONE, DEFAULT_MAX_FILTERS, DEFAULT_MAX_SUBSCRIPTIONS);

    public Options {
      Objects.requireNonNull(metadata, "metadata");
      if (maxFilters < 1 || maxSubscriptions < 1) {
        throw new IllegalArgumentException("--rpc-max-filters and --ws-max-subscriptions must be at least 1");
      }
    }
  }

  /** The methods shared by every transport, and those bound to each WebSocket connection. */
  public record Api(JsonRpcMethods methods, SessionMethods sessionMethods) {}

  private SequencerRpc() {}

  /** The HTTP methods with the default options and no subscriptions (tests of single methods). */
  public static JsonRpcMethods methods(ChainParams params, ChainState chain, ChainStore store,
      RollupView l1, Admission admission, BlockBuilder builder, WithdrawalProver prover) {
    return api(null, Options.DEFAULTS, params, chain, store, l1, admission, builder, prover).methods();
  }

  /**
   * The whole API; with a {@code vertx}, subscriptions watch the head on its timer (without one,
   * subscribing works but nothing is published).
   */
  public static Api api(Vertx vertx, Options options, ChainParams params, ChainState chain,
      ChainStore store, RollupView l1, Admission admission, BlockBuilder builder,
      WithdrawalProver prover) {
    ChainReader reader = new ChainReader(chain, store, l1);
    TxRpc tx = new TxRpc(params, reader, admission, builder);
    Subscriptions subscriptions = new Subscriptions(reader, b -> JsonFormat.header(tx.blockJson(b, false)),
        options.maxSubscriptions());
    if (vertx != null) {
      subscriptions.start(vertx);
    }
    JsonRpcMethods methods = new JsonRpcMethods()
        .registerAll(new EthRpc(params, chain, reader, store, options.metadata()).methods())
        .registerAll(tx.methods())
        .registerAll(new LogsRpc(reader, new LogReader(store),
            new Filters(options.maxFilters(), System::currentTimeMillis)).methods())
        .registerAll(subscriptions.httpMethods())
        .registerAll(new RollupRpc(chain, reader, l1, prover).methods());
    return new Api(methods, subscriptions.sessionMethods());
  }
}
