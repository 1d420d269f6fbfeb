package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.fraud.FraudProof;
import dev.vigil.verifier.storage.VerifierStore;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sends what the {@link ProofSolver} decided and records the outcome, one dispute at a time (the
 * {@link Challenger} runs it on one thread). A proof is recorded as pending before it is sent,
 * so a restart finds it; when the batch is gone from L1 the responder finds out who reverted it
 * and stands down if it was another challenger. It never resends a proof the rollup refused
 * while the batch is gone or for a reason of its own; it tries again ({@link #respond} and
 * {@link #reconcile} then answer true) only when the proof could not be sent, when L1 could not
 * be read, or while another challenger's revert of the batch is still pending.
 */
final class Responder {
  private static final System.Logger LOG = System.getLogger(Responder.class.getName());
  /** Refusals meaning the batch is no longer there to revert (6.2 step 1; the revert seam's own). */
  private static final Set<String> GONE = Set.of("BatchNotFound", "UnknownBatch");
  private static final Set<String> FINALIZED = Set.of("BatchAlreadyFinalized", "BatchFinalized");

  private final ChallengeL1 l1;
  private final ProofSolver solver;
  private final VerifierStore store;
  private final Map<Bytes32, ProofRecord> records = new HashMap<>();
  private volatile List<ProofRecord> view = List.of();

  Responder(ChallengeL1 l1, ProofSolver solver, VerifierStore store) {
    this.l1 = Objects.requireNonNull(l1, "l1");
    this.solver = Objects.requireNonNull(solver, "solver");
    this.store = Objects.requireNonNull(store, "store");
    store.fraudProofs().forEach(r -> records.put(r.batchTx(), r));
    publish();
  }

  /** The records, oldest disputed batch first; safe to read from any thread. */
  List<ProofRecord> records() {
    return view;
  }

  /** Proves {@code dispute}'s fraud unless already done; true if it must be tried again later. */
  boolean respond(Dispute dispute) {
    ProofRecord known = records.get(dispute.batchTx());
    if (known != null && known.status().isFinal()) {
      LOG.log(Level.INFO, String.format("batch %d: fraud proof already %s", dispute.batchIndex(),
          known.status().json()));
      return false;
    }
    ProofRecord record = known != null ? known : ProofRecord.pending(dispute);
    FraudProof proof;
    try {
      proof = solver.solve(dispute.fraud());
    } catch (IllegalStateException e) {
      LOG.log(Level.ERROR, "cannot build the fraud proof: " + e.getMessage(), e);
      save(record.failed(Optional.empty(), e.getMessage()));
      return false;
    }
    save(record);
    try {
      if (!stillOnL1(record)) {
        return standDown(record, Optional.empty());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, String.format("batch %d: cannot read the rollup (%s); will retry",
          record.batchIndex(), e.getMessage()));
      return true;
    }
    LOG.log(Level.INFO, String.format("sending fraud proof batch=%d entry=%d calldata=%d bytes"
        + " witnesses=%d bytes from %s", proof.batchIndex(), proof.entryIndex(),
        proof.calldata().length(), proof.witnesses().length(), l1.challenger().toChecksumHex()));
    return outcome(record, l1.submit(proof));
  }

  /**
   * Settles the pending records of an earlier run whose batch is gone from L1. A pending record
   * whose batch is still there waits: derivation reaches the batch again and disputes it anew.
   */
  boolean reconcile() {
    boolean retry = false;
    for (ProofRecord r : List.copyOf(records.values())) {
      if (r.status() != ProofStatus.PENDING) {
        continue;
      }
      try {
        if (stillOnL1(r)) {
          LOG.log(Level.INFO, String.format("batch %d: fraud proof pending from an earlier run;"
              + " it is sent again when derivation reaches the batch", r.batchIndex()));
        } else {
          retry |= standDown(r, Optional.empty());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, String.format("batch %d: cannot read the rollup (%s); will retry",
            r.batchIndex(), e.getMessage()));
        retry = true;
      }
    }
    return retry;
  }

  private boolean outcome(ProofRecord record, Submission submission) {
    if (submission instanceof Submission.Included in) {
      included(record, in.txHash(), in.l1Block(), in.gasUsed());
      return false;
    }
    if (submission instanceof Submission.NotSent notSent) {
      LOG.log(Level.WARNING, String.format("batch %d: fraud proof not sent (%s); will retry",
          record.batchIndex(), notSent.detail()));
      return true;
    }
    Submission.Refused refused = (Submission.Refused) submission;
    try {
      if (!stillOnL1(record)) {
        return standDown(record, refused.txHash());
      }
      if (GONE.contains(refused.error())) {
        // Estimated on the pending state: another challenger's proof is about to revert the
        // batch. Only its inclusion settles it; should it never land, this proof is still due.
        LOG.log(Level.INFO, String.format("batch %d: another challenger's pending proof reverts it"
            + " first; waiting for its inclusion", record.batchIndex()));
        return true;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, String.format("batch %d: proof refused (%s) and the rollup cannot be"
          + " read (%s); will retry", record.batchIndex(), refused.detail(), e.getMessage()));
      return true;
    }
    String why = FINALIZED.contains(refused.error())
        ? "the challenge window passed: " + refused.detail()
        : "the rollup refused the proof: " + refused.detail();
    LOG.log(Level.ERROR, String.format("fraud proof failed batch=%d entry=%d: %s",
        record.batchIndex(), record.entryIndex(), why));
    save(record.failed(refused.txHash(), why));
    return false;
  }

  /** Whether the disputed batch is still on L1 with the commitments the proof was built for. */
  private boolean stillOnL1(ProofRecord r) {
    return l1.commitment(r.batchIndex())
        .equals(Optional.of(new ChallengeL1.Commitment(r.entriesRoot(), r.rootsRoot())));
  }

  /** The batch is gone: ours if our own earlier transaction reverted it, else stand down. */
  private boolean standDown(ProofRecord r, Optional<Bytes32> ownTx) {
    Optional<Reversal> reversal;
    try {
      reversal = l1.reversal(r.batchIndex(), r.batchL1Block());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, String.format("batch %d is gone from L1 but its revert cannot be read"
          + " (%s); will retry", r.batchIndex(), e.getMessage()));
      return true;
    }
    if (reversal.isPresent() && reversal.get().challenger().equals(l1.challenger())) {
      Reversal ours = reversal.get();
      included(r, ours.txHash(), ours.l1Block(), ours.gasUsed());
      return false;
    }
    String why = reversal.map(x -> "reverted by " + x.challenger().toChecksumHex() + " in tx "
        + x.txHash()).orElse("no longer on L1 with the disputed commitments");
    LOG.log(Level.INFO, String.format("batch %d already reverted by another challenger (%s);"
        + " standing down", r.batchIndex(), why));
    save(r.stoodDown(ownTx, why));
    return false;
  }

  private void included(ProofRecord r, Bytes32 tx, long l1Block, long gas) {
    save(r.included(tx, l1Block, gas));
    LOG.log(Level.INFO, String.format("fraud proof submitted batch=%d entry=%d tx=%s gas=%d",
        r.batchIndex(), r.entryIndex(), tx, gas));
    LOG.log(Level.INFO, String.format("fraud proof included batch=%d l1Block=%d batchL1Block=%d"
        + " latencyBlocks=%d%s", r.batchIndex(), l1Block, r.batchL1Block(),
        l1Block - r.batchL1Block(), latencySeconds(r.batchL1Block(), l1Block)));
  }

  private String latencySeconds(long from, long to) {
    try {
      return " latencySeconds=" + (l1.blockTimestamp(to) - l1.blockTimestamp(from));
    } catch (RuntimeException e) {
      return ""; // only for the log line; the proof is recorded already
    }
  }

  private void save(ProofRecord r) {
    store.saveFraudProof(r);
    records.put(r.batchTx(), r);
    publish();
  }

  private void publish() {
    view = records.values().stream()
        .sorted(Comparator.comparingLong(ProofRecord::batchL1Block)
            .thenComparingLong(ProofRecord::batchIndex))
        .toList();
  }
}
