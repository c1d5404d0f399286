//! A service under a `kill -9` test runs in a child process: the test binary runs itself again with one ignored
//! helper test selected and the service's configuration, as JSON, in an environment variable; the helper prints
//! `<ready><url>` once the service listens. The child is killed when its handle is dropped, so a failing test leaves
//! nothing running.

use std::{
    io::BufRead,
    process::{Child, Command, Stdio},
};

use baton_protocol::deployment::Deployment;
use eyre::{eyre, Result};

/// What a service in a child process needs from its parent.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct ChildConfig {
    /// The L1 endpoint.
    pub rpc: String,
    /// The deployment.
    pub deployment: Deployment,
    /// The service's private key, hex.
    pub key: String,
    /// Its data directory (the same across restarts).
    pub dir: std::path::PathBuf,
}

impl ChildConfig {
    /// In the helper test: the configuration its parent passed in `env`; `None` when the helper runs as a plain
    /// test (it then does nothing).
    pub fn from_env(env: &str) -> Result<Option<Self>> {
        std::env::var(env).ok().map(|json| Ok(serde_json::from_str(&json)?)).transpose()
    }
}

/// A child process, SIGKILLed and reaped when dropped.
#[derive(Debug)]
pub struct ChildProcess(Child);

impl ChildProcess {
    /// Runs this test binary's ignored test `helper` with `config` in `env`, its output unread.
    pub fn start(helper: &str, env: &str, config: &str) -> Result<Self> {
        Ok(Self(helper_command(helper, env, config)?.stdout(Stdio::null()).spawn()?))
    }

    /// As [`Self::start`], and waits for the line `<ready><url>` on its output; returns the child and the url.
    pub fn start_ready(helper: &str, env: &str, config: &str, ready: &str) -> Result<(Self, String)> {
        let mut child = helper_command(helper, env, config)?.stdout(Stdio::piped()).spawn()?;
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout"))?;
        let process = Self(child);
        let mut lines = std::io::BufReader::new(stdout).lines();
        loop {
            let line = lines.next().ok_or_else(|| eyre!("{helper} exited before it was ready"))??;
            if let Some(url) = line.strip_prefix(ready) {
                return Ok((process, url.to_string()));
            }
        }
    }

    /// Whether it has exited, and how.
    pub fn try_wait(&mut self) -> Result<Option<std::process::ExitStatus>> {
        Ok(self.0.try_wait()?)
    }

    /// SIGKILL, and waits until it is gone.
    pub fn kill(mut self) -> Result<()> {
        self.0.kill()?;
        self.0.wait()?;
        Ok(())
    }
}

impl Drop for ChildProcess {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn helper_command(helper: &str, env: &str, config: &str) -> Result<Command> {
    let mut command = Command::new(std::env::current_exe()?);
    command.args(["--exact", helper, "--ignored", "--nocapture"]).env(env, config).stderr(Stdio::null());
    Ok(command)
}
