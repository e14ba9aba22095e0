//! Rewrites of progenitor's output that make the generated code fit for production, one
//! file each. Every rewrite is a policy applied to every API, never a per-type patch; its
//! file's docs say what it does and why.
//!
//! [`CLIENT`] lists the rewrites of `src/generated.rs` and [`MOCKS`] those of
//! `src/generated_mock.rs`, each in the order they are applied: to add a rewrite, add its
//! file here and its line to the list. `enum_conversions.rs` is not a rewrite of its own: it
//! writes the conversions `tolerant_enums` needs.

mod any_success_status;
mod body_idempotency_keys;
mod builder_from_bodies;
mod drop_prelude;
mod enum_conversions;
mod escape_mock_path_values;
mod fixed_array_query;
mod fresh_idempotency_keys;
mod helpful_builders;
mod hidden_docs;
mod indent_doc_lists;
mod lazy_codegen;
mod lean_requests;
mod mock_macros;
mod mock_options;
mod mock_trait_name;
mod op_builder_macros;
mod repeat_mock_array_queries;
mod restore_wire_names;
mod runtime_hooks;
mod semver_safe_structs;
mod string_newtypes;
mod strip_api_version;
mod tolerant_enums;
mod trace_paths;
mod type_builder_macros;
mod typed_send;
mod unrunnable_examples;

pub use body_idempotency_keys::KEYED_OPERATIONS;
pub use lazy_codegen::mark as mark_inline;
pub use mock_macros::reflow as reflow_mocks;
pub use mock_trait_name::trait_name as mock_trait_name;
pub use op_builder_macros::Invocation as OpBuilderInvocation;
pub use type_builder_macros::reflow;

use quote::ToTokens;
use syn::{Item, ItemMod};

use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;
use Rewrite::{Builders, Checked, File, Types};

