// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title RLPReader
/// @notice Strict RLP reading over a `bytes memory` buffer (docs/protocol.md 3.1), for
///         the fraud verifier's transaction decoder. Every function reports bad input
///         with `ok == false` and never reverts: malformed transaction bytes are a valid
///         batch entry (a no-op), so decoding them must not stop a fraud proof.
/// @dev    Canonical form, as the Java `Rlp` decoder: a single byte below 0x80 is never
///         wrapped (`0x81 0x00..0x7f`), a length below 56 never uses the long form, a
///         long-form length has no leading zero byte, and every item fits in its parent.
///         Positions are absolute offsets into the buffer's payload.
library RLPReader {
    /// @notice An item's header at `pos`; the item must end by `limit`.
    /// @return ok     false when the header is truncated, non-canonical or overruns `limit`
    /// @return isList whether the item is a list
    /// @return start  where its payload starts
    /// @return end    where its payload (and the item) ends
    function header(bytes memory b, uint256 pos, uint256 limit)
        internal
        pure
        returns (bool ok, bool isList, uint256 start, uint256 end)
    {
        if (pos >= limit || limit > b.length) return (false, false, 0, 0);
        uint256 first = uint8(b[pos]);
        if (first < 0x80) return (true, false, pos, pos + 1);
        isList = first >= 0xc0;
        uint256 small = first - (isList ? 0xc0 : 0x80);
        if (small <= 55) {
            start = pos + 1;
            if (small > limit - start) return (false, false, 0, 0);
            if (!isList && small == 1 && uint8(b[start]) < 0x80) return (false, false, 0, 0);
            return (true, isList, start, start + small);
        }
        uint256 lenOfLen = small - 55;
        if (lenOfLen > limit - pos - 1) return (false, false, 0, 0);
        if (b[pos + 1] == 0) return (false, false, 0, 0);
        start = pos + 1 + lenOfLen;
        uint256 len = 0;
        for (uint256 i = pos + 1; i < start; i++) {
            len = (len << 8) | uint8(b[i]);
            if (len > limit - start) return (false, false, 0, 0);
        }
        if (len <= 55) return (false, false, 0, 0);
        return (true, isList, start, start + len);
    }

    /// @notice True iff `[start, end)` is a sequence of strictly canonical items, nested
    ///         lists included (an access list's contents are not used, but must be RLP).
    /// @dev    Iterative, with an explicit stack of open lists' ends, so any nesting depth
    ///         the input can hold is handled without recursion.
    function validSequence(bytes memory b, uint256 start, uint256 end) internal pure returns (bool valid) {
        uint256[] memory ends = new uint256[](8);
        uint256 depth = 0;
        uint256 pos = start;
        uint256 limit = end;
        while (true) {
            while (pos == limit) {
                if (depth == 0) return true;
                depth--;
                limit = depth == 0 ? end : ends[depth - 1];
            }
            (bool ok, bool isList, uint256 s, uint256 e) = header(b, pos, limit);
            if (!ok) return false;
            if (isList) {
                if (depth == ends.length) ends = _grow(ends);
                ends[depth++] = e;
                limit = e;
                pos = s;
            } else {
                pos = e;
            }
        }
    }

    /// @notice The canonical unsigned integer held by the string `[start, end)`: at most
    ///         `maxBytes` bytes, big-endian, no leading zero byte (zero is the empty string).
    function toUint(bytes memory b, uint256 start, uint256 end, uint256 maxBytes)
        internal
        pure
        returns (bool ok, uint256 value)
    {
        uint256 len = end - start;
        if (len > maxBytes || len > 32) return (false, 0);
        if (len == 0) return (true, 0);
        if (b[start] == 0) return (false, 0);
        for (uint256 i = start; i < end; i++) {
            value = (value << 8) | uint8(b[i]);
        }
        return (true, value);
    }

    /// @dev Doubles the capacity of the open-lists stack, keeping its contents.
    function _grow(uint256[] memory a) private pure returns (uint256[] memory bigger) {
        bigger = new uint256[](a.length * 2);
        for (uint256 i = 0; i < a.length; i++) {
            bigger[i] = a[i];
        }
    }
}
