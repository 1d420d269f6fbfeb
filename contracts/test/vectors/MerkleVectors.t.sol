// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {MerkleLib} from "../../src/libraries/MerkleLib.sol";
import {VectorFile} from "./VectorFile.sol";

/// @notice merkle.json: merkleRoot and paths of spec 5.2.
contract MerkleVectors_Test is Test {
    function test_root_vectors_succeeds() external view {
        string memory json = VectorFile.read("merkle.json");
        uint256 cases = VectorFile.length(json, ".cases");
        assertGt(cases, 0);
        for (uint256 c = 0; c < cases; c++) {
            string memory p = VectorFile.at(".cases", c);
            bytes32[] memory leaves = vm.parseJsonBytes32Array(json, string.concat(p, ".leaves"));
            bytes32 root = vm.parseJsonBytes32(json, string.concat(p, ".root"));
            assertEq(MerkleLib.root(leaves), root, "root");
            for (uint256 j = 0; j < leaves.length; j++) {
                bytes32[] memory path =
                    vm.parseJsonBytes32Array(json, VectorFile.at(string.concat(p, ".paths"), j));
                assertTrue(MerkleLib.verify(leaves[j], j, leaves.length, path, root), "path");
            }
        }
    }
}
