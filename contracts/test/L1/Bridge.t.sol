// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommonTest} from "../setup/CommonTest.sol";
import {Reference} from "../setup/Reference.sol";
import {Bridge} from "../../src/L1/Bridge.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {DevToken} from "../../src/devnet/DevToken.sol";
import {NoBoolToken} from "../mocks/NoBoolToken.sol";
import {FalseToken} from "../mocks/FalseToken.sol";
import {ReentrantToken} from "../mocks/ReentrantToken.sol";
import {EthRejecter} from "../mocks/EthRejecter.sol";

abstract contract BridgeTest is CommonTest {
    event QueueItemAdded(uint64 indexed index, uint64 timestamp, bytes item);
    event WithdrawalFinalized(uint256 indexed index, address indexed recipient, address l1Token, uint256 amount);

    DevToken internal token;

    function setUp() public virtual override {
        super.setUp();
        token = new DevToken("Dev", "DEV");
    }
}

contract Bridge_Deposit_Test is BridgeTest {
    function test_depositEth_queuesItem_succeeds() external {
        vm.deal(alice, 1 ether);
        bytes memory item = abi.encodePacked(hex"00", bob, uint256(1 ether));
        assertEq(item.length, 53);
        vm.expectEmit(address(bridge));
        emit QueueItemAdded(0, START, item);
        vm.prank(alice);
        bridge.depositEth{value: 1 ether}(bob);
        assertEq(bridge.queueLength(), 1);
        assertEq(bridge.queueHash(0), keccak256(item));
        assertEq(bridge.queueTime(0), START);
        assertEq(address(bridge).balance, 1 ether);
    }

    function test_depositEth_zero_reverts() external {
        vm.expectRevert(Bridge.ZeroAmount.selector);
        bridge.depositEth(bob);
    }

    function test_depositEth_atLimit_reverts() external {
        uint256 amount = uint256(1) << 128;
        vm.deal(alice, amount);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AmountTooLarge.selector, amount));
        vm.prank(alice);
        bridge.depositEth{value: amount}(bob);
    }

    function test_depositEth_belowLimit_succeeds() external {
        uint256 amount = (uint256(1) << 128) - 1;
        vm.deal(alice, amount);
        vm.prank(alice);
        bridge.depositEth{value: amount}(bob);
        assertEq(bridge.queueHash(0), keccak256(abi.encodePacked(hex"00", bob, amount)));
    }

    function test_depositToken_queuesItem_succeeds() external {
        token.mint(alice, 1000);
        vm.prank(alice);
        token.approve(address(bridge), 700);
        vm.warp(START + 5);
        bytes memory item = abi.encodePacked(hex"01", address(token), bob, uint256(700));
        assertEq(item.length, 73);
        vm.expectEmit(address(bridge));
        emit QueueItemAdded(0, START + 5, item);
        vm.prank(alice);
        bridge.depositToken(address(token), bob, 700);
        assertEq(bridge.queueHash(0), keccak256(item));
        assertEq(bridge.queueTime(0), START + 5);
        assertEq(token.balanceOf(address(bridge)), 700);
        assertEq(token.balanceOf(alice), 300);
    }

    function test_depositToken_noBoolToken_succeeds() external {
        NoBoolToken t = new NoBoolToken();
        t.mint(alice, 1000);
        vm.startPrank(alice);
        t.approve(address(bridge), 1000);
        bridge.depositToken(address(t), bob, 1000);
        vm.stopPrank();
        assertEq(bridge.queueHash(0), keccak256(abi.encodePacked(hex"01", address(t), bob, uint256(1000))));
    }

    function test_depositToken_feeOnTransfer_queuesReceived_succeeds() external {
        NoBoolToken t = new NoBoolToken();
        t.setFee(100); // 1 %
        t.mint(alice, 1000);
        vm.startPrank(alice);
        t.approve(address(bridge), 1000);
        bytes memory item = abi.encodePacked(hex"01", address(t), bob, uint256(990));
        vm.expectEmit(address(bridge));
        emit QueueItemAdded(0, START, item);
        bridge.depositToken(address(t), bob, 1000);
        vm.stopPrank();
    }

    function test_depositToken_falseReturn_reverts() external {
        FalseToken t = new FalseToken();
        vm.expectRevert(Bridge.TransferFailed.selector);
        bridge.depositToken(address(t), bob, 1);
    }

    function test_depositToken_noAllowance_reverts() external {
        token.mint(alice, 1000);
        vm.expectRevert(Bridge.TransferFailed.selector);
        vm.prank(alice);
        bridge.depositToken(address(token), bob, 1);
    }

    function test_depositToken_notContract_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Bridge.NotAContract.selector, alice));
        bridge.depositToken(alice, bob, 1);
    }

    function test_depositToken_zero_reverts() external {
        vm.expectRevert(Bridge.ZeroAmount.selector);
        vm.prank(alice);
        bridge.depositToken(address(token), bob, 0);
    }

    function test_depositToken_allEatenByFee_reverts() external {
        NoBoolToken t = new NoBoolToken();
        t.setFee(10_000);
        t.mint(alice, 1000);
        vm.startPrank(alice);
        t.approve(address(bridge), 1000);
        vm.expectRevert(Bridge.ZeroAmount.selector);
        bridge.depositToken(address(t), bob, 1000);
        vm.stopPrank();
    }

    function test_depositToken_atLimit_reverts() external {
        uint256 amount = uint256(1) << 128;
        token.mint(alice, amount);
        vm.startPrank(alice);
        token.approve(address(bridge), amount);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AmountTooLarge.selector, amount));
        bridge.depositToken(address(token), bob, amount);
        vm.stopPrank();
    }

    function test_depositToken_reentrant_reverts() external {
        ReentrantToken t = new ReentrantToken();
        t.mint(alice, 1000);
        vm.expectRevert(Bridge.TransferFailed.selector);
        vm.prank(alice);
        bridge.depositToken(address(t), bob, 10);
    }

    function test_forceTransaction_oneByte_succeeds() external {
        vm.expectEmit(address(bridge));
        emit QueueItemAdded(0, START, hex"02aa");
        bridge.forceTransaction(hex"aa");
        assertEq(bridge.queueHash(0), keccak256(hex"02aa"));
    }

    function test_forceTransaction_maxSize_succeeds() external {
        bytes memory raw = new bytes(4096);
        raw[0] = 0x02;
        bridge.forceTransaction(raw);
        assertEq(bridge.queueHash(0), keccak256(bytes.concat(hex"02", raw)));
    }

    function test_forceTransaction_empty_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Bridge.BadTransactionLength.selector, 0));
        bridge.forceTransaction("");
    }

    function test_forceTransaction_tooLong_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Bridge.BadTransactionLength.selector, 4097));
        bridge.forceTransaction(new bytes(4097));
    }

    function test_queue_indicesAreConsecutive_succeeds() external {
        _depositEth(alice, 1);
        bridge.forceTransaction(hex"01");
        vm.warp(START + 9);
        _depositEth(bob, 2);
        assertEq(bridge.queueLength(), 3);
        assertEq(bridge.queueHash(1), keccak256(hex"0201"));
        assertEq(bridge.queueHash(2), keccak256(abi.encodePacked(hex"00", bob, uint256(2))));
        assertEq(bridge.queueTime(2), START + 9);
    }

    function test_queueHash_unknown_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Bridge.UnknownQueueItem.selector, uint64(0)));
        bridge.queueHash(0);
    }

    function test_queueTime_unknown_reverts() external {
        vm.expectRevert(abi.encodeWithSelector(Bridge.UnknownQueueItem.selector, uint64(0)));
        bridge.queueTime(0);
    }
}

