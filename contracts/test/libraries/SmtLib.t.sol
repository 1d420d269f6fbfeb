// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {Reference} from "../setup/Reference.sol";

contract SmtLib_Test is Test {
    function test_accountKey_preimage_succeeds() external pure {
        address owner = address(uint160(uint256(keccak256("owner"))));
        assertEq(SmtLib.accountKey(owner), keccak256(bytes.concat(hex"01", bytes20(owner))));
    }

    function test_tokenBalanceKey_preimage_succeeds() external pure {
        address token = address(uint160(uint256(keccak256("token"))));
        address owner = address(uint160(uint256(keccak256("owner"))));
        assertEq(SmtLib.tokenBalanceKey(token, owner), keccak256(bytes.concat(hex"02", bytes20(token), bytes20(owner))));
    }

    function test_withdrawalKey_preimage_succeeds() external pure {
        assertEq(SmtLib.withdrawalKey(5), keccak256(bytes.concat(hex"03", bytes32(uint256(5)))));
    }

    function test_withdrawalCountKey_preimage_succeeds() external pure {
        assertEq(SmtLib.withdrawalCountKey(), keccak256(hex"04"));
    }

    function test_withdrawalValue_preimage_succeeds() external pure {
        address token = address(uint160(uint256(keccak256("token"))));
        address to = address(uint160(uint256(keccak256("owner"))));
        bytes memory preimage = bytes.concat(bytes20(token), bytes20(to), bytes32(uint256(77)));
        assertEq(preimage.length, 72);
        assertEq(SmtLib.withdrawalValue(token, to, 77), keccak256(preimage));
    }

    function test_accountValue_packing_succeeds() external pure {
        bytes32 v = SmtLib.accountValue(type(uint64).max, 1);
        assertEq(v, bytes32(uint256(type(uint64).max) << 192 | 1));
        assertEq(SmtLib.accountValue(1, type(uint192).max), bytes32((uint256(1) << 192) | type(uint192).max));
    }

    function test_leafHash_preimage_succeeds() external pure {
        bytes32 k = keccak256("k");
        bytes32 v = keccak256("v");
        assertEq(SmtLib.leafHash(k, v), keccak256(bytes.concat(hex"00", k, v)));
    }

    function test_bit_msbFirst_succeeds() external pure {
        bytes32 key = bytes32(uint256(1) << 255 | 1);
        assertEq(SmtLib.bit(key, 0), 1);
        assertEq(SmtLib.bit(key, 1), 0);
        assertEq(SmtLib.bit(key, 255), 1);
    }

    function test_verify_singleLeafTree_succeeds() external pure {
        bytes32 k = keccak256("k");
        bytes32 v = keccak256("v");
        assertTrue(SmtLib.verify(k, v, new bytes32[](0), SmtLib.leafHash(k, v)));
    }

    function test_verify_tooManySiblings_fails() external pure {
        bytes32 k = keccak256("k");
        bytes32 v = keccak256("v");
        bytes32[] memory siblings = new bytes32[](257);
        // refused by length, before any hashing (a 257th key bit does not exist)
        assertFalse(SmtLib.verify(k, v, siblings, SmtLib.leafHash(k, v)));
    }

    function _tree(uint256 seed, uint256 n) internal pure returns (bytes32[] memory keys, bytes32[] memory values) {
        keys = new bytes32[](n);
        values = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            keys[i] = keccak256(abi.encode(seed, i, "key"));
            values[i] = keccak256(abi.encode(seed, i, "value"));
        }
    }

    function testFuzz_verify_referenceProofs_succeeds(uint256 seed, uint256 n) external pure {
        n = bound(n, 1, 24);
        (bytes32[] memory keys, bytes32[] memory values) = _tree(seed, n);
        bytes32 root = Reference.smtRoot(keys, values);
        for (uint256 i = 0; i < n; i++) {
            assertTrue(SmtLib.verify(keys[i], values[i], Reference.smtProof(keys, values, i), root));
        }
    }

    function testFuzz_verify_wrongValue_fails(uint256 seed, uint256 n, uint256 which, bytes32 other) external pure {
        n = bound(n, 1, 24);
        which = bound(which, 0, n - 1);
        (bytes32[] memory keys, bytes32[] memory values) = _tree(seed, n);
        vm.assume(other != values[which]);
        bytes32 root = Reference.smtRoot(keys, values);
        assertFalse(SmtLib.verify(keys[which], other, Reference.smtProof(keys, values, which), root));
    }

    function testFuzz_verify_absentKey_fails(uint256 seed, uint256 n, uint256 which, bytes32 absent) external pure {
        n = bound(n, 2, 24);
        which = bound(which, 0, n - 1);
        (bytes32[] memory keys, bytes32[] memory values) = _tree(seed, n);
        for (uint256 i = 0; i < n; i++) vm.assume(absent != keys[i]);
        bytes32 root = Reference.smtRoot(keys, values);
        // another leaf's proof, replayed for a key that is not in the tree
        assertFalse(SmtLib.verify(absent, values[which], Reference.smtProof(keys, values, which), root));
    }
}
