package dev.vigil.verifier.derive;

import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.ChainParams;
import java.net.URI;
import java.util.List;

/** {@link L1Source} over an L1 JSON-RPC endpoint, through node's client and contract bindings. */
public final class Web3L1Source implements L1Source, AutoCloseable {
  private final L1Client client;
  private final RollupContract rollup;
  private volatile BridgeContract bridge;

  private Web3L1Source(L1Client client, Address rollup) {
    this.client = client;
    this.rollup = new RollupContract(client, rollup);
  }

  /** A source for the rollup at {@code rollup}; connects lazily, so a dead L1 fails later calls. */
  public static Web3L1Source connect(URI url, Address rollup) {
    return new Web3L1Source(L1Client.connect(url.toString()), rollup);
  }

  /** Reads the parameters, checking that the bridge the rollup names belongs to it. */
  @Override
  public RollupParams rollupParams() {
    RollupConfig config = rollup.config();
    BridgeContract b = bridge();
    Address owner = b.rollup();
    if (!owner.equals(rollup.address())) {
      throw new L1InconsistencyException("bridge " + b.address().toChecksumHex() + " of rollup "
          + rollup.address().toChecksumHex() + " belongs to rollup " + owner.toChecksumHex());
    }
    ChainParams chain =
        new ChainParams(config.l2ChainId(), config.l2BaseFee(), config.feeRecipient());
    return new RollupParams(chain, b.address(), config.challengeWindow());
  }

  @Override
  public long headBlock() {
    return client.blockNumber();
  }

  @Override
  public List<BridgeEvent.QueueItemAdded> queueItems(long from, long to) {
    return bridge().queueItemsAdded(from, to);
  }

  @Override
  public List<RollupEvent.BatchAppended> batchesAppended(long from, long to) {
    return rollup.events(from, to).stream()
        .filter(RollupEvent.BatchAppended.class::isInstance)
        .map(RollupEvent.BatchAppended.class::cast)
        .toList();
  }

  @Override
  public AppendBatchCall appendBatchCall(RollupEvent.BatchAppended appended) {
    return rollup.appendBatchCall(appended).orElseThrow(() -> new L1InconsistencyException(
        "batch " + appended.batchIndex() + " was appended in transaction " + appended.at().txHash()
            + ", which L1 does not know or which is not a direct appendBatch call from the poster"
            + " to the rollup (the only way the rollup accepts a batch)"));
  }

  @Override
  public long batchCount() {
    return rollup.batchCount();
  }

  private BridgeContract bridge() {
    BridgeContract b = bridge;
    if (b == null) {
      b = new BridgeContract(client, rollup.bridge());
      bridge = b;
    }
    return b;
  }

  @Override
  public void close() {
    client.close();
  }
}
