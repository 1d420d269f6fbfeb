package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.fraud.FraudProof;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rollup as the challenger sees it: batches with their commitments, a scripted answer per
 * submission, and the reverts. An {@link Submission.Included} answer reverts the batch and
 * everything after it, as the contract would; {@link #revertBy} is another challenger's proof.
 */
final class FakeChallengeL1 implements ChallengeL1 {
  static final Address ME = Address.fromHex("0x00000000000000000000000000000000000c4a11");
  static final Address OTHER = Address.fromHex("0x0000000000000000000000000000000000007777");

  private final Map<Long, Commitment> batches = new HashMap<>();
  private final Deque<Submission> answers = new ArrayDeque<>();
  private final List<FraudProof> submitted = new ArrayList<>();
  private final Map<Reversal, Long> reversals = new LinkedHashMap<>(); // -> fromBatch
  private long head = 100;
  private boolean down;
  private Address raceWinner;

  synchronized void append(Dispute d) {
    batches.put(d.batchIndex(), new Commitment(d.entriesRoot(), d.rootsRoot()));
  }

  synchronized void answer(Submission s) {
    answers.add(s);
  }

  /** The next submission loses a race: {@code winner}'s proof lands first, ours is refused. */
  synchronized void loseNextRaceTo(Address winner, Bytes32 ownTx) {
    raceWinner = winner;
    answers.add(new Submission.Refused("BatchNotFound", "BatchNotFound()", Optional.of(ownTx)));
  }

  /** Another challenger's proof of batch {@code index} lands. */
  synchronized void revertBy(Address challenger, long index) {
    revert(challenger, index, Keccak.hash(Bytes32.fromLong(++head).toBytes()), 77_000);
  }

  synchronized void setDown(boolean down) {
    this.down = down;
  }

  synchronized List<FraudProof> submitted() {
    return List.copyOf(submitted);
  }

  private void revert(Address challenger, long index, Bytes32 tx, long gas) {
    batches.keySet().removeIf(i -> i >= index);
    reversals.put(new Reversal(challenger, tx, head, gas), index);
  }

  @Override
  public Address challenger() {
    return ME;
  }

  @Override
  public synchronized long batchCount() {
    check();
    return batches.size();
  }

  @Override
  public synchronized Optional<Commitment> commitment(long index) {
    check();
    return Optional.ofNullable(batches.get(index));
  }

  @Override
  public synchronized Submission submit(FraudProof proof) {
    if (down) {
      return new Submission.NotSent("connection refused (fake L1 is down)");
    }
    submitted.add(proof);
    if (raceWinner != null) {
      revertBy(raceWinner, proof.batchIndex());
      raceWinner = null;
    }
    Submission s = answers.isEmpty()
        ? new Submission.Included(Keccak.hash(proof.calldata()), ++head, 150_000)
        : answers.poll();
    if (s instanceof Submission.Included in) {
      head = in.l1Block();
      revert(ME, proof.batchIndex(), in.txHash(), in.gasUsed());
    }
    return s;
  }

  @Override
  public synchronized Optional<Reversal> reversal(long index, long fromBlock) {
    check();
    return reversals.entrySet().stream()
        .filter(e -> e.getKey().l1Block() >= fromBlock && e.getValue() <= index)
        .map(Map.Entry::getKey).findFirst();
  }

  @Override
  public synchronized long blockTimestamp(long number) {
    check();
    return 1_000 + number * 12;
  }

  private void check() {
    if (down) {
      throw new UncheckedIOException(new ConnectException("connection refused (fake L1 is down)"));
    }
  }
}
