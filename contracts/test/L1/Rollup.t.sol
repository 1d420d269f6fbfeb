// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommonTest} from "../setup/CommonTest.sol";
import {BatchEncoder} from "../setup/BatchEncoder.sol";
import {Reference} from "../setup/Reference.sol";
import {Rollup} from "../../src/L1/Rollup.sol";
import {BatchLib} from "../../src/libraries/BatchLib.sol";

/// @notice Calls appendBatch from a contract, which the rollup must refuse.
contract ContractPoster {
    function post(Rollup rollup, bytes memory batch, bytes32[] memory roots) external {
        rollup.appendBatch(batch, roots);
    }

    function unbond(Rollup rollup, uint256 amount) external {
        rollup.unbond(amount);
    }

    function bond(Rollup rollup) external payable {
        rollup.bond{value: msg.value}();
    }
}

contract Rollup_Constructor_Test is CommonTest {
    function test_constructor_parameters_succeeds() external view {
        assertEq(rollup.l2ChainId(), CHAIN_ID);
        assertEq(rollup.l2BaseFee(), BASE_FEE);
        assertEq(rollup.feeRecipient(), feeRecipient);
        assertEq(rollup.challengeWindow(), WINDOW);
        assertEq(rollup.forceInclusionDelay(), FORCE_DELAY);
        assertEq(rollup.minBond(), MIN_BOND);
        assertEq(rollup.sequencer(), sequencer);
        assertEq(rollup.inactivityPeriod(), INACTIVITY);
        assertEq(rollup.deployedAt(), START);
    }

    function test_constructor_bridgeBoundToRollup_succeeds() external view {
        assertEq(address(bridge.rollup()), address(rollup));
        assertTrue(address(bridge).code.length > 0);
    }

    function test_constructor_genesisViews_succeeds() external view {
        assertEq(rollup.batchCount(), 0);
        assertEq(rollup.lastPostStateRoot(), bytes32(0));
        assertEq(rollup.queueConsumed(), 0);
        assertEq(rollup.lastBlock(), 0);
        assertFalse(rollup.isFinalized(0));
    }
}

