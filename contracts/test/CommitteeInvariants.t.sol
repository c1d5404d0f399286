// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {CommitteeCertificates} from "../src/CommitteeCertificates.sol";
import {SequencerRegistry} from "../src/SequencerRegistry.sol";
import {ICommitteeCertificates} from "../src/interfaces/ICommitteeCertificates.sol";
import {ISequencerRegistry} from "../src/interfaces/ISequencerRegistry.sol";
import {ScheduleLib} from "../src/libraries/ScheduleLib.sol";
import {CommitteeFixture} from "./utils/CommitteeFixture.sol";

/// @notice Drives committee certificates with random attestations by a committee of seven whose members 4, 5 and 6
///         are byzantine (they sign anything) while 0 to 3 follow the honest rule (one header per position), random
///         conflict proofs between any two certificates it collected, and time. Ghosts record who really signed two
///         headers for one position.
contract CommitteeHandler is CommitteeFixture {
    uint256 internal constant MEMBERS = 7;
    uint256 internal constant BYZANTINE = 0x70; // ids 4, 5, 6
    bytes32 internal constant PARENT = keccak256("parent");

    struct Stored {
        ICommitteeCertificates.Attestation attestation;
        ICommitteeCertificates.Certificate certificate;
    }

    Stored[] internal certificates;
    /// @dev The header each member attested at a position (batch number, slot), zero if none.
    mapping(bytes32 position => mapping(uint256 id => bytes32 headerHash)) internal attested;
    /// Ghost: members that signed two different headers for one position.
    uint256 public doubleSigners;
    /// A conflict proof charged a member that never signed two headers for one position.
    bool public innocentCharged;
    uint256 public conflictsProven;
    uint256 public certificatesMade;

    constructor(SequencerRegistry registry_, ISequencerRegistry.Params memory params) {
        registry = registry_;
        committee = CommitteeCertificates(registry_.committee());
        p = params;
        keyedIds = (uint256(1) << MEMBERS) - 1;
    }

    /// @dev The handler reuses the fixture's helpers on the test's deployment (set in the constructor); it deploys
    ///      nothing of its own.
    function setUp() public pure override {}

    /// @dev Members in `subset` attest header `variant` at batch `batch` of the current slot; honest ones refuse a
    ///      second header for a position. Keeps the certificate when the signers reach the quorum.
    function attest(uint8 batch, uint8 variant, uint8 subset) external {
        uint64 slot = registry.currentSlot();
        uint32 epoch = registry.epochOf(slot);
        if (committee.committeeHash(epoch) == 0) {
            if (registry.membersAt(epoch) == 0) return;
            committee.sealCommittee(epoch, sealingKeys(epoch));
        }
        ICommitteeCertificates.Attestation memory a =
            attestation(batch % 3, slot, PARENT, keccak256(abi.encode("header", variant % 3)));
        bytes32 position = keccak256(abi.encode(a.batchNumber, a.slot));
        uint256 members = registry.membersAt(epoch);
        uint256 signers;
        for (uint256 id; id < MEMBERS; ++id) {
            if ((uint256(subset) >> id) & 1 == 0 || (members >> id) & 1 == 0) continue;
            bytes32 before = attested[position][id];
            bool byzantine = (BYZANTINE >> id) & 1 == 1;
            if (before != 0 && before != a.headerHash) {
                if (!byzantine) continue;
                doubleSigners |= uint256(1) << id;
            }
            if (before == 0) attested[position][id] = a.headerHash;
            signers |= uint256(1) << id;
        }
        if (ScheduleLib.popCount(signers) < committee.quorum(ScheduleLib.popCount(members))) return;
        certificates.push(Stored(a, certify(a, signers)));
        ++certificatesMade;
    }

    /// @dev Anyone proves any two collected certificates conflicting; records who it charged.
    function proveConflict(uint256 i, uint256 j) external {
        if (certificates.length < 2) return;
        Stored memory first = certificates[i % certificates.length];
        Stored memory second = certificates[j % certificates.length];
        uint32 epoch = registry.epochOf(first.attestation.slot);
        ICommitteeCertificates.Committee memory c = committeeOf(epoch);
        uint256[] memory bonds = new uint256[](MEMBERS);
        for (uint256 id; id < MEMBERS; ++id) {
            // forge-lint: disable-next-line(unsafe-typecast)
            bonds[id] = registry.operator(uint8(id)).bond;
        }
        try committee.slashConflictingCertificates(
            ICommitteeCertificates.Certified(
                first.attestation, first.certificate, absentKeys(c, first.certificate.signers)
            ),
            ICommitteeCertificates.Certified(
                second.attestation, second.certificate, absentKeys(c, second.certificate.signers)
            ),
            c,
            keyHashes(epoch)
        ) {
            ++conflictsProven;
            for (uint256 id; id < MEMBERS; ++id) {
                // forge-lint: disable-next-line(unsafe-typecast)
                bool charged = registry.operator(uint8(id)).bond < bonds[id];
                if (charged && (doubleSigners >> id) & 1 == 0) innocentCharged = true;
            }
        } catch {}
    }

    function roll(uint8 blocks) external {
        vm.roll(block.number + blocks % (2 * p.slotLength));
    }
}

contract CommitteeInvariantTest is CommitteeFixture {
    CommitteeHandler internal handler;

    function setUp() public override {
        super.setUp();
        setUpCommittee(7, ids(0, 7));
        handler = new CommitteeHandler(registry, p);
        targetContract(address(handler));
    }

    /// @notice Only a member that signed two headers for one position is ever charged for a conflict.
    /// forge-config: default.invariant.runs = 48
    function invariant_onlyDoubleSignersAreCharged() public view {
        assertFalse(handler.innocentCharged());
        for (uint8 id; id < 4; ++id) {
            assertEq(uint256(registry.operator(id).bond), p.minBond, "an honest member keeps its bond");
        }
    }

    /// @notice The registry's ETH stays accounted for through conflict slashes.
    /// forge-config: default.invariant.runs = 48
    function invariant_registryEthIsAccountedFor() public view {
        assertEq(
            address(registry).balance,
            registry.totalBonded() + registry.totalEscrowed() + registry.totalPayouts() + registry.totalBurned()
        );
    }

    /// @notice Guards the campaign: the handler's actions really produce certificates and conflicts, and the
    ///         honest rule keeps any conflict down to the byzantine members.
    function test_handlerLandsCertificatesAndConflicts() public {
        handler.attest(0, 0, 0x73); // 0, 1, 4, 5, 6 on header 0: a quorum
        handler.attest(0, 1, 0x7f); // header 1: 0 and 1 refuse; 2, 3 and the double-signing 4, 5, 6 reach it
        handler.attest(0, 2, 0x7f); // header 2: every honest member refuses; 4, 5, 6 alone do not
        assertEq(handler.certificatesMade(), 2);
        assertEq(handler.doubleSigners(), 0x70);
        handler.proveConflict(0, 1);
        assertEq(handler.conflictsProven(), 1);
        for (uint8 id; id < 7; ++id) {
            assertTrue((registry.operator(id).bond == 0) == (id >= 4), "exactly the double signers lost their bonds");
        }
        handler.proveConflict(1, 0);
        assertEq(handler.conflictsProven(), 1, "once");
        assertFalse(handler.innocentCharged());
    }
}
