//! The project's automation, as a library so that the snapshot tests can call it.
//!
//! `cargo xtask codegen` regenerates every client crate from `specs/`;
//! `cargo xtask lint` checks the specs themselves.

pub mod codegen;
pub mod diagnose;
pub mod diff;
pub mod facade;
pub mod generate;
pub mod hand_written_names;
pub mod line_index;
pub mod lint;
pub mod mock;
pub mod normalise;
pub mod operations;
pub mod problem;
pub mod readme;
pub mod rewrite;
pub mod rust_names;
pub mod scaffold;
pub mod settings;
pub mod spec;
pub mod spec_checks;
pub mod surface;
pub mod synthetic;
pub mod timing;
pub mod webhooks;
pub mod wire_test;
pub mod workspace;
pub mod write;
mod yaml_budget;

use std::path::PathBuf;

/// The workspace root, found at run time from the current directory upward (see
/// [`workspace::find_root`]); never a path fixed when this crate was compiled.
///
/// # Panics
/// When the current directory is not inside a Cargo workspace.
pub fn workspace_root() -> PathBuf {
    workspace::current_root().unwrap_or_else(|e| panic!("{e}"))
}