contract Rollup_AppendBatch_Test is CommonTest {
    event BatchAppended(
        uint64 indexed batchIndex,
        address indexed poster,
        bytes32 entriesRoot,
        bytes32 rootsRoot,
        bytes32 postStateRoot,
        uint64 queueStart,
        uint64 queueEnd,
        uint64 firstBlock,
        uint64 lastBlock
    );

    function _twoBlockBatch(uint64 t0, uint64 t1) internal pure returns (BatchEncoder.Block[] memory blocks) {
        blocks = new BatchEncoder.Block[](2);
        bytes[] memory first = new bytes[](2);
        first[0] = hex"f86b01";
        first[1] = "";
        bytes[] memory second = new bytes[](1);
        second[0] = hex"02f8aa";
        blocks[0] = BatchEncoder.Block(t0, first);
        blocks[1] = BatchEncoder.Block(t1, second);
    }

    function test_appendBatch_firstBatch_succeeds() external {
        _depositEth(alice, 1 ether);
        BatchEncoder.Block[] memory blocks = _twoBlockBatch(START - 5, START);
        bytes32[] memory roots = _roots(3, 1);
        bytes32 entriesRoot = Reference.merkleRoot(BatchEncoder.leaves(blocks, 0));
        bytes32 rootsRoot = Reference.merkleRoot(roots);

        vm.expectEmit(address(rollup));
        emit BatchAppended(0, sequencer, entriesRoot, rootsRoot, roots[2], 0, 1, 1, 2);
        _append(sequencer, BatchEncoder.encode(blocks), roots);

        Rollup.Batch memory b = rollup.getBatch(0);
        assertEq(b.entriesRoot, entriesRoot);
        assertEq(b.rootsRoot, rootsRoot);
        assertEq(b.postStateRoot, roots[2]);
        assertEq(b.queueStart, 0);
        assertEq(b.queueEnd, 1);
        assertEq(b.firstBlock, 1);
        assertEq(b.lastBlock, 2);
        assertEq(b.poster, sequencer);
        assertEq(b.appendedAt, START);
        assertEq(b.lastTimestamp, START);
        assertEq(b.entryCount, 3);
        assertEq(rollup.batchCount(), 1);
        assertEq(rollup.lastPostStateRoot(), roots[2]);
        assertEq(rollup.queueConsumed(), 1);
        assertEq(rollup.lastBlock(), 2);
    }

    function test_appendBatch_secondBatchContinues_succeeds() external {
        _depositEth(alice, 1 ether);
        _depositEth(bob, 2 ether);
        _append(sequencer, _queueBatch(START, 1), _roots(1, 1));
        vm.warp(START + 10);
        BatchEncoder.Block[] memory blocks = _twoBlockBatch(START, START + 10);
        bytes32[] memory roots = _roots(3, 2);

        vm.expectEmit(address(rollup));
        emit BatchAppended(
            1,
            sequencer,
            Reference.merkleRoot(BatchEncoder.leaves(blocks, 1)),
            Reference.merkleRoot(roots),
            roots[2],
            1,
            2,
            2,
            3
        );
        _append(sequencer, BatchEncoder.encode(blocks), roots);
        assertEq(rollup.batchCount(), 2);
        assertEq(rollup.queueConsumed(), 2);
        assertEq(rollup.lastBlock(), 3);
    }

    function test_appendBatch_emptyBlock_succeeds() external {
        BatchEncoder.Block[] memory blocks = _twoBlockBatch(START, START);
        blocks[0].entries = new bytes[](0);
        bytes[] memory one = new bytes[](1);
        one[0] = hex"01";
        blocks[1].entries = one;
        _append(sequencer, BatchEncoder.encode(blocks), _roots(1, 1));
        assertEq(rollup.lastBlock(), 2);
        assertEq(rollup.getBatch(0).entryCount, 1);
    }

    function test_appendBatch_maxEntries_succeeds() external {
        _append(sequencer, _txBatch(START, BatchLib.MAX_BATCH_ENTRIES), _roots(BatchLib.MAX_BATCH_ENTRIES, 1));
        assertEq(rollup.getBatch(0).entryCount, BatchLib.MAX_BATCH_ENTRIES);
    }

    function test_appendBatch_maxBatchData_succeeds() external {
        // header 3 + 10, two raw entries of 3 + len each (len <= 0xffff).
        bytes[] memory entries = new bytes[](2);
        entries[0] = new bytes(0xffff);
        entries[1] = new bytes(BatchLib.MAX_BATCH_DATA - 19 - 0xffff);
        bytes memory batch = BatchEncoder.single(START, entries);
        assertEq(batch.length, BatchLib.MAX_BATCH_DATA);
        _append(sequencer, batch, _roots(2, 1));
        assertEq(rollup.batchCount(), 1);
    }

    function test_appendBatch_timestampEqualToPrevious_succeeds() external {
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
        _append(sequencer, _txBatch(START, 1), _roots(1, 2));
        assertEq(rollup.batchCount(), 2);
    }

    // ---- refusal rules, one per row of spec 5.1 (reason codes of BatchLib) ----

    function test_appendBatch_tooLarge_reverts() external {
        bytes[] memory entries = new bytes[](2);
        entries[0] = new bytes(0xffff);
        entries[1] = new bytes(BatchLib.MAX_BATCH_DATA - 18 - 0xffff);
        _expectBadBatch(BatchLib.TOO_LARGE);
        _append(sequencer, BatchEncoder.single(START, entries), _roots(2, 1));
    }

    function test_appendBatch_empty_reverts() external {
        _expectBadBatch(BatchLib.TRUNCATED_HEADER);
        _append(sequencer, "", _roots(1, 1));
    }

    function test_appendBatch_badVersion_reverts() external {
        bytes memory batch = _txBatch(START, 1);
        batch[0] = 0x01; // the u24-length format before compact entries
        _expectBadBatch(BatchLib.BAD_VERSION);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_truncatedBlockCount_reverts() external {
        _expectBadBatch(BatchLib.TRUNCATED_HEADER);
        _append(sequencer, hex"0200", _roots(1, 1));
    }

    function test_appendBatch_truncatedBlockHeader_reverts() external {
        // two blocks announced, one and a half present
        bytes memory batch = abi.encodePacked(hex"020002", bytes8(START), bytes2(0), bytes8(START));
        _expectBadBatch(BatchLib.TRUNCATED_BLOCKS);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_noBlocks_reverts() external {
        _expectBadBatch(BatchLib.NO_BLOCKS);
        _append(sequencer, abi.encodePacked(hex"020000", hex"010001aa"), _roots(1, 1));
    }

    function test_appendBatch_timestampDecreasingInBatch_reverts() external {
        BatchEncoder.Block[] memory blocks = _twoBlockBatch(START, START - 1);
        _expectBadBatch(BatchLib.TIMESTAMP_DECREASES);
        _append(sequencer, BatchEncoder.encode(blocks), _roots(3, 1));
    }

    function test_appendBatch_timestampBelowPreviousBatch_reverts() external {
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
        _expectBadBatch(BatchLib.TIMESTAMP_DECREASES);
        _append(sequencer, _txBatch(START - 1, 1), _roots(1, 2));
    }

    function test_appendBatch_timestampInFuture_reverts() external {
        _expectBadBatch(BatchLib.TIMESTAMP_IN_FUTURE);
        _append(sequencer, _txBatch(START + 1, 1), _roots(1, 1));
    }

    function test_appendBatch_noEntries_reverts() external {
        _expectBadBatch(BatchLib.NO_ENTRIES);
        _append(sequencer, _txBatch(START, 0), new bytes32[](0));
    }

    function test_appendBatch_tooManyEntries_reverts() external {
        uint256 n = BatchLib.MAX_BATCH_ENTRIES + 1;
        _expectBadBatch(BatchLib.TOO_MANY_ENTRIES);
        _append(sequencer, _txBatch(START, n), _roots(n, 1));
    }

    function test_appendBatch_tooFewRoots_reverts() external {
        _expectBadBatch(BatchLib.ROOTS_MISMATCH);
        _append(sequencer, _txBatch(START, 2), _roots(1, 1));
    }

    function test_appendBatch_tooManyRoots_reverts() external {
        _expectBadBatch(BatchLib.ROOTS_MISMATCH);
        _append(sequencer, _txBatch(START, 2), _roots(3, 1));
    }

    function test_appendBatch_truncatedEntryLength_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(2)), hex"010001aa", hex"0100");
        _expectBadBatch(BatchLib.TRUNCATED_ENTRY);
        _append(sequencer, batch, _roots(2, 1));
    }

    function test_appendBatch_truncatedEntryBody_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(1)), hex"010003aaaa");
        _expectBadBatch(BatchLib.TRUNCATED_ENTRY);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_unknownEntryTag_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(1)), hex"03");
        _expectBadBatch(BatchLib.BAD_ENTRY);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_emptyCompactEntry_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(1)), hex"0200");
        _expectBadBatch(BatchLib.BAD_ENTRY);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_truncatedCompactEntry_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(1)), hex"0203aaaa");
        _expectBadBatch(BatchLib.TRUNCATED_ENTRY);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_fewerEntriesThanAnnounced_reverts() external {
        bytes memory batch = abi.encodePacked(hex"020001", bytes8(START), bytes2(uint16(2)), hex"010001aa");
        _expectBadBatch(BatchLib.ENTRY_COUNT_MISMATCH);
        _append(sequencer, batch, _roots(2, 1));
    }

    function test_appendBatch_moreEntriesThanAnnounced_reverts() external {
        bytes memory batch = abi.encodePacked(_txBatch(START, 1), hex"010001bb");
        _expectBadBatch(BatchLib.ENTRY_COUNT_MISMATCH);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_trailingByte_reverts() external {
        bytes memory batch = abi.encodePacked(_txBatch(START, 1), hex"00");
        _expectBadBatch(BatchLib.ENTRY_COUNT_MISMATCH);
        _append(sequencer, batch, _roots(1, 1));
    }

    function test_appendBatch_queueItemMissing_reverts() external {
        _depositEth(alice, 1 ether);
        _expectBadBatch(BatchLib.QUEUE_ITEM_MISSING);
        _append(sequencer, _queueBatch(START, 2), _roots(2, 1));
    }

    function test_appendBatch_queueItemAlreadyConsumed_reverts() external {
        _depositEth(alice, 1 ether);
        _append(sequencer, _queueBatch(START, 1), _roots(1, 1));
        _expectBadBatch(BatchLib.QUEUE_ITEM_MISSING);
        _append(sequencer, _queueBatch(START, 1), _roots(1, 2));
    }

    function test_appendBatch_fromContract_reverts() external {
        ContractPoster c = new ContractPoster();
        bytes memory batch = _txBatch(START, 1);
        bytes32[] memory roots = _roots(1, 1);
        vm.expectRevert(Rollup.NotEOA.selector);
        vm.prank(sequencer);
        c.post(rollup, batch, roots);
    }

    function test_appendBatch_originDiffersFromSender_reverts() external {
        bytes memory batch = _txBatch(START, 1);
        bytes32[] memory roots = _roots(1, 1);
        vm.expectRevert(Rollup.NotEOA.selector);
        vm.prank(sequencer, alice);
        rollup.appendBatch(batch, roots);
    }

    function test_appendBatch_delegatedEoa_reverts() external {
        // EIP-7702: a delegated account has code 0xef0100 || delegate and may run it with
        // msg.sender == tx.origin.
        vm.etch(sequencer, abi.encodePacked(hex"ef0100", address(new ContractPoster())));
        bytes memory batch = _txBatch(START, 1);
        bytes32[] memory roots = _roots(1, 1);
        vm.expectRevert(Rollup.NotEOA.selector);
        vm.prank(sequencer, sequencer);
        rollup.appendBatch(batch, roots);
    }

    // ---- forced inclusion (spec 4) ----

    function test_appendBatch_oldQueueItemLeftBehind_reverts() external {
        _depositEth(alice, 1 ether);
        vm.warp(START + FORCE_DELAY);
        vm.expectRevert(abi.encodeWithSelector(Rollup.ForcedInclusionRequired.selector, uint64(0)));
        _append(sequencer, _txBatch(START + FORCE_DELAY, 1), _roots(1, 1));
    }

    function test_appendBatch_youngQueueItemLeftBehind_succeeds() external {
        _depositEth(alice, 1 ether);
        vm.warp(START + FORCE_DELAY - 1);
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
        assertEq(rollup.queueConsumed(), 0);
    }

    function test_appendBatch_oldQueueItemConsumed_succeeds() external {
        _depositEth(alice, 1 ether);
        vm.warp(START + 1000);
        _append(sequencer, _queueBatch(START + 1000, 1), _roots(1, 1));
        assertEq(rollup.queueConsumed(), 1);
    }

    function test_appendBatch_secondOldItemLeftBehind_reverts() external {
        _depositEth(alice, 1 ether);
        vm.warp(START + 1);
        vm.prank(bob);
        bridge.forceTransaction(hex"02f8");
        vm.warp(START + 1 + FORCE_DELAY);
        vm.expectRevert(abi.encodeWithSelector(Rollup.ForcedInclusionRequired.selector, uint64(1)));
        _append(sequencer, _queueBatch(START, 1), _roots(1, 1));
    }

    // ---- posters and bonds (spec 7) ----

    function test_appendBatch_sequencerWithoutBond_reverts() external {
        vm.warp(START + WINDOW);
        vm.prank(sequencer);
        rollup.unbond(MIN_BOND);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientBond.selector, 0, MIN_BOND));
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
    }

    function test_appendBatch_sequencerBelowMinBond_reverts() external {
        vm.prank(sequencer);
        rollup.unbond(1);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientBond.selector, MIN_BOND - 1, MIN_BOND));
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
    }

    function test_appendBatch_otherWhileSequencerActive_reverts() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + INACTIVITY - 1);
        vm.expectRevert(abi.encodeWithSelector(Rollup.NotSequencer.selector, START + INACTIVITY));
        _append(alice, _txBatch(START, 1), _roots(1, 1));
    }

    function test_appendBatch_otherAfterInactivitySinceDeploy_succeeds() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + INACTIVITY);
        _append(alice, _txBatch(START, 1), _roots(1, 1));
        assertEq(rollup.getBatch(0).poster, alice);
    }

    function test_appendBatch_otherSoonAfterLastBatch_reverts() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + 1000);
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
        vm.warp(START + 1000 + INACTIVITY - 1);
        vm.expectRevert(abi.encodeWithSelector(Rollup.NotSequencer.selector, START + 1000 + INACTIVITY));
        _append(alice, _txBatch(START, 1), _roots(1, 2));
    }

    function test_appendBatch_otherAfterInactivitySinceLastBatch_succeeds() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + 1000);
        _append(sequencer, _txBatch(START, 1), _roots(1, 1));
        vm.warp(START + 1000 + INACTIVITY);
        _append(alice, _txBatch(START, 1), _roots(1, 2));
        assertEq(rollup.getBatch(1).poster, alice);
    }

    function test_appendBatch_unbondedOtherAfterInactivity_reverts() external {
        vm.warp(START + INACTIVITY);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientBond.selector, 0, MIN_BOND));
        _append(alice, _txBatch(START, 1), _roots(1, 1));
    }
}

