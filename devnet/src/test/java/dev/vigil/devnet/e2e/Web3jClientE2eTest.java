package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * Web3j 4.13 (its own HttpService, RawTransactionManager and ABI encoder, nothing of Vigil's)
 * against the sequencer: chain id, balance, nonce, a legacy and an EIP-1559 transfer with
 * receipts awaited by Web3j's polling processor, and the bridged token as an ERC-20 for
 * {@code balanceOf} calls and a {@code transfer}, whose Transfer log Web3j reads back with
 * {@code eth_getLogs}.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(120)
class Web3jClientE2eTest {
  private static final int ACCOUNT = 8;
  private static Web3j web3;
  private static Credentials creds;
  private static RawTransactionManager tm;
  private static PollingTransactionReceiptProcessor receipts;
  private static JsonRpcClient rpc;
  private static Address token;

  @BeforeAll
  static void setUp(Devnet d) {
    web3 = Web3j.build(new HttpService(d.l2().toString()));
    creds = Credentials.create(DevAccount.of(ACCOUNT).privateKeyHex());
    receipts = new PollingTransactionReceiptProcessor(web3, 100, 300);
    tm = new RawTransactionManager(web3, creds, E2e.L2_CHAIN_ID, receipts);
    rpc = E2e.l2(d);
    token = d.deployment().token();
  }

  @AfterAll
  static void tearDown() {
    web3.shutdown();
  }

  @Test
  void chainId_balance_nonce() throws Exception {
    Address me = DevAccount.of(ACCOUNT).address();
    assertEquals(BigInteger.valueOf(E2e.L2_CHAIN_ID), web3.ethChainId().send().getChainId());
    assertEquals("42424", web3.netVersion().send().getNetVersion());
    assertEquals(E2e.balance(rpc, me), web3.ethGetBalance(creds.getAddress(), DefaultBlockParameterName.LATEST)
        .send().getBalance());
    assertEquals(BigInteger.valueOf(E2e.nonce(rpc, me, "pending")),
        web3.ethGetTransactionCount(creds.getAddress(), DefaultBlockParameterName.PENDING).send()
            .getTransactionCount());
  }

  @Test
  void legacyAndEip1559Transfers_receiptsAwaitedByWeb3j() throws Exception {
    Address to = E2e.freshAddress();
    BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice();
    BigInteger tip = web3.ethMaxPriorityFeePerGas().send().getMaxPriorityFeePerGas();
    EthSendTransaction legacy = tm.sendTransaction(gasPrice, BigInteger.valueOf(21_000), to.toHex(), "", ETHER);
    assertNull(legacy.getError(), () -> legacy.getError().getMessage());
    TransactionReceipt r1 = receipts.waitForTransactionReceipt(legacy.getTransactionHash());
    EthSendTransaction dynamic = tm.sendEIP1559Transaction(E2e.L2_CHAIN_ID, tip, gasPrice.multiply(BigInteger.TWO),
        BigInteger.valueOf(21_000), to.toHex(), "", ETHER);
    assertNull(dynamic.getError(), () -> dynamic.getError().getMessage());
    TransactionReceipt r2 = receipts.waitForTransactionReceipt(dynamic.getTransactionHash());

    assertTrue(r1.isStatusOK());
    assertTrue(r2.isStatusOK());
    assertEquals("0x0", r1.getType());
    assertEquals("0x2", r2.getType());
    assertEquals(BigInteger.valueOf(21_000), r2.getGasUsed());
    assertEquals(gasPrice.add(tip), new BigInteger(r2.getEffectiveGasPrice().substring(2), 16));
    assertEquals(ETHER.multiply(BigInteger.TWO), web3.ethGetBalance(to.toHex(), DefaultBlockParameterName.LATEST)
        .send().getBalance());
  }

  @Test
  void bridgedToken_balanceOfAndTransfer_throughWeb3jsAbi() throws Exception {
    Address to = E2e.freshAddress();
    BigInteger mine = balanceOf(creds.getAddress());
    assertEquals(E2e.tokenBalance(rpc, token, DevAccount.of(ACCOUNT).address()), mine);
    assertTrue(mine.signum() > 0, "dev accounts hold bridged DVT");

    Function transfer = new Function("transfer", List.of(new org.web3j.abi.datatypes.Address(to.toHex()),
        new Uint256(BigInteger.TEN)), List.of());
    EthSendTransaction sent = tm.sendTransaction(web3.ethGasPrice().send().getGasPrice(),
        BigInteger.valueOf(50_000), token.toHex(), FunctionEncoder.encode(transfer), BigInteger.ZERO);
    assertNull(sent.getError(), () -> sent.getError().getMessage());
    TransactionReceipt receipt = receipts.waitForTransactionReceipt(sent.getTransactionHash());
    assertTrue(receipt.isStatusOK());
    assertEquals(BigInteger.TEN, balanceOf(to.toHex()));
    assertEquals(mine.subtract(BigInteger.TEN), balanceOf(creds.getAddress()));

    Event transferEvent = new Event("Transfer", List.of(new TypeReference<org.web3j.abi.datatypes.Address>(true) {},
        new TypeReference<org.web3j.abi.datatypes.Address>(true) {}, new TypeReference<Uint256>() {}));
    assertEquals(1, receipt.getLogs().size());
    assertEquals(EventEncoder.encode(transferEvent), receipt.getLogs().get(0).getTopics().get(0));
    EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(receipt.getBlockNumber()),
        DefaultBlockParameter.valueOf(receipt.getBlockNumber()), token.toHex());
    filter.addSingleTopic(EventEncoder.encode(transferEvent));
    EthLog logs = web3.ethGetLogs(filter).send();
    assertFalse(logs.hasError(), () -> logs.getError().getMessage());
    assertEquals(1, logs.getLogs().size());
    Log log = (Log) logs.getLogs().get(0).get();
    assertEquals(sent.getTransactionHash(), log.getTransactionHash());
    assertEquals(to.toHex(), "0x" + log.getTopics().get(2).substring(26));
    assertEquals(BigInteger.TEN, new BigInteger(log.getData().substring(2), 16));
  }

  private static BigInteger balanceOf(String owner) throws Exception {
    Function f = new Function("balanceOf", List.of(new org.web3j.abi.datatypes.Address(owner)),
        List.of(new TypeReference<Uint256>() {}));
    EthCall call = web3.ethCall(Transaction.createEthCallTransaction(creds.getAddress(), token.toHex(),
        FunctionEncoder.encode(f)), DefaultBlockParameterName.LATEST).send();
    assertFalse(call.hasError(), () -> call.getError().getMessage());
    @SuppressWarnings("rawtypes")
    List<Type> out = FunctionReturnDecoder.decode(call.getValue(), f.getOutputParameters());
    return (BigInteger) out.get(0).getValue();
  }
}
