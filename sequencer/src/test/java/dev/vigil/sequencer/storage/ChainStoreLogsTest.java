package dev.vigil.sequencer.storage;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import dev.vigil.sequencer.logs.L2Events;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChainStoreLogsTest {
  private static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c0");

  @Test
  void sealedBlocks_storeTheirLogsAndSupply_andReplacingThemUndoesBoth() throws Exception {
    try (TestChain t = new TestChain()) {
      t.deposit(ALICE, ETHER);
      t.enqueue(new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(77)));
      t.seal();
      assertEquals(BigInteger.valueOf(77), t.store.tokenSupply(TOKEN));
      assertTrue(t.store.isBridgedToken(TOKEN));
      var done = t.submit(TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 0, GWEI, 80_000, TxClassifier.L2_BRIDGE,
          BigInteger.ZERO, WithdrawalCall.withdrawToken(TOKEN, BOB, BigInteger.valueOf(7))));
      L2Block withdrawal = t.seal();
      done.get(5, TimeUnit.SECONDS);
      assertEquals(BigInteger.valueOf(70), t.store.tokenSupply(TOKEN));
      assertEquals(L2Events.WITHDRAWAL_INITIATED,
          t.store.logs(withdrawal.number()).ofTx(0).get(1).topics().get(0));

      t.store.replace(List.of(withdrawal), List.of(), List.of());
      assertEquals(BigInteger.valueOf(77), t.store.tokenSupply(TOKEN));
      assertTrue(t.store.logs(withdrawal.number()).isEmpty());
    }
  }
}
