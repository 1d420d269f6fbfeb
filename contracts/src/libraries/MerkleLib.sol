// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title MerkleLib
/// @notice The binary Merkle tree of docs/protocol.md section 5.2, used for a batch's
///         entriesRoot and rootsRoot.
/// @dev    `merkleRoot` of `m >= 1` leaves pads them with `b32(0)` to the next power of
///         two `2^k` and hashes pairs `H(left || right)` level by level; with `m == 1` the
///         root is the leaf itself. A path for leaf `j` is its `k` siblings, bottom up.
library MerkleLib {
    /// @notice Thrown when a root is asked for zero leaves (the protocol has no empty tree).
    error EmptyTree();

    /// @notice Hash of an inner node: `H(left || right)`.
    function hashPair(bytes32 left, bytes32 right) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(left, right));
    }

    /// @notice The root over `leaves` (not modified).
    /// @dev    Instead of materialising the zero padding, a missing right child at level
    ///         `L` is the root of an all-zero subtree of height `L` (`z_0 = 0`,
    ///         `z_{L+1} = H(z_L || z_L)`): the same value the padded tree would hash.
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 width = leaves.length;
        if (width == 0) revert EmptyTree();
        if (width == 1) return leaves[0];
        bytes32[] memory level = new bytes32[]((width + 1) / 2);
        _reduce(leaves, level, width, bytes32(0));
        width = (width + 1) / 2;
        bytes32 zero = hashPair(bytes32(0), bytes32(0));
        while (width > 1) {
            // In place: node i is written after its children 2i and 2i+1 were read.
            _reduce(level, level, width, zero);
            width = (width + 1) / 2;
            zero = hashPair(zero, zero);
        }
        return level[0];
    }

    /// @notice Number of siblings `k` in a path of a tree over `count` leaves.
    function depth(uint256 count) internal pure returns (uint256 k) {
        while ((uint256(1) << k) < count) {
            k++;
        }
    }

    /// @notice Root reached from `leaf` at position `index` along `path` (siblings,
    ///         bottom up). Bits of `index` above the path's height are ignored: callers
    ///         check `index` against the leaf count and `path.length` against `depth`.
    function rootFromPath(bytes32 leaf, uint256 index, bytes32[] memory path) internal pure returns (bytes32 h) {
        h = leaf;
        for (uint256 i = 0; i < path.length; i++) {
            h = (index >> i) & 1 == 0 ? hashPair(h, path[i]) : hashPair(path[i], h);
        }
    }

    /// @notice True iff `leaf` is leaf number `index` of a tree of `count` leaves with root
    ///         `expectedRoot`, proven by `path` (exactly `depth(count)` siblings, bottom up).
    function verify(bytes32 leaf, uint256 index, uint256 count, bytes32[] memory path, bytes32 expectedRoot)
        internal
        pure
        returns (bool)
    {
        if (index >= count || path.length != depth(count)) return false;
        return rootFromPath(leaf, index, path) == expectedRoot;
    }

    /// @dev Writes the parents of `src[0..width)` into `dst`; an odd last node pairs with
    ///      `zero`, the all-zero subtree of its level.
    function _reduce(bytes32[] memory src, bytes32[] memory dst, uint256 width, bytes32 zero) private pure {
        uint256 pairs = width / 2;
        // 2 * i + 1 < width <= src.length: no overflow (array accesses stay bounds-checked).
        unchecked {
            for (uint256 i = 0; i < pairs; i++) {
                dst[i] = hashPair(src[2 * i], src[2 * i + 1]);
            }
            if (width % 2 == 1) dst[pairs] = hashPair(src[width - 1], zero);
        }
    }
}
