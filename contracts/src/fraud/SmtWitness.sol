// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SmtLib} from "../libraries/SmtLib.sol";
import {WitnessInvalid} from "./FraudErrors.sol";

/// @title SmtWitness
/// @notice Reads and updates of the L2 state tree against its root alone, with the state
///         witnesses of docs/protocol.md 2.4, consumed in order from the proof's
///         `witnesses` bytes (6.1):
///
///             witness = u16(d) || u8(t) || [b32(k') || b32(v')  if t == 1] || b32(siblings[j]){d}
///                       t = 0: terminal EMPTY;  t = 1: terminal LEAF(k', v');  d <= 256
///
///         Any witness that is missing, malformed or does not fold to the current root
///         reverts `WitnessInvalid()`.
library SmtWitness {
    /// @notice The state seen by an entry's execution: the witness bytes, the position of
    ///         the next witness, and the current root.
    struct Cursor {
        bytes data;
        uint256 pos;
        bytes32 root;
    }

    /// @notice One access of `key`, opened by `read`, completed (if the step writes) by
    ///         `write`. `siblingsAt` is the offset of `siblings[0]` in the cursor's data.
    struct Access {
        bytes32 key;
        bytes32 value;
        uint256 depth;
        uint256 siblingsAt;
        bool leaf;
        bytes32 leafKey;
        bytes32 leafValue;
    }

    /// @notice Opens an access of `key`: consumes the next witness, checks it against the
    ///         current root and returns it with the value read (2.4).
    function read(Cursor memory c, bytes32 key) internal pure returns (Access memory a) {
        bytes memory data = c.data;
        uint256 pos = c.pos;
        if (data.length < pos + 3) revert WitnessInvalid();
        uint256 d = (uint256(uint8(data[pos])) << 8) | uint8(data[pos + 1]);
        uint256 t = uint8(data[pos + 2]);
        pos += 3;
        if (d > SmtLib.MAX_DEPTH || t > 1) revert WitnessInvalid();
        a.key = key;
        a.depth = d;
        bytes32 terminal = bytes32(0);
        if (t == 1) {
            if (data.length < pos + 64) revert WitnessInvalid();
            a.leaf = true;
            a.leafKey = _word(data, pos);
            a.leafValue = _word(data, pos + 32);
            pos += 64;
            if (a.leafKey == key) {
                a.value = a.leafValue;
            } else if (_firstDifferentBit(key, a.leafKey) < d) {
                revert WitnessInvalid();
            }
            terminal = SmtLib.leafHash(a.leafKey, a.leafValue);
        }
        if (data.length < pos + 32 * d) revert WitnessInvalid();
        a.siblingsAt = pos;
        c.pos = pos + 32 * d;
        if (_fold(data, pos, d, key, terminal) != c.root) revert WitnessInvalid();
    }

    /// @notice Completes the access `a` (the last one `read`) by writing `value` to its key:
    ///         the current root becomes the root of the updated tree (2.4). Writing the value
    ///         read changes nothing.
    function write(Cursor memory c, Access memory a, bytes32 value) internal pure {
        if (value == a.value) return;
        bytes32 t = SmtLib.leafHash(a.key, value);
        if (a.leaf && a.leafKey != a.key) {
            t = _split(a.key, t, a.leafKey, SmtLib.leafHash(a.leafKey, a.leafValue), a.depth);
        }
        c.root = _fold(c.data, a.siblingsAt, a.depth, a.key, t);
    }

    /// @notice Reverts `WitnessInvalid()` unless every witness was consumed.
    function finish(Cursor memory c) internal pure {
        if (c.pos != c.data.length) revert WitnessInvalid();
    }

    /// @dev The subtree at `depth` holding the leaves `key` (hash `h`) and `other` (hash
    ///      `otherHash`): their node at the first differing bit `c`, under `c - depth`
    ///      single-child nodes.
    function _split(bytes32 key, bytes32 h, bytes32 other, bytes32 otherHash, uint256 depth)
        private
        pure
        returns (bytes32 x)
    {
        uint256 c = _firstDifferentBit(key, other);
        x = SmtLib.bit(key, c) == 0 ? _hashPair(h, otherHash) : _hashPair(otherHash, h);
        for (uint256 j = c; j > depth; j--) {
            x = SmtLib.bit(key, j - 1) == 0 ? _hashPair(x, bytes32(0)) : _hashPair(bytes32(0), x);
        }
    }

    /// @dev `h` (the node at depth `d` on `key`'s path) folded up with the `d` siblings
    ///      stored at `data[at:]`, top down.
    function _fold(bytes memory data, uint256 at, uint256 d, bytes32 key, bytes32 h)
        private
        pure
        returns (bytes32)
    {
        for (uint256 i = d; i > 0; i--) {
            bytes32 sibling = _word(data, at + 32 * (i - 1));
            h = SmtLib.bit(key, i - 1) == 0 ? _hashPair(h, sibling) : _hashPair(sibling, h);
        }
        return h;
    }

    /// @dev Index (MSB first) of the first bit where two different keys differ.
    function _firstDifferentBit(bytes32 a, bytes32 b) private pure returns (uint256 i) {
        uint256 x = uint256(a ^ b);
        // 255 - floor(log2(x)), by halving.
        i = 255;
        for (uint256 step = 128; step > 0; step >>= 1) {
            if (x >> step != 0) {
                x >>= step;
                i -= step;
            }
        }
    }

    /// @dev `H(left || right)` in scratch space, without allocating.
    function _hashPair(bytes32 left, bytes32 right) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @dev The 32 bytes of `b` at `at`; callers checked `b.length >= at + 32`.
    function _word(bytes memory b, uint256 at) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := mload(add(add(b, 32), at))
        }
    }
}
