package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.ContractDeployer;
import dev.vigil.node.l1.Erc20;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupDeployment;
import dev.vigil.node.l1.TxManager;
import dev.vigil.node.l1.TxManagerConfig;
import dev.vigil.node.l1.TxRequest;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the devnet does on L1 before the sequencer starts: deploys the Rollup (which
 * creates its Bridge) with the devnet parameters of spec section 1 and a DevToken, bonds the
 * sequencer, and queues real bridge deposits of ETH and DevToken for every user account. All of
 * it is sent from the deployer key, which is also the sequencer's: doing it before the
 * sequencer runs keeps the two processes from racing for the key's nonces.
 */
final class L1Setup {
  static final String TOKEN_NAME = "Vigil Dev Token";
  static final String TOKEN_SYMBOL = "DVT";
  static final long INACTIVITY_PERIOD_S = 300;
  /** DevToken each user also holds on L1, to try deposits by hand. */
  static final BigInteger L1_WALLET_TOKENS = DevnetOptions.ETHER.multiply(BigInteger.valueOf(1000));
  /** On an L1 that did not fund the dev accounts (Geth --dev), the deployer gives them gas money. */
  static final BigInteger L1_GAS_MONEY = DevnetOptions.ETHER.multiply(BigInteger.TEN);

  private final L1Client l1;
  private final DevnetOptions options;
  private final Path artifacts;
  private final TxManager deployer;
  /**
   * The defaults, but receipts polled every 10 ms: setup sends about 25 transactions one after
   * the other to an L1 that mines each at once (Anvil's automine), so the default 100 ms poll
   * was most of each transaction's time.
   */
  static final TxManagerConfig SETUP_TX = new TxManagerConfig(Duration.ofSeconds(15),
      Duration.ofMillis(10), 5, 15, 20, 5, Duration.ofMillis(500));

  L1Setup(L1Client l1, DevnetOptions options, Path artifacts) {
    this.l1 = l1;
    this.options = options;
    this.artifacts = artifacts;
    this.deployer = new TxManager(l1, options.l1Key(), SETUP_TX);
  }

  /** The sequencer is the deployer: L1 poster, fee recipient and bond holder. */
  Address sequencer() {
    return deployer.address();
  }

  RollupConfig config() {
    Address seq = sequencer();
    return new RollupConfig(RollupConfig.DEVNET_CHAIN_ID, RollupConfig.GWEI, seq,
        options.windowSeconds(), options.forceDelaySeconds(), RollupConfig.ETHER, seq,
        INACTIVITY_PERIOD_S);
  }

  Deployment deployAndFund() {
    ContractDeployer contracts = new ContractDeployer(deployer);
    RollupDeployment rollup = contracts.deployRollup(artifacts, config());
    Address token = contracts.deployDevToken(artifacts, TOKEN_NAME, TOKEN_SYMBOL);
    new RollupContract(l1, rollup.rollup()).bond(deployer, rollup.config().minBond());
    Deployment d = new Deployment(rollup.rollup(), rollup.bridge(), token);
    fund(d, DevAccount.users());
    return d;
  }

  private void fund(Deployment d, List<DevAccount> users) {
    Erc20 token = new Erc20(l1, d.token());
    BridgeContract bridge = new BridgeContract(l1, d.bridge());
    BigInteger total = options.tokensPerAccount().multiply(BigInteger.valueOf(users.size()));
    token.mint(deployer, deployer.address(), total);
    token.approve(deployer, d.bridge(), total);
    for (DevAccount u : users) {
      if (l1.balance(u.address()).compareTo(DevnetOptions.ETHER) < 0) {
        deployer.send(TxRequest.transfer(u.address(), L1_GAS_MONEY));
      }
      token.mint(deployer, u.address(), L1_WALLET_TOKENS);
      bridge.depositEth(deployer, u.address(), options.ethPerAccount());
      bridge.depositToken(deployer, d.token(), u.address(), options.tokensPerAccount());
    }
  }
}
