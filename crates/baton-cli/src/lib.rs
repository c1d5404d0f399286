//! The `baton` command's library: the devnet that plays the whole system on one machine, usable from tests and
//! other tools as well as from the binary.

pub mod devnet;
