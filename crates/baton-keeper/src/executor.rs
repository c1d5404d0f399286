//! The transaction manager of one keeper signer.
//!
//! Every action is simulated with `eth_call` against the pending block before anything is signed; a revert the
//! contract uses for "already done" (already proven, already included) settles the action without spending gas.
//! Keepers racing for one fault stagger their sends by a delay derived from their address and the fault, and
//! simulate again just before sending: the pending block then holds the rival's transaction and the later
//! keeper stands down.
//!
//! A transaction is signed locally and stored with its nonce *before* it is broadcast, so a crash at any point
//! either loses nothing or rebroadcasts the very same bytes; replacements reuse the nonce, so an action is
//! mined at most once. Replacements bump both fees by at least the configured percentage after a timeout,
//! under a fee cap. The local nonce resyncs from the chain after any send error.

use std::{
    future::IntoFuture,
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use alloy::{
    eips::{eip2718::Encodable2718, BlockId},
    network::{EthereumWallet, NetworkTransactionBuilder as _, TransactionBuilder},
    primitives::{keccak256, Address, Bytes},
    providers::{DynProvider, Provider},
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::{SolEvent, SolInterface, SolValue},
};
use baton_bindings::{
    batch_inbox::BatchInbox::BatchInboxErrors,
    committee_certificates::CommitteeCertificates::CommitteeCertificatesErrors,
    inclusion_receipts::InclusionReceipts::InclusionReceiptsErrors,
    sequencer_registry::SequencerRegistry::{self, SequencerRegistryErrors},
};
use tracing::{debug, info, warn};

use crate::{
    action::{Action, ActionRecord, ActionState, Attempt},
    metrics::Metrics,
    store::{Store, StoreError},
};

/// How the keeper's transactions are sent.
#[derive(Clone, Debug)]
pub struct TxPolicy {
    /// Blocks a transaction must be buried under (1 = mined) before its action counts as confirmed.
    pub confirmations: u64,
    /// Blocks after which a confirmed transaction is final: until then it stays watched, and a reorg that drops
    /// it puts it back in flight with its nonce.
    pub finality: u64,
    /// How long a transaction may stay unmined before it is replaced at a higher fee.
    pub tx_timeout: Duration,
    /// Percentage each replacement adds to both fees (at least 10, what nodes require).
    pub fee_bump_percent: u64,
    /// Highest max fee per gas ever offered, in wei.
    pub max_fee_per_gas: u128,
    /// How long one RPC request may take.
    pub rpc_timeout: Duration,
    /// Upper bound of the per-fault send delay that staggers racing keepers (zero to send at once).
    pub claim_spread: Duration,
}

impl Default for TxPolicy {
    fn default() -> Self {
        Self {
            confirmations: 1,
            finality: 64,
            tx_timeout: Duration::from_secs(24),
            fee_bump_percent: 15,
            max_fee_per_gas: 200_000_000_000,
            rpc_timeout: Duration::from_secs(10),
            claim_spread: Duration::from_millis(300),
        }
    }
}

/// Errors of the executor (RPC and database; reverts are outcomes, not errors).
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    /// The endpoint failed or timed out.
    #[error("rpc ({what}): {reason}")]
    Rpc {
        /// The request.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// Signing failed.
    #[error("signing: {0}")]
    Sign(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a simulation says about an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Simulation {
    /// It would succeed using about this much gas.
    Succeeds(u64),
    /// It is not needed any more (someone else did it, or it is no fault); final.
    Settled(String),
    /// It would fail now but may succeed later (the keeper's view is behind, the slot is not over, ...).
    NotYet(String),
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// Classifies a revert of one of Baton's calls.
pub fn classify_revert(data: &[u8]) -> Simulation {
    use SequencerRegistryErrors as R;
    if let Ok(error) = SequencerRegistryErrors::abi_decode(data) {
        return match error {
            R::AlreadyProven(_) => Simulation::Settled("already proven".into()),
            R::AlreadyEjected(e) => {
                Simulation::Settled(format!("operator {} was already ejected for an equivocation", e.id))
            }
            R::EpochPruned(e) => {
                Simulation::Settled(format!("the roster of epoch {} left the fault window", e.epoch))
            }
            R::NotCensored(e) => Simulation::Settled(format!(
                "entry {} was included (position {})",
                e.index, e.includedPosition
            )),
            R::NotScheduled(e) => {
                Simulation::Settled(format!("operator {} was not scheduled in slot {}", e.id, e.slot))
            }
            R::NotEquivocation(_) => Simulation::Settled("not an equivocation".into()),
            R::UnknownSigner(e) => Simulation::Settled(format!("signer {} is not registered", e.signer)),
            R::InvalidSignature(_) => Simulation::Settled("invalid signature".into()),
            R::OutsideFaultWindow(e) => {
                Simulation::Settled(format!("fault window of slot {} is closed", e.slot))
            }
            R::NotAccountable(e) => Simulation::Settled(format!(
                "operator {} was suspended during slot {} (or is now): not its fault",
                e.id, e.slot
            )),
            R::NoAccountableOperator(e) => {
                Simulation::Settled(format!("nobody could post in slot {}: nobody answers for it", e.slot))
            }
            R::LeaderPostedInSlot(e) => Simulation::Settled(format!("the leader posted in slot {}", e.slot)),
            R::UnknownPayout(_) => Simulation::Settled("payouts already released".into()),
            R::PayoutForfeited(_) => {
                Simulation::Settled("payouts forfeited to an equivocation proof against the offender".into())
            }
            other => Simulation::NotYet(format!("{other:?}")),
        };
    }
    if let Ok(error) = InclusionReceiptsErrors::abi_decode(data) {
        use InclusionReceiptsErrors as C;
        return match error {
            C::NotContradicted(_) => Simulation::Settled("the batch keeps the receipt".into()),
            C::SignerPostedInSlot(e) => Simulation::Settled(format!("the signer posted in slot {}", e.slot)),
            C::ReceiptNotFromLeader(e) => Simulation::Settled(format!(
                "operator {} did not lead slot {}: its receipt promises no liveness",
                e.id, e.slot
            )),
            C::NotFirstBatchInSlot(e) => {
                Simulation::Settled(format!("batch {} is not the signer's first in the slot", e.batchNumber))
            }
            C::WrongChain(e) => Simulation::Settled(format!("the receipt is for rollup {}", e.l2ChainId)),
            C::InvalidSignature(_) => Simulation::Settled("invalid receipt signature".into()),
            other => Simulation::NotYet(format!("{other:?}")),
        };
    }
    if let Ok(error) = CommitteeCertificatesErrors::abi_decode(data) {
        use CommitteeCertificatesErrors as K;
        return match error {
            K::NothingToSlash(_) => {
                Simulation::Settled("every member in both signer sets was ejected already".into())
            }
            K::NotConflicting(_) => Simulation::Settled("the certificates do not conflict".into()),
            K::AlreadySealed(e) => {
                Simulation::Settled(format!("the committee of epoch {} is sealed", e.epoch))
            }
            K::InvalidCertificate(_) => Simulation::Settled("a certificate does not verify on L1".into()),
            K::CommitteeMismatch(e) => Simulation::Settled(format!(
                "the committee of epoch {} held here is not the sealed one",
                e.epoch
            )),
            // Anyone may seal a final epoch; until someone does, the certificates cannot be checked on L1.
            other => Simulation::NotYet(format!("{other:?}")),
        };
    }
    if let Ok(error) = BatchInboxErrors::abi_decode(data) {
        return match error {
            BatchInboxErrors::QueuePositionOutOfRange(e) if e.actual < e.minimum => {
                Simulation::Settled(format!("entries below {} already included", e.minimum))
            }
            other => Simulation::NotYet(format!("{other:?}")),
        };
    }
    Simulation::NotYet(format!("reverted with {} unknown bytes", data.len()))
}

/// The send delay of keeper `address` for the fault `key`: a fixed point in `[0, spread)` that differs between
/// keepers, so racing keepers send one after the other and the later one sees the earlier's transaction in the
/// pending block and stands down.
pub fn claim_delay(address: Address, key: &str, spread: Duration) -> Duration {
    let spread = spread.as_millis() as u64;
    if spread == 0 {
        return Duration::ZERO;
    }
    let digest = keccak256([address.as_slice(), key.as_bytes()].concat());
    let mut word = [0u8; 8];
    word.copy_from_slice(&digest[..8]);
    Duration::from_millis(u64::from_be_bytes(word) % spread)
}

/// Sends and follows the keeper's transactions.
#[derive(Debug)]
pub struct Executor {
    provider: DynProvider,
    wallet: EthereumWallet,
    address: Address,
    chain_id: u64,
    policy: TxPolicy,
    next_nonce: Option<u64>,
    metrics: Arc<Metrics>,
}

impl Executor {
    /// An executor sending from `wallet`'s default signer `address`.
    pub fn new(
        provider: DynProvider,
        wallet: EthereumWallet,
        address: Address,
        chain_id: u64,
        policy: TxPolicy,
        metrics: Arc<Metrics>,
    ) -> Self {
        Self { provider, wallet, address, chain_id, policy, next_nonce: None, metrics }
    }

    /// The account that pays for and earns from the keeper's transactions.
    pub const fn address(&self) -> Address {
        self.address
    }

    async fn rpc<T, E: std::fmt::Display>(
        &self,
        what: &'static str,
        f: impl std::future::IntoFuture<Output = Result<T, E>>,
    ) -> Result<T, ExecError> {
        match tokio::time::timeout(self.policy.rpc_timeout, f.into_future()).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => {
                Metrics::inc(&self.metrics.rpc_errors);
                Err(ExecError::Rpc { what, reason: e.to_string() })
            }
            Err(_) => {
                Metrics::inc(&self.metrics.rpc_errors);
                Err(ExecError::Rpc {
                    what,
                    reason: format!("no answer within {:?}", self.policy.rpc_timeout),
                })
            }
        }
    }

    fn request(&self, action: &Action) -> TransactionRequest {
        TransactionRequest::default().from(self.address).to(action.to).input(action.calldata.clone().into())
    }

    /// Simulates `action` on top of the pending block (so a rival's unmined proof already counts).
    pub async fn simulate(&self, action: &Action) -> Result<Simulation, ExecError> {
        self.simulate_at(action, BlockId::pending()).await
    }

    async fn simulate_at(&self, action: &Action, block: BlockId) -> Result<Simulation, ExecError> {
        let request = self.request(action);
        let call = tokio::time::timeout(
            self.policy.rpc_timeout,
            self.provider.call(request.clone()).block(block).into_future(),
        )
        .await;
        match call {
            Err(_) => {
                Metrics::inc(&self.metrics.rpc_errors);
                Err(ExecError::Rpc { what: "eth_call", reason: "timed out".into() })
            }
            Ok(Ok(_)) => {
                // The state can move between the call and the estimate; a revert here is an outcome too.
                match self.rpc("eth_estimateGas", self.provider.estimate_gas(request).block(block)).await {
                    Ok(gas) => Ok(Simulation::Succeeds(gas)),
                    Err(ExecError::Rpc { reason, .. }) if reason.contains("revert") => {
                        Ok(Simulation::NotYet(reason))
                    }
                    Err(e) => Err(e),
                }
            }
            Ok(Err(e)) => match e.as_error_resp() {
                Some(payload) => Ok(match payload.as_revert_data() {
                    Some(data) => classify_revert(data.as_ref()),
                    None => Simulation::NotYet(payload.message.to_string()),
                }),
                None => {
                    Metrics::inc(&self.metrics.rpc_errors);
                    Err(ExecError::Rpc { what: "eth_call", reason: e.to_string() })
                }
            },
        }
    }

    /// This keeper's send delay for the fault `key` (see [`claim_delay`]).
    pub fn claim_delay(&self, key: &str) -> Duration {
        claim_delay(self.address, key, self.policy.claim_spread)
    }

    async fn nonce(&mut self) -> Result<u64, ExecError> {
        if let Some(nonce) = self.next_nonce {
            return Ok(nonce);
        }
        let nonce = self
            .rpc("eth_getTransactionCount", self.provider.get_transaction_count(self.address).pending())
            .await?;
        self.next_nonce = Some(nonce);
        Ok(nonce)
    }

    async fn sign(
        &self,
        action: &Action,
        nonce: u64,
        gas: u64,
        max_fee: u128,
        tip: u128,
    ) -> Result<Attempt, ExecError> {
        let request = self
            .request(action)
            .with_nonce(nonce)
            .with_chain_id(self.chain_id)
            .with_gas_limit(gas)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(tip);
        let envelope = request.build(&self.wallet).await.map_err(|e| ExecError::Sign(e.to_string()))?;
        Ok(Attempt {
            hash: *envelope.tx_hash(),
            raw: Bytes::from(envelope.encoded_2718()),
            max_fee_per_gas: max_fee,
            max_priority_fee_per_gas: tip,
            gas_limit: gas,
        })
    }

    async fn broadcast(&mut self, attempt: &Attempt) -> bool {
        match self.rpc("eth_sendRawTransaction", self.provider.send_raw_transaction(&attempt.raw)).await {
            Ok(_) => true,
            Err(e) => {
                // The pool may know it already, or our nonce is stale: resync before the next send. Anything else
                // (an unfunded account) needs the operator.
                warn!(tx = %attempt.hash, error = %e, "broadcast failed; nonce will be resynced");
                self.next_nonce = None;
                false
            }
        }
    }

    /// Signs `record`'s action with the next nonce, stores it as submitted, then broadcasts it.
    pub async fn submit(
        &mut self,
        store: &Store,
        record: &mut ActionRecord,
        gas: u64,
    ) -> Result<(), ExecError> {
        let nonce = self.nonce().await?;
        let fees = self.rpc("fee estimate", self.provider.estimate_eip1559_fees()).await?;
        let cap = self.policy.max_fee_per_gas;
        let max_fee = fees.max_fee_per_gas.min(cap);
        let tip = fees.max_priority_fee_per_gas.min(max_fee);
        // Headroom: state may change between simulation and inclusion (e.g. another header appended).
        let gas = gas.saturating_mul(5) / 4 + 20_000;
        let attempt = self.sign(&record.action, nonce, gas, max_fee, tip).await?;
        record.state =
            ActionState::Submitted { nonce, attempts: vec![attempt.clone()], sent_at_ms: now_ms() };
        store.put_action(record)?;
        self.next_nonce = Some(nonce + 1);
        Metrics::inc(&self.metrics.submitted[record.action.kind as usize]);
        info!(key = %record.action.key, kind = record.action.kind.label(), tx = %attempt.hash, nonce, "submitting: {}", record.action.summary);
        self.broadcast(&attempt).await;
        Ok(())
    }

    /// Moves a submitted or mined action forward at L1 head `head`.
    pub async fn advance(
        &mut self,
        store: &Store,
        record: &mut ActionRecord,
        head: u64,
    ) -> Result<(), ExecError> {
        match record.state.clone() {
            ActionState::Submitted { nonce, attempts, sent_at_ms } => {
                self.follow_submitted(store, record, head, nonce, attempts, sent_at_ms).await
            }
            ActionState::Mined { block, .. } => self.follow_mined(store, record, head, block).await,
            _ => Ok(()),
        }
    }

    /// Whether a confirmed action is not yet final at `head` (and so still watched).
    pub const fn watching(&self, record: &ActionRecord, head: u64) -> bool {
        matches!(record.state, ActionState::Confirmed { block, .. } if head < block + self.policy.finality)
    }

    /// Checks a confirmed, not yet final action: if a reorg dropped its transaction, the same attempts go back in
    /// flight with their nonce (so no later transaction waits behind a hole), and its figures are taken back.
    pub async fn watch_confirmed(
        &mut self,
        store: &Store,
        record: &mut ActionRecord,
    ) -> Result<(), ExecError> {
        let ActionState::Confirmed { hash, block, bounty, nonce, attempts, .. } = record.state.clone() else {
            return Ok(());
        };
        if self.receipt(hash).await?.is_some_and(|r| r.block_number == Some(block)) {
            return Ok(());
        }
        warn!(key = %record.action.key, tx = %hash, block, "confirmed transaction reorged out; following it again");
        let kind = record.action.kind as usize;
        self.metrics.confirmed[kind].fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        self.metrics.bounty_wei.sub(bounty);
        record.state = if attempts.is_empty() {
            // Stored before attempts were kept: simulate and send it again.
            ActionState::Planned { last_error: Some(format!("transaction {hash} reorged out")) }
        } else {
            ActionState::Submitted { nonce, attempts, sent_at_ms: now_ms() }
        };
        store.put_action(record).map_err(Into::into)
    }

    /// Repairs a hole in this keeper's nonces: when the chain's next nonce is below every nonce in flight and no
    /// action holds it (its transaction vanished), a zero-value transfer to itself fills it, so the transactions
    /// queued behind can be mined. `held` are the nonces of every action still in flight or watched.
    pub async fn fill_nonce_gap(&mut self, held: &[u64]) -> Result<(), ExecError> {
        let Some(lowest) = held.iter().min().copied() else { return Ok(()) };
        let next = self
            .rpc("eth_getTransactionCount", self.provider.get_transaction_count(self.address).latest())
            .await?;
        if next >= lowest || held.contains(&next) {
            return Ok(());
        }
        let fees = self.rpc("fee estimate", self.provider.estimate_eip1559_fees()).await?;
        let cap = self.policy.max_fee_per_gas;
        let request = alloy::rpc::types::TransactionRequest::default()
            .with_to(self.address)
            .with_nonce(next)
            .with_chain_id(self.chain_id)
            .with_gas_limit(21_000)
            .with_max_fee_per_gas(fees.max_fee_per_gas.saturating_mul(2).min(cap))
            .with_max_priority_fee_per_gas(fees.max_priority_fee_per_gas.saturating_mul(2).min(cap));
        let envelope = request.build(&self.wallet).await.map_err(|e| ExecError::Sign(e.to_string()))?;
        let attempt = Attempt {
            hash: *envelope.tx_hash(),
            raw: Bytes::from(envelope.encoded_2718()),
            max_fee_per_gas: 0,
            max_priority_fee_per_gas: 0,
            gas_limit: 21_000,
        };
        warn!(nonce = next, lowest_in_flight = lowest, tx = %attempt.hash, "nonce gap: filling it with a transfer to ourselves");
        self.broadcast(&attempt).await;
        Ok(())
    }

    async fn receipt(&self, hash: alloy::primitives::B256) -> Result<Option<TransactionReceipt>, ExecError> {
        self.rpc("eth_getTransactionReceipt", self.provider.get_transaction_receipt(hash)).await
    }

    async fn follow_submitted(
        &mut self,
        store: &Store,
        record: &mut ActionRecord,
        head: u64,
        nonce: u64,
        mut attempts: Vec<Attempt>,
        sent_at_ms: u64,
    ) -> Result<(), ExecError> {
        for attempt in attempts.iter().rev() {
            if let Some(receipt) = self.receipt(attempt.hash).await? {
                let block = receipt.block_number.unwrap_or(head);
                record.state = ActionState::Mined {
                    hash: attempt.hash,
                    block,
                    success: receipt.status(),
                    nonce,
                    attempts: attempts.clone(),
                };
                store.put_action(record)?;
                return self.follow_mined(store, record, head, block).await;
            }
        }
        let confirmed_nonce = self
            .rpc("eth_getTransactionCount", self.provider.get_transaction_count(self.address).latest())
            .await?;
        if confirmed_nonce > nonce {
            // The nonce was used, but by none of our attempts (checked just above, so not a race with a new block
            // unless one arrived in between: look once more before giving the action back to planning).
            for attempt in &attempts {
                if self.receipt(attempt.hash).await?.is_some() {
                    return Ok(());
                }
            }
            warn!(key = %record.action.key, nonce, "nonce consumed by another transaction; planning again");
            self.next_nonce = None;
            record.state = ActionState::Planned { last_error: Some(format!("nonce {nonce} used elsewhere")) };
            return store.put_action(record).map_err(Into::into);
        }
        let Some(latest) = attempts.last().cloned() else {
            record.state = ActionState::Planned { last_error: None };
            return store.put_action(record).map_err(Into::into);
        };
        let waited = Duration::from_millis(now_ms().saturating_sub(sent_at_ms));
        if waited < self.policy.tx_timeout {
            // Still in time; make sure the endpoint has it (it may have restarted or dropped it).
            let known = self
                .rpc("eth_getTransactionByHash", self.provider.get_transaction_by_hash(latest.hash))
                .await?;
            if known.is_none() {
                debug!(tx = %latest.hash, "transaction unknown to the endpoint; rebroadcasting");
                self.broadcast(&latest).await;
            }
            return Ok(());
        }
        // Timed out: replace it, unless it is no longer needed or the fee cap is reached. Simulated on the latest
        // block: the pending one holds our own transaction, which would make the action look done.
        if let Simulation::Settled(reason) = self.simulate_at(&record.action, BlockId::latest()).await? {
            debug!(key = %record.action.key, %reason, "not bumping a transaction that is no longer needed");
            return Ok(());
        }
        let cap = self.policy.max_fee_per_gas;
        if latest.max_fee_per_gas >= cap {
            warn!(key = %record.action.key, cap, "transaction unmined at the fee cap; rebroadcasting");
            self.broadcast(&latest).await;
            return Ok(());
        }
        let bump =
            |fee: u128| (fee * u128::from(100 + self.policy.fee_bump_percent.max(10)) / 100).max(fee + 1);
        let fees = self.rpc("fee estimate", self.provider.estimate_eip1559_fees()).await?;
        let max_fee = bump(latest.max_fee_per_gas).max(fees.max_fee_per_gas).min(cap);
        let tip = bump(latest.max_priority_fee_per_gas).min(max_fee);
        let attempt = self.sign(&record.action, nonce, latest.gas_limit, max_fee, tip).await?;
        attempts.push(attempt.clone());
        record.state = ActionState::Submitted { nonce, attempts, sent_at_ms: now_ms() };
        store.put_action(record)?;
        Metrics::inc(&self.metrics.fee_bumps);
        warn!(key = %record.action.key, tx = %attempt.hash, max_fee, tip, "unmined after {waited:?}; replacing at a higher fee");
        self.broadcast(&attempt).await;
        Ok(())
    }

    async fn follow_mined(
        &mut self,
        store: &Store,
        record: &mut ActionRecord,
        head: u64,
        block: u64,
    ) -> Result<(), ExecError> {
        let ActionState::Mined { hash, success, nonce, attempts, .. } = record.state.clone() else {
            return Ok(());
        };
        if head + 1 < block + self.policy.confirmations.max(1) {
            return Ok(());
        }
        // Still there at the same height? A reorg may have dropped it back into the pool (or out of it).
        let receipt = self.receipt(hash).await?;
        let Some(receipt) = receipt.filter(|r| r.block_number == Some(block)) else {
            warn!(key = %record.action.key, tx = %hash, block, "mined transaction reorged out; following it again");
            // Same nonce, same attempts: whichever lands now, the action still lands at most once.
            record.state = ActionState::Submitted { nonce, attempts, sent_at_ms: now_ms() };
            return store.put_action(record).map_err(Into::into);
        };
        let kind = record.action.kind as usize;
        if success {
            let (mut bounty, mut escrow) = (0u128, None);
            for log in receipt.inner.logs() {
                // An ejection credits its summed bounty at once; any other slash names its own payout.
                if let Ok(event) = SequencerRegistry::Ejected::decode_log_data(log.data()) {
                    if event.reporter == self.address {
                        bounty = bounty.saturating_add(event.bounty.saturating_to::<u128>());
                    }
                    continue;
                }
                let Ok(event) = SequencerRegistry::Slashed::decode_log_data(log.data()) else { continue };
                if event.payout.reporter != self.address {
                    continue;
                }
                bounty = bounty.saturating_add(event.payout.bounty.to::<u128>());
                if event.payout.releaseAt != 0 {
                    escrow = Some(Bytes::from(event.payout.abi_encode()));
                }
            }
            let latency_blocks = block.saturating_sub(record.action.provable_at);
            record.state =
                ActionState::Confirmed { hash, block, bounty, latency_blocks, nonce, attempts, escrow };
            store.put_action(record)?;
            Metrics::inc(&self.metrics.confirmed[kind]);
            self.metrics.bounty_wei.add(bounty);
            info!(key = %record.action.key, kind = record.action.kind.label(), tx = %hash, block, bounty, latency_blocks, "confirmed: {}", record.action.summary);
        } else {
            record.state =
                ActionState::Settled { reason: format!("transaction {hash} reverted (lost a race)") };
            store.put_action(record)?;
            Metrics::inc(&self.metrics.lost_races);
            warn!(key = %record.action.key, tx = %hash, "our transaction reverted on chain");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloy::sol_types::SolError;
    use baton_bindings::sequencer_registry::SequencerRegistry;

    use super::*;

    #[test]
    fn a_second_equivocation_proof_and_a_pruned_epoch_are_settled() {
        let ejected = SequencerRegistry::AlreadyEjected { id: 3 }.abi_encode();
        assert!(matches!(classify_revert(&ejected), Simulation::Settled(r) if r.contains("operator 3")));
        let pruned = SequencerRegistry::EpochPruned { epoch: 9 }.abi_encode();
        assert!(matches!(classify_revert(&pruned), Simulation::Settled(r) if r.contains("epoch 9")));
        let early = SequencerRegistry::SlotNotOver { slot: 4 }.abi_encode();
        assert!(matches!(classify_revert(&early), Simulation::NotYet(_)));
    }
}
