// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice BLS12-381 with public keys in G2 and signatures in G1, over the EIP-2537 precompiles at their final
///         (Prague) addresses. Points use EIP-2537's encoding: a base-field element is 64 bytes (16 zero bytes and
///         the 48-byte big-endian value), G1 is `x ‖ y` (128 bytes), G2 is `x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1` (256 bytes),
///         infinity is all zeros (docs/PROTOCOL.md §Committee certificates).
/// @dev The functions return `false` instead of reverting when a precompile rejects its input (a point off the
///      curve or, for the pairing, outside the prime-order subgroup), so callers revert with their own error.
library BlsLib {
    /// @notice A precompile failed on input this library built itself: the chain lacks EIP-2537 or EIP-198.
    error PrecompileFailed();
    /// @notice A point handed to the pairing input is not of its group's encoded size.
    error WrongPointSize();

    uint256 internal constant G1_POINT_SIZE = 128;
    uint256 internal constant G2_POINT_SIZE = 256;

    uint256 internal constant SHA256 = 0x02;
    uint256 internal constant MODEXP = 0x05;
    uint256 internal constant G1ADD = 0x0b;
    uint256 internal constant G2ADD = 0x0d;
    uint256 internal constant PAIRING_CHECK = 0x0f;
    uint256 internal constant MAP_FP_TO_G1 = 0x10;

    /// @dev The base-field modulus p, as the two words of its 64-byte encoding.
    uint256 internal constant P_HI = 0x000000000000000000000000000000001a0111ea397fe69a4b1ba7b6434bacd7;
    uint256 internal constant P_LO = 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab;

    /// @dev -g2, the negated G2 generator, word by word: the pairing check `e(sig, g2) = e(H(m), pk)` is
    ///      `PAIRING_CHECK((sig, -g2), (H(m), pk))`.
    uint256 internal constant NEG_G2_X0_HI = 0x00000000000000000000000000000000024aa2b2f08f0a91260805272dc51051;
    uint256 internal constant NEG_G2_X0_LO = 0xc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8;
    uint256 internal constant NEG_G2_X1_HI = 0x0000000000000000000000000000000013e02b6052719f607dacd3a088274f65;
    uint256 internal constant NEG_G2_X1_LO = 0x596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e;
    uint256 internal constant NEG_G2_Y0_HI = 0x000000000000000000000000000000000d1b3cc2c7027888be51d9ef691d77bc;
    uint256 internal constant NEG_G2_Y0_LO = 0xb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa;
    uint256 internal constant NEG_G2_Y1_HI = 0x0000000000000000000000000000000013fa4d4a0ad8b1ce186ed5061789213d;
    uint256 internal constant NEG_G2_Y1_LO = 0x993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed;

    /// @notice RFC 9380 `expand_message_xmd` with SHA-256 of `message` to 128 bytes (two field elements' worth),
    ///         under `dst` (at most 255 bytes).
    function expandMessageXmd(bytes memory message, bytes memory dst) internal view returns (bytes memory uniform) {
        uniform = new bytes(128);
        bool ok;
        assembly ("memory-safe") {
            let messageLength := mload(message)
            let dstLength := mload(dst)
            let buffer := mload(0x40)
            // b_0 = H(Z_pad ‖ msg ‖ I2OSP(128, 2) ‖ I2OSP(0, 1) ‖ DST ‖ I2OSP(len(DST), 1)), Z_pad 64 zero bytes
            mstore(buffer, 0)
            mstore(add(buffer, 0x20), 0)
            mcopy(add(buffer, 0x40), add(message, 0x20), messageLength)
            let at := add(add(buffer, 0x40), messageLength)
            mstore(at, shl(232, 0x008000))
            mcopy(add(at, 3), add(dst, 0x20), dstLength)
            mstore8(add(add(at, 3), dstLength), dstLength)
            ok := staticcall(gas(), SHA256, buffer, add(add(0x44, messageLength), dstLength), 0x00, 0x20)
            let b0 := mload(0x00)
            // b_i = H((b_0 xor b_(i-1)) ‖ I2OSP(i, 1) ‖ DST ‖ I2OSP(len(DST), 1)), b_1 with b_0 alone
            mcopy(add(buffer, 0x21), add(dst, 0x20), dstLength)
            mstore8(add(buffer, add(0x21, dstLength)), dstLength)
            let previous := 0
            for { let i := 1 } lt(i, 5) { i := add(i, 1) } {
                mstore(buffer, xor(b0, previous))
                mstore8(add(buffer, 0x20), i)
                let out := add(uniform, shl(5, i))
                ok := and(ok, staticcall(gas(), SHA256, buffer, add(0x22, dstLength), out, 0x20))
                previous := mload(out)
            }
        }
        if (!ok) revert PrecompileFailed();
    }

    /// @notice RFC 9380 `hash_to_curve` for the suite BLS12381G1_XMD:SHA-256_SSWU_RO_ of a 32-byte message under
    ///         `dst`: `MAP_FP_TO_G1(u0) + MAP_FP_TO_G1(u1)`, the precompile clearing the cofactor of each (a linear
    ///         map, so the sum is the RFC's point).
    function hashToG1(bytes32 message, bytes memory dst) internal view returns (bytes memory point) {
        return hashToG1(abi.encodePacked(message), dst);
    }

    /// @notice {hashToG1} of a message of any length (the RFC's own test vectors use such messages).
    function hashToG1(bytes memory message, bytes memory dst) internal view returns (bytes memory point) {
        bytes memory uniform = expandMessageXmd(message, dst);
        point = new bytes(G1_POINT_SIZE);
        bool ok;
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            // MODEXP(base = 64 bytes of uniform, exponent 1, modulus p as 64 bytes): u_i = OS2IP(half) mod p, already
            // in the 64-byte field encoding.
            mstore(buffer, 64)
            mstore(add(buffer, 0x20), 1)
            mstore(add(buffer, 0x40), 64)
            mstore8(add(buffer, 0xa0), 1)
            mstore(add(buffer, 0xa1), P_HI)
            mstore(add(buffer, 0xc1), P_LO)
            let fields := add(buffer, 0x100)
            mcopy(add(buffer, 0x60), add(uniform, 0x20), 64)
            ok := staticcall(gas(), MODEXP, buffer, 0xe1, fields, 64)
            mcopy(add(buffer, 0x60), add(uniform, 0x60), 64)
            ok := and(ok, staticcall(gas(), MODEXP, buffer, 0xe1, add(fields, 64), 64))
            let points := add(buffer, 0x180)
            ok := and(ok, staticcall(gas(), MAP_FP_TO_G1, fields, 64, points, 128))
            ok := and(ok, staticcall(gas(), MAP_FP_TO_G1, add(fields, 64), 64, add(points, 128), 128))
            ok := and(ok, staticcall(gas(), G1ADD, points, 256, add(point, 0x20), 128))
        }
        if (!ok) revert PrecompileFailed();
    }

    /// @notice Whether `signature` (G1) is a signature of `message` under `dst` for `publicKey` (G2): one two-pair
    ///         pairing check, which also rejects points off the curve or outside the subgroup.
    function verify(bytes memory signature, bytes32 message, bytes memory dst, bytes memory publicKey)
        internal
        view
        returns (bool)
    {
        bytes memory input = new bytes(2 * (G1_POINT_SIZE + G2_POINT_SIZE));
        _putSignature(input, 0, signature);
        _putPair(input, 1, hashToG1(message, dst), publicKey);
        return pairingCheck(input);
    }

    /// @notice Whether `signature` (G1) is the aggregate of signatures on `first` under `firstKey` and on `second`
    ///         under `secondKey`: `e(signature, g2) = e(H(first), firstKey) · e(H(second), secondKey)`.
    function verifyTwo(
        bytes memory signature,
        bytes memory dst,
        bytes32 first,
        bytes memory firstKey,
        bytes32 second,
        bytes memory secondKey
    ) internal view returns (bool) {
        bytes memory input = new bytes(3 * (G1_POINT_SIZE + G2_POINT_SIZE));
        _putSignature(input, 0, signature);
        _putPair(input, 1, hashToG1(first, dst), firstKey);
        _putPair(input, 2, hashToG1(second, dst), secondKey);
        return pairingCheck(input);
    }

    /// @notice `PAIRING_CHECK(input)`: false when the product is not one or the precompile rejects a point.
    function pairingCheck(bytes memory input) internal view returns (bool result) {
        assembly ("memory-safe") {
            mstore(0x00, 0)
            let ok := staticcall(gas(), PAIRING_CHECK, add(input, 0x20), mload(input), 0x00, 0x20)
            result := and(ok, eq(mload(0x00), 1))
        }
    }

    /// @notice `a + b` in G1 (no subgroup check: G1ADD only checks that both are on the curve).
    function addG1(bytes memory a, bytes memory b) internal view returns (bool ok, bytes memory sum) {
        sum = new bytes(G1_POINT_SIZE);
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            mcopy(buffer, add(a, 0x20), 128)
            mcopy(add(buffer, 128), add(b, 0x20), 128)
            ok := and(
                and(eq(mload(a), 128), eq(mload(b), 128)),
                staticcall(gas(), G1ADD, buffer, 256, add(sum, 0x20), 128)
            )
        }
    }

    /// @notice `accumulator += point` in G2, in place (no subgroup check: G2ADD only checks that both are on the
    ///         curve). `point` must be 256 bytes of calldata.
    function addG2(bytes memory accumulator, bytes calldata point) internal view returns (bool ok) {
        if (point.length != G2_POINT_SIZE) return false;
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            mcopy(buffer, add(accumulator, 0x20), 256)
            calldatacopy(add(buffer, 256), point.offset, 256)
            ok := staticcall(gas(), G2ADD, buffer, 512, add(accumulator, 0x20), 256)
        }
    }

    /// @notice `accumulator -= Σ keys` in G2, in place, each key checked against its hash: `keys[j]` belongs to the
    ///         j-th id set in `selected` (ascending), whose hash is `keyHashes[r]`, `r` its rank among the ids set in
    ///         `members` (`selected` must be a subset of `members`). Returns 0, or 1 + the first id whose key is
    ///         missing, is not 256 bytes, does not match its hash, or is refused by `G2ADD`.
    /// @dev A key must be a canonical encoding (every coordinate below p), as every point a precompile accepted once
    ///      is: its negation is then `(x, p - y)`. The accumulator stays in scratch memory for the whole loop and
    ///      each key is hashed from the copy the addition needs anyway.
    function subKeys(
        bytes memory accumulator,
        uint256 members,
        uint256 selected,
        bytes32[] calldata keyHashes,
        bytes[] calldata keys
    ) internal view returns (uint256 mismatch) {
        if (accumulator.length != G2_POINT_SIZE) revert WrongPointSize();
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            let point := add(buffer, 256)
            mcopy(buffer, add(accumulator, 0x20), 256)
            let next := 0
            let rank := 0
            for { let id := 0 } shr(id, selected) { id := add(id, 1) } {
                if and(shr(id, members), 1) {
                    if and(shr(id, selected), 1) {
                        // An element's head is its offset from the start of the array's heads.
                        let at := add(keys.offset, calldataload(add(keys.offset, shl(5, next))))
                        calldatacopy(point, add(at, 0x20), 256)
                        let ok :=
                            and(
                                and(lt(next, keys.length), lt(rank, keyHashes.length)),
                                and(
                                    eq(calldataload(at), 256),
                                    eq(keccak256(point, 256), calldataload(add(keyHashes.offset, shl(5, rank))))
                                )
                            )
                        // A key that is not its member's never reaches the precompile, which keeps all the gas
                        // it was given when it refuses a point; a registered key is on the curve.
                        if iszero(ok) {
                            mismatch := add(id, 1)
                            break
                        }
                        next := add(next, 1)
                        // y.c0 and y.c1 at 128 and 192 of the point; -0 is 0, else p - v
                        for { let y := add(point, 128) } lt(y, add(point, 256)) { y := add(y, 64) } {
                            let hi := mload(y)
                            let lo := mload(add(y, 0x20))
                            if or(hi, lo) {
                                mstore(add(y, 0x20), sub(P_LO, lo))
                                mstore(y, sub(sub(P_HI, hi), gt(lo, P_LO)))
                            }
                        }
                        if iszero(staticcall(gas(), G2ADD, buffer, 512, buffer, 256)) {
                            mismatch := add(id, 1)
                            break
                        }
                    }
                    rank := add(rank, 1)
                }
            }
            mcopy(add(accumulator, 0x20), buffer, 256)
        }
    }

    /// @notice Whether `point` is all zeros (the point at infinity in EIP-2537's encoding).
    function isZero(bytes calldata point) internal pure returns (bool zero) {
        zero = true;
        for (uint256 i; i < point.length; i += 32) {
            if (bytes32(point[i:]) != 0) return false;
        }
    }

    /// @dev Writes `(signature, -g2)` as pair `index` of a pairing input.
    function _putSignature(bytes memory input, uint256 index, bytes memory signature) private pure {
        if (signature.length != G1_POINT_SIZE) revert WrongPointSize();
        assembly ("memory-safe") {
            let at := add(add(input, 0x20), mul(index, 384))
            mcopy(at, add(signature, 0x20), 128)
            mstore(add(at, 0x80), NEG_G2_X0_HI)
            mstore(add(at, 0xa0), NEG_G2_X0_LO)
            mstore(add(at, 0xc0), NEG_G2_X1_HI)
            mstore(add(at, 0xe0), NEG_G2_X1_LO)
            mstore(add(at, 0x100), NEG_G2_Y0_HI)
            mstore(add(at, 0x120), NEG_G2_Y0_LO)
            mstore(add(at, 0x140), NEG_G2_Y1_HI)
            mstore(add(at, 0x160), NEG_G2_Y1_LO)
        }
    }

    /// @dev Writes `(g1Point, g2Point)` as pair `index` of a pairing input.
    function _putPair(bytes memory input, uint256 index, bytes memory g1Point, bytes memory g2Point) private pure {
        if (g1Point.length != G1_POINT_SIZE || g2Point.length != G2_POINT_SIZE) revert WrongPointSize();
        assembly ("memory-safe") {
            let at := add(add(input, 0x20), mul(index, 384))
            mcopy(at, add(g1Point, 0x20), 128)
            mcopy(add(at, 128), add(g2Point, 0x20), 256)
        }
    }
}
