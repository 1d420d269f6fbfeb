package dev.vigil.devnet.e2e;

import java.util.List;

/**
 * The methods docs/rpc.md documents, each of which needs at least one golden file: a new
 * method gets its golden file and its line here in the same change.
 */
final class GoldenMethods {
  static final List<String> SEQUENCER = List.of(
      "web3_clientVersion", "net_version", "eth_chainId", "eth_blockNumber", "eth_gasPrice",
      "eth_maxPriorityFeePerGas", "eth_getBalance", "eth_getTransactionCount", "eth_call",
      "eth_estimateGas", "eth_sendRawTransaction", "eth_getTransactionByHash",
      "eth_getTransactionReceipt", "eth_getBlockByNumber", "eth_getBlockByHash",
      "eth_getBlockTransactionCountByNumber", "eth_getBlockTransactionCountByHash", "eth_syncing",
      "eth_accounts", "eth_getCode", "eth_feeHistory", "eth_getLogs", "eth_newFilter",
      "eth_newBlockFilter", "eth_getFilterChanges", "eth_getFilterLogs", "eth_uninstallFilter",
      "eth_subscribe", "eth_unsubscribe",
      "rollup_status", "rollup_getBatch", "rollup_getWithdrawalProof", "rollup_getTokenBalance");

  static final List<String> VERIFIER = List.of(
      "web3_clientVersion", "net_version", "eth_chainId", "eth_blockNumber", "eth_getBalance",
      "eth_getTransactionCount", "rollup_status", "rollup_getTokenBalance");

  private GoldenMethods() {}
}
