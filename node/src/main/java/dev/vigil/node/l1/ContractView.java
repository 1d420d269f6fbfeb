package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/** eth_call reads of one contract, decoded; the shared half of the bindings. */
final class ContractView {
  private final L1Client l1;
  private final Address address;

  ContractView(L1Client l1, Address address) {
    this.l1 = l1;
    this.address = address;
  }

  Address address() {
    return address;
  }

  L1Client l1() {
    return l1;
  }

  @SuppressWarnings("rawtypes")
  List<Type> call(String name, List<TypeReference<?>> outputs, Type<?>... args) {
    Bytes out = l1.ethCall(address, Abi.encodeCall(name, args));
    try {
      return Abi.decode(out, outputs);
    } catch (RuntimeException e) {
      throw L1Exception.other("eth_call", l1.url(), name + " of " + address + " returned " + out.length()
          + " undecodable bytes (is it the right contract?)", e);
    }
  }

  BigInteger uint(String name, Type<?>... args) {
    return Abi.uint(call(name, List.of(Abi.ref(Uint256.class)), args).get(0));
  }

  long u64(String name, Type<?>... args) {
    return uint(name, args).longValueExact();
  }

  Address address(String name, Type<?>... args) {
    return Abi.addr(call(name, List.of(Abi.ref(org.web3j.abi.datatypes.Address.class)), args).get(0));
  }

  Bytes32 bytes32(String name, Type<?>... args) {
    return Abi.word(call(name, List.of(Abi.ref(org.web3j.abi.datatypes.generated.Bytes32.class)), args)
        .get(0));
  }

  boolean bool(String name, Type<?>... args) {
    return Abi.bool(call(name, List.of(Abi.ref(Bool.class)), args).get(0));
  }

  L1Receipt send(TxManager sender, BigInteger value, String name, Type<?>... args) {
    return sender.send(TxRequest.call(address, Abi.encodeCall(name, args)).withValue(value));
  }

  List<L1Log> logs(long fromBlock, long toBlock) {
    return l1.getLogs(address, List.of(), fromBlock, toBlock);
  }
}
