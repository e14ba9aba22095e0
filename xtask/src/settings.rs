//! The settings table: which spec feeds which crate, with which generator options.
//!
//! This is the one place a maintainer edits to add an API or change how one is generated.

/// How one API is turned into one client crate.
#[derive(Debug, Clone, Copy)]
pub struct ApiSettings {
    /// Short name used in messages and snapshot names.
    pub name: &'static str,
    /// The spec, relative to the workspace root.
    pub spec: &'static str,
    /// The crate directory, relative to the workspace root.
    pub crate_dir: &'static str,
    /// Schemas swapped for hand-written types: (schema name, Rust path, traits the type has).
    /// Used where the wire needs more than the schema can say (a secret in a path,
    /// a number that sometimes arrives as a string).
    pub replacements: &'static [Replacement],
}

/// A component schema replaced by a hand-written type.
#[derive(Debug, Clone, Copy)]
pub struct Replacement {
    pub schema: &'static str,
    pub rust_type: &'static str,
    /// Traits typify may rely on: any of "Display", "FromStr", "Default".
    pub impls: &'static [&'static str],
}

/// Every API of the workspace, in the order they are generated and reported.
pub const APIS: &[ApiSettings] = &[
    ApiSettings {
        name: "qonversion-v4",
        spec: "specs/qonversion-v4.yaml",
        crate_dir: "crates/qonversion-v4",
        replacements: &[],
    },
    ApiSettings {
        name: "qonversion-analytics",
        spec: "specs/qonversion-analytics.yaml",
        crate_dir: "crates/qonversion-analytics",
        replacements: &[
            // The project key travels in the URL path: a redacting type keeps it out of `Debug`.
            Replacement {
                schema: "ProjectApiKey",
                rust_type: "crate::ProjectApiKey",
                impls: &["Display"],
            },
            // Counters sometimes arrive as numeric strings, and some are rates (fractions):
            // accept any JSON number or numeric string.
            Replacement {
                schema: "MetricCount",
                rust_type: "client_core::LenientNumber",
                impls: &["Display", "FromStr", "Default"],
            },
            Replacement {
                schema: "MetricAmount",
                rust_type: "client_core::LenientF64",
                impls: &["Display", "FromStr", "Default"],
            },
        ],
    },
    ApiSettings {
        name: "billing-v2",
        spec: "specs/billing-v2.yaml",
        crate_dir: "crates/billing-v2",
        replacements: &[],
    },
    ApiSettings {
        name: "flexprice",
        spec: "specs/flexprice.yaml",
        crate_dir: "crates/flexprice",
        replacements: &[],
    },
];

/// The generated file inside each crate.
pub const GENERATED_FILE: &str = "src/generated.rs";

/// The runtime type every generated `Client` carries (retry policy, etc.).
pub const RUNTIME_TYPE: &str = "client_core::Runtime";
