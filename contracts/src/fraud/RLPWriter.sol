// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title RLPWriter
/// @notice Canonical RLP encoding of the two shapes the fraud path re-encodes (docs/protocol.md
///         3.1): unsigned integers and list headers. The decoder rebuilds signing payloads
///         with it; the compact expansion (3.5) rebuilds whole signed transactions.
library RLPWriter {
    /// @dev The canonical RLP of an unsigned integer: no leading zero bytes, 0 as the empty string.
    function encodeUint(uint256 v) internal pure returns (bytes memory) {
        if (v == 0) return hex"80";
        if (v < 0x80) return abi.encodePacked(uint8(v));
        bytes memory be = bigEndian(v);
        return abi.encodePacked(uint8(0x80 + be.length), be);
    }

    /// @dev The canonical header of a list whose payload is `len` bytes.
    function listHeader(uint256 len) internal pure returns (bytes memory) {
        if (len < 56) return abi.encodePacked(uint8(0xc0 + len));
        bytes memory be = bigEndian(len);
        return abi.encodePacked(uint8(0xf7 + be.length), be);
    }

    /// @dev `v > 0` big-endian without leading zero bytes.
    function bigEndian(uint256 v) internal pure returns (bytes memory out) {
        uint256 n = 0;
        for (uint256 x = v; x != 0; x >>= 8) {
            n++;
        }
        out = new bytes(n);
        for (uint256 i = n; i > 0; i--) {
            out[i - 1] = bytes1(uint8(v));
            v >>= 8;
        }
    }
}
