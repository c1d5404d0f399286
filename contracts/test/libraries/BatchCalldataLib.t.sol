// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IBatchInbox} from "../../src/interfaces/IBatchInbox.sol";
import {BatchCalldataLib} from "../../src/libraries/BatchCalldataLib.sol";
import {Test} from "../base/Test.sol";

contract BatchCalldataLibTest is Test {
    /// @dev The vector `baton_protocol::calldata::tests::shared_vector` checks on the Rust side: operator 5, queue
    ///      advance 2, tx root 0xab.., signature r = 0x11.., s = 0x22.., v = 28, payload 0x0102.
    function test_sharedVectorMatchesTheRustEncoder() public pure {
        bytes memory signature = abi.encodePacked(
            bytes32(0x1111111111111111111111111111111111111111111111111111111111111111),
            bytes32(0x2222222222222222222222222222222222222222222222222222222222222222),
            uint8(28)
        );
        bytes memory data = BatchCalldataLib.encode(
            IBatchInbox.appendBatch.selector,
            IBatchInbox.Authentication.Signature,
            5,
            2,
            bytes32(0xabababababababababababababababababababababababababababababababab),
            signature,
            hex"0102"
        );
        assertEq(
            data,
            hex"03d24d43000500000002abababababababababababababababababababababababababababababababab1111111111111111111111111111111111111111111111111111111111111111a2222222222222222222222222222222222222222222222222222222222222220102"
        );
        assertEq(keccak256(data), 0x5a575302858869b521e1745e3dcbad22298b9ca8d8b7b00a556c4ccd78b9cf98);
    }

    function test_selectorsAreTheInboxFunctions() public pure {
        assertEq(IBatchInbox.appendBatch.selector, bytes4(0x03d24d43));
        assertEq(IBatchInbox.appendBlobBatch.selector, bytes4(0x6551ca72));
    }

    /// @dev Compact form: r unchanged, the parity in bit 255 of s; the 65-byte form comes back from it.
    function testFuzz_toCompactKeepsRAndFoldsTheParityIntoS(bytes32 r, uint256 s, bool odd) public pure {
        s = bound(s, 1, 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0);
        bytes memory packed = BatchCalldataLib.toCompact(abi.encodePacked(r, bytes32(s), uint8(odd ? 28 : 27)));
        assertEq(packed.length, 64);
        (bytes32 cr, bytes32 vs) = abi.decode(packed, (bytes32, bytes32));
        assertEq(cr, r);
        assertEq(uint256(vs) >> 255, odd ? 1 : 0);
        assertEq(uint256(vs) & type(uint256).max >> 1, s);
    }

    function test_toCompactRefusesBadSignatures() public {
        vm.expectRevert(BatchCalldataLib.BadSignatureLength.selector);
        this.compact(new bytes(64));
        vm.expectRevert(BatchCalldataLib.BadSignatureLength.selector);
        this.compact(abi.encodePacked(bytes32(0), bytes32(0), uint8(29)));
    }

    function compact(bytes memory signature) external pure returns (bytes memory) {
        return BatchCalldataLib.toCompact(signature);
    }
}
