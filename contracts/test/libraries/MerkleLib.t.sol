// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {MerkleLib} from "../../src/libraries/MerkleLib.sol";
import {Reference} from "../setup/Reference.sol";

contract MerkleLib_Test is Test {
    function _leaves(uint256 n, uint256 seed) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) leaves[i] = keccak256(abi.encode(seed, i));
    }

    function externalRoot(bytes32[] memory leaves) external pure returns (bytes32) {
        return MerkleLib.root(leaves);
    }

    function test_root_oneLeaf_succeeds() external pure {
        bytes32[] memory leaves = _leaves(1, 1);
        assertEq(MerkleLib.root(leaves), leaves[0]);
    }

    function test_root_twoLeaves_succeeds() external pure {
        bytes32[] memory l = _leaves(2, 1);
        assertEq(MerkleLib.root(l), keccak256(bytes.concat(l[0], l[1])));
    }

    function test_root_threeLeavesPadded_succeeds() external pure {
        bytes32[] memory l = _leaves(3, 1);
        bytes32 expected = keccak256(
            bytes.concat(keccak256(bytes.concat(l[0], l[1])), keccak256(bytes.concat(l[2], bytes32(0))))
        );
        assertEq(MerkleLib.root(l), expected);
    }

    function test_root_fiveLeavesPaddedToEight_succeeds() external pure {
        bytes32[] memory l = _leaves(5, 2);
        bytes32 z1 = keccak256(bytes.concat(bytes32(0), bytes32(0)));
        bytes32 left = keccak256(
            bytes.concat(keccak256(bytes.concat(l[0], l[1])), keccak256(bytes.concat(l[2], l[3])))
        );
        bytes32 right = keccak256(bytes.concat(keccak256(bytes.concat(l[4], bytes32(0))), z1));
        assertEq(MerkleLib.root(l), keccak256(bytes.concat(left, right)));
    }

    function test_root_doesNotModifyInput_succeeds() external pure {
        bytes32[] memory l = _leaves(7, 3);
        bytes32[] memory copy = _leaves(7, 3);
        MerkleLib.root(l);
        assertEq(l, copy);
    }

    function test_root_empty_reverts() external {
        vm.expectRevert(MerkleLib.EmptyTree.selector);
        this.externalRoot(new bytes32[](0));
    }

    function test_depth_sizes_succeeds() external pure {
        assertEq(MerkleLib.depth(1), 0);
        assertEq(MerkleLib.depth(2), 1);
        assertEq(MerkleLib.depth(3), 2);
        assertEq(MerkleLib.depth(4), 2);
        assertEq(MerkleLib.depth(5), 3);
        assertEq(MerkleLib.depth(1024), 10);
        assertEq(MerkleLib.depth(1025), 11);
    }

    function testFuzz_root_matchesReference_succeeds(uint256 seed, uint256 n) external pure {
        n = bound(n, 1, 300);
        bytes32[] memory l = _leaves(n, seed);
        assertEq(MerkleLib.root(l), Reference.merkleRoot(l));
    }

    function testFuzz_verify_referencePath_succeeds(uint256 seed, uint256 n, uint256 index) external pure {
        n = bound(n, 1, 100);
        index = bound(index, 0, n - 1);
        bytes32[] memory l = _leaves(n, seed);
        bytes32 root = MerkleLib.root(l);
        bytes32[] memory path = Reference.merklePath(l, index);
        assertTrue(MerkleLib.verify(l[index], index, n, path, root));
        assertEq(MerkleLib.rootFromPath(l[index], index, path), root);
    }

    function testFuzz_verify_wrongLeaf_fails(uint256 seed, uint256 n, uint256 index, bytes32 other) external pure {
        n = bound(n, 1, 100);
        index = bound(index, 0, n - 1);
        bytes32[] memory l = _leaves(n, seed);
        vm.assume(other != l[index]);
        bytes32[] memory path = Reference.merklePath(l, index);
        assertFalse(MerkleLib.verify(other, index, n, path, MerkleLib.root(l)));
    }

    function testFuzz_verify_wrongIndex_fails(uint256 seed, uint256 n, uint256 index, uint256 other) external pure {
        n = bound(n, 2, 100);
        index = bound(index, 0, n - 1);
        other = bound(other, 0, n - 2);
        if (other >= index) other++;
        bytes32[] memory l = _leaves(n, seed);
        bytes32[] memory path = Reference.merklePath(l, index);
        assertFalse(MerkleLib.verify(l[index], other, n, path, MerkleLib.root(l)));
    }

    function test_verify_indexOutOfRange_fails() external pure {
        bytes32[] memory l = _leaves(3, 1);
        bytes32[] memory path = Reference.merklePath(l, 1);
        // index 5 has the same low bits as 1 in a depth-2 tree; the count check refuses it.
        assertFalse(MerkleLib.verify(l[1], 5, 3, path, MerkleLib.root(l)));
    }

    function test_verify_wrongPathLength_fails() external pure {
        bytes32[] memory l = _leaves(2, 1);
        bytes32[] memory path = Reference.merklePath(l, 0);
        bytes32 root = MerkleLib.root(l);
        // a valid path of a 2-leaf tree, presented for a 3-leaf tree
        assertFalse(MerkleLib.verify(l[0], 0, 3, path, root));
    }
}
