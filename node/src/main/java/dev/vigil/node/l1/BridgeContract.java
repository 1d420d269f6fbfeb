package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Binding of contracts/src/L1/Bridge.sol: the L1 queue of docs/protocol.md
 * section 4 and the withdrawal payout of section 7.
 */
public final class BridgeContract {
  public static final List<String> ERRORS = List.of(
      "ZeroAmount()", "AmountTooLarge(uint256)", "BadTransactionLength(uint256)",
      "BatchNotFinalized(uint64)", "InvalidProof()", "AlreadyFinalized(uint256)", "TransferFailed()",
      "NotAContract(address)", "Reentrancy()", "UnknownQueueItem(uint64)");

  static final EventDef QUEUE_ITEM_ADDED = new EventDef("QueueItemAdded",
      Abi.indexed(Uint64.class), Abi.ref(Uint64.class), Abi.ref(DynamicBytes.class));
  static final EventDef WITHDRAWAL_FINALIZED = new EventDef("WithdrawalFinalized",
      Abi.indexed(Uint256.class), Abi.indexed(org.web3j.abi.datatypes.Address.class),
      Abi.ref(org.web3j.abi.datatypes.Address.class), Abi.ref(Uint256.class));

  private final ContractView view;

  public BridgeContract(L1Client l1, Address address) {
    this.view = new ContractView(l1, address);
  }

  public Address address() {
    return view.address();
  }

  public Address rollup() {
    return view.address("rollup");
  }

  /** Queues an ETH deposit of {@code amount} wei to {@code l2Recipient}. */
  public L1Receipt depositEth(TxManager sender, Address l2Recipient, BigInteger amount) {
    return view.send(sender, amount, "depositEth", Abi.address(l2Recipient));
  }

  /** Queues a token deposit; the sender must have approved the bridge for {@code amount}. */
  public L1Receipt depositToken(TxManager sender, Address l1Token, Address l2Recipient, BigInteger amount) {
    return view.send(sender, BigInteger.ZERO, "depositToken", Abi.address(l1Token),
        Abi.address(l2Recipient), Abi.uint256(amount));
  }

  /** Queues the raw signed L2 transaction {@code tx} for forced inclusion. */
  public L1Receipt forceTransaction(TxManager sender, Bytes tx) {
    return view.send(sender, BigInteger.ZERO, "forceTransaction", Abi.bytes(tx));
  }

  /** Pays {@code w} against the post-state root of the finalized batch {@code batchIndex}. */
  public L1Receipt finalizeWithdrawal(TxManager sender, long batchIndex, Withdrawal w, List<Bytes32> siblings) {
    return view.send(sender, BigInteger.ZERO, "finalizeWithdrawal", Abi.uint64(batchIndex),
        Abi.uint256(BigInteger.valueOf(w.index())), Abi.address(w.token()), Abi.address(w.recipient()),
        Abi.uint256(w.amount()), Abi.bytes32Array(siblings));
  }

  public long queueLength() {
    return view.u64("queueLength");
  }

  /** {@code H(item)} of queue item {@code index}. */
  public Bytes32 queueHash(long index) {
    return view.bytes32("queueHash", Abi.uint64(index));
  }

  /** L1 timestamp at which queue item {@code index} was queued. */
  public long queueTime(long index) {
    return view.u64("queueTime", Abi.uint64(index));
  }

  public boolean isWithdrawalFinalized(long index) {
    return view.bool("isWithdrawalFinalized", Abi.uint256(BigInteger.valueOf(index)));
  }

  /** QueueItemAdded and WithdrawalFinalized events of blocks {@code from..to}, in L1 order. */
  public List<BridgeEvent> events(long fromBlock, long toBlock) {
    List<BridgeEvent> out = new ArrayList<>();
    for (L1Log log : view.logs(fromBlock, toBlock)) {
      decodeEvent(log).ifPresent(out::add);
    }
    return out;
  }

  /** The QueueItemAdded events of blocks {@code from..to}, in queue order. */
  public List<BridgeEvent.QueueItemAdded> queueItemsAdded(long fromBlock, long toBlock) {
    return view.l1().getLogs(address(), List.of(QUEUE_ITEM_ADDED.topic0()), fromBlock, toBlock).stream()
        .map(l -> (BridgeEvent.QueueItemAdded) decodeEvent(l).orElseThrow())
        .toList();
  }

  @SuppressWarnings("rawtypes")
  public static Optional<BridgeEvent> decodeEvent(L1Log log) {
    if (QUEUE_ITEM_ADDED.matches(log)) {
      List<Type> v = QUEUE_ITEM_ADDED.decode(log);
      return Optional.of(new BridgeEvent.QueueItemAdded(Abi.u64(v.get(0)), Abi.u64(v.get(1)),
          Abi.dynBytes(v.get(2)), log.position()));
    }
    if (WITHDRAWAL_FINALIZED.matches(log)) {
      List<Type> v = WITHDRAWAL_FINALIZED.decode(log);
      return Optional.of(new BridgeEvent.WithdrawalFinalized(Abi.u64(v.get(0)), Abi.addr(v.get(1)),
          Abi.addr(v.get(2)), Abi.uint(v.get(3)), log.position()));
    }
    return Optional.empty();
  }
}
