// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchHeader} from "../libraries/BatchHeaderLib.sol";

/// @title ISequencerRegistry
/// @notice Bonded, capped roster of sequencer operators; the slot schedule derived from it; strikes, jailing and
///         the on-chain proofs of every slashable fault. No owner, no proxy, no pause: every parameter is fixed
///         at deployment. docs/PROTOCOL.md is the normative description of every rule here.
interface ISequencerRegistry {
    /// @notice Deployment parameters, all immutable. Units are L1 blocks and wei unless named otherwise.
    struct Params {
        uint64 l2ChainId;
        uint96 minBond;
        uint8 maxSequencers;
        uint32 slotLength;
        uint32 slotsPerEpoch;
        uint32 graceBlocks;
        uint32 inclusionWindow;
        uint32 escapeDelay;
        uint32 faultWindow;
        uint32 exitDelay;
        uint16 strikesToJail;
        uint32 jailCooldown;
        uint96 jailPenalty;
        uint96 censorshipPenalty;
        uint96 censorshipCompensation;
        uint96 receiptSafetyPenalty;
        uint96 receiptLivenessPenalty;
        uint96 receiptCompensation;
        uint16 bountyBps;
        uint96 forcedInclusionFee;
        uint32 maxForcedTxSize;
    }

    /// @notice Lifecycle of an operator id.
    enum Status {
        None,
        Active,
        Jailed,
        Exiting,
        Ejected
    }

    /// @notice One roster entry. `suspended` operators are bonded but may not post (jailed or ejected).
    /// @dev `strikes` counts the strikes for slots of `strikeEpoch`, the current epoch ({strikesIn} has every
    ///      epoch; strikes of one epoch never count towards another's). The operator answers for slot `s` (strikes, censorship as leader) only if
    ///      `s >= accountableFromSlot` and, while suspended, `s < suspendedFromSlot`.
    struct Operator {
        address owner;
        uint96 bond;
        address signer;
        Status status;
        bool suspended;
        uint16 strikes;
        uint32 strikeEpoch;
        uint32 leavesAtEpoch;
        uint64 withdrawableAt;
        uint64 unjailableAt;
        uint64 suspendedFromSlot;
        uint64 accountableFromSlot;
    }

    /// @notice Who a slash pays: `compensation` to `victim`, `bounty` to `reporter`. A non-equivocation slash holds
    ///         them until `releaseAt` against the bond of `offender` (a signer): an equivocation proven against it
    ///         before then takes them back (docs/PROTOCOL.md §Payouts). The registry keeps only
    ///         `keccak256(abi.encode(escrow))`; {Slashed} carries the record and {releasePayout} takes it back.
    struct Escrow {
        address victim;
        uint96 compensation;
        address reporter;
        uint96 bounty;
        address offender;
        uint64 releaseAt;
    }

    /// @notice Faults that cost bond.
    enum Fault {
        Equivocation,
        Censorship,
        MissedSlots,
        ReceiptContradicted,
        ReceiptUnkept,
        CertificateConflict
    }

    event Registered(uint8 indexed id, address indexed owner, address indexed signer, uint256 bond, uint32 fromEpoch);
    event ToppedUp(uint8 indexed id, uint256 amount, uint256 bond);
    event ExitRequested(uint8 indexed id, uint32 leavesAtEpoch, uint64 withdrawableAt);
    event Withdrawn(uint8 indexed id, address indexed owner, uint256 amount);
    event Struck(uint8 indexed id, uint64 indexed slot, uint16 strikes);
    event Jailed(uint8 indexed id, uint32 leavesAtEpoch, uint64 unjailableAt);
    event Unjailed(uint8 indexed id, uint32 fromEpoch);
    /// @notice `penalty` left the bond of `id`: `payout.bounty` to `payout.reporter`, `payout.compensation` to
    ///         the harmed user `payout.victim`, the rest burned (kept locked in this contract forever, counted in
    ///         `totalBurned`). With a payout and a non-zero `payout.releaseAt`, it is escrowed until then
    ///         ({releasePayout} takes this record). Every fault but the two that eject (see {Ejected}).
    event Slashed(uint8 indexed id, Fault indexed fault, bytes32 indexed evidence, uint256 penalty, Escrow payout);
    /// @notice An equivocation, or a certificate conflict, ejected every operator in `ids` (a roster bitmap): each
    ///         lost its whole bond and every payout still escrowed against its signer, `penalties[i]` for the i-th
    ///         id of `ids` in ascending order. `bountyBps` of each penalty (rounded down operator by operator),
    ///         `bounty` in all, was credited to `reporter` at once; the rest burned. One event for all of them: a
    ///         conflict ejects at least a third of a committee, and an event each would cost about 3,700 gas apiece.
    event Ejected(
        Fault indexed fault,
        bytes32 indexed evidence,
        address indexed reporter,
        uint256 ids,
        uint256 bounty,
        uint256[] penalties
    );
    event PayoutWithdrawn(address indexed account, uint256 amount);
    /// @notice The escrowed payouts of `evidence` were credited to their recipients.
    event PayoutReleased(bytes32 indexed evidence);
    /// @notice An equivocation proof took `amount` of payouts still escrowed against `signer` into its slash.
    event EscrowForfeited(uint8 indexed id, address indexed signer, uint256 amount);

