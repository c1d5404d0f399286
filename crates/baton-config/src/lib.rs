//! Configuration loading shared by Baton's binaries (node, keeper, CLI): signing keys from cast-compatible
//! keystores or an environment variable, deployment files, and optional TOML settings files whose unknown keys
//! are errors. Every error names the file or variable at fault and what to do about it.

use std::path::{Path, PathBuf};

use alloy::signers::local::PrivateKeySigner;
use baton_protocol::deployment::Deployment;
use serde::de::DeserializeOwned;

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
    #[error("no signing key: pass --keystore (with {KEYSTORE_PASSWORD_VAR}) or set {0}")]
    MissingKey(&'static str),
    /// The key variable does not hold a private key.
    #[error("{0} is not a hex private key")]
    BadKey(&'static str),
}

/// The signer from `keystore` (decrypted with [`KEYSTORE_PASSWORD_VAR`]) if given, else from the hex private key
/// in environment variable `key_var`.
pub fn signer(keystore: Option<&Path>, key_var: &'static str) -> Result<PrivateKeySigner, ConfigError> {
    if let Some(path) = keystore {
        let password = std::env::var(KEYSTORE_PASSWORD_VAR)
            .map_err(|_| ConfigError::MissingPassword(path.to_path_buf()))?;
        return PrivateKeySigner::decrypt_keystore(path, password)
            .map_err(|e| ConfigError::Keystore { path: path.to_path_buf(), reason: e.to_string() });
    }
    let key = std::env::var(key_var).map_err(|_| ConfigError::MissingKey(key_var))?;
    key.trim().parse().map_err(|_| ConfigError::BadKey(key_var))
}

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
}
