package dev.vigil.sequencer.rpc;

/** The JSON-RPC methods the sequencer answers (the sequencer part of the process interface). */
public enum RpcMethod {
  WEB3_CLIENT_VERSION("web3_clientVersion"),
  NET_VERSION("net_version"),
  ETH_CHAIN_ID("eth_chainId"),
  ETH_BLOCK_NUMBER("eth_blockNumber"),
  ETH_GAS_PRICE("eth_gasPrice"),
  ETH_MAX_PRIORITY_FEE_PER_GAS("eth_maxPriorityFeePerGas"),
  ETH_GET_BALANCE("eth_getBalance"),
  ETH_GET_TRANSACTION_COUNT("eth_getTransactionCount"),
  ETH_CALL("eth_call"),
  ETH_ESTIMATE_GAS("eth_estimateGas"),
  ETH_SEND_RAW_TRANSACTION("eth_sendRawTransaction"),
  ETH_GET_TRANSACTION_BY_HASH("eth_getTransactionByHash"),
  ETH_GET_TRANSACTION_RECEIPT("eth_getTransactionReceipt"),
  ETH_GET_BLOCK_BY_NUMBER("eth_getBlockByNumber"),
  ETH_GET_BLOCK_BY_HASH("eth_getBlockByHash"),
  ETH_GET_BLOCK_TRANSACTION_COUNT_BY_NUMBER("eth_getBlockTransactionCountByNumber"),
  ETH_GET_BLOCK_TRANSACTION_COUNT_BY_HASH("eth_getBlockTransactionCountByHash"),
  ETH_SYNCING("eth_syncing"),
  ETH_ACCOUNTS("eth_accounts"),
  ETH_GET_CODE("eth_getCode"),
  ETH_FEE_HISTORY("eth_feeHistory"),
  ETH_GET_LOGS("eth_getLogs"),
  ETH_NEW_FILTER("eth_newFilter"),
  ETH_NEW_BLOCK_FILTER("eth_newBlockFilter"),
  ETH_GET_FILTER_CHANGES("eth_getFilterChanges"),
  ETH_GET_FILTER_LOGS("eth_getFilterLogs"),
  ETH_UNINSTALL_FILTER("eth_uninstallFilter"),
  ETH_SUBSCRIBE("eth_subscribe"),
  ETH_UNSUBSCRIBE("eth_unsubscribe"),
  ROLLUP_STATUS("rollup_status"),
  ROLLUP_GET_BATCH("rollup_getBatch"),
  ROLLUP_GET_WITHDRAWAL_PROOF("rollup_getWithdrawalProof"),
  ROLLUP_GET_TOKEN_BALANCE("rollup_getTokenBalance");

  private final String id;

  RpcMethod(String id) {
    this.id = id;
  }

  /** The name on the wire. */
  public String id() {
    return id;
  }
}
