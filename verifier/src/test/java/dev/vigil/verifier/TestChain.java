package dev.vigil.verifier;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keys, transactions and honest roots for the verifier's tests, built with the protocol's STF. */
public final class TestChain {
  public static final BigInteger GWEI = BigInteger.TEN.pow(9);
  public static final BigInteger ETHER = BigInteger.TEN.pow(18);
  public static final Address FEE_RECIPIENT =
      Address.fromHex("0x000000000000000000000000000000000000fee1");
  public static final ChainParams PARAMS = new ChainParams(42424, GWEI, FEE_RECIPIENT);
  public static final BigInteger ALICE_KEY = new BigInteger("a11ce", 16);
  public static final BigInteger BOB_KEY = new BigInteger("b0b", 16);
  public static final Address ALICE = TxSigner.address(ALICE_KEY);
  public static final Address BOB = TxSigner.address(BOB_KEY);
  public static final Address L2_BRIDGE =
      Address.fromHex("0x000000000000000000000000000000000000b1d9");
  public static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c1");
  public static final Address CAROL = Address.fromHex("0x00000000000000000000000000000000000ca201");
  /** What an ETH transfer costs in fees at {@link #PARAMS} with no tip: 21000 gas at 1 gwei. */
  public static final BigInteger TRANSFER_FEE = GWEI.multiply(BigInteger.valueOf(21_000));

  private TestChain() {}

  /** An EIP-1559 ETH transfer paying exactly the base fee. */
  public static Bytes transfer(BigInteger key, long nonce, Address to, BigInteger value) {
    return TxSigner.signEip1559(key, PARAMS.chainId(), nonce, BigInteger.ZERO, GWEI, 21_000, to,
        value, Bytes.EMPTY);
  }

  /** A transaction of any kind paying exactly the base fee, with the kind's gas as limit. */
  public static Bytes call(BigInteger key, long nonce, Address to, BigInteger value, Bytes data,
      long gas) {
    return TxSigner.signEip1559(key, PARAMS.chainId(), nonce, BigInteger.ZERO, GWEI, gas, to, value,
        data);
  }

  /** {@code transfer(to, amount)} of the bridged token {@code token} (its L2 address). */
  public static BatchEntry.Tx tokenTransferEntry(
      BigInteger key, long nonce, Address token, Address to, BigInteger amount) {
    Bytes data = Bytes.concat(Bytes.fromHex("0xa9059cbb"), word(to), word(amount));
    return new BatchEntry.Tx(call(key, nonce, token, BigInteger.ZERO, data, 50_000));
  }

  /** {@code withdrawEth(recipient)} to the L2 bridge with {@code value}. */
  public static BatchEntry.Tx ethWithdrawalEntry(
      BigInteger key, long nonce, Address recipient, BigInteger value) {
    Bytes data = Bytes.concat(Bytes.fromHex("0x25e16063"), word(recipient));
    return new BatchEntry.Tx(call(key, nonce, L2_BRIDGE, value, data, 60_000));
  }

  /** {@code withdrawToken(token, recipient, amount)} to the L2 bridge. */
  public static BatchEntry.Tx tokenWithdrawalEntry(
      BigInteger key, long nonce, Address token, Address recipient, BigInteger amount) {
    Bytes data = Bytes.concat(
        Bytes.fromHex("0x01e33667"), word(token), word(recipient), word(amount));
    return new BatchEntry.Tx(call(key, nonce, L2_BRIDGE, BigInteger.ZERO, data, 80_000));
  }

  private static Bytes word(Address a) {
    return Bytes.concat(Bytes.wrap(new byte[12]), a.bytes());
  }

  private static Bytes word(BigInteger v) {
    return Bytes32.fromBigInteger(v).toBytes();
  }

  public static BatchEntry.Tx transferEntry(BigInteger key, long nonce, Address to, BigInteger value) {
    return new BatchEntry.Tx(transfer(key, nonce, to, value));
  }

  public static QueueItem.EthDeposit deposit(Address to, BigInteger amount) {
    return new QueueItem.EthDeposit(to, amount);
  }

  /** The root after each entry, as an honest poster computes them. */
  public static List<Bytes32> honestRoots(
      StateTree pre, List<BatchEntry> entries, Map<Long, QueueItem> items) {
    return honestRoots(PARAMS, pre, entries, items);
  }

  public static List<Bytes32> honestRoots(ChainParams params, StateTree pre,
      List<BatchEntry> entries, Map<Long, QueueItem> items) {
    List<Bytes32> roots = new ArrayList<>();
    StateTree tree = pre;
    for (BatchEntry entry : entries) {
      tree = apply(params, tree, entry, items);
      roots.add(tree.root());
    }
    return roots;
  }

  public static StateTree applyAll(StateTree pre, List<BatchEntry> entries, Map<Long, QueueItem> items) {
    return applyAll(PARAMS, pre, entries, items);
  }

  public static StateTree applyAll(ChainParams params, StateTree pre, List<BatchEntry> entries,
      Map<Long, QueueItem> items) {
    StateTree tree = pre;
    for (BatchEntry entry : entries) {
      tree = apply(params, tree, entry, items);
    }
    return tree;
  }

  private static StateTree apply(ChainParams params, StateTree tree, BatchEntry entry,
      Map<Long, QueueItem> items) {
    if (entry instanceof BatchEntry.Tx tx) {
      return Stf.applyTx(tree, tx.raw(), params).post();
    }
    long index = ((BatchEntry.QueueRef) entry).queueIndex();
    return Stf.applyQueueItem(tree, items.get(index), params).post();
  }
}
