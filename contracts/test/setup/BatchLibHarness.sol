// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {BatchLib} from "../../src/libraries/BatchLib.sol";

/// @notice Gives tests calldata access to BatchLib.parse.
contract BatchLibHarness {
    function parse(bytes calldata batch, uint256 rootCount, BatchLib.Context memory ctx)
        external
        pure
        returns (BatchLib.Summary memory)
    {
        return BatchLib.parse(batch, rootCount, ctx);
    }
}
