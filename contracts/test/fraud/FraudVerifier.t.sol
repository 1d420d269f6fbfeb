// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {FraudVerifier} from "../../src/fraud/FraudVerifier.sol";
import {StateTransition} from "../../src/fraud/StateTransition.sol";
import {QueueItemMismatch, WitnessInvalid} from "../../src/fraud/FraudErrors.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";

/// @notice The fraud verifier's robustness rules (docs/protocol.md 6.2 step 6): malformed
///         transactions are no-ops, bad witnesses and impossible queue items revert with
///         their named errors. The STF itself is pinned by StateTransitionDifferential.t.sol.
contract FraudVerifierTest is Test {
    FraudVerifier internal verifier;
    StateTransition.ChainParams internal params;
    address internal recipient = makeAddr("recipient");
    bytes32 internal constant ROOT = keccak256("some root");

    function setUp() public {
        verifier = new FraudVerifier();
        params = StateTransition.ChainParams({chainId: 42424, baseFee: 1 gwei, feeRecipient: makeAddr("fees")});
    }

    function testFuzz_execute_randomTxBytes_isNoOp(bytes memory raw) public view {
        // Random bytes are malformed (or at best an invalid signature): no access, no change.
        assertEq(verifier.execute(params, raw, false, ROOT, ""), ROOT);
    }

    function test_execute_oversizedTx_isNoOp() public view {
        bytes memory raw = new bytes(4097);
        raw[0] = 0xc0;
        assertEq(verifier.execute(params, raw, false, ROOT, ""), ROOT);
    }

    function test_execute_ethDepositIntoEmptyTree_createsTheLeaf() public view {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        bytes32 leaf = SmtLib.leafHash(SmtLib.accountKey(recipient), bytes32(uint256(5)));
        // One witness: depth 0, terminal EMPTY, against the empty root.
        assertEq(verifier.execute(params, item, true, bytes32(0), hex"000000"), leaf);
    }

    function test_execute_depositWithoutWitness_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, bytes32(0), "");
    }

    function test_execute_truncatedWitness_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, bytes32(0), hex"0000");
    }

    function test_execute_unknownTerminalType_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, bytes32(0), hex"000002");
    }

    function test_execute_depthAbove256_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        bytes memory w = abi.encodePacked(uint16(257), uint8(0), new bytes(257 * 32));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, bytes32(0), w);
    }

    function test_execute_witnessNotFoldingToTheRoot_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, ROOT, hex"000000");
    }

    function test_execute_bytesLeftAfterTheEntry_reverts() public {
        bytes memory item = abi.encodePacked(uint8(0), recipient, uint256(5));
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, item, true, bytes32(0), hex"00000000");
    }

    function test_execute_witnessForAMalformedTx_reverts() public {
        vm.expectRevert(WitnessInvalid.selector);
        verifier.execute(params, hex"c0", false, ROOT, hex"000000");
    }

    function test_execute_unknownQueueItemKind_reverts() public {
        vm.expectRevert(QueueItemMismatch.selector);
        verifier.execute(params, hex"03", true, ROOT, "");
    }

    function test_execute_depositItemOfWrongLength_reverts() public {
        vm.expectRevert(QueueItemMismatch.selector);
        verifier.execute(params, abi.encodePacked(uint8(0), recipient, uint128(5)), true, ROOT, "");
    }

    function test_execute_emptyForcedTx_reverts() public {
        vm.expectRevert(QueueItemMismatch.selector);
        verifier.execute(params, hex"02", true, ROOT, "");
    }

    function test_execute_forcedMalformedTx_isNoOp() public view {
        assertEq(verifier.execute(params, hex"02c0", true, ROOT, ""), ROOT);
    }
}
