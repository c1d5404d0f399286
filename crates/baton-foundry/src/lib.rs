//! Locates the project's pinned Foundry binaries (installed by `npm` under `node_modules/@foundry-rs`) and
//! spawns anvil on an OS-chosen free port with the hardfork the contracts target.
//!
//! The returned [`AnvilInstance`] kills the child process when dropped, so a test that panics still
//! cleans up after itself.

use std::{
    env,
    path::{Path, PathBuf},
};

pub use alloy::node_bindings::{Anvil, AnvilInstance};

/// The L1 hardfork every Baton anvil runs, matching `evm_version` in `foundry.toml`.
pub const HARDFORK: &str = "prague";

/// A Foundry tool shipped as an npm platform package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// The local node.
    Anvil,
    /// The build and test tool.
    Forge,
    /// The command-line client.
    Cast,
}

impl Tool {
    /// The binary's name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Anvil => "anvil",
            Self::Forge => "forge",
            Self::Cast => "cast",
        }
    }

    /// Environment variable that overrides where the binary is found (`BATON_ANVIL`, ...).
    pub const fn env_var(self) -> &'static str {
        match self {
            Self::Anvil => "BATON_ANVIL",
            Self::Forge => "BATON_FORGE",
            Self::Cast => "BATON_CAST",
        }
    }
}

/// Errors from locating or starting a Foundry tool.
#[derive(Debug, thiserror::Error)]
pub enum FoundryError {
    /// The override variable names a file that does not exist.
    #[error("{var}={path} does not exist")]
    MissingOverride {
        /// The variable that was set.
        var: &'static str,
        /// Its value.
        path: PathBuf,
    },
    /// No pinned binary was found and none is on `PATH`.
    #[error("no {tool} binary found: run `make setup` (npm) in the repository root or set {var}")]
    NotFound {
        /// The tool's name.
        tool: &'static str,
        /// The override variable.
        var: &'static str,
    },
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

/// Path of the pinned `tool` under `root/node_modules`, whether or not it exists.
pub fn pinned_path(root: &Path, tool: Tool) -> Option<PathBuf> {
    let platform = npm_platform()?;
    let name = tool.name();
    Some(root.join(format!("node_modules/@foundry-rs/{name}-{platform}/bin/{name}")))
}

/// The repository root: the nearest ancestor of this crate holding `foundry.toml`.
pub fn repo_root() -> Option<PathBuf> {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("foundry.toml").is_file())
        .map(Path::to_path_buf)
}

/// Finds `tool`: its override variable, else the pinned npm binary in the nearest ancestor of the current
/// directory or of this crate that has one, else the binary on `PATH`.
pub fn find(tool: Tool) -> Result<PathBuf, FoundryError> {
    let var = tool.env_var();
    if let Some(path) = env::var_os(var) {
        let path = PathBuf::from(path);
        return if path.is_file() { Ok(path) } else { Err(FoundryError::MissingOverride { var, path }) };
    }
    let starts = [env::current_dir().ok(), Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")))];
    for start in starts.into_iter().flatten() {
        for dir in start.ancestors() {
            if let Some(candidate) = pinned_path(dir, tool).filter(|p| p.is_file()) {
                return Ok(candidate);
            }
        }
    }
    let on_path = env::var_os("PATH")
        .and_then(|paths| env::split_paths(&paths).map(|dir| dir.join(tool.name())).find(|p| p.is_file()));
    on_path.ok_or(FoundryError::NotFound { tool: tool.name(), var })
}

/// An anvil builder on the pinned binary and hardfork; callers add block time, fork URL, etc.
pub fn anvil() -> Result<Anvil, FoundryError> {
    Ok(Anvil::at(find(Tool::Anvil)?).args(["--hardfork", HARDFORK]))
}

/// Spawns a builder from [`anvil`], mapping failures to [`FoundryError::Spawn`].
///
/// Dropping the instance kills anvil; so does the death of this process by a signal or an abort, when `Drop`
/// never runs: a watchdog shell polls both processes every second and kills anvil once this process is gone.
/// The watchdog exits by itself as soon as anvil is gone, so it does not linger.
pub fn spawn(builder: Anvil) -> Result<AnvilInstance, FoundryError> {
    let path = find(Tool::Anvil)?;
    let instance = builder.try_spawn().map_err(|source| FoundryError::Spawn { path, source })?;
    watch_parent(instance.child().id());
    Ok(instance)
}

/// Best effort: without a POSIX shell there is no watchdog, and anvil dies only through `Drop`.
fn watch_parent(anvil: u32) {
    let me = std::process::id();
    let script = format!(
        "while kill -0 {me} 2>/dev/null && kill -0 {anvil} 2>/dev/null; do sleep 1; done; \
         kill -0 {me} 2>/dev/null || kill -9 {anvil} 2>/dev/null"
    );
    let _ = std::process::Command::new("sh")
        .args(["-c", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinned_path_is_under_node_modules() {
        let path = pinned_path(Path::new("/repo"), Tool::Forge).expect("supported platform");
        assert!(path.starts_with("/repo/node_modules/@foundry-rs"));
        assert!(path.ends_with("bin/forge"));
    }

    #[test]
    fn every_tool_is_found() {
        for tool in [Tool::Anvil, Tool::Forge, Tool::Cast] {
            let path = find(tool).unwrap_or_else(|e| panic!("{e}"));
            assert!(path.ends_with(tool.name()));
        }
    }

    #[test]
    fn repo_root_holds_foundry_toml() {
        assert!(repo_root().expect("inside the repository").join("foundry.toml").is_file());
    }

    #[test]
    fn anvil_dies_with_a_process_killed_by_a_signal() {
        // A child process spawns anvil through `spawn`, reports its port, and is killed with SIGKILL.
        let exe = std::env::current_exe().expect("test binary");
        if std::env::var_os("BATON_FOUNDRY_CHILD").is_some() {
            return;
        }
        let mut child = std::process::Command::new(exe)
            .args(["--exact", "tests::spawn_and_wait_child", "--nocapture", "--ignored"])
            .env("BATON_FOUNDRY_CHILD_SPAWN", "1")
            .stdout(std::process::Stdio::piped())
            // An orphaned anvil would otherwise hold the test harness's stderr open and hang it.
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("runs the child test");
        let mut out = std::io::BufReader::new(child.stdout.take().expect("piped"));
        let port: u16 = loop {
            let mut line = String::new();
            assert!(
                std::io::BufRead::read_line(&mut out, &mut line).expect("reads") > 0,
                "child exited early"
            );
            if let Some(p) = line.trim().strip_prefix("ANVIL_PORT=") {
                break p.parse().expect("port");
            }
        };
        assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let gone = (0..50).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            std::net::TcpStream::connect(("127.0.0.1", port)).is_err()
        });
        assert!(gone, "anvil outlived the process that spawned it");
    }

    /// Run only as the child of the test above.
    #[test]
    #[ignore = "helper process for anvil_dies_with_a_process_killed_by_a_signal"]
    fn spawn_and_wait_child() {
        if std::env::var_os("BATON_FOUNDRY_CHILD_SPAWN").is_none() {
            return;
        }
        let instance = spawn(anvil().expect("anvil found")).expect("anvil starts");
        println!("ANVIL_PORT={}", instance.port());
        std::thread::sleep(std::time::Duration::from_secs(60));
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
