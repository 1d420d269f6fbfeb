// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Rollup} from "./Rollup.sol";
import {SmtLib} from "../libraries/SmtLib.sol";

/// @title Bridge
/// @notice Holds the L1 queue of deposits and forced transactions (docs/protocol.md
///         section 4) and pays withdrawals proven against finalized batches (section 7).
///         Created by its `Rollup`, which it asks about batches.
contract Bridge {
    /// @dev One queue item: the hash of its encoding and the L1 time it was queued.
    struct QueueItem {
        bytes32 itemHash;
        uint64 timestamp;
    }

    /// @notice Longest raw transaction accepted by forceTransaction.
    uint256 public constant MAX_TX_SIZE = 4096;
    /// @notice Deposit amounts must be below this bound.
    uint256 public constant DEPOSIT_LIMIT = 1 << 128;

    uint8 internal constant ETH_DEPOSIT = 0x00;
    uint8 internal constant TOKEN_DEPOSIT = 0x01;
    uint8 internal constant FORCED_TX = 0x02;

    /// @notice The rollup that created this bridge.
    Rollup public immutable rollup;

    QueueItem[] internal _queue;
    mapping(uint256 index => bool) internal _paid;
    bool private transient _locked;

    /// @notice Queue item `index` was added at L1 time `timestamp`; `item` is its encoding.
    event QueueItemAdded(uint64 indexed index, uint64 timestamp, bytes item);
    /// @notice Withdrawal `index` paid `amount` of `l1Token` (zero: ETH) to `recipient`.
    event WithdrawalFinalized(uint256 indexed index, address indexed recipient, address l1Token, uint256 amount);

    /// @notice A deposit of nothing.
    error ZeroAmount();
    /// @notice A deposit of 2^128 wei or token units or more.
    error AmountTooLarge(uint256 amount);
    /// @notice forceTransaction with an empty or longer than MAX_TX_SIZE transaction.
    error BadTransactionLength(uint256 length);
    /// @notice The batch does not exist or its challenge window is open.
    error BatchNotFinalized(uint64 batchIndex);
    /// @notice The withdrawal leaf is not in the batch's post-state root.
    error InvalidProof();
    /// @notice Withdrawal `index` was already paid.
    error AlreadyFinalized(uint256 index);
    /// @notice An ETH or token transfer failed.
    error TransferFailed();
    /// @notice A token call was made to an address without code.
    error NotAContract(address token);
    /// @notice A token callback re-entered the bridge.
    error Reentrancy();
    /// @notice No queue item has index `index`.
    error UnknownQueueItem(uint64 index);

    modifier nonReentrant() {
        if (_locked) revert Reentrancy();
        _locked = true;
        _;
        _locked = false;
    }

    /// @notice Binds the bridge to its creator, the rollup.
    constructor() {
        rollup = Rollup(msg.sender);
    }

    /// @notice Deposits `msg.value` wei to `l2Recipient` on L2 (queue item
    ///         `0x00 || l2Recipient || u256(amount)`).
    function depositEth(address l2Recipient) external payable {
        _checkAmount(msg.value);
        _enqueue(abi.encodePacked(ETH_DEPOSIT, l2Recipient, msg.value));
    }

    /// @notice Deposits `amount` of the ERC-20 `l1Token` (approved beforehand) to
    ///         `l2Recipient` on L2. The queued amount is what the bridge actually received
    ///         (balance difference); item `0x01 || l1Token || l2Recipient || u256(amount)`.
    function depositToken(address l1Token, address l2Recipient, uint256 amount) external nonReentrant {
        if (l1Token.code.length == 0) revert NotAContract(l1Token);
        uint256 before = IERC20(l1Token).balanceOf(address(this));
        _callToken(l1Token, abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
        uint256 received = IERC20(l1Token).balanceOf(address(this)) - before;
        _checkAmount(received);
        _enqueue(abi.encodePacked(TOKEN_DEPOSIT, l1Token, l2Recipient, received));
    }

    /// @notice Queues the raw signed L2 transaction `txBytes` (1 to MAX_TX_SIZE bytes) for
    ///         forced inclusion (item `0x02 || txBytes`).
    function forceTransaction(bytes calldata txBytes) external {
        if (txBytes.length == 0 || txBytes.length > MAX_TX_SIZE) revert BadTransactionLength(txBytes.length);
        _enqueue(abi.encodePacked(FORCED_TX, txBytes));
    }

    /// @notice Pays withdrawal `index` of `amount` of `l1Token` (zero: ETH) to `recipient`,
    ///         proven by `siblings` (spec 2.3) against the post-state root of the finalized
    ///         batch `batchIndex`. Each index is paid once.
    function finalizeWithdrawal(
        uint64 batchIndex,
        uint256 index,
        address l1Token,
        address recipient,
        uint256 amount,
        bytes32[] calldata siblings
    ) external nonReentrant {
        if (!rollup.isFinalized(batchIndex)) revert BatchNotFinalized(batchIndex);
        bytes32 key = SmtLib.withdrawalKey(index);
        bytes32 value = SmtLib.withdrawalValue(l1Token, recipient, amount);
        if (!SmtLib.verify(key, value, siblings, rollup.postStateRootOf(batchIndex))) revert InvalidProof();
        if (_paid[index]) revert AlreadyFinalized(index);
        _paid[index] = true;
        emit WithdrawalFinalized(index, recipient, l1Token, amount);
        if (l1Token == address(0)) {
            (bool ok,) = recipient.call{value: amount}("");
            if (!ok) revert TransferFailed();
        } else {
            _callToken(l1Token, abi.encodeCall(IERC20.transfer, (recipient, amount)));
        }
    }

    /// @notice True iff withdrawal `index` was paid.
    function isWithdrawalFinalized(uint256 index) external view returns (bool) {
        return _paid[index];
    }

    /// @notice Number of items ever queued.
    function queueLength() external view returns (uint64) {
        return uint64(_queue.length);
    }

    /// @notice `H(item)` of queue item `index`.
    function queueHash(uint64 index) external view returns (bytes32) {
        return _item(index).itemHash;
    }

    /// @notice L1 timestamp at which queue item `index` was queued.
    function queueTime(uint64 index) external view returns (uint64) {
        return _item(index).timestamp;
    }

    function _item(uint64 index) private view returns (QueueItem storage) {
        if (index >= _queue.length) revert UnknownQueueItem(index);
        return _queue[index];
    }

    function _enqueue(bytes memory item) private {
        uint64 index = uint64(_queue.length);
        uint64 timestamp = uint64(block.timestamp);
        _queue.push(QueueItem({itemHash: keccak256(item), timestamp: timestamp}));
        emit QueueItemAdded(index, timestamp, item);
    }

    function _checkAmount(uint256 amount) private pure {
        if (amount == 0) revert ZeroAmount();
        if (amount >= DEPOSIT_LIMIT) revert AmountTooLarge(amount);
    }

    /// @dev Calls an ERC-20 that may or may not return a bool (USDT-style tokens return
    ///      nothing): the call must succeed and return either nothing or `true`.
    function _callToken(address token, bytes memory data) private {
        if (token.code.length == 0) revert NotAContract(token);
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TransferFailed();
        }
    }
}
