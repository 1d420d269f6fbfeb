// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TxDecoder} from "../../src/fraud/TxDecoder.sol";

/// @notice Test-side encoder of compact transactions (docs/protocol.md 3.5), written apart from
///         CompactTx: every non-zero integer in the plain form `u8(0xdf + L) || L bytes`, not
///         the shortest form nodes write, so the tests also show that L1 reads any form.
library CompactEncoder {
    /// @notice The compact bytes of the ETH or token transfer `raw` (decoded with TxDecoder).
    function encode(bytes memory raw) internal pure returns (bytes memory c) {
        (bool ok, TxDecoder.Tx memory t) = TxDecoder.decode(raw);
        require(ok, "CompactEncoder: malformed");
        bool token = t.data.length != 0;
        uint8 flags = (t.eip1559 ? 1 : 0) | (token ? 2 : 0) | (t.yParity == 1 ? 4 : 0);
        c = abi.encodePacked(flags, _int(t.nonce));
        if (t.eip1559) c = bytes.concat(c, _int(t.maxPriorityFeePerGas));
        c = bytes.concat(c, _int(t.maxFeePerGas), _int(t.gasLimit), bytes20(t.to));
        if (token) {
            require(t.data.length == 68, "CompactEncoder: not a transfer call");
            bytes memory d = t.data;
            uint256 recipient;
            uint256 amount;
            assembly ("memory-safe") {
                recipient := mload(add(d, 36))
                amount := mload(add(d, 68))
            }
            c = bytes.concat(c, bytes20(uint160(recipient)), _int(amount));
        } else {
            c = bytes.concat(c, _int(t.value));
        }
        c = bytes.concat(c, bytes32(t.r), bytes32(t.s));
    }

    function _int(uint256 v) private pure returns (bytes memory) {
        if (v == 0) return hex"00";
        uint256 n = 0;
        for (uint256 x = v; x != 0; x >>= 8) {
            n++;
        }
        bytes memory out = new bytes(n + 1);
        out[0] = bytes1(uint8(0xdf + n));
        for (uint256 i = n; i > 0; i--) {
            out[i] = bytes1(uint8(v));
            v >>= 8;
        }
        return out;
    }
}
