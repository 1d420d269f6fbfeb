package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.http.HttpService;

/**
 * Blocking reads and raw sends against an L1 JSON-RPC endpoint, over Web3j.
 * Every failure is an {@link L1Exception} naming the method and the URL; a
 * revert of a call or a gas estimate is an {@link L1Reverted} with the error
 * decoded. Thread-safe.
 */
public final class L1Client implements AutoCloseable {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final String url;
  private final Duration timeout;
  private final OkHttpClient http;
  private final ScheduledExecutorService scheduler;
  private final HttpService service;
  private final Web3j web3;
  private final RevertDecoder reverts;

  private L1Client(String url, Duration timeout, RevertDecoder reverts) {
    this.url = url;
    this.timeout = timeout;
    this.reverts = reverts;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(Math.min(5, Math.max(1, timeout.toSeconds()))))
        .callTimeout(timeout)
        .readTimeout(timeout)
        .build();
    // Web3j's default scheduler is a JVM-wide singleton that shutdown() would kill.
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "l1-client-poll");
      t.setDaemon(true);
      return t;
    });
    this.service = new HttpService(url, http);
    this.web3 = Web3j.build(service, 1000, scheduler);
  }

  /** A client of {@code url} with a 30 s request timeout, decoding Vigil's errors. */
  public static L1Client connect(String url) {
    return connect(url, DEFAULT_TIMEOUT, RevertDecoder.vigil());
  }

  public static L1Client connect(String url, Duration timeout, RevertDecoder reverts) {
    return new L1Client(url, timeout, reverts);
  }

  public String url() {
    return url;
  }

  public RevertDecoder reverts() {
    return reverts;
  }

  public long chainId() {
    return send("eth_chainId", web3.ethChainId()).getChainId().longValueExact();
  }

  public long blockNumber() {
    return send("eth_blockNumber", web3.ethBlockNumber()).getBlockNumber().longValueExact();
  }

  public long latestTimestamp() {
    return block("latest", DefaultBlockParameterName.LATEST).getTimestamp().longValueExact();
  }

  public long blockTimestamp(long number) {
    return block("block " + number, DefaultBlockParameter.valueOf(BigInteger.valueOf(number)))
        .getTimestamp().longValueExact();
  }

  /** The base fee of the latest block; empty on a pre-London chain. */
  public Optional<BigInteger> latestBaseFee() {
    EthBlock.Block b = block("latest", DefaultBlockParameterName.LATEST);
    return b.getBaseFeePerGasRaw() == null ? Optional.empty() : Optional.of(b.getBaseFeePerGas());
  }

  private EthBlock.Block block(String which, DefaultBlockParameter at) {
    EthBlock.Block b = send("eth_getBlockByNumber", web3.ethGetBlockByNumber(at, false)).getBlock();
    if (b == null) {
      throw L1Exception.other("eth_getBlockByNumber", url, "no " + which + " block", null);
    }
    return b;
  }

  public BigInteger balance(Address account) {
    return send("eth_getBalance", web3.ethGetBalance(account.toHex(), DefaultBlockParameterName.LATEST))
        .getBalance();
  }

  /** The account's nonce in the latest block. */
  public long nonce(Address account) {
    return nonceAt(account, DefaultBlockParameterName.LATEST);
  }

  /** The account's next nonce counting its transactions in the node's pool. */
  public long pendingNonce(Address account) {
    return nonceAt(account, DefaultBlockParameterName.PENDING);
  }

  private long nonceAt(Address account, DefaultBlockParameterName at) {
    return send("eth_getTransactionCount", web3.ethGetTransactionCount(account.toHex(), at))
        .getTransactionCount().longValueExact();
  }

  public BigInteger gasPrice() {
    return send("eth_gasPrice", web3.ethGasPrice()).getGasPrice();
  }

  public BigInteger maxPriorityFeePerGas() {
    return send("eth_maxPriorityFeePerGas", web3.ethMaxPriorityFeePerGas()).getMaxPriorityFeePerGas();
  }

  public Bytes code(Address account) {
    return W3.bytes(send("eth_getCode", web3.ethGetCode(account.toHex(), DefaultBlockParameterName.LATEST))
        .getCode());
  }

  /** eth_call on the latest block. */
  public Bytes ethCall(Address to, Bytes data) {
    Transaction call = Transaction.createEthCallTransaction(null, to.toHex(), data.toHex());
    return ethCall(call, DefaultBlockParameterName.LATEST);
  }

  /** eth_call as {@code from} with {@code value} on the state after block {@code blockNumber}. */
  public Bytes ethCall(Address from, Address to, BigInteger value, Bytes data, long blockNumber) {
    Transaction call = new Transaction(from.toHex(), null, null, null, to.toHex(), value, data.toHex());
    return ethCall(call, DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber)));
  }

  private Bytes ethCall(Transaction call, DefaultBlockParameter at) {
    return W3.bytes(sendOrRevert("eth_call", web3.ethCall(call, at)).getValue());
  }

  /** The gas a transaction would use now; a revert is an {@link L1Reverted}. */
  public long estimateGas(Address from, Optional<Address> to, BigInteger value, Bytes data) {
    Transaction tx = new Transaction(from.toHex(), null, null, null,
        to.map(Address::toHex).orElse(null), value, data.toHex());
    return sendOrRevert("eth_estimateGas", web3.ethEstimateGas(tx)).getAmountUsed().longValueExact();
  }

  /** The logs of {@code address} in blocks {@code from..to} (inclusive) whose first topics are {@code topics}. */
  public List<L1Log> getLogs(Address address, List<Bytes32> topics, long fromBlock, long toBlock) {
    EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
        DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), address.toHex());
    topics.forEach(t -> filter.addSingleTopic(t.toHex()));
    List<EthLog.LogResult> logs = send("eth_getLogs", web3.ethGetLogs(filter)).getLogs();
    return logs.stream().map(r -> W3.log((org.web3j.protocol.core.methods.response.Log) r.get())).toList();
  }

  public Optional<L1Tx> getTransaction(Bytes32 txHash) {
    return send("eth_getTransactionByHash", web3.ethGetTransactionByHash(txHash.toHex()))
        .getTransaction().map(W3::tx);
  }

  /** The calldata of transaction {@code txHash}; empty when L1 does not know it. */
  public Optional<Bytes> getTransactionInput(Bytes32 txHash) {
    return getTransaction(txHash).map(L1Tx::input);
  }

  /** The receipt of {@code txHash}; empty while it is not mined. */
  public Optional<L1Receipt> getReceipt(Bytes32 txHash) {
    return send("eth_getTransactionReceipt", web3.ethGetTransactionReceipt(txHash.toHex()))
        .getTransactionReceipt().map(W3::receipt);
  }

  /** Broadcasts a signed transaction; returns its hash. */
  public Bytes32 sendRaw(Bytes signedTx) {
    return W3.bytes32(send("eth_sendRawTransaction", web3.ethSendRawTransaction(signedTx.toHex()))
        .getTransactionHash());
  }

  /**
   * Any JSON-RPC method (anvil_*, evm_*): the result as Jackson decodes it
   * (String, Number, Boolean, Map, List or null).
   */
  public Object call(String method, Object... params) {
    return send(method, new Request<>(method, Arrays.asList(params), service, RawResponse.class))
        .getResult();
  }

  /** A JSON-RPC answer whose result stays untyped. */
  public static final class RawResponse extends Response<Object> {}

  private <T extends Response<?>> T sendOrRevert(String method, Request<?, T> request) {
    try {
      return send(method, request);
    } catch (L1Exception e) {
      if (isRevert(e)) {
        Bytes data = e.rpcData().filter(d -> d.startsWith("0x")).map(Bytes::fromHex).orElse(Bytes.EMPTY);
        throw new L1Reverted(method, url, reverts.decode(data), null);
      }
      throw e;
    }
  }

  private static boolean isRevert(L1Exception e) {
    return e.rpcCode().isPresent()
        && (e.rpcCode().getAsInt() == 3 || e.rpcMessageLower().contains("execution reverted"));
  }

  private <T extends Response<?>> T send(String method, Request<?, T> request) {
    T response;
    try {
      response = request.send();
    } catch (ConnectException e) {
      throw L1Exception.transport(method, url, "connection refused (is the L1 node running?)", e);
    } catch (InterruptedIOException e) {
      throw L1Exception.transport(method, url, "no answer within " + timeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw L1Exception.transport(method, url, "I/O error: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Web3j reports a non-200 HTTP answer as a ClientConnectionException.
      throw L1Exception.transport(method, url, e.getMessage(), e);
    }
    if (response.hasError()) {
      Response.Error err = response.getError();
      throw L1Exception.rpc(method, url, err.getCode(), err.getMessage(), unquote(err.getData()));
    }
    return response;
  }

  /** Web3j keeps an error's data as raw JSON: a hex string arrives with its quotes. */
  private static String unquote(String rawJson) {
    if (rawJson != null && rawJson.length() >= 2 && rawJson.startsWith("\"") && rawJson.endsWith("\"")) {
      return rawJson.substring(1, rawJson.length() - 1);
    }
    return rawJson;
  }

  /** Releases the HTTP connections and the polling thread. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
