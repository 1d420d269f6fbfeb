package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates vectors/fraud/stf-0.json .. stf-9.json (and gas.json, {@link GasVectors}), the
 * differential test of the Java STF and the Solidity {@code StateTransition}: 10 x 1,050 random
 * entries of every kind and outcome from random pre-states, each with the witnesses
 * {@link WitnessBuilder} records and the Java post root. Deterministic (fixed seeds); {@code StfVectorsTest} fails when a file differs from what
 * this produces. To regenerate, from the repository root:
 *
 * <pre>
 * mvn -o -q -pl protocol test-compile
 * java -cp protocol/target/test-classes:protocol/target/classes:$(cat cp.txt) \
 *     dev.vigil.protocol.fraud.StfVectorGenerator protocol/src/test/resources/vectors/fraud
 * </pre>
 *
 * (with {@code cp.txt} from {@code mvn -o -q -pl protocol dependency:build-classpath
 * -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
public final class StfVectorGenerator {
  static final int FILES = 10;
  static final int PER_FILE = 1050;
  static final String PROOF_CALL_FILE = "proof-call.json";
  static final Wallets WALLETS = new Wallets(16);

  private StfVectorGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "protocol/src/test/resources/vectors/fraud");
    Files.createDirectories(dir);
    for (int f = 0; f < FILES; f++) {
      Files.writeString(dir.resolve(fileName(f)), json(f), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve(GasVectors.FILE), gasJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(PROOF_CALL_FILE), proofCallJson(), StandardCharsets.UTF_8);
  }

  /**
   * proof-call.json: a {@link FraudProof}'s fields and its {@link FraudProof#calldata()}, so the
   * forge test checks that the Java encoding is the contract's {@code proveFraud(FraudProof)}.
   */
  static String proofCallJson() {
    Bytes32 a = Bytes32.fromLong(0xaa);
    Bytes32 b = Bytes32.fromLong(0xbb);
    FraudProof p = new FraudProof(7, 3, FraudProof.txEntry(Bytes.fromHex("0xc0ffee")), List.of(a, b), a,
        List.of(b), b, List.of(a, b, a), Bytes.fromHex("0x" + "5a".repeat(70)));
    return "{\n  \"calldata\": \"" + p.calldata().toHex() + "\",\n  \"batchIndex\": " + p.batchIndex()
        + ",\n  \"entryIndex\": " + p.entryIndex() + ",\n  \"entry\": \"" + p.entry().toHex()
        + "\",\n  \"entryPath\": " + words(p.entryPath()) + ",\n  \"preRoot\": \"" + p.preRoot().toHex()
        + "\",\n  \"prePath\": " + words(p.prePath()) + ",\n  \"postRoot\": \"" + p.postRoot().toHex()
        + "\",\n  \"postPath\": " + words(p.postPath()) + ",\n  \"witnesses\": \"" + p.witnesses().toHex()
        + "\"\n}\n";
  }

  private static String words(List<Bytes32> words) {
    return words.stream().map(w -> "\"" + w.toHex() + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  static String fileName(int f) {
    return "stf-" + f + ".json";
  }

  /** File {@code f}: its chain parameters, then one vector per line. */
  static String json(int f) {
    return json(params(f), vectors(f));
  }

  /** The gas file: one vector per kind on a state of a million leaves ({@link GasVectors}). */
  static String gasJson() {
    return json(params(0), GasVectors.vectors(params(0)));
  }

  private static String json(ChainParams p, List<StfVector> vectors) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\n  \"chainId\": ").append(p.chainId())
        .append(",\n  \"baseFee\": \"").append(Bytes32.fromBigInteger(p.baseFee()).toHex())
        .append("\",\n  \"feeRecipient\": \"").append(p.feeRecipient().toHex())
        .append("\",\n  \"vectors\": [\n");
    for (int i = 0; i < vectors.size(); i++) {
      sb.append("    ").append(vectors.get(i).toJson()).append(i + 1 < vectors.size() ? ",\n" : "\n");
    }
    return sb.append("  ]\n}\n").toString();
  }

  /** Mostly the devnet's parameters; file 7 has chain id 1 (legacy v 37/38), file 8 a zero base fee. */
  static ChainParams params(int f) {
    long chainId = f == 7 ? 1 : 42424;
    BigInteger baseFee = f == 8 ? BigInteger.ZERO : BigInteger.TEN.pow(9);
    Address feeRecipient = WALLETS.get(f % 4).address();
    return new ChainParams(chainId, baseFee, feeRecipient);
  }

  static List<StfVector> vectors(int f) {
    Random rnd = new Random(0xf4a0d000L + f);
    ChainParams p = params(f);
    // Small states keep the files small; GasVectors covers realistic depths.
    ScenarioFactory factory = new ScenarioFactory(rnd, p, WALLETS, baseState(rnd, rnd.nextInt(8)));
    List<StfVector> out = new ArrayList<>(PER_FILE);
    for (int i = 0; i < PER_FILE; i++) {
      out.add(vector(factory.next(), p));
    }
    return out;
  }

  /** The scenario's entry executed with recorded witnesses, checked against the plain STF. */
  static StfVector vector(Scenario s, ChainParams p) {
    StateTree pre = s.pre();
    WitnessBuilder.Witnessed w;
    StateTree plain;
    Bytes entry;
    boolean queue = s.entry() instanceof Scenario.Entry.Queue;
    if (s.entry() instanceof Scenario.Entry.Tx tx) {
      w = WitnessBuilder.transaction(pre, tx.raw(), p);
      plain = Stf.applyTx(pre, tx.raw(), p).post();
      entry = tx.raw();
    } else {
      QueueItem item = ((Scenario.Entry.Queue) s.entry()).item();
      w = WitnessBuilder.queueItem(pre, item, p);
      plain = Stf.applyQueueItem(pre, item, p).post();
      entry = item.encode();
    }
    if (!plain.root().equals(w.post().root())) {
      throw new IllegalStateException("recording changed the result of " + s.label());
    }
    return new StfVector(s.label(), queue, pre.root(), entry, w.encoded(), w.post().root());
  }

  /** Random filler leaves: other accounts and balances that share the tree. */
  static StateTree baseState(Random rnd, int fillers) {
    StateTree t = StateTree.empty();
    for (int i = 0; i < fillers; i++) {
      byte[] k = new byte[32];
      rnd.nextBytes(k);
      t = t.set(Bytes32.wrap(k), Bytes32.fromLong(1 + (rnd.nextLong() >>> 1)));
    }
    return t;
  }
}
