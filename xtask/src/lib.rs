//! The project's automation, as a library so that the snapshot tests can call it.
//!
//! `cargo xtask codegen` regenerates every client crate from `specs/`;
//! `cargo xtask lint` checks the specs themselves.

pub mod codegen;
pub mod generate;
pub mod lint;
pub mod policy;
pub mod settings;
pub mod spec;
pub mod surface;
pub mod trace_paths;

use std::path::PathBuf;

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}
