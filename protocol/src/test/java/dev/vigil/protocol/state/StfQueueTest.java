package dev.vigil.protocol.state;

import static dev.vigil.protocol.state.StfFixtures.A;
import static dev.vigil.protocol.state.StfFixtures.B;
import static dev.vigil.protocol.state.StfFixtures.ETHER;
import static dev.vigil.protocol.state.StfFixtures.PARAMS;
import static dev.vigil.protocol.state.StfFixtures.TOKEN;
import static dev.vigil.protocol.state.StfFixtures.account;
import static dev.vigil.protocol.state.StfFixtures.executed;
import static dev.vigil.protocol.state.StfFixtures.funded;
import static dev.vigil.protocol.state.StfFixtures.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** docs/protocol.md 4: executing queue items. */
class StfQueueTest {

  @Test
  void ethDepositCreditsTheRecipientAndKeepsItsNonce() {
    StateTree s = Stf.applyTx(funded(), StfFixtures.legacy(0, B, ETHER, ""), PARAMS).post();
    QueueItem item = new QueueItem.EthDeposit(A, ETHER);
    EntryResult r = Stf.applyQueueItem(s, item, PARAMS);
    assertEquals(new Outcome.Deposited(item), r.outcome());
    assertEquals(account(s, A).balance().add(ETHER), account(r.post(), A).balance());
    assertEquals(1, account(r.post(), A).nonce());
  }

  @Test
  void tokenDepositCreditsTheRecipientsL1TokenBalance() {
    QueueItem item = new QueueItem.TokenDeposit(TOKEN, B, BigInteger.valueOf(5));
    EntryResult r = Stf.applyQueueItem(funded(), item, PARAMS);
    assertEquals(new Outcome.Deposited(item), r.outcome());
    assertEquals(BigInteger.valueOf(5), StfFixtures.token(r.post(), B));
    assertEquals(Account.EMPTY, account(r.post(), B));
  }

  @Test
  void aDepositOfZeroCreatesNoLeaf() {
    StateTree s = StateTree.empty();
    assertSame(s, Stf.applyQueueItem(s, new QueueItem.EthDeposit(A, BigInteger.ZERO), PARAMS).post());
    assertSame(s, Stf.applyQueueItem(s, new QueueItem.TokenDeposit(TOKEN, A, BigInteger.ZERO), PARAMS).post());
  }

  @Test
  void aForcedTransactionExecutesAsATransactionEntry() {
    Bytes raw = StfFixtures.legacy(0, B, ETHER, "");
    EntryResult forced = Stf.applyQueueItem(funded(), new QueueItem.ForcedTx(raw), PARAMS);
    EntryResult direct = Stf.applyTx(funded(), raw, PARAMS);
    assertEquals(direct.outcome(), forced.outcome());
    assertEquals(direct.post().root(), forced.post().root());
    assertEquals(1, executed(forced).status());
  }

  @Test
  void anInvalidForcedTransactionIsANoOp() {
    StateTree s = funded();
    EntryResult malformed = Stf.applyQueueItem(s, new QueueItem.ForcedTx(Bytes.fromHex("0xc0")), PARAMS);
    assertEquals(Validity.MALFORMED, invalid(malformed).reason());
    assertSame(s, malformed.post());
    EntryResult badNonce = Stf.applyQueueItem(s, new QueueItem.ForcedTx(StfFixtures.legacy(5, B, ETHER, "")), PARAMS);
    assertEquals(Validity.NONCE_TOO_HIGH, invalid(badNonce).reason());
    assertSame(s, badNonce.post());
  }
}
