// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Test-side encoder of the batch grammar of spec 5.1, written independently of
///         BatchLib so round trips compare two implementations.
library BatchEncoder {
    /// @notice One L2 block: its timestamp and its entries (an empty entry is a queue
    ///         reference, anything else a raw transaction).
    struct Block {
        uint64 timestamp;
        bytes[] entries;
    }

    function encode(Block[] memory blocks) internal pure returns (bytes memory out) {
        out = abi.encodePacked(uint8(0x01), uint16(blocks.length));
        for (uint256 i = 0; i < blocks.length; i++) {
            out = bytes.concat(out, bytes8(blocks[i].timestamp), bytes2(uint16(blocks[i].entries.length)));
        }
        for (uint256 i = 0; i < blocks.length; i++) {
            for (uint256 j = 0; j < blocks[i].entries.length; j++) {
                bytes memory e = blocks[i].entries[j];
                out = bytes.concat(out, bytes3(uint24(e.length)), e);
            }
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
                out[k++] = e.length == 0
                    ? keccak256(abi.encodePacked(bytes1(0x01), bytes8(q++)))
                    : keccak256(bytes.concat(bytes1(0x00), e));
            }
        }
    }
}
