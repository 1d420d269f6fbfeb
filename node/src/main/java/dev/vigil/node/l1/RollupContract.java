package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.fraud.FraudProof;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint40;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Binding of contracts/src/L1/Rollup.sol: the getters of docs/protocol.md
 * section 1, the batches of section 5, bonds and finality of section 7.
 */
public final class RollupContract {
  /** The errors the Rollup can revert with (its own, BatchLib's, MerkleLib's, the fraud proof's). */
  public static final List<String> ERRORS = List.of(
      "NotEOA()", "NotSequencer(uint64)", "InsufficientBond(uint256,uint256)", "BondLocked(uint64)",
      "ZeroAmount()", "BondTooLarge()", "TransferFailed()", "ForcedInclusionRequired(uint64)",
      "UnknownBatch(uint64)", "BatchFinalized(uint64)", "BadBatch(uint8)", "EmptyTree()",
      "BatchNotFound()", "BatchAlreadyFinalized()", "EntryPathInvalid()", "RootPathInvalid()",
      "WitnessInvalid()", "NoFraud()", "QueueItemMismatch()");

  /** {@code appendBatch(bytes,bytes32[])}. */
  public static final Bytes APPEND_BATCH_SELECTOR = Bytes.fromHex("0xa4a89255");

  static final EventDef BATCH_APPENDED = new EventDef("BatchAppended",
      Abi.indexed(Uint64.class), Abi.indexed(org.web3j.abi.datatypes.Address.class),
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(Uint64.class), Abi.ref(Uint64.class), Abi.ref(Uint64.class), Abi.ref(Uint64.class));
  static final EventDef BATCHES_REVERTED = new EventDef("BatchesReverted",
      Abi.ref(Uint64.class), Abi.ref(Uint64.class), Abi.ref(org.web3j.abi.datatypes.Address.class));

