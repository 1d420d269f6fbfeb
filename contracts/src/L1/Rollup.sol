// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Bridge} from "./Bridge.sol";
import {BatchLib} from "../libraries/BatchLib.sol";
import {MerkleLib} from "../libraries/MerkleLib.sol";
import {FraudProof} from "../fraud/FraudProof.sol";
import {FraudVerifier} from "../fraud/FraudVerifier.sol";
import {StateTransition} from "../fraud/StateTransition.sol";
import {
    BatchAlreadyFinalized,
    BatchNotFound,
    EntryPathInvalid,
    NoFraud,
    QueueItemMismatch,
    RootPathInvalid
} from "../fraud/FraudErrors.sol";

/// @title Rollup
/// @notice The L1 chain of Vigil batches (docs/protocol.md sections 1, 5, 6 and 7): accepts
///         batches from the bonded poster, records their commitments, tells when they are
///         final, and holds the posters' bonds. It creates its own `Bridge`, so the two are
///         bound without an owner key.
contract Rollup {
    /// @notice What the rollup records per batch (spec 5.3), packed into five slots.
    /// @param entriesRoot   merkleRoot of the entry leaves
    /// @param rootsRoot     merkleRoot of the intermediate state roots
    /// @param postStateRoot state root after the batch's last entry
    /// @param queueStart    first queue index the batch consumes
    /// @param queueEnd      first queue index it does not consume (exclusive)
    /// @param firstBlock    number of its first L2 block
    /// @param lastBlock     number of its last L2 block
    /// @param poster        who appended it
    /// @param appendedAt    L1 timestamp of the append
    /// @param lastTimestamp timestamp of its last L2 block
    /// @param entryCount    number of entries (= number of intermediate roots)
    struct Batch {
        bytes32 entriesRoot;
        bytes32 rootsRoot;
        bytes32 postStateRoot;
        uint64 queueStart;
        uint64 queueEnd;
        uint64 firstBlock;
        uint64 lastBlock;
        address poster;
        uint40 appendedAt;
        uint40 lastTimestamp;
        uint16 entryCount;
    }

    /// @dev A poster's bond and the L1 time of its last batch, in one slot.
    struct BondAccount {
        uint192 amount;
        uint64 lastPostedAt;
    }

    /// @notice L2 chain id.
    uint64 public immutable l2ChainId;
    /// @notice L2 base fee, wei per gas.
    uint256 public immutable l2BaseFee;
    /// @notice L2 account credited with transaction fees.
    address public immutable feeRecipient;
    /// @notice Seconds after its append during which a batch can be proven fraudulent.
    uint64 public immutable challengeWindow;
    /// @notice Seconds after which a queued item must be consumed by the next batch.
    uint64 public immutable forceInclusionDelay;
    /// @notice Bond needed to append.
    uint256 public immutable minBond;
    /// @notice The preferred poster.
    address public immutable sequencer;
    /// @notice Seconds without a batch after which any bonded address may append.
    uint64 public immutable inactivityPeriod;
    /// @notice The bridge holding the L1 queue and paying withdrawals.
    Bridge public immutable bridge;
    /// @notice The stateless re-executor of fraud proofs (a separate contract: code size).
    FraudVerifier public immutable fraudVerifier;
    /// @notice L1 timestamp of the deployment; the inactivity clock starts here.
    uint64 public immutable deployedAt;

    /// @notice Number of batches (reverted batches are not counted).
    uint64 public batchCount;

    mapping(uint64 batchIndex => Batch) internal _batches;
    mapping(address poster => BondAccount) internal _bonds;

    /// @notice A batch was appended (spec 5.3).
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
    /// @notice Batches `fromBatch` up to `toBatch` (exclusive: the batch count before the
    ///         revert) were reverted by a fraud proof of `challenger` (spec 6).
    event BatchesReverted(uint64 fromBatch, uint64 toBatch, address challenger);
    /// @notice `account` added `amount` to its bond, now `total`.
    event Bonded(address indexed account, uint256 amount, uint256 total);
    /// @notice `account` took `amount` back from its bond, now `total`.
    event Unbonded(address indexed account, uint256 amount, uint256 total);
    /// @notice `poster`'s whole bond `amount` was slashed; `reward` went to `challenger`,
    ///         the rest stays locked in the rollup.
    event BondSlashed(address indexed poster, address indexed challenger, uint256 amount, uint256 reward);

    /// @notice appendBatch was not called directly by an account without code (spec 5.1):
    ///         a contract, or an EIP-7702 delegated EOA, whose calls need not appear in any
    ///         transaction input.
    error NotEOA();
    /// @notice The caller may not append now: it is not the sequencer and the sequencer
    ///         has not been inactive for `inactivityPeriod` (until `allowedAt`).
    error NotSequencer(uint64 allowedAt);
    /// @notice The caller's bond `bond` is below `needed`.
    error InsufficientBond(uint256 bond, uint256 needed);
    /// @notice The caller's last batch is still in its challenge window (until `unlockAt`).
    error BondLocked(uint64 unlockAt);
    /// @notice A deposit or withdrawal of zero.
    error ZeroAmount();
    /// @notice A bond would exceed 2^192 - 1 wei.
    error BondTooLarge();
    /// @notice Sending ETH failed.
    error TransferFailed();
    /// @notice Queue item `index` is older than forceInclusionDelay and the batch does not
    ///         consume it (spec 4).
    error ForcedInclusionRequired(uint64 index);
    /// @notice No (unreverted) batch has index `batchIndex`.
    error UnknownBatch(uint64 batchIndex);
    /// @notice Batch `batchIndex` is final and can no longer be reverted.
    error BatchFinalized(uint64 batchIndex);

    /// @notice Deploys the rollup with its parameters (spec 1) and creates its bridge.
    constructor(
        uint64 l2ChainId_,
        uint256 l2BaseFee_,
        address feeRecipient_,
        uint64 challengeWindow_,
        uint64 forceInclusionDelay_,
        uint256 minBond_,
        address sequencer_,
        uint64 inactivityPeriod_
    ) {
        l2ChainId = l2ChainId_;
        l2BaseFee = l2BaseFee_;
        feeRecipient = feeRecipient_;
        challengeWindow = challengeWindow_;
        forceInclusionDelay = forceInclusionDelay_;
        minBond = minBond_;
        sequencer = sequencer_;
        inactivityPeriod = inactivityPeriod_;
        deployedAt = uint64(block.timestamp);
        bridge = new Bridge();
        fraudVerifier = new FraudVerifier();
    }

    /// @notice Appends a batch (spec 5): `batch` is the calldata of 5.1, `roots[i]` the state
    ///         root after entry i. Callable only by an EOA without code with a bond of at least `minBond`,
    ///         which is the sequencer or, after `inactivityPeriod` without a batch, anyone.
    /// @dev    Reverts `BadBatch(reason)` (codes documented in BatchLib) when the batch breaks
    ///         a rule of 5.1, and `ForcedInclusionRequired(q)` when it leaves behind a queue
    ///         item older than `forceInclusionDelay`.
    function appendBatch(bytes calldata batch, bytes32[] calldata roots) external {
        if (msg.sender != tx.origin || msg.sender.code.length != 0) revert NotEOA();
        _checkPoster(msg.sender);
        uint64 index = batchCount;
        Batch memory b = _record(batch, roots, index);
        _batches[index] = b;
        batchCount = index + 1;
        _bonds[msg.sender].lastPostedAt = uint64(block.timestamp);
        emit BatchAppended(
            index,
            msg.sender,
            b.entriesRoot,
            b.rootsRoot,
            b.postStateRoot,
            b.queueStart,
            b.queueEnd,
            b.firstBlock,
            b.lastBlock
        );
    }

    /// @notice Adds `msg.value` to the caller's bond.
    function bond() external payable {
        if (msg.value == 0) revert ZeroAmount();
        BondAccount storage account = _bonds[msg.sender];
        uint256 total = account.amount + msg.value;
        if (total > type(uint192).max) revert BondTooLarge();
        // forge-lint: disable-next-line(unsafe-typecast) checked against uint192 max just above
        account.amount = uint192(total);
        emit Bonded(msg.sender, msg.value, total);
    }

    /// @notice Returns `amount` of the caller's bond, once `challengeWindow` has passed since
    ///         the caller's last batch.
    function unbond(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        BondAccount storage account = _bonds[msg.sender];
        uint64 unlockAt = account.lastPostedAt + challengeWindow;
        if (account.lastPostedAt != 0 && block.timestamp < unlockAt) revert BondLocked(unlockAt);
        if (amount > account.amount) revert InsufficientBond(account.amount, amount);
        uint256 total = account.amount - amount;
        // forge-lint: disable-next-line(unsafe-typecast) total is below the uint192 bond
        account.amount = uint192(total);
        emit Unbonded(msg.sender, amount, total);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Current bond of `account`.
    function bonds(address account) external view returns (uint256) {
        return _bonds[account].amount;
    }

    /// @notice The record of batch `batchIndex` (reverts `UnknownBatch` if it does not exist).
    function getBatch(uint64 batchIndex) external view returns (Batch memory) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        return _batches[batchIndex];
    }

    /// @notice Post-state root of batch `batchIndex` (reverts `UnknownBatch` if it does not
    ///         exist); with `isFinalized`, what the bridge needs to pay a withdrawal.
    function postStateRootOf(uint64 batchIndex) external view returns (bytes32) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        return _batches[batchIndex].postStateRoot;
    }

    /// @notice True iff batch `batchIndex` exists and its challenge window has passed (spec 7).
    function isFinalized(uint64 batchIndex) public view returns (bool) {
        return batchIndex < batchCount
            && block.timestamp >= uint256(_batches[batchIndex].appendedAt) + challengeWindow;
    }

    /// @notice Post-state root of the last batch (`b32(0)`, the genesis root, before any).
    function lastPostStateRoot() external view returns (bytes32) {
        uint64 count = batchCount;
        return count == 0 ? bytes32(0) : _batches[count - 1].postStateRoot;
    }

    /// @notice Number of queue items consumed by the batches (the next batch's queueStart).
    function queueConsumed() external view returns (uint64) {
        uint64 count = batchCount;
        return count == 0 ? 0 : _batches[count - 1].queueEnd;
    }

    /// @notice Number of the last L2 block of the last batch (0, genesis, before any).
    function lastBlock() external view returns (uint64) {
        uint64 count = batchCount;
        return count == 0 ? 0 : _batches[count - 1].lastBlock;
    }

    /// @notice Proves that batch `proof.batchIndex` committed a wrong state root after entry
    ///         `proof.entryIndex` (docs/protocol.md 6): the entry (its leaf preimage, then the
    ///         queue item for a queue reference) with its path in entriesRoot, the roots before
    ///         and after it with their paths in rootsRoot (for entry 0, the previous batch's
    ///         root and an empty path), and the state witnesses of its accesses. The entry is
    ///         re-executed from `preRoot`; if the result is not `postRoot`, the batch and every
    ///         later one are reverted and half the poster's bond is paid to the caller.
    /// @dev    Errors, in the order checked (6.2): BatchNotFound, BatchAlreadyFinalized,
    ///         EntryPathInvalid, QueueItemMismatch, RootPathInvalid, WitnessInvalid, NoFraud.
    function proveFraud(FraudProof calldata proof) external {
        uint64 batchIndex = proof.batchIndex;
        if (batchIndex >= batchCount) revert BatchNotFound();
        if (isFinalized(batchIndex)) revert BatchAlreadyFinalized();
        bool isQueue = _checkEntry(proof);
        _checkRoots(proof);
        StateTransition.ChainParams memory params = StateTransition.ChainParams(l2ChainId, l2BaseFee, feeRecipient);
        bytes32 computed = proof.entry[0] == 0x02
            ? fraudVerifier.executeCompact(params, proof.entry[1:], proof.preRoot, proof.witnesses)
            : fraudVerifier.execute(params, proof.entry[isQueue ? 9 : 1:], isQueue, proof.preRoot, proof.witnesses);
        if (computed == proof.postRoot) revert NoFraud();
        _revertFrom(batchIndex, msg.sender);
    }

    /// @dev Spec 6.2 steps 3-4: the entry is leaf `entryIndex` of the batch's entriesRoot
    ///      (`0x00 || tx`, `0x02 || compact`, or `0x01 || u64(queueIndex)` then the item), and a queue item is
    ///      the one the bridge stored. Returns whether the entry is a queue reference.
    function _checkEntry(FraudProof calldata proof) private view returns (bool isQueue) {
        Batch storage b = _batches[proof.batchIndex];
        bytes calldata entry = proof.entry;
        if (proof.entryIndex >= b.entryCount || entry.length < 2) revert EntryPathInvalid();
        bytes32 leaf;
        if (entry[0] == 0x00 || entry[0] == 0x02) {
            leaf = keccak256(entry);
        } else if (entry[0] == 0x01 && entry.length >= 9) {
            leaf = keccak256(entry[:9]);
            isQueue = true;
        } else {
            revert EntryPathInvalid();
        }
        if (!MerkleLib.verify(leaf, proof.entryIndex, b.entryCount, proof.entryPath, b.entriesRoot)) {
            revert EntryPathInvalid();
        }
        if (isQueue && keccak256(entry[9:]) != bridge.queueHash(uint64(bytes8(entry[1:9])))) {
            revert QueueItemMismatch();
        }
    }

    /// @dev Spec 6.2 step 5: `postRoot` is roots[entryIndex]; `preRoot` is roots[entryIndex - 1],
    ///      or for entry 0 the previous batch's post-state root (genesis: zero) with no path.
    function _checkRoots(FraudProof calldata proof) private view {
        Batch storage b = _batches[proof.batchIndex];
        uint32 i = proof.entryIndex;
        if (!MerkleLib.verify(proof.postRoot, i, b.entryCount, proof.postPath, b.rootsRoot)) {
            revert RootPathInvalid();
        }
        if (i == 0) {
            uint64 batchIndex = proof.batchIndex;
            bytes32 previous = batchIndex == 0 ? bytes32(0) : _batches[batchIndex - 1].postStateRoot;
            if (proof.preRoot != previous || proof.prePath.length != 0) revert RootPathInvalid();
        } else if (!MerkleLib.verify(proof.preRoot, i - 1, b.entryCount, proof.prePath, b.rootsRoot)) {
            revert RootPathInvalid();
        }
    }

    /// @dev Reverts the batch `batchIndex` and every later one after a proven fraud (spec 6):
    ///      `batchCount` becomes `batchIndex`, so `queueConsumed`, `lastBlock` and
    ///      `lastPostStateRoot` return to the previous batch's values (queueConsumed to the
    ///      batch's queueStart). The poster's whole bond is slashed: half is paid to
    ///      `challenger`, the rest stays locked here. The fraud-proof entry point calls this
    ///      once the proof is checked.
    function _revertFrom(uint64 batchIndex, address challenger) internal {
        uint64 count = batchCount;
        if (batchIndex >= count) revert UnknownBatch(batchIndex);
        if (isFinalized(batchIndex)) revert BatchFinalized(batchIndex);
        address poster = _batches[batchIndex].poster;
        batchCount = batchIndex;
        emit BatchesReverted(batchIndex, count, challenger);
        uint256 slashed = _bonds[poster].amount;
        uint256 reward = slashed / 2;
        _bonds[poster].amount = 0;
        emit BondSlashed(poster, challenger, slashed, reward);
        if (reward > 0) {
            (bool ok,) = challenger.call{value: reward}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @dev Checks the batch appended as number `index` and builds its record.
    function _record(bytes calldata batch, bytes32[] calldata roots, uint64 index)
        private
        view
        returns (Batch memory b)
    {
        (uint64 queueStart, uint64 prevTimestamp, uint64 prevBlock) = _tip(index);
        uint64 queueLength = bridge.queueLength();
        BatchLib.Summary memory s = BatchLib.parse(
            batch,
            roots.length,
            BatchLib.Context({
                queueStart: queueStart,
                queueLength: queueLength,
                prevTimestamp: prevTimestamp,
                l1Timestamp: uint64(block.timestamp)
            })
        );
        _checkForcedInclusion(s.queueEnd, queueLength);
        b.entriesRoot = s.entriesRoot;
        b.rootsRoot = MerkleLib.root(roots);
        b.postStateRoot = roots[roots.length - 1];
        b.queueStart = queueStart;
        b.queueEnd = s.queueEnd;
        b.firstBlock = prevBlock + 1;
        b.lastBlock = prevBlock + s.blockCount;
        b.poster = msg.sender;
        b.appendedAt = uint40(block.timestamp);
        // Block timestamps were checked not to exceed block.timestamp, so they fit.
        b.lastTimestamp = uint40(s.lastTimestamp);
        b.entryCount = uint16(roots.length);
    }

    /// @dev What the next batch continues from: the last batch's queueEnd, last block
    ///      timestamp and last block number (genesis: all zero).
    function _tip(uint64 count) private view returns (uint64 queueEnd, uint64 timestamp, uint64 blockNumber) {
        if (count == 0) return (0, 0, 0);
        Batch storage last = _batches[count - 1];
        return (last.queueEnd, last.lastTimestamp, last.lastBlock);
    }

    /// @dev The poster rules of spec 7: a bond of at least minBond, and the sequencer or,
    ///      after inactivityPeriod without a batch, anyone.
    function _checkPoster(address poster) private view {
        uint256 bonded = _bonds[poster].amount;
        if (bonded < minBond) revert InsufficientBond(bonded, minBond);
        if (poster == sequencer) return;
        uint64 count = batchCount;
        uint64 lastAppend = count == 0 ? deployedAt : uint64(_batches[count - 1].appendedAt);
        uint64 allowedAt = lastAppend + inactivityPeriod;
        if (block.timestamp < allowedAt) revert NotSequencer(allowedAt);
    }

    /// @dev Spec 4: the first queue item the batch leaves, if any, must be younger than
    ///      forceInclusionDelay.
    function _checkForcedInclusion(uint64 queueEnd, uint64 queueLength) private view {
        if (queueEnd >= queueLength) return;
        if (uint256(bridge.queueTime(queueEnd)) + forceInclusionDelay <= block.timestamp) {
            revert ForcedInclusionRequired(queueEnd);
        }
    }
}
