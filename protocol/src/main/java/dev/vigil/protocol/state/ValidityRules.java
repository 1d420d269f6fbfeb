package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxType;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Rules 2 to 7 of docs/protocol.md 3.3, in order; the first that fails names the verdict. The
 * detail texts follow Geth's, so wallets that match on them keep working.
 */
final class ValidityRules {
  /** {@code MAX_NONCE = 2^64 - 1}, as an unsigned long. */
  private static final long MAX_NONCE = -1L;

  /** The verdict and, when invalid, its full error text. */
  record Verdict(Validity validity, String detail) {
    static final Verdict VALID = new Verdict(Validity.VALID, "");

    boolean valid() {
      return validity == Validity.VALID;
    }
  }

  private ValidityRules() {}

  /** Rules 2 to 5, which read no state. */
  static Verdict stateless(SignedTx tx, Optional<Address> sender, long gasUsed, ChainParams p) {
    if (tx.chainId() != p.chainId()) {
      String have = tx.chainId() == SignedTx.UNREPRESENTABLE_CHAIN_ID ? ">= 2^63" : Long.toString(tx.chainId());
      return invalid(Validity.WRONG_CHAIN_ID, "have " + have + " want " + p.chainId());
    }
    if (sender.isEmpty()) {
      return new Verdict(Validity.INVALID_SIGNATURE, Validity.INVALID_SIGNATURE.text());
    }
    if (Long.compareUnsigned(tx.gasLimit(), gasUsed) < 0) {
      return invalid(Validity.INTRINSIC_GAS_TOO_LOW,
          "gas " + Long.toUnsignedString(tx.gasLimit()) + ", minimum needed " + gasUsed);
    }
    if (tx.maxFeePerGas().compareTo(p.baseFee()) < 0) {
      String text = Validity.UNDERPRICED.text(tx.type());
      String detail = tx.type() == TxType.LEGACY
          ? text + ": gasPrice " + tx.gasPrice() + ", baseFee " + p.baseFee()
          : text + ": maxFeePerGas: " + tx.maxFeePerGas() + ", baseFee: " + p.baseFee();
      return new Verdict(Validity.UNDERPRICED, detail);
    }
    if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
      return invalid(Validity.TIP_ABOVE_FEE,
          "maxPriorityFeePerGas: " + tx.maxPriorityFeePerGas() + ", maxFeePerGas: " + tx.maxFeePerGas());
    }
    return Verdict.VALID;
  }

  /** Rules 6 and 7, against the sender's account. */
  static Verdict stateful(SignedTx tx, Address sender, Account account) {
    int order = Long.compareUnsigned(tx.nonce(), account.nonce());
    String nonces = "address " + sender.toHex() + ", tx: " + Long.toUnsignedString(tx.nonce())
        + " state: " + Long.toUnsignedString(account.nonce());
    if (order < 0) {
      return invalid(Validity.NONCE_TOO_LOW, nonces);
    }
    if (order > 0) {
      return invalid(Validity.NONCE_TOO_HIGH, nonces);
    }
    if (tx.nonce() == MAX_NONCE) {
      return invalid(Validity.NONCE_MAX, "address " + sender.toHex() + ", nonce: " + Long.toUnsignedString(tx.nonce()));
    }
    BigInteger cost = tx.gasLimitBig().multiply(tx.maxPrice()).add(tx.value());
    if (cost.compareTo(account.balance()) > 0) {
      return invalid(Validity.INSUFFICIENT_FUNDS,
          "address " + sender.toHex() + " have " + account.balance() + " want " + cost);
    }
    return Verdict.VALID;
  }

  private static Verdict invalid(Validity v, String specifics) {
    return new Verdict(v, v.text() + ": " + specifics);
  }
}
