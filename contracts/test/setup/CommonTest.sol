// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Bridge} from "../../src/L1/Bridge.sol";
import {BatchLib} from "../../src/libraries/BatchLib.sol";
import {RollupHarness} from "./RollupHarness.sol";
import {BatchEncoder} from "./BatchEncoder.sol";

/// @notice Deploys a rollup (devnet parameters) with its bridge and a bonded sequencer, and
///         offers batch-building helpers.
abstract contract CommonTest is Test {
    uint64 internal constant CHAIN_ID = 42424;
    uint256 internal constant BASE_FEE = 1 gwei;
    uint64 internal constant WINDOW = 20;
    uint64 internal constant FORCE_DELAY = 60;
    uint256 internal constant MIN_BOND = 1 ether;
    uint64 internal constant INACTIVITY = 300;
    uint64 internal constant START = 1_700_000_000;

    RollupHarness internal rollup;
    Bridge internal bridge;
    address internal sequencer = makeAddr("sequencer");
    address internal feeRecipient = makeAddr("feeRecipient");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public virtual {
        vm.warp(START);
        rollup = new RollupHarness(
            CHAIN_ID, BASE_FEE, feeRecipient, WINDOW, FORCE_DELAY, MIN_BOND, sequencer, INACTIVITY
        );
        bridge = rollup.bridge();
        _bond(sequencer, MIN_BOND);
    }

    function _bond(address who, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        rollup.bond{value: amount}();
    }

    /// @dev `n` distinct non-zero roots derived from `seed`.
    function _roots(uint256 n, uint256 seed) internal pure returns (bytes32[] memory roots) {
        roots = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) roots[i] = keccak256(abi.encode(seed, i));
    }

    /// @dev A single-block batch at `timestamp` of transaction entries `txs`.
    function _txBatch(uint64 timestamp, uint256 n) internal pure returns (bytes memory) {
        bytes[] memory entries = new bytes[](n);
        for (uint256 i = 0; i < n; i++) entries[i] = abi.encodePacked(bytes2(0x02f8), i);
        return BatchEncoder.single(timestamp, entries);
    }

    /// @dev A single-block batch of `refs` queue references.
    function _queueBatch(uint64 timestamp, uint256 refs) internal pure returns (bytes memory) {
        return BatchEncoder.single(timestamp, new bytes[](refs));
    }

    function _append(address poster, bytes memory batch, bytes32[] memory roots) internal {
        vm.prank(poster, poster);
        rollup.appendBatch(batch, roots);
    }

    /// @dev Appends a one-entry batch from the sequencer with post-state root `root`.
    function _appendSimple(bytes32 root) internal returns (uint64 index) {
        index = rollup.batchCount();
        bytes32[] memory roots = new bytes32[](1);
        roots[0] = root;
        _append(sequencer, _txBatch(uint64(block.timestamp), 1), roots);
    }

    function _expectBadBatch(uint8 reason) internal {
        vm.expectRevert(abi.encodeWithSelector(BatchLib.BadBatch.selector, reason));
    }

    function _depositEth(address from, uint256 amount) internal {
        vm.deal(from, from.balance + amount);
        vm.prank(from);
        bridge.depositEth{value: amount}(from);
    }
}
