package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import java.math.BigInteger;

/** A dev account and the L2 balances the devnet saw for it once funding arrived. */
public record FundedAccount(DevAccount account, BigInteger l2Eth, BigInteger l2Token) {
  public FundedAccount {
    if (l2Eth.signum() < 0 || l2Token.signum() < 0) {
      throw new IllegalArgumentException("negative balance");
    }
  }
}
