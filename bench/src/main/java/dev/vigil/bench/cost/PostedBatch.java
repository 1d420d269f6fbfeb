package dev.vigil.bench.cost;

/**
 * One posted batch as L1 holds it.
 *
 * @param calldataBytes the whole input of the appendBatch transaction (ABI framing and roots included)
 * @param l1Gas the gas its receipt reports
 * @param txBytes the raw transactions' bytes inside it
 */
record PostedBatch(long index, int entries, long calldataBytes, long l1Gas, long txBytes, BatchKind kind) {
  PostedBatch {
    if (entries < 1 || calldataBytes < 1 || l1Gas < 21_000) {
      throw new IllegalArgumentException("a posted batch has entries, calldata and gas");
    }
  }
}
