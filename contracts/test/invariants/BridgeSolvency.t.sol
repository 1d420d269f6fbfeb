// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommonTest} from "../setup/CommonTest.sol";
import {BridgeHandler} from "./BridgeHandler.sol";

/// @notice Whatever deposits, batches, fraud proofs and payouts happen, the bridge holds
///         exactly the deposits minus the payouts, the rollup holds the bonds plus the
///         locked half of every slash, and nothing is paid twice or from a reverted batch.
/// forge-config: default.invariant.runs = 48
/// forge-config: default.invariant.depth = 40
contract BridgeSolvency_Invariant is CommonTest {
    BridgeHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BridgeHandler(rollup, sequencer);
        targetContract(address(handler));
    }

    function invariant_bridgeBalance_equalsDepositsMinusPayouts() external view {
        assertEq(address(bridge).balance, handler.deposited() - handler.paid());
    }

    function invariant_rollupBalance_equalsBondsPlusLocked() external view {
        assertEq(address(rollup).balance, rollup.bonds(sequencer) + handler.locked());
    }

    function invariant_payouts_onlyOnceAndOnlyFromLiveBatches() external view {
        assertFalse(handler.violated());
    }

    function invariant_queue_consumedWithinLength() external view {
        assertLe(rollup.queueConsumed(), bridge.queueLength());
    }
}
