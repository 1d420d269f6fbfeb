package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.nio.file.Path;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;

/** Deploys forge artifacts through a {@link TxManager}. */
public final class ContractDeployer {
  private final TxManager sender;

  public ContractDeployer(TxManager sender) {
    this.sender = sender;
  }

  /** Deploys {@code artifact} with ABI-encoded {@code constructorArgs}; returns the receipt. */
  public L1Receipt deploy(ForgeArtifact artifact, Bytes constructorArgs) {
    L1Receipt receipt = sender.send(TxRequest.create(Bytes.concat(artifact.bytecode(), constructorArgs)));
    if (receipt.contractAddress().isEmpty()) {
      throw L1Exception.other("eth_getTransactionReceipt", sender.l1().url(),
          "deployment of " + artifact.name() + " in " + receipt.txHash() + " has no contract address", null);
    }
    return receipt;
  }

  /**
   * Deploys the Rollup (which creates its Bridge) from {@code outDir} with
   * {@code config}, and reads the deployment back from L1.
   */
  public RollupDeployment deployRollup(Path outDir, RollupConfig config) {
    Bytes args = encode(Abi.uint64(config.l2ChainId()), Abi.uint256(config.l2BaseFee()),
        Abi.address(config.feeRecipient()), Abi.uint64(config.challengeWindow()),
        Abi.uint64(config.forceInclusionDelay()), Abi.uint256(config.minBond()),
        Abi.address(config.sequencer()), Abi.uint64(config.inactivityPeriod()));
    L1Receipt receipt = deploy(ForgeArtifact.load(outDir, "Rollup"), args);
    return RollupDeployment.read(sender.l1(), receipt.contractAddress().orElseThrow(), receipt.blockNumber());
  }

  /** Deploys contracts/src/devnet/DevToken.sol; returns its address. */
  public Address deployDevToken(Path outDir, String name, String symbol) {
    Bytes args = encode(new Utf8String(name), new Utf8String(symbol));
    return deploy(ForgeArtifact.load(outDir, "DevToken"), args).contractAddress().orElseThrow();
  }

  @SuppressWarnings("rawtypes")
  private static Bytes encode(Type... args) {
    return Bytes.fromHex(FunctionEncoder.encodeConstructor(List.of(args)));
  }
}
