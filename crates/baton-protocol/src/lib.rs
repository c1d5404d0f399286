//! The Rust side of Baton's protocol (`docs/PROTOCOL.md`), with no I/O.
//!
//! Everything here must agree byte for byte with the contracts: the EIP-712 batch header and its signature
//! ([`header`]), the packed batch calldata ([`calldata`]), the transaction root ([`tx_root`]), the slot schedule ([`schedule`]), plus the batch payload
//! codec ([`payload`]), inclusion receipts ([`receipt`]), operator statuses ([`roster`]), L2 derivation from L1 records ([`derive`](mod@derive)) and the deployment file ([`deployment`]).
//! The end-to-end tests check each against the deployed contracts and against `cast`.

pub mod bls;
pub mod calldata;
pub mod committee;
pub mod deployment;
pub mod derive;
pub mod header;
pub mod payload;
pub mod receipt;
pub mod roster;
#[cfg(any(test, feature = "test-utils"))]
pub mod sample;
pub mod schedule;
pub mod tx_root;

pub use header::{BatchHeader, HeaderError};
