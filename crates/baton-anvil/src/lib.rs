//! Locates the project's pinned `anvil` (installed by `npm ci` under `node_modules/@foundry-rs`) and
//! spawns it on an OS-chosen free port with the hardfork the contracts target.
//!
//! The returned [`AnvilInstance`] kills the child process when dropped, so a test that panics still
//! cleans up after itself.

use std::{
    env,
    path::{Path, PathBuf},
};

pub use alloy::node_bindings::{Anvil, AnvilInstance};

/// Environment variable that overrides where the `anvil` binary is found.
pub const ANVIL_PATH_ENV: &str = "BATON_ANVIL";

/// The L1 hardfork every Baton anvil runs, matching `evm_version` in `foundry.toml`.
pub const HARDFORK: &str = "prague";

/// Errors from locating or starting anvil.
#[derive(Debug, thiserror::Error)]
pub enum AnvilError {
    /// `BATON_ANVIL` names a file that does not exist.
    #[error("{ANVIL_PATH_ENV}={0} does not exist")]
    MissingOverride(PathBuf),
    /// No pinned binary was found and this platform has no npm package for it.
    #[error("no anvil binary found: run `npm ci` in the repository root or set {ANVIL_PATH_ENV}")]
    NotFound,
    /// anvil was found but did not start.
    #[error("failed to start anvil at {path}: {source}")]
    Spawn {
        /// The binary that was started.
        path: PathBuf,
        /// Why it failed.
        #[source]
        source: alloy::node_bindings::NodeError,
    },
}

/// The npm platform package suffix for this machine, e.g. `linux-amd64`.
fn npm_platform() -> Option<&'static str> {
    match (env::consts::OS, env::consts::ARCH) {
        ("linux", "x86_64") => Some("linux-amd64"),
        ("linux", "aarch64") => Some("linux-arm64"),
        ("macos", "x86_64") => Some("darwin-amd64"),
        ("macos", "aarch64") => Some("darwin-arm64"),
        _ => None,
    }
}

/// Path of the pinned anvil under `root/node_modules`, whether or not it exists.
pub fn pinned_anvil_path(root: &Path) -> Option<PathBuf> {
    let platform = npm_platform()?;
    Some(root.join(format!("node_modules/@foundry-rs/anvil-{platform}/bin/anvil")))
}

/// Finds anvil: `$BATON_ANVIL`, else the pinned npm binary in the nearest ancestor of the current
/// directory or of this crate that has one, else `anvil` on `PATH`.
pub fn find_anvil() -> Result<PathBuf, AnvilError> {
    if let Some(path) = env::var_os(ANVIL_PATH_ENV) {
        let path = PathBuf::from(path);
        return if path.is_file() { Ok(path) } else { Err(AnvilError::MissingOverride(path)) };
    }
    let starts = [env::current_dir().ok(), Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")))];
    for start in starts.into_iter().flatten() {
        for dir in start.ancestors() {
            if let Some(candidate) = pinned_anvil_path(dir).filter(|p| p.is_file()) {
                return Ok(candidate);
            }
        }
    }
    let on_path = env::var_os("PATH")
        .map(|paths| env::split_paths(&paths).map(|dir| dir.join("anvil")).find(|p| p.is_file()));
    on_path.flatten().ok_or(AnvilError::NotFound)
}

/// An anvil builder on the pinned binary and hardfork; callers add block time, fork URL, etc.
pub fn anvil() -> Result<Anvil, AnvilError> {
    Ok(Anvil::at(find_anvil()?).args(["--hardfork", HARDFORK]))
}

/// Spawns a builder from [`anvil`], mapping failures to [`AnvilError::Spawn`].
pub fn spawn(builder: Anvil) -> Result<AnvilInstance, AnvilError> {
    let path = find_anvil()?;
    builder.try_spawn().map_err(|source| AnvilError::Spawn { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinned_path_is_under_node_modules() {
        let path = pinned_anvil_path(Path::new("/repo")).expect("supported platform");
        assert!(path.starts_with("/repo/node_modules/@foundry-rs"));
        assert!(path.ends_with("bin/anvil"));
    }

    #[test]
    fn spawned_anvil_answers_on_a_free_port_and_dies_on_drop() {
        let instance = spawn(anvil().expect("anvil found")).expect("anvil starts");
        let port = instance.port();
        assert_ne!(port, 0);
        assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
        drop(instance);
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(
            std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
            "anvil still listening after drop"
        );
    }
}
