// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RLPReader} from "./RLPReader.sol";
import {RLPWriter} from "./RLPWriter.sol";

/// @title TxDecoder
/// @notice Strict decoding of raw L2 transactions (docs/protocol.md 3.1) and their signing
///         hashes, for the fraud verifier:
///
///             legacy:   rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])
///                       v = chainId * 2 + 35 + yParity
///             EIP-1559: 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
///                                    gasLimit, to, value, data, accessList, yParity, r, s])
///
///         Malformed bytes are a flag (`ok == false`), never a revert: a batch may carry any
///         bytes, and they execute as a no-op (3.3).
/// @dev    Because decoding is strict, every field's received encoding is already its
///         canonical re-encoding, so the signing hashes reuse the received bytes.
library TxDecoder {
    /// @notice The longest raw transaction (spec 1).
    uint256 internal constant MAX_TX_SIZE = 4096;

    /// @notice A decoded transaction. For legacy, both EIP-1559 prices are `gasPrice`.
    struct Tx {
        bool eip1559;
        uint256 chainId;
        uint64 nonce;
        uint256 maxPriorityFeePerGas;
        uint256 maxFeePerGas;
        uint64 gasLimit;
        bool hasTo;
        address to;
        uint256 value;
        bytes data;
        uint8 yParity;
        uint256 r;
        uint256 s;
        bytes32 signingHash;
    }

    /// @dev The top-level items of the transaction list: header position, payload bounds.
    struct Items {
        uint256[12] pos;
        uint256[12] start;
        uint256[12] end;
    }

    /// @notice Decodes `raw`; `ok == false` iff the bytes are malformed (3.1).
    function decode(bytes memory raw) internal pure returns (bool ok, Tx memory t) {
        if (raw.length == 0 || raw.length > MAX_TX_SIZE) return (false, t);
        uint8 first = uint8(raw[0]);
        if (first >= 0xc0) return _legacy(raw);
        if (first == 0x02) return _eip1559(raw);
        return (false, t);
    }

    function _legacy(bytes memory raw) private pure returns (bool ok, Tx memory t) {
        Items memory f;
        if (!_items(raw, 0, 9, false, f)) return (false, t);
        bool okA;
        bool okB;
        bool okC;
        uint256 v;
        (okA, t.nonce) = _uint64(raw, f, 0);
        (okB, t.maxFeePerGas) = _uint(raw, f, 1);
        (okC, t.gasLimit) = _uint64(raw, f, 2);
        if (!(okA && okB && okC)) return (false, t);
        t.maxPriorityFeePerGas = t.maxFeePerGas;
        if (!_body(raw, f, 3, t)) return (false, t);
        (okA, v) = _uint(raw, f, 6);
        (okB, t.r) = _uint(raw, f, 7);
        (okC, t.s) = _uint(raw, f, 8);
        if (!(okA && okB && okC) || v < 35) return (false, t);
        t.chainId = (v - 35) / 2;
        t.yParity = uint8((v - 35) % 2);
        // rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0])
        bytes memory tail = abi.encodePacked(RLPWriter.encodeUint(t.chainId), hex"8080");
        t.signingHash = _listHash("", raw, f.pos[0], f.pos[6], tail);
        return (true, t);
    }

    function _eip1559(bytes memory raw) private pure returns (bool ok, Tx memory t) {
        Items memory f;
        if (!_items(raw, 1, 12, true, f)) return (false, t);
        t.eip1559 = true;
        bool okA;
        bool okB;
        bool okC;
        bool okD;
        (okA, t.chainId) = _uint(raw, f, 0);
        (okB, t.nonce) = _uint64(raw, f, 1);
        (okC, t.maxPriorityFeePerGas) = _uint(raw, f, 2);
        (okD, t.maxFeePerGas) = _uint(raw, f, 3);
        if (!(okA && okB && okC && okD)) return (false, t);
        (okA, t.gasLimit) = _uint64(raw, f, 4);
        if (!okA || !_body(raw, f, 5, t)) return (false, t);
        uint256 parity;
        (okA, parity) = _uint(raw, f, 9);
        (okB, t.r) = _uint(raw, f, 10);
        (okC, t.s) = _uint(raw, f, 11);
        if (!(okA && okB && okC) || parity > 1) return (false, t);
        t.yParity = uint8(parity);
        // 0x02 || rlp([chainId, ..., data, accessList]), the access list as received
        t.signingHash = _listHash(hex"02", raw, f.pos[0], f.pos[9], "");
        return (true, t);
    }

    /// @dev Reads the list at `at` that must fill `raw` to its end, and its `count` items
    ///      into `f`. Only item 8 of an EIP-1559 transaction (the access list) may be a
    ///      list, and must be one; its contents must still be strict RLP.
    function _items(bytes memory raw, uint256 at, uint256 count, bool typed, Items memory f)
        private
        pure
        returns (bool)
    {
        (bool ok, bool isList, uint256 pos, uint256 end) = RLPReader.header(raw, at, raw.length);
        if (!ok || !isList || end != raw.length) return false;
        uint256 n = 0;
        while (pos < end) {
            if (n == count) return false;
            (bool okItem, uint256 s, uint256 e) = _item(raw, pos, end, typed && n == 8);
            if (!okItem) return false;
            f.pos[n] = pos;
            f.start[n] = s;
            f.end[n] = e;
            pos = e;
            n++;
        }
        return n == count;
    }

    /// @dev One item at `pos` within `end`: a string, or a strictly valid list iff `wantList`.
    function _item(bytes memory raw, uint256 pos, uint256 end, bool wantList)
        private
        pure
        returns (bool ok, uint256 s, uint256 e)
    {
        bool isList;
        (ok, isList, s, e) = RLPReader.header(raw, pos, end);
        if (!ok || isList != wantList) return (false, 0, 0);
        if (isList && !RLPReader.validSequence(raw, s, e)) return (false, 0, 0);
    }

    /// @dev `to`, `value` and `data`: items `at`, `at + 1`, `at + 2`.
    function _body(bytes memory raw, Items memory f, uint256 at, Tx memory t) private pure returns (bool) {
        uint256 toLen = f.end[at] - f.start[at];
        if (toLen == 20) {
            t.hasTo = true;
            t.to = address(uint160(uint256(_word(raw, f.start[at])) >> 96));
        } else if (toLen != 0) {
            return false;
        }
        bool ok;
        (ok, t.value) = _uint(raw, f, at + 1);
        t.data = _slice(raw, f.start[at + 2], f.end[at + 2]);
        return ok;
    }

    function _uint(bytes memory raw, Items memory f, uint256 i) private pure returns (bool, uint256) {
        return RLPReader.toUint(raw, f.start[i], f.end[i], 32);
    }

    function _uint64(bytes memory raw, Items memory f, uint256 i) private pure returns (bool, uint64) {
        (bool ok, uint256 v) = RLPReader.toUint(raw, f.start[i], f.end[i], 8);
        return (ok, uint64(v));
    }

    /// @dev `H(prefix || rlp-list-header(L) || raw[from:to] || tail)` with L the payload length.
    function _listHash(bytes memory prefix, bytes memory raw, uint256 from, uint256 to, bytes memory tail)
        private
        pure
        returns (bytes32)
    {
        uint256 len = to - from + tail.length;
        return keccak256(abi.encodePacked(prefix, RLPWriter.listHeader(len), _slice(raw, from, to), tail));
    }

    /// @dev A copy of `b[start:end]`.
    function _slice(bytes memory b, uint256 start, uint256 end) private pure returns (bytes memory out) {
        uint256 len = end - start;
        out = new bytes(len);
        assembly ("memory-safe") {
            mcopy(add(out, 32), add(add(b, 32), start), len)
        }
    }

    /// @dev The 32 bytes of `b` from `at`; the caller uses only those inside `b`.
    function _word(bytes memory b, uint256 at) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := mload(add(add(b, 32), at))
        }
    }
}
