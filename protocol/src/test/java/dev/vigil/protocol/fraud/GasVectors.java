package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * vectors/fraud/gas.json: one entry of each kind executed on a state of {@code 2^20} leaves, so
 * every witness is about 20 siblings deep, as on a rollup with a million accounts. The forge gas
 * test reports {@code FraudVerifier.execute}'s gas per kind from these (the random vectors sit
 * on small states to keep their files small).
 */
final class GasVectors {
  static final String FILE = "gas.json";
  static final int LEAVES = 1 << 20;
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);

  private GasVectors() {}

  static List<StfVector> vectors(ChainParams p) {
    Random rnd = new Random(0x6a5);
    Wallets.Wallet alice = StfVectorGenerator.WALLETS.get(5);
    Address bob = StfVectorGenerator.WALLETS.get(6).address();
    Address token = Address.fromHex("0x" + "ee".repeat(19) + "70");
    StateTree pre = StfVectorGenerator.baseState(rnd, LEAVES)
        .set(StateKeys.account(alice.address()), new Account(3, ETHER.multiply(BigInteger.valueOf(100))).toWord())
        .set(StateKeys.account(bob), new Account(9, ETHER).toWord())
        .set(StateKeys.account(p.feeRecipient()), new Account(0, ETHER).toWord())
        .set(StateKeys.token(token, alice.address()), Bytes32.fromLong(1_000_000))
        .set(StateKeys.token(token, bob), Bytes32.fromLong(5))
        .set(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(7));
    BigInteger k = alice.key();
    long chain = p.chainId();
    BigInteger price = GWEI.multiply(BigInteger.TWO);
    Bytes ethTransfer = TxSigner.signLegacy(k, chain, 3, price, 21_000, bob, ETHER, Bytes.EMPTY);
    List<Scenario> s = new ArrayList<>();
    s.add(tx("eth-transfer", pre, ethTransfer));
    s.add(tx("eth-transfer-eip1559", pre, TxSigner.signEip1559(k, chain, 3, GWEI, price, 21_000, bob, ETHER, Bytes.EMPTY)));
    s.add(tx("token-transfer", pre, TxSigner.signLegacy(k, chain, 3, price, 50_000, token, BigInteger.ZERO, Calls.transfer(bob, BigInteger.TEN))));
    s.add(tx("token-transfer-insufficient", pre, TxSigner.signLegacy(k, chain, 3, price, 50_000, token, BigInteger.ZERO, Calls.transfer(bob, ETHER))));
    s.add(tx("eth-withdrawal", pre, TxSigner.signLegacy(k, chain, 3, price, 60_000, Calls.L2_BRIDGE, ETHER, Calls.withdrawEth(bob))));
    s.add(tx("token-withdrawal", pre, TxSigner.signLegacy(k, chain, 3, price, 80_000, Calls.L2_BRIDGE, BigInteger.ZERO, Calls.withdrawToken(token, bob, BigInteger.TEN))));
    s.add(tx("unsupported", pre, TxSigner.signLegacy(k, chain, 3, price, 21_000, bob, BigInteger.ZERO, Bytes.fromHex("0xdeadbeef"))));
    s.add(tx("invalid-nonce", pre, TxSigner.signLegacy(k, chain, 2, price, 21_000, bob, ETHER, Bytes.EMPTY)));
    s.add(tx("invalid-chain-id", pre, TxSigner.signLegacy(k, chain + 1, 3, price, 21_000, bob, ETHER, Bytes.EMPTY)));
    s.add(tx("malformed", pre, ethTransfer.slice(0, ethTransfer.length() - 1)));
    s.add(queue("eth-deposit", pre, new QueueItem.EthDeposit(bob, ETHER)));
    s.add(queue("token-deposit", pre, new QueueItem.TokenDeposit(token, bob, ETHER)));
    s.add(queue("forced-eth-transfer", pre, new QueueItem.ForcedTx(ethTransfer)));
    return s.stream().map(x -> StfVectorGenerator.vector(x, p)).toList();
  }

  private static Scenario tx(String label, StateTree pre, Bytes raw) {
    return new Scenario(label, pre, new Scenario.Entry.Tx(raw));
  }

  private static Scenario queue(String label, StateTree pre, QueueItem item) {
    return new Scenario(label, pre, new Scenario.Entry.Queue(item));
  }
}
