// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {InclusionReceipts} from "../src/InclusionReceipts.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {IBatchInbox} from "../src/interfaces/IBatchInbox.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {BatchCalldataLib} from "../src/libraries/BatchCalldataLib.sol";
import {BatchHeader, BatchHeaderLib} from "../src/libraries/BatchHeaderLib.sol";
import {InclusionReceipt, InclusionReceiptLib} from "../src/libraries/InclusionReceiptLib.sol";
import {Test} from "./base/Test.sol";
import {Vm} from "./base/Vm.sol";
import {BatonFixture} from "./utils/BatonFixture.sol";
import {ReceiptTree} from "./utils/ReceiptTree.sol";

/// @notice Drives the system with random but mostly valid actions and records what an attacker would want to
///         break: ghost copies of every header and payout, plus flags for any forbidden success.
contract BatonHandler is Test {
    uint256 internal constant OPERATORS = 6;
    uint256 internal constant KEY_BASE = 0xA11CE;

    SequencerRegistry internal immutable registry;
    BatchInbox internal immutable inbox;
    ISequencerRegistry.Params internal p;

    BatchHeader[] public headers;
    mapping(address => bool) internal feeEarner;
    address[] internal feeEarners;
    mapping(address => bool) internal payee;
    address[] internal payees;
    mapping(bytes32 => uint256) public slashesByEvidence;

    bool public suspendedOrAbsentOperatorPosted;
    bool public overdueEntrySkipped;
    bool public faultSlashedTwice;
    /// A release went through with a record other than the one its slash escrowed.
    bool public forgedReleaseAccepted;
    uint256 public forgedReleasesTried;
    /// A strike or a censorship charge landed on an operator for a slot in which it was suspended.
    bool public chargedWhileSuspended;
    /// A slash paid out (bounty + compensation) more than bountyBps of its penalty.
    bool public payoutAboveBountyShare;
    uint256 public batchesPosted;
    uint256 public slashes;
    uint256 public charges;
    bytes32[] internal escrowed;
    mapping(bytes32 evidence => ISequencerRegistry.Escrow) internal escrowRecords;
    /// Order of escrows and ejections (a counter over both), for the anti-self-report rule: an escrow made against a
    /// signer before its operator was ejected is forfeited, never released.
    uint256 internal ghostClock;
    mapping(bytes32 evidence => uint256) internal escrowedAt;
    mapping(address signer => uint256) internal ejectedAt;
    /// A payout escrowed against a signer was released although its operator was ejected after the escrow was made.
    bool public releasedAfterEjection;
    /// Releases refused because the offender's operator was ejected: the rule above was exercised, not only held.
    uint256 public forfeitedReleasesRefused;
    /// @dev Proof attempts of broken promises: every other one shows the receipt signed in a group of three.
    uint256 public breakAttempts;
    /// Ghost of the burned ETH: every slash's penalty less what it paid out.
    uint256 public burnedByPenalties;
    /// Receipts operators signed, with the index of the operator that signed each.
    InclusionReceipt[] internal promises;
    uint256[] internal promisers;
    InclusionReceipts internal immutable receipts;

    /// @dev Ghost suspension history: closed intervals [from, to] of slots in which an id was suspended at some
    ///      block, and the open one (`openSince[id] - 1`) while it still is.
    struct Interval {
        uint64 from;
        uint64 to;
    }

    mapping(uint8 id => Interval[]) internal suspensions;
    mapping(uint8 id => uint64) internal openSincePlusOne;

    constructor(SequencerRegistry registry_, ISequencerRegistry.Params memory params) {
        registry = registry_;
        inbox = BatchInbox(registry_.inbox());
        receipts = InclusionReceipts(registry_.receipts());
        p = params;
        for (uint256 i; i < OPERATORS; ++i) {
            vm.deal(_owner(i), 100 ether);
        }
    }

    // ---- views used by invariants ----

    function headerCount() external view returns (uint256) {
        return headers.length;
    }

    function header(uint256 n) external view returns (BatchHeader memory) {
        return headers[n];
    }

    /// @dev Sum of the deposited amounts (net of the fee), from the calls that succeeded.
    uint256 public totalDeposited;

    function _deposit(address user, uint256 value) internal {
        vm.prank(user);
        inbox.depositETH{value: value}(user);
        totalDeposited += value - p.forcedInclusionFee;
    }

    function totalFeesOwed() external view returns (uint256 sum) {
        for (uint256 i; i < feeEarners.length; ++i) {
            sum += inbox.feesOwed(feeEarners[i]);
        }
    }

    function totalPayoutsOwed() external view returns (uint256 sum) {
        for (uint256 i; i < payees.length; ++i) {
            sum += registry.payoutOf(payees[i]);
        }
    }

    function totalOperatorBonds() external view returns (uint256 sum) {
        for (uint8 id; id < p.maxSequencers; ++id) {
            sum += registry.operator(id).bond;
        }
    }

    /// @dev Runs around every action: notes suspensions as they start and end, at the slot where it is observed.
    ///      Between two actions nothing changes state, so every slot in between is covered by the interval.
    modifier observed() {
        _observe();
        _;
        _observe();
    }

    function _observe() internal {
        uint64 slot = registry.currentSlot();
        for (uint8 id; id < p.maxSequencers; ++id) {
            bool suspended = registry.operator(id).suspended;
            uint64 open = openSincePlusOne[id];
            if (suspended && open == 0) {
                openSincePlusOne[id] = slot + 1;
            } else if (!suspended && open != 0) {
                suspensions[id].push(Interval(open - 1, slot));
                openSincePlusOne[id] = 0;
            }
        }
    }

    function _wasSuspended(uint8 id, uint64 slot) internal view returns (bool) {
        uint64 open = openSincePlusOne[id];
        if (open != 0 && slot >= open - 1) return true;
        Interval[] storage list = suspensions[id];
        for (uint256 k; k < list.length; ++k) {
            if (slot >= list[k].from && slot <= list[k].to) return true;
        }
        return false;
    }

    // ---- actions ----

    function register(uint256 seed) external observed {
        uint256 i = seed % OPERATORS;
        if (_isBonded(i)) return;
        vm.prank(_owner(i));
        try registry.register{value: p.minBond}(_signer(i)) {} catch {}
    }

    function topUp(uint256 seed, uint96 amount) external observed {
        uint256 i = seed % OPERATORS;
        if (!_isBonded(i)) return;
        amount = uint96(bound(amount, 1, 1 ether));
        vm.prank(_owner(i));
        try registry.topUp{value: amount}(_id(i)) {} catch {}
    }

    function requestExit(uint256 seed) external observed {
        uint256 i = seed % OPERATORS;
        if (!_isBonded(i)) return;
        vm.prank(_owner(i));
        try registry.requestExit(_id(i)) {} catch {}
    }

    function withdraw(uint256 seed) external observed {
        uint256 i = seed % OPERATORS;
        if (!_isBonded(i)) return;
        vm.prank(_owner(i));
        try registry.withdraw(_id(i)) {} catch {}
    }

    function unjail(uint256 seed) external observed {
        uint256 i = seed % OPERATORS;
        if (!_isBonded(i)) return;
        vm.prank(_owner(i));
        try registry.unjail(_id(i)) {} catch {}
    }

    function roll(uint256 blocks) external observed {
        vm.roll(block.number + bound(blocks, 1, 12));
    }

    function enqueue(uint256 seed) external observed {
        address user = address(uint160(0xC0FFEE + seed % 3));
        vm.deal(user, 1 ether);
        if (seed % 2 == 0) {
            vm.prank(user);
            inbox.enqueueTransaction{value: p.forcedInclusionFee}(abi.encode(seed));
        } else {
            _deposit(user, p.forcedInclusionFee + seed % 1 ether + 1);
        }
        _notePayee(user);
    }

    /// @dev Any operator, eligible or not, tries to post; `include` picks how many queued entries to take.
    function post(uint256 seed, uint256 include) external observed {
        _post(seed % OPERATORS, include, seed);
    }

    function _post(uint256 i, uint256 include, uint256 seed) internal {
        if (!_isBonded(i)) return;
        BatchHeader memory h = _next(_signer(i), include);
        bytes memory sig = _sign(KEY_BASE + i, h);
        address relayer = address(uint160(0xFEE0 + seed % 2));
        ISequencerRegistry.Operator memory op = registry.operator(_id(i));
        uint256 members = registry.membersAt(registry.epochOf(registry.currentSlot()));
        bytes memory data = BatchCalldataLib.encode(
            IBatchInbox.appendBatch.selector,
            IBatchInbox.Authentication.Signature,
            _id(i),
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32(h.queuePosition - inbox.queueHead()),
            h.txRoot,
            sig,
            ""
        );
        vm.prank(relayer);
        (bool ok,) = address(inbox).call(data);
        if (ok) {
            if (op.suspended || members & (uint256(1) << _id(i)) == 0) suspendedOrAbsentOperatorPosted = true;
            _recordPosted(h, relayer);
        }
    }

    function postPermissionless(uint256 include) external observed {
        BatchHeader memory h = _next(address(0), include);
        bytes memory data = BatchCalldataLib.encode(
            IBatchInbox.appendBatch.selector,
            IBatchInbox.Authentication.Unsequenced,
            0,
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32(h.queuePosition - inbox.queueHead()),
            h.txRoot,
            "",
            ""
        );
        (bool ok,) = address(inbox).call(data);
        if (ok) _recordPosted(h, address(this));
    }

    function forceInclude(uint256 count) external observed {
        uint64 head = inbox.queueHead();
        uint64 length = inbox.queueLength();
        if (length == head) return;
        uint64 position = head + uint64(bound(count, 1, length - head));
        uint64 batchNumber = inbox.batchCount();
        try inbox.appendForcedBatch(position) {
            BatchHeader memory h = BatchHeader({
                l2ChainId: p.l2ChainId,
                batchNumber: batchNumber,
                slot: registry.currentSlot(),
                parentHash: batchNumber == 0 ? bytes32(0) : inbox.batchHeaderHash(batchNumber - 1),
                dataCommitment: bytes32(0),
                txRoot: bytes32(0),
                queuePosition: position,
                sequencer: address(0)
            });
            _recordPosted(h, address(this));
        } catch {}
    }

    function equivocate(uint256 seed) external observed {
        _equivocate(seed % OPERATORS, seed);
    }

    function _equivocate(uint256 i, uint256 seed) internal {
        if (!_isBonded(i)) return;
        BatchHeader memory a = _next(_signer(i), 0);
        BatchHeader memory b = _next(_signer(i), 0);
        b.dataCommitment = keccak256(abi.encode(seed));
        a.batchNumber = b.batchNumber = uint64(seed % (inbox.batchCount() + 1));
        _trySlash(
            abi.encodeCall(registry.slashEquivocation, (a, _sign(KEY_BASE + i, a), b, _sign(KEY_BASE + i, b))),
            keccak256(abi.encode(keccak256("baton.fault.equivocation"), _signer(i), a.batchNumber)),
            a.slot
        );
    }

    function reportMissedSlot(uint256 back) external observed {
        uint64 current = registry.currentSlot();
        if (current == 0) return;
        uint64 slot = current - 1 - uint64(bound(back, 0, current - 1 < 3 ? current - 1 : 3));
        (uint64 first, BatchHeader[] memory evidence) = _slotEvidence(slot);
        _trySlash(
            abi.encodeCall(registry.reportMissedSlot, (slot, first, evidence)),
            keccak256(abi.encode(keccak256("baton.fault.missed-slot"), slot)),
            slot
        );
    }

    function slashCensorship(uint256 seed) external observed {
        uint64 length = inbox.queueLength();
        if (length == 0) return;
        uint64 index = uint64(seed % length);
        (uint64 deadline,) = inbox.entry(index);
        uint64 slot = registry.slotAt(deadline);
        (uint64 first, BatchHeader[] memory evidence) = _slotEvidence(slot);
        _trySlash(
            abi.encodeCall(registry.slashCensorship, (index, first, evidence)),
            keccak256(abi.encode(keccak256("baton.fault.censorship"), index)),
            slot
        );
    }

    /// @dev Any bonded operator promises a transaction at a small index of the current or a near slot.
    function signReceipt(uint256 seed, uint32 index, uint8 ahead) external observed {
        _promise(seed % OPERATORS, seed, index % 4, registry.currentSlot() + ahead % 3);
    }

    function _promise(uint256 i, uint256 seed, uint32 index, uint64 slot) internal {
        if (!_isBonded(i)) return;
        address beneficiary = address(uint160(0xC0FFEE + seed % 3));
        // A broken promise compensates its beneficiary: the payout ledger must count it.
        _notePayee(beneficiary);
        promises.push(
            InclusionReceipt({
                l2ChainId: p.l2ChainId,
                txHash: keccak256(abi.encode(seed)),
                slot: slot,
                index: index,
                beneficiary: beneficiary
            })
        );
        promisers.push(i);
    }

    /// @dev The current slot's leader promises a transaction in it, posts a batch that leaves it out, and is
    ///      reported: the campaign's way to escrowed payouts, whose release and forfeit rules are invariants too (a
    ///      random sequence of the single steps above reaches them too rarely to count on).
    function promiseAsLeaderAndBreak(uint256 seed) external observed {
        uint64 slot = registry.currentSlot();
        uint8 leader;
        try registry.leaderOf(slot) returns (uint8 id) {
            leader = id;
        } catch {
            return;
        }
        for (uint256 i; i < OPERATORS; ++i) {
            if (_isBonded(i) && _id(i) == leader) {
                _promise(i, seed, 0, slot);
                _post(i, 0, seed);
                return _breakPromise(promises.length - 1);
            }
        }
    }

    /// @dev Tries to prove a promise broken both ways. Batches here are empty (txRoot 0), so the first batch of the
    ///      signer in the slot contradicts every receipt; the liveness proof must fail unless the slot's leader
    ///      signed it and could post throughout the slot.
    function breakPromise(uint256 seed) external observed {
        if (promises.length == 0) return;
        _breakPromise(seed % promises.length);
    }

    function _breakPromise(uint256 k) internal {
        InclusionReceipt memory r = promises[k];
        uint256 i = promisers[k];
        bytes memory sig;
        if (++breakAttempts % 2 == 0) {
            (uint8 v, bytes32 rr, bytes32 s) = vm.sign(KEY_BASE + i, receipts.receiptDigest(r));
            sig = abi.encodePacked(rr, s, v);
        } else {
            // The node's form under load: one signature over a group's root, the receipt's path after it. The same
            // receipt shown in either form is one piece of evidence.
            bytes32[] memory group = new bytes32[](3);
            group[0] = keccak256(abi.encode("another receipt of the group", k));
            group[1] = InclusionReceiptLib.hash(r);
            group[2] = keccak256(abi.encode("a third receipt of the group", k));
            (uint8 v, bytes32 rr, bytes32 s) =
                vm.sign(KEY_BASE + i, receipts.receiptRootDigest(ReceiptTree.root(group)));
            sig = abi.encodePacked(rr, s, v, ReceiptTree.path(group, 1));
        }
        bytes32 evidence = receipts.receiptEvidence(_signer(i), r);
        (bool found, uint256 n) = _firstBatchOf(_signer(i), r.slot);
        if (found) {
            BatchHeader memory prev;
            if (n != 0) prev = headers[n - 1];
            _trySlash(
                address(receipts),
                abi.encodeCall(
                    receipts.slashContradictedReceipt, (r, sig, headers[n], prev, 0, bytes32(0), new bytes32[](0))
                ),
                evidence,
                r.slot
            );
        } else {
            (uint64 first, BatchHeader[] memory evidenceHeaders) = _slotEvidence(r.slot);
            _trySlash(
                address(receipts),
                abi.encodeCall(receipts.slashUnkeptReceipt, (r, sig, first, evidenceHeaders)),
                evidence,
                r.slot
            );
        }
    }

    function escrowCount() external view returns (uint256) {
        return escrowed.length;
    }

    function releasePayout(uint256 seed) external observed {
        if (escrowed.length == 0) return;
        bytes32 evidence = escrowed[seed % escrowed.length];
        bool ejectedSince = ejectedAt[escrowRecords[evidence].offender] > escrowedAt[evidence];
        // A keeper releases at the earliest block it may (the campaign need not stumble on a roll that long).
        if (block.number < escrowRecords[evidence].releaseAt) vm.roll(escrowRecords[evidence].releaseAt);
        try registry.releasePayout(evidence, escrowRecords[evidence]) {
            if (ejectedSince) releasedAfterEjection = true;
        } catch (bytes memory reason) {
            if (ejectedSince && bytes4(reason) == ISequencerRegistry.PayoutForfeited.selector) {
                ++forfeitedReleasesRefused;
            }
        }
    }

    /// @dev The self-reporter's play: an operator whose fault paid a bounty (escrowed, perhaps to an address it
    ///      controls) then equivocates, and the escrow must be forfeited with its bond. Picks an escrow and has its
    ///      offender equivocate.
    function equivocateWithEscrow(uint256 seed) external observed {
        if (escrowed.length == 0) return;
        address offender = escrowRecords[escrowed[seed % escrowed.length]].offender;
        for (uint256 i; i < OPERATORS; ++i) {
            if (_signer(i) == offender) return _equivocate(i, seed);
        }
    }

    /// @dev The attacker's release: a real escrow record with one field changed (paid to itself, more, earlier, or
    ///      against another offender), or a released record replayed. The registry keeps only the record's hash.
    function releaseForged(uint256 seed, address thief) external observed {
        if (escrowed.length == 0) return;
        bytes32 evidence = escrowed[seed % escrowed.length];
        ISequencerRegistry.Escrow memory forged = escrowRecords[evidence];
        uint256 field = (seed >> 128) % 5;
        if (field == 0) forged.reporter = thief;
        else if (field == 1) forged.victim = thief;
        else if (field == 2) forged.bounty += 1;
        else if (field == 3) forged.releaseAt = 0;
        else forged.offender = thief;
        if (keccak256(abi.encode(forged)) == keccak256(abi.encode(escrowRecords[evidence]))) return;
        ++forgedReleasesTried;
        try registry.releasePayout(evidence, forged) {
            forgedReleaseAccepted = true;
        } catch {}
    }

    function withdrawPayout(uint256 seed) external observed {
        if (payees.length == 0) return;
        address who = payees[seed % payees.length];
        vm.prank(who);
        try registry.withdrawPayout() {} catch {}
    }

    function withdrawFees(uint256 seed) external observed {
        if (feeEarners.length == 0) return;
        address who = feeEarners[seed % feeEarners.length];
        vm.prank(who);
        try inbox.withdrawFees() {} catch {}
    }

    // ---- helpers ----

    function _firstBatchOf(address signer, uint64 slot) internal view returns (bool, uint256) {
        for (uint256 n; n < headers.length; ++n) {
            if (headers[n].slot == slot && headers[n].sequencer == signer) return (true, n);
        }
        return (false, 0);
    }

    /// @dev Every recorded header from the last one before `slot` (or batch 0) to the first one after it.
    function _slotEvidence(uint64 slot) internal view returns (uint64 first, BatchHeader[] memory evidence) {
        uint256 n = headers.length;
        if (n == 0) return (0, evidence);
        uint256 last = n - 1;
        for (uint256 k; k < n; ++k) {
            if (headers[k].slot < slot) first = uint64(k);
        }
        for (uint256 k = n; k > 0; --k) {
            if (headers[k - 1].slot > slot) last = k - 1;
        }
        evidence = new BatchHeader[](last - first + 1);
        for (uint256 k; k < evidence.length; ++k) {
            evidence[k] = headers[first + k];
        }
    }

    /// @dev Sends a proof from a keeper (or, for equivocation, the operator's own owner) and checks whom it hit:
    ///      a strike or a charge about `slot` must land on an operator that could post throughout it, and no slash
    ///      may pay out more than bountyBps of its penalty.
    function _trySlash(bytes memory call, bytes32 evidence, uint64 slot) internal {
        _trySlash(address(registry), call, evidence, slot);
    }

    function _trySlash(address target, bytes memory call, bytes32 evidence, uint64 slot) internal {
        address keeper = address(0x4EE9E4);
        _notePayee(keeper);
        vm.recordLogs();
        vm.prank(keeper);
        (bool ok,) = target.call(call);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        if (!ok) return;
        ++slashes;
        if (++slashesByEvidence[evidence] > 1) faultSlashedTwice = true;
        for (uint256 k; k < logs.length; ++k) {
            bytes32 topic = logs[k].topics[0];
            if (topic == ISequencerRegistry.Struck.selector) {
                ++charges;
                if (_wasSuspended(uint8(uint256(logs[k].topics[1])), slot)) chargedWhileSuspended = true;
            } else if (topic == ISequencerRegistry.Ejected.selector) {
                (uint256 ids, uint256 bounty, uint256[] memory penalties) =
                    abi.decode(logs[k].data, (uint256, uint256, uint256[]));
                for (uint256 id; id < 128; ++id) {
                    if ((ids >> id) & 1 == 1) ejectedAt[registry.operator(uint8(id)).signer] = ++ghostClock;
                }
                uint256 penalty;
                for (uint256 i; i < penalties.length; ++i) {
                    penalty += penalties[i];
                }
                if (bounty * 10_000 > penalty * p.bountyBps) payoutAboveBountyShare = true;
                burnedByPenalties += penalty - bounty;
            } else if (topic == ISequencerRegistry.Slashed.selector) {
                (uint256 penalty, ISequencerRegistry.Escrow memory payout) =
                    abi.decode(logs[k].data, (uint256, ISequencerRegistry.Escrow));
                (uint256 bounty, uint256 compensation) = (payout.bounty, payout.compensation);
                if (payout.releaseAt != 0) {
                    escrowed.push(logs[k].topics[3]);
                    escrowRecords[logs[k].topics[3]] = payout;
                    escrowedAt[logs[k].topics[3]] = ++ghostClock;
                }
                if ((bounty + compensation) * 10_000 > penalty * p.bountyBps) payoutAboveBountyShare = true;
                burnedByPenalties += penalty - bounty - compensation;
                ISequencerRegistry.Fault fault = ISequencerRegistry.Fault(uint256(logs[k].topics[2]));
                if (fault == ISequencerRegistry.Fault.ReceiptUnkept) {
                    // Only a leader that could post throughout the slot answers for not posting in it.
                    ++charges;
                    if (_wasSuspended(uint8(uint256(logs[k].topics[1])), slot)) chargedWhileSuspended = true;
                } else if (fault == ISequencerRegistry.Fault.ReceiptContradicted) {
                    // Only an operator whose own batch is recorded in the slot answers for contradicting it.
                    ++charges;
                    (bool posted,) = _firstBatchOf(registry.operator(uint8(uint256(logs[k].topics[1]))).signer, slot);
                    if (!posted) chargedWhileSuspended = true;
                } else if (fault == ISequencerRegistry.Fault.Censorship) {
                    ++charges;
                    if (_wasSuspendedLeaderCharged(uint8(uint256(logs[k].topics[1])), slot)) {
                        chargedWhileSuspended = true;
                    }
                }
            }
        }
    }

    /// @dev A censorship charge for `slot` may land on a suspended operator only if it posted in the slot itself
    ///      (then it could act: it did post, and left the entry out).
    function _wasSuspendedLeaderCharged(uint8 id, uint64 slot) internal view returns (bool) {
        if (!_wasSuspended(id, slot)) return false;
        address signer = registry.operator(id).signer;
        for (uint256 k; k < headers.length; ++k) {
            if (headers[k].slot == slot && headers[k].sequencer == signer) return false;
        }
        return true;
    }

    function _recordPosted(BatchHeader memory h, address poster) internal {
        // The entry the batch stops at must not have been overdue when the batch landed.
        uint64 length = inbox.queueLength();
        if (h.queuePosition < length) {
            (uint64 deadline,) = inbox.entry(h.queuePosition);
            if (block.number > deadline) overdueEntrySkipped = true;
        }
        headers.push(h);
        ++batchesPosted;
        if (!feeEarner[poster]) {
            feeEarner[poster] = true;
            feeEarners.push(poster);
        }
    }

    function _next(address sequencer, uint256 include) internal view returns (BatchHeader memory h) {
        uint64 count = inbox.batchCount();
        uint64 head = inbox.queueHead();
        uint64 length = inbox.queueLength();
        h = BatchHeader({
            l2ChainId: p.l2ChainId,
            batchNumber: count,
            slot: registry.currentSlot(),
            parentHash: count == 0 ? bytes32(0) : inbox.batchHeaderHash(count - 1),
            dataCommitment: keccak256(""),
            txRoot: bytes32(0),
            queuePosition: head + uint64(length == head ? 0 : include % (length - head + 1)),
            sequencer: sequencer
        });
    }

    function _sign(uint256 key, BatchHeader memory h) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, inbox.headerDigest(h));
        return abi.encodePacked(r, s, v);
    }

    function _owner(uint256 i) internal pure returns (address) {
        return address(uint160(0xB0B000 + i));
    }

    function _signer(uint256 i) internal pure returns (address) {
        return vm.addr(KEY_BASE + i);
    }

    function _isBonded(uint256 i) internal view returns (bool) {
        try registry.operatorIdOf(_signer(i)) returns (uint8) {
            return true;
        } catch {
            return false;
        }
    }

    function _id(uint256 i) internal view returns (uint8) {
        return registry.operatorIdOf(_signer(i));
    }

    function _notePayee(address who) internal {
        if (!payee[who]) {
            payee[who] = true;
            payees.push(who);
        }
    }
}

