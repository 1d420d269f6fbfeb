// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Bridge} from "../../src/L1/Bridge.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {RollupHarness} from "../setup/RollupHarness.sol";

/// @notice Drives a rollup and its bridge like an honest L2 with occasional fraud: deposits,
///         batches that consume the queue and record one withdrawal each, fraud reverts of
///         the last open batch, and payouts. Keeps ghost totals for the invariants.
contract BridgeHandler is Test {
    struct Pending {
        uint64 batchIndex;
        uint256 index;
        uint256 amount;
    }

    RollupHarness public immutable rollup;
    Bridge public immutable bridge;
    address public immutable sequencer;
    uint256 public immutable minBond;

    uint256 public deposited;
    uint256 public paid;
    uint256 public paidCount;
    uint256 public locked;
    /// @notice Withdrawals recorded by live (unreverted) batches and not paid yet.
    uint256 public owed;
    /// @notice Set when a rule was broken during an action (a double or reverted payout
    ///         that succeeded); the invariant checks it stays false.
    bool public violated;

    Pending[] internal _pending;
    uint256 internal _nextIndex;
    address internal immutable _depositor = makeAddr("depositor");
    address internal immutable _recipient = makeAddr("recipient");
    address internal immutable _challenger = makeAddr("challenger");

    constructor(RollupHarness rollup_, address sequencer_) {
        rollup = rollup_;
        bridge = rollup_.bridge();
        sequencer = sequencer_;
        minBond = rollup_.minBond();
    }

    function depositEth(uint256 amount) external {
        amount = bound(amount, 1, 100 ether);
        vm.deal(_depositor, amount);
        vm.prank(_depositor);
        bridge.depositEth{value: amount}(_depositor);
        deposited += amount;
    }

    /// @notice Appends a batch consuming the whole queue and recording one withdrawal of at
    ///         most what the L2 holds.
    function postWithdrawal(uint256 amount) external {
        uint256 free = deposited - paid - owed;
        if (free == 0 || rollup.bonds(sequencer) < minBond) return;
        amount = bound(amount, 1, free);
        uint256 refs = bridge.queueLength() - rollup.queueConsumed();
        if (refs > 1000) return;
        uint256 index = _nextIndex++;
        bytes32 root = SmtLib.leafHash(SmtLib.withdrawalKey(index), SmtLib.withdrawalValue(address(0), _recipient, amount));
        uint256 n = refs == 0 ? 1 : refs;
        // forge-lint: disable-next-line(unsafe-typecast) n <= 1000
        bytes memory batch = abi.encodePacked(uint8(1), uint16(1), uint64(block.timestamp), uint16(n));
        for (uint256 i = 0; i < n; i++) {
            batch = bytes.concat(batch, refs == 0 ? bytes(hex"000001c0") : bytes(hex"000000"));
        }
        bytes32[] memory roots = new bytes32[](n);
        roots[n - 1] = root;
        uint64 batchIndex = rollup.batchCount();
        vm.prank(sequencer, sequencer);
        rollup.appendBatch(batch, roots);
        _pending.push(Pending(batchIndex, index, amount));
        owed += amount;
    }

    /// @notice Proves the last batch fraudulent if it is still open; its withdrawal is void.
    function fraud() external {
        uint64 count = rollup.batchCount();
        if (count == 0 || rollup.isFinalized(count - 1)) return;
        uint256 bond = rollup.bonds(sequencer);
        rollup.exposed_revertFrom(count - 1, _challenger);
        locked += bond - bond / 2;
        for (uint256 i = 0; i < _pending.length; i++) {
            if (_pending[i].batchIndex >= count - 1 && _pending[i].amount != 0) {
                owed -= _pending[i].amount;
                _pending[i].amount = 0; // void: must never pay
            }
        }
        vm.deal(sequencer, minBond);
        vm.prank(sequencer);
        rollup.bond{value: minBond}();
    }

    /// @notice Lets the window pass and pays every withdrawal of a live batch once; tries
    ///         the void ones and a second payout, which must fail.
    function finalizeAll(uint256 wait) external {
        vm.warp(block.timestamp + bound(wait, rollup.challengeWindow(), 2 * rollup.challengeWindow()));
        for (uint256 i = 0; i < _pending.length; i++) {
            Pending memory w = _pending[i];
            if (bridge.isWithdrawalFinalized(w.index)) {
                _expectFailure(w, w.amount);
            } else if (w.amount == 0) {
                _expectFailure(w, 0);
            } else {
                bridge.finalizeWithdrawal(w.batchIndex, w.index, address(0), _recipient, w.amount, new bytes32[](0));
                paid += w.amount;
                owed -= w.amount;
                paidCount++;
            }
        }
    }

    function _expectFailure(Pending memory w, uint256 amount) internal {
        try bridge.finalizeWithdrawal(w.batchIndex, w.index, address(0), _recipient, amount, new bytes32[](0)) {
            violated = true;
        } catch {}
    }
}
