/**
 * Fault injection for demos and tests: the sequencer can be told ({@code --fault KIND@BATCH})
 * to post one chosen lie in a batch, as a cheating sequencer would, so that the verifiers'
 * fraud proofs can be watched end to end. The lie lives only in the posted roots (and, for a
 * forged transaction, in the posted entries): the sequencer's own chain and state stay honest,
 * so after the proof reverts the batch it simply posts the honest chain again.
 */
package dev.vigil.sequencer.fault;
