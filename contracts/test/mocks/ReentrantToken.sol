// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Bridge} from "../../src/L1/Bridge.sol";

/// @notice A token whose transferFrom re-enters Bridge.depositToken, to try to make the
///         outer deposit count the inner one's tokens too.
contract ReentrantToken {
    mapping(address => uint256) public balanceOf;
    bool internal entered;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        if (!entered) {
            entered = true;
            Bridge(msg.sender).depositToken(address(this), from, amount);
        }
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
