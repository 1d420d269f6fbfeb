package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.List;

/** Minimal ERC-20 binding, with the {@code mint} of contracts/src/devnet/DevToken.sol. */
public final class Erc20 {
  /** DevToken's errors. */
  public static final List<String> ERRORS = List.of(
      "InsufficientBalance(address,uint256,uint256)", "InsufficientAllowance(address,uint256,uint256)");

  private final ContractView view;

  public Erc20(L1Client l1, Address address) {
    this.view = new ContractView(l1, address);
  }

  public Address address() {
    return view.address();
  }

  public BigInteger balanceOf(Address owner) {
    return view.uint("balanceOf", Abi.address(owner));
  }

  public BigInteger allowance(Address owner, Address spender) {
    return view.uint("allowance", Abi.address(owner), Abi.address(spender));
  }

  public BigInteger totalSupply() {
    return view.uint("totalSupply");
  }

  public L1Receipt approve(TxManager sender, Address spender, BigInteger amount) {
    return view.send(sender, BigInteger.ZERO, "approve", Abi.address(spender), Abi.uint256(amount));
  }

  public L1Receipt transfer(TxManager sender, Address to, BigInteger amount) {
    return view.send(sender, BigInteger.ZERO, "transfer", Abi.address(to), Abi.uint256(amount));
  }

  /** DevToken only: anyone may mint on the devnet. */
  public L1Receipt mint(TxManager sender, Address to, BigInteger amount) {
    return view.send(sender, BigInteger.ZERO, "mint", Abi.address(to), Abi.uint256(amount));
  }
}
