package dev.vigil.devnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;

/**
 * A test wallet on L2: signs with protocol's TxSigner, sends raw transactions to the sequencer
 * and tracks its own nonce. Calldata is built by hand from the selectors of docs/protocol.md
 * 3.2, as any wallet would.
 */
final class L2Wallet {
  static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final BigInteger BASE_FEE = GWEI;

  private final JsonRpcClient rpc;
  private final BigInteger key;
  private final Address address;
  private final long chainId;

  L2Wallet(JsonRpcClient rpc, BigInteger key, long chainId) {
    this.rpc = rpc;
    this.key = key;
    this.address = TxSigner.address(key);
    this.chainId = chainId;
  }

  Address address() {
    return address;
  }

  BigInteger key() {
    return key;
  }

  long nonce() {
    return rpc.quantity("eth_getTransactionCount", address.toHex(), "pending").longValueExact();
  }

  BigInteger balance() {
    return rpc.quantity("eth_getBalance", address.toHex(), "latest");
  }

  Bytes legacy(long nonce, Address to, BigInteger value, Bytes data, long gas) {
    return TxSigner.signLegacy(key, chainId, nonce, BASE_FEE, gas, to, value, data);
  }

  Bytes eip1559(long nonce, Address to, BigInteger value, Bytes data, long gas) {
    return TxSigner.signEip1559(key, chainId, nonce, BigInteger.ONE, BASE_FEE.multiply(BigInteger.TWO),
        gas, to, value, data);
  }

  /** Sends raw bytes; returns the hash the sequencer answered. */
  String send(Bytes raw) {
    return rpc.call("eth_sendRawTransaction", raw.toHex()).asText();
  }

  String sendEth(Address to, BigInteger value) {
    return send(legacy(nonce(), to, value, Bytes.EMPTY, 21_000));
  }

  String transferToken(Address token, Address to, BigInteger amount) {
    return send(eip1559(nonce(), token, BigInteger.ZERO, transferData(to, amount), 50_000));
  }

  String withdrawEth(Address recipient, BigInteger value) {
    Bytes data = Bytes.concat(Bytes.fromHex("0x25e16063"), word(recipient));
    return send(eip1559(nonce(), L2_BRIDGE, value, data, 60_000));
  }

  String withdrawToken(Address token, Address recipient, BigInteger amount) {
    Bytes data = Bytes.concat(Bytes.fromHex("0x01e33667"), word(token), word(recipient),
        Bytes32.fromBigInteger(amount).toBytes());
    return send(eip1559(nonce(), L2_BRIDGE, BigInteger.ZERO, data, 80_000));
  }

  JsonNode receipt(String hash) {
    return rpc.call("eth_getTransactionReceipt", hash);
  }

  static Bytes transferData(Address to, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0xa9059cbb"), word(to), Bytes32.fromBigInteger(amount).toBytes());
  }

  static Bytes word(Address a) {
    return Bytes.concat(Bytes.wrap(new byte[12]), a.bytes());
  }
}
