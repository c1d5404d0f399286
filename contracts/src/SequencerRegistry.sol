// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {BatchInbox} from "./BatchInbox.sol";
import {IBatchInbox} from "./interfaces/IBatchInbox.sol";
import {ICommitteeCertificates} from "./interfaces/ICommitteeCertificates.sol";
import {IInclusionReceipts} from "./interfaces/IInclusionReceipts.sol";
import {ISequencerRegistry} from "./interfaces/ISequencerRegistry.sol";
import {BatchHeader, BatchHeaderLib} from "./libraries/BatchHeaderLib.sol";
import {BatonEip712} from "./libraries/BatonEip712.sol";
import {ScheduleLib} from "./libraries/ScheduleLib.sol";
import {SlotEvidenceLib} from "./libraries/SlotEvidenceLib.sol";

/// @title SequencerRegistry
/// @notice The bonded roster, its slot schedule, strikes and jailing, and the slashing of provable faults.
///         Deploys its {BatchInbox} in the constructor so that both are wired immutably with no admin step.
/// @dev Roster changes requested in epoch `e` take effect at epoch `e + 2`, so the schedule of the current and
///      the next epoch never changes once known. Payouts (bounties, compensation) are pull-based.
contract SequencerRegistry is ISequencerRegistry {
    using BatchHeaderLib for BatchHeader;

    /// @dev Id bitmaps are packed as uint96 in {Roster}; 96 operators is three times the largest roster seen in
    ///      practice and keeps every schedule loop short.
    uint256 internal constant MAX_ROSTER = 96;
    uint32 internal constant ACTIVATION_DELAY_EPOCHS = 2;
    uint256 internal constant BPS = 10_000;
    /// @dev Signer records hold `id + 1` while bonded; a retired signer can never register again, so old
    ///      evidence can never be pinned on a new operator.
    uint8 internal constant SIGNER_RETIRED = type(uint8).max;
    /// @dev `_proofs` value of a fault proven with nothing escrowed: no payout, or released.
    bytes32 internal constant SETTLED = bytes32(uint256(1));

    bytes32 internal constant EQUIVOCATION_TAG = keccak256("baton.fault.equivocation");
    bytes32 internal constant CENSORSHIP_TAG = keccak256("baton.fault.censorship");
    bytes32 internal constant MISSED_SLOT_TAG = keccak256("baton.fault.missed-slot");

    address public immutable override inbox;
    address public immutable override receipts;
    address public immutable override committee;
    uint64 public immutable override genesisBlock;
    uint64 public immutable override checkpointRingSize;

    uint64 internal immutable l2ChainId;
    uint96 internal immutable minBond;
    uint8 internal immutable maxSequencers;
    uint32 internal immutable slotLength;
    uint32 internal immutable slotsPerEpoch;
    uint32 internal immutable graceBlocks;
    uint32 internal immutable inclusionWindow;
    uint32 internal immutable escapeDelay;
    uint32 internal immutable faultWindow;
    uint32 internal immutable exitDelay;
    uint16 internal immutable strikesToJail;
    uint32 internal immutable jailCooldown;
    uint96 internal immutable jailPenalty;
    uint96 internal immutable censorshipPenalty;
    uint96 internal immutable censorshipCompensation;
    uint16 internal immutable bountyBps;
    uint96 internal immutable forcedInclusionFee;
    uint32 internal immutable maxForcedTxSize;

    /// @dev Roster bitmap effective from `fromEpoch` until the next checkpoint.
    struct Checkpoint {
        uint32 fromEpoch;
        uint224 members;
    }

    /// @dev Stored form of {Operator}: `suspended` lives in {Roster} and `withdrawableAt` is derived from
    ///      `leavesAtEpoch`, so neither costs a write of its own.
    struct OperatorRecord {
        address owner;
        /// 88 bits (3 * 10^8 ETH, beyond the ether supply) so that the flag below shares the word a slash rewrites.
        uint88 bond;
        /// Set by the first slash that escrows a payout against `signer`, never cleared (a stale flag costs a read):
        /// while false the signer's record holds nothing to forfeit, and an ejection does not read it.
        bool escrowHeld;
        address signer;
        Status status;
        uint32 leavesAtEpoch;
        /// First slot of the current suspension (meaningful while suspended). 56 bits: the second slot stays
        /// full, so ejection writes no new slot.
        uint56 suspendedFromSlot;
        uint64 unjailableAt;
        /// Slots before this one are never held against the operator (set past the slot of each unjail).
        uint64 accountableFromSlot;
    }

    /// @dev One slot per signer: its operator and the payouts escrowed against it, so that a slash that reads the
    ///      signer adds to its escrow sum for 2,900 gas instead of filling a slot of its own.
    struct SignerRecord {
        uint8 idPlusOne;
        /// Set by the equivocation proof that took `escrowed`: every escrow still held against the signer is void.
        bool forfeited;
        uint96 escrowed;
    }

    /// @dev The ETH counters a slash moves, in one slot (burned ETH is the balance beyond these and the payouts).
    struct Totals {
        uint128 bonded;
        uint128 escrowed;
    }

    /// @dev What a batch's eligibility check needs besides the signer and the checkpoint, in one slot.
    struct Roster {
        uint96 used;
        uint96 suspended;
        uint64 checkpointCount;
    }

    bytes32 internal immutable _cachedDomainSeparator;
    uint256 internal immutable _cachedChainId;

    mapping(uint8 id => OperatorRecord) internal _operators;
    mapping(address signer => SignerRecord) internal _signers;
    Roster internal _roster;
    /// @dev Checkpoint `i` at `i % checkpointRingSize`: once the ring has wrapped, a roster change rewrites a used
    ///      slot (5,000 gas) instead of filling a fresh one (22,100).
    mapping(uint256 ringIndex => Checkpoint) internal _checkpoints;

    mapping(uint8 id => mapping(uint32 epoch => uint16)) internal _strikes;

    /// @dev Once-only mark of every proven fault but equivocation, in the same slot as its payouts: zero until
    ///      proven, then `keccak256(abi.encode(escrow))` while they are escrowed, else SETTLED. One fresh slot per
    ///      fault, written once.
    mapping(bytes32 evidence => bytes32) internal _proofs;
    mapping(address account => uint256) public override payoutOf;
    Totals internal _totals;
    uint256 public override totalPayouts;

    /// @param receipts_ The {InclusionReceipts} and `committee_` the {CommitteeCertificates} deployed just before,
    ///        each naming this registry's address and built with the same parameters (docs/PROTOCOL.md §Deployment).
    constructor(Params memory p, address receipts_, address committee_) {
        _validate(p);
        bytes32 paramsHash = keccak256(abi.encode(p));
        if (
            receipts_.code.length == 0 || IInclusionReceipts(receipts_).registry() != address(this)
                || IInclusionReceipts(receipts_).paramsHash() != paramsHash
        ) revert InvalidParameters("receipts");
        if (
            committee_.code.length == 0 || ICommitteeCertificates(committee_).registry() != address(this)
                || ICommitteeCertificates(committee_).paramsHash() != paramsHash
        ) revert InvalidParameters("committee");
        receipts = receipts_;
        committee = committee_;
        l2ChainId = p.l2ChainId;
        minBond = p.minBond;
        maxSequencers = p.maxSequencers;
        slotLength = p.slotLength;
        slotsPerEpoch = p.slotsPerEpoch;
        graceBlocks = p.graceBlocks;
        inclusionWindow = p.inclusionWindow;
        escapeDelay = p.escapeDelay;
        faultWindow = p.faultWindow;
        exitDelay = p.exitDelay;
        strikesToJail = p.strikesToJail;
        jailCooldown = p.jailCooldown;
        jailPenalty = p.jailPenalty;
        censorshipPenalty = p.censorshipPenalty;
        censorshipCompensation = p.censorshipCompensation;
        bountyBps = p.bountyBps;
        forcedInclusionFee = p.forcedInclusionFee;
        maxForcedTxSize = p.maxForcedTxSize;
        // Slot 0 begins where the deployment did: the receipts contract's block, so that it needs no call here to
        // place a slot.
        uint64 genesis = IInclusionReceipts(receipts_).genesisBlock();
        genesisBlock = genesis;
        // A fault proof reads the roster of an epoch at most (faultWindow + slotLength) blocks old; checkpoints
        // come at most one per epoch and up to two epochs ahead, so this many newer checkpoints can exist beside the
        // one that governs the oldest such epoch.
        checkpointRingSize = (uint64(p.faultWindow) + p.slotLength) / (uint64(p.slotsPerEpoch) * p.slotLength) + 4;
        address inbox_ = address(
            new BatchInbox(
                p.l2ChainId,
                genesis,
                p.slotLength,
                p.inclusionWindow,
                p.escapeDelay,
                p.forcedInclusionFee,
                p.maxForcedTxSize,
                _headerRingSize(p),
                committee_
            )
        );
        inbox = inbox_;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = BatonEip712.domainSeparator(block.chainid, inbox_);
    }

    function _validate(Params memory p) internal pure {
        if (p.maxSequencers == 0 || p.maxSequencers > MAX_ROSTER) revert InvalidParameters("maxSequencers");
        if (p.minBond == 0) revert InvalidParameters("minBond");
        if (p.slotLength == 0 || p.slotsPerEpoch == 0) revert InvalidParameters("slot or epoch length");
        if (p.graceBlocks == 0 || p.graceBlocks >= p.slotLength) revert InvalidParameters("graceBlocks");
        // An entry whose deadline falls in slot s was then queued before s began, so every batch posted in s could
        // include it: censorship is only ever charged to someone who could have included the entry.
        if (p.inclusionWindow < p.slotLength) revert InvalidParameters("inclusionWindow");
        if (p.escapeDelay < p.slotLength) revert InvalidParameters("escapeDelay");
        // A fault about a slot stays provable for faultWindow blocks after the slot ends; the bond of an
        // operator must outlive that for every slot it was scheduled in.
        if (p.faultWindow < p.slotLength) revert InvalidParameters("faultWindow");
        if (p.exitDelay <= p.faultWindow) revert InvalidParameters("exitDelay");
        if (p.strikesToJail == 0) revert InvalidParameters("strikesToJail");
        // Every slot before a jailing has left the fault window when the operator can unjail, so forgiving the
        // slots before an unjail forgives only slots in which it was suspended.
        if (p.jailCooldown < p.faultWindow) revert InvalidParameters("jailCooldown");
        if (p.jailPenalty >= p.minBond) revert InvalidParameters("jailPenalty");
        if (p.censorshipPenalty > p.minBond) revert InvalidParameters("censorshipPenalty");
        // Of any penalty, at most bountyBps leaves as payouts (compensation first, the rest to the reporter), so a
        // self-report returns at most bountyBps of what it costs; the compensation must fit in that share.
        if (p.bountyBps > BPS / 2) revert InvalidParameters("bountyBps");
        if (uint256(p.censorshipCompensation) * BPS > uint256(p.censorshipPenalty) * p.bountyBps) {
            revert InvalidParameters("censorshipCompensation");
        }
        if (p.maxForcedTxSize == 0) revert InvalidParameters("maxForcedTxSize");
    }

    /// @dev A fault about slot `s` reads the last batch before `s` and every later one appended while the fault is
    ///      provable: blocks `[start(s), start(s + 1) + faultWindow)`, `B = slotLength + faultWindow` blocks, which
    ///      hold at most one sequenced batch per block and one unsequenced batch per slot. The ring keeps those and
    ///      the one before them.
    function _headerRingSize(Params memory p) internal pure returns (uint64) {
        uint64 span = uint64(p.slotLength) + p.faultWindow;
        return span + span / p.slotLength + 2;
    }

    // ------------------------------------------------------------------------------------------------
    // Operators
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ISequencerRegistry
    function register(address signer) external payable returns (uint8 id) {
        if (msg.value < minBond) revert BondTooLow(minBond, msg.value);
        if (msg.value > type(uint88).max) revert BondTooHigh(msg.value);
        if (signer == address(0)) revert InvalidSigner();
        if (_signers[signer].idPlusOne != 0) revert SignerAlreadyUsed(signer);
        uint256 used = _roster.used;
        uint256 cap = maxSequencers;
        for (id = 0; id < cap && used & (uint256(1) << id) != 0; ++id) {}
        if (id == cap) revert RosterFull(cap);

        // safe: id < maxSequencers <= 96
        // forge-lint: disable-next-line(unsafe-typecast)
        _roster.used = uint96(used | (uint256(1) << id));
        _signers[signer].idPlusOne = id + 1;
        OperatorRecord storage op = _operators[id];
        op.owner = msg.sender;
        op.bond = uint88(msg.value);
        op.signer = signer;
        op.status = Status.Active;
        // safe: checked against type(uint88).max above
        // forge-lint: disable-next-line(unsafe-typecast)
        _totals.bonded += uint128(msg.value);
        uint32 fromEpoch = _setMembership(uint224(1) << id, true);
        emit Registered(id, msg.sender, signer, msg.value, fromEpoch);
    }

    /// @inheritdoc ISequencerRegistry
    function topUp(uint8 id) external payable {
        OperatorRecord storage op = _existing(id);
        if (op.status == Status.Ejected) revert WrongStatus(op.status);
        uint256 bond = op.bond + msg.value;
        if (bond > type(uint88).max) revert BondTooHigh(bond);
        // safe: checked against type(uint88).max just above
        // forge-lint: disable-next-line(unsafe-typecast)
        op.bond = uint88(bond);
        // safe: below 2^88, as the new bond is
        // forge-lint: disable-next-line(unsafe-typecast)
        _totals.bonded += uint128(msg.value);
        emit ToppedUp(id, msg.value, bond);
    }

    /// @inheritdoc ISequencerRegistry
    function requestExit(uint8 id) external {
        OperatorRecord storage op = _owned(id);
        Status status = op.status;
        if (status != Status.Active && status != Status.Jailed) revert WrongStatus(status);
        // A jailed operator already left the schedule; leaving again must not add it back.
        uint32 leaves = status == Status.Active
            ? _setMembership(uint224(1) << id, false)
            : _currentEpoch() + ACTIVATION_DELAY_EPOCHS;
        op.status = Status.Exiting;
        op.leavesAtEpoch = leaves;
        emit ExitRequested(id, leaves, _withdrawableAt(leaves));
    }

    /// @inheritdoc ISequencerRegistry
    function withdraw(uint8 id) external {
        OperatorRecord storage op = _owned(id);
        if (op.status != Status.Exiting && op.status != Status.Ejected) revert WrongStatus(op.status);
        uint64 withdrawableAt = _withdrawableAt(op.leavesAtEpoch);
        if (block.number < withdrawableAt) revert NotWithdrawableYet(withdrawableAt);
        uint256 amount = op.bond;
        address owner = op.owner;
        // Escrows against the signer stay: they are released (or forfeited) as if it were still bonded.
        _signers[op.signer].idPlusOne = SIGNER_RETIRED;
        uint96 bit = uint96(1) << id;
        Roster memory roster = _roster;
        (roster.used, roster.suspended) = (roster.used & ~bit, roster.suspended & ~bit);
        _roster = roster;
        delete _operators[id];
        // safe: a bond is below 2^88
        // forge-lint: disable-next-line(unsafe-typecast)
        _totals.bonded -= uint128(amount);
        emit Withdrawn(id, owner, amount);
        _send(owner, amount);
    }

    /// @inheritdoc ISequencerRegistry
    function unjail(uint8 id) external {
        OperatorRecord storage op = _owned(id);
        if (op.status != Status.Jailed) revert WrongStatus(op.status);
        if (block.number < op.unjailableAt) revert CooldownActive(op.unjailableAt);
        if (op.bond < minBond) revert BondTooLow(minBond, op.bond);
        op.status = Status.Active;
        // The operator could not post from its jailing until now: none of those slots is held against it. Older
        // slots have left the fault window (jailCooldown >= faultWindow), and so have their strikes, except
        // this epoch's, which start again.
        uint64 slot = _currentSlot();
        op.accountableFromSlot = slot + 1;
        delete _strikes[id][_epochOf(slot)];
        _roster.suspended &= ~(uint96(1) << id);
        emit Unjailed(id, _setMembership(uint224(1) << id, true));
    }

    /// @inheritdoc ISequencerRegistry
    function releasePayout(bytes32 evidence, Escrow calldata escrow) external {
        // A keccak256 is never zero or SETTLED: only the record escrowed under `evidence`, and only once.
        if (_proofs[evidence] != keccak256(abi.encode(escrow))) revert UnknownPayout(evidence);
        if (block.number < escrow.releaseAt) revert PayoutLocked(escrow.releaseAt);
        SignerRecord storage offender = _signers[escrow.offender];
        if (offender.forfeited) revert PayoutForfeited(evidence);
        uint96 amount = escrow.compensation + escrow.bounty;
        _proofs[evidence] = SETTLED;
        offender.escrowed -= amount;
        _totals.escrowed -= amount;
        totalPayouts += amount;
        if (escrow.compensation != 0) payoutOf[escrow.victim] += escrow.compensation;
        if (escrow.bounty != 0) payoutOf[escrow.reporter] += escrow.bounty;
        emit PayoutReleased(evidence);
    }

    /// @inheritdoc ISequencerRegistry
    function withdrawPayout() external {
        uint256 amount = payoutOf[msg.sender];
        if (amount == 0) revert NothingOwed();
        payoutOf[msg.sender] = 0;
        totalPayouts -= amount;
        emit PayoutWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------------
    // Faults
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ISequencerRegistry
    function slashEquivocation(
        BatchHeader calldata first,
        bytes calldata firstSignature,
        BatchHeader calldata second,
        bytes calldata secondSignature
    ) external {
        _requireSamePosition(first, second);
        BatchHeader memory a = first;
        BatchHeader memory b = second;
        if (a.hash() == b.hash()) revert NotEquivocation();
        address signer = _recover(a, firstSignature);
        if (_recover(b, secondSignature) != signer) revert InvalidSignature();
        _punishEquivocation(signer, a.batchNumber, a.slot);
    }

    /// @inheritdoc ISequencerRegistry
    function slashRecordConflict(BatchHeader calldata signed, bytes calldata signature, BatchHeader calldata recorded)
        external
    {
        _requireSamePosition(signed, recorded);
        BatchHeader memory s = signed;
        BatchHeader memory r = recorded;
        SlotEvidenceLib.requireRecorded(IBatchInbox(inbox), r);
        if (s.hash() == r.hash()) revert NotEquivocation();
        address signer = _recover(s, signature);
        if (r.sequencer != signer) revert NotEquivocation();
        _punishEquivocation(signer, s.batchNumber, s.slot);
    }

    /// @dev Equivocation is two different headers for one position of one chain: the same batch number, slot and
    ///      parent. Headers for other slots or parents can never both be recorded (a header lands only in its slot,
    ///      on its parent), and an honest node signs them when an L1 reorg drops its batch (docs/PROTOCOL.md
    ///      §Faults).
    function _requireSamePosition(BatchHeader calldata a, BatchHeader calldata b) internal pure {
        if (a.batchNumber != b.batchNumber || a.slot != b.slot || a.parentHash != b.parentHash) {
            revert NotEquivocation();
        }
    }

    /// @inheritdoc ISequencerRegistry
    function slashCensorship(uint64 entryIndex, uint64 firstBatch, BatchHeader[] calldata headers) external {
        (uint64 deadline, address user) = IBatchInbox(inbox).entry(entryIndex);
        uint64 slot = _slotAt(deadline);
        _requireOverAndInWindow(slot);
        (uint64 includedPosition, address lastSigner,) =
            SlotEvidenceLib.read(IBatchInbox(inbox), slot, firstBatch, headers, address(0));
        if (includedPosition > entryIndex) revert NotCensored(entryIndex, includedPosition);

        // The entry was queued before `slot` began (inclusionWindow >= slotLength), so whoever posted in the slot
        // could have included it: the last sequenced poster answers for it. With no sequenced batch in the slot,
        // the leader does, if it could post throughout the slot.
        uint8 culprit;
        if (lastSigner != address(0)) {
            // Registered: a signer retires only after every slot it posted in has left the fault window.
            culprit = _signers[lastSigner].idPlusOne - 1;
        } else {
            culprit = _leaderOf(slot);
            if (!_accountable(_operators[culprit], culprit, slot)) revert NoAccountableOperator(slot);
        }
        bytes32 evidence = keccak256(abi.encode(CENSORSHIP_TAG, entryIndex));
        _requireUnproven(evidence);
        _slash(
            culprit,
            Fault.Censorship,
            evidence,
            censorshipPenalty,
            Escrow(user, censorshipCompensation, msg.sender, 0, _operators[culprit].signer, 0)
        );
    }

    /// @inheritdoc ISequencerRegistry
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] calldata headers) external {
        _requireOverAndInWindow(slot);
        uint8 leader = _leaderOf(slot);
        OperatorRecord storage op = _operators[leader];
        // A suspended operator's strikes are void (jailing reset them); a slot in which it was suspended is not
        // its fault.
        if (_isSuspended(leader) || !_accountable(op, leader, slot)) revert NotAccountable(leader, slot);
        (,, bool leaderPosted) = SlotEvidenceLib.read(IBatchInbox(inbox), slot, firstBatch, headers, op.signer);
        if (leaderPosted) revert LeaderPostedInSlot(slot);

        bytes32 evidence = keccak256(abi.encode(MISSED_SLOT_TAG, slot));
        _requireUnproven(evidence);
        // Strikes count per epoch of the missed slot, whatever the order of the reports.
        uint32 epoch = _epochOf(slot);
        uint16 strikes = _strikes[leader][epoch] + 1;
        _strikes[leader][epoch] = strikes;
        emit Struck(leader, slot, strikes);
        if (strikes >= strikesToJail) {
            _jail(leader, op);
            _slash(leader, Fault.MissedSlots, evidence, jailPenalty, Escrow(address(0), 0, msg.sender, 0, op.signer, 0));
        } else {
            _proofs[evidence] = SETTLED;
        }
    }

    /// @inheritdoc ISequencerRegistry
    function chargeReceipt(
        address signer,
        Fault fault,
        bytes32 evidence,
        uint256 penalty,
        address beneficiary,
        uint256 compensation,
        address reporter
    ) external {
        if (msg.sender != receipts) revert NotReceiptsContract();
        _requireUnproven(evidence);
        // safe: the receipts contract passes its immutable compensation, a uint96
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 owed = uint96(compensation);
        _slash(_idOf(signer), fault, evidence, penalty, Escrow(beneficiary, owed, reporter, 0, signer, 0));
    }

    /// @inheritdoc ISequencerRegistry
    function chargeCertificateConflict(uint256 ids, uint64 slot, bytes32 evidence, address reporter)
        external
        returns (uint256 charged)
    {
        if (msg.sender != committee) revert NotCommitteeContract();
        _requireInWindow(slot);
        // The committee contract names members of the slot's epoch only; the mask makes that hold here too.
        return _ejectWithWholeBond(ids & membersAt(_epochOf(slot)), 0, Fault.CertificateConflict, evidence, reporter);
    }

    /// @dev Whether operator `id` answers for `slot`: not suspended at any block of it, and not forgiven by an unjail.
    function _accountable(OperatorRecord storage op, uint8 id, uint64 slot) internal view returns (bool) {
        if (slot < op.accountableFromSlot) return false;
        return !_isSuspended(id) || slot < op.suspendedFromSlot;
    }

    function _punishEquivocation(address signer, uint64 batchNumber, uint64 slot) internal {
        uint8 id = _idOf(signer);
        _requireInWindow(slot);
        if (membersAt(_epochOf(slot)) & (uint256(1) << id) == 0) revert NotScheduled(id, slot);

        // The first proof takes the whole bond and ejects the operator (nothing else ejects), so its status is the
        // once-only mark and no evidence slot is written.
        if (_operators[id].status == Status.Ejected) revert AlreadyEjected(id);
        _ejectWithWholeBond(
            uint256(1) << id,
            id,
            Fault.Equivocation,
            keccak256(abi.encode(EQUIVOCATION_TAG, signer, batchNumber)),
            msg.sender
        );
    }

    /// @dev A fault about `slot` is provable from the slot on (not before it: a header could still land) until
    ///      `faultWindow` blocks after it ends.
    function _requireInWindow(uint64 slot) internal view {
        if (slot > _currentSlot()) revert OutsideFaultWindow(slot);
        if (block.number >= _slotStartBlock(slot + 1) + faultWindow) revert OutsideFaultWindow(slot);
    }

    /// @dev What {_ejectWithWholeBond} accumulates over the operators it charges, written to storage once.
    struct Seizure {
        uint56 slot;
        uint32 leaves;
        uint96 suspended;
        uint256 charged;
        uint256 leaving;
        uint256 bonds;
        uint256 forfeits;
        uint256 bounties;
        /// Each charged operator's penalty, in id order (room for a full roster; `count` used).
        uint256[] penalties;
        uint256 count;
    }

    /// @dev An equivocation's penalty, or a certificate conflict's: from each operator in `ids` not ejected yet, the
    ///      whole bond and every payout still escrowed against its signer, which were bond at stake when it signed
    ///      twice (so minor self-reports made first shield nothing), then ejection. An exiting operator keeps its
    ///      exit epoch; the others leave like a fresh exit request. The bounties are credited to `reporter` at once.
    ///      The roster, the totals and the payouts are written once for all of them. `first` is a lower bound of the
    ///      ids (the loop starts there). Returns the operators charged.
    function _ejectWithWholeBond(uint256 ids, uint256 first, Fault fault, bytes32 evidence, address reporter)
        internal
        returns (uint256)
    {
        uint64 slot = _currentSlot();
        // safe: 2^56 slots outlast the chain by far
        // forge-lint: disable-next-line(unsafe-typecast)
        uint56 from = uint56(slot);
        Seizure memory s = Seizure(
            from,
            _epochOf(slot) + ACTIVATION_DELAY_EPOCHS,
            _roster.suspended,
            0,
            0,
            0,
            0,
            0,
            new uint256[](maxSequencers),
            0
        );
        for (uint256 id = first; ids >> id != 0;) {
            // safe: roster ids are below 96
            // forge-lint: disable-next-line(unsafe-typecast)
            if ((ids >> id) & 1 != 0) _seize(uint8(id), s);
            unchecked {
                ++id;
            }
        }
        if (s.charged == 0) return 0;
        {
            (uint256[] memory penalties, uint256 count) = (s.penalties, s.count);
            // Shortened to the operators charged (a shorter length over the same memory).
            assembly ("memory-safe") {
                mstore(penalties, count)
            }
            emit Ejected(fault, evidence, reporter, s.charged, s.bounties, penalties);
        }
        // safe: roster ids are below 96
        // forge-lint: disable-next-line(unsafe-typecast)
        _roster.suspended = s.suspended | uint96(s.charged);
        // forge-lint: disable-next-line(unsafe-typecast)
        if (s.leaving != 0) _setMembership(uint224(s.leaving), false);
        Totals memory totals = _totals;
        // safe: the bonds and escrows taken are part of the totals, which are below 2^128
        // forge-lint: disable-next-line(unsafe-typecast)
        (totals.bonded, totals.escrowed) = (totals.bonded - uint128(s.bonds), totals.escrowed - uint128(s.forfeits));
        _totals = totals;
        totalPayouts += s.bounties;
        if (s.bounties != 0) payoutOf[reporter] += s.bounties;
        return s.charged;
    }

    /// @dev One operator of {_ejectWithWholeBond}: skipped when ejected already (by any earlier proof: nothing left
    ///      to take, and ejection is the once-only mark). Each record word is written once.
    function _seize(uint8 id, Seizure memory s) internal {
        OperatorRecord storage op = _operators[id];
        Status status = op.status;
        if (status == Status.Ejected) return;
        uint256 penalty;
        {
            uint96 forfeited = op.escrowHeld ? _forfeitEscrow(id, op.signer) : 0;
            uint88 bond = op.bond;
            penalty = uint256(bond) + forfeited;
            (s.bonds, s.forfeits) = (s.bonds + bond, s.forfeits + forfeited);
        }
        op.bond = 0;
        uint56 suspendedFrom = (s.suspended >> id) & 1 == 0 ? s.slot : op.suspendedFromSlot;
        uint32 leaves = status == Status.Active || status == Status.Jailed ? s.leaves : op.leavesAtEpoch;
        (op.status, op.leavesAtEpoch, op.suspendedFromSlot) = (Status.Ejected, leaves, suspendedFrom);
        if (status == Status.Active) s.leaving |= uint256(1) << id;
        s.charged |= uint256(1) << id;
        s.bounties += penalty * bountyBps / BPS;
        s.penalties[s.count++] = penalty;
    }

    /// @dev Voids every payout still escrowed against `signer` (marked forfeited); returns their sum.
    function _forfeitEscrow(uint8 id, address signer) internal returns (uint96 forfeited) {
        SignerRecord storage record = _signers[signer];
        forfeited = record.escrowed;
        // With nothing escrowed there is nothing to mark.
        if (forfeited != 0) {
            (record.forfeited, record.escrowed) = (true, 0);
            emit EscrowForfeited(id, signer, forfeited);
        }
    }

    function _requireUnproven(bytes32 evidence) internal view {
        if (_proofs[evidence] != 0) revert AlreadyProven(evidence);
    }

    function _idOf(address signer) internal view returns (uint8) {
        uint8 idPlusOne = _signers[signer].idPlusOne;
        if (idPlusOne == 0 || idPlusOne == SIGNER_RETIRED) revert UnknownSigner(signer);
        return idPlusOne - 1;
    }

    /// @dev Takes up to `wanted` from the bond. Of it, `bountyBps` is paid out, the compensation (up to
    ///      `claim.compensation`) to `claim.victim` first and the rest to `claim.reporter`, escrowed against
    ///      `claim.offender` (the operator's signer) until every equivocation it could have committed by now has left
    ///      the fault window; the rest is burned. `claim`'s bounty and release block are filled in here. Writes the
    ///      once-only mark of `evidence` (its escrow's hash, or SETTLED).
    function _slash(uint8 id, Fault fault, bytes32 evidence, uint256 wanted, Escrow memory claim) internal {
        OperatorRecord storage op = _operators[id];
        uint88 bond = op.bond;
        uint256 penalty = wanted < bond ? wanted : bond;
        uint256 paidOut = penalty * bountyBps / BPS;
        // safe: paidOut <= penalty <= bond, a uint88
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 held = uint96(paidOut);
        if (claim.compensation > held) claim.compensation = held;
        claim.bounty = held - claim.compensation;
        // safe: penalty <= bond
        // forge-lint: disable-next-line(unsafe-typecast)
        uint88 left = uint88(bond - penalty);
        Totals memory totals = _totals;
        // forge-lint: disable-next-line(unsafe-typecast)
        totals.bonded -= uint128(penalty);
        if (paidOut == 0) {
            op.bond = left;
            _proofs[evidence] = SETTLED;
        } else {
            (op.bond, op.escrowHeld) = (left, true);
            claim.releaseAt = _slotStartBlock(_currentSlot() + 1) + faultWindow;
            _proofs[evidence] = keccak256(abi.encode(claim));
            _signers[claim.offender].escrowed += claim.compensation + claim.bounty;
            // forge-lint: disable-next-line(unsafe-typecast)
            totals.escrowed += uint128(paidOut);
        }
        _totals = totals;
        emit Slashed(id, fault, evidence, penalty, claim);
    }

    function _jail(uint8 id, OperatorRecord storage op) internal {
        _roster.suspended |= uint96(1) << id;
        // safe: 2^56 slots outlast the chain by far
        // forge-lint: disable-next-line(unsafe-typecast)
        op.suspendedFromSlot = uint56(_currentSlot());
        op.unjailableAt = uint64(block.number) + jailCooldown;
        uint32 leaves = op.leavesAtEpoch;
        if (op.status == Status.Active) {
            leaves = _setMembership(uint224(1) << id, false);
            op.status = Status.Jailed;
        }
        emit Jailed(id, leaves, op.unjailableAt);
    }

    // ------------------------------------------------------------------------------------------------
    // Schedule
    // ------------------------------------------------------------------------------------------------

    /// @dev Adds or removes the operators in `bits` from the roster from epoch `current + 2`; returns that epoch.
    function _setMembership(uint224 bits, bool member) internal returns (uint32 effective) {
        effective = _currentEpoch() + ACTIVATION_DELAY_EPOCHS;
        uint256 count = _roster.checkpointCount;
        uint256 ring = checkpointRingSize;
        Checkpoint memory last = count == 0 ? Checkpoint(0, 0) : _checkpoints[(count - 1) % ring];
        uint224 members = member ? last.members | bits : last.members & ~bits;
        if (count != 0 && last.fromEpoch == effective) {
            _checkpoints[(count - 1) % ring].members = members;
        } else {
            _checkpoints[count % ring] = Checkpoint(effective, members);
            // safe: at most one checkpoint per epoch
            // forge-lint: disable-next-line(unsafe-typecast)
            _roster.checkpointCount = uint64(count + 1);
        }
    }

    /// @inheritdoc ISequencerRegistry
    function membersAt(uint32 epoch) public view returns (uint256 members) {
        return _membersAt(epoch, _roster.checkpointCount);
    }

    /// @dev Walks back from the newest checkpoint; for the current epoch that is one or two reads, because
    ///      checkpoints are never more than two epochs ahead. Reverts for an epoch older than the ring keeps.
    function _membersAt(uint32 epoch, uint256 count) internal view returns (uint256 members) {
        uint256 ring = checkpointRingSize;
        uint256 oldest = count > ring ? count - ring : 0;
        for (uint256 i = count; i > oldest; --i) {
            Checkpoint memory c = _checkpoints[(i - 1) % ring];
            if (c.fromEpoch <= epoch) return c.members;
        }
        if (oldest != 0) revert EpochPruned(epoch);
        return 0;
    }

    /// @inheritdoc ISequencerRegistry
    function epochSeed(uint32 epoch) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), epoch));
    }

    /// @inheritdoc ISequencerRegistry
    function leaderOf(uint64 slot) external view returns (uint8) {
        return _leaderOf(slot);
    }

    function _leaderOf(uint64 slot) internal view returns (uint8) {
        uint32 epoch = _epochOf(slot);
        uint256 members = membersAt(epoch);
        uint256 n = ScheduleLib.popCount(members);
        if (n == 0) revert NoLeader(slot);
        return uint8(ScheduleLib.memberAt(members, ScheduleLib.leaderRank(epochSeed(epoch), slot, n)));
    }

    /// @inheritdoc ISequencerRegistry
    function eligibleSigner(uint8 id) external view returns (address signer) {
        // A withdrawn operator's record is deleted, so an empty signer covers unknown and withdrawn ids alike.
        signer = _operators[id].signer;
        if (signer == address(0)) return address(0);
        Roster memory roster = _roster;
        if (roster.suspended & (uint96(1) << id) != 0) return address(0);
        uint64 slot = _currentSlot();
        uint32 epoch = _epochOf(slot);
        uint256 members = _membersAt(epoch, roster.checkpointCount);
        if (members & (uint256(1) << id) == 0) return address(0);
        uint256 offset = ScheduleLib.backupOffset(members, id, epochSeed(epoch), slot);
        if (offset * graceBlocks > block.number - _slotStartBlock(slot)) return address(0);
    }

    // ------------------------------------------------------------------------------------------------
    // Views and helpers
    // ------------------------------------------------------------------------------------------------

    /// @inheritdoc ISequencerRegistry
    function params() external view returns (Params memory) {
        // The receipts contract holds the same parameters (the constructor checked its paramsHash): its answer is
        // passed through verbatim, so this contract carries no code to assemble the struct.
        address source = receipts;
        bytes4 selector = IInclusionReceipts.params.selector;
        assembly {
            mstore(0x00, selector)
            let ok := staticcall(gas(), source, 0x00, 0x04, 0x00, 0x00)
            returndatacopy(0x00, 0x00, returndatasize())
            if iszero(ok) { revert(0x00, returndatasize()) }
            return(0x00, returndatasize())
        }
    }

    /// @inheritdoc ISequencerRegistry
    function operator(uint8 id) external view returns (Operator memory) {
        OperatorRecord memory r = _operators[id];
        uint32 epoch = _currentEpoch();
        bool leaving = r.status == Status.Exiting || r.status == Status.Ejected;
        return Operator({
            owner: r.owner,
            bond: r.bond,
            signer: r.signer,
            status: r.status,
            suspended: _isSuspended(id),
            strikes: _strikes[id][epoch],
            strikeEpoch: epoch,
            leavesAtEpoch: r.leavesAtEpoch,
            withdrawableAt: leaving ? _withdrawableAt(r.leavesAtEpoch) : 0,
            unjailableAt: r.unjailableAt,
            suspendedFromSlot: r.suspendedFromSlot,
            accountableFromSlot: r.accountableFromSlot
        });
    }

    /// @inheritdoc ISequencerRegistry
    function faultProven(bytes32 evidence) external view returns (bool) {
        return _proofs[evidence] != 0;
    }

    /// @inheritdoc ISequencerRegistry
    function escrowHashOf(bytes32 evidence) external view returns (bytes32 hash) {
        hash = _proofs[evidence];
        if (hash == SETTLED) hash = 0;
    }

    /// @inheritdoc ISequencerRegistry
    function escrowedAgainst(address signer) external view returns (uint256) {
        return _signers[signer].escrowed;
    }

    /// @inheritdoc ISequencerRegistry
    function totalBonded() external view returns (uint256) {
        return _totals.bonded;
    }

    /// @inheritdoc ISequencerRegistry
    function totalEscrowed() external view returns (uint256) {
        return _totals.escrowed;
    }

    /// @inheritdoc ISequencerRegistry
    function totalBurned() external view returns (uint256) {
        Totals memory totals = _totals;
        return address(this).balance - totals.bonded - totals.escrowed - totalPayouts;
    }

    /// @inheritdoc ISequencerRegistry
    function strikesIn(uint8 id, uint32 epoch) external view returns (uint16) {
        return _strikes[id][epoch];
    }

    /// @inheritdoc ISequencerRegistry
    function operatorIdOf(address signer) external view returns (uint8) {
        return _idOf(signer);
    }

    /// @inheritdoc ISequencerRegistry
    function currentSlot() external view returns (uint64) {
        return _currentSlot();
    }

    /// @inheritdoc ISequencerRegistry
    function slotAt(uint256 blockNumber) external view returns (uint64) {
        return _slotAt(blockNumber);
    }

    /// @inheritdoc ISequencerRegistry
    function slotStartBlock(uint64 slot) external view returns (uint64) {
        return _slotStartBlock(slot);
    }

    /// @inheritdoc ISequencerRegistry
    function epochOf(uint64 slot) external view returns (uint32) {
        return _epochOf(slot);
    }

    function _currentSlot() internal view returns (uint64) {
        return _slotAt(block.number);
    }

    function _slotAt(uint256 blockNumber) internal view returns (uint64) {
        return blockNumber < genesisBlock ? 0 : uint64((blockNumber - genesisBlock) / slotLength);
    }

    function _slotStartBlock(uint64 slot) internal view returns (uint64) {
        return genesisBlock + slot * slotLength;
    }

    function _epochOf(uint64 slot) internal view returns (uint32) {
        // safe for 2^32 epochs: over 1,600 years even at one 12 s block per epoch
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(slot / slotsPerEpoch);
    }

    function _currentEpoch() internal view returns (uint32) {
        return _epochOf(_currentSlot());
    }

    function _epochStartBlock(uint32 epoch) internal view returns (uint64) {
        return genesisBlock + uint64(epoch) * slotsPerEpoch * slotLength;
    }

    /// @dev The bond outlives every fault window of the last slot the operator was scheduled in.
    function _withdrawableAt(uint32 leavesAtEpoch) internal view returns (uint64) {
        return _epochStartBlock(leavesAtEpoch) + exitDelay;
    }

    function _isSuspended(uint8 id) internal view returns (bool) {
        return _roster.suspended & (uint96(1) << id) != 0;
    }

    function _requireOverAndInWindow(uint64 slot) internal view {
        if (slot >= _currentSlot()) revert SlotNotOver(slot);
        if (block.number >= _slotStartBlock(slot + 1) + faultWindow) revert OutsideFaultWindow(slot);
    }

    function _recover(BatchHeader memory header, bytes calldata signature) internal view returns (address signer) {
        bytes32 domain = block.chainid == _cachedChainId
            ? _cachedDomainSeparator
            : BatonEip712.domainSeparator(block.chainid, inbox);
        bytes32 digest = BatonEip712.digest(domain, header.hash());
        ECDSA.RecoverError err;
        (signer, err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError) revert InvalidSignature();
    }

    function _existing(uint8 id) internal view returns (OperatorRecord storage op) {
        op = _operators[id];
        if (op.status == Status.None) revert UnknownOperator(id);
    }

    function _owned(uint8 id) internal view returns (OperatorRecord storage op) {
        op = _existing(id);
        if (op.owner != msg.sender) revert NotOwner(op.owner);
    }

    function _send(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
