// ethers v6 against Vigil's L2, run by devnet's EthersClientE2eTest.
// Env: L2_URL, CHAIN_ID, PRIVATE_KEY, TOKEN. Prints one JSON object with what it saw.
import { ethers } from "ethers";

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
};

const chainId = BigInt(env("CHAIN_ID"));
// cacheTimeout -1: ethers otherwise answers a repeated request (the pending nonce) from a
// 250 ms cache, which hands out a used nonce when transactions follow each other quickly.
const provider = new ethers.JsonRpcProvider(env("L2_URL"), chainId,
  { staticNetwork: true, cacheTimeout: -1 });
provider.pollingInterval = 100;
const wallet = new ethers.Wallet(env("PRIVATE_KEY"), provider);
const to = ethers.Wallet.createRandom().address;
const erc20 = new ethers.Contract(env("TOKEN"), [
  "function balanceOf(address) view returns (uint256)",
  "function decimals() view returns (uint8)",
  "function symbol() view returns (string)",
  "function transfer(address to, uint256 amount) returns (bool)",
  "event Transfer(address indexed from, address indexed to, uint256 value)"], wallet);

const receiptOf = async (tx) => {
  const r = await tx.wait(1, 30000);
  return { hash: r.hash, status: r.status, type: tx.type, nonce: tx.nonce, blockNumber: r.blockNumber,
    logs: r.logs.length };
};

const out = {};
out.chainId = (await provider.getNetwork()).chainId.toString();
out.rpcChainId = BigInt(await provider.send("eth_chainId", [])).toString();
out.address = wallet.address;
out.balance = (await provider.getBalance(wallet.address)).toString();
out.nonce = await provider.getTransactionCount(wallet.address, "pending");
out.legacy = await receiptOf(await wallet.sendTransaction(
  { type: 0, to, value: 1000n, gasPrice: ethers.parseUnits("1", "gwei") }));
out.eip1559 = await receiptOf(await wallet.sendTransaction(
  { type: 2, to, value: 2000n, maxFeePerGas: ethers.parseUnits("2", "gwei"), maxPriorityFeePerGas: 1n }));
out.recipientBalance = (await provider.getBalance(to)).toString();
out.tokenBalance = (await erc20.balanceOf(wallet.address)).toString();
out.tokenTransfer = await receiptOf(await erc20.transfer(to, 7n,
  { type: 0, gasPrice: ethers.parseUnits("1", "gwei") }));
out.recipientTokenBalance = (await erc20.balanceOf(to)).toString();
out.decimals = Number(await erc20.decimals());
out.symbol = await erc20.symbol();
const logs = await erc20.queryFilter(erc20.filters.Transfer(wallet.address, to),
  out.tokenTransfer.blockNumber, out.tokenTransfer.blockNumber);
out.transferLogs = logs.map((l) => ({ tx: l.transactionHash, from: l.args.from, to: l.args.to,
  value: l.args.value.toString() }));
out.nonceAfter = await provider.getTransactionCount(wallet.address, "latest");
console.log(JSON.stringify(out));
provider.destroy();
