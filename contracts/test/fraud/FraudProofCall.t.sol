// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../../src/L1/Rollup.sol";
import {FraudProof} from "../../src/fraud/FraudProof.sol";

/// @notice The Java `FraudProof.calldata()` (vectors/fraud/proof-call.json) is a call of
///         `Rollup.proveFraud(FraudProof)` whose argument decodes to the listed fields.
contract FraudProofCallTest is Test {
    function test_proveFraud_javaCalldataDecodesToTheFields_succeeds() external view {
        string memory json = vm.readFile(
            string.concat(vm.projectRoot(), "/../protocol/src/test/resources/vectors/fraud/proof-call.json")
        );
        bytes memory cd = vm.parseJsonBytes(json, ".calldata");
        assertEq(bytes4(cd), Rollup.proveFraud.selector, "selector");
        FraudProof memory p = abi.decode(this.tail(cd), (FraudProof));
        assertEq(p.batchIndex, vm.parseJsonUint(json, ".batchIndex"));
        assertEq(p.entryIndex, vm.parseJsonUint(json, ".entryIndex"));
        assertEq(p.entry, vm.parseJsonBytes(json, ".entry"));
        assertEq(p.entryPath, vm.parseJsonBytes32Array(json, ".entryPath"));
        assertEq(p.preRoot, vm.parseJsonBytes32(json, ".preRoot"));
        assertEq(p.prePath, vm.parseJsonBytes32Array(json, ".prePath"));
        assertEq(p.postRoot, vm.parseJsonBytes32(json, ".postRoot"));
        assertEq(p.postPath, vm.parseJsonBytes32Array(json, ".postPath"));
        assertEq(p.witnesses, vm.parseJsonBytes(json, ".witnesses"));
        assertEq(abi.encodeCall(Rollup.proveFraud, (p)), cd, "re-encoding");
    }

    /// @dev `b[4:]`, through calldata slicing.
    function tail(bytes calldata b) external pure returns (bytes memory) {
        return b[4:];
    }
}