/// What a rewrite is applied to.
pub enum Rewrite {
    /// The `types` module (the spec's schemas).
    Types(fn(&mut ItemMod)),
    /// The `builder` module (one request builder per operation).
    Builders(fn(&mut ItemMod)),
    /// The whole file.
    File(fn(&mut syn::File)),
    /// The whole file, with the API and its spec; fails when the code is not as expected.
    Checked(fn(&mut syn::File, &Input<'_>) -> Result<(), String>),
}

/// What a [`Rewrite::Checked`] may read besides the code.
pub struct Input<'a> {
    pub api: &'a ApiSettings,
    pub spec: &'a LoadedSpec,
}

/// The rewrites of the client code (`src/generated.rs`), in the order they are applied.
pub const CLIENT: &[(&str, Rewrite)] = &[
    // Parameters `normalise` renamed for progenitor are sent under their spec names again.
    ("restore_wire_names", Checked(restore_wire_names::client)),
    // Every string enum gains `Unknown(String)` and is `#[non_exhaustive]`.
    ("tolerant_enums", Types(tolerant_enums::apply)),
    // Every struct with named fields is `#[non_exhaustive]`.
    ("semver_safe_structs", Types(semver_safe_structs::apply)),
    // typify's builders: `Option` fields default to `None`, plain setters, every error at once.
    ("helpful_builders", Types(helpful_builders::apply)),
    // A named string's forwarding impls become one macro line (which adds `From<&str>`).
    ("string_newtypes", Types(string_newtypes::apply)),
    // No `api-version` header on any request.
    ("strip_api_version", Builders(strip_api_version::apply)),
    // An unset `Idempotency-Key` header parameter gets a fresh key per call.
    (
        "fresh_idempotency_keys",
        Builders(fresh_idempotency_keys::apply),
    ),
    // A fixed-length query array is sent as a slice (the key repeated).
    ("fixed_array_query", Builders(fixed_array_query::apply)),
    // Every 2xx is a success, not only the statuses the spec lists.
    ("any_success_status", Builders(any_success_status::apply)),
    // No allocation in the request path that only progenitor's helpers need.
    ("lean_requests", Builders(lean_requests::apply)),
    // `send` returns `client_core::Error<E>`; progenitor's stays as the private `send_raw`.
    ("typed_send", Builders(typed_send::apply)),
    // A body with an `idempotency_key` field gets one per call (`KEYED_OPERATIONS`).
    ("body_idempotency_keys", File(body_idempotency_keys::apply)),
    // Every request runs through `client_core::execute` (retries, `Retry-After`).
    ("runtime_hooks", File(runtime_hooks::apply)),
    // No ```` ```ignore ```` examples on the hidden client's methods.
    ("unrunnable_examples", File(unrunnable_examples::apply)),
    // progenitor's `prelude` module is dead code behind the facade.
    ("drop_prelude", File(drop_prelude::apply)),
    // `From<T>` stays only on the builders of request bodies.
    ("builder_from_bodies", File(builder_from_bodies::apply)),
    // Each type builder becomes one `client_core::type_builder!` call, a line per field.
    ("type_builder_macros", File(type_builder_macros::apply)),
    // Each request builder's `new`, setters and `send` become one `client_core::op_builder!`
    // call, a line per parameter; its `match` on the status, one `client_core::respond` call.
    ("op_builder_macros", Builders(op_builder_macros::apply)),
    // No long docs on the hidden generated `Client`.
    ("hidden_docs", File(hidden_docs::apply)),
    // Continuation lines of Markdown list items in docs are indented.
    ("indent_doc_lists", File(indent_doc_lists::apply)),
    // Request spans name the spec's path template (`OPERATION_PATHS`), never a concrete URL.
    ("trace_paths", Checked(trace_paths::apply)),
    // Every non-generic function is `#[inline]`: machine code only for what a program calls.
    ("lazy_codegen", File(lazy_codegen::apply)),
];

/// The rewrites of the httpmock helpers (`src/generated_mock.rs`), in the order they are applied.
pub const MOCKS: &[(&str, Rewrite)] = &[
    // Parameters `normalise` renamed for progenitor are matched under their spec names again.
    ("restore_wire_names", Checked(restore_wire_names::mocks)),
    // Path parameter values are regex-escaped before they are matched.
    (
        "escape_mock_path_values",
        File(escape_mock_path_values::apply),
    ),
    // An array query parameter matches each value as its own repeated key.
    (
        "repeat_mock_array_queries",
        File(repeat_mock_array_queries::apply),
    ),
    // The extension trait is named for the crate (`BillingV2MockServerExt`).
    ("mock_trait_name", Checked(mock_trait_name::apply)),
    // `mock::options(&server)`, the re-exports and the module's docs.
    ("mock_options", File(mock_options::apply)),
    // Each wrapper is one `client_core::mock_when!`/`mock_then!` call, a line per method.
    ("mock_macros", File(mock_macros::apply)),
];

/// Applies `rewrites` to `file`, in order.
pub fn apply(
    rewrites: &[(&str, Rewrite)],
    file: &mut syn::File,
    input: &Input<'_>,
) -> Result<(), String> {
    for (name, rewrite) in rewrites {
        crate::timing::phase(format_args!("rewrite {name}"), || -> Result<(), String> {
            match rewrite {
                Types(f) => in_module(file, "types", *f),
                Builders(f) => in_module(file, "builder", *f),
                File(f) => f(file),
                Checked(f) => f(file, input).map_err(|e| format!("{name}: {e}"))?,
            };
            Ok(())
        })?;
    }
    Ok(())
}

/// Applies `f` to the top-level module `name` of `file`, if it has one.
fn in_module(file: &mut syn::File, name: &str, f: fn(&mut ItemMod)) {
    for item in &mut file.items {
        if let Item::Mod(m) = item
            && m.ident == name
        {
            f(m);
        }
    }
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

fn mod_items(m: &mut ItemMod) -> &mut Vec<Item> {
    &mut m.content.as_mut().expect("generated modules are inline").1
}

/// Whether `have` is the tokens `want`: the same identifiers, punctuation (with its
/// spacing), literals and groups, in the same order; spans aside. What comparing their
/// printed text says, without printing either. `want` is taken by value, so that a stream
/// built for the comparison is walked in place.
pub(crate) fn same_tokens(have: &impl ToTokens, want: proc_macro2::TokenStream) -> bool {
    same_streams(have.to_token_stream(), want, true)
}

/// [`same_tokens`], spacing aside (`'a` or `->` written by `quote!` against the same tokens
/// printed by syn): for expected code that `quote!` writes and a parse would only re-space.
pub(crate) fn same_tokens_spacing_aside(
    have: &impl ToTokens,
    want: proc_macro2::TokenStream,
) -> bool {
    same_streams(have.to_token_stream(), want, false)
}

fn same_streams(a: proc_macro2::TokenStream, b: proc_macro2::TokenStream, spacing: bool) -> bool {
    use proc_macro2::TokenTree as T;
    let (mut a, mut b) = (a.into_iter(), b.into_iter());
    loop {
        let same = match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(T::Ident(x)), Some(T::Ident(y))) => x == y,
            (Some(T::Punct(x)), Some(T::Punct(y))) => {
                x.as_char() == y.as_char() && (!spacing || x.spacing() == y.spacing())
            }
            (Some(T::Literal(x)), Some(T::Literal(y))) => x.to_string() == y.to_string(),
            (Some(T::Group(x)), Some(T::Group(y))) => {
                // The groups are dropped before their streams are walked: a stream no one
                // else holds is iterated in place, not copied token by token.
                let same_delimiter = x.delimiter() == y.delimiter();
                let (xs, ys) = (x.stream(), y.stream());
                drop((x, y));
                same_delimiter && same_streams(xs, ys, spacing)
            }
            _ => false,
        };
        if !same {
            return false;
        }
    }
}

/// Bracket depth and string literals of Rust text read one character at a time: the
/// splitters of the macro-body reflows ([`reflow`], [`reflow_mocks`]) cut a body at its
/// top-level separators with it.
#[derive(Default)]
pub(crate) struct BracketScan {
    depth: i32,
    in_string: bool,
    escaped: bool,
}

impl BracketScan {
    /// Reads `c`: the bracket depth after it (`<`, `(`, `[`, `{` open; `>`, `)`, `]`, `}`
    /// close) when `c` is code, `None` when it belongs to a string literal, quotes included.
    pub(crate) fn step(&mut self, c: char) -> Option<i32> {
        if self.in_string {
            match c {
                _ if self.escaped => self.escaped = false,
                '\\' => self.escaped = true,
                '"' => self.in_string = false,
                _ => {}
            }
            return None;
        }
        match c {
            '"' => {
                self.in_string = true;
                return None;
            }
            '<' | '(' | '[' | '{' => self.depth += 1,
            '>' | ')' | ']' | '}' => self.depth -= 1,
            _ => {}
        }
        Some(self.depth)
    }

    /// Whether every bracket and string read so far is closed.
    pub(crate) fn balanced(&self) -> bool {
        self.depth == 0 && !self.in_string
    }
}
