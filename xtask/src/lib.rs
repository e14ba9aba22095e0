//! The project's automation, as a library so that the snapshot tests can call it.
//!
//! `cargo xtask codegen` regenerates every client crate from `specs/`;
//! `cargo xtask lint` checks the specs themselves.

mod builder_from_bodies;
pub mod builders;
pub mod codegen;
pub mod diagnose;
pub mod diff;
mod enum_conversions;
pub mod facade;
pub mod generate;
mod hidden_docs;
pub mod lint;
pub mod mock;
pub mod mock_names;
pub mod normalise;
pub mod policy;
pub mod policy_idempotency;
pub mod readme;
pub mod scaffold;
pub mod settings;
pub mod spec;
mod string_newtypes;
pub mod surface;
pub mod synthetic;
pub mod trace_paths;
mod type_builder_macros;
pub mod unrunnable_examples;
pub mod validate;
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
