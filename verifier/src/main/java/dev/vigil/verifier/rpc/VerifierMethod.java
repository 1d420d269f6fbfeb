package dev.vigil.verifier.rpc;

/** The JSON-RPC methods the verifier's replica answers. */
public enum VerifierMethod {
  ETH_CHAIN_ID("eth_chainId"),
  NET_VERSION("net_version"),
  ETH_BLOCK_NUMBER("eth_blockNumber"),
  ETH_GET_BALANCE("eth_getBalance"),
  ETH_GET_TRANSACTION_COUNT("eth_getTransactionCount"),
  WEB3_CLIENT_VERSION("web3_clientVersion"),
  ROLLUP_STATUS("rollup_status"),
  ROLLUP_GET_TOKEN_BALANCE("rollup_getTokenBalance");

  private final String rpcName;

  VerifierMethod(String rpcName) {
    this.rpcName = rpcName;
  }

  public String rpcName() {
    return rpcName;
  }
}
