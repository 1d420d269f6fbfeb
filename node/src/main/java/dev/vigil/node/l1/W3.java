package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/** Conversions between Web3j's hex strings and the protocol's byte types. */
final class W3 {
  private W3() {}

  static Address address(String hex) {
    return Address.fromHex(hex);
  }

  static Optional<Address> optionalAddress(String hex) {
    return hex == null || hex.isEmpty() ? Optional.empty() : Optional.of(address(hex));
  }

  static Bytes32 bytes32(String hex) {
    return Bytes32.fromHex(hex);
  }

  static Bytes bytes(String hex) {
    return hex == null ? Bytes.EMPTY : Bytes.fromHex(hex);
  }

  static BigInteger quantity(String hex) {
    return hex == null ? BigInteger.ZERO : Numeric.decodeQuantity(hex);
  }

  static String hex(Address a) {
    return a.toHex();
  }

  static L1Log log(Log l) {
    List<Bytes32> topics = l.getTopics().stream().map(W3::bytes32).toList();
    LogPosition at = new LogPosition(l.getBlockNumber().longValueExact(), bytes32(l.getBlockHash()),
        bytes32(l.getTransactionHash()), l.getLogIndex().longValueExact());
    return new L1Log(address(l.getAddress()), topics, bytes(l.getData()), at);
  }

  static L1Receipt receipt(TransactionReceipt r) {
    return new L1Receipt(
        bytes32(r.getTransactionHash()),
        r.getBlockNumber().longValueExact(),
        bytes32(r.getBlockHash()),
        address(r.getFrom()),
        optionalAddress(r.getTo()),
        r.isStatusOK(),
        r.getGasUsed().longValueExact(),
        quantity(r.getEffectiveGasPrice()),
        optionalAddress(r.getContractAddress()),
        r.getLogs().stream().map(W3::log).toList());
  }

  static L1Tx tx(Transaction t) {
    Optional<Long> block = t.getBlockNumberRaw() == null || t.getBlockHash() == null
        ? Optional.empty()
        : Optional.of(t.getBlockNumber().longValueExact());
    return new L1Tx(bytes32(t.getHash()), address(t.getFrom()), optionalAddress(t.getTo()),
        t.getValue(), bytes(t.getInput()), t.getNonce().longValueExact(), block);
  }
}