    error InvalidParameters(string reason);
    error BondTooLow(uint256 minimum, uint256 actual);
    /// @notice A bond must fit 96 bits.
    error BondTooHigh(uint256 bond);
    error RosterFull(uint256 maxSequencers);
    error SignerAlreadyUsed(address signer);
    error InvalidSigner();
    error NotOwner(address owner);
    error WrongStatus(Status status);
    error NotWithdrawableYet(uint64 withdrawableAt);
    error CooldownActive(uint64 unjailableAt);
    error UnknownOperator(uint8 id);
    error UnknownSigner(address signer);
    error AlreadyProven(bytes32 evidence);
    /// @notice An equivocation proof against an operator already ejected for one: the first proof took its whole
    ///         bond, and its status is the once-only mark.
    error AlreadyEjected(uint8 id);
    /// @notice The roster of `epoch` has left the ring of roster checkpoints; no fault about it is provable any more.
    error EpochPruned(uint32 epoch);
    error InvalidSignature();
    error NotEquivocation();
    error OutsideFaultWindow(uint64 slot);
    error SlotNotOver(uint64 slot);
    error NotScheduled(uint8 id, uint64 slot);
    error NoLeader(uint64 slot);
    error HeaderMismatch(uint64 batchNumber);
    /// @notice Batches exist, so the evidence must list the recorded headers around the slot.
    error HeadersRequired();
    /// @notice `headers[position]` is not batch `firstBatch + position`.
    error HeadersNotConsecutive(uint256 position);
    /// @notice The headers do not reach from the last batch before `slot` to the first batch after it.
    error HeadersDoNotCoverSlot(uint64 slot);
    /// @notice The slot's leader signed a batch posted in the slot.
    error LeaderPostedInSlot(uint64 slot);
    /// @notice Operator `id` was suspended during `slot` (or is suspended now, for a strike): it could not post.
    error NotAccountable(uint8 id, uint64 slot);
    /// @notice No sequenced batch was posted in `slot` and its leader could not post: nobody answers for it.
    error NoAccountableOperator(uint64 slot);
    error NotCensored(uint64 index, uint64 includedPosition);
    /// @notice Receipt charges come only from this deployment's {IInclusionReceipts}.
    error NotReceiptsContract();
    /// @notice Certificate conflicts are charged only by this deployment's {ICommitteeCertificates}.
    error NotCommitteeContract();
    error NothingOwed();
    error TransferFailed();
    error UnknownPayout(bytes32 evidence);
    error PayoutLocked(uint64 releaseAt);
    error PayoutForfeited(bytes32 evidence);

    // ---- operators ----
    function register(address signer) external payable returns (uint8 id);
    function topUp(uint8 id) external payable;
    function requestExit(uint8 id) external;
    function withdraw(uint8 id) external;
    function unjail(uint8 id) external;
    /// @notice Credits the escrowed payouts of the slash `evidence` to their recipients once `releaseAt` has
    ///         come and no equivocation proof forfeited them. Anyone may call it, with the record its {Slashed}
    ///         event carried (`UnknownPayout` for any other record, or once released).
    function releasePayout(bytes32 evidence, Escrow calldata escrow) external;
    function withdrawPayout() external;

