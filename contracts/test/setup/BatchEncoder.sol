// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Test-side encoder of the batch grammar of spec 5.1, written independently of
///         BatchLib so round trips compare two implementations.
library BatchEncoder {
    /// @notice One L2 block: its timestamp and its entries (an empty entry is a queue
    ///         reference, anything else a raw transaction; see `compact` for a compact one).
    struct Block {
        uint64 timestamp;
        bytes[] entries;
    }

    function encode(Block[] memory blocks) internal pure returns (bytes memory out) {
        out = abi.encodePacked(uint8(0x02), uint16(blocks.length));
        for (uint256 i = 0; i < blocks.length; i++) {
            out = bytes.concat(out, bytes8(blocks[i].timestamp), bytes2(uint16(blocks[i].entries.length)));
        }
        for (uint256 i = 0; i < blocks.length; i++) {
            for (uint256 j = 0; j < blocks[i].entries.length; j++) {
                out = bytes.concat(out, _frame(blocks[i].entries[j]));
            }
        }
    }

    /// @notice Marks `c` as compact transaction bytes (tag 0x02) for `encode` and `leaves`:
    ///         the marker is a 0xc0de prefix, which no test's raw transaction starts with.
    function compact(bytes memory c) internal pure returns (bytes memory) {
        return bytes.concat(hex"c0de", c);
    }

    /// @dev `0x00`, `0x01 || u16(len) || raw` or `0x02 || u8(len) || compact`.
    function _frame(bytes memory e) private pure returns (bytes memory) {
        if (e.length == 0) return hex"00";
        if (_isCompact(e)) {
            bytes memory c = _strip(e);
            require(c.length <= 0xff, "BatchEncoder: compact entry over u8");
            return bytes.concat(hex"02", bytes1(uint8(c.length)), c);
        }
        require(e.length <= 0xffff, "BatchEncoder: raw entry over u16");
        return bytes.concat(hex"01", bytes2(uint16(e.length)), e);
    }

    function _isCompact(bytes memory e) private pure returns (bool) {
        return e.length > 2 && e[0] == 0xc0 && e[1] == 0xde;
    }

    function _strip(bytes memory e) private pure returns (bytes memory c) {
        c = new bytes(e.length - 2);
        for (uint256 i = 2; i < e.length; i++) {
            c[i - 2] = e[i];
        }
    }

    /// @notice A one-block batch.
    function single(uint64 timestamp, bytes[] memory entries) internal pure returns (bytes memory) {
        Block[] memory blocks = new Block[](1);
        blocks[0] = Block(timestamp, entries);
        return encode(blocks);
    }

    /// @notice The leaves of spec 5.2 for the entries of `blocks`, queue references numbered
    ///         from `queueStart`.
    function leaves(Block[] memory blocks, uint64 queueStart) internal pure returns (bytes32[] memory out) {
        uint256 n;
        for (uint256 i = 0; i < blocks.length; i++) {
            n += blocks[i].entries.length;
        }
        out = new bytes32[](n);
        uint256 k;
        uint64 q = queueStart;
        for (uint256 i = 0; i < blocks.length; i++) {
            for (uint256 j = 0; j < blocks[i].entries.length; j++) {
                bytes memory e = blocks[i].entries[j];
                if (e.length == 0) out[k++] = keccak256(abi.encodePacked(bytes1(0x01), bytes8(q++)));
                else if (_isCompact(e)) out[k++] = keccak256(bytes.concat(bytes1(0x02), _strip(e)));
                else out[k++] = keccak256(bytes.concat(bytes1(0x00), e));
            }
        }
    }
}
