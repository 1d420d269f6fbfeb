package dev.vigil.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.DevnetOptions;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Log;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fraud-proof end-to-end test reads: the sequencer's and verifiers' log lines (where
 * the lie and the proof are reported), the rollup's events, and L1 balances and bonds at the
 * proof's block.
 */
final class FraudWatch {
  /** A lie the sequencer reported posting. */
  record Fault(String kind, long batch, int entry, Bytes32 l1Tx, Optional<LocalDateTime> loggedAt) {}

  /** The bond slashed by a proof and what the challenger got. */
  record Slash(BigInteger bondBefore, BigInteger bondAfter, BigInteger slashed, BigInteger reward,
      BigInteger challengerGain, BigInteger proofFee, long proofGas) {}

  private static final Pattern FAULT = Pattern.compile(
      "FAULT INJECTED kind=(\\S+) batch=(\\d+) entry=(\\d+) .*l1tx=(0x[0-9a-f]{64})");
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final Bytes32 BOND_SLASHED = Keccak.hash(Bytes.wrap(
      "BondSlashed(address,address,uint256,uint256)".getBytes(StandardCharsets.US_ASCII)));
  private static final Bytes BONDS = Keccak.hash(Bytes.wrap(
      "bonds(address)".getBytes(StandardCharsets.US_ASCII))).toBytes().slice(0, 4);

  private final Devnet devnet;
  private final RollupContract rollup;
  private final L1Client l1;
  private final List<RollupEvent> events = new ArrayList<>();
  private long scanned = -1;

  FraudWatch(Devnet devnet, RollupContract rollup) {
    this.devnet = devnet;
    this.rollup = rollup;
    this.l1 = E2e.l1(devnet);
  }

  /** {@code o} with Anvil mining a block every {@code seconds} after setup (latency in blocks means something). */
  static DevnetOptions withIntervalMining(DevnetOptions o, int seconds) {
    return new DevnetOptions(o.repoRoot(), o.workDir(), o.l1Url(), o.l1Key(), o.l1Port(), seconds,
        o.windowSeconds(), o.forceDelaySeconds(), o.rpcPort(), o.verifierPorts(), o.out(),
        o.sequencerBlockTimeMs(), o.batchIntervalMs(), o.ethPerAccount(), o.tokensPerAccount(),
        o.faults());
  }

  // ---- the sequencer's lie ----

