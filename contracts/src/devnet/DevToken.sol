// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title DevToken
/// @notice A minimal ERC-20 for the devnet and the end-to-end tests: anyone may mint.
contract DevToken {
    /// @notice Token name.
    string public name;
    /// @notice Token symbol.
    string public symbol;
    /// @notice Decimals (always 18).
    uint8 public constant decimals = 18;
    /// @notice Total minted.
    uint256 public totalSupply;
    /// @notice Balance of each holder.
    mapping(address owner => uint256) public balanceOf;
    /// @notice Allowance of `spender` over `owner`'s tokens.
    mapping(address owner => mapping(address spender => uint256)) public allowance;

    /// @notice ERC-20 transfer (mints come from the zero address).
    event Transfer(address indexed from, address indexed to, uint256 value);
    /// @notice ERC-20 approval.
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @notice `from` holds `balance`, less than `needed`.
    error InsufficientBalance(address from, uint256 balance, uint256 needed);
    /// @notice `spender` may move `allowed`, less than `needed`.
    error InsufficientAllowance(address spender, uint256 allowed, uint256 needed);

    /// @notice Creates the token with no supply.
    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
    }

    /// @notice Mints `amount` to `to`; open to anyone (devnet only).
    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    /// @notice Moves `amount` from the caller to `to`.
    function transfer(address to, uint256 amount) external returns (bool) {
        _move(msg.sender, to, amount);
        return true;
    }

    /// @notice Lets `spender` move up to `amount` of the caller's tokens.
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    /// @notice Moves `amount` from `from` to `to` within the caller's allowance
    ///         (an allowance of 2^256 - 1 is never decreased).
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < amount) revert InsufficientAllowance(msg.sender, allowed, amount);
            allowance[from][msg.sender] = allowed - amount;
        }
        _move(from, to, amount);
        return true;
    }

    function _move(address from, address to, uint256 amount) private {
        uint256 balance = balanceOf[from];
        if (balance < amount) revert InsufficientBalance(from, balance, amount);
        balanceOf[from] = balance - amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}
