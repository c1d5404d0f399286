//! Deploys the contracts on a real anvil through the generated bindings, calls them and decodes events.

use alloy::{primitives::U256, providers::Provider, sol_types::SolEvent};
use baton_bindings::{batch_inbox::BatchInbox, sequencer_registry::SequencerRegistry};
use baton_e2e::{test_params, Chain, L2_CHAIN_ID, RECEIPT_TIMEOUT};

#[tokio::test]
async fn registry_deploys_its_inbox_and_registers_an_operator() -> eyre::Result<()> {
    let chain = Chain::deploy().await?;
    let params = chain.registry.params().call().await?;
    assert_eq!(params, test_params());

    let inbox = BatchInbox::new(chain.inbox, chain.provider.clone());
    assert_eq!(inbox.l2ChainId().call().await?, L2_CHAIN_ID);
    assert_eq!(inbox.registry().call().await?, *chain.registry.address());
    assert_eq!(inbox.batchCount().call().await?, 0);

    let signer = chain.anvil.addresses()[1];
    let bond = U256::from(params.minBond);
    let receipt = chain
        .registry
        .register(signer)
        .value(bond)
        .send()
        .await?
        .with_timeout(RECEIPT_TIMEOUT)
        .get_receipt()
        .await?;
    assert!(receipt.status());

    let registered = receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| SequencerRegistry::Registered::decode_log_data(log.data()).ok())
        .expect("Registered event");
    assert_eq!(registered.id, 0);
    assert_eq!(registered.signer, signer);
    assert_eq!(registered.owner, chain.anvil.addresses()[0]);
    assert_eq!(registered.bond, bond);
    // Roster changes take effect two epochs after the one they are made in.
    let slot = chain.registry.slotAt(U256::from(receipt.block_number.expect("mined"))).call().await?;
    let epoch = chain.registry.epochOf(slot).call().await?;
    assert_eq!(registered.fromEpoch, epoch + 2);

    assert_eq!(chain.registry.totalBonded().call().await?, bond);
    assert_eq!(chain.provider.get_balance(*chain.registry.address()).await?, bond);
    Ok(())
}
