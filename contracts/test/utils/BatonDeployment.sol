// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {CommitteeCertificates} from "../../src/CommitteeCertificates.sol";
import {InclusionReceipts} from "../../src/InclusionReceipts.sol";
import {SequencerRegistry} from "../../src/SequencerRegistry.sol";
import {ISequencerRegistry} from "../../src/interfaces/ISequencerRegistry.sol";
import {Vm} from "../base/Vm.sol";

/// @notice Deploys a Baton deployment as docs/PROTOCOL.md §Deployment describes: the receipts and committee contracts
///         naming the registry's future address (the deployer's third CREATE from now), then the registry, which
///         deploys its inbox and checks that both name it back with the same parameters.
library BatonDeployment {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @param deployer The account whose CREATEs these are (the test contract, or the script's broadcaster).
    function deploy(address deployer, ISequencerRegistry.Params memory p) internal returns (SequencerRegistry) {
        address registry = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + 2);
        InclusionReceipts receipts = new InclusionReceipts(registry, p);
        CommitteeCertificates committee = new CommitteeCertificates(registry, p);
        return new SequencerRegistry(p, address(receipts), address(committee));
    }
}
