// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// The named errors of a fraud proof (docs/protocol.md 6.2), shared by the rollup's entry
// point and the fraud verifier so that a proof fails the same way wherever it is checked.

/// @notice No batch has this index (never appended, or reverted).
error BatchNotFound();
/// @notice The batch's challenge window has passed: it can no longer be reverted.
error BatchAlreadyFinalized();
/// @notice The entry, its index or its Merkle path does not match the batch's entriesRoot.
error EntryPathInvalid();
/// @notice preRoot or postRoot (or a path) does not match the batch's rootsRoot.
error RootPathInvalid();
/// @notice A state witness is missing, truncated, malformed, does not fold to the current
///         root, or bytes are left over after the entry.
error WitnessInvalid();
/// @notice Re-executing the entry gives the committed root: the batch is correct here.
error NoFraud();
/// @notice The queue item bytes are not the bridge's item for the referenced index.
error QueueItemMismatch();
