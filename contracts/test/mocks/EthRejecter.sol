// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A contract without receive or fallback: ETH sent to it bounces.
contract EthRejecter {}
