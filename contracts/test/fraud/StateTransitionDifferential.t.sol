// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {FraudVerifier} from "../../src/fraud/FraudVerifier.sol";
import {StateTransition} from "../../src/fraud/StateTransition.sol";

/// @notice The differential test of the two STFs: every vector of
///         protocol/src/test/resources/vectors/fraud/ (generated from the Java STF, see the
///         README there) is executed by the Solidity twin through `FraudVerifier.execute`,
///         which must give the Java post-state root. Logs the gas of `execute` per entry kind.
contract StateTransitionDifferentialTest is Test {
    /// @dev One vector; fields in the alphabetical order `parseJsonTypeArray` expects.
    struct DiffVector {
        bytes entry;
        string kind;
        bytes32 postRoot;
        bytes32 preRoot;
        uint256 queue;
        bytes witnesses;
    }

    /// @dev The JSON type of a vector; its own name (no Solidity struct has it), so forge does
    ///      not confuse it with other tests' structs.
    string internal constant VECTOR_TYPE =
        "StfVectorRow(bytes entry,string kind,bytes32 postRoot,bytes32 preRoot,uint256 queue,bytes witnesses)";
    FraudVerifier internal verifier;

    /// @dev Gas statistics per kind over the file a test reads.
    string[] internal kinds;
    mapping(bytes32 kind => uint256) internal gasSum;
    mapping(bytes32 kind => uint256) internal gasMax;
    mapping(bytes32 kind => uint256) internal count;

    function setUp() public {
        verifier = new FraudVerifier();
    }

    function test_execute_vectorFile0_matchesJavaPostRoots() public {
        _runFile(0);
    }

    function test_execute_vectorFile1_matchesJavaPostRoots() public {
        _runFile(1);
    }

    function test_execute_vectorFile2_matchesJavaPostRoots() public {
        _runFile(2);
    }

    function test_execute_vectorFile3_matchesJavaPostRoots() public {
        _runFile(3);
    }

    function test_execute_vectorFile4_matchesJavaPostRoots() public {
        _runFile(4);
    }

    function test_execute_vectorFile5_matchesJavaPostRoots() public {
        _runFile(5);
    }

    function test_execute_vectorFile6_matchesJavaPostRoots() public {
        _runFile(6);
    }

    function test_execute_vectorFile7_matchesJavaPostRoots() public {
        _runFile(7);
    }

    function test_execute_vectorFile8_matchesJavaPostRoots() public {
        _runFile(8);
    }

    function test_execute_vectorFile9_matchesJavaPostRoots() public {
        _runFile(9);
    }

    /// @notice gas.json: one entry per kind on a state of 2^20 leaves (witnesses ~20 siblings
    ///         deep). Logs `execute`'s gas per kind; a transfer's proof must stay under 500,000.
    function test_execute_gasVectors_transferUnder500k() public {
        string memory path =
            string.concat(vm.projectRoot(), "/../protocol/src/test/resources/vectors/fraud/gas.json");
        _runPath(path);
        assertLt(gasMax[keccak256("eth-transfer")], 500_000, "ETH transfer");
        assertLt(gasMax[keccak256("token-transfer")], 500_000, "token transfer");
    }

    /// @dev Runs every vector of file `f` (10 files of about 1,000 vectors: one test each keeps
    ///      the test contract's memory, and so its memory gas, small).
    function _runFile(uint256 f) internal {
        _runPath(
            string.concat(vm.projectRoot(), "/../protocol/src/test/resources/vectors/fraud/stf-", vm.toString(f), ".json")
        );
    }

    function _runPath(string memory path) internal {
        string memory json = vm.readFile(path);
        StateTransition.ChainParams memory p = StateTransition.ChainParams({
            chainId: uint64(vm.parseJsonUint(json, ".chainId")),
            baseFee: uint256(vm.parseJsonBytes32(json, ".baseFee")),
            feeRecipient: vm.parseJsonAddress(json, ".feeRecipient")
        });
        DiffVector[] memory vs = abi.decode(vm.parseJsonTypeArray(json, ".vectors", VECTOR_TYPE), (DiffVector[]));
        for (uint256 i = 0; i < vs.length; i++) {
            DiffVector memory v = vs[i];
            uint256 before = gasleft();
            bytes32 got = verifier.execute(p, v.entry, v.queue == 1, v.preRoot, v.witnesses);
            _record(v.kind, before - gasleft());
            assertEq(got, v.postRoot, string.concat(path, " vector ", vm.toString(i), " (", v.kind, ")"));
        }
        assertGt(vs.length, 0, "empty vector file");
        _logGas(path);
    }

    function _record(string memory kind, uint256 gasUsed) internal {
        bytes32 k = keccak256(bytes(kind));
        if (count[k] == 0) kinds.push(kind);
        count[k]++;
        gasSum[k] += gasUsed;
        if (gasUsed > gasMax[k]) gasMax[k] = gasUsed;
    }

    function _logGas(string memory path) internal view {
        console.log(string.concat("gas of FraudVerifier.execute per entry kind in ", path, " (count, mean, max):"));
        for (uint256 i = 0; i < kinds.length; i++) {
            bytes32 k = keccak256(bytes(kinds[i]));
            console.log(string.concat(
                "  ", kinds[i], ": ", vm.toString(count[k]), ", ", vm.toString(gasSum[k] / count[k]), ", ",
                vm.toString(gasMax[k])
            ));
        }
    }
}