contract Rollup_Bond_Test is CommonTest {
    event Bonded(address indexed account, uint256 amount, uint256 total);
    event Unbonded(address indexed account, uint256 amount, uint256 total);

    function test_bond_adds_succeeds() external {
        vm.deal(alice, 3 ether);
        vm.expectEmit(address(rollup));
        emit Bonded(alice, 1 ether, 1 ether);
        vm.prank(alice);
        rollup.bond{value: 1 ether}();
        vm.expectEmit(address(rollup));
        emit Bonded(alice, 2 ether, 3 ether);
        vm.prank(alice);
        rollup.bond{value: 2 ether}();
        assertEq(rollup.bonds(alice), 3 ether);
        assertEq(address(rollup).balance, 3 ether + MIN_BOND);
    }

    function test_bond_zero_reverts() external {
        vm.expectRevert(Rollup.ZeroAmount.selector);
        vm.prank(alice);
        rollup.bond();
    }

    function test_unbond_withoutBatches_succeeds() external {
        _bond(alice, 2 ether);
        uint256 before = alice.balance;
        vm.expectEmit(address(rollup));
        emit Unbonded(alice, 0.5 ether, 1.5 ether);
        vm.prank(alice);
        rollup.unbond(0.5 ether);
        assertEq(rollup.bonds(alice), 1.5 ether);
        assertEq(alice.balance, before + 0.5 ether);
    }

    function test_unbond_withinWindowOfLastBatch_reverts() external {
        vm.warp(START + 100);
        _appendSimple(bytes32(uint256(1)));
        vm.warp(START + 100 + WINDOW - 1);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BondLocked.selector, START + 100 + WINDOW));
        vm.prank(sequencer);
        rollup.unbond(1);
    }

    function test_unbond_afterWindowOfLastBatch_succeeds() external {
        vm.warp(START + 100);
        _appendSimple(bytes32(uint256(1)));
        vm.warp(START + 100 + WINDOW);
        vm.prank(sequencer);
        rollup.unbond(MIN_BOND);
        assertEq(rollup.bonds(sequencer), 0);
        assertEq(sequencer.balance, MIN_BOND);
    }

    function test_unbond_moreThanBond_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientBond.selector, MIN_BOND, MIN_BOND + 1));
        vm.prank(sequencer);
        rollup.unbond(MIN_BOND + 1);
    }

    function test_unbond_zero_reverts() external {
        vm.expectRevert(Rollup.ZeroAmount.selector);
        vm.prank(sequencer);
        rollup.unbond(0);
    }

    function test_unbond_recipientRejectsEth_reverts() external {
        ContractPoster c = new ContractPoster();
        vm.deal(address(this), 1 ether);
        c.bond{value: 1 ether}(rollup);
        vm.expectRevert(Rollup.TransferFailed.selector);
        c.unbond(rollup, 1 ether);
    }
}

