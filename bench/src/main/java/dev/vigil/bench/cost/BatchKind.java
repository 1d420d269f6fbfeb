package dev.vigil.bench.cost;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;

/** What a batch carries: only ETH transfers, only token transfers, or a mix (deposits, others). */
enum BatchKind {
  ETH_TRANSFERS, TOKEN_TRANSFERS, MIXED;

  static BatchKind of(Batch batch) {
    boolean eth = true;
    boolean token = true;
    for (BatchEntry e : batch.entries()) {
      TxKind kind = kind(e);
      eth &= kind instanceof TxKind.EthTransfer;
      token &= kind instanceof TxKind.TokenTransfer;
    }
    return eth ? ETH_TRANSFERS : token ? TOKEN_TRANSFERS : MIXED;
  }

  private static TxKind kind(BatchEntry e) {
    if (e instanceof BatchEntry.Tx tx && TxDecoder.decode(tx.raw()) instanceof TxDecoding.Ok ok) {
      return TxClassifier.classify(ok.tx());
    }
    return new TxKind.Unsupported("queue reference or malformed");
  }
}
