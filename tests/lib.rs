//! The snapshot tests live in `tests/snapshots.rs`. This crate's docs are the workspace
//! README, so that `cargo test --workspace` compiles its usage examples.
#![doc = include_str!("../README.md")]
