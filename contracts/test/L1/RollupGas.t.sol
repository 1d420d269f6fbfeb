// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console2} from "forge-std/console2.sol";
import {Vm} from "forge-std/Vm.sol";
import {CommonTest} from "../setup/CommonTest.sol";
import {Reference} from "../setup/Reference.sol";
import {SmtLib} from "../../src/libraries/SmtLib.sol";
import {Rollup} from "../../src/L1/Rollup.sol";

/// @notice Measures what an appendBatch transaction costs on L1 (execution plus calldata,
///         with the EIP-7623 floor) and checks it stays under the EIP-7825 cap. The numbers
///         are logged (`forge test --match-contract Gas -vv`), not asserted.
contract Rollup_Gas_Test is CommonTest {
    /// @notice EIP-7825: most gas one transaction may use.
    uint256 internal constant TX_GAS_CAP = 16_777_216;
    /// @notice Size of a typical EIP-1559 ETH transfer on L2.
    uint256 internal constant TX_SIZE = 110;
    /// @notice Size of a simple legacy ETH transfer in compact form (spec 3.5).
    uint256 internal constant COMPACT_SIZE = 93;

    /// @dev A one-block batch of `n` pseudo-random `TX_SIZE`-byte raw transactions, built in
    ///      place (no quadratic concatenation).
    function _bigBatch(uint256 n) internal pure returns (bytes memory batch) {
        return _bigBatch(n, false);
    }

    /// @dev As above; `compact`: `COMPACT_SIZE`-byte compact entries (`0x02 || u8(len)`)
    ///      instead of raw ones (`0x01 || u16(len)`).
    function _bigBatch(uint256 n, bool compact) internal pure returns (bytes memory batch) {
        uint256 size = compact ? COMPACT_SIZE : TX_SIZE;
        uint256 prefix = compact ? 2 : 3;
        batch = new bytes(13 + n * (prefix + size));
        batch[0] = 0x02;
        batch[2] = 0x01;
        bytes8 ts = bytes8(START);
        for (uint256 i = 0; i < 8; i++) batch[3 + i] = ts[i];
        batch[11] = bytes32(n)[30];
        batch[12] = bytes32(n)[31];
        uint256 p = 13;
        for (uint256 i = 0; i < n; i++) {
            batch[p] = compact ? bytes1(0x02) : bytes1(0x01);
            batch[p + prefix - 1] = bytes1(bytes32(size)[31]);
            p += prefix;
            bytes32 r = keccak256(abi.encode(i));
            batch[p] = 0x02;
            for (uint256 j = 1; j < size; j++) {
                if (j % 32 == 0) r = keccak256(abi.encode(r));
                batch[p + j] = r[j % 32] == 0 ? bytes1(0x01) : r[j % 32];
            }
            p += size;
        }
    }

    /// @dev Intrinsic gas of a transaction with `data` (Prague/Osaka rules): the standard
    ///      cost and the EIP-7623 floor.
    function _intrinsic(bytes memory data) internal pure returns (uint256 standard, uint256 floor) {
        uint256 zeros;
        for (uint256 i = 0; i < data.length; i++) {
            if (data[i] == 0) zeros++;
        }
        uint256 nonzeros = data.length - zeros;
        standard = 21_000 + 4 * zeros + 16 * nonzeros;
        floor = 21_000 + 10 * (zeros + 4 * nonzeros);
    }

    function _measureAppend(uint256 n) internal returns (uint256 total) {
        return _measureAppend(n, false);
    }

    function _measureAppend(uint256 n, bool compact) internal returns (uint256 total) {
        _appendSimple(keccak256("warm-up")); // the measured batch is not the first one
        bytes memory batch = _bigBatch(n, compact);
        bytes32[] memory roots = _roots(n, n);
        vm.prank(sequencer, sequencer);
        rollup.appendBatch(batch, roots);
        uint256 execution = vm.lastCallGas().gasTotalUsed;
        (uint256 standard, uint256 floor) = _intrinsic(abi.encodeCall(Rollup.appendBatch, (batch, roots)));
        total = standard + execution > floor ? standard + execution : floor;
        console2.log("appendBatch entries", n);
        console2.log("  batch bytes", batch.length);
        console2.log("  execution gas", execution);
        console2.log("  intrinsic gas (standard calldata)", standard);
        console2.log("  EIP-7623 floor", floor);
        console2.log("  transaction gas", total);
        assertEq(rollup.batchCount(), 2);
        assertLt(total, TX_GAS_CAP);
    }

    function test_appendBatch_gas100_succeeds() external {
        _measureAppend(100);
    }

    function test_appendBatch_gas1000_succeeds() external {
        _measureAppend(1000);
    }

    function test_appendBatch_gasMaxEntries_succeeds() external {
        _measureAppend(1024);
    }

    /// @dev Compact entries are only framed and hashed on append: the execution stays under
    ///      what the EIP-7623 floor already charges for their calldata.
    function test_appendBatch_gasMaxCompactEntries_succeeds() external {
        uint256 total = _measureAppend(1024, true);
        bytes memory batch = _bigBatch(1024, true);
        (, uint256 floor) = _intrinsic(abi.encodeCall(Rollup.appendBatch, (batch, _roots(1024, 1024))));
        assertEq(total, floor, "execution hidden under the calldata floor");
        console2.log("  gas per compact entry", total / 1024);
    }

    function test_finalizeWithdrawal_gas_succeeds() external {
        // 64 leaves: withdrawal 5 sits about log2(64) deep.
        uint256 n = 64;
        bytes32[] memory keys = new bytes32[](n);
        bytes32[] memory values = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            keys[i] = SmtLib.withdrawalKey(i);
            values[i] = SmtLib.withdrawalValue(address(0), bob, 1 ether + i);
        }
        _depositEth(alice, 10 ether);
        _appendSimple(Reference.smtRoot(keys, values));
        vm.warp(START + WINDOW);
        bytes32[] memory proof = Reference.smtProof(keys, values, 5);
        bridge.finalizeWithdrawal(0, 5, address(0), bob, 1 ether + 5, proof);
        uint256 execution = vm.lastCallGas().gasTotalUsed;
        (uint256 standard, uint256 floor) = _intrinsic(
            abi.encodeCall(bridge.finalizeWithdrawal, (0, 5, address(0), bob, 1 ether + 5, proof))
        );
        uint256 total = standard + execution > floor ? standard + execution : floor;
        console2.log("finalizeWithdrawal siblings", proof.length);
        console2.log("  execution gas", execution);
        console2.log("  transaction gas", total);
        assertEq(bob.balance, 1 ether + 5);
        assertLt(total, TX_GAS_CAP);
    }
}
