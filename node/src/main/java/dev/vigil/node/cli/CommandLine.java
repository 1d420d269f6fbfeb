package dev.vigil.node.cli;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --option value} command lines of the node processes. Every problem is an
 * {@link IllegalArgumentException} whose message names the option, never a secret's value.
 */
public final class CommandLine {
  private final Map<String, String> values = new HashMap<>();

  /** Reads {@code args} as pairs, refusing options outside {@code options}, repeats and missing values. */
  public CommandLine(Set<String> options, String... args) {
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (!options.contains(option)) {
        throw new IllegalArgumentException("unknown option " + option);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      if (values.put(option, args[i + 1]) != null) {
        throw new IllegalArgumentException(option + " given twice");
      }
    }
  }

  public Optional<String> optional(String option) {
    return Optional.ofNullable(values.get(option));
  }

  public String get(String option, String fallback) {
    return values.getOrDefault(option, fallback);
  }

  public String required(String option) {
    String v = values.get(option);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + option);
    }
    return v;
  }

  public long number(String option, long fallback) {
    String v = values.get(option);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is not a number: " + v);
    }
  }

  /** A number in {@code 1..Integer.MAX_VALUE}. */
  public int positiveInt(String option, int fallback) {
    long v = number(option, fallback);
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + " must be 1.." + Integer.MAX_VALUE);
    }
    return (int) v;
  }

  /** An http or https URL. */
  public URI url(String option) {
    String s = required(option);
    try {
      URI uri = new URI(s);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException(option + " must be an http(s) URL: " + s);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(option + " is not a URL: " + s);
    }
  }

  public Address address(String option) {
    String s = required(option);
    try {
      return Address.fromHex(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " is not an address: " + s);
    }
  }

  /** A secp256k1 private key given as 32 bytes of hex, if the option is there. */
  public Optional<BigInteger> privateKey(String option) {
    return optional(option).map(s -> key(option, s));
  }

  private static BigInteger key(String option, String s) {
    try {
      Bytes b = Bytes.fromHex(s);
      BigInteger k = new BigInteger(1, b.toArray());
      if (b.length() != 32 || k.signum() == 0) {
        throw new IllegalArgumentException("bad key");
      }
      return k;
    } catch (IllegalArgumentException e) {
      // The value is a secret: never echo it.
      throw new IllegalArgumentException(option + " is not a 32-byte hex private key");
    }
  }
}
