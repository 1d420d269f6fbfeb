package dev.vigil.sequencer.mempool;

/** The result of {@link Admission}: a transaction for the block builder, or a refusal. */
public sealed interface Screening permits AdmittedTx, Submission.Refused {}
