// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title SenderRecovery
/// @notice The sender of a signed L2 transaction (docs/protocol.md 3.1): `ecrecover` of
///         `(signingHash, yParity, r, s)` with `r` and `s` in `[1, n-1]` and `s <= n/2`
///         (EIP-2). An invalid signature gives `address(0)`, never a revert.
library SenderRecovery {
    /// @notice The secp256k1 group order n.
    uint256 internal constant N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    /// @notice floor(n / 2), the largest `s` EIP-2 accepts.
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The signer's address, or `address(0)` when the signature is invalid.
    function recover(bytes32 hash, uint8 yParity, uint256 r, uint256 s) internal pure returns (address) {
        if (r == 0 || r >= N || s == 0 || s > HALF_N || yParity > 1) return address(0);
        return ecrecover(hash, 27 + yParity, bytes32(r), bytes32(s));
    }
}
