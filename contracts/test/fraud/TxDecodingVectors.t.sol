// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {SenderRecovery} from "../../src/fraud/SenderRecovery.sol";
import {TxClassifier} from "../../src/fraud/TxClassifier.sol";
import {TxDecoder} from "../../src/fraud/TxDecoder.sol";

/// @notice The Solidity decoder, recovery and classifier against the Java ones, field by field:
///         every row of vectors/tx-decoding.json (spec 3.1, 3.2; format in the vectors README).
contract TxDecodingVectorsTest is Test {
    /// @dev A row, fields in alphabetical order (as parseJsonTypeArray reads them). The JSON
    ///      key `type` is a Solidity keyword: ROW_TYPE names the struct TxRow (no Solidity
    ///      definition to check against) and the field `type`, decoded here as `txType`.
    struct TxDecodingRow {
        bytes32 chainId;
        bytes data;
        uint256 gas;
        bytes32 gasLimit;
        bytes32 hash;
        string kind;
        bytes32 kindAmount;
        address kindTo;
        address kindToken;
        bool malformed;
        bytes32 maxFeePerGas;
        bytes32 maxPriorityFeePerGas;
        string name;
        bytes32 nonce;
        bytes32 r;
        bytes raw;
        string reason;
        bytes32 s;
        address sender;
        bool signatureValid;
        bytes32 signingHash;
        bytes to;
        uint256 txType;
        string unsupportedReason;
        bytes32 value;
        uint256 yParity;
    }

    string internal constant ROW_TYPE = "TxRow(bytes32 chainId,bytes data,uint256 gas,bytes32 gasLimit,bytes32 hash,"
        "string kind,bytes32 kindAmount,address kindTo,address kindToken,bool malformed,bytes32 maxFeePerGas,"
        "bytes32 maxPriorityFeePerGas,string name,bytes32 nonce,bytes32 r,bytes raw,string reason,bytes32 s,"
        "address sender,bool signatureValid,bytes32 signingHash,bytes to,uint256 type,string unsupportedReason,"
        "bytes32 value,uint256 yParity)";

    function test_decode_txDecodingVectors_agreeWithJava() external view {
        string memory json =
            vm.readFile(string.concat(vm.projectRoot(), "/../protocol/src/test/resources/vectors/tx-decoding.json"));
        TxDecodingRow[] memory rows = abi.decode(vm.parseJsonTypeArray(json, ".transactions", ROW_TYPE), (TxDecodingRow[]));
        assertGt(rows.length, 0);
        for (uint256 i = 0; i < rows.length; i++) {
            _check(rows[i]);
        }
    }

    function _check(TxDecodingRow memory w) internal pure {
        (bool ok, TxDecoder.Tx memory t) = TxDecoder.decode(w.raw);
        assertEq(!ok, w.malformed, string.concat(w.name, ": malformed"));
        if (!ok) return;
        assertEq(t.eip1559 ? 2 : 0, w.txType, string.concat(w.name, ": type"));
        assertEq(bytes32(t.chainId), w.chainId, string.concat(w.name, ": chainId"));
        assertEq(bytes32(uint256(t.nonce)), w.nonce, string.concat(w.name, ": nonce"));
        assertEq(bytes32(t.maxPriorityFeePerGas), w.maxPriorityFeePerGas, string.concat(w.name, ": priority"));
        assertEq(bytes32(t.maxFeePerGas), w.maxFeePerGas, string.concat(w.name, ": maxFee"));
        assertEq(bytes32(uint256(t.gasLimit)), w.gasLimit, string.concat(w.name, ": gasLimit"));
        assertEq(t.hasTo ? abi.encodePacked(t.to) : bytes(""), w.to, string.concat(w.name, ": to"));
        assertEq(bytes32(t.value), w.value, string.concat(w.name, ": value"));
        assertEq(t.data, w.data, string.concat(w.name, ": data"));
        assertEq(t.yParity, w.yParity, string.concat(w.name, ": yParity"));
        assertEq(bytes32(t.r), w.r, string.concat(w.name, ": r"));
        assertEq(bytes32(t.s), w.s, string.concat(w.name, ": s"));
        assertEq(t.signingHash, w.signingHash, string.concat(w.name, ": signingHash"));
        address sender = SenderRecovery.recover(t.signingHash, t.yParity, t.r, t.s);
        assertEq(sender != address(0), w.signatureValid, string.concat(w.name, ": signature"));
        assertEq(sender, w.sender, string.concat(w.name, ": sender"));
        _checkKind(t, w);
    }

    function _checkKind(TxDecoder.Tx memory t, TxDecodingRow memory w) internal pure {
        TxClassifier.Kind memory k = TxClassifier.classify(t);
        string[5] memory names = ["ethTransfer", "tokenTransfer", "ethWithdrawal", "tokenWithdrawal", "unsupported"];
        assertEq(names[uint256(k.tag)], w.kind, string.concat(w.name, ": kind"));
        assertEq(k.gas, w.gas, string.concat(w.name, ": gas"));
        if (k.tag == TxClassifier.KindTag.Unsupported) return;
        assertEq(k.token, w.kindToken, string.concat(w.name, ": kind token"));
        assertEq(k.to, w.kindTo, string.concat(w.name, ": kind to"));
        assertEq(bytes32(k.amount), w.kindAmount, string.concat(w.name, ": kind amount"));
    }
}
