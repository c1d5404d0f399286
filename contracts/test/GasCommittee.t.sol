// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../src/BatchInbox.sol";
import {CommitteeCertificates} from "../src/CommitteeCertificates.sol";
import {ICommitteeCertificates} from "../src/interfaces/ICommitteeCertificates.sol";
import {BatchHeader} from "../src/libraries/BatchHeaderLib.sol";
import {CommitteeFixture} from "./utils/CommitteeFixture.sol";
import {TransactionBill} from "./utils/TransactionBill.sol";

/// @notice Gas of committee certificates at a committee of 31, measured as `Gas.t.sol` measures everything (execution
///         of the call alone, every account and slot it touches cold: arguments are built in `setUp` and the measured
///         call is the test's first touch of the contracts). The deployment has 32 operators with keys, one of them
///         ejected by an earlier equivocation (so the payout and burn counters are non-zero), leaving 31 members,
///         and the ring of roster checkpoints has wrapped.
abstract contract GasCommitteeBase is CommitteeFixture {
    uint256 internal constant OPERATORS = 32;
    address internal constant KEEPER = address(0x4EE9E4);
    bytes32 internal constant PARENT = keccak256("parent");

    ICommitteeCertificates.Committee internal sealedCommittee;
    uint32 internal epoch;
    uint64 internal slot;
    bytes32[] internal hashes;

    function setUp() public virtual override {
        vm.roll(100);
        p = defaultParams();
        p.maxSequencers = uint8(OPERATORS);
        registry = deployBaton(p);
        inbox = BatchInbox(registry.inbox());
        committee = CommitteeCertificates(registry.committee());
        // One roster change per epoch, more than the ring of roster checkpoints holds (steady state: an ejection
        // rewrites a used checkpoint slot, as in Gas.t.sol).
        for (uint256 i; i < OPERATORS; ++i) {
            bond(i);
            registerBlsKey(i);
            rollToEpoch(registry.epochOf(registry.currentSlot()) + 1);
        }
        assertGt(OPERATORS, registry.checkpointRingSize());
        rollToEpoch(registry.epochOf(registry.currentSlot()) + 2);
        (BatchHeader memory a, bytes memory sigA, BatchHeader memory b, bytes memory sigB) =
            conflictingPair(OPERATORS - 1);
        vm.prank(KEEPER);
        registry.slashEquivocation(a, sigA, b, sigB);
        keyedIds &= ~(uint256(1) << (OPERATORS - 1));
        rollToEpoch(registry.epochOf(registry.currentSlot()) + 2);
        epoch = registry.epochOf(registry.currentSlot());
        slot = registry.currentSlot();
        assertEq(registry.membersAt(epoch), ids(0, 31), "a committee of 31");
    }

    function cool() internal {
        vm.cool(address(registry));
        vm.cool(address(committee));
    }
}

/// @dev The 31st operator of a roster at the cap registers its key (one proof of possession).
contract GasCommitteeKeyTest is CommitteeFixture {
    bytes internal key;
    bytes internal pop;
    address internal signer;

    function setUp() public override {
        vm.roll(100);
        p = defaultParams();
        p.maxSequencers = 31;
        registry = deployBaton(p);
        inbox = BatchInbox(registry.inbox());
        committee = CommitteeCertificates(registry.committee());
        for (uint256 i; i < 31; ++i) {
            bond(i);
            if (i < 30) registerBlsKey(i);
        }
        signer = signerOf(30);
        key = publicKeyOf(30);
        pop = proofOfPossession(30, signer, key);
    }

    function test_gas_registerKey() public {
        bytes memory k = key;
        bytes memory proof = pop;
        vm.cool(address(registry));
        vm.cool(address(committee));
        vm.prank(signer);
        committee.registerKey(k, proof);
        vm.snapshotGasLastCall("baton", "registerKey (proof of possession)");
    }
}

contract GasCommitteeSealTest is GasCommitteeBase {
    bytes[] internal keys;

    function setUp() public override {
        super.setUp();
        bytes[] memory k = sealingKeys(epoch + 1);
        for (uint256 i; i < k.length; ++i) {
            keys.push(k[i]);
        }
    }

    function test_gas_sealCommittee_31() public {
        bytes[] memory k = keys;
        cool();
        committee.sealCommittee(epoch + 1, k);
        vm.snapshotGasLastCall("baton", "sealCommittee (31 members)");
    }
}