  /** Runs {@code traffic} again each time a batch lands honestly, until the lie {@code kind} is posted. */
  Fault driveUntilFault(String kind, Runnable traffic, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<Fault> f = fault(kind);
      if (f.isPresent()) {
        return f.get();
      }
      assertTrue(System.nanoTime() < deadline, "the sequencer never lied with " + kind);
      long lastBlock = rollup.lastBlock();
      traffic.run();
      long until = Math.min(deadline, System.nanoTime() + Duration.ofSeconds(20).toNanos());
      while (System.nanoTime() < until && fault(kind).isEmpty() && rollup.lastBlock() <= lastBlock) {
        E2e.sleep(100);
      }
    }
  }

  private Optional<Fault> fault(String kind) {
    for (String line : lines(devnet.logDir().resolve("sequencer.log"))) {
      Matcher m = FAULT.matcher(line);
      if (m.find() && m.group(1).equals(kind)) {
        return Optional.of(new Fault(kind, Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
            Bytes32.fromHex(m.group(4)), time(line)));
      }
    }
    return Optional.empty();
  }

  /** The safe blocks before and after of the sequencer's {@code BATCHES REVERTED} line for {@code batch}. */
  long[] sequencerRevertLine(long batch) {
    Pattern p = Pattern.compile("BATCHES REVERTED batches=" + batch + "\\.\\.\\d+ .*safeBlock=(\\d+)->(\\d+)");
    return E2e.await("the sequencer's BATCHES REVERTED line for batch " + batch, Duration.ofSeconds(30), () -> {
      for (String line : lines(devnet.logDir().resolve("sequencer.log"))) {
        Matcher m = p.matcher(line);
        if (m.find()) {
          return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        }
      }
      return null;
    });
  }

  /** Milliseconds from the sequencer's FAULT line to the winning verifier's "proof included" line. */
  long wallMillis(Fault f) {
    String included = "fraud proof included batch=" + f.batch() + " ";
    return E2e.await("a verifier's log line " + included, Duration.ofSeconds(30), () -> {
      for (String v : List.of("verifier-1.log", "verifier-2.log")) {
        for (String line : lines(devnet.logDir().resolve(v))) {
          Optional<LocalDateTime> t = time(line);
          if (line.contains(included) && t.isPresent() && f.loggedAt().isPresent()) {
            return f.loggedAt().get().until(t.get(), ChronoUnit.MILLIS);
          }
        }
      }
      return null;
    });
  }

  private static Optional<LocalDateTime> time(String line) {
    try {
      return Optional.of(LocalDateTime.parse(line.substring(0, 23), LOG_TIME));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the rollup's events ----

  RollupEvent.BatchAppended appended(long batch, Bytes32 l1Tx, Duration timeout) {
    return E2e.await("BatchAppended of batch " + batch + " in " + l1Tx, timeout, () -> {
      for (RollupEvent e : events()) {
        if (e instanceof RollupEvent.BatchAppended a && a.batchIndex() == batch
            && a.at().txHash().equals(l1Tx)) {
          return a;
        }
      }
      return null;
    });
  }

  /** The revert of {@code bad}: the first BatchesReverted after it that covers its index. */
  RollupEvent.BatchesReverted revertedAfter(RollupEvent.BatchAppended bad, Duration timeout) {
    return E2e.await("BatchesReverted of batch " + bad.batchIndex(), timeout, () -> {
      for (RollupEvent e : events()) {
        if (e instanceof RollupEvent.BatchesReverted r && r.at().compareTo(bad.at()) > 0
            && r.fromBatch() <= bad.batchIndex() && bad.batchIndex() < r.toBatch()) {
          return r;
        }
      }
      return null;
    });
  }

  private synchronized List<RollupEvent> events() {
    long head = l1.blockNumber();
    if (head > scanned) {
      events.addAll(rollup.events(scanned + 1, head));
      scanned = head;
    }
    return List.copyOf(events);
  }

  long l1SecondsBetween(RollupEvent a, RollupEvent b) {
    return l1.blockTimestamp(b.at().blockNumber()) - l1.blockTimestamp(a.at().blockNumber());
  }

  // ---- slashing ----

  /** The bond and balances just before and at the proof's block, and its BondSlashed event. */
  Slash slash(RollupEvent.BatchesReverted r) {
    L1Receipt receipt = l1.getReceipt(r.at().txHash()).orElseThrow();
    L1Log slashed = receipt.logsOf(rollup.address()).stream()
        .filter(l -> l.topic0().equals(BOND_SLASHED)).findFirst().orElseThrow();
    Address poster = Address.fromWord(slashed.topics().get(1));
    assertEquals(r.challenger(), Address.fromWord(slashed.topics().get(2)));
    BigInteger amount = Bytes32.of(slashed.data().slice(0, 32)).toBigInteger();
    BigInteger reward = Bytes32.of(slashed.data().slice(32, 64)).toBigInteger();
    long b = receipt.blockNumber();
    BigInteger fee = BigInteger.valueOf(receipt.gasUsed()).multiply(receipt.effectiveGasPrice());
    return new Slash(bondAt(poster, b - 1), bondAt(poster, b), amount, reward,
        balanceAt(r.challenger(), b).subtract(balanceAt(r.challenger(), b - 1)), fee,
        receipt.gasUsed());
  }

  private BigInteger bondAt(Address account, long block) {
    Bytes data = Bytes.concat(BONDS, Bytes.wrap(new byte[12]), account.bytes());
    return Bytes32.of(l1.ethCall(Address.ZERO, rollup.address(), BigInteger.ZERO, data, block)).toBigInteger();
  }

  private BigInteger balanceAt(Address account, long block) {
    Object v = l1.call("eth_getBalance", account.toHex(), "0x" + Long.toHexString(block));
    return JsonRpcClient.parseQuantity(v.toString());
  }

  // ---- recovery ----

  /** Waits until batch {@code index} is on L1 again with the sequencer's own root at its last block. */
  BatchRecord awaitHonestRepost(long index, JsonRpcClient l2, Duration timeout) {
    return E2e.await("batch " + index + " re-posted honestly", timeout, () -> {
      if (rollup.batchCount() <= index) {
        return null;
      }
      BatchRecord b = rollup.getBatch(index);
      JsonNode block = l2.call("eth_getBlockByNumber", "0x" + Long.toHexString(b.lastBlock()), false);
      return b.postStateRoot().toHex().equals(block.get("stateRoot").asText()) ? b : null;
    });
  }

  /** Waits until {@code v} verified {@code batches} batches, agreeing with the root L1 holds for its last. */
  void awaitAgreement(JsonRpcClient v, long batches, Duration timeout) {
    JsonNode s = E2e.await(v.url() + " verifies " + batches + " batches", timeout, () -> {
      JsonNode status = v.call("rollup_status");
      return status.get("batchesVerified").asLong() >= batches && status.get("agree").asBoolean()
          ? status : null;
    });
    assertTrue(s.get("disagreement").isNull(), s.toString());
    BatchRecord last = rollup.getBatch(s.get("batchesVerified").asLong() - 1);
    assertEquals(last.postStateRoot().toHex(), s.get("stateRoot").asText(), v.url().toString());
  }

  /** The sequencer's withdrawal proofs paying {@code recipient}. */
  List<JsonNode> withdrawalProofs(JsonRpcClient l2, Address recipient) {
    List<JsonNode> out = new ArrayList<>();
    for (long i = 0; ; i++) {
      JsonNode p;
      try {
        p = l2.call("rollup_getWithdrawalProof", i);
      } catch (JsonRpcError e) {
        return out;
      }
      if (p.get("recipient").asText().equalsIgnoreCase(recipient.toHex())) {
        out.add(p);
      }
    }
  }
}
