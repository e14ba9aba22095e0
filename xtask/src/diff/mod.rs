//! One spec-diff engine, two uses.
//!
//! - `cargo xtask drift` ([`drift`]): ours against the spec a vendor publishes: does the
//!   client decode what the server sends, and send only what it accepts?
//! - `cargo xtask changelog` ([`changelog`]): a spec at a git revision against the working
//!   tree: which changes break code written against the generated crate?
//!
//! - `cargo xtask import` ([`import`]): adds the vendor's operations ours lacks.
//!
//! Both load their sides the same way ([`model`]), run the same comparison ([`compare`]),
//! which records neutral [`change::Change`]s, and judge them with one table of rules
//! ([`rules`]) read from two perspectives; [`render`] words them for each command.

pub mod change;
pub mod changelog;
pub mod compare;
pub mod drift;
pub mod import;
pub mod model;
pub mod render;
pub mod rules;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod import_tests;
