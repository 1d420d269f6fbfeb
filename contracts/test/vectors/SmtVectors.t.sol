// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {Reference} from "../setup/Reference.sol";
import {VectorFile} from "./VectorFile.sol";

/// @notice smt.json: compact SMT roots and inclusion proofs of spec 2.2 and 2.3.
contract SmtVectors_Test is Test {
    function test_verify_vectors_succeeds() external view {
        string memory json = VectorFile.read("smt.json");
        uint256 trees = VectorFile.length(json, ".trees");
        assertGt(trees, 0);
        for (uint256 t = 0; t < trees; t++) {
            string memory p = VectorFile.at(".trees", t);
            bytes32 root = vm.parseJsonBytes32(json, string.concat(p, ".root"));
            bytes32[] memory keys = vm.parseJsonBytes32Array(json, string.concat(p, ".keys"));
            bytes32[] memory values = vm.parseJsonBytes32Array(json, string.concat(p, ".values"));
            // The test-side reference builds the same root from the leaves.
            if (keys.length > 0) assertEq(Reference.smtRoot(keys, values), root, "reference root");
            else assertEq(root, bytes32(0), "empty root");
            string memory proofs = string.concat(p, ".proofs");
            uint256 n = VectorFile.length(json, proofs);
            for (uint256 i = 0; i < n; i++) {
                string memory q = VectorFile.at(proofs, i);
                bytes32 key = vm.parseJsonBytes32(json, string.concat(q, ".key"));
                bytes32 value = vm.parseJsonBytes32(json, string.concat(q, ".value"));
                bytes32[] memory siblings = vm.parseJsonBytes32Array(json, string.concat(q, ".siblings"));
                assertTrue(SmtLib.verify(key, value, siblings, root), "proof");
                assertFalse(SmtLib.verify(key, ~value, siblings, root), "proof of another value");
            }
        }
    }
}