contract Rollup_Finality_Test is CommonTest {
    function test_isFinalized_beforeWindow_succeeds() external {
        _appendSimple(bytes32(uint256(1)));
        vm.warp(START + WINDOW - 1);
        assertFalse(rollup.isFinalized(0));
    }

    function test_isFinalized_atWindowEnd_succeeds() external {
        _appendSimple(bytes32(uint256(1)));
        vm.warp(START + WINDOW);
        assertTrue(rollup.isFinalized(0));
    }

    function test_isFinalized_unknownBatch_succeeds() external {
        _appendSimple(bytes32(uint256(1)));
        vm.warp(START + WINDOW);
        assertFalse(rollup.isFinalized(1));
    }

    function test_getBatch_unknown_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, uint64(0)));
        rollup.getBatch(0);
    }

    function test_postStateRootOf_unknown_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, uint64(0)));
        rollup.postStateRootOf(0);
    }

    function test_postStateRootOf_existing_succeeds() external {
        _appendSimple(bytes32(uint256(7)));
        assertEq(rollup.postStateRootOf(0), bytes32(uint256(7)));
    }
}

contract Rollup_RevertFrom_Test is CommonTest {
    event BatchesReverted(uint64 fromBatch, uint64 toBatch, address challenger);
    event BondSlashed(address indexed poster, address indexed challenger, uint256 amount, uint256 reward);

    address internal challenger = makeAddr("challenger");

    function setUp() public override {
        super.setUp();
        _depositEth(alice, 1 ether);
        _depositEth(bob, 1 ether);
        _depositEth(alice, 1 ether);
        _append(sequencer, _queueBatch(START, 1), _roots(1, 1)); // batch 0: queue [0,1)
        _append(sequencer, _queueBatch(START, 2), _roots(2, 2)); // batch 1: queue [1,3)
        _appendSimple(keccak256("root2")); // batch 2
    }

    function test_revertFrom_truncatesAndSlashes_succeeds() external {
        vm.expectEmit(address(rollup));
        emit BatchesReverted(1, 3, challenger);
        vm.expectEmit(address(rollup));
        emit BondSlashed(sequencer, challenger, MIN_BOND, MIN_BOND / 2);
        rollup.exposed_revertFrom(1, challenger);

        assertEq(rollup.batchCount(), 1);
        assertEq(rollup.queueConsumed(), 1);
        assertEq(rollup.lastBlock(), 1);
        assertEq(rollup.lastPostStateRoot(), _roots(1, 1)[0]);
        assertEq(rollup.bonds(sequencer), 0);
        assertEq(challenger.balance, MIN_BOND / 2);
        assertEq(address(rollup).balance, MIN_BOND / 2);
        assertFalse(rollup.isFinalized(1));
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, uint64(1)));
        rollup.getBatch(1);
    }

    function test_revertFrom_thenAppendReusesQueue_succeeds() external {
        rollup.exposed_revertFrom(1, challenger);
        _bond(sequencer, MIN_BOND);
        _append(sequencer, _queueBatch(START, 2), _roots(2, 9));
        Rollup.Batch memory b = rollup.getBatch(1);
        assertEq(b.queueStart, 1);
        assertEq(b.queueEnd, 3);
        assertEq(b.firstBlock, 2);
        assertEq(b.postStateRoot, _roots(2, 9)[1]);
    }

    function test_revertFrom_slashedSequencerCannotAppend_reverts() external {
        rollup.exposed_revertFrom(0, challenger);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientBond.selector, 0, MIN_BOND));
        _append(sequencer, _queueBatch(START, 1), _roots(1, 1));
    }

    function test_revertFrom_finalizedBatch_reverts() external {
        vm.warp(START + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BatchFinalized.selector, uint64(2)));
        rollup.exposed_revertFrom(2, challenger);
    }

    function test_revertFrom_alreadyReverted_reverts() external {
        rollup.exposed_revertFrom(1, challenger);
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, uint64(2)));
        rollup.exposed_revertFrom(2, challenger);
    }

    function test_revertFrom_inactivityCountsFromLastLiveBatch_succeeds() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + INACTIVITY + 10);
        _append(sequencer, _txBatch(START, 1), _roots(1, 7)); // batch 3, fresh
        rollup.exposed_revertFrom(3, challenger);
        // the last live batch (2) was appended at START: others may post at once
        _append(alice, _txBatch(START, 1), _roots(1, 8));
        assertEq(rollup.getBatch(3).poster, alice);
    }

    function test_revertFrom_unbondStillWaitsForRevertedBatch_reverts() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + INACTIVITY);
        _append(alice, _txBatch(START, 1), _roots(1, 5)); // batch 3 by alice
        rollup.exposed_revertFrom(3, challenger);
        _bond(alice, MIN_BOND);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BondLocked.selector, START + INACTIVITY + WINDOW));
        vm.prank(alice);
        rollup.unbond(1);
    }

    function test_revertFrom_onlyGuiltyPosterSlashed_succeeds() external {
        _bond(alice, MIN_BOND);
        vm.warp(START + INACTIVITY);
        _append(alice, _txBatch(START, 1), _roots(1, 5)); // batch 3 by alice
        _append(sequencer, _txBatch(START, 1), _roots(1, 6)); // batch 4 by the sequencer
        rollup.exposed_revertFrom(3, challenger);
        assertEq(rollup.batchCount(), 3);
        assertEq(rollup.bonds(alice), 0);
        assertEq(rollup.bonds(sequencer), MIN_BOND);
        assertEq(challenger.balance, MIN_BOND / 2);
    }
}
