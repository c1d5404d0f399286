// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BlsLib} from "../src/libraries/BlsLib.sol";
import {Test} from "./base/Test.sol";
import {BlsSigner} from "./utils/BlsSigner.sol";

contract BlsLibTest is Test {
    bytes internal constant QUUX = "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_";

    function test_hashToG1_matchesRfc9380Vectors() public view {
        assertEq(
            BlsLib.hashToG1(bytes(""), QUUX),
            abi.encodePacked(
                bytes16(0),
                hex"052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a1",
                bytes16(0),
                hex"08ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265"
            )
        );
        assertEq(
            BlsLib.hashToG1(bytes("abc"), QUUX),
            abi.encodePacked(
                bytes16(0),
                hex"03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903",
                bytes16(0),
                hex"0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d"
            )
        );
    }

    function test_verify_acceptsASignatureAndRejectsAnother() public view {
        bytes memory key = BlsSigner.publicKey(7);
        bytes memory sig = BlsSigner.sign(7, keccak256("m"), "DST");
        assertTrue(BlsLib.verify(sig, keccak256("m"), "DST", key));
        assertFalse(BlsLib.verify(sig, keccak256("n"), "DST", key));
        assertFalse(BlsLib.verify(sig, keccak256("m"), "DSU", key));
        assertFalse(BlsLib.verify(BlsSigner.sign(8, keccak256("m"), "DST"), keccak256("m"), "DST", key));
    }

    /// @dev The vector `baton_protocol::bls::tests::shared_vector` checks with blst: key 7's public key, its attestation
    ///      signature on keccak256("baton bls vector"), that plus key 11's, and key 7's proof of possession for signer
    ///      0x…dd of committee contract 0x…cc on chain 31337.
    function test_sharedVectorMatchesBlst() public view {
        bytes memory attestationDst = "BATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_";
        bytes32 message = keccak256("baton bls vector");
        bytes memory key = BlsSigner.publicKey(7);
        assertEq(
            key,
            hex"00000000000000000000000000000000049cd1dbb2d2c3581e54c088135fef36505a6823d61b859437bfc79b617030dc8b40e32bad1fa85b9c0f368af6d38d3c000000000000000000000000000000000d0273f6bf31ed37c3b8d68083ec3d8e20b5f2cc170fa24b9b5be35b34ed013f9a921f1cad1644d4bdb14674247234c80000000000000000000000000000000008b7ae4dbf802c17a6648842922c9467e460a71c88d393ee7af356da123a2f3619e80c3bdcc8e2b1da52f8cd9913ccdd0000000000000000000000000000000005ecf93654b7a1885695aaeeb7caf41b0239dc45e1022be55d37111af2aecef87799638bec572de86a7437898efa7020"
        );
        bytes memory signature = BlsSigner.sign(7, message, attestationDst);
        assertEq(
            signature,
            hex"000000000000000000000000000000000db644dcf6c81014412edb7e2578d8893671a298f2920ef3647b175a35d759f1718b0184c519dbc3beb040ede7866b5800000000000000000000000000000000179dba2e25459818e2861b90e689f904ca8df1569c5233fdfbdad0b6c0245ff66ceeb1d1eaed31cc7390cbaa92085c9d"
        );
        assertEq(
            BlsSigner.add(signature, BlsSigner.sign(11, message, attestationDst)),
            hex"000000000000000000000000000000000f33449d0fc7ef890884ebababda493c33d9633337a13c3324334f2f730dfb2dc52ede36b7345c8ebc28a0b9686431c8000000000000000000000000000000000bffd14b69148381f192a1accd2befbe28fff48a918e96df153239071088256378f9edb968c0642af8775d50cbb0dcde"
        );
        bytes32 popMessage = keccak256(
            abi.encode(keccak256("baton.bls.pop"), uint256(31_337), address(0xcc), address(0xdd), keccak256(key))
        );
        assertEq(
            BlsSigner.sign(7, popMessage, "BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_"),
            hex"0000000000000000000000000000000018e891aa74e138c1fb5a4b68e63eaa3ec3006d6b41870cde9df126fced1506a54d2cb4258c843d96a0f0aa8129b0c2170000000000000000000000000000000007024cf2b834dd80da4a01f85e0252735c0ceb655a525a235f31addb6a5d520af4b10c0f7460b6c7c7f9ef150df36746"
        );
    }
}
