// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {CommonTest} from "../setup/CommonTest.sol";
import {DevToken} from "../../src/devnet/DevToken.sol";
import {VectorFile} from "./VectorFile.sol";

/// @notice queue.json: the bridge queues exactly the vectors' item bytes and hashes (spec 4).
contract QueueVectors_Test is CommonTest {
    function test_queue_vectors_succeeds() external {
        string memory json = VectorFile.read("queue.json");
        uint256 rows = VectorFile.length(json, ".items");
        assertGt(rows, 0);
        bytes32 added = keccak256("QueueItemAdded(uint64,uint64,bytes)");
        for (uint256 r = 0; r < rows; r++) {
            string memory p = VectorFile.at(".items", r);
            bytes memory item = vm.parseJsonBytes(json, string.concat(p, ".item"));
            bytes32 hash = vm.parseJsonBytes32(json, string.concat(p, ".hash"));
            assertEq(keccak256(item), hash, "hash of item");

            vm.recordLogs();
            _queue(json, p);
            Vm.Log[] memory logs = vm.getRecordedLogs();
            Vm.Log memory log = logs[logs.length - 1];
            assertEq(log.topics[0], added);
            assertEq(uint256(log.topics[1]), r, "index");
            (, bytes memory emitted) = abi.decode(log.data, (uint64, bytes));
            assertEq(emitted, item, "emitted item");
            // forge-lint: disable-next-line(unsafe-typecast) r is a small row number
            assertEq(bridge.queueHash(uint64(r)), hash, "stored hash");
        }
    }

    function _queue(string memory json, string memory p) internal {
        string memory kind = vm.parseJsonString(json, string.concat(p, ".kind"));
        address recipient = vm.parseJsonAddress(json, string.concat(p, ".recipient"));
        uint256 amount = uint256(vm.parseJsonBytes32(json, string.concat(p, ".amount")));
        if (keccak256(bytes(kind)) == keccak256("ethDeposit")) {
            vm.deal(alice, amount);
            vm.prank(alice);
            bridge.depositEth{value: amount}(recipient);
        } else if (keccak256(bytes(kind)) == keccak256("tokenDeposit")) {
            address token = vm.parseJsonAddress(json, string.concat(p, ".token"));
            vm.etch(token, address(new DevToken("T", "T")).code);
            DevToken(token).mint(alice, amount);
            vm.startPrank(alice);
            DevToken(token).approve(address(bridge), amount);
            bridge.depositToken(token, recipient, amount);
            vm.stopPrank();
        } else {
            bridge.forceTransaction(vm.parseJsonBytes(json, string.concat(p, ".tx")));
        }
    }
}
