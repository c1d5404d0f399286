//! Deterministic, realistic signed L2 transactions for benchmarks and tests: EIP-1559 ETH transfers and
//! ERC-20 `transfer` calls from a pool of senders with increasing nonces, to a pool of recipients and tokens,
//! each really signed. Compression ratios measured on these are what batches of real traffic would see.

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::eip2718::Encodable2718,
    primitives::{Address, Bytes, TxKind, U256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol,
    sol_types::SolCall,
};

sol! {
    function transfer(address to, uint256 amount) external returns (bool);
}

/// SplitMix64: deterministic and dependency-free.
#[derive(Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Generates signed L2 transactions for one chain.
#[derive(Debug)]
pub struct TxFactory {
    chain_id: u64,
    rng: Rng,
    senders: Vec<(PrivateKeySigner, u64)>,
    recipients: Vec<Address>,
    tokens: Vec<Address>,
}

impl TxFactory {
    /// A factory with `senders` funded accounts, seeded for reproducibility.
    pub fn new(chain_id: u64, senders: usize, seed: u64) -> Self {
        let mut rng = Rng(seed);
        let senders = (0..senders)
            .map(|_| {
                let mut key = [0u8; 32];
                for chunk in key.chunks_mut(8) {
                    chunk.copy_from_slice(&rng.next().to_be_bytes());
                }
                // A zero or out-of-range scalar is astronomically unlikely; fall back to a fixed valid key.
                let signer = PrivateKeySigner::from_slice(&key)
                    .unwrap_or_else(|_| PrivateKeySigner::from_slice(&[7u8; 32]).expect("valid scalar"));
                (signer, 0)
            })
            .collect();
        let address = |rng: &mut Rng| {
            let mut a = [0u8; 20];
            for chunk in a.chunks_mut(4) {
                chunk.copy_from_slice(&(rng.next() as u32).to_be_bytes());
            }
            Address::from(a)
        };
        let recipients = (0..200).map(|_| address(&mut rng)).collect();
        let tokens = (0..10).map(|_| address(&mut rng)).collect();
        Self { chain_id, rng, senders, recipients, tokens }
    }

    /// The signer keys of the sender pool (to fund them on a chain).
    pub fn sender_addresses(&self) -> Vec<Address> {
        self.senders.iter().map(|(s, _)| s.address()).collect()
    }

    /// The next transaction, EIP-2718 encoded (the bytes `eth_sendRawTransaction` takes).
    pub fn next_raw(&mut self) -> Bytes {
        let sender = self.rng.below(self.senders.len() as u64) as usize;
        let to_recipient = self.recipients[self.rng.below(self.recipients.len() as u64) as usize];
        // Amounts look like what people send: a few significant digits, then zeros.
        let amount =
            U256::from(1 + self.rng.below(9_999)) * U256::from(10u64).pow(U256::from(12 + self.rng.below(6)));
        let erc20 = self.rng.below(10) < 4;
        let (to, value, input, gas_limit) = if erc20 {
            let token = self.tokens[self.rng.below(self.tokens.len() as u64) as usize];
            let call = transferCall { to: to_recipient, amount }.abi_encode();
            (token, U256::ZERO, Bytes::from(call), 65_000)
        } else {
            (to_recipient, amount, Bytes::new(), 21_000)
        };
        let priority = 1_000_000_000 + self.rng.below(4) * 500_000_000;
        let (signer, nonce) = &mut self.senders[sender];
        let tx = TxEip1559 {
            chain_id: self.chain_id,
            nonce: *nonce,
            gas_limit,
            max_fee_per_gas: 20_000_000_000 + u128::from(self.rng.below(10)) * 1_000_000_000,
            max_priority_fee_per_gas: u128::from(priority),
            to: TxKind::Call(to),
            value,
            access_list: Default::default(),
            input,
        };
        *nonce += 1;
        let signature = signer.sign_hash_sync(&tx.signature_hash()).expect("local signing cannot fail");
        TxEnvelope::from(tx.into_signed(signature)).encoded_2718().into()
    }

    /// `n` transactions.
    pub fn batch(&mut self, n: usize) -> Vec<Bytes> {
        (0..n).map(|_| self.next_raw()).collect()
    }
}

/// A deployment file as `script/Deploy.s.sol` writes it (production defaults, anvil addresses), for tests of
/// configuration loading.
pub const DEPLOYMENT_JSON: &str = r#"{"chainId":31337,"registry":"0x5FbDB2315678afecb367f032d93F642f64180aa3",
    "inbox":"0xa16E02E87b7454126E5E10d957A927A7F5B5d2be",
    "receipts":"0x0000000000000000000000000000000000000ccc","committee":"0x0000000000000000000000000000000000000ddd","params":{"bountyBps":1000,
    "censorshipCompensation":"1","censorshipPenalty":"10","escapeDelay":300,"exitDelay":14400,
    "receiptSafetyPenalty":"10","receiptLivenessPenalty":"10","receiptCompensation":"1",
    "faultWindow":7200,"forcedInclusionFee":"1","graceBlocks":2,"inclusionWindow":25,
    "jailCooldown":7200,"jailPenalty":"1","l2ChainId":901,"maxForcedTxSize":32768,
    "maxSequencers":16,"minBond":"100","slotLength":5,"slotsPerEpoch":32,"strikesToJail":3}}"#;

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{consensus::transaction::SignerRecoverable, eips::eip2718::Decodable2718};

    #[test]
    fn transactions_decode_and_recover_to_their_sender() {
        let mut factory = TxFactory::new(901, 5, 1);
        let senders = factory.sender_addresses();
        for raw in factory.batch(50) {
            let tx = TxEnvelope::decode_2718(&mut raw.as_ref()).expect("valid 2718");
            assert!(senders.contains(&tx.recover_signer().expect("valid signature")));
            assert_eq!(alloy::consensus::Transaction::chain_id(&tx), Some(901));
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(TxFactory::new(901, 3, 9).batch(5), TxFactory::new(901, 3, 9).batch(5));
    }
}
