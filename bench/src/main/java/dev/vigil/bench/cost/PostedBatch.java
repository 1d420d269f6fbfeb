package dev.vigil.bench.cost;

/**
 * One posted batch as L1 holds it.
 *
 * @param calldataBytes the whole input of the appendBatch transaction (ABI framing and roots included)
 * @param l1Gas the gas its receipt reports
 * @param txBytes the transactions' bytes inside it as posted (compact or raw)
 * @param framingBytes the entries' tags and length prefixes
 * @param compactEntries how many transactions went in compact form
 */
record PostedBatch(long index, int entries, long calldataBytes, long l1Gas, long txBytes, long framingBytes,
    int compactEntries, BatchKind kind) {
  PostedBatch {
    if (entries < 1 || calldataBytes < 1 || l1Gas < 21_000) {
      throw new IllegalArgumentException("a posted batch has entries, calldata and gas");
    }
  }
}
