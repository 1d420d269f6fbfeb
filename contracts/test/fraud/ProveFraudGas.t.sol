// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {Bridge} from "../../src/L1/Bridge.sol";
import {FraudProof} from "../../src/fraud/FraudProof.sol";
import {RollupHarness} from "../setup/RollupHarness.sol";
import {BatchEncoder} from "../setup/BatchEncoder.sol";
import {CompactEncoder} from "../setup/CompactEncoder.sol";

/// @notice Whole `proveFraud` transactions for the entries of vectors/fraud/gas.json (a state of
///         2^20 leaves, witnesses ~20 siblings deep): each entry sits at index 1 of a batch
///         whose roots[0] is the vector's pre-state root and roots[1] a lie. Logs the execution
///         gas and the calldata size of each proof; all must stay far below the 16,777,216
///         per-transaction cap, a transfer under 500,000.
contract ProveFraudGas_Test is Test {
    struct GasVector {
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

    RollupHarness internal rollup;
    Bridge internal bridge;
    address internal sequencer = makeAddr("sequencer");
    GasVector[] internal vectors;

    function setUp() public {
        vm.warp(1_700_000_000);
        string memory json =
            vm.readFile(string.concat(vm.projectRoot(), "/../protocol/src/test/resources/vectors/fraud/gas.json"));
        rollup = new RollupHarness(
            uint64(vm.parseJsonUint(json, ".chainId")),
            uint256(vm.parseJsonBytes32(json, ".baseFee")),
            vm.parseJsonAddress(json, ".feeRecipient"),
            20,
            60,
            1 ether,
            sequencer,
            300
        );
        bridge = rollup.bridge();
        vm.deal(sequencer, 1 ether);
        vm.prank(sequencer);
        rollup.bond{value: 1 ether}();
        GasVector[] memory vs = abi.decode(vm.parseJsonTypeArray(json, ".vectors", VECTOR_TYPE), (GasVector[]));
        for (uint256 i = 0; i < vs.length; i++) {
            vectors.push(vs[i]);
        }
    }

    function test_proveFraud_ethTransfer_gas() external {
        assertLt(_prove("eth-transfer"), 500_000);
    }

    function test_proveFraud_tokenTransfer_gas() external {
        assertLt(_prove("token-transfer"), 500_000);
    }

    function test_proveFraud_compactEthTransfer_gas() external {
        assertLt(_proveCompact("eth-transfer"), 500_000);
    }

    function test_proveFraud_compactTokenTransfer_gas() external {
        assertLt(_proveCompact("token-transfer"), 500_000);
    }

    function test_proveFraud_ethWithdrawal_gas() external {
        assertLt(_prove("eth-withdrawal"), 1_000_000);
    }

    function test_proveFraud_tokenWithdrawal_gas() external {
        assertLt(_prove("token-withdrawal"), 1_000_000);
    }

    function test_proveFraud_unsupported_gas() external {
        assertLt(_prove("unsupported"), 1_000_000);
    }

    function test_proveFraud_invalidNonce_gas() external {
        assertLt(_prove("invalid-nonce"), 1_000_000);
    }

    function test_proveFraud_ethDeposit_gas() external {
        bridge.depositEth{value: 1 ether}(_recipient(_vector("eth-deposit").entry));
        assertLt(_prove("eth-deposit"), 1_000_000);
    }

    function test_proveFraud_forcedTransfer_gas() external {
        bytes memory item = _vector("forced-eth-transfer").entry;
        bridge.forceTransaction(_tailFrom1(item));
        assertLt(_prove("forced-eth-transfer"), 1_000_000);
    }

    function _prove(string memory kind) internal returns (uint256) {
        GasVector memory v = _vector(kind);
        return _prove(kind, v, v.queue == 1 ? bytes("") : v.entry,
            v.queue == 1 ? abi.encodePacked(uint8(1), uint64(0), v.entry) : bytes.concat(hex"00", v.entry));
    }

    /// @dev The vector's transaction posted as a compact entry (spec 3.5): the proof's entry is
    ///      `0x02 || compact`, which the rollup expands back to the vector's raw bytes.
    function _proveCompact(string memory kind) internal returns (uint256) {
        GasVector memory v = _vector(kind);
        bytes memory c = CompactEncoder.encode(v.entry);
        return _prove(string.concat("compact ", kind), v, BatchEncoder.compact(c), bytes.concat(hex"02", c));
    }

    /// @dev Appends [filler tx, `posted`] with roots [preRoot, lie] and proves entry 1 with
    ///      `entry` as its leaf preimage.
    function _prove(string memory kind, GasVector memory v, bytes memory posted, bytes memory entry)
        internal
        returns (uint256 gasUsed)
    {
        bytes[] memory entries = new bytes[](2);
        entries[0] = hex"01";
        entries[1] = posted;
        bytes32[] memory roots = new bytes32[](2);
        roots[0] = v.preRoot;
        roots[1] = keccak256("lie");
        vm.prank(sequencer, sequencer);
        rollup.appendBatch(BatchEncoder.single(uint64(block.timestamp), entries), roots);

        FraudProof memory p;
        p.entryIndex = 1;
        p.entry = entry;
        p.entryPath = new bytes32[](1);
        p.entryPath[0] = keccak256(hex"0001");
        p.preRoot = roots[0];
        p.prePath = new bytes32[](1);
        p.prePath[0] = roots[1];
        p.postRoot = roots[1];
        p.postPath = new bytes32[](1);
        p.postPath[0] = roots[0];
        p.witnesses = v.witnesses;
        vm.prank(makeAddr("challenger"));
        uint256 before = gasleft();
        rollup.proveFraud(p);
        gasUsed = before - gasleft();
        assertEq(rollup.batchCount(), 0);
        console.log(string.concat(
            kind, ": proveFraud gas ", vm.toString(gasUsed), ", calldata bytes ",
            vm.toString(abi.encodeCall(rollup.proveFraud, (p)).length)
        ));
    }

    function _vector(string memory kind) internal view returns (GasVector memory) {
        for (uint256 i = 0; i < vectors.length; i++) {
            if (keccak256(bytes(vectors[i].kind)) == keccak256(bytes(kind))) return vectors[i];
        }
        revert(string.concat("no vector ", kind));
    }

    /// @dev The l2Recipient of an ETH deposit item `0x00 || to || u256(amount)`.
    function _recipient(bytes memory item) internal pure returns (address to) {
        assembly ("memory-safe") {
            to := shr(96, mload(add(item, 33)))
        }
    }

    function _tailFrom1(bytes memory b) internal pure returns (bytes memory out) {
        out = new bytes(b.length - 1);
        for (uint256 i = 1; i < b.length; i++) {
            out[i - 1] = b[i];
        }
    }
}
