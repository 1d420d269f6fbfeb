package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcMethods;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.BlockBuilder;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;

/** The sequencer's JSON-RPC API: every method of {@link RpcMethod}, wired to the chain. */
public final class SequencerRpc {
  private SequencerRpc() {}

  public static JsonRpcMethods methods(ChainParams params, ChainState chain, ChainStore store,
      RollupView l1, Admission admission, BlockBuilder builder, WithdrawalProver prover) {
    ChainReader reader = new ChainReader(chain, store, l1);
    return new JsonRpcMethods()
        .registerAll(new EthRpc(params, chain, reader).methods())
        .registerAll(new TxRpc(params, reader, admission, builder).methods())
        .registerAll(new RollupRpc(chain, reader, l1, prover).methods());
  }
}
