//! `baton bls-key`: an operator's committee key (docs/PROTOCOL.md §Committee certificates): `new` writes a fresh
//! secret key to a file, `register` binds its public key to the operator's signer on the committee contract.

use std::path::PathBuf;

use alloy::{
    primitives::{Bytes, B256},
    providers::Provider,
};
use baton_bindings::committee_certificates::CommitteeCertificates;
use baton_protocol::bls::SecretKey;
use clap::{Args, Subcommand};
use eyre::{bail, eyre, Result, WrapErr};
use serde_json::json;

use super::{connect, print, signer, Chain, Key};

/// An operator's committee (BLS) key.
#[derive(Debug, Args)]
pub(crate) struct BlsKeyArgs {
    #[command(subcommand)]
    command: BlsKeyCommand,
}

#[derive(Debug, Subcommand)]
enum BlsKeyCommand {
    /// Writes a fresh BLS secret key (32 bytes hex) to a new file readable by its owner only, and prints its
    /// public key. Never overwrites a file.
    New {
        /// Where to write the secret key.
        #[arg(long)]
        out: PathBuf,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Registers the public key of `--bls-key-file` for the operator whose signer sends it (`--account`,
    /// `--keystore`, `--private-key` or `BATON_PRIVATE_KEY` must be the operator's signer), with its proof of
    /// possession. Once per signer.
    Register(Box<RegisterKeyArgs>),
}

#[derive(Debug, Args)]
struct RegisterKeyArgs {
    #[command(flatten)]
    chain: Chain,
    #[command(flatten)]
    key: Key,
    /// File holding the BLS secret key (written by `baton bls-key new`).
    #[arg(long)]
    bls_key_file: PathBuf,
}

impl BlsKeyArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        match &self.command {
            BlsKeyCommand::New { json, .. } => *json,
            BlsKeyCommand::Register(args) => args.chain.json,
        }
    }

    pub(crate) async fn run(self) -> Result<()> {
        match self.command {
            BlsKeyCommand::New { out, json } => new_key(&out, json),
            BlsKeyCommand::Register(args) => register(&args.chain, &args.key, &args.bls_key_file).await,
        }
    }
}

/// Reads a BLS secret key file: 32 bytes hex, surrounding whitespace allowed.
pub(crate) fn read_key(path: &std::path::Path) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    let scalar: B256 =
        text.trim().parse().map_err(|_| eyre!("{} does not hold a 32-byte hex key", path.display()))?;
    SecretKey::from_bytes(&scalar).map_err(|e| eyre!("{}: {e}", path.display()))
}

fn new_key(out: &std::path::Path, json: bool) -> Result<()> {
    use std::io::Write as _;
    // 32 bytes from the OS's generator, through EIP-2333's key derivation.
    let seed = alloy::signers::local::PrivateKeySigner::random().to_bytes();
    let key = SecretKey::from_seed(seed.as_slice()).map_err(|e| eyre!("generating a key: {e}"))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = match options.open(out) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!("{} exists: not overwriting a key (choose another --out)", out.display())
        }
        Err(e) => return Err(e).wrap_err_with(|| format!("creating {}", out.display())),
    };
    writeln!(file, "{}", key.to_bytes()).wrap_err_with(|| format!("writing {}", out.display()))?;
    let public = key.public_key();
    print(json, &json!({ "file": out, "publicKey": public.to_bytes(), "keyHash": public.key_hash() }), || {
        format!(
            "wrote a new BLS secret key to {} (keep it like the signer's key)\npublic key hash {}\nregister it: baton \
             bls-key register --bls-key-file {} (sent by the operator's signer)",
            out.display(),
            public.key_hash(),
            out.display()
        )
    })
}

async fn register(chain: &Chain, key: &Key, file: &std::path::Path) -> Result<()> {
    let bls = read_key(file)?;
    let signer = signer(key)?;
    let deployment = connect(chain).await?;
    let provider = baton_cli::ops::connect(&chain.rpc_url, &signer);
    let me = signer.address();
    let registry =
        baton_bindings::sequencer_registry::SequencerRegistry::new(deployment.registry, provider.clone());
    let id = registry.operatorIdOf(me).call().await.map_err(|_| {
        eyre!("{me} is no operator's signer on this deployment: send this with the operator's signer key; nothing sent")
    })?;
    let committee = CommitteeCertificates::new(deployment.committee, provider.clone());
    let public = bls.public_key();
    let existing = committee.keyOf(id).call().await?;
    if existing.signer == me {
        if existing.keyHash == public.key_hash() {
            bail!("operator {id} already registered this key (hash {}); nothing sent", existing.keyHash);
        }
        bail!(
            "operator {id}'s signer already registered another key (hash {}): a signer's key never changes; nothing \
             sent",
            existing.keyHash
        );
    }
    let chain_id = provider.get_chain_id().await?;
    let pop = bls.proof_of_possession(chain_id, deployment.committee, me).to_bytes();
    let call = committee.registerKey(
        Bytes::copy_from_slice(public.to_bytes().as_slice()),
        Bytes::copy_from_slice(pop.as_slice()),
    );
    // Simulated first: a refusal costs nothing.
    call.call()
        .await
        .map_err(|e| eyre!("registerKey would revert: {}; nothing sent", baton_cli::ops::explain(&e)))?;
    let receipt = call
        .send()
        .await
        .map_err(|e| eyre!("registerKey: {}", baton_cli::ops::explain(&e)))?
        .with_timeout(Some(std::time::Duration::from_secs(60)))
        .get_receipt()
        .await
        .wrap_err("registerKey: no receipt within a minute")?;
    if !receipt.status() {
        bail!("registerKey reverted in block {:?}", receipt.block_number);
    }
    let block = receipt.block_number.unwrap_or_default();
    print(
        chain.json,
        &json!({ "action": "register-bls-key", "id": id, "keyHash": public.key_hash(), "transaction": receipt.transaction_hash, "block": block }),
        || {
            format!(
                "registered BLS key {} for operator {id} (transaction {}, block {block}); run its node with \
                 --bls-key from {}",
                public.key_hash(),
                receipt.transaction_hash,
                file.display()
            )
        },
    )
}
