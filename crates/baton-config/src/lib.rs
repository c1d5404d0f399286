//! Configuration loading shared by Baton's binaries (node, keeper, CLI): signing keys from cast-compatible
//! keystores or an environment variable, deployment files, and optional TOML settings files whose unknown keys
//! are errors. Every error names the file or variable at fault and what to do about it.
//!
//! The three binaries take the same flags for the same things, as Foundry's tools do: [`KeyArgs`] (`--account`,
//! `--keystore`, `--private-key`, `BATON_PRIVATE_KEY`), [`rpc_url`] (`--rpc-url`, `ETH_RPC_URL`) and
//! [`DEFAULT_DEPLOYMENT`] (`--deployment`, `BATON_DEPLOYMENT`); the node's and the keeper's HTTP servers open their
//! `--listen` socket with [`listen`].

use std::path::{Path, PathBuf};

use alloy::signers::local::PrivateKeySigner;
use baton_protocol::deployment::Deployment;
use serde::de::DeserializeOwned;

/// `--version` of every Baton binary: the crate version and the source commit (`-dirty` with uncommitted
/// changes), so an operator can say exactly what it runs.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("BATON_GIT_COMMIT"), ")");

/// Environment variable holding the password of any keystore passed with `--keystore`.
pub const KEYSTORE_PASSWORD_VAR: &str = "BATON_KEYSTORE_PASSWORD";

