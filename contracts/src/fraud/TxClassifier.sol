// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TxDecoder} from "./TxDecoder.sol";

/// @title TxClassifier
/// @notice The kind of a decoded transaction (docs/protocol.md 3.2), the first row that
///         matches:
///
///             to empty                                                 unsupported
///             to == L2_BRIDGE, data == withdrawEth(address) (36 bytes) ETH withdrawal of value
///             to == L2_BRIDGE, data == withdrawToken(address,address,uint256)
///                              (100 bytes), value == 0                 token withdrawal
///             to == L2_BRIDGE                                          unsupported
///             data empty                                               ETH transfer
///             data == transfer(address,uint256) (68 bytes), value == 0 token transfer of token `to`
///             anything else                                            unsupported
///
///         An ABI address word must have its top 12 bytes zero, or the data does not match.
library TxClassifier {
    /// @notice The L2 bridge's address (spec 1).
    address internal constant L2_BRIDGE = 0x000000000000000000000000000000000000B1d9;

    enum KindTag {
        EthTransfer,
        TokenTransfer,
        EthWithdrawal,
        TokenWithdrawal,
        Unsupported
    }

    /// @notice A kind and its arguments. `token` is the zero address for ETH; `to` is the
    ///         L2 recipient of a transfer or the L1 recipient of a withdrawal.
    struct Kind {
        KindTag tag;
        address token;
        address to;
        uint256 amount;
        uint256 gas;
    }

    bytes4 internal constant WITHDRAW_ETH = 0x25e16063;
    bytes4 internal constant WITHDRAW_TOKEN = 0x01e33667;
    bytes4 internal constant TRANSFER = 0xa9059cbb;

    /// @notice Classifies `t`; `gas` is the kind's fixed gas (spec 1).
    function classify(TxDecoder.Tx memory t) internal pure returns (Kind memory k) {
        k.tag = KindTag.Unsupported;
        k.gas = 21000;
        if (!t.hasTo) return k;
        bytes memory data = t.data;
        if (t.to == L2_BRIDGE) {
            if (_matches(data, WITHDRAW_ETH, 36) && _isAddress(data, 4)) {
                return Kind(KindTag.EthWithdrawal, address(0), _address(data, 4), t.value, 60000);
            }
            if (_matches(data, WITHDRAW_TOKEN, 100) && t.value == 0 && _isAddress(data, 4) && _isAddress(data, 36))
            {
                return Kind(KindTag.TokenWithdrawal, _address(data, 4), _address(data, 36), _word(data, 68), 80000);
            }
            return k;
        }
        if (data.length == 0) return Kind(KindTag.EthTransfer, address(0), t.to, t.value, 21000);
        if (_matches(data, TRANSFER, 68) && t.value == 0 && _isAddress(data, 4)) {
            return Kind(KindTag.TokenTransfer, t.to, _address(data, 4), _word(data, 36), 50000);
        }
        return k;
    }

    function _matches(bytes memory data, bytes4 selector, uint256 length) private pure returns (bool) {
        return data.length == length && bytes4(bytes32(_word(data, 0))) == selector;
    }

    /// @dev The word at `at` holds an address: its top 12 bytes are zero.
    function _isAddress(bytes memory data, uint256 at) private pure returns (bool) {
        return _word(data, at) >> 160 == 0;
    }

    function _address(bytes memory data, uint256 at) private pure returns (address) {
        return address(uint160(_word(data, at)));
    }

    /// @dev The 32-byte word of `data` at `at`; callers checked `data.length >= at + 32`.
    function _word(bytes memory data, uint256 at) private pure returns (uint256 w) {
        assembly ("memory-safe") {
            w := mload(add(add(data, 32), at))
        }
    }
}
