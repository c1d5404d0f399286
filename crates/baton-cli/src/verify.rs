//! `baton verify`: is this deployment the code of this repository, and does it hold no admin power?
//!
//! The contracts are compiled from source with foundry-compilers (through `script/solc`, the pinned solc, with
//! foundry.toml's settings); each deployed runtime bytecode is compared with the compiled one after the bytes
//! of every immutable are blanked on both sides (their values are checked separately: the registry's are its
//! parameters, read back through `params()`, and the inbox's point at the registry). A proxy or an admin path
//! shows as: a `DELEGATECALL` or `SELFDESTRUCT` opcode in the runtime code, a non-empty EIP-1967 slot, or an
//! owner-style function in the ABI.

use std::path::Path;

use alloy::{
    primitives::{b256, Address, Bytes, B256, U256},
    providers::Provider,
};
use baton_bindings::sequencer_registry::SequencerRegistry;
use baton_protocol::deployment::{Deployment, Params};
use eyre::{bail, ensure, eyre, Result, WrapErr};
use foundry_compilers::{
    artifacts::{remappings::Remapping, Settings},
    solc::{Solc, SolcCompiler, SolcSettings},
    ProjectBuilder, ProjectPathsConfig,
};
use serde::Serialize;

use crate::ops::connect_read;

/// EIP-1967 implementation slot.
const EIP1967_IMPLEMENTATION: B256 =
    b256!("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc");
/// EIP-1967 admin slot.
const EIP1967_ADMIN: B256 = b256!("b53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103");
/// Function names that betray an owner, an upgrade or a pause.
const ADMIN_NAMES: [&str; 10] = [
    "owner",
    "transferOwnership",
    "renounceOwnership",
    "upgradeTo",
    "upgradeToAndCall",
    "pause",
    "unpause",
    "setParams",
    "grantRole",
    "setAdmin",
];

/// The check of one contract.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractCheck {
    /// Contract name in this repository.
    pub name: &'static str,
    /// Where it is deployed.
    pub address: Address,
    /// Deployed runtime bytes.
    pub code_size: usize,
    /// keccak256 of the deployed runtime code, to compare with a build of a tagged release.
    pub code_hash: B256,
    /// Runtime code equals the compiled code (immutables aside).
    pub code_matches: bool,
    /// No DELEGATECALL, no SELFDESTRUCT, empty EIP-1967 slots, no admin-style function. Only vouched for when the
    /// code matches this repository's (else `null`: unknown code can hide anything).
    pub no_admin_path: Option<bool>,
    /// What differs or what was found, if anything.
    pub findings: Vec<String>,
}

/// What the compiled code came from, so that anyone can rebuild it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// Commit of the checkout compiled (`unknown` outside git).
    pub commit: String,
    /// Whether the checkout has no uncommitted changes (a dirty tree verifies only itself).
    pub clean: bool,
    /// The compiler.
    pub compiler: String,
    /// The settings it ran with (foundry.toml's).
    pub settings: String,
}

/// What `verify` found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    /// The checkout the deployment was compared with.
    pub source: Source,
    /// Per contract.
    pub contracts: Vec<ContractCheck>,
    /// Deployed parameters that differ from the deployment file, by name.
    pub differences: Vec<baton_l1::guard::ParamDifference>,
    /// The deployed parameters, raw.
    pub params: Params,
    /// Every parameter in plain words.
    pub parameters: Vec<(String, String)>,
}

impl VerifyReport {
    /// Everything checked out.
    pub fn ok(&self) -> bool {
        self.differences.is_empty()
            && self.contracts.iter().all(|c| c.code_matches && c.no_admin_path == Some(true))
    }
}

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn source(root: &Path, compiler: &str) -> Source {
    Source {
        commit: git(root, &["rev-parse", "HEAD"]).unwrap_or_else(|| "unknown".into()),
        clean: git(root, &["status", "--porcelain", "--", "contracts", "foundry.toml"])
            .is_some_and(|s| s.is_empty()),
        compiler: compiler.to_owned(),
        settings: SETTINGS.into(),
    }
}

/// foundry.toml's compiler settings, as [`compile`] applies them.
const SETTINGS: &str = "optimizer 10,000 runs, evmVersion prague, no metadata hash or CBOR";

/// Compiled runtime code of a contract and the byte ranges of its immutables.
#[derive(Clone)]
struct Compiled {
    runtime: Vec<u8>,
    immutables: Vec<(usize, usize)>,
    abi_functions: Vec<String>,
}

