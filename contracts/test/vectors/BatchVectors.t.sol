// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {BatchLib} from "../../src/libraries/BatchLib.sol";
import {BatchLibHarness} from "../setup/BatchLibHarness.sol";
import {VectorFile} from "./VectorFile.sol";

/// @notice batch.json: batch parsing, entry leaves and entriesRoot (spec 5.1, 5.2), and the
///         rejection of every malformed row with the reason the Java decoder names.
contract BatchVectors_Test is Test {
    BatchLibHarness internal harness;
    string internal json;

    function setUp() external {
        harness = new BatchLibHarness();
        json = VectorFile.read("batch.json");
    }

    function _ctx(uint64 queueStart) internal pure returns (BatchLib.Context memory) {
        return BatchLib.Context({
            queueStart: queueStart,
            queueLength: type(uint64).max,
            prevTimestamp: 0,
            l1Timestamp: type(uint64).max
        });
    }

    function test_parse_validVectors_succeeds() external view {
        uint256 rows = VectorFile.length(json, ".valid");
        assertGt(rows, 0);
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".valid", r);
            bytes memory batch = vm.parseJsonBytes(json, string.concat(p, ".batch"));
            // forge-lint: disable-next-line(unsafe-typecast) queue indices in the file are small
            uint64 queueStart = uint64(vm.parseJsonUint(json, string.concat(p, ".queueStart")));
            bytes32[] memory leaves = vm.parseJsonBytes32Array(json, string.concat(p, ".leaves"));
            uint256[] memory timestamps = vm.parseJsonUintArray(json, string.concat(p, ".timestamps"));

            BatchLib.Summary memory s = harness.parse(batch, leaves.length, _ctx(queueStart));
            assertEq(s.leaves, leaves, "leaves");
            assertEq(s.entriesRoot, vm.parseJsonBytes32(json, string.concat(p, ".entriesRoot")), "entriesRoot");
            assertEq(s.queueEnd, vm.parseJsonUint(json, string.concat(p, ".queueEnd")), "queueEnd");
            assertEq(s.blockCount, timestamps.length, "blockCount");
            assertEq(s.lastTimestamp, timestamps[timestamps.length - 1], "lastTimestamp");
        }
    }

    function test_parse_malformedVectors_reverts() external {
        uint256 rows = VectorFile.length(json, ".malformed");
        assertGt(rows, 0);
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".malformed", r);
            bytes memory batch = vm.parseJsonBytes(json, string.concat(p, ".batch"));
            // forge-lint: disable-next-line(unsafe-typecast) queue indices in the file are small
            uint64 queueStart = uint64(vm.parseJsonUint(json, string.concat(p, ".queueStart")));
            uint8 code = _code(vm.parseJsonString(json, string.concat(p, ".reason")));
            try harness.parse(batch, type(uint256).max, _ctx(queueStart)) {
                revert(string.concat("accepted: ", vm.parseJsonString(json, string.concat(p, ".name"))));
            } catch (bytes memory err) {
                assertEq(
                    err,
                    abi.encodeWithSelector(BatchLib.BadBatch.selector, code),
                    vm.parseJsonString(json, string.concat(p, ".name"))
                );
            }
        }
    }

    function test_parse_tooLargeVector_reverts() external {
        bytes memory valid = vm.parseJsonBytes(json, ".valid[0].batch");
        bytes memory batch = new bytes(BatchLib.MAX_BATCH_DATA + 1);
        for (uint256 i = 0; i < valid.length; i++) batch[i] = valid[i];
        vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, BatchLib.TOO_LARGE));
        harness.parse(batch, type(uint256).max, _ctx(0));
    }

    /// @dev The Java `BatchFormatException.Reason` names map to the same-named codes.
    function _code(string memory reason) internal pure returns (uint8) {
        bytes32 h = keccak256(bytes(reason));
        if (h == keccak256("TOO_LARGE")) return BatchLib.TOO_LARGE;
        if (h == keccak256("TRUNCATED_HEADER")) return BatchLib.TRUNCATED_HEADER;
        if (h == keccak256("BAD_VERSION")) return BatchLib.BAD_VERSION;
        if (h == keccak256("NO_BLOCKS")) return BatchLib.NO_BLOCKS;
        if (h == keccak256("TRUNCATED_BLOCKS")) return BatchLib.TRUNCATED_BLOCKS;
        if (h == keccak256("TRUNCATED_ENTRY")) return BatchLib.TRUNCATED_ENTRY;
        if (h == keccak256("NO_ENTRIES")) return BatchLib.NO_ENTRIES;
        if (h == keccak256("TOO_MANY_ENTRIES")) return BatchLib.TOO_MANY_ENTRIES;
        if (h == keccak256("ENTRY_COUNT_MISMATCH")) return BatchLib.ENTRY_COUNT_MISMATCH;
        if (h == keccak256("TIMESTAMP_DECREASES")) return BatchLib.TIMESTAMP_DECREASES;
        if (h == keccak256("BAD_ENTRY")) return BatchLib.BAD_ENTRY;
        revert(string.concat("unknown reason ", reason));
    }
}
