package dev.vigil.bench.cost;

import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.L1Tx;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BatchFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes and L1 gas per transfer and per batch. Per-transfer figures come from the batches that
 * carry only that kind (a batch with deposits or mixed kinds would blur them); per-batch figures
 * from every batch. The devnet's Anvil prices calldata by EIP-7623's floor (40 gas per byte for
 * data-heavy transactions), which is what the gas reads.
 */
public final class L1Cost {
  private L1Cost() {}

  public static List<Metric> measure(L2Rig rig) {
    List<PostedBatch> batches = read(rig);
    List<Metric> out = new ArrayList<>();
    out.addAll(perTransfer("eth", "simple transfer", batches, BatchKind.ETH_TRANSFERS));
    out.addAll(perTransfer("token", "token transfer", batches, BatchKind.TOKEN_TRANSFERS));
    double n = batches.size();
    out.add(Metric.of("cost.batch.bytes", "calldata per batch (mean)",
        batches.stream().mapToLong(PostedBatch::calldataBytes).sum() / n, "bytes",
        String.format(Locale.ROOT, "%d batches, %.0f entries each on average", batches.size(),
            batches.stream().mapToLong(PostedBatch::entries).sum() / n)));
    out.add(Metric.of("cost.batch.gas", "L1 gas per batch (mean)",
        batches.stream().mapToLong(PostedBatch::l1Gas).sum() / n, "gas",
        "max " + batches.stream().mapToLong(PostedBatch::l1Gas).max().orElse(0)));
    return out;
  }

  private static List<Metric> perTransfer(String key, String what, List<PostedBatch> all, BatchKind kind) {
    List<PostedBatch> pure = all.stream().filter(b -> b.kind() == kind).toList();
    if (pure.isEmpty()) {
      return List.of(Metric.notAvailable("cost." + key + ".bytesPerTransfer", "calldata per " + what,
          "no batch of only " + what + "s was posted"));
    }
    long entries = pure.stream().mapToLong(PostedBatch::entries).sum();
    long bytes = pure.stream().mapToLong(PostedBatch::calldataBytes).sum();
    long gas = pure.stream().mapToLong(PostedBatch::l1Gas).sum();
    long txBytes = pure.stream().mapToLong(PostedBatch::txBytes).sum();
    long framing = pure.stream().mapToLong(PostedBatch::framingBytes).sum();
    long compact = pure.stream().mapToLong(PostedBatch::compactEntries).sum();
    PostedBatch largest = pure.stream().max((a, b) -> Integer.compare(a.entries(), b.entries())).orElseThrow();
    return List.of(
        Metric.of("cost." + key + ".bytesPerTransfer", "calldata per " + what, (double) bytes / entries,
            "bytes", String.format(Locale.ROOT,
                "%d batches, %d transfers (%d compact): tx %.1f + framing %.1f + state root 32 + ABI/header",
                pure.size(), entries, compact, (double) txBytes / entries, (double) framing / entries)),
        Metric.of("cost." + key + ".gasPerTransfer", "L1 gas per " + what, (double) gas / entries, "gas",
            String.format(Locale.ROOT, "largest batch (%d entries): %.0f gas and %.1f bytes per transfer",
                largest.entries(), (double) largest.l1Gas() / largest.entries(),
                (double) largest.calldataBytes() / largest.entries())));
  }

  static List<PostedBatch> read(L2Rig rig) {
    L1Client l1 = rig.l1();
    RollupContract rollup = rig.deployment().rollupContract(l1);
    List<PostedBatch> out = new ArrayList<>();
    for (RollupEvent e : rollup.events(rig.deployment().deployBlock(), l1.blockNumber())) {
      if (e instanceof RollupEvent.BatchAppended appended) {
        out.add(read(l1, appended));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no batch was posted");
    }
    return out;
  }

  private static PostedBatch read(L1Client l1, RollupEvent.BatchAppended e) {
    L1Tx tx = l1.getTransaction(e.at().txHash()).orElseThrow();
    L1Receipt receipt = l1.getReceipt(e.at().txHash()).orElseThrow();
    AppendBatchCall call = RollupContract.decodeAppendBatch(tx.input()).orElseThrow(
        () -> new IllegalStateException("batch " + e.batchIndex() + " is not a direct appendBatch call"));
    Batch batch;
    try {
      batch = BatchCodec.decode(call.batch(), e.queueStart(), L2Rig.L2_CHAIN_ID);
    } catch (BatchFormatException ex) {
      throw new IllegalStateException("batch " + e.batchIndex() + " does not decode: " + ex.getMessage(), ex);
    }
    long txBytes = 0;
    long framing = 0;
    int compact = 0;
    for (BatchEntry x : batch.entries()) {
      long payload = x instanceof BatchEntry.Tx t ? (t.isCompact() ? t.compact() : t.raw()).length() : 0;
      txBytes += payload;
      framing += BatchCodec.entrySize(x) - payload;
      compact += x instanceof BatchEntry.Tx t && t.isCompact() ? 1 : 0;
    }
    return new PostedBatch(e.batchIndex(), batch.entries().size(), tx.input().length(), receipt.gasUsed(),
        txBytes, framing, compact, BatchKind.of(batch));
  }
}
