package dev.vigil.bench;

import dev.vigil.bench.load.TxFactory;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a bench run is configured.
 *
 * @param quick shorter JMH iterations, 10 s of ingest load instead of 30, fewer repetitions
 * @param out where the JSON goes
 * @param sections which sections run (micro, ingest, replay, cost, devnet, fraud); replay and cost
 *     read the batches the ingest run posted, so they need ingest
 * @param lanes concurrent HTTP connections of the load generator, one sender each
 * @param load how long the measured load runs, against the sequencer and against Anvil each
 * @param blockTimeMs the sequencer's {@code --block-time-ms} during the ingest run
 * @param maxBatchEntries the sequencer's {@code --max-batch-entries}
 * @param freshRecipients every transfer to a new account (the state grows), or each sender's to
 *     one fixed account
 * @param repoRoot the repository (contracts, the Anvil binary)
 * @param workDir where the processes' data and logs go
 * @param rpcBatch 1: one transaction per HTTP request only; more: the ingest runs again with this
 *     many {@code eth_sendRawTransaction} calls in each request (a JSON-RPC batch), against the
 *     sequencer and against Anvil, reported as rows of their own
 */
public record BenchOptions(
    boolean quick,
    Path out,
    Set<String> sections,
    int lanes,
    Duration load,
    long blockTimeMs,
    int maxBatchEntries,
    boolean freshRecipients,
    Path repoRoot,
    Path workDir,
    int rpcBatch) {

  public static final Set<String> ALL_SECTIONS = Set.of("micro", "ingest", "replay", "cost", "devnet", "fraud");

  public BenchOptions {
    Objects.requireNonNull(out, "out");
    sections = Set.copyOf(sections);
    if (!ALL_SECTIONS.containsAll(sections) || sections.isEmpty()) {
      throw new IllegalArgumentException("sections are some of " + ALL_SECTIONS + ", got " + sections);
    }
    if ((sections.contains("replay") || sections.contains("cost")) && !sections.contains("ingest")) {
      throw new IllegalArgumentException("replay and cost measure the batches of the ingest run: add ingest");
    }
    if (lanes < 1 || lanes > 1024) {
      throw new IllegalArgumentException("lanes must be 1..1024, got " + lanes);
    }
    if (load.isNegative() || load.isZero() || load.toMinutes() > 10) {
      throw new IllegalArgumentException("the load runs for 1 s .. 10 min, got " + load);
    }
    if (blockTimeMs < 1 || maxBatchEntries < 1 || maxBatchEntries > 1024) {
      throw new IllegalArgumentException("block time >= 1 ms, max batch entries 1..1024");
    }
    if (rpcBatch < 1 || rpcBatch > 1000) {
      throw new IllegalArgumentException("--rpc-batch must be 1..1000, got " + rpcBatch);
    }
    Objects.requireNonNull(repoRoot, "repoRoot");
    Objects.requireNonNull(workDir, "workDir");
  }

  /** The load's transfers for chain {@code chainId} at {@code gasPrice}. */
  public TxFactory transfers(long chainId, BigInteger gasPrice) {
    return freshRecipients ? TxFactory.ethTransfers(chainId, gasPrice) : TxFactory.ethTransfersToFixed(chainId, gasPrice);
  }

  public boolean runs(String section) {
    return sections.contains(section);
  }

  /** The settings as the report prints them. */
  public Map<String, String> asSettings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("quick", Boolean.toString(quick));
    m.put("sections", String.join(",", sections.stream().sorted().toList()));
    m.put("lanes", Integer.toString(lanes));
    m.put("loadSeconds", Long.toString(load.toSeconds()));
    m.put("sequencerBlockTimeMs", Long.toString(blockTimeMs));
    m.put("sequencerMaxBatchEntries", Integer.toString(maxBatchEntries));
    m.put("recipients", freshRecipients ? "fresh" : "fixed");
    m.put("rpcBatch", Integer.toString(rpcBatch));
    return m;
  }
}
