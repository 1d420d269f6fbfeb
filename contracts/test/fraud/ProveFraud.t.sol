// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console} from "forge-std/Test.sol";
import {CommonTest} from "../setup/CommonTest.sol";
import {BatchEncoder} from "../setup/BatchEncoder.sol";
import {FraudProof} from "../../src/fraud/FraudProof.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {
    BatchAlreadyFinalized,
    BatchNotFound,
    EntryPathInvalid,
    NoFraud,
    QueueItemMismatch,
    RootPathInvalid,
    WitnessInvalid
} from "../../src/fraud/FraudErrors.sol";

/// @notice Rollup.proveFraud (docs/protocol.md 6): a proven fraud reverts the batch and every
///         later one, returns the queue, slashes the poster; each way a proof can be wrong
///         reverts with its named error.
/// @dev    The fixture: alice deposits 5 and 7 ether (queue items 0 and 1); batch 0 consumes
///         both, with an honest root after the first and a lie after the second (12 ether
///         would be right, it claims 13); batch 1 follows with one more deposit.
contract ProveFraud_Test is CommonTest {
    event BatchesReverted(uint64 fromBatch, uint64 toBatch, address challenger);

    address internal challenger = makeAddr("challenger");
    bytes32[] internal roots;
    bytes32[] internal leaves;

    function setUp() public override {
        super.setUp();
        _depositEth(alice, 5 ether);
        _depositEth(alice, 7 ether);
        _depositEth(bob, 1 ether);
        roots.push(_aliceRoot(5 ether));
        roots.push(_aliceRoot(13 ether));
        leaves.push(_queueLeaf(0));
        leaves.push(_queueLeaf(1));
        _append(sequencer, _queueBatch(uint64(block.timestamp), 2), roots);
        bytes32[] memory next = new bytes32[](1);
        next[0] = keccak256("batch 1 root");
        _append(sequencer, _queueBatch(uint64(block.timestamp), 1), next);
    }

    // ---- fraud proven

    function test_proveFraud_wrongRootAfterDeposit_revertsBatchAndLaterOnes_succeeds() external {
        uint256 before = challenger.balance;
        vm.expectEmit(address(rollup));
        emit BatchesReverted(0, 2, challenger);
        _prove(_lieProof());
        assertEq(rollup.batchCount(), 0);
        assertEq(rollup.queueConsumed(), 0);
        assertEq(rollup.lastPostStateRoot(), bytes32(0));
        assertEq(rollup.bonds(sequencer), 0);
        assertEq(challenger.balance - before, MIN_BOND / 2);
        vm.warp(block.timestamp + WINDOW + 1);
        assertFalse(rollup.isFinalized(0), "a reverted batch never finalizes");
    }

    function test_proveFraud_firstEntryOfLaterBatch_revertsOnlyFromThatBatch_succeeds() external {
        // batch 1's only entry credits bob 1 ether on batch 0's post-state: the claimed root
        // is made up, so entry 0 of batch 1 is fraudulent, proven from batch 0's root.
        FraudProof memory p = _proof(1, 0, _queueEntry(2, bob, 1 ether), new bytes32[](0), roots[1]);
        p.postRoot = keccak256("batch 1 root");
        p.witnesses = _witnessOfAbsentBob();
        vm.expectEmit(address(rollup));
        emit BatchesReverted(1, 2, challenger);
        _prove(p);
        assertEq(rollup.batchCount(), 1);
        assertEq(rollup.queueConsumed(), 2);
    }

    function test_proveFraud_malformedTxClaimedToChangeState_succeeds() external {
        // malformed: a no-op, yet the poster claims a new root
        FraudProof memory p = _lieAboutANoOp(hex"c0", hex"00c0");
        p.witnesses = "";
        _prove(p);
        assertEq(rollup.batchCount(), 2);
    }

    function test_proveFraud_compactBytesThatDoNotExpandClaimedToChangeState_succeeds() external {
        // flag bits 3-7 set: compact bytes that do not expand, a no-op
        FraudProof memory p = _lieAboutANoOp(BatchEncoder.compact(hex"ff"), hex"02ff");
        p.witnesses = "";
        _prove(p);
        assertEq(rollup.batchCount(), 2);
    }

    function test_proveFraud_compactBytesThatDoNotExpandWithAWitness_reverts() external {
        FraudProof memory p = _lieAboutANoOp(BatchEncoder.compact(hex"ff"), hex"02ff");
        p.witnesses = hex"000000"; // the no-op makes no access
        _expectProofReverts(p, WitnessInvalid.selector);
    }

    /// @dev Appends batch 2 holding the one no-op `entry` (leaf preimage `preimage`) with a
    ///      root that claims a change, and returns the proof of it without its witnesses.
    function _lieAboutANoOp(bytes memory entry, bytes memory preimage) private returns (FraudProof memory p) {
        bytes[] memory entries = new bytes[](1);
        entries[0] = entry;
        bytes32[] memory r = new bytes32[](1);
        r[0] = keccak256("lie");
        _append(sequencer, BatchEncoder.single(uint64(block.timestamp), entries), r);
        p = _proof(2, 0, preimage, new bytes32[](0), keccak256("batch 1 root"));
        p.postRoot = r[0];
        p.postPath = new bytes32[](0);
    }

    // ---- wrong proofs, each with its named error

    function test_proveFraud_honestEntry_reverts() external {
        FraudProof memory p = _proof(0, 0, _queueEntry(0, alice, 5 ether), _path(leaves[1]), bytes32(0));
        p.postRoot = roots[0];
        p.postPath = _path(roots[1]);
        p.witnesses = hex"000000"; // the empty tree: depth 0, terminal EMPTY
        _expectProofReverts(p, NoFraud.selector);
    }

    function test_proveFraud_unknownBatch_reverts() external {
        FraudProof memory p = _lieProof();
        p.batchIndex = 2;
        _expectProofReverts(p, BatchNotFound.selector);
    }

    function test_proveFraud_alreadyRevertedBatch_reverts() external {
        _prove(_lieProof());
        _expectProofReverts(_lieProof(), BatchNotFound.selector);
    }

    function test_proveFraud_finalizedBatch_reverts() external {
        vm.warp(block.timestamp + WINDOW);
        _expectProofReverts(_lieProof(), BatchAlreadyFinalized.selector);
    }

    function test_proveFraud_entryIndexOutOfRange_reverts() external {
        FraudProof memory p = _lieProof();
        p.entryIndex = 2;
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_wrongEntryPath_reverts() external {
        FraudProof memory p = _lieProof();
        p.entryPath = _path(bytes32(uint256(1)));
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_entryPathOfWrongLength_reverts() external {
        FraudProof memory p = _lieProof();
        p.entryPath = new bytes32[](2);
        p.entryPath[0] = leaves[0];
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_anotherEntry_reverts() external {
        FraudProof memory p = _lieProof();
        p.entry = _queueEntry(0, alice, 5 ether); // entry 0's preimage at index 1
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_unknownEntryTag_reverts() external {
        FraudProof memory p = _lieProof();
        p.entry[0] = 0x03;
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_queueEntryRetaggedCompact_reverts() external {
        FraudProof memory p = _lieProof();
        p.entry[0] = 0x02; // H(0x02 || ...) is not the queue reference's leaf
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_truncatedEntry_reverts() external {
        FraudProof memory p = _lieProof();
        p.entry = hex"0100";
        _expectProofReverts(p, EntryPathInvalid.selector);
    }

    function test_proveFraud_queueItemNotTheBridges_reverts() external {
        FraudProof memory p = _lieProof();
        p.entry = _queueEntry(1, alice, 8 ether); // right leaf preimage, other item
        _expectProofReverts(p, QueueItemMismatch.selector);
    }

    function test_proveFraud_postRootNotCommitted_reverts() external {
        FraudProof memory p = _lieProof();
        p.postRoot = _aliceRoot(12 ether);
        _expectProofReverts(p, RootPathInvalid.selector);
    }

    function test_proveFraud_wrongPostPath_reverts() external {
        FraudProof memory p = _lieProof();
        p.postPath = _path(bytes32(uint256(1)));
        _expectProofReverts(p, RootPathInvalid.selector);
    }

    function test_proveFraud_wrongPrePath_reverts() external {
        FraudProof memory p = _lieProof();
        p.prePath = _path(bytes32(uint256(1)));
        _expectProofReverts(p, RootPathInvalid.selector);
    }

    function test_proveFraud_firstEntryPreRootNotThePreviousBatchs_reverts() external {
        FraudProof memory p = _proof(0, 0, _queueEntry(0, alice, 5 ether), _path(leaves[1]), keccak256("x"));
        p.postRoot = roots[0];
        p.postPath = _path(roots[1]);
        p.witnesses = hex"000000";
        _expectProofReverts(p, RootPathInvalid.selector);
    }

    function test_proveFraud_firstEntryWithPrePath_reverts() external {
        FraudProof memory p = _proof(0, 0, _queueEntry(0, alice, 5 ether), _path(leaves[1]), bytes32(0));
        p.prePath = _path(roots[0]);
        p.postRoot = roots[0];
        p.postPath = _path(roots[1]);
        p.witnesses = hex"000000";
        _expectProofReverts(p, RootPathInvalid.selector);
    }

    function test_proveFraud_witnessWithWrongValue_reverts() external {
        FraudProof memory p = _lieProof();
        p.witnesses = abi.encodePacked(uint16(0), uint8(1), SmtLib.accountKey(alice), _account(6 ether));
        _expectProofReverts(p, WitnessInvalid.selector);
    }

    function test_proveFraud_missingWitness_reverts() external {
        FraudProof memory p = _lieProof();
        p.witnesses = "";
        _expectProofReverts(p, WitnessInvalid.selector);
    }

    function test_proveFraud_bytesLeftAfterWitnesses_reverts() external {
        FraudProof memory p = _lieProof();
        p.witnesses = bytes.concat(p.witnesses, hex"00");
        _expectProofReverts(p, WitnessInvalid.selector);
    }

    // ---- helpers

    /// @dev The proof of the lie: entry 1 of batch 0 credits alice 7 ether on top of 5.
    function _lieProof() internal view returns (FraudProof memory p) {
        p = _proof(0, 1, _queueEntry(1, alice, 7 ether), _path(leaves[0]), roots[0]);
        p.prePath = _path(roots[1]);
        p.postRoot = roots[1];
        p.postPath = _path(roots[0]);
        // the tree holds only alice's leaf: depth 0, terminal LEAF(alice, 5 ether)
        p.witnesses = abi.encodePacked(uint16(0), uint8(1), SmtLib.accountKey(alice), _account(5 ether));
    }

    function _proof(uint64 batchIndex, uint32 entryIndex, bytes memory entry, bytes32[] memory entryPath, bytes32 pre)
        internal
        pure
        returns (FraudProof memory p)
    {
        p.batchIndex = batchIndex;
        p.entryIndex = entryIndex;
        p.entry = entry;
        p.entryPath = entryPath;
        p.preRoot = pre;
    }

    function _prove(FraudProof memory p) internal {
        vm.prank(challenger);
        rollup.proveFraud(p);
    }

    function _expectProofReverts(FraudProof memory p, bytes4 selector) internal {
        vm.expectRevert(selector);
        _prove(p);
    }

    /// @dev Witness of bob's absent account against the tree holding only alice's leaf
    ///      (batch 0's post-state, as the lie claims it): the path ends at alice's leaf.
    function _witnessOfAbsentBob() internal view returns (bytes memory) {
        return abi.encodePacked(uint16(0), uint8(1), SmtLib.accountKey(alice), _account(13 ether));
    }

    function _queueEntry(uint64 index, address to, uint256 amount) internal pure returns (bytes memory) {
        return abi.encodePacked(uint8(0x01), index, uint8(0x00), to, amount);
    }

    function _queueLeaf(uint64 index) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0x01), index));
    }

    function _aliceRoot(uint256 balance) internal view returns (bytes32) {
        return SmtLib.leafHash(SmtLib.accountKey(alice), _account(balance));
    }

    function _account(uint256 balance) internal pure returns (bytes32) {
        return SmtLib.accountValue(0, uint192(balance));
    }

    function _path(bytes32 sibling) internal pure returns (bytes32[] memory p) {
        p = new bytes32[](1);
        p[0] = sibling;
    }
}
