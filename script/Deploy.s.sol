// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchInbox} from "../contracts/src/BatchInbox.sol";
import {CommitteeCertificates} from "../contracts/src/CommitteeCertificates.sol";
import {InclusionReceipts} from "../contracts/src/InclusionReceipts.sol";
import {SequencerRegistry} from "../contracts/src/SequencerRegistry.sol";
import {ISequencerRegistry} from "../contracts/src/interfaces/ISequencerRegistry.sol";
import {Vm} from "../contracts/test/base/Vm.sol";
import {BatonDeployment} from "../contracts/test/utils/BatonDeployment.sol";

/// @notice Deploys Baton (the registry, which deploys its inbox) with parameters from the environment, then, as a
///         second step against the chain, checks what was deployed and writes the addresses to
///         `deployments/<chainid>.json` (or `$BATON_DEPLOYMENT_FILE`) for the Rust side.
///         Two steps because forge runs a script before it broadcasts: a file written by `run` would exist even
///         when the broadcast failed (a mistyped key, no funds) and point at addresses without code. `record`
///         writes only after checking, on the chain, that the four contracts have code, that they are linked to each
///         other and that `params()` are the ones asked for, so a failed deployment leaves no file behind. The
///         file holds nothing that depends on the inclusion block: read `genesisBlock()` from the registry. Wei
///         amounts are decimal strings, because JSON readers lose integers above 2^53 or 2^64.
/// @dev Every parameter is a `BATON_*` variable named after its field in SCREAMING_SNAKE_CASE; unset ones take the
///      defaults in docs/PROTOCOL.md §Parameters. Example:
///      forge script script/Deploy.s.sol --rpc-url $RPC --broadcast --slow --private-key $KEY (`--slow`: the three
///      transactions depend on each other, one at a time)
///      forge script script/Deploy.s.sol --rpc-url $RPC --sig 'record(address)' <registry printed by the first>
contract Deploy {
    error NoCode(address account);
    error NotLinked(address registry, address inbox);
    error ParamsDiffer(string field);

    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function params() public view returns (ISequencerRegistry.Params memory p) {
        p.l2ChainId = uint64(vm.envOr("BATON_L2_CHAIN_ID", uint256(901)));
        p.minBond = uint96(vm.envOr("BATON_MIN_BOND", uint256(10 ether)));
        p.maxSequencers = uint8(vm.envOr("BATON_MAX_SEQUENCERS", uint256(16)));
        p.slotLength = uint32(vm.envOr("BATON_SLOT_LENGTH", uint256(5)));
        p.slotsPerEpoch = uint32(vm.envOr("BATON_SLOTS_PER_EPOCH", uint256(32)));
        p.graceBlocks = uint32(vm.envOr("BATON_GRACE_BLOCKS", uint256(2)));
        p.inclusionWindow = uint32(vm.envOr("BATON_INCLUSION_WINDOW", uint256(25)));
        p.escapeDelay = uint32(vm.envOr("BATON_ESCAPE_DELAY", uint256(300)));
        p.faultWindow = uint32(vm.envOr("BATON_FAULT_WINDOW", uint256(7200)));
        p.exitDelay = uint32(vm.envOr("BATON_EXIT_DELAY", uint256(14_400)));
        p.strikesToJail = uint16(vm.envOr("BATON_STRIKES_TO_JAIL", uint256(3)));
        p.jailCooldown = uint32(vm.envOr("BATON_JAIL_COOLDOWN", uint256(7200)));
        p.jailPenalty = uint96(vm.envOr("BATON_JAIL_PENALTY", uint256(0.1 ether)));
        p.censorshipPenalty = uint96(vm.envOr("BATON_CENSORSHIP_PENALTY", uint256(1 ether)));
        p.censorshipCompensation = uint96(vm.envOr("BATON_CENSORSHIP_COMPENSATION", uint256(0.05 ether)));
        p.receiptSafetyPenalty = uint96(vm.envOr("BATON_RECEIPT_SAFETY_PENALTY", uint256(1 ether)));
        p.receiptLivenessPenalty = uint96(vm.envOr("BATON_RECEIPT_LIVENESS_PENALTY", uint256(0.01 ether)));
        p.receiptCompensation = uint96(vm.envOr("BATON_RECEIPT_COMPENSATION", uint256(0.0005 ether)));
        p.bountyBps = uint16(vm.envOr("BATON_BOUNTY_BPS", uint256(1000)));
        p.forcedInclusionFee = uint96(vm.envOr("BATON_FORCED_INCLUSION_FEE", uint256(0.001 ether)));
        p.maxForcedTxSize = uint32(vm.envOr("BATON_MAX_FORCED_TX_SIZE", uint256(32_768)));
    }

    /// @notice Step 1: deploys; writes nothing (see the contract's notice). Returns the registry to `record`.
    function run() external returns (SequencerRegistry registry) {
        ISequencerRegistry.Params memory p = params();
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        registry = BatonDeployment.deploy(deployer, p);
        vm.stopBroadcast();
    }

    /// @notice Step 2: checks the deployment at `registry` on the chain against the environment's parameters and
    ///         writes the deployment file. Reverts, writing nothing, on any mismatch.
    function record(SequencerRegistry registry) external {
        ISequencerRegistry.Params memory p = params();
        if (address(registry).code.length == 0) revert NoCode(address(registry));
        address inbox = registry.inbox();
        if (inbox.code.length == 0) revert NoCode(inbox);
        if (address(BatchInbox(inbox).registry()) != address(registry)) revert NotLinked(address(registry), inbox);
        address receipts = registry.receipts();
        if (receipts.code.length == 0) revert NoCode(receipts);
        if (InclusionReceipts(receipts).registry() != address(registry)) revert NotLinked(address(registry), receipts);
        address committee = registry.committee();
        if (committee.code.length == 0) revert NoCode(committee);
        if (CommitteeCertificates(committee).registry() != address(registry)) {
            revert NotLinked(address(registry), committee);
        }
        _requireParams(registry.params(), p);
        _write(registry, p);
    }

    function _requireParams(ISequencerRegistry.Params memory a, ISequencerRegistry.Params memory b) internal pure {
        if (keccak256(abi.encode(a)) == keccak256(abi.encode(b))) return;
        if (a.minBond != b.minBond) revert ParamsDiffer("minBond");
        if (a.slotLength != b.slotLength) revert ParamsDiffer("slotLength");
        revert ParamsDiffer("params");
    }

    function _write(SequencerRegistry registry, ISequencerRegistry.Params memory p) internal {
        string memory o = "deployment";
        vm.serializeUint(o, "chainId", block.chainid);
        vm.serializeAddress(o, "inbox", registry.inbox());
        vm.serializeAddress(o, "receipts", registry.receipts());
        vm.serializeAddress(o, "committee", registry.committee());
        vm.serializeString(o, "params", _params(p));
        string memory json = vm.serializeAddress(o, "registry", address(registry));
        string memory path =
            vm.envOr("BATON_DEPLOYMENT_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json"));
        vm.writeJson(json, path);
    }

    function _params(ISequencerRegistry.Params memory p) internal returns (string memory) {
        string memory o = "params";
        vm.serializeUint(o, "l2ChainId", p.l2ChainId);
        vm.serializeString(o, "minBond", vm.toString(uint256(p.minBond)));
        vm.serializeUint(o, "maxSequencers", p.maxSequencers);
        vm.serializeUint(o, "slotLength", p.slotLength);
        vm.serializeUint(o, "slotsPerEpoch", p.slotsPerEpoch);
        vm.serializeUint(o, "graceBlocks", p.graceBlocks);
        vm.serializeUint(o, "inclusionWindow", p.inclusionWindow);
        vm.serializeUint(o, "escapeDelay", p.escapeDelay);
        vm.serializeUint(o, "faultWindow", p.faultWindow);
        vm.serializeUint(o, "exitDelay", p.exitDelay);
        vm.serializeUint(o, "strikesToJail", p.strikesToJail);
        vm.serializeUint(o, "jailCooldown", p.jailCooldown);
        vm.serializeString(o, "jailPenalty", vm.toString(uint256(p.jailPenalty)));
        vm.serializeString(o, "censorshipPenalty", vm.toString(uint256(p.censorshipPenalty)));
        vm.serializeString(o, "censorshipCompensation", vm.toString(uint256(p.censorshipCompensation)));
        vm.serializeString(o, "receiptSafetyPenalty", vm.toString(uint256(p.receiptSafetyPenalty)));
        vm.serializeString(o, "receiptLivenessPenalty", vm.toString(uint256(p.receiptLivenessPenalty)));
        vm.serializeString(o, "receiptCompensation", vm.toString(uint256(p.receiptCompensation)));
        vm.serializeUint(o, "bountyBps", p.bountyBps);
        vm.serializeString(o, "forcedInclusionFee", vm.toString(uint256(p.forcedInclusionFee)));
        return vm.serializeUint(o, "maxForcedTxSize", p.maxForcedTxSize);
    }
}