type Build = (std::collections::HashMap<&'static str, Compiled>, String);

/// [`compile_uncached`], once per checkout and process (a test or a tool verifying several deployments).
fn compile(root: &Path) -> Result<Build> {
    static BUILDS: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<std::path::PathBuf, Build>>,
    > = std::sync::OnceLock::new();
    let builds = BUILDS.get_or_init(Default::default);
    let key = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if let Some(build) = builds.lock().ok().and_then(|b| b.get(&key).cloned()) {
        return Ok(build);
    }
    let build = compile_uncached(root)?;
    if let Ok(mut b) = builds.lock() {
        b.insert(key, build.clone());
    }
    Ok(build)
}

fn compile_uncached(root: &Path) -> Result<Build> {
    let solc =
        Solc::new(root.join("script/solc")).wrap_err("running script/solc (run `make setup` first)")?;
    let compiler = format!("solc {}", solc.version);
    // foundry.toml's settings: what the deployed code was built with.
    let settings: Settings = serde_json::from_value(serde_json::json!({
        "optimizer": {"enabled": true, "runs": 10_000},
        "evmVersion": "prague",
        "metadata": {"bytecodeHash": "none", "appendCBOR": false},
    }))?;
    let remapping: Remapping = "@openzeppelin/contracts/=node_modules/@openzeppelin/contracts/"
        .parse()
        .map_err(|e| eyre!("remapping: {e:?}"))?;
    let paths = ProjectPathsConfig::builder()
        .root(root)
        .sources(root.join("contracts/src"))
        .lib(root.join("node_modules"))
        .remapping(remapping)
        .build()?;
    let project = ProjectBuilder::<SolcCompiler>::default()
        .paths(paths)
        .settings(SolcSettings { settings, ..Default::default() })
        .ephemeral()
        .no_artifacts()
        .build(SolcCompiler::Specific(solc))?;
    let output = project.compile().wrap_err("compiling contracts/src")?;
    if output.has_compiler_errors() {
        bail!("the contracts do not compile:\n{output}");
    }
    let mut out = std::collections::HashMap::new();
    for name in ["SequencerRegistry", "BatchInbox", "InclusionReceipts", "CommitteeCertificates"] {
        let artifact = output.find_first(name).ok_or_else(|| eyre!("{name} not in the compiler output"))?;
        let deployed = artifact.deployed_bytecode.as_ref().ok_or_else(|| eyre!("{name}: no runtime code"))?;
        let runtime = deployed
            .bytecode
            .as_ref()
            .and_then(|b| b.object.as_bytes())
            .ok_or_else(|| eyre!("{name}: unlinked runtime code"))?
            .to_vec();
        let immutables = deployed
            .immutable_references
            .values()
            .flatten()
            .map(|o| (o.start as usize, o.length as usize))
            .collect();
        let abi_functions =
            artifact.abi.as_ref().map(|abi| abi.functions.keys().cloned().collect()).unwrap_or_default();
        out.insert(name, Compiled { runtime, immutables, abi_functions });
    }
    Ok((out, compiler))
}

/// Offsets of DELEGATECALL (0xf4) and SELFDESTRUCT (0xff) opcodes, skipping PUSH data.
fn dangerous_opcodes(code: &[u8]) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < code.len() {
        match code[i] {
            0xf4 => found.push((i, "DELEGATECALL")),
            0xff => found.push((i, "SELFDESTRUCT")),
            op @ 0x60..=0x7f => i += usize::from(op - 0x5f),
            _ => {}
        }
        i += 1;
    }
    found
}

fn blank(code: &mut [u8], ranges: &[(usize, usize)]) {
    for (start, len) in ranges {
        if let Some(slice) = code.get_mut(*start..start + len) {
            slice.fill(0);
        }
    }
}