/// Why configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file did not parse.
    #[error("parsing {path}: {reason}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The parser's message.
        reason: String,
    },
    /// A keystore was given without its password.
    #[error("{KEYSTORE_PASSWORD_VAR} must hold the password of keystore {0}")]
    MissingPassword(PathBuf),
    /// The keystore did not decrypt.
    #[error("decrypting keystore {path}: {reason}")]
    Keystore {
        /// The keystore.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Neither a keystore nor the key variable was given.
    #[error("no signing key: pass --account NAME or --keystore PATH (password from {KEYSTORE_PASSWORD_VAR} or the terminal), or set {0}")]
    MissingKey(&'static str),
    /// The keystore named does not exist.
    #[error("no keystore at {0}: import one with `cast wallet import NAME --interactive`, or check --account / --keystore")]
    KeystoreMissing(PathBuf),
    /// `--account` was given but the home directory is unknown.
    #[error("--account needs the home directory (HOME) to find ~/.foundry/keystores")]
    NoHome,
    /// The key variable does not hold a private key.
    #[error("{0} is not a hex private key")]
    BadKey(&'static str),
    /// An environment variable does not hold a URL.
    #[error("{0} is not a URL: {1:?}")]
    BadUrl(&'static str, String),
}

/// Environment variable holding a raw private key, in every Baton binary.
pub const PRIVATE_KEY_VAR: &str = "BATON_PRIVATE_KEY";

/// The signer from `keystore` if given (its password from [`KEYSTORE_PASSWORD_VAR`], else typed on the terminal),
/// else from the hex private key in environment variable `key_var`.
pub fn signer(keystore: Option<&Path>, key_var: &'static str) -> Result<PrivateKeySigner, ConfigError> {
    if let Some(path) = keystore {
        // Missing is not the same as a wrong password: say which.
        if !path.is_file() {
            return Err(ConfigError::KeystoreMissing(path.to_path_buf()));
        }
        let password = match std::env::var(KEYSTORE_PASSWORD_VAR) {
            Ok(password) => password,
            Err(_) if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
                rpassword::prompt_password(format!("password of keystore {}: ", path.display()))
                    .map_err(|_| ConfigError::MissingPassword(path.to_path_buf()))?
            }
            Err(_) => return Err(ConfigError::MissingPassword(path.to_path_buf())),
        };
        return PrivateKeySigner::decrypt_keystore(path, password)
            .map_err(|e| ConfigError::Keystore { path: path.to_path_buf(), reason: e.to_string() });
    }
    let key = std::env::var(key_var).map_err(|_| ConfigError::MissingKey(key_var))?;
    key.trim().parse().map_err(|_| ConfigError::BadKey(key_var))
}

/// Where a signing key comes from: the same flags in every Baton binary, as in Foundry's `cast`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct KeyArgs {
    /// A keystore in Foundry's keystore directory, ~/.foundry/keystores/NAME (as `cast wallet import NAME` writes).
    #[arg(long, env = "BATON_ACCOUNT", conflicts_with = "keystore")]
    pub account: Option<String>,
    /// An encrypted keystore file; its password from BATON_KEYSTORE_PASSWORD, else asked on the terminal.
    #[arg(long, env = "BATON_KEYSTORE")]
    pub keystore: Option<PathBuf>,
    /// A raw private key (discouraged: it ends up in the shell history). BATON_PRIVATE_KEY is read otherwise.
    #[arg(long)]
    pub private_key: Option<String>,
}

impl KeyArgs {
    /// The signer these flags name; `fallback_keystore` (a settings file's) when no flag does, then
    /// [`PRIVATE_KEY_VAR`], then `legacy_var` (an older variable name some deployments still set).
    pub fn signer(
        &self,
        fallback_keystore: Option<&Path>,
        legacy_var: Option<&'static str>,
    ) -> Result<PrivateKeySigner, ConfigError> {
        if let Some(key) = &self.private_key {
            eprintln!("warning: --private-key exposes the key to the shell history and process list; prefer --account, --keystore or {PRIVATE_KEY_VAR}");
            return key.trim().parse().map_err(|_| ConfigError::BadKey("--private-key"));
        }
        let keystore = match (&self.account, &self.keystore) {
            (Some(name), _) => Some(foundry_keystore(name)?),
            (None, Some(path)) => Some(path.clone()),
            (None, None) => fallback_keystore.map(Path::to_path_buf),
        };
        if keystore.is_none() && std::env::var_os(PRIVATE_KEY_VAR).is_none() {
            if let Some(var) = legacy_var.filter(|v| std::env::var_os(v).is_some()) {
                return signer(None, var);
            }
        }
        signer(keystore.as_deref(), PRIVATE_KEY_VAR)
    }
}

/// `~/.foundry/keystores/NAME`, where `cast wallet import NAME` puts a keystore.
pub fn foundry_keystore(name: &str) -> Result<PathBuf, ConfigError> {
    let home = std::env::var_os("HOME").ok_or(ConfigError::NoHome)?;
    Ok(PathBuf::from(home).join(".foundry").join("keystores").join(name))
}

/// Default L1 endpoint: a local node.
pub const DEFAULT_RPC_URL: &str = "http://127.0.0.1:8545";

/// The L1 endpoint: the `--rpc-url` flag or `ETH_RPC_URL` (as cast reads it; clap gives either as `flag`), else
/// the settings file's, else [`DEFAULT_RPC_URL`].
pub fn rpc_url(flag: Option<reqwest::Url>, file: Option<reqwest::Url>) -> Result<reqwest::Url, ConfigError> {
    match flag.or(file) {
        Some(url) => Ok(url),
        None => {
            DEFAULT_RPC_URL.parse().map_err(|_| ConfigError::BadUrl("the default", DEFAULT_RPC_URL.into()))
        }
    }
}

/// Default deployment file: the one `baton deploy` writes for a local anvil (chain 31337).
pub const DEFAULT_DEPLOYMENT: &str = "deployments/31337.json";

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: path.to_path_buf(), source })
}

/// The deployment file at `path` (as `script/Deploy.s.sol` writes it).
pub fn deployment(path: &Path) -> Result<Deployment, ConfigError> {
    Deployment::from_json(&read(path)?)
        .map_err(|e| ConfigError::Parse { path: path.to_path_buf(), reason: e.to_string() })
}

