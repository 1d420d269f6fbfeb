// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MerkleLib} from "./MerkleLib.sol";

/// @title BatchLib
/// @notice Parses and checks the batch calldata of docs/protocol.md section 5.1 and
///         computes its entry leaves and entriesRoot (5.2).
/// @dev    Grammar (all integers big-endian):
///
///           batch  = u8(BATCH_VERSION) || u16(blockCount) || block{blockCount} || entry*
///           block  = u64(timestamp) || u16(entryCount)
///           entry  = 0x00                              the next L1 queue item
///                  | 0x01 || u16(len) || bytes{len}    a raw L2 transaction, len >= 1
///                  | 0x02 || u8(len) || bytes{len}     a compact L2 transaction, len >= 1
///
///         A batch is refused with `BadBatch(reason)`; the checks run in the order below
///         and the first failing one is reported. Codes 1-10 are the rules that need no L1
///         state, numbered and named as the Java `BatchFormatException.Reason` (ordinal + 1);
///         11-13 need the chain:
///
///           1  TOO_LARGE            batch.length > MAX_BATCH_DATA
///           2  TRUNCATED_HEADER     batch shorter than u8(version) || u16(blockCount)
///           3  BAD_VERSION          the first byte is not BATCH_VERSION
///           4  NO_BLOCKS            blockCount == 0
///           5  TRUNCATED_BLOCKS     batch ends inside the block headers
///           10 TIMESTAMP_DECREASES  a block timestamp is below the previous block's
///                                   (the first block is compared with the previous batch's
///                                   last block, timestamp 0 before the first batch)
///           11 TIMESTAMP_IN_FUTURE  a block timestamp is above the L1 block.timestamp
///                                   (checked block by block, together with code 10)
///           7  NO_ENTRIES           the blocks' entryCounts add up to n == 0
///           8  TOO_MANY_ENTRIES     n > MAX_BATCH_ENTRIES
///           6  TRUNCATED_ENTRY      batch ends inside an entry's length prefix or bytes
///           14 BAD_ENTRY            an entry's tag is not 0x00, 0x01 or 0x02, or a
///                                   transaction entry's len is 0 (checked with code 6,
///                                   entry by entry)
///           9  ENTRY_COUNT_MISMATCH batch ends before entry n-1, or bytes remain after it
///           12 ROOTS_MISMATCH       roots.length != n
///           13 QUEUE_ITEM_MISSING   a queue reference points past the end of the L1 queue
///
///         A batch breaking several rules may get another code here than from the Java
///         decoder, which reads entries before comparing counts. Transaction bytes are
///         never inspected: malformed raw bytes and compact bytes that do not expand are a
///         valid entry (the fraud path expands compact ones, spec 3.5).
library BatchLib {
    /// @notice The only batch version.
    uint8 internal constant BATCH_VERSION = 0x02;
    /// @notice Most entries in one batch.
    uint256 internal constant MAX_BATCH_ENTRIES = 1024;
    /// @notice Most bytes in the whole `batch` argument.
    uint256 internal constant MAX_BATCH_DATA = 131072;

    uint8 internal constant TOO_LARGE = 1;
    uint8 internal constant TRUNCATED_HEADER = 2;
    uint8 internal constant BAD_VERSION = 3;
    uint8 internal constant NO_BLOCKS = 4;
    uint8 internal constant TRUNCATED_BLOCKS = 5;
    uint8 internal constant TRUNCATED_ENTRY = 6;
    uint8 internal constant NO_ENTRIES = 7;
    uint8 internal constant TOO_MANY_ENTRIES = 8;
    uint8 internal constant ENTRY_COUNT_MISMATCH = 9;
    uint8 internal constant TIMESTAMP_DECREASES = 10;
    uint8 internal constant TIMESTAMP_IN_FUTURE = 11;
    uint8 internal constant ROOTS_MISMATCH = 12;
    uint8 internal constant QUEUE_ITEM_MISSING = 13;
    uint8 internal constant BAD_ENTRY = 14;

    /// @notice The batch breaks a rule of spec 5.1; `reason` is one of the codes above.
    error BadBatch(uint8 reason);

    /// @notice What the checks need from the chain.
    /// @param queueStart    the rollup's queueConsumed: index of the first queue reference
    /// @param queueLength   number of items in the bridge's queue
    /// @param prevTimestamp timestamp of the previous batch's last block (0 before the first)
    /// @param l1Timestamp   the L1 block.timestamp
    struct Context {
        uint64 queueStart;
        uint64 queueLength;
        uint64 prevTimestamp;
        uint64 l1Timestamp;
    }

    /// @notice The parsed batch.
    /// @param leaves        entry leaves in calldata order (5.2)
    /// @param entriesRoot   merkleRoot(leaves)
    /// @param queueEnd      first queue index not consumed by the batch
    /// @param lastTimestamp timestamp of the batch's last block
    /// @param blockCount    number of L2 blocks
    struct Summary {
        bytes32[] leaves;
        bytes32 entriesRoot;
        uint64 queueEnd;
        uint64 lastTimestamp;
        uint16 blockCount;
    }

    /// @notice Checks `batch` against `ctx` and a root count, and summarises it.
    /// @dev    Reverts `BadBatch(reason)`, see the library's documentation.
    function parse(bytes calldata batch, uint256 rootCount, Context memory ctx)
        internal
        pure
        returns (Summary memory s)
    {
        if (batch.length > MAX_BATCH_DATA) revert BadBatch(TOO_LARGE);
        if (batch.length < 3) revert BadBatch(TRUNCATED_HEADER);
        if (uint8(batch[0]) != BATCH_VERSION) revert BadBatch(BAD_VERSION);
        (uint256 entriesStart, uint256 n) = _readBlocks(batch, ctx, s);
        if (n == 0) revert BadBatch(NO_ENTRIES);
        if (n > MAX_BATCH_ENTRIES) revert BadBatch(TOO_MANY_ENTRIES);
        (s.leaves, s.queueEnd) = _readEntries(batch, entriesStart, n, ctx.queueStart);
        if (rootCount != n) revert BadBatch(ROOTS_MISMATCH);
        if (s.queueEnd > ctx.queueLength) revert BadBatch(QUEUE_ITEM_MISSING);
        s.entriesRoot = MerkleLib.root(s.leaves);
    }

    /// @notice Leaf of a raw transaction entry: `H(0x00 || txBytes)`.
    function txLeaf(bytes calldata txBytes) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x00), txBytes));
    }

    /// @notice Leaf of a compact transaction entry: `H(0x02 || compactBytes)`.
    function compactLeaf(bytes calldata compactBytes) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x02), compactBytes));
    }

    /// @notice Leaf of a queue reference: `H(0x01 || u64(queueIndex))`.
    function queueLeaf(uint64 queueIndex) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x01), queueIndex));
    }

    /// @dev Reads u16(blockCount) and the block headers, checking timestamps; returns where
    ///      the entries start and the total entry count. Fills `s.blockCount` and
    ///      `s.lastTimestamp`.
    function _readBlocks(bytes calldata batch, Context memory ctx, Summary memory s)
        private
        pure
        returns (uint256 entriesStart, uint256 n)
    {
        uint16 blockCount = uint16(bytes2(batch[1:3]));
        if (blockCount == 0) revert BadBatch(NO_BLOCKS);
        entriesStart = 3 + 10 * uint256(blockCount);
        if (batch.length < entriesStart) revert BadBatch(TRUNCATED_BLOCKS);
        uint64 previous = ctx.prevTimestamp;
        // p < 3 + 10 * 65536 and n <= 65535 * 65535: no overflow (slices stay bounds-checked).
        unchecked {
            for (uint256 p = 3; p < entriesStart; p += 10) {
                uint64 timestamp = uint64(bytes8(batch[p:p + 8]));
                if (timestamp < previous) revert BadBatch(TIMESTAMP_DECREASES);
                if (timestamp > ctx.l1Timestamp) revert BadBatch(TIMESTAMP_IN_FUTURE);
                n += uint16(bytes2(batch[p + 8:p + 10]));
                previous = timestamp;
            }
        }
        s.blockCount = blockCount;
        s.lastTimestamp = previous;
    }

    /// @dev Reads exactly `n` entries from `start` to the end of `batch`; queue references
    ///      take consecutive indices from `queueStart`.
    function _readEntries(bytes calldata batch, uint256 start, uint256 n, uint64 queueStart)
        private
        pure
        returns (bytes32[] memory leaves, uint64 queueEnd)
    {
        leaves = new bytes32[](n);
        uint256 p = start;
        uint64 refs;
        // p <= batch.length <= MAX_BATCH_DATA (checked first) and len < 2^16, so p + 3 + len
        // and refs <= n cannot overflow; slices and array accesses stay bounds-checked.
        unchecked {
            for (uint256 i = 0; i < n; i++) {
                // Data ending exactly at an entry boundary means the blocks announce too many.
                if (batch.length == p) revert BadBatch(ENTRY_COUNT_MISMATCH);
                uint8 tag = uint8(batch[p]);
                if (tag == 0x00) {
                    leaves[i] = queueLeaf(queueStart + refs);
                    refs++;
                    p += 1;
                } else if (tag == 0x01) {
                    if (batch.length < p + 3) revert BadBatch(TRUNCATED_ENTRY);
                    uint256 len = uint16(bytes2(batch[p + 1:p + 3]));
                    p += 3;
                    if (len == 0) revert BadBatch(BAD_ENTRY);
                    if (batch.length < p + len) revert BadBatch(TRUNCATED_ENTRY);
                    leaves[i] = txLeaf(batch[p:p + len]);
                    p += len;
                } else if (tag == 0x02) {
                    if (batch.length < p + 2) revert BadBatch(TRUNCATED_ENTRY);
                    uint256 len = uint8(batch[p + 1]);
                    p += 2;
                    if (len == 0) revert BadBatch(BAD_ENTRY);
                    if (batch.length < p + len) revert BadBatch(TRUNCATED_ENTRY);
                    leaves[i] = compactLeaf(batch[p:p + len]);
                    p += len;
                } else {
                    revert BadBatch(BAD_ENTRY);
                }
            }
        }
        queueEnd = queueStart + refs;
        if (p != batch.length) revert BadBatch(ENTRY_COUNT_MISMATCH);
    }
}
