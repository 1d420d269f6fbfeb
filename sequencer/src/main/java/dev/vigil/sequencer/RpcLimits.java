package dev.vigil.sequencer;

import dev.vigil.node.rpc.JsonRpcServerConfig;
import dev.vigil.sequencer.rpc.SequencerRpc;

/**
 * The JSON-RPC server's limits, each set by a flag: request body bytes
 * ({@code --rpc-max-body-bytes}, also the largest WebSocket message), requests per batch
 * ({@code --rpc-max-batch}), installed filters ({@code --rpc-max-filters}) and subscriptions per
 * WebSocket connection ({@code --ws-max-subscriptions}).
 */
public record RpcLimits(int maxBodyBytes, int maxBatch, int maxFilters, int maxSubscriptions) {
  public static final RpcLimits DEFAULTS = new RpcLimits(JsonRpcServerConfig.DEFAULT_MAX_BODY_BYTES,
      JsonRpcServerConfig.DEFAULT_MAX_BATCH_LENGTH, SequencerRpc.Options.DEFAULT_MAX_FILTERS,
      SequencerRpc.Options.DEFAULT_MAX_SUBSCRIPTIONS);

  public RpcLimits {
    positive(maxBodyBytes, "--rpc-max-body-bytes");
    positive(maxBatch, "--rpc-max-batch");
    positive(maxFilters, "--rpc-max-filters");
    positive(maxSubscriptions, "--ws-max-subscriptions");
  }

  private static void positive(int v, String flag) {
    if (v < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1");
    }
  }
}
