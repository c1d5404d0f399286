//! `baton completions`: prints a shell completion script: `baton completions bash > /etc/bash_completion.d/baton`.

use clap::Args;
use eyre::Result;

use super::emit;

/// Prints a shell completion script: `baton completions bash > /etc/bash_completion.d/baton`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    shell: clap_complete::Shell,
}

impl CompletionsArgs {
    /// Whether `--json` was asked for.
    pub(crate) fn json(&self) -> bool {
        false
    }

    pub(crate) async fn run(self) -> Result<()> {
        let Self { shell } = self;

        let mut out = Vec::new();
        clap_complete::generate(
            shell,
            &mut <crate::Cli as clap::CommandFactory>::command(),
            "baton",
            &mut out,
        );
        emit(String::from_utf8_lossy(&out).trim_end())
    }
}
