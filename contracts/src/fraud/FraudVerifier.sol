// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {StateTransition} from "./StateTransition.sol";

/// @title FraudVerifier
/// @notice Stateless re-execution of one batch entry for the rollup's fraud proofs
///         (docs/protocol.md 6). A separate contract so that the rollup stays under the
///         24 KB code size limit; it holds no state and trusts no caller.
contract FraudVerifier {
    /// @notice The state root after executing `entry` on `preRoot` with the state witnesses
    ///         `witnesses` (6.1, consumed in the order of 6.3).
    /// @param  entry       raw transaction bytes, or the queue item bytes when `isQueueItem`
    /// @dev    Reverts `WitnessInvalid()` on a bad witness and `QueueItemMismatch()` on
    ///         item bytes the bridge cannot produce; never on a malformed transaction.
    function execute(
        StateTransition.ChainParams calldata params,
        bytes calldata entry,
        bool isQueueItem,
        bytes32 preRoot,
        bytes calldata witnesses
    ) external pure returns (bytes32 postRoot) {
        return StateTransition.execute(params, entry, isQueueItem, preRoot, witnesses);
    }

    /// @notice As `execute`, for a compact transaction entry (spec 3.5): `compact` is expanded
    ///         under `params.chainId`; bytes that do not expand are a malformed no-op.
    function executeCompact(
        StateTransition.ChainParams calldata params,
        bytes calldata compact,
        bytes32 preRoot,
        bytes calldata witnesses
    ) external pure returns (bytes32 postRoot) {
        return StateTransition.executeCompact(params, compact, preRoot, witnesses);
    }
}
