// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The argument of `Rollup.proveFraud` (docs/protocol.md 6.1), one struct because nine
///         loose arguments (fourteen stack slots once decoded) are more than the ABI decoder
///         of the legacy code generator can reach.
/// @param batchIndex the batch claimed fraudulent
/// @param entryIndex `i`, the entry whose post-state root `roots[i]` is wrong
/// @param entry      the entry's leaf preimage (`0x00 || tx`, or `0x01 || u64(queueIndex)`),
///                   followed for a queue reference by the queue item bytes
/// @param entryPath  Merkle path of the entry's leaf in the batch's entriesRoot (bottom up)
/// @param preRoot    `root_i`: roots[i - 1], or for i == 0 the previous batch's post-state root
/// @param prePath    path of roots[i - 1] in rootsRoot; empty for i == 0
/// @param postRoot   `roots[i]`, the committed root claimed wrong
/// @param postPath   path of roots[i] in rootsRoot
/// @param witnesses  the state witnesses of the entry's accesses (6.1, 6.3)
struct FraudProof {
    uint64 batchIndex;
    uint32 entryIndex;
    bytes entry;
    bytes32[] entryPath;
    bytes32 preRoot;
    bytes32[] prePath;
    bytes32 postRoot;
    bytes32[] postPath;
    bytes witnesses;
}