  private static final List<TypeReference<?>> BATCH_STRUCT = List.of(
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class),
      Abi.ref(Uint64.class), Abi.ref(Uint64.class), Abi.ref(Uint64.class), Abi.ref(Uint64.class),
      Abi.ref(org.web3j.abi.datatypes.Address.class), Abi.ref(Uint40.class), Abi.ref(Uint40.class),
      Abi.ref(Uint16.class));

  private final ContractView view;

  public RollupContract(L1Client l1, Address address) {
    this.view = new ContractView(l1, address);
  }

  public Address address() {
    return view.address();
  }

  public long l2ChainId() {
    return view.u64("l2ChainId");
  }

  public BigInteger l2BaseFee() {
    return view.uint("l2BaseFee");
  }

  public Address feeRecipient() {
    return view.address("feeRecipient");
  }

  public long challengeWindow() {
    return view.u64("challengeWindow");
  }

  public long forceInclusionDelay() {
    return view.u64("forceInclusionDelay");
  }

  public Address sequencer() {
    return view.address("sequencer");
  }

  public BigInteger minBond() {
    return view.uint("minBond");
  }

  public long inactivityPeriod() {
    return view.u64("inactivityPeriod");
  }

  public Address bridge() {
    return view.address("bridge");
  }

  /** All deployment parameters, read from L1 (a verifier never takes them from the sequencer). */
  public RollupConfig config() {
    return new RollupConfig(l2ChainId(), l2BaseFee(), feeRecipient(), challengeWindow(),
        forceInclusionDelay(), minBond(), sequencer(), inactivityPeriod());
  }

  public long batchCount() {
    return view.u64("batchCount");
  }

  /** The record of batch {@code index}; an {@link L1Reverted} {@code UnknownBatch} if there is none. */
  @SuppressWarnings("rawtypes")
  public BatchRecord getBatch(long index) {
    List<Type> v = view.call("getBatch", BATCH_STRUCT, Abi.uint64(index));
    return new BatchRecord(Abi.word(v.get(0)), Abi.word(v.get(1)), Abi.word(v.get(2)),
        Abi.u64(v.get(3)), Abi.u64(v.get(4)), Abi.u64(v.get(5)), Abi.u64(v.get(6)),
        Abi.addr(v.get(7)), Abi.u64(v.get(8)), Abi.u64(v.get(9)), (int) Abi.u64(v.get(10)));
  }

  public boolean isFinalized(long batchIndex) {
    return view.bool("isFinalized", Abi.uint64(batchIndex));
  }

  public long queueConsumed() {
    return view.u64("queueConsumed");
  }

  public Bytes32 lastPostStateRoot() {
    return view.bytes32("lastPostStateRoot");
  }

  public long lastBlock() {
    return view.u64("lastBlock");
  }

  /** The bond of {@code account} in wei. */
  public BigInteger bondOf(Address account) {
    return view.uint("bonds", Abi.address(account));
  }

  public L1Receipt appendBatch(TxManager sender, Bytes batch, List<Bytes32> roots) {
    return sender.send(TxRequest.call(address(), encodeAppendBatch(batch, roots)));
  }

  public L1Receipt bond(TxManager sender, BigInteger amount) {
    return view.send(sender, amount, "bond");
  }

  public L1Receipt unbond(TxManager sender, BigInteger amount) {
    return view.send(sender, BigInteger.ZERO, "unbond", Abi.uint256(amount));
  }

  /**
   * Sends {@code proveFraud(proof)} (spec 6) and returns its successful receipt: the batch and
   * every later one are reverted. A refused proof is an {@link L1Reverted} with the error of 6.2
   * ({@code BatchNotFound} when another challenger reverted the batch first).
   */
  public L1Receipt proveFraud(TxManager sender, FraudProof proof) {
    return sender.send(TxRequest.call(address(), proof.calldata()));
  }

  public static Bytes encodeAppendBatch(Bytes batch, List<Bytes32> roots) {
    return Abi.encodeCall("appendBatch", Abi.bytes(batch), Abi.bytes32Array(roots));
  }

  /**
   * The arguments of an appendBatch calldata (a transaction's input); empty
   * when the input is not an appendBatch call the ABI decoder accepts.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static Optional<AppendBatchCall> decodeAppendBatch(Bytes input) {
    if (input.length() < 4 || !input.slice(0, 4).equals(APPEND_BATCH_SELECTOR)) {
      return Optional.empty();
    }
    try {
      List<Type> v = Abi.decode(input.slice(4), List.of(Abi.ref(DynamicBytes.class),
          new TypeReference<DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>>() {}));
      List<Bytes32> roots = new ArrayList<>();
      for (Object word : ((DynamicArray) v.get(1)).getValue()) {
        roots.add(Abi.word((Type<?>) word));
      }
      return Optional.of(new AppendBatchCall(Abi.dynBytes(v.get(0)), roots));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The calldata of the batch {@code appended} announces: the input of its
   * transaction, sent by the poster directly to this rollup (spec 5.1). Empty
   * when L1 does not know the transaction or its input is not such a call.
   */
  public Optional<AppendBatchCall> appendBatchCall(RollupEvent.BatchAppended appended) {
    return view.l1().getTransaction(appended.at().txHash())
        .filter(tx -> tx.to().equals(Optional.of(address())) && tx.from().equals(appended.poster()))
        .flatMap(tx -> decodeAppendBatch(tx.input()));
  }

  /** BatchAppended and BatchesReverted events of blocks {@code from..to}, in L1 order. */
  public List<RollupEvent> events(long fromBlock, long toBlock) {
    List<RollupEvent> out = new ArrayList<>();
    for (L1Log log : view.logs(fromBlock, toBlock)) {
      decodeEvent(log).ifPresent(out::add);
    }
    return out;
  }

  /** The event a Rollup log holds; empty for the events the nodes do not follow (bonds). */
  @SuppressWarnings("rawtypes")
  public static Optional<RollupEvent> decodeEvent(L1Log log) {
    if (BATCH_APPENDED.matches(log)) {
      List<Type> v = BATCH_APPENDED.decode(log);
      return Optional.of(new RollupEvent.BatchAppended(Abi.u64(v.get(0)), Abi.addr(v.get(1)),
          Abi.word(v.get(2)), Abi.word(v.get(3)), Abi.word(v.get(4)), Abi.u64(v.get(5)),
          Abi.u64(v.get(6)), Abi.u64(v.get(7)), Abi.u64(v.get(8)), log.position()));
    }
    if (BATCHES_REVERTED.matches(log)) {
      List<Type> v = BATCHES_REVERTED.decode(log);
      return Optional.of(new RollupEvent.BatchesReverted(Abi.u64(v.get(0)), Abi.u64(v.get(1)),
          Abi.addr(v.get(2)), log.position()));
    }
    return Optional.empty();
  }
}
