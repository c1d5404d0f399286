// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BlsLib} from "../../src/libraries/BlsLib.sol";

/// @notice BLS keys and signatures for tests, computed with the EIP-2537 multi-scalar-multiplication precompiles:
///         `pk = sk · g2` (G2MSM), `sig = sk · H(m)` (G1MSM). Rust (`blst`) produces the same bytes: the shared
///         vectors in `Committee.t.sol` and `baton_protocol::bls` pin that.
library BlsSigner {
    uint256 internal constant G1MSM = 0x0c;
    uint256 internal constant G2MSM = 0x0e;

    /// @dev The G2 generator, EIP-2537 encoding.
    bytes internal constant G2 =
        hex"00000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be";

    function publicKey(uint256 secretKey) internal view returns (bytes memory key) {
        key = new bytes(256);
        bytes memory input = abi.encodePacked(G2, secretKey);
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), G2MSM, add(input, 0x20), 288, add(key, 0x20), 256)
        }
        require(ok, "G2MSM");
    }

    function sign(uint256 secretKey, bytes32 message, bytes memory dst) internal view returns (bytes memory) {
        return multiply(BlsLib.hashToG1(message, dst), secretKey);
    }

    /// @dev `scalar · point` in G1.
    function multiply(bytes memory point, uint256 scalar) internal view returns (bytes memory product) {
        product = new bytes(128);
        bytes memory input = abi.encodePacked(point, scalar);
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), G1MSM, add(input, 0x20), 160, add(product, 0x20), 128)
        }
        require(ok, "G1MSM");
    }

    function add(bytes memory a, bytes memory b) internal view returns (bytes memory sum) {
        bool ok;
        (ok, sum) = BlsLib.addG1(a, b);
        require(ok, "G1ADD");
    }
}
