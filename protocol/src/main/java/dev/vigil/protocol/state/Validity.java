package dev.vigil.protocol.state;

import dev.vigil.protocol.tx.TxType;

/**
 * Whether a transaction is valid, or the first rule of docs/protocol.md 3.3 it breaks, with
 * Geth's error text (what a wallet expects from {@code eth_sendRawTransaction}).
 */
public enum Validity {
  VALID("valid"),
  /** Rule 1; the decoder's reason ({@code rlp: ...}) is the detail of the outcome. */
  MALFORMED("malformed transaction"),
  WRONG_CHAIN_ID("invalid chain id"),
  INVALID_SIGNATURE("invalid sender"),
  INTRINSIC_GAS_TOO_LOW("intrinsic gas too low"),
  /** Rule 5: legacy {@code gasPrice}, or EIP-1559 {@code maxFeePerGas}, below the base fee. */
  UNDERPRICED("transaction underpriced"),
  TIP_ABOVE_FEE("max priority fee per gas higher than max fee per gas"),
  NONCE_TOO_LOW("nonce too low"),
  NONCE_TOO_HIGH("nonce too high"),
  NONCE_MAX("nonce has max value"),
  INSUFFICIENT_FUNDS("insufficient funds for gas * price + value");

  private final String text;

  Validity(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** The text for a transaction of {@code type}: Geth words rule 5 differently for EIP-1559. */
  public String text(TxType type) {
    return this == UNDERPRICED && type == TxType.EIP1559 ? "max fee per gas less than block base fee" : text;
  }
}
