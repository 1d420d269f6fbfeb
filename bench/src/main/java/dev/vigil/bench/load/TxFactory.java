package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;

/** Signs the {@code nonce}-th transaction of a sender: what the load generator sends. */
@FunctionalInterface
public interface TxFactory {
  Bytes sign(Sender sender, long nonce);

  /**
   * Legacy ETH transfers of 1 wei, each to a fresh recipient derived from the sender and nonce,
   * so the state grows by one account per transfer as on a real chain.
   */
  static TxFactory ethTransfers(long chainId, BigInteger gasPrice) {
    return (s, nonce) -> TxSigner.signLegacy(s.key(), chainId, nonce, gasPrice, 21_000,
        recipient(s, nonce), BigInteger.ONE, Bytes.EMPTY);
  }

  /**
   * Legacy ETH transfers of 1 wei, every one of a sender's to the same recipient (one per
   * sender): the state stops growing after the first round, so a node whose per-block cost
   * grows with the state is not penalized.
   */
  static TxFactory ethTransfersToFixed(long chainId, BigInteger gasPrice) {
    return (s, nonce) -> TxSigner.signLegacy(s.key(), chainId, nonce, gasPrice, 21_000,
        recipient(s, -1), BigInteger.ONE, Bytes.EMPTY);
  }

  /** Legacy token transfers of 1 unit of {@code token} ({@code transfer(address,uint256)}). */
  static TxFactory tokenTransfers(long chainId, BigInteger gasPrice, Address token) {
    return (s, nonce) -> TxSigner.signLegacy(s.key(), chainId, nonce, gasPrice, 50_000, token,
        BigInteger.ZERO, transferCall(recipient(s, nonce), BigInteger.ONE));
  }

  static Address recipient(Sender s, long nonce) {
    return Address.fromWord(Keccak.hash(s.address().bytes().toArray(), Bytes32.fromLong(nonce).toArray()));
  }

  /** {@code transfer(address,uint256)} calldata, selector 0xa9059cbb. */
  static Bytes transferCall(Address to, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0xa9059cbb"), Bytes32.of(Bytes.concat(
        Bytes.wrap(new byte[12]), to.bytes())).toBytes(), Bytes32.fromBigInteger(amount).toBytes());
  }
}
