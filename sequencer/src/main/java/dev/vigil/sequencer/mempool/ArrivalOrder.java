package dev.vigil.sequencer.mempool;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Hands screened transactions on in the order they arrived. Screening runs in parallel on the
 * worker pool and may finish out of order, but a sender's consecutive transactions (a JSON-RPC
 * batch, or requests sent without waiting for the answers) must reach the block builder in the
 * order sent: the second one first would be refused as {@code nonce too high} for nothing.
 */
public final class ArrivalOrder {
  private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

  /**
   * Runs {@code handOff} on {@code screening}'s result once it and every screening given before
   * it have been handed off; the future is {@code handOff}'s. A failed screening or hand-off fails
   * only its own future, never the later ones.
   */
  public synchronized <T> CompletableFuture<T> next(CompletableFuture<Screening> screening,
      Function<Screening, CompletableFuture<T>> handOff) {
    CompletableFuture<CompletableFuture<T>> handed = last.thenCombine(screening, (ignored, s) -> handOff.apply(s));
    last = handed.handle((f, e) -> null);
    return handed.thenCompose(f -> f);
  }
}
