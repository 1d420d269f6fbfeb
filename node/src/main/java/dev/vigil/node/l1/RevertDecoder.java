package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * Names revert data by its 4-byte selector among known error signatures
 * ({@code "BadBatch(uint8)"}) and decodes the arguments. Immutable.
 */
public final class RevertDecoder {
  /** Solidity's require-string and panic errors. */
  public static final List<String> STANDARD = List.of("Error(string)", "Panic(uint256)");

  private final Map<Bytes, ErrorSignature> bySelector;

  private RevertDecoder(Map<Bytes, ErrorSignature> bySelector) {
    this.bySelector = Map.copyOf(bySelector);
  }

  /** Knows only {@link #STANDARD}. */
  public static RevertDecoder standard() {
    return new RevertDecoder(Map.of()).with(STANDARD);
  }

  /** Knows the errors of every Vigil contract and the standard ones. */
  public static RevertDecoder vigil() {
    return standard().with(RollupContract.ERRORS).with(BridgeContract.ERRORS).with(Erc20.ERRORS);
  }

  /** A decoder that also knows {@code signatures} (canonical: no spaces, no names). */
  public RevertDecoder with(Collection<String> signatures) {
    Map<Bytes, ErrorSignature> all = new HashMap<>(bySelector);
    for (String s : signatures) {
      ErrorSignature sig = ErrorSignature.parse(s);
      ErrorSignature old = all.putIfAbsent(sig.selector(), sig);
      if (old != null && !old.signature().equals(s)) {
        throw new IllegalArgumentException("selector clash: " + s + " and " + old.signature());
      }
    }
    return new RevertDecoder(all);
  }

  public boolean knows(String signature) {
    ErrorSignature sig = ErrorSignature.parse(signature);
    ErrorSignature known = bySelector.get(sig.selector());
    return known != null && known.signature().equals(signature);
  }

  public Revert decode(Bytes data) {
    if (data.isEmpty()) {
      return new Revert("", List.of(), data);
    }
    if (data.length() < 4) {
      return new Revert(data.toHex(), List.of(), data);
    }
    ErrorSignature sig = bySelector.get(data.slice(0, 4));
    if (sig == null) {
      return new Revert(data.slice(0, 4).toHex(), List.of(), data);
    }
    return new Revert(sig.name(), sig.decodeArgs(data.slice(4)), data);
  }

  /** One parsed error signature. Tuple arguments are not supported (no Vigil error has one). */
  record ErrorSignature(String signature, String name, List<String> types, Bytes selector) {
    static ErrorSignature parse(String signature) {
      int open = signature.indexOf('(');
      if (open < 1 || !signature.endsWith(")") || signature.indexOf('(', open + 1) >= 0
          || signature.contains(" ")) {
        throw new IllegalArgumentException("not a canonical error signature: " + signature);
      }
      String inner = signature.substring(open + 1, signature.length() - 1);
      List<String> types = inner.isEmpty() ? List.of() : List.of(inner.split(",", -1));
      Bytes selector = Keccak.hash(Bytes.wrap(signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
          .toBytes().slice(0, 4);
      return new ErrorSignature(signature, signature.substring(0, open), types, selector);
    }

    /** The arguments as text; empty when the data does not decode as the signature says. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    List<String> decodeArgs(Bytes encoded) {
      if (types.isEmpty()) {
        return List.of();
      }
      try {
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (String t : types) {
          refs.add((TypeReference) TypeReference.makeTypeReference(t));
        }
        List<Type> values = FunctionReturnDecoder.decode(encoded.toHex(), refs);
        if (values.size() != types.size()) {
          return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Type v : values) {
          out.add(AbiText.of(v));
        }
        return out;
      } catch (ClassNotFoundException | RuntimeException e) {
        return List.of();
      }
    }
  }
}
