// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title ICommitteeCertificates
/// @notice Committee certificates: every epoch's members co-sign batch headers with aggregated BLS12-381 signatures
///         (keys in G2, signatures in G1, EIP-2537 encodings), and two certificates for one position cost every
///         member that signed both its whole bond (docs/PROTOCOL.md §Committee certificates). Keys are registered
///         with a proof of possession; each epoch's committee is sealed once into one hash. Charges go through the
///         {ISequencerRegistry}, which names this contract in its constructor after checking that it names the
///         registry back. No owner, no parameters of its own besides the deployment's.
/// @dev Calls also revert with the registry's errors: `UnknownSigner`, `EpochPruned`, `OutsideFaultWindow`.
interface ICommitteeCertificates {
    /// @notice What a member signs: one header at one position (`headerHash` is the header's EIP-712 struct hash,
    ///         the other fields are the header's own).
    struct Attestation {
        uint64 batchNumber;
        uint64 slot;
        bytes32 parentHash;
        bytes32 headerHash;
    }

    /// @notice `signature` (G1, 128 bytes) is the sum of the signatures of the operators in `signers` (bit `i` for
    ///         operator id `i`) on the attestation's digest.
    struct Certificate {
        uint96 signers;
        bytes signature;
    }

    /// @notice A sealed committee, as {CommitteeSealed} carried it: `members` of the epoch, the `keyed` ones among them
    ///         (with a registered key), `keysHash` over every member's key hash in ascending id order (zero for an
    ///         unkeyed member), and the sum of the keyed members' public keys (G2, 256 bytes).
    struct Committee {
        uint96 members;
        uint96 keyed;
        bytes32 keysHash;
        bytes aggregateKey;
    }

    /// @notice An attestation with its certificate and the public keys of the keyed members that did not sign, in
    ///         ascending id order.
    struct Certified {
        Attestation attestation;
        Certificate certificate;
        bytes[] absentKeys;
    }

    event KeyRegistered(uint8 indexed id, address indexed signer, bytes publicKey);
    event CommitteeSealed(uint32 indexed epoch, uint96 members, uint96 keyed, bytes32 keysHash, bytes aggregateKey);

    /// @notice The signer registered a key already; a new key needs a new operator.
    error KeyAlreadyRegistered(address signer);
    /// @notice The public key is not 256 bytes or is the point at infinity.
    error InvalidKey();
    /// @notice The proof of possession is not 128 bytes or does not verify for the key (which the pairing also
    ///         rejects when off the curve or outside the prime-order subgroup).
    error InvalidProofOfPossession();
    /// @notice The membership of `epoch` can still change (only epochs up to the next one are final).
    error CommitteeNotFinal(uint32 epoch);
    error AlreadySealed(uint32 epoch);
    /// @notice The epoch has no members.
    error EmptyCommittee(uint32 epoch);
    /// @notice The key given for member `id` is not its registered one (or not empty for a member without key).
    error KeyMismatch(uint8 id);
    /// @notice Sealing needs one entry per member; a certificate one key per keyed absent member.
    error WrongKeyCount(uint256 expected, uint256 given);
    error CommitteeNotSealed(uint32 epoch);
    /// @notice The committee data does not hash to the sealed committee, or the key hashes to its `keysHash`.
    error CommitteeMismatch(uint32 epoch);
    /// @notice A signer bit names a non-member or a member without a key.
    error NotKeyedMember(uint96 signers);
    error QuorumNotReached(uint256 signers, uint256 quorum);
    /// @notice The aggregate signature does not verify (or is not a valid G1 point).
    error InvalidCertificate();
    /// @notice The two attestations are not for one position with different headers.
    error NotConflicting();
    /// @notice Every member in both signer sets is ejected already.
    error NothingToSlash();

    /// @notice Registers the sender's BLS public key (G2, 256 bytes) with its proof of possession (G1, 128 bytes): a
    ///         signature of {popMessage} under the proof-of-possession tag. The sender must be a registered signer.
    function registerKey(bytes calldata publicKey, bytes calldata proofOfPossession) external;

    /// @notice Seals the committee of `epoch` (final: at most the next epoch): `keys` holds, for every member in
    ///         ascending id order, its registered public key, or empty bytes for a member whose signer has none.
    function sealCommittee(uint32 epoch, bytes[] calldata keys) external;

    /// @notice Reverts with the reason unless `certificate` certifies `attestation` for the sealed committee of
    ///         its slot's epoch. `keyHashes` (every member's key hash, ascending id; only needed when a keyed member
    ///         did not sign) and `absentKeys` (the keys of the keyed members that did not sign, ascending id) let
    ///         the contract take those out of the aggregate key.
    function verifyCertificate(
        Attestation calldata attestation,
        Committee calldata committee,
        Certificate calldata certificate,
        bytes32[] calldata keyHashes,
        bytes[] calldata absentKeys
    ) external view;

    /// @notice Proves that the members in both signer sets certified two headers for one position: each of them
    ///         not yet ejected loses its whole bond and escrowed payouts and is ejected; the bounties go to the
    ///         sender. Both certificates are of the same epoch, so they share `committee` and `keyHashes`.
    function slashConflictingCertificates(
        Certified calldata first,
        Certified calldata second,
        Committee calldata committee,
        bytes32[] calldata keyHashes
    ) external;

    function registry() external view returns (address);
    function inbox() external view returns (address);
    /// @notice `keccak256(abi.encode(params))` of the deployment's parameters (checked by the registry).
    function paramsHash() external view returns (bytes32);
    /// @notice `keccak256(publicKey)` registered for operator `id` and the signer that registered it (zero when
    ///         none; the record stays when the id is later taken by another operator, whose signer differs).
    function keyOf(uint8 id) external view returns (address signer, bytes32 keyHash);
    /// @notice The sealed committee of `epoch`, zero before it is sealed.
    function committeeHash(uint32 epoch) external view returns (bytes32);
    /// @notice `ceil(2n / 3)`: the signers a certificate of a committee of `n` members needs.
    function quorum(uint256 members) external pure returns (uint256);
    /// @notice The 32-byte message a signer's proof of possession signs for `publicKey`.
    function popMessage(address signer, bytes calldata publicKey) external view returns (bytes32);
    /// @notice The 32-byte message a member signs to attest.
    function attestationDigest(Attestation calldata attestation) external view returns (bytes32);
    /// @notice The domain separation tags of attestations and proofs of possession.
    function attestationDst() external pure returns (bytes memory);
    function popDst() external pure returns (bytes memory);
}
