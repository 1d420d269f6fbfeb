package dev.vigil.protocol.state;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.TxFixtures;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;

/** Chain parameters, funded accounts and result unpacking for the STF tests. */
final class StfFixtures {
  static final BigInteger GWEI = TxFixtures.GWEI;
  static final BigInteger ETHER = TxFixtures.ETHER;
  static final BigInteger KEY_A = TxFixtures.KEY_A;
  static final BigInteger KEY_B = TxFixtures.KEY_B;
  static final Address A = TxSigner.address(KEY_A);
  static final Address B = TxSigner.address(KEY_B);
  static final Address SEQUENCER = Address.fromHex("0x000000000000000000000000000000000000fee5");
  static final Address TOKEN = TxFixtures.TOKEN;
  static final Address L1_RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000000e1");
  static final ChainParams PARAMS = new ChainParams(TxFixtures.CHAIN_ID, GWEI, SEQUENCER);
  static final long CHAIN_ID = TxFixtures.CHAIN_ID;

  private StfFixtures() {}

  static StateTree fundEth(StateTree s, Address to, BigInteger amount) {
    return Stf.applyQueueItem(s, new QueueItem.EthDeposit(to, amount), PARAMS).post();
  }

  static StateTree fundToken(StateTree s, Address token, Address to, BigInteger amount) {
    return Stf.applyQueueItem(s, new QueueItem.TokenDeposit(token, to, amount), PARAMS).post();
  }

  /** A's 10 ether and 1000 TOKEN. */
  static StateTree funded() {
    return fundToken(fundEth(StateTree.empty(), A, ETHER.multiply(BigInteger.TEN)), TOKEN, A, BigInteger.valueOf(1000));
  }

  /** A legacy transaction from A at 1 gwei with gas limit 100k. */
  static Bytes legacy(long nonce, Address to, BigInteger value, String dataHex) {
    return TxSigner.signLegacy(KEY_A, CHAIN_ID, nonce, GWEI, 100_000, to, value, Bytes.fromHex(dataHex));
  }

  static Outcome.Executed executed(EntryResult r) {
    return assertInstanceOf(Outcome.Executed.class, r.outcome());
  }

  static Outcome.Invalid invalid(EntryResult r) {
    return assertInstanceOf(Outcome.Invalid.class, r.outcome());
  }

  static Account account(StateTree s, Address a) {
    return new L2State(s).account(a);
  }

  static BigInteger token(StateTree s, Address owner) {
    return new L2State(s).tokenBalance(TOKEN, owner);
  }

  static BigInteger gwei(long n) {
    return GWEI.multiply(BigInteger.valueOf(n));
  }
}
