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
    /// What the generated facade cannot derive from the spec: hand-written Rust in the
    /// crate's `src/hooks.rs`, named here. [`NO_HOOKS`] for an API that needs none.
    pub hooks: Hooks,
}

/// Paths (in the client crate) of the hand-written pieces the generated facade calls.
#[derive(Debug, Clone, Copy)]
pub struct Hooks {
    /// `fn(&str) -> Result<(), client_core::ConfigError>`: checks the credential at
    /// construction (a key prefix, say), before anything is sent.
    pub check_credential: Option<&'static str>,
    /// A `client_core::BodyWaitHint`: reads a wait the API states in an error body.
    pub body_wait_hint: Option<&'static str>,
    /// The credential travels as this path parameter (spec name) of every operation that has
    /// it, instead of a header; its type is the parameter schema's replacement, which must
    /// have `fn new(impl Into<String>) -> Option<Self>` (`None` for an unusable key).
    pub key_in_path: Option<&'static str>,
}

/// An API whose facade is entirely derived from its spec.
pub const NO_HOOKS: Hooks = Hooks {
    check_credential: None,
    body_wait_hint: None,
    key_in_path: None,
};

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
        // `sk_` is production, `test_sk_` sandbox: `Client::environment` (src/hooks.rs).
        hooks: Hooks {
            check_credential: Some("crate::hooks::check_secret_key"),
            ..NO_HOOKS
        },
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
        // The key is the first path segment, not a header (src/hooks.rs: `ProjectApiKey`).
        hooks: Hooks {
            key_in_path: Some("projectApiKey"),
            ..NO_HOOKS
        },
    },
    ApiSettings {
        name: "billing-v2",
        spec: "specs/billing-v2.yaml",
        crate_dir: "crates/billing-v2",
        // Store identifiers are strings, but the vendor's own examples send some as numbers.
        replacements: &[Replacement {
            schema: "StoreIdentifier",
            rust_type: "client_core::LenientString",
            impls: &["Display", "FromStr"],
        }],
        // A 429 body states its wait in `backoff_ms` (src/hooks.rs).
        hooks: Hooks {
            body_wait_hint: Some("crate::hooks::backoff_from_body"),
            ..NO_HOOKS
        },
    },
    ApiSettings {
        name: "flexprice",
        spec: "specs/flexprice.yaml",
        crate_dir: "crates/flexprice",
        replacements: &[],
        hooks: NO_HOOKS,
    },
];

/// The generated file inside each crate.
pub const GENERATED_FILE: &str = "src/generated.rs";

/// The generated facade (client, streams, re-exports) inside each crate.
pub const GENERATED_CLIENT_FILE: &str = "src/generated_client.rs";

/// The generated `httpmock` helpers (behind each crate's `mock` feature).
pub const GENERATED_MOCK_FILE: &str = "src/generated_mock.rs";

/// The generated `webhooks` module, written only for an API whose spec has `x-webhooks`
/// (see xtask/src/webhooks.rs).
pub const GENERATED_WEBHOOKS_FILE: &str = "src/generated_webhooks.rs";

/// The spec-driven wire test of every operation (`xtask/src/wire_test.rs`).
pub const GENERATED_WIRE_TEST: &str = "tests/generated_wire.rs";

/// The crate's README, whose operations section is generated (see `readme.rs`).
pub const README_FILE: &str = "README.md";

/// Every file `cargo xtask codegen` writes inside every existing crate (plus
/// [`GENERATED_WEBHOOKS_FILE`] where the spec has webhooks).
pub const GENERATED_FILES: &[&str] = &[
    GENERATED_FILE,
    GENERATED_CLIENT_FILE,
    GENERATED_MOCK_FILE,
    GENERATED_WIRE_TEST,
    README_FILE,
];

/// The runtime type every generated `Client` carries (retry policy, etc.).
pub const RUNTIME_TYPE: &str = "client_core::Runtime";
