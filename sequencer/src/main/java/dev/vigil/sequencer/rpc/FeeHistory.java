package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code eth_feeHistory} as Geth computes it: the base fee is the protocol's constant (so the
 * next block's too), {@code gasUsedRatio} is the block's gas over its reported gas limit, and
 * each reward is the effective tip at which the transactions sorted by tip, weighted by their
 * gas, reach the requested percentile of the block's gas.
 */
final class FeeHistory {
  static final int MAX_BLOCKS = 1024;

  private FeeHistory() {}

  static JsonObject of(List<L2Block> blocks, List<Double> percentiles, BigInteger baseFee) {
    JsonArray baseFees = new JsonArray();
    JsonArray ratios = new JsonArray();
    JsonArray rewards = new JsonArray();
    for (L2Block b : blocks) {
      baseFees.add(Quantity.toHex(baseFee));
      long gas = b.transactions().stream().mapToLong(BlockEntry.Tx::gasUsed).sum();
      ratios.add((double) gas / JsonFormat.BLOCK_GAS_LIMIT);
      rewards.add(rewards(b, gas, percentiles, baseFee));
    }
    baseFees.add(Quantity.toHex(baseFee));
    JsonObject out = new JsonObject()
        .put("oldestBlock", Quantity.toHex(blocks.isEmpty() ? 0 : blocks.get(0).number()))
        .put("baseFeePerGas", baseFees)
        .put("gasUsedRatio", ratios);
    if (!percentiles.isEmpty()) {
      out.put("reward", rewards);
    }
    return out;
  }

  private record Tip(BigInteger tip, long gas) {}

  private static JsonArray rewards(L2Block b, long blockGas, List<Double> percentiles, BigInteger baseFee) {
    List<Tip> tips = new ArrayList<>();
    for (BlockEntry.Tx t : b.transactions()) {
      SignedTx tx = ChainReader.decode(t);
      tips.add(new Tip(tx.effectivePrice(baseFee).subtract(baseFee).max(BigInteger.ZERO), t.gasUsed()));
    }
    tips.sort(Comparator.comparing(Tip::tip));
    JsonArray out = new JsonArray();
    int i = 0;
    long sum = tips.isEmpty() ? 0 : tips.get(0).gas();
    for (double p : percentiles) {
      if (tips.isEmpty()) {
        out.add("0x0");
        continue;
      }
      double threshold = blockGas * p / 100.0;
      while (sum < threshold && i < tips.size() - 1) {
        i++;
        sum += tips.get(i).gas();
      }
      out.add(Quantity.toHex(tips.get(i).tip()));
    }
    return out;
  }

  /** Reward percentiles: each 0..100, non-decreasing (Geth's rule). */
  static List<Double> percentiles(JsonArray a) {
    List<Double> out = new ArrayList<>();
    double previous = -1;
    for (int i = 0; i < a.size(); i++) {
      if (!(a.getValue(i) instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 100) {
        throw JsonRpcException.invalidParams("invalid reward percentile: " + a.getValue(i));
      }
      if (n.doubleValue() < previous) {
        throw JsonRpcException.invalidParams("invalid reward percentile: " + n + " < " + previous);
      }
      previous = n.doubleValue();
      out.add(previous);
    }
    return out;
  }
}