async fn check(
    provider: &alloy::providers::DynProvider,
    name: &'static str,
    address: Address,
    compiled: &Compiled,
) -> Result<ContractCheck> {
    let code: Bytes = provider.get_code_at(address).await?;
    let mut findings = Vec::new();
    let (mut deployed, mut expected) = (code.to_vec(), compiled.runtime.clone());
    blank(&mut deployed, &compiled.immutables);
    blank(&mut expected, &compiled.immutables);
    let code_matches = !code.is_empty() && deployed == expected;
    if code.is_empty() {
        findings.push("no code at this address".into());
    } else if !code_matches {
        let first = deployed
            .iter()
            .zip(&expected)
            .position(|(a, b)| a != b)
            .unwrap_or(deployed.len().min(expected.len()));
        findings.push(format!(
            "runtime code differs from this repository's {name}: {} bytes deployed vs {} compiled, first difference at byte {first}",
            deployed.len(),
            expected.len()
        ));
    }
    for (offset, op) in dangerous_opcodes(&code) {
        findings.push(format!("{op} opcode at byte {offset}"));
    }
    for slot in [EIP1967_IMPLEMENTATION, EIP1967_ADMIN] {
        let value = provider.get_storage_at(address, slot.into()).await?;
        if value != U256::ZERO {
            findings.push(format!("EIP-1967 slot {slot} holds {value:#x}"));
        }
    }
    for function in &compiled.abi_functions {
        if ADMIN_NAMES.contains(&function.as_str()) {
            findings.push(format!("admin-style function {function}()"));
        }
    }
    let clean =
        findings.iter().all(|f| f.starts_with("runtime code differs") || f == "no code at this address");
    let no_admin_path = code_matches.then_some(clean);
    let code_hash = alloy::primitives::keccak256(&code);
    Ok(ContractCheck {
        name,
        address,
        code_size: code.len(),
        code_hash,
        code_matches,
        no_admin_path,
        findings,
    })
}

fn words(p: &Params, block_seconds: f64) -> Vec<(String, String)> {
    let duration = |blocks: u32| crate::blocks_in_words(u64::from(blocks), block_seconds);
    let eth = |wei: &U256| format!("{} ETH", crate::format_eth(&wei.to_string()));
    vec![
        ("L2 chain id".into(), p.l2_chain_id.to_string()),
        ("minimum bond".into(), eth(&p.min_bond)),
        ("roster cap".into(), format!("{} operators", p.max_sequencers)),
        (
            "slot".into(),
            format!(
                "{} blocks; {} slots per epoch (roster changes apply two epochs later)",
                p.slot_length, p.slots_per_epoch
            ),
        ),
        (
            "leader's exclusive window".into(),
            format!("{} blocks; backup k may post after k times that", p.grace_blocks),
        ),
        ("inclusion window (forced entries)".into(), duration(p.inclusion_window)),
        ("escape hatch opens after".into(), duration(p.escape_delay)),
        ("faults provable for".into(), duration(p.fault_window)),
        ("exit delay".into(), duration(p.exit_delay)),
        (
            "jailing".into(),
            format!(
                "{} missed leader slots within one epoch; cooldown {}",
                p.strikes_to_jail,
                duration(p.jail_cooldown)
            ),
        ),
        ("jail penalty".into(), eth(&p.jail_penalty)),
        (
            "censorship penalty".into(),
            format!(
                "{} per overdue entry, of which up to {} to the censored user",
                eth(&p.censorship_penalty),
                eth(&p.censorship_compensation)
            ),
        ),
        ("equivocation penalty".into(), "the whole bond, and ejection".into()),
        (
            "committee certificates".into(),
            "two certificates for one position: every member that signed both loses its whole bond and is ejected"
                .into(),
        ),
        (
            "inclusion receipts".into(),
            format!(
                "{} per receipt contradicted by its signer's batch, {} per receipt whose leader never posted; up \
                 to {} to its beneficiary",
                eth(&p.receipt_safety_penalty),
                eth(&p.receipt_liveness_penalty),
                eth(&p.receipt_compensation)
            ),
        ),
        (
            "payouts".into(),
            format!(
                "{} % of every penalty: compensation first, the rest to the reporter; escrowed for the fault \
                 window except for equivocation; the rest burned",
                f64::from(p.bounty_bps) / 100.0
            ),
        ),
        ("forced inclusion fee".into(), eth(&p.forced_inclusion_fee)),
        ("largest forced transaction".into(), format!("{} bytes", p.max_forced_tx_size)),
    ]
}

