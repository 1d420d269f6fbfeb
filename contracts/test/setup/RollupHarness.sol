// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Rollup} from "../../src/L1/Rollup.sol";

/// @notice Rollup with its internal fraud-proof seam exposed, until the fraud-proof entry
///         point exists.
contract RollupHarness is Rollup {
    constructor(
        uint64 l2ChainId_,
        uint256 l2BaseFee_,
        address feeRecipient_,
        uint64 challengeWindow_,
        uint64 forceInclusionDelay_,
        uint256 minBond_,
        address sequencer_,
        uint64 inactivityPeriod_
    )
        Rollup(
            l2ChainId_,
            l2BaseFee_,
            feeRecipient_,
            challengeWindow_,
            forceInclusionDelay_,
            minBond_,
            sequencer_,
            inactivityPeriod_
        )
    {}

    function exposed_revertFrom(uint64 batchIndex, address challenger) external {
        _revertFrom(batchIndex, challenger);
    }
}
