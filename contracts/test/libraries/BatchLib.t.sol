// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {BatchLib} from "../../src/libraries/BatchLib.sol";
import {BatchEncoder} from "../setup/BatchEncoder.sol";
import {BatchLibHarness} from "../setup/BatchLibHarness.sol";
import {Reference} from "../setup/Reference.sol";

contract BatchLib_Test is Test {
    BatchLibHarness internal harness;
    uint64 internal constant NOW = 1_700_000_000;

    function setUp() external {
        harness = new BatchLibHarness();
    }

    function _ctx(uint64 queueStart) internal pure returns (BatchLib.Context memory) {
        return BatchLib.Context({
            queueStart: queueStart, queueLength: type(uint64).max, prevTimestamp: 0, l1Timestamp: NOW
        });
    }

    /// @dev Random blocks (1-5) of 0-6 entries each (a third queue references, the rest
    ///      1-200 random bytes), timestamps non-decreasing, at least one entry.
    function _randomBlocks(uint256 seed) internal pure returns (BatchEncoder.Block[] memory blocks) {
        blocks = new BatchEncoder.Block[](1 + seed % 5);
        // forge-lint: disable-next-line(unsafe-typecast) below 100
        uint64 t = NOW - 1000 + uint64(seed % 100);
        uint256 total;
        for (uint256 i = 0; i < blocks.length; i++) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            // forge-lint: disable-next-line(unsafe-typecast) below 3
            t += uint64(r % 3);
            bytes[] memory entries = new bytes[]((r >> 8) % 7);
            for (uint256 j = 0; j < entries.length; j++) {
                uint256 e = uint256(keccak256(abi.encode(seed, i, j)));
                if (e % 3 == 1) entries[j] = _randomBytes(e, 1 + (e >> 8) % 200);
                if (e % 3 == 2) entries[j] = BatchEncoder.compact(_randomBytes(e, 1 + (e >> 8) % 200));
            }
            total += entries.length;
            blocks[i] = BatchEncoder.Block(t, entries);
        }
        if (total == 0) {
            bytes[] memory one = new bytes[](1);
            one[0] = hex"c0";
            blocks[0].entries = one;
        }
    }

    function _randomBytes(uint256 seed, uint256 len) internal pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; i++) out[i] = bytes1(uint8(uint256(keccak256(abi.encode(seed, i)))));
    }

    function _count(BatchEncoder.Block[] memory blocks) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < blocks.length; i++) n += blocks[i].entries.length;
    }

    function testFuzz_parse_roundTrip_succeeds(uint256 seed, uint64 queueStart) external view {
        queueStart = uint64(bound(queueStart, 0, type(uint64).max - 100));
        BatchEncoder.Block[] memory blocks = _randomBlocks(seed);
        uint256 n = _count(blocks);
        BatchLib.Summary memory s = harness.parse(BatchEncoder.encode(blocks), n, _ctx(queueStart));

        bytes32[] memory leaves = BatchEncoder.leaves(blocks, queueStart);
        assertEq(s.leaves, leaves);
        assertEq(s.entriesRoot, Reference.merkleRoot(leaves));
        assertEq(s.blockCount, blocks.length);
        assertEq(s.lastTimestamp, blocks[blocks.length - 1].timestamp);
        uint256 refs;
        for (uint256 i = 0; i < blocks.length; i++) {
            for (uint256 j = 0; j < blocks[i].entries.length; j++) {
                if (blocks[i].entries[j].length == 0) refs++;
            }
        }
        assertEq(s.queueEnd, queueStart + refs);
    }

    function testFuzz_parse_strictPrefix_reverts(uint256 seed, uint256 cut) external {
        bytes memory batch = BatchEncoder.encode(_randomBlocks(seed));
        cut = bound(cut, 0, batch.length - 1);
        bytes memory prefix = new bytes(cut);
        for (uint256 i = 0; i < cut; i++) prefix[i] = batch[i];
        vm.expectPartialRevert(BatchLib.BadBatch.selector);
        harness.parse(prefix, type(uint256).max, _ctx(0));
    }

    function testFuzz_parse_appendedBytes_reverts(uint256 seed, bytes memory extra) external {
        vm.assume(extra.length > 0);
        BatchEncoder.Block[] memory blocks = _randomBlocks(seed);
        bytes memory batch = bytes.concat(BatchEncoder.encode(blocks), extra);
        vm.expectPartialRevert(BatchLib.BadBatch.selector);
        harness.parse(batch, _count(blocks), _ctx(0));
    }

    function test_parse_queueRefsFromQueueStart_succeeds() external view {
        bytes[] memory entries = new bytes[](3);
        entries[1] = hex"aa";
        BatchLib.Summary memory s = harness.parse(BatchEncoder.single(NOW, entries), 3, _ctx(41));
        assertEq(s.leaves[0], keccak256(bytes.concat(hex"01", bytes8(uint64(41)))));
        assertEq(s.leaves[1], keccak256(hex"00aa"));
        assertEq(s.leaves[2], keccak256(bytes.concat(hex"01", bytes8(uint64(42)))));
        assertEq(s.queueEnd, 43);
    }

    function test_parse_compactEntryLeafHashesTheCompactBytes_succeeds() external view {
        bytes[] memory entries = new bytes[](2);
        entries[0] = BatchEncoder.compact(hex"aabb");
        entries[1] = hex"aabb";
        bytes memory batch = BatchEncoder.single(NOW, entries);
        assertEq(batch, bytes.concat(hex"02" hex"0001", bytes8(NOW), hex"0002" hex"0202aabb" hex"010002aabb"));
        BatchLib.Summary memory s = harness.parse(batch, 2, _ctx(0));
        assertEq(s.leaves[0], keccak256(hex"02aabb"));
        assertEq(s.leaves[1], keccak256(hex"00aabb"));
    }

    function test_parse_badEntries_reverts() external {
        bytes memory head = bytes.concat(hex"02" hex"0001", bytes8(NOW), hex"0001");
        bytes[5] memory bad = [bytes(hex"03"), hex"ff", hex"010000", hex"0200", hex"04aabb"];
        for (uint256 i = 0; i < bad.length; i++) {
            vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, BatchLib.BAD_ENTRY));
            harness.parse(bytes.concat(head, bad[i]), 1, _ctx(0));
        }
        bytes[4] memory cut = [bytes(hex"01"), hex"0100", hex"02", hex"0203aabb"];
        for (uint256 i = 0; i < cut.length; i++) {
            vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, BatchLib.TRUNCATED_ENTRY));
            harness.parse(bytes.concat(head, cut[i]), 1, _ctx(0));
        }
    }

    function test_parse_queueItemMissing_reverts() external {
        bytes[] memory entries = new bytes[](2);
        BatchLib.Context memory ctx = _ctx(5);
        ctx.queueLength = 6;
        vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, BatchLib.QUEUE_ITEM_MISSING));
        harness.parse(BatchEncoder.single(NOW, entries), 2, ctx);
    }

    function test_parse_timestampBelowPrevious_reverts() external {
        BatchLib.Context memory ctx = _ctx(0);
        ctx.prevTimestamp = NOW;
        bytes[] memory entries = new bytes[](1);
        entries[0] = hex"aa";
        vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, BatchLib.TIMESTAMP_DECREASES));
        harness.parse(BatchEncoder.single(NOW - 1, entries), 1, ctx);
    }
}