/// Compiles the contracts under `root` and checks the deployment against them.
pub async fn verify(
    rpc: &reqwest::Url,
    deployment: &Deployment,
    root: &Path,
    block_seconds: f64,
) -> Result<VerifyReport> {
    let provider = connect_read(rpc);
    let chain_id = provider.get_chain_id().await.wrap_err_with(|| format!("no L1 answering at {rpc}"))?;
    ensure!(
        chain_id == deployment.chain_id,
        "endpoint serves chain {chain_id}, the deployment file says {}",
        deployment.chain_id
    );
    let registry = SequencerRegistry::new(deployment.registry, provider.clone());
    // Anything else at that address answers params() with garbage or not at all.
    let on_chain = match registry.params().call().await {
        Ok(p) => baton_l1::guard::from_contract(&p),
        Err(e) => bail!(
            "{} is not a Baton registry on chain {chain_id}: its params() does not answer as SequencerRegistry's ({e})",
            deployment.registry
        ),
    };
    let (compiled, compiler) = compile(root)?;
    let mut contracts = vec![
        check(&provider, "SequencerRegistry", deployment.registry, &compiled["SequencerRegistry"]).await?,
        check(&provider, "BatchInbox", deployment.inbox, &compiled["BatchInbox"]).await?,
        check(&provider, "InclusionReceipts", deployment.receipts, &compiled["InclusionReceipts"]).await?,
        check(&provider, "CommitteeCertificates", deployment.committee, &compiled["CommitteeCertificates"])
            .await?,
    ];
    // Immutables: the registry's are its parameters and its inbox; the inbox's, its registry.
    let differences = baton_l1::guard::param_differences(&on_chain, &deployment.params);
    let registry_inbox = registry.inbox().call().await?;
    if registry_inbox != deployment.inbox {
        contracts[0].findings.push(format!(
            "link: the registry's inbox() is {registry_inbox}, the deployment file's inbox is {}",
            deployment.inbox
        ));
        contracts[0].code_matches = false;
    }
    let inbox = baton_bindings::batch_inbox::BatchInbox::new(deployment.inbox, provider.clone());
    let inbox_registry = inbox.registry().call().await.ok();
    if inbox_registry != Some(deployment.registry) {
        contracts[1].findings.push(format!(
            "link: the inbox's registry() is {}, the deployment file's registry is {}",
            inbox_registry.map_or_else(|| "unanswered".into(), |a| a.to_string()),
            deployment.registry
        ));
        contracts[1].code_matches = false;
    }
    let registry_receipts = registry.receipts().call().await?;
    let receipts =
        baton_bindings::inclusion_receipts::InclusionReceipts::new(deployment.receipts, provider.clone());
    let receipts_registry = receipts.registry().call().await.ok();
    if registry_receipts != deployment.receipts || receipts_registry != Some(deployment.registry) {
        contracts[2].findings.push(format!(
            "link: the registry's receipts() is {registry_receipts}, the receipts contract's registry() is {}; the \
             deployment file says receipts {} and registry {}",
            receipts_registry.map_or_else(|| "unanswered".into(), |a| a.to_string()),
            deployment.receipts,
            deployment.registry
        ));
        contracts[2].code_matches = false;
    }
    let registry_committee = registry.committee().call().await?;
    let committee = baton_bindings::committee_certificates::CommitteeCertificates::new(
        deployment.committee,
        provider.clone(),
    );
    let committee_registry = committee.registry().call().await.ok();
    if registry_committee != deployment.committee || committee_registry != Some(deployment.registry) {
        contracts[3].findings.push(format!(
            "link: the registry's committee() is {registry_committee}, the committee contract's registry() is {}; \
             the deployment file says committee {} and registry {}",
            committee_registry.map_or_else(|| "unanswered".into(), |a| a.to_string()),
            deployment.committee,
            deployment.registry
        ));
        contracts[3].code_matches = false;
    }
    for c in &mut contracts {
        if !c.code_matches {
            c.no_admin_path = None;
        }
    }
    Ok(VerifyReport {
        source: source(root, &compiler),
        contracts,
        differences,
        parameters: words(&on_chain, block_seconds),
        params: on_chain,
    })
}

/// The report for humans.
pub fn render(report: &VerifyReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let s = &report.source;
    let _ = writeln!(
        out,
        "compared with commit {} ({}), {}, {}",
        s.commit,
        if s.clean {
            "clean tree"
        } else {
            "UNCOMMITTED CHANGES in contracts/: this verifies only this checkout"
        },
        s.compiler,
        s.settings
    );
    for c in &report.contracts {
        let verdict = match (c.code_matches, c.no_admin_path) {
            (true, Some(true)) => "OK: this repository's code, no proxy, no admin path",
            (true, _) => "ADMIN PATH FOUND",
            (false, _) => "MISMATCH: not this repository's code (no claim about admin paths)",
        };
        let _ = writeln!(out, "{:<18} {}  {} bytes  {verdict}", c.name, c.address, c.code_size);
        let _ = writeln!(out, "    code hash {}", c.code_hash);
        for f in &c.findings {
            let _ = writeln!(out, "    {f}");
        }
    }
    for d in &report.differences {
        let _ = writeln!(
            out,
            "PARAMETER DIFFERS: {} is {} on chain, {} in the deployment file",
            d.field, d.onchain, d.file
        );
    }
    let _ = writeln!(out, "\nparameters (immutable):");
    for (name, value) in &report.parameters {
        let _ = writeln!(out, "  {name:<34} {value}");
    }
    out
}
