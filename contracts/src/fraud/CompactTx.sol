// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RLPWriter} from "./RLPWriter.sol";

/// @title CompactTx
/// @notice Expansion of compact transactions (docs/protocol.md 3.5) into the raw signed bytes
///         they stand for, for the fraud path; appending a batch never expands (it only hashes
///         the compact bytes as posted).
///
///             compact = u8(flags) || int(nonce) || fees || int(gasLimit) || addr(to) || body
///                       || b32(r) || b32(s)
///             flags   = bit 0: EIP-1559 (else legacy); bit 1: token transfer (else ETH);
///                       bit 2: yParity; bits 3-7: 0
///             fees    = int(gasPrice) | int(maxPriorityFeePerGas) || int(maxFeePerGas)
///             body    = int(value)    | addr(recipient) || int(amount)
///             int     = u8(h) || bytes{L}
///                       h <  0xe0: L = h >> 5, the integer m * 10^(h & 0x1f)
///                       h >= 0xe0: L = h - 0xdf, the integer is the L bytes
///
///         Bytes that do not expand are a flag (`ok == false`): the transaction is malformed,
///         a no-op (3.3), never a revert.
library CompactTx {
    bytes4 internal constant TRANSFER_SELECTOR = 0xa9059cbb;

    /// @dev A cursor over the compact bytes; `ok` turns false when a read runs past the end.
    struct Reader {
        bytes b;
        uint256 pos;
        bool ok;
    }

    /// @dev The fields of a compact transaction.
    struct Fields {
        bool eip1559;
        uint256 parity;
        uint256 nonce;
        uint256 maxPriorityFee;
        uint256 maxFee;
        uint256 gasLimit;
        address to;
        uint256 value;
        bytes data;
        uint256 r;
        uint256 s;
    }

    /// @notice The raw transaction `c` stands for on the chain `chainId`; `ok == false` when
    ///         the bytes do not expand (unknown flags, a field cut short, trailing bytes, a
    ///         nonce or gas limit above 64 bits).
    function expand(bytes memory c, uint256 chainId) internal pure returns (bool ok, bytes memory raw) {
        Reader memory rd = Reader(c, 0, true);
        uint256 flags = _byte(rd);
        if (!rd.ok || flags > 7) return (false, raw);
        Fields memory f;
        f.eip1559 = flags & 1 != 0;
        f.parity = (flags >> 2) & 1;
        f.nonce = _int(rd);
        if (f.eip1559) f.maxPriorityFee = _int(rd);
        f.maxFee = _int(rd);
        f.gasLimit = _int(rd);
        f.to = _address(rd);
        if (flags & 2 != 0) {
            address recipient = _address(rd);
            f.data = abi.encodePacked(TRANSFER_SELECTOR, uint256(uint160(recipient)), _int(rd));
        } else {
            f.value = _int(rd);
        }
        f.r = uint256(_bytes(rd, 32));
        f.s = uint256(_bytes(rd, 32));
        if (!rd.ok || rd.pos != c.length || f.nonce > type(uint64).max || f.gasLimit > type(uint64).max) {
            return (false, raw);
        }
        return (true, _encode(f, chainId));
    }

    /// @dev Legacy `rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])` or
    ///      `0x02 || rlp([chainId, nonce, tip, maxFee, gasLimit, to, value, data, [], yParity, r, s])`.
    function _encode(Fields memory f, uint256 chainId) private pure returns (bytes memory) {
        bytes memory body = abi.encodePacked(
            RLPWriter.encodeUint(f.nonce),
            f.eip1559 ? RLPWriter.encodeUint(f.maxPriorityFee) : bytes(""),
            RLPWriter.encodeUint(f.maxFee),
            RLPWriter.encodeUint(f.gasLimit)
        );
        body = abi.encodePacked(
            body,
            hex"94",
            f.to,
            RLPWriter.encodeUint(f.value),
            f.data.length == 0 ? bytes(hex"80") : bytes.concat(hex"b844", f.data)
        );
        if (f.eip1559) {
            body = abi.encodePacked(
                RLPWriter.encodeUint(chainId),
                body,
                hex"c0",
                RLPWriter.encodeUint(f.parity),
                RLPWriter.encodeUint(f.r),
                RLPWriter.encodeUint(f.s)
            );
            return abi.encodePacked(hex"02", RLPWriter.listHeader(body.length), body);
        }
        body = abi.encodePacked(
            body,
            RLPWriter.encodeUint(chainId * 2 + 35 + f.parity),
            RLPWriter.encodeUint(f.r),
            RLPWriter.encodeUint(f.s)
        );
        return abi.encodePacked(RLPWriter.listHeader(body.length), body);
    }

    /// @dev One integer (3.5). `m < 2^48` and `10^31 < 2^104`: the exponent form cannot overflow.
    function _int(Reader memory rd) private pure returns (uint256) {
        uint256 h = _byte(rd);
        if (!rd.ok) return 0;
        if (h >= 0xe0) return uint256(_bytes(rd, h - 0xdf)) >> (8 * (32 - (h - 0xdf)));
        uint256 len = h >> 5;
        if (len == 0) return 0;
        uint256 m = uint256(_bytes(rd, len)) >> (8 * (32 - len));
        return m * 10 ** (h & 0x1f);
    }

    function _address(Reader memory rd) private pure returns (address) {
        return address(bytes20(_bytes(rd, 20)));
    }

    function _byte(Reader memory rd) private pure returns (uint256) {
        return uint256(uint8(bytes1(_bytes(rd, 1))));
    }

    /// @dev The next `n <= 32` bytes, left-aligned; zero and `ok = false` if fewer remain.
    function _bytes(Reader memory rd, uint256 n) private pure returns (bytes32 w) {
        if (!rd.ok || rd.b.length - rd.pos < n) {
            rd.ok = false;
            return bytes32(0);
        }
        bytes memory b = rd.b;
        uint256 at = rd.pos;
        assembly ("memory-safe") {
            w := mload(add(add(b, 32), at))
        }
        if (n < 32) w &= ~bytes32(type(uint256).max >> (8 * n));
        rd.pos = at + n;
    }
}