    // ---- faults ----
    function slashEquivocation(
        BatchHeader calldata first,
        bytes calldata firstSignature,
        BatchHeader calldata second,
        bytes calldata secondSignature
    ) external;
    function slashRecordConflict(BatchHeader calldata signed, bytes calldata signature, BatchHeader calldata recorded)
        external;
    /// @notice Charges the censorship of forced entry `entryIndex`: `headers` are the recorded batches
    ///         `firstBatch..` from the last one before the deadline's slot to the first one after it (as for
    ///         {reportMissedSlot}). Charged to the signer of the last sequenced batch posted in that slot, or, when
    ///         none was, to its leader if the leader could post throughout the slot.
    function slashCensorship(uint64 entryIndex, uint64 firstBatch, BatchHeader[] calldata headers) external;
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] calldata headers) external;
    /// @notice Charges the operator of `signer` for the broken inclusion receipt `evidence`, as proven by this
    ///         deployment's {IInclusionReceipts} (callable by it alone, which checks the receipt, its signature and,
    ///         for liveness, that the operator led the slot and answered for it): `penalty` from the bond, of its
    ///         payout share `compensation` to `beneficiary` first and the rest to `reporter`, escrowed as for
    ///         censorship.
    function chargeReceipt(
        address signer,
        Fault fault,
        bytes32 evidence,
        uint256 penalty,
        address beneficiary,
        uint256 compensation,
        address reporter
    ) external;

    /// @notice Charges the members `ids` (a bitmap) for signing two certificates for one position in `slot`, as
    ///         proven by this deployment's {ICommitteeCertificates} (callable by it alone, which checks both
    ///         certificates): each one that was a member of the slot's epoch and is not ejected yet loses, as for an
    ///         equivocation, its whole bond and every payout escrowed against its signer, `bountyBps` of it credited
    ///         to `reporter` at once, and is ejected. Returns the bitmap of the ids it charged.
    function chargeCertificateConflict(uint256 ids, uint64 slot, bytes32 evidence, address reporter)
        external
        returns (uint256 charged);

    // ---- views ----
    function params() external view returns (Params memory);
    function inbox() external view returns (address);
    /// @notice The {IInclusionReceipts} this registry deployed and accepts receipt charges from.
    function receipts() external view returns (address);
    /// @notice The {ICommitteeCertificates} this registry accepts certificate-conflict charges from.
    function committee() external view returns (address);
    function genesisBlock() external view returns (uint64);
    function operator(uint8 id) external view returns (Operator memory);
    function operatorIdOf(address signer) external view returns (uint8 id);
    function currentSlot() external view returns (uint64);
    function slotAt(uint256 blockNumber) external view returns (uint64);
    function slotStartBlock(uint64 slot) external view returns (uint64);
    function epochOf(uint64 slot) external view returns (uint32);
    function membersAt(uint32 epoch) external view returns (uint256 members);
    function epochSeed(uint32 epoch) external view returns (bytes32);
    function leaderOf(uint64 slot) external view returns (uint8 id);
    /// @notice The signer of operator `id` if it may post a batch in the current block (scheduled in this epoch, not
    ///         suspended, and its backup turn reached), else the zero address. The inbox asks this for every batch.
    function eligibleSigner(uint8 id) external view returns (address signer);
    /// @notice Whether the censorship, missed-slot or receipt fault with this evidence digest was proven (an
    ///         equivocation shows as the operator's status `Ejected` instead).
    function faultProven(bytes32 evidence) external view returns (bool);
    /// @notice How many of the latest roster checkpoints the registry keeps: enough for every epoch a fault proof may
    ///         read (docs/PROTOCOL.md §Schedule).
    function checkpointRingSize() external view returns (uint64);
    function payoutOf(address account) external view returns (uint256);
    /// @notice `keccak256(abi.encode(escrow))` of the payouts of `evidence` while they are escrowed; zero when
    ///         nothing is (never proven, nothing paid out, or released).
    function escrowHashOf(bytes32 evidence) external view returns (bytes32);
    /// @notice Payouts still escrowed against `signer` (taken back by an equivocation proof).
    function escrowedAgainst(address signer) external view returns (uint256);
    /// @notice Strikes of operator `id` for slots of `epoch` (since its last unjail).
    function strikesIn(uint8 id, uint32 epoch) external view returns (uint16);
    function totalBonded() external view returns (uint256);
    /// @notice Penalties nobody is paid: the balance beyond bonds, escrowed and owed payouts, locked forever.
    function totalBurned() external view returns (uint256);
    function totalPayouts() external view returns (uint256);
    function totalEscrowed() external view returns (uint256);
}
