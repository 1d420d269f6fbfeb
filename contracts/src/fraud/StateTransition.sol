// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SmtLib} from "../libraries/SmtLib.sol";
import {CompactTx} from "./CompactTx.sol";
import {QueueItemMismatch} from "./FraudErrors.sol";
import {SenderRecovery} from "./SenderRecovery.sol";
import {SmtWitness} from "./SmtWitness.sol";
import {TxClassifier} from "./TxClassifier.sol";
import {TxDecoder} from "./TxDecoder.sol";

/// @title StateTransition
/// @notice The Solidity twin of the Java STF (docs/protocol.md 3.3, 3.4 and 4): executes one
///         batch entry against a state root, reading and writing leaves through the state
///         witnesses, in the access order of 6.3. Invalid transactions, malformed bytes
///         included, are no-ops, never reverts; only a bad witness reverts
///         (`WitnessInvalid()`), and item bytes no bridge could have produced
///         (`QueueItemMismatch()`).
library StateTransition {
    using SmtWitness for SmtWitness.Cursor;

    /// @notice The rollup's L2 parameters (spec 1).
    struct ChainParams {
        uint64 chainId;
        uint256 baseFee;
        address feeRecipient;
    }

    uint256 internal constant MAX_BALANCE = (1 << 192) - 1;
    uint256 internal constant MAX_NONCE = type(uint64).max;

    /// @notice The root after executing `entry` (a raw transaction, or a queue item when
    ///         `isQueueItem`) on `preRoot`, with every witness of `witnesses` consumed.
    function execute(ChainParams memory p, bytes memory entry, bool isQueueItem, bytes32 preRoot, bytes memory witnesses)
        internal
        pure
        returns (bytes32)
    {
        SmtWitness.Cursor memory c = SmtWitness.Cursor(witnesses, 0, preRoot);
        if (isQueueItem) {
            _queueItem(p, entry, c);
        } else {
            _transaction(p, entry, c);
        }
        c.finish();
        return c.root;
    }

    /// @notice The root after executing the compact transaction `compact` (spec 3.5) on
    ///         `preRoot`: its expansion under `p.chainId`, or, when it does not expand, the no-op
    ///         of a malformed transaction (no access, so `witnesses` must be empty).
    function executeCompact(ChainParams memory p, bytes memory compact, bytes32 preRoot, bytes memory witnesses)
        internal
        pure
        returns (bytes32)
    {
        SmtWitness.Cursor memory c = SmtWitness.Cursor(witnesses, 0, preRoot);
        (bool ok, bytes memory raw) = CompactTx.expand(compact, p.chainId);
        if (ok) _transaction(p, raw, c);
        c.finish();
        return c.root;
    }

    /// @dev Spec 4: `0x00 || to || u256(amount)`, `0x01 || token || to || u256(amount)`,
    ///      `0x02 || raw transaction` (1 to MAX_TX_SIZE bytes).
    function _queueItem(ChainParams memory p, bytes memory item, SmtWitness.Cursor memory c) private pure {
        if (item.length == 53 && item[0] == 0x00) {
            _creditEth(c, _address(item, 1), uint256(_word(item, 21)));
        } else if (item.length == 73 && item[0] == 0x01) {
            _creditToken(c, _address(item, 1), _address(item, 21), uint256(_word(item, 41)));
        } else if (item.length >= 2 && item.length <= TxDecoder.MAX_TX_SIZE + 1 && item[0] == 0x02) {
            bytes memory raw = new bytes(item.length - 1);
            for (uint256 i = 1; i < item.length; i++) {
                raw[i - 1] = item[i];
            }
            _transaction(p, raw, c);
        } else {
            revert QueueItemMismatch();
        }
    }

    /// @dev Spec 3.3 then 3.4. Rules 1-5 need no state; rules 6-7 read the sender account.
    function _transaction(ChainParams memory p, bytes memory raw, SmtWitness.Cursor memory c) private pure {
        (bool ok, TxDecoder.Tx memory t) = TxDecoder.decode(raw);
        if (!ok || t.chainId != p.chainId) return;
        address sender = SenderRecovery.recover(t.signingHash, t.yParity, t.r, t.s);
        if (sender == address(0)) return;
        TxClassifier.Kind memory k = TxClassifier.classify(t);
        if (t.gasLimit < k.gas || !_feesOk(t, p.baseFee)) return;
        (bool valid, uint256 fee) = _chargeSender(c, t, sender, k.gas, p.baseFee);
        if (!valid) return;
        _creditEth(c, p.feeRecipient, fee);
        _effect(c, k, sender);
    }

    /// @dev Rule 5: legacy `gasPrice >= baseFee`; EIP-1559 `maxFee >= baseFee` and
    ///      `maxPriorityFee <= maxFee` (legacy prices are equal, so one test serves both).
    function _feesOk(TxDecoder.Tx memory t, uint256 baseFee) private pure returns (bool) {
        return t.maxFeePerGas >= baseFee && t.maxPriorityFeePerGas <= t.maxFeePerGas;
    }

    /// @dev `min(maxFee, baseFee + maxPriorityFee)`, without computing a sum that may overflow
    ///      (rule 5 holds: `baseFee <= maxFee`).
    function _effectivePrice(TxDecoder.Tx memory t, uint256 baseFee) private pure returns (uint256) {
        if (!t.eip1559) return t.maxFeePerGas;
        if (t.maxPriorityFeePerGas >= t.maxFeePerGas - baseFee) return t.maxFeePerGas;
        return baseFee + t.maxPriorityFeePerGas;
    }

    /// @dev The sender access: rules 6 and 7 on the value read, then step 1 of 3.4 with
    ///      `fee = gasUsed * effectivePrice`. Returns false (the entry is a no-op, nothing
    ///      written) when a rule fails. Rule 7 bounds the fee (`gasUsed <= gasLimit`,
    ///      `effectivePrice <= maxPrice`), so it is computed only once the rule holds.
    function _chargeSender(
        SmtWitness.Cursor memory c,
        TxDecoder.Tx memory t,
        address sender,
        uint256 gasUsed,
        uint256 baseFee
    ) private pure returns (bool valid, uint256 fee) {
        SmtWitness.Access memory a = c.read(SmtLib.accountKey(sender));
        (uint256 nonce, uint256 balance) = _account(a.value);
        if (nonce != t.nonce || nonce >= MAX_NONCE) return (false, 0);
        if (!_canPay(t, balance)) return (false, 0);
        fee = gasUsed * _effectivePrice(t, baseFee);
        c.write(a, _accountWord(nonce + 1, balance - fee));
        return (true, fee);
    }

    /// @dev Rule 7: `gasLimit * maxPrice + value <= balance`, without overflow.
    function _canPay(TxDecoder.Tx memory t, uint256 balance) private pure returns (bool) {
        uint256 price = t.maxFeePerGas;
        if (price != 0 && uint256(t.gasLimit) > type(uint256).max / price) return false;
        uint256 cost = uint256(t.gasLimit) * price;
        if (cost > type(uint256).max - t.value) return false;
        return cost + t.value <= balance;
    }

    /// @dev Step 3 of 3.4, the kind's effect; a status-0 outcome simply stops.
    function _effect(SmtWitness.Cursor memory c, TxClassifier.Kind memory k, address sender) private pure {
        if (k.tag == TxClassifier.KindTag.EthTransfer) {
            _debitEth(c, sender, k.amount);
            _creditEth(c, k.to, k.amount);
        } else if (k.tag == TxClassifier.KindTag.TokenTransfer) {
            if (!_debitToken(c, k.token, sender, k.amount)) return;
            _creditToken(c, k.token, k.to, k.amount);
        } else if (k.tag == TxClassifier.KindTag.EthWithdrawal) {
            if (k.amount == 0) return;
            _debitEth(c, sender, k.amount);
            _recordWithdrawal(c, address(0), k.to, k.amount);
        } else if (k.tag == TxClassifier.KindTag.TokenWithdrawal) {
            if (k.amount == 0 || !_debitToken(c, k.token, sender, k.amount)) return;
            _recordWithdrawal(c, k.token, k.to, k.amount);
        }
    }

    /// @dev Validity (rule 7) guarantees the sender can pay `amount` after the fee.
    function _debitEth(SmtWitness.Cursor memory c, address owner, uint256 amount) private pure {
        SmtWitness.Access memory a = c.read(SmtLib.accountKey(owner));
        (uint256 nonce, uint256 balance) = _account(a.value);
        c.write(a, _accountWord(nonce, balance - amount));
    }

    /// @dev `credit(balance, amount)` with cap MAX_BALANCE.
    function _creditEth(SmtWitness.Cursor memory c, address owner, uint256 amount) private pure {
        SmtWitness.Access memory a = c.read(SmtLib.accountKey(owner));
        (uint256 nonce, uint256 balance) = _account(a.value);
        uint256 credited = amount > MAX_BALANCE - balance ? MAX_BALANCE : balance + amount;
        c.write(a, _accountWord(nonce, credited));
    }

    /// @dev Reads `owner`'s `token` balance; false (status 0, nothing written) if below
    ///      `amount`, else debits it.
    function _debitToken(SmtWitness.Cursor memory c, address token, address owner, uint256 amount)
        private
        pure
        returns (bool)
    {
        SmtWitness.Access memory a = c.read(SmtLib.tokenBalanceKey(token, owner));
        uint256 balance = uint256(a.value);
        if (balance < amount) return false;
        c.write(a, bytes32(balance - amount));
        return true;
    }

    /// @dev `credit(balance, amount)` with cap 2^256 - 1.
    function _creditToken(SmtWitness.Cursor memory c, address token, address owner, uint256 amount) private pure {
        SmtWitness.Access memory a = c.read(SmtLib.tokenBalanceKey(token, owner));
        uint256 balance = uint256(a.value);
        uint256 credited = amount > type(uint256).max - balance ? type(uint256).max : balance + amount;
        c.write(a, bytes32(credited));
    }

    /// @dev 6.3: the count first (read i, write i + 1), then withdrawal leaf i.
    function _recordWithdrawal(SmtWitness.Cursor memory c, address token, address recipient, uint256 amount)
        private
        pure
    {
        SmtWitness.Access memory count = c.read(SmtLib.withdrawalCountKey());
        uint256 index = uint256(count.value);
        unchecked {
            // 2^256 - 1 withdrawals cannot happen; wrapping keeps the verifier revert-free.
            c.write(count, bytes32(index + 1));
        }
        SmtWitness.Access memory leaf = c.read(SmtLib.withdrawalKey(index));
        c.write(leaf, SmtLib.withdrawalValue(token, recipient, amount));
    }

    function _account(bytes32 word) private pure returns (uint256 nonce, uint256 balance) {
        nonce = uint256(word) >> 192;
        balance = uint256(word) & MAX_BALANCE;
    }

    function _accountWord(uint256 nonce, uint256 balance) private pure returns (bytes32) {
        return bytes32((nonce << 192) | balance);
    }

    function _address(bytes memory b, uint256 at) private pure returns (address) {
        return address(bytes20(_word(b, at)));
    }

    /// @dev The 32 bytes of `b` at `at` (bytes past `b`'s end are not used by callers).
    function _word(bytes memory b, uint256 at) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := mload(add(add(b, 32), at))
        }
    }
}
