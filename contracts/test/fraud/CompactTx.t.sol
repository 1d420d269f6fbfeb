// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {CompactTx} from "../../src/fraud/CompactTx.sol";
import {FraudVerifier} from "../../src/fraud/FraudVerifier.sol";
import {StateTransition} from "../../src/fraud/StateTransition.sol";
import {WitnessInvalid} from "../../src/fraud/FraudErrors.sol";
import {CompactEncoder} from "../setup/CompactEncoder.sol";
import {VectorFile} from "../vectors/VectorFile.sol";

/// @notice Compact transactions (docs/protocol.md 3.5) against the Java side: the pairs and
///         the non-expanding bytes of vectors/compact.json, and the 2,000-row differential file
///         vectors/fraud/compact-expansion.json; a compact entry that does not expand executes
///         as the no-op of a malformed transaction.
contract CompactTx_Test is Test {
    function test_expand_compactVectors_giveTheRawBytes() external view {
        string memory json = VectorFile.read("compact.json");
        uint256 chainId = vm.parseJsonUint(json, ".chainId");
        uint256 rows = VectorFile.length(json, ".valid");
        assertGt(rows, 0);
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".valid", r);
            bytes memory c = vm.parseJsonBytes(json, string.concat(p, ".compact"));
            bytes memory raw = vm.parseJsonBytes(json, string.concat(p, ".raw"));
            string memory name = vm.parseJsonString(json, string.concat(p, ".name"));
            (bool ok, bytes memory expanded) = CompactTx.expand(c, chainId);
            assertTrue(ok, name);
            assertEq(expanded, raw, name);
            assertEq(keccak256(expanded), vm.parseJsonBytes32(json, string.concat(p, ".hash")), name);
            // the test's own encoder writes other integer forms; they expand the same
            (ok, expanded) = CompactTx.expand(CompactEncoder.encode(raw), chainId);
            assertTrue(ok, name);
            assertEq(expanded, raw, name);
        }
    }

    function test_expand_invalidVectors_doNotExpand() external view {
        string memory json = VectorFile.read("compact.json");
        uint256 chainId = vm.parseJsonUint(json, ".chainId");
        uint256 rows = VectorFile.length(json, ".invalid");
        assertGt(rows, 0);
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".invalid", r);
            (bool ok,) = CompactTx.expand(vm.parseJsonBytes(json, string.concat(p, ".compact")), chainId);
            assertFalse(ok, vm.parseJsonString(json, string.concat(p, ".name")));
        }
    }

    function test_expand_differentialFile_matchesJava() external view {
        string memory json = VectorFile.read("fraud/compact-expansion.json");
        uint256 chainId = vm.parseJsonUint(json, ".chainId");
        bytes[] memory compact = vm.parseJsonBytesArray(json, ".compact");
        bytes[] memory raw = vm.parseJsonBytesArray(json, ".raw");
        assertEq(compact.length, 2000);
        assertEq(raw.length, compact.length);
        uint256 expanding;
        for (uint256 i = 0; i < compact.length; i++) {
            (bool ok, bytes memory expanded) = CompactTx.expand(compact[i], chainId);
            assertEq(ok, raw[i].length != 0, vm.toString(i));
            assertEq(expanded, raw[i], vm.toString(i));
            if (ok) expanding++;
        }
        assertGt(expanding, 500);
        assertLt(expanding, 1500);
    }

    function test_executeCompact_notExpanding_isANoOpWithoutWitness() external {
        FraudVerifier v = new FraudVerifier();
        StateTransition.ChainParams memory p = StateTransition.ChainParams(42424, 1 gwei, address(0xfee));
        bytes32 pre = keccak256("pre");
        assertEq(v.executeCompact(p, hex"ff", pre, ""), pre);
        assertEq(v.executeCompact(p, hex"00", pre, ""), pre);
        vm.expectRevert(WitnessInvalid.selector);
        v.executeCompact(p, hex"ff", pre, hex"000000");
    }

    function testFuzz_expand_neverReverts(bytes memory c) external pure {
        CompactTx.expand(c, 42424);
    }
}
