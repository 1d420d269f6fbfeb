// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Plain, slow reference implementations of the spec's trees, used to check the
///         libraries (they follow the spec's wording, not the libraries' shortcuts).
library Reference {
    /// @notice merkleRoot of spec 5.2: pad with b32(0) to a power of two, hash level by level.
    function merkleRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 size = 1;
        while (size < leaves.length) size *= 2;
        bytes32[] memory level = new bytes32[](size);
        for (uint256 i = 0; i < leaves.length; i++) level[i] = leaves[i];
        while (size > 1) {
            bytes32[] memory up = new bytes32[](size / 2);
            for (uint256 i = 0; i < size / 2; i++) {
                up[i] = keccak256(bytes.concat(level[2 * i], level[2 * i + 1]));
            }
            level = up;
            size /= 2;
        }
        return level[0];
    }

    /// @notice Merkle path (bottom up) of leaf `index` in the padded tree.
    function merklePath(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory path) {
        uint256 size = 1;
        uint256 k;
        while (size < leaves.length) {
            size *= 2;
            k++;
        }
        path = new bytes32[](k);
        bytes32[] memory level = new bytes32[](size);
        for (uint256 i = 0; i < leaves.length; i++) level[i] = leaves[i];
        for (uint256 d = 0; d < k; d++) {
            path[d] = level[index ^ 1];
            bytes32[] memory up = new bytes32[](size / 2);
            for (uint256 i = 0; i < size / 2; i++) {
                up[i] = keccak256(bytes.concat(level[2 * i], level[2 * i + 1]));
            }
            level = up;
            size /= 2;
            index /= 2;
        }
    }

    function smtLeafHash(bytes32 key, bytes32 value) internal pure returns (bytes32) {
        return keccak256(bytes.concat(bytes1(0x00), key, value));
    }

    function bitOf(bytes32 key, uint256 depth) internal pure returns (bool) {
        return uint8(key[depth / 8]) & (uint8(0x80) >> (depth % 8)) != 0;
    }

    /// @notice Root of the compact SMT (spec 2.2) holding `keys`/`values` (distinct keys).
    function smtRoot(bytes32[] memory keys, bytes32[] memory values) internal pure returns (bytes32) {
        return _subtree(keys, values, _all(keys.length), 0);
    }

    /// @notice Top-down siblings of `keys[which]` (spec 2.3).
    function smtProof(bytes32[] memory keys, bytes32[] memory values, uint256 which)
        internal
        pure
        returns (bytes32[] memory siblings)
    {
        bytes32[] memory acc = new bytes32[](256);
        uint256 d;
        uint256[] memory members = _all(keys.length);
        while (members.length > 1) {
            (uint256[] memory zeros, uint256[] memory ones) = _split(keys, members, d);
            bool right = bitOf(keys[which], d);
            acc[d] = right ? _subtree(keys, values, zeros, d + 1) : _subtree(keys, values, ones, d + 1);
            members = right ? ones : zeros;
            d++;
        }
        siblings = new bytes32[](d);
        for (uint256 i = 0; i < d; i++) siblings[i] = acc[i];
    }

    /// @dev Iterates down chains where every member takes the same side (up to 256 deep), so
    ///      recursion happens only at real branchings.
    function _subtree(bytes32[] memory keys, bytes32[] memory values, uint256[] memory members, uint256 depth)
        private
        pure
        returns (bytes32 h)
    {
        if (members.length == 0) return bytes32(0);
        if (members.length == 1) return smtLeafHash(keys[members[0]], values[members[0]]);
        bool[] memory wentRight = new bool[](256);
        uint256 d = depth;
        uint256[] memory zeros;
        uint256[] memory ones;
        while (true) {
            (zeros, ones) = _split(keys, members, d);
            if (zeros.length > 0 && ones.length > 0) break;
            wentRight[d] = ones.length > 0;
            d++;
        }
        h = keccak256(bytes.concat(_subtree(keys, values, zeros, d + 1), _subtree(keys, values, ones, d + 1)));
        for (uint256 i = d; i > depth; i--) {
            h = wentRight[i - 1] ? keccak256(bytes.concat(bytes32(0), h)) : keccak256(bytes.concat(h, bytes32(0)));
        }
    }

    function _split(bytes32[] memory keys, uint256[] memory members, uint256 depth)
        private
        pure
        returns (uint256[] memory zeros, uint256[] memory ones)
    {
        uint256 z;
        for (uint256 i = 0; i < members.length; i++) {
            if (!bitOf(keys[members[i]], depth)) z++;
        }
        zeros = new uint256[](z);
        ones = new uint256[](members.length - z);
        uint256 a;
        uint256 b;
        for (uint256 i = 0; i < members.length; i++) {
            if (bitOf(keys[members[i]], depth)) ones[b++] = members[i];
            else zeros[a++] = members[i];
        }
    }

    function _all(uint256 n) private pure returns (uint256[] memory out) {
        out = new uint256[](n);
        for (uint256 i = 0; i < n; i++) out[i] = i;
    }
}