contract GasCertificateTest is GasCommitteeBase {
    ICommitteeCertificates.Attestation internal att;
    ICommitteeCertificates.Certificate internal all;
    ICommitteeCertificates.Certificate internal quorum;
    bytes[] internal absent;

    function setUp() public override {
        super.setUp();
        sealedCommittee = seal(epoch);
        bytes32[] memory h = keyHashes(epoch);
        for (uint256 i; i < h.length; ++i) {
            hashes.push(h[i]);
        }
        att = attestation(7, slot, PARENT, keccak256("header"));
        all = certify(att, ids(0, 31));
        quorum = certify(att, ids(0, 21));
        bytes[] memory keysOut = absentKeys(sealedCommittee, ids(0, 21));
        for (uint256 i; i < keysOut.length; ++i) {
            absent.push(keysOut[i]);
        }
    }

    function test_gas_verifyCertificate_all31() public {
        ICommitteeCertificates.Attestation memory a = att;
        ICommitteeCertificates.Committee memory c = sealedCommittee;
        ICommitteeCertificates.Certificate memory cert = all;
        cool();
        committee.verifyCertificate(a, c, cert, new bytes32[](0), new bytes[](0));
        vm.snapshotGasLastCall("baton", "verifyCertificate (31 of 31 signed)");
    }

    function test_gas_verifyCertificate_quorum21of31() public {
        ICommitteeCertificates.Attestation memory a = att;
        ICommitteeCertificates.Committee memory c = sealedCommittee;
        ICommitteeCertificates.Certificate memory cert = quorum;
        bytes32[] memory h = hashes;
        bytes[] memory k = absent;
        cool();
        committee.verifyCertificate(a, c, cert, h, k);
        vm.snapshotGasLastCall("baton", "verifyCertificate (21 of 31 signed: 10 keys taken out)");
    }
}

/// @dev The accountable-safety proof of the issue's attack: two certificates of 21 signers each that share the
///      minimum of 11 (a third of the committee signed both).
contract GasConflictTest is GasCommitteeBase {
    ICommitteeCertificates.Certified internal first;
    ICommitteeCertificates.Certified internal second;

    function setUp() public override {
        super.setUp();
        sealedCommittee = seal(epoch);
        bytes32[] memory h = keyHashes(epoch);
        for (uint256 i; i < h.length; ++i) {
            hashes.push(h[i]);
        }
        _store(first, certified(sealedCommittee, attestation(7, slot, PARENT, keccak256("header A")), ids(0, 21)));
        _store(second, certified(sealedCommittee, attestation(7, slot, PARENT, keccak256("header B")), ids(10, 31)));
    }

    function _store(ICommitteeCertificates.Certified storage to, ICommitteeCertificates.Certified memory from)
        internal
    {
        to.attestation = from.attestation;
        to.certificate = from.certificate;
        for (uint256 i; i < from.absentKeys.length; ++i) {
            to.absentKeys.push(from.absentKeys[i]);
        }
    }

    function test_gas_slashConflictingCertificates_11of31() public {
        ICommitteeCertificates.Certified memory a = first;
        ICommitteeCertificates.Certified memory b = second;
        ICommitteeCertificates.Committee memory c = sealedCommittee;
        bytes32[] memory h = hashes;
        cool();
        vm.prank(KEEPER);
        committee.slashConflictingCertificates(a, b, c, h);
        vm.snapshotGasLastCall("baton", "slashConflictingCertificates (21 + 21 of 31 signers, 11 in both)");
        assertEq(uint256(registry.operator(10).bond), 0);
        assertEq(uint256(registry.operator(20).bond), 0);
        assertEq(uint256(registry.operator(21).bond), p.minBond);
    }
}

/// @dev A data-availability batch: the slot's leader posts only the commitment and the certificate (sender
///      authentication, as the node posts). Whole-transaction bill as in Gas.t.sol (EIP-7623).
contract GasCertifiedBatchTest is GasCommitteeBase {
    bytes internal all;
    bytes internal quorum;
    address internal leader;

    function setUp() public override {
        super.setUp();
        sealedCommittee = seal(epoch);
        // Steady state, as in Gas.t.sol: every slot of the ring of header hashes holds an older batch's hash.
        uint64 size = inbox.headerRingSize();
        for (uint256 i; i < size; ++i) {
            postAs(leaderIndex(), "");
            rollBlocks(1);
        }
        // The committee of the epoch the measurement runs in.
        epoch = registry.epochOf(registry.currentSlot());
        if (committee.committeeHash(epoch) == 0) sealedCommittee = seal(epoch);
        else sealedCommittee = committeeOf(epoch);
        leader = signerOf(leaderIndex());
        BatchHeader memory h = nextHeader(leader, randomPayload());
        all = certifiedCalldata(h, sealedCommittee, ids(0, 31));
        quorum = certifiedCalldata(h, sealedCommittee, ids(0, 21));
    }

    function randomPayload() internal pure returns (bytes memory) {
        return abi.encode(keccak256("100 KB of L2 transactions the committee holds"));
    }

    function measure(bytes memory data, string memory name, string memory billName) internal {
        cool();
        vm.cool(address(inbox));
        vm.prank(leader);
        (bool ok,) = address(inbox).call(data);
        assertTrue(ok);
        uint256 execution = vm.snapshotGasLastCall("baton", name);
        vm.snapshotValue("baton", billName, TransactionBill.compute(data, execution));
    }

    function test_gas_appendCertifiedBatch_all31() public {
        measure(all, "appendCertifiedBatch (31 of 31 signed)", "bill: committee (DA) batch, 31 of 31 signed");
    }

    function test_gas_appendCertifiedBatch_quorum21of31() public {
        measure(
            quorum,
            "appendCertifiedBatch (21 of 31 signed)",
            "bill: committee (DA) batch, 21 of 31 signed (10 keys in calldata)"
        );
    }
}
