package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.sequencer.storage.ChainStore;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bridged token seen from L2 is an ERC-20 contract at its L2 address (= its L1 address,
 * docs/protocol.md 3.2): {@code eth_call} of {@code balanceOf(address)} reads the L2 state,
 * {@code allowance(address,address)} is always 0 (L2 has no approvals), {@code totalSupply()} is
 * the sequencer's supply index (deposits minus withdrawals), and {@code decimals()},
 * {@code symbol()}, {@code name()} are read once from the L1 token and cached. Answers are
 * ABI-encoded as the token would return them; anything else reverts.
 */
final class Erc20Calls {
  private static final System.Logger LOG = System.getLogger(Erc20Calls.class.getName());
  static final Bytes BALANCE_OF = Bytes.fromHex("0x70a08231");
  static final Bytes ALLOWANCE = Bytes.fromHex("0xdd62ed3e");
  static final Bytes TOTAL_SUPPLY = Bytes.fromHex("0x18160ddd");
  static final Bytes DECIMALS = Bytes.fromHex("0x313ce567");
  static final Bytes SYMBOL = Bytes.fromHex("0x95d89b41");
  static final Bytes NAME = Bytes.fromHex("0x06fdde03");
  static final String REVERTED = "execution reverted";

  private final ChainStore store;
  private final TokenMetadata metadata;
  private final Map<Bytes, Bytes> cache = new ConcurrentHashMap<>();

  Erc20Calls(ChainStore store, TokenMetadata metadata) {
    this.store = store;
    this.metadata = metadata;
  }

  /** The return data of calling {@code token} with {@code data} on {@code state}. */
  Bytes call(StateTree state, Address token, Bytes data) {
    if (data.length() < 4) {
      throw reverted();
    }
    Bytes selector = data.slice(0, 4);
    if (selector.equals(BALANCE_OF) && data.length() == 36 && isAddressWord(data, 4)) {
      Address owner = Address.fromWord(Bytes32.of(data.slice(4, 36)));
      return state.get(StateKeys.token(token, owner)).toBytes();
    }
    if (selector.equals(ALLOWANCE) && data.length() == 68 && isAddressWord(data, 4)
        && isAddressWord(data, 36)) {
      return Bytes32.ZERO.toBytes();
    }
    if (data.length() != 4) {
      throw reverted();
    }
    if (selector.equals(TOTAL_SUPPLY)) {
      return Bytes32.fromBigInteger(store.tokenSupply(token)).toBytes();
    }
    if (selector.equals(DECIMALS) || selector.equals(SYMBOL) || selector.equals(NAME)) {
      return metadata(token, selector);
    }
    throw reverted();
  }

  private Bytes metadata(Address token, Bytes selector) {
    Bytes key = Bytes.concat(token.bytes(), selector);
    Bytes cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Bytes out;
    try {
      out = metadata.call(token, selector);
    } catch (Exception e) {
      LOG.log(Level.DEBUG, "L1 metadata call " + selector + " of " + token + " failed: " + e);
      throw reverted();
    }
    if (out.isEmpty()) {
      throw reverted();
    }
    cache.put(key, out);
    return out;
  }

  private static boolean isAddressWord(Bytes data, int offset) {
    for (int i = offset; i < offset + 12; i++) {
      if (data.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Geth's answer to a revert without revert data. */
  static JsonRpcException reverted() {
    return new JsonRpcException(-32000, REVERTED);
  }
}