contract BatonInvariantTest is BatonFixture {
    BatonHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BatonHandler(registry, p);
        // The campaign starts from a live set: three operators bonded and active (two epochs on), so that its short
        // call sequences reach posts, receipts, slashes and escrows instead of spending their depth on activation.
        for (uint256 i; i < 3; ++i) {
            handler.register(i);
        }
        for (uint256 r; r < 4; ++r) {
            handler.roll(12);
        }
        targetContract(address(handler));
    }

    /// @notice Registry ETH is exactly bonds + escrowed payouts + owed payouts + burned penalties.
    function invariant_registryEthIsAccountedFor() public view {
        assertEq(
            address(registry).balance,
            registry.totalBonded() + registry.totalEscrowed() + registry.totalPayouts() + registry.totalBurned()
        );
        assertEq(registry.totalBonded(), handler.totalOperatorBonds(), "bonds");
        assertEq(registry.totalPayouts(), handler.totalPayoutsOwed(), "payouts");
        assertEq(registry.totalBurned(), handler.burnedByPenalties(), "burned");
    }

    /// @notice Inbox ETH is exactly deposits + fees of queued entries + fees owed to includers.
    function invariant_inboxEthIsAccountedFor() public view {
        uint256 queuedFees = uint256(inbox.queueLength() - inbox.queueHead()) * p.forcedInclusionFee;
        assertEq(address(inbox).balance, handler.totalDeposited() + queuedFees + handler.totalFeesOwed());
    }

    /// @notice The recorded chain is exactly the headers that were posted, each linked to its parent.
    function invariant_headerChainNeverForks() public view {
        uint256 n = handler.headerCount();
        assertEq(inbox.batchCount(), n);
        bytes32 parent;
        uint64 position;
        for (uint256 k; k < n; ++k) {
            BatchHeader memory h = handler.header(k);
            assertEq(h.batchNumber, k);
            assertEq(h.parentHash, parent, "parent link");
            assertEq(inbox.batchHeaderHash(uint64(k)), BatchHeaderLib.hash(h), "recorded hash");
            assertGe(h.queuePosition, position, "queue position never moves back");
            parent = BatchHeaderLib.hash(h);
            position = h.queuePosition;
        }
        assertEq(inbox.queueHead(), position);
    }

    function invariant_noOverdueEntryIsSkipped() public view {
        assertFalse(handler.overdueEntrySkipped());
    }

    /// @notice Strikes and censorship charges land only on an operator that could post in the slot.
    function invariant_noChargeForASlotTheOperatorWasSuspendedIn() public view {
        assertFalse(handler.chargedWhileSuspended());
    }

    /// @notice Whoever reports, and whoever the compensated user is, a slash pays out at most bountyBps of its
    ///         penalty: self-reports always lose at least (1 - bountyBps) of what they cost.
    function invariant_noSlashPaysMoreThanTheBountyShare() public view {
        assertFalse(handler.payoutAboveBountyShare());
    }

    /// @notice Escrowed payouts go only where their slash sent them: a release with any other record reverts.
    function invariant_onlyTheEscrowedRecordReleases() public view {
        assertFalse(handler.forgedReleaseAccepted());
    }

    /// @notice Anti-shielding: a payout escrowed against a signer whose operator is ejected afterwards (within the
    ///         escrow's delay) is forfeited with the bond, so a self-report from an address the operator controls
    ///         never pays it back.
    function invariant_anEjectedSignersEscrowNeverReleases() public view {
        assertFalse(handler.releasedAfterEjection());
    }

    function invariant_noFaultIsSlashedTwice() public view {
        assertFalse(handler.faultSlashedTwice());
    }

    function invariant_suspendedOrExitedOperatorsNeverPost() public view {
        assertFalse(handler.suspendedOrAbsentOperatorPosted());
    }

    /// @notice Guards the campaign itself: the handler's actions really land batches, entries and slashes, so the
    ///         invariants above are checked against a moving system rather than an idle one.
    function test_handlerLandsBatchesEntriesAndSlashes() public {
        // setUp left three operators active.
        handler.enqueue(0);
        for (uint256 i; i < 3; ++i) {
            handler.post(i, 1);
        }
        assertEq(handler.batchesPosted(), 1, "exactly the eligible leader posts");
        assertEq(inbox.queueHead(), 1);
        handler.roll(12);
        handler.reportMissedSlot(0);
        assertGe(handler.charges(), 1, "the attribution invariant sees real strikes");
        handler.equivocate(1);
        assertGe(handler.slashes(), 2);
        assertFalse(handler.faultSlashedTwice());
        handler.equivocate(1);
        assertFalse(handler.faultSlashedTwice());
        // A slot led by a bonded operator (1 was ejected): its leader promises, posts, and breaks the promise.
        while (registry.leaderOf(registry.currentSlot()) == 1) {
            handler.roll(p.slotLength);
        }
        uint8 leader = registry.leaderOf(registry.currentSlot());
        uint256 before = handler.slashes();
        handler.signReceipt(leader, 0, 0);
        handler.post(leader, 0);
        handler.breakPromise(0);
        handler.breakPromise(0);
        assertEq(handler.slashes(), before + 1, "a broken receipt is proven, once");
        assertTrue(handler.escrowCount() > 0, "the receipt's payout is escrowed");
        // Past the release block, so that only the record's hash can refuse a forged one...
        vm.roll(block.number + p.faultWindow + 100);
        for (uint256 seed; seed < 5; ++seed) {
            handler.releaseForged(seed << 128, address(0xBAD));
        }
        assertEq(handler.forgedReleasesTried(), 5, "every forged field was tried");
        assertFalse(handler.forgedReleaseAccepted());
        // ...while the true record releases.
        uint256 escrowedBefore = registry.totalEscrowed();
        handler.releasePayout(0);
        assertLt(registry.totalEscrowed(), escrowedBefore, "the genuine record releases");
    }

    /// @notice Guards `invariant_anEjectedSignersEscrowNeverReleases` against vacuity: the handler's own actions
    ///         reach a payout escrowed against an operator that is ejected before its release, and the release is
    ///         refused as forfeited.
    function test_handlerReachesTheEscrowOfAnOperatorEjectedAfterItsFault() public {
        // setUp left three operators active.
        uint8 leader = registry.leaderOf(registry.currentSlot());
        handler.signReceipt(leader, 0, 0);
        handler.post(leader, 0);
        handler.breakPromise(0);
        assertEq(handler.escrowCount(), 1, "the broken receipt's payout is escrowed against the leader");
        uint256 slashesBefore = handler.slashes();
        handler.equivocateWithEscrow(0);
        assertEq(handler.slashes(), slashesBefore + 1, "the offender equivocates and is ejected");
        vm.roll(block.number + p.faultWindow + 100);
        handler.releasePayout(0);
        assertEq(handler.forfeitedReleasesRefused(), 1, "the release is refused as forfeited");
        assertFalse(handler.releasedAfterEjection());
    }

    /// @notice The handler's proofs alternate the receipt's two signature forms: a receipt proven in its group form
    ///         is not proven again in the single form (the campaign's `invariant_noFaultIsSlashedTwice` then covers
    ///         both forms of one receipt).
    function test_handlerProvesAGroupSignedReceiptOnceWhicheverFormIsShownAgain() public {
        uint8 leader = registry.leaderOf(registry.currentSlot());
        handler.signReceipt(leader, 0, 0);
        handler.post(leader, 0);
        handler.breakPromise(0);
        assertEq(handler.breakAttempts(), 1, "the first attempt shows the group form");
        assertEq(handler.slashes(), 1, "and proves the receipt");
        handler.breakPromise(0);
        assertEq(handler.breakAttempts(), 2, "the second shows the single form");
        assertEq(handler.slashes(), 1, "which is the same evidence");
        assertFalse(handler.faultSlashedTwice());
    }
}