/// The TOML settings file at `path`, or the defaults when there is none.
pub fn toml_file<T: DeserializeOwned + Default>(path: Option<&Path>) -> Result<T, ConfigError> {
    let Some(path) = path else { return Ok(T::default()) };
    toml::from_str(&read(path)?)
        .map_err(|e| ConfigError::Parse { path: path.to_path_buf(), reason: e.to_string() })
}

/// Connections the kernel completes and queues for an HTTP server before it refuses more (capped by the system's
/// `net.core.somaxconn`).
pub const LISTEN_BACKLOG: u32 = 1024;

/// The listening socket of a binary's HTTP server (`--listen`). Not `TcpListener::bind`: its backlog of 128 (the
/// standard library's) drops the SYNs of any clients beyond 128 that connect at once, and each of them waits a second
/// for its retransmission (measured on the node: the 130th of 256 connections opened together took 1.0 s).
pub fn listen(addr: std::net::SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket =
        if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Settings {
        poll_ms: Option<u64>,
    }

    #[test]
    fn toml_files_parse_strictly_and_name_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("x.toml");
        std::fs::write(&file, "poll_ms = 5\n").expect("writes");
        assert_eq!(toml_file::<Settings>(Some(&file)).expect("parses").poll_ms, Some(5));
        assert_eq!(toml_file::<Settings>(None).expect("defaults").poll_ms, None);
        std::fs::write(&file, "pol_ms = 5\n").expect("writes");
        let err = toml_file::<Settings>(Some(&file)).expect_err("unknown key").to_string();
        assert!(err.contains("pol_ms") && err.contains("x.toml"), "{err}");
        let err =
            toml_file::<Settings>(Some(&dir.path().join("missing.toml"))).expect_err("missing").to_string();
        assert!(err.starts_with("reading"), "{err}");
    }

    #[test]
    fn keys_come_from_a_keystore_or_the_environment() {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = PrivateKeySigner::random();
        let mut rng = rand::thread_rng();
        PrivateKeySigner::encrypt_keystore(dir.path(), &mut rng, key.to_bytes(), "pw", Some("operator"))
            .expect("encrypts");
        let path = dir.path().join("operator");
        std::env::set_var(KEYSTORE_PASSWORD_VAR, "pw");
        assert_eq!(signer(Some(&path), "BATON_TEST_UNSET").expect("decrypts").address(), key.address());
        std::env::set_var(KEYSTORE_PASSWORD_VAR, "wrong");
        assert!(matches!(signer(Some(&path), "BATON_TEST_UNSET"), Err(ConfigError::Keystore { .. })));

        assert!(matches!(signer(None, "BATON_TEST_UNSET"), Err(ConfigError::MissingKey("BATON_TEST_UNSET"))));
        std::env::set_var("BATON_TEST_BAD_KEY", "0x1234");
        assert!(matches!(signer(None, "BATON_TEST_BAD_KEY"), Err(ConfigError::BadKey(_))));
        std::env::set_var("BATON_TEST_KEY", alloy::hex::encode_prefixed(key.to_bytes()));
        assert_eq!(signer(None, "BATON_TEST_KEY").expect("parses").address(), key.address());
    }

    /// More clients than the standard library's backlog of 128 connect at once while the server accepts none: every
    /// handshake completes at once (a dropped SYN would wait a second for its retransmission).
    #[tokio::test]
    async fn three_hundred_clients_connecting_at_once_are_all_queued() {
        let listener = listen("127.0.0.1:0".parse().expect("addr")).expect("listens");
        let addr = listener.local_addr().expect("bound");
        let clients = tokio::task::spawn_blocking(move || {
            (0..300)
                .map(|_| std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(500)))
                .collect::<Result<Vec<_>, _>>()
        })
        .await
        .expect("joins");
        assert_eq!(clients.expect("every handshake completed without a retransmission").len(), 300);
        drop(listener);
    }
}
