//! Snapshot tests of the generated clients live in `tests/snapshots.rs`; this crate has no code.
