package dev.vigil.verifier.fraud;

import dev.vigil.protocol.fraud.FraudProof;
import dev.vigil.verifier.storage.VerifierStore;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The verifier's challenger: takes the disputes derivation raises and answers each on its own
 * thread, so that derivation keeps following L1 (and sees the revert) while a proof is in
 * flight. With no L1 key it only builds the proof and says so. A proof that could not be sent is
 * tried again with a growing delay; a refused one never is.
 */
public final class Challenger implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Challenger.class.getName());
  private static final long MAX_RETRY_MS = 30_000;

  private final Optional<Responder> responder;
  private final ProofSolver solver;
  private final long retryMs;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "verifier-challenger");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param l1 where proofs go; empty when the verifier has no L1 key
   * @param retryMs first delay before trying again a proof that could not be sent
   */
  public Challenger(Optional<ChallengeL1> l1, ProofSolver solver, VerifierStore store, long retryMs) {
    this.solver = Objects.requireNonNull(solver, "solver");
    this.responder = l1.map(x -> new Responder(x, solver, store));
    if (retryMs < 1) {
      throw new IllegalArgumentException("retry delay must be >= 1 ms, got " + retryMs);
    }
    this.retryMs = retryMs;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Settles the proofs a previous run left pending (before any new dispute is taken). */
  public void start() {
    responder.ifPresent(r -> submit(() -> retrying(r::reconcile, 0)));
  }

  /** Takes a dispute from derivation; returns at once. */
  public void dispute(Dispute dispute) {
    submit(() -> {
      if (responder.isEmpty()) {
        try {
          report(dispute);
        } catch (RuntimeException e) {
          LOG.log(Level.ERROR, "cannot build the fraud proof: " + e.getMessage(), e);
        }
      } else {
        retrying(() -> responder.get().respond(dispute), 0);
      }
    });
  }

  /** This verifier's fraud proofs, oldest disputed batch first. */
  public List<ProofRecord> proofs() {
    return responder.map(Responder::records).orElse(List.of());
  }

  /** Runs {@code attempt}; while it asks to be retried, runs it again after a growing delay. */
  private void retrying(BooleanSupplier attempt, int failures) {
    boolean again;
    try {
      again = attempt.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "challenger step failed; will retry: " + e.getMessage(), e);
      again = true;
    }
    if (again) {
      long delay = Math.min(MAX_RETRY_MS, retryMs << Math.min(failures, 20));
      schedule(() -> retrying(attempt, failures + 1), delay);
    }
  }

  private void report(Dispute dispute) {
    FraudProof proof = solver.solve(dispute.fraud());
    LOG.log(Level.WARNING, String.format("fraud proof built batch=%d entry=%d calldata=%d bytes,"
        + " not sent: no --l1-key", proof.batchIndex(), proof.entryIndex(),
        proof.calldata().length()));
  }

  private void submit(Runnable task) {
    schedule(task, 0);
  }

  private void schedule(Runnable task, long delayMs) {
    try {
      thread.schedule(task, delayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed: the pending record (if any) is settled by the next run.
    }
  }

  /** Stops taking disputes and waits (bounded) for a send in progress to be recorded. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
