package dev.vigil.bench.cost;

import dev.vigil.bench.load.LoadGenerator;
import dev.vigil.bench.load.LoadResult;
import dev.vigil.bench.load.LoadRun;
import dev.vigil.bench.load.Presigned;
import dev.vigil.bench.load.Sender;
import dev.vigil.bench.load.TxFactory;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.devnet.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * Sends a round of DevToken transfers after the ETH load, so that batches of only token
 * transfers reach L1 and their cost can be read back.
 */
public final class TokenTransfers {
  private TokenTransfers() {}

  /** {@code perSender} token transfers from each of {@code senders} (who hold DevToken on L2). */
  public static long send(L2Rig rig, List<Sender> senders, int perSender, BigInteger gasPrice) {
    long[] start = LoadRun.nonces(new JsonRpcClient(rig.l2Url()), senders, "pending");
    Presigned txs = Presigned.sign(senders, start, perSender,
        TxFactory.tokenTransfers(L2Rig.L2_CHAIN_ID, gasPrice, rig.token()));
    LoadResult r = LoadGenerator.run(rig.l2Url(), txs, Duration.ofSeconds(60));
    if (r.refused() > 0) {
      throw new IllegalStateException("the sequencer refused a token transfer: " + r.firstError());
    }
    return r.accepted();
  }
}
