package dev.vigil.sequencer.mempool;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The stateless half of admission: size, decoding, duplicates among the waiting transactions,
 * kind, the one signature recovery a transaction ever gets, and its batch entry (compact or
 * raw). It is pure computation (tens of microseconds with native recovery, no I/O), so it runs
 * on the thread that received the transaction: a hand-over to a worker pool cost more than the
 * work, in CPU and in latency. The
 * checks against the pending state and the store (nonce, funds, already sealed) run later, on the
 * block builder's thread.
 */
public final class Admission {
  public static final String OVERSIZED = "oversized data";
  public static final String ALREADY_KNOWN = "already known";
  public static final String UNSUPPORTED_PREFIX = "unsupported transaction: ";

  private final Predicate<Bytes32> known;

  /** @param known whether a transaction hash is known already, in memory (no store read) */
  public Admission(Predicate<Bytes32> known) {
    this.known = Objects.requireNonNull(known, "known");
  }

  /** Screens {@code raw} on the calling thread. */
  public Screening screen(Bytes raw) {
    if (raw.length() > ProtocolLimits.MAX_TX_SIZE) {
      return new Submission.Refused(OVERSIZED);
    }
    TxDecoding decoding = TxDecoder.decode(raw);
    if (decoding instanceof TxDecoding.Malformed m) {
      return new Submission.Refused(m.reason());
    }
    SignedTx tx = ((TxDecoding.Ok) decoding).tx();
    if (known.test(tx.hash())) {
      return new Submission.Refused(ALREADY_KNOWN);
    }
    Optional<String> unsupported = unsupported(tx);
    if (unsupported.isPresent()) {
      return new Submission.Refused(unsupported.get());
    }
    Optional<Address> sender = SenderRecovery.recover(tx);
    return new AdmittedTx(tx, sender, BatchEntry.Tx.admitted(raw));
  }

  /** The refusal text for a transaction of an unsupported kind, if it is one. */
  public static Optional<String> unsupported(SignedTx tx) {
    return TxClassifier.classify(tx) instanceof TxKind.Unsupported u
        ? Optional.of(UNSUPPORTED_PREFIX + u.reason())
        : Optional.empty();
  }
}
