// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommonTest} from "../setup/CommonTest.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {Bridge} from "../../src/L1/Bridge.sol";
import {DevToken} from "../../src/devnet/DevToken.sol";
import {VectorFile} from "./VectorFile.sol";

/// @notice withdrawal.json: the withdrawal leaves and proofs a Java node produces pay out
///         through the real bridge against a finalized batch (spec 2.1, 7).
contract WithdrawalVectors_Test is CommonTest {
    string internal json;

    function setUp() public override {
        super.setUp();
        json = VectorFile.read("withdrawal.json");
    }

    function test_finalizeWithdrawal_vectors_succeeds() external {
        bytes32 root = vm.parseJsonBytes32(json, ".root");
        _appendSimple(root);
        vm.warp(block.timestamp + WINDOW);
        uint256 rows = VectorFile.length(json, ".withdrawals");
        assertGt(rows, 0);
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".withdrawals", r);
            uint256 index = vm.parseJsonUint(json, string.concat(p, ".index"));
            address token = vm.parseJsonAddress(json, string.concat(p, ".token"));
            address recipient = vm.parseJsonAddress(json, string.concat(p, ".recipient"));
            uint256 amount = uint256(vm.parseJsonBytes32(json, string.concat(p, ".amount")));
            bytes32[] memory siblings = vm.parseJsonBytes32Array(json, string.concat(p, ".siblings"));
            assertEq(SmtLib.withdrawalKey(index), vm.parseJsonBytes32(json, string.concat(p, ".key")), "key");
            assertEq(
                SmtLib.withdrawalValue(token, recipient, amount),
                vm.parseJsonBytes32(json, string.concat(p, ".value")),
                "value"
            );
            _fund(token, amount);
            uint256 before = _balance(token, recipient);
            bridge.finalizeWithdrawal(0, index, token, recipient, amount, siblings);
            assertEq(_balance(token, recipient), before + amount, "paid");
            vm.expectRevert(abi.encodeWithSelector(Bridge.AlreadyFinalized.selector, index));
            bridge.finalizeWithdrawal(0, index, token, recipient, amount, siblings);
        }
    }

    function test_withdrawalCount_vector_succeeds() external view {
        bytes32[] memory keys = vm.parseJsonBytes32Array(json, ".keys");
        bytes32[] memory values = vm.parseJsonBytes32Array(json, ".values");
        uint256 count = vm.parseJsonUint(json, ".withdrawalCount");
        bool found;
        for (uint256 i = 0; i < keys.length; i++) {
            if (keys[i] == SmtLib.withdrawalCountKey()) {
                assertEq(uint256(values[i]), count);
                found = true;
            }
        }
        assertTrue(found);
    }

    function _fund(address token, uint256 amount) internal {
        if (token == address(0)) {
            vm.deal(address(bridge), address(bridge).balance + amount);
        } else {
            if (token.code.length == 0) vm.etch(token, address(new DevToken("T", "T")).code);
            DevToken(token).mint(address(bridge), amount);
        }
    }

    function _balance(address token, address who) internal view returns (uint256) {
        return token == address(0) ? who.balance : DevToken(token).balanceOf(who);
    }
}
