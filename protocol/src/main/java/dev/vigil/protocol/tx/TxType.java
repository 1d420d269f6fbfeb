package dev.vigil.protocol.tx;

/** The accepted transaction encodings (docs/protocol.md 3.1). */
public enum TxType {
  /** {@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])} with EIP-155 {@code v}. */
  LEGACY,
  /** {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, yParity, r, s])}. */
  EIP1559
}