contract Bridge_FinalizeWithdrawal_Test is BridgeTest {
    bytes32[] internal keys;
    bytes32[] internal values;
    uint256 internal constant ETH_AMOUNT = 0.4 ether;
    uint256 internal constant TOKEN_AMOUNT = 500;

    function setUp() public override {
        super.setUp();
        // L2 state: withdrawal 0 (ETH), withdrawal 1 (token), the count and an account.
        keys.push(SmtLib.withdrawalKey(0));
        values.push(SmtLib.withdrawalValue(address(0), bob, ETH_AMOUNT));
        keys.push(SmtLib.withdrawalKey(1));
        values.push(SmtLib.withdrawalValue(address(token), bob, TOKEN_AMOUNT));
        keys.push(SmtLib.withdrawalCountKey());
        values.push(bytes32(uint256(2)));
        keys.push(SmtLib.accountKey(alice));
        values.push(SmtLib.accountValue(3, 1 ether));

        _depositEth(alice, 1 ether);
        token.mint(alice, TOKEN_AMOUNT);
        vm.startPrank(alice);
        token.approve(address(bridge), TOKEN_AMOUNT);
        bridge.depositToken(address(token), alice, TOKEN_AMOUNT);
        vm.stopPrank();

        _append(sequencer, _queueBatch(START, 2), _withPost(_roots(2, 1), Reference.smtRoot(keys, values)));
    }

    function _withPost(bytes32[] memory roots, bytes32 post) internal pure returns (bytes32[] memory) {
        roots[roots.length - 1] = post;
        return roots;
    }

    function _proof(uint256 which) internal view returns (bytes32[] memory) {
        return Reference.smtProof(keys, values, which);
    }

    function test_finalizeWithdrawal_eth_succeeds() external {
        vm.warp(START + WINDOW);
        vm.expectEmit(address(bridge));
        emit WithdrawalFinalized(0, bob, address(0), ETH_AMOUNT);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, _proof(0));
        assertEq(bob.balance, ETH_AMOUNT);
        assertEq(address(bridge).balance, 1 ether - ETH_AMOUNT);
        assertTrue(bridge.isWithdrawalFinalized(0));
        assertFalse(bridge.isWithdrawalFinalized(1));
    }

    function test_finalizeWithdrawal_token_succeeds() external {
        vm.warp(START + WINDOW);
        vm.expectEmit(address(bridge));
        emit WithdrawalFinalized(1, bob, address(token), TOKEN_AMOUNT);
        bridge.finalizeWithdrawal(0, 1, address(token), bob, TOKEN_AMOUNT, _proof(1));
        assertEq(token.balanceOf(bob), TOKEN_AMOUNT);
        assertEq(token.balanceOf(address(bridge)), 0);
        assertTrue(bridge.isWithdrawalFinalized(1));
    }

    function test_finalizeWithdrawal_beforeWindow_reverts() external {
        vm.warp(START + WINDOW - 1);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinalized.selector, uint64(0)));
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_unknownBatch_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinalized.selector, uint64(1)));
        bridge.finalizeWithdrawal(1, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_twice_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AlreadyFinalized.selector, uint256(0)));
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_twiceFromLaterBatch_reverts() external {
        vm.warp(START + WINDOW);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, _proof(0));
        _appendSimple(Reference.smtRoot(keys, values));
        vm.warp(START + 2 * WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AlreadyFinalized.selector, uint256(0)));
        bridge.finalizeWithdrawal(1, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_wrongAmount_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT + 1, proof);
    }

    function test_finalizeWithdrawal_wrongRecipient_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 0, address(0), alice, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_wrongToken_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(1);
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 1, address(0), bob, TOKEN_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_wrongIndex_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 1, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_tamperedSibling_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        proof[proof.length - 1] ^= bytes32(uint256(1));
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_truncatedProof_reverts() external {
        vm.warp(START + WINDOW);
        bytes32[] memory full = _proof(0);
        bytes32[] memory proof = new bytes32[](full.length - 1);
        for (uint256 i = 0; i < proof.length; i++) proof[i] = full[i];
        vm.expectRevert(Bridge.InvalidProof.selector);
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_revertedBatch_reverts() external {
        rollup.exposed_revertFrom(0, alice);
        vm.warp(START + WINDOW);
        bytes32[] memory proof = _proof(0);
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinalized.selector, uint64(0)));
        bridge.finalizeWithdrawal(0, 0, address(0), bob, ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_recipientRejectsEth_reverts() external {
        EthRejecter rejecter = new EthRejecter();
        delete keys;
        delete values;
        keys.push(SmtLib.withdrawalKey(0));
        values.push(SmtLib.withdrawalValue(address(0), address(rejecter), ETH_AMOUNT));
        _appendSimple(Reference.smtRoot(keys, values));
        vm.warp(START + WINDOW);
        bytes32[] memory proof = new bytes32[](0);
        vm.expectRevert(Bridge.TransferFailed.selector);
        bridge.finalizeWithdrawal(1, 0, address(0), address(rejecter), ETH_AMOUNT, proof);
    }

    function test_finalizeWithdrawal_singleLeafTree_succeeds() external {
        delete keys;
        delete values;
        keys.push(SmtLib.withdrawalKey(7));
        values.push(SmtLib.withdrawalValue(address(0), alice, 1));
        _appendSimple(Reference.smtRoot(keys, values));
        vm.warp(START + WINDOW);
        bridge.finalizeWithdrawal(1, 7, address(0), alice, 1, new bytes32[](0));
        assertTrue(bridge.isWithdrawalFinalized(7));
    }
}
