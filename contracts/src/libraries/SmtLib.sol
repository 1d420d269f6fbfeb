// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title SmtLib
/// @notice Keys, values and inclusion proofs of the compact sparse Merkle tree that holds
///         the L2 state (docs/protocol.md section 2).
/// @dev    Leaf kinds (2.1):
///           account         key H(0x01 || owner)            value u256(nonce << 192 | balance)
///           token balance   key H(0x02 || l1Token || owner) value u256(balance)
///           withdrawal      key H(0x03 || u256(index))      value H(l1Token || recipient || u256(amount))
///           withdrawal count key H(0x04)                    value u256(count)
///         A one-leaf subtree hashes to `H(0x00 || key || value)` (65 bytes) and an inner
///         node to `H(left || right)` (64 bytes), so the two can never be confused.
library SmtLib {
    /// @notice Longest possible proof: one sibling per key bit.
    uint256 internal constant MAX_DEPTH = 256;

    /// @notice Key of the account leaf of `owner`.
    function accountKey(address owner) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x01), owner));
    }

    /// @notice Value of an account leaf: nonce in the top 64 bits, balance in the low 192.
    function accountValue(uint64 nonce, uint192 balance) internal pure returns (bytes32) {
        return bytes32((uint256(nonce) << 192) | uint256(balance));
    }

    /// @notice Key of the leaf holding `owner`'s balance of the bridged L1 token `l1Token`.
    function tokenBalanceKey(address l1Token, address owner) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x02), l1Token, owner));
    }

    /// @notice Key of the withdrawal leaf number `index`.
    function withdrawalKey(uint256 index) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x03), index));
    }

    /// @notice Value of a withdrawal leaf (`l1Token` is the zero address for ETH).
    function withdrawalValue(address l1Token, address recipient, uint256 amount) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(l1Token, recipient, amount));
    }

    /// @notice Key of the leaf counting the withdrawals recorded so far.
    function withdrawalCountKey() internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x04)));
    }

    /// @notice Hash of a subtree holding exactly the leaf `(key, value)`.
    function leafHash(bytes32 key, bytes32 value) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x00), key, value));
    }

    /// @notice Bit `i` of `key`, most significant first (bit 0 chooses the root's child).
    function bit(bytes32 key, uint256 i) internal pure returns (uint256) {
        return (uint256(key) >> (255 - i)) & 1;
    }

    /// @notice Root implied by `(key, value)` and its top-down `siblings` (spec 2.3).
    /// @dev    Callers check `siblings.length <= MAX_DEPTH` (see `verify`).
    function rootFromProof(bytes32 key, bytes32 value, bytes32[] memory siblings) internal pure returns (bytes32 h) {
        h = leafHash(key, value);
        for (uint256 i = siblings.length; i > 0; i--) {
            bytes32 sibling = siblings[i - 1];
            h = bit(key, i - 1) == 0
                ? keccak256(abi.encodePacked(h, sibling))
                : keccak256(abi.encodePacked(sibling, h));
        }
    }

    /// @notice True iff `(key, value)` is in the tree with root `root`, proven by
    ///         `siblings` (top down, at most 256).
    function verify(bytes32 key, bytes32 value, bytes32[] memory siblings, bytes32 root) internal pure returns (bool) {
        if (siblings.length > MAX_DEPTH) return false;
        return rootFromProof(key, value, siblings) == root;
    }
}
