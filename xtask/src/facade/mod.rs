//! The generated facade of each client crate (`src/generated_client.rs`): the `Client` users
//! build, its constructors (from the spec's `securitySchemes` and `servers`), one delegating
//! method per operation (documented with the spec's summary), a stream for every list
//! operation, and the crate's re-exports.
//!
//! Everything here is derived from the spec and the operations model
//! ([`crate::operations`]); what an API needs beyond that is named in its settings row
//! ([`crate::settings::Hooks`]) and written by hand in the crate's `src/hooks.rs`.
//!
//! [`render`] writes the file in named steps, in this order: `reexports`, `base_urls`,
//! `client_struct`, then inside `impl Client` `constructors`, `operation_methods` and
//! `stream_methods`, then `debug_impl` and `stream_impls`. The three kinds of stream
//! each have their file: `next_page_streams.rs`, `token_streams.rs`, `offset_streams.rs`.

mod credential;
mod next_page_streams;
mod offset_streams;
mod servers;
mod token_streams;

use std::collections::BTreeSet;
use std::fmt::Write as _;

use openapiv3::OpenAPI;
use syn::Item;

use crate::operations::{List, OffsetList, Operation, Pagination, Param, TokenList};
use crate::settings::ApiSettings;
use credential::Credential;
pub use credential::check;
use servers::Server;

/// What every step of the facade reads: the API, its operations and what follows from them.
struct Facade<'a> {
    api: &'a ApiSettings,
    spec: &'a OpenAPI,
    ops: &'a [Operation],
    /// The one error body of every operation, when they share one: the crate's `Error`.
    single_error: Option<String>,
    credential: Credential,
    servers: Vec<Server>,
    /// The lists paged by `next_page`, by cursor or number, by offset.
    next_page: Vec<(&'a Operation, &'a List)>,
    tokens: Vec<(&'a Operation, &'a List, &'a TokenList)>,
    offsets: Vec<(&'a Operation, &'a List, &'a OffsetList)>,
    /// Whether some operation's body carries an idempotency key (`KEYED_OPERATIONS`).
    keyed: bool,
    /// The operations that take no credential (`security: []`), by progenitor's id, when
    /// the credential travels in a header.
    unauthenticated: Vec<&'a str>,
}

impl<'a> Facade<'a> {
    fn new(
        api: &'a ApiSettings,
        spec: &'a OpenAPI,
        file: &syn::File,
        ops: &'a [Operation],
    ) -> Result<Self, String> {
        let errs: BTreeSet<String> = ops.iter().map(|o| error_path(&o.err)).collect();
        // One error body for every operation: the crate's `Error` names it. Otherwise `Error<E>`.
        let single_error = match errs.len() {
            0 => Some("()".to_string()),
            1 => errs.iter().next().cloned(),
            _ => None,
        };
        let lists = ops
            .iter()
            .filter_map(|o| Some((o, o.list.as_ref()?)))
            .collect::<Vec<_>>();
        let credential = credential::credential(api, spec).map_err(|e| e.message)?;
        let unauthenticated = match credential {
            Credential::Path { .. } => Vec::new(),
            _ => ops
                .iter()
                .filter(|o| o.security.is_empty())
                .map(|o| o.method.as_str())
                .collect(),
        };
        Ok(Facade {
            api,
            spec,
            ops,
            single_error,
            credential,
            servers: servers::servers(spec)?,
            next_page: lists
                .iter()
                .filter(|(_, l)| matches!(l.pagination, Pagination::NextPage { .. }))
                .copied()
                .collect(),
            tokens: lists
                .iter()
                .filter_map(|&(o, l)| match &l.pagination {
                    Pagination::Token(t) => Some((o, l, t)),
                    _ => None,
                })
                .collect(),
            offsets: lists
                .iter()
                .filter_map(|&(o, l)| match &l.pagination {
                    Pagination::Offset(t) => Some((o, l, t)),
                    _ => None,
                })
                .collect(),
            keyed: file.items.iter().any(
                |i| matches!(i, Item::Const(c) if c.ident == crate::rewrite::KEYED_OPERATIONS),
            ),
            unauthenticated,
        })
    }

    fn regions(&self) -> bool {
        self.servers.len() > 1
    }

    fn has_streams(&self) -> bool {
        !self.next_page.is_empty() || !self.tokens.is_empty() || !self.offsets.is_empty()
    }

    /// The Rust parameter that carries the key, when it travels in the path.
    fn key_param(&self) -> Option<&str> {
        match &self.credential {
            Credential::Path { rust_param, .. } => Some(rust_param),
            _ => None,
        }
    }

    /// The arguments of `op`'s stream method: its required parameters but the key.
    fn stream_params(&self, op: &'a Operation) -> Vec<&'a Param> {
        op.params
            .iter()
            .filter(|p| p.rust != "body" && p.required())
            .filter(|p| Some(p.rust.as_str()) != self.key_param())
            .collect()
    }
}

/// Renders `src/generated_client.rs` of one API (without the header) from its spec, the
/// syntax tree of its generated code and its operations.
pub fn render(
    api: &ApiSettings,
    spec: &OpenAPI,
    file: &syn::File,
    ops: &[Operation],
) -> Result<String, String> {
    let f = Facade::new(api, spec, file, ops)?;
    let mut s = String::new();
    let w = &mut s;
    reexports(w, &f);
    base_urls(w, &f);
    client_struct(w, &f);
    let _ = writeln!(w, "impl Client {{");
    constructors(w, &f);
    operation_methods(w, &f);
    stream_methods(w, &f);
    let _ = writeln!(w, "}}");
    debug_impl(w, &f);
    stream_impls(w, &f);
    let mut parsed: syn::File = syn::parse_str(&s).map_err(|e| {
        format!("the facade does not parse ({e}); this is a bug in xtask/src/facade/:\n{s}")
    })?;
    // Like the generated code: machine code only for the methods a program calls.
    crate::rewrite::mark_inline(&mut parsed.items);
    Ok(prettyplease::unparse(&parsed))
}

/// The crate's re-exports and its `Error` (and `ItemStream`) aliases.
fn reexports(w: &mut String, f: &Facade<'_>) {
    let _ = writeln!(
        w,
        "pub use client_core::{{ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, \
         RetryPolicy, RetryReason, WaitSource}};\n\
         pub use client_core::{{HeaderMap, StatusCode}};"
    );
    if f.has_streams() {
        let _ = writeln!(
            w,
            "pub use client_core::{{PageLimits, PaginationError}};\n\
             pub use client_core::{{StreamExt, TryStreamExt}};"
        );
    }
    if !f.next_page.is_empty() {
        let _ = writeln!(w, "pub use client_core::Paginated;");
    }
    if !f.offsets.is_empty() {
        let _ = writeln!(w, "pub use client_core::OffsetPaginated;");
    }
    for r in f.api.replacements {
        if let Some(name) = r.rust_type.strip_prefix("client_core::") {
            let _ = writeln!(w, "pub use client_core::{name};");
        }
    }
    let _ = writeln!(
        w,
        "pub use crate::generated::{{ByteStream, ResponseValue, builder, types}};"
    );
    let _ = writeln!(
        w,
        "/// The code progenitor generated, with its own constructors: use [`Client`] instead.\n\
         #[doc(hidden)]\npub use crate::generated::Client as Operations;"
    );
    let error_doc = "/// The error of every call: the HTTP status, the API's error body (decoded, or the raw \
         bytes when it does not decode) and the request id; see [`client_core::Error`].";
    match &f.single_error {
        Some(error_type) => {
            let _ = writeln!(
                w,
                "{error_doc}\npub type Error = client_core::Error<{error_type}>;"
            );
        }
        None => {
            let _ = writeln!(
                w,
                "{error_doc} `E` is the operation's error body.\npub type Error<E> = client_core::Error<E>;"
            );
        }
    }
    if let Some(error_type) = f.single_error.as_ref().filter(|_| f.has_streams()) {
        let _ = writeln!(
            w,
            "/// The items of every page of a list, one page in memory at a time; see \
             {}.\n\
             pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, {error_type}>;",
            if !f.next_page.is_empty() {
                "[`Client::paginate`]"
            } else if !f.offsets.is_empty() {
                "[`Client::paginate_offset`]"
            } else {
                "the `stream_*` methods"
            }
        );
    }
}

/// `SERVER_PATH`, `DEFAULT_BASE_URL` and, with several servers, `Region`.
fn base_urls(w: &mut String, f: &Facade<'_>) {
    let servers = &f.servers;
    if !f.next_page.is_empty() {
        let _ = writeln!(
            w,
            "/// The path the API puts in front of a `next_page` path (the documented server's).\n\
             const SERVER_PATH: &str = {:?};",
            servers::server_path(&servers[0].url)
        );
    }
    let _ = writeln!(
        w,
        "/// The documented base URL{}.\npub const DEFAULT_BASE_URL: &str = {:?};",
        if f.regions() {
            " (of the default region)"
        } else {
            ""
        },
        servers[0].url
    );
    if f.regions() {
        let _ = writeln!(
            w,
            "/// Where the account lives: each credential belongs to one region (the spec's `servers`).\n\
             #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub enum Region {{"
        );
        for (i, sv) in servers.iter().enumerate() {
            let _ = writeln!(
                w,
                "    /// `{}`{}.",
                sv.url,
                if i == 0 { ", the default" } else { "" }
            );
            if i == 0 {
                let _ = writeln!(w, "    #[default]");
            }
            let _ = writeln!(w, "    {},", sv.variant);
        }
        let _ = writeln!(
            w,
            "}}\nimpl Region {{\n    /// The region's base URL.\n    pub fn base_url(self) -> &'static str {{\n        match self {{"
        );
        for sv in servers {
            let _ = writeln!(w, "            Region::{} => {:?},", sv.variant, sv.url);
        }
        let _ = writeln!(w, "        }}\n    }}\n}}");
    }
}

/// The credential as the constructors take, keep and hand it to the runtime.
struct CredentialCode {
    /// The constructors' parameter.
    param: String,
    /// How their docs describe it.
    doc: String,
    /// The type of `Client::credential`.
    field_ty: String,
    /// The statement that makes `credential` from the parameter.
    make: String,
    /// The `client_core::Auth` expression.
    auth: String,
}

fn credential_code(credential: &Credential) -> CredentialCode {
    match credential {
        Credential::Bearer => CredentialCode {
            param: "secret_key".to_string(),
            doc: "the secret key, sent as `Authorization: Bearer <key>` (marked sensitive, never shown)"
                .to_string(),
            field_ty: "client_core::Secret".to_string(),
            make: "let credential = client_core::Secret::new(secret_key);".to_string(),
            auth: "client_core::Auth::Bearer(credential.clone())".to_string(),
        },
        Credential::Header(name) => CredentialCode {
            param: "api_key".to_string(),
            doc: format!("the API key, sent as `{name}` (marked sensitive, never shown)"),
            field_ty: "client_core::Secret".to_string(),
            make: "let credential = client_core::Secret::new(api_key);".to_string(),
            auth: format!("client_core::Auth::Header({name:?}, credential.clone())"),
        },
        Credential::Path {
            param,
            rust_param,
            rust_type,
        } => CredentialCode {
            param: rust_param.clone(),
            doc: format!(
                "the key, put in the `{{{param}}}` path segment of every request (never shown)"
            ),
            field_ty: rust_type.clone(),
            make: format!(
                "let credential = {rust_type}::new({rust_param}).ok_or(ConfigError::InvalidCredential)?;"
            ),
            // The runtime knows the key, so that it never follows a redirect that would carry
            // it to another origin and scrubs it from everything it prints.
            auth: "client_core::Auth::Path(client_core::Secret::new(credential.to_string()))"
                .to_string(),
        },
    }
}

/// The `Client` struct and its doc (and the operations its credential is not sent with).
fn client_struct(w: &mut String, f: &Facade<'_>) {
    if !f.unauthenticated.is_empty() {
        let _ = writeln!(
            w,
            "/// The operations the spec marks `security: []`: their requests carry no credential.\n\
             const UNAUTHENTICATED_OPERATIONS: &[&str] = &{:?};",
            f.unauthenticated
        );
    }
    let title = f.spec.info.title.trim();
    let _ = writeln!(
        w,
        "/// A {title} client. Every operation is a method returning a request builder: set its \
         parameters, then `send()`.{}\n///\n/// Cloning is cheap: clones share the connection pool.",
        if !f.next_page.is_empty() {
            " List operations also stream their items across pages (`stream_*`, [`Client::paginate`])."
        } else if f.has_streams() {
            if f.offsets.is_empty() {
                " List operations also stream their items across pages (`stream_*`)."
            } else {
                " List operations also stream their items across pages (`stream_*`, [`Client::paginate_offset`])."
            }
        } else {
            ""
        }
    );
    let _ = writeln!(
        w,
        "#[derive(Clone)]\npub struct Client {{\n    pub(crate) inner: crate::generated::Client,\n    \
         /// The credential, kept for the hand-written hooks; redacted in `Debug`.\n    \
         #[allow(dead_code)]\n    pub(crate) credential: {},",
        credential_code(&f.credential).field_ty
    );
    if f.regions() {
        let _ = writeln!(w, "    region: Option<Region>,");
    }
    if f.has_streams() {
        let _ = writeln!(w, "    page_limits: client_core::PageLimits,");
    }
    let _ = writeln!(w, "}}");
}

/// `new`, `with_options` (and with regions `for_region`, `region`), `base_url`,
/// `with_page_limits` and the next-page streams' `pager`.
fn constructors(w: &mut String, f: &Facade<'_>) {
    let CredentialCode {
        param: cred_param,
        doc: cred_doc,
        make: make_cred,
        auth,
        ..
    } = credential_code(&f.credential);
    let check = f
        .api
        .hooks
        .check_credential
        .map(|c| match &f.credential {
            Credential::Path { .. } => format!("{c}(&credential.to_string())?;"),
            _ => format!("{c}(credential.expose())?;"),
        })
        .unwrap_or_default();
    let hint = f
        .api
        .hooks
        .body_wait_hint
        .map_or("None".to_string(), |h| format!("Some({h})"));
    let mut runtime = "parts.runtime".to_string();
    if f.keyed {
        runtime.push_str(".with_keyed_operations(crate::generated::KEYED_OPERATIONS)");
    }
    if !f.unauthenticated.is_empty() {
        runtime.push_str(".with_unauthenticated_operations(UNAUTHENTICATED_OPERATIONS)");
    }
    if f.regions() {
        let _ = writeln!(
            w,
            "    /// A client for the default region ([`Region::{}`]), authenticated with {cred_doc}.\n    \
             pub fn new({cred_param}: impl Into<String>) -> Result<Self, ConfigError> {{\n        \
             Self::for_region({cred_param}, Region::default())\n    }}\n    \
             /// A client for the given region.\n    \
             pub fn for_region({cred_param}: impl Into<String>, region: Region) -> Result<Self, ConfigError> {{\n        \
             Self::build({cred_param}.into(), Some(region), ClientOptions::new())\n    }}\n    \
             /// A client with a custom base URL, HTTP client, retry policy or timeouts; without \
             [`ClientOptions::base_url`] it uses the default region.\n    \
             pub fn with_options({cred_param}: impl Into<String>, options: ClientOptions) -> Result<Self, ConfigError> {{\n        \
             let region = options.base_url_override().is_none().then_some(Region::default());\n        \
             Self::build({cred_param}.into(), region, options)\n    }}\n    \
             /// The region, unless a custom base URL was given.\n    \
             pub fn region(&self) -> Option<Region> {{\n        self.region\n    }}\n    \
             fn build({cred_param}: String, region: Option<Region>, options: ClientOptions) -> Result<Self, ConfigError> {{\n        \
             let default_base_url = region.unwrap_or_default().base_url();",
            f.servers[0].variant
        );
    } else {
        let _ = writeln!(
            w,
            "    /// A client for the documented base URL, authenticated with {cred_doc}.\n    \
             pub fn new({cred_param}: impl Into<String>) -> Result<Self, ConfigError> {{\n        \
             Self::with_options({cred_param}, ClientOptions::new())\n    }}\n    \
             /// A client with a custom base URL, HTTP client, retry policy or timeouts.\n    \
             pub fn with_options({cred_param}: impl Into<String>, options: ClientOptions) -> Result<Self, ConfigError> {{\n        \
             let default_base_url = DEFAULT_BASE_URL;"
        );
    }
    let _ = writeln!(
        w,
        "        {make_cred}\n        {check}\n        \
         let parts = options.build(default_base_url, &{auth}, \
         concat!(env!(\"CARGO_PKG_NAME\"), \"/\", env!(\"CARGO_PKG_VERSION\")), {hint})?;\n        \
         Ok(Self {{\n            \
         inner: crate::generated::Client::new_with_client(&parts.base_url, parts.http_client, {runtime}),\n            \
         credential,"
    );
    if f.regions() {
        let _ = writeln!(w, "            region,");
    }
    if f.has_streams() {
        let _ = writeln!(
            w,
            "            page_limits: client_core::PageLimits::new(),"
        );
    }
    let _ = writeln!(
        w,
        "        }})\n    }}\n    \
         /// The base URL requests go to.\n    \
         pub fn base_url(&self) -> &str {{\n        &self.inner.baseurl\n    }}"
    );
    if f.has_streams() {
        let _ = writeln!(
            w,
            "    /// Bounds every stream of this client: a page limit, the run of empty pages that \
             ends a stream. Without it, streams have no page limit and stop after \
             [`PageLimits::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row.\n    \
             pub fn with_page_limits(mut self, limits: PageLimits) -> Self {{\n        \
             self.page_limits = limits;\n        self\n    }}"
        );
    }
    if !f.next_page.is_empty() {
        let _ = writeln!(
            w,
            "    fn pager(&self, operation_id: &'static str) -> client_core::Pager {{\n        \
             client_core::Pager::new(&self.inner.inner, &self.inner.client, &self.inner.baseurl, \
             SERVER_PATH, operation_id, self.page_limits)\n    }}"
        );
    }
}

/// One delegating method per operation, documented with its summary.
fn operation_methods(w: &mut String, f: &Facade<'_>) {
    for op in f.ops {
        let mut doc = String::new();
        if let Some(summary) = op
            .summary
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let _ = writeln!(doc, "{}", summary.trim_end_matches('.'));
            let _ = writeln!(doc);
        }
        let _ = write!(doc, "`{} {}`", op.verb, op.path);
        let prefilled = match &f.credential {
            Credential::Path {
                param, rust_param, ..
            } if op.path.contains(&format!("{{{param}}}")) => {
                let _ = write!(doc, " (the key is already set)");
                format!(".{rust_param}(self.credential.clone())")
            }
            _ => String::new(),
        };
        let _ = write!(
            doc,
            ": set the parameters on the returned builder, then `send()` it; the answer is a \
             [`ResponseValue`] of "
        );
        let _ = write!(
            doc,
            "{}, or an [`Error`].",
            if op.ok == "()" || op.ok == "ByteStream" {
                format!("`{}`", op.ok)
            } else {
                format!("[`types::{}`]", op.ok)
            }
        );
        doc_lines(w, "    ", &doc);
        let _ = writeln!(
            w,
            "    pub fn {m}(&self) -> builder::{b}<'_> {{\n        self.inner.{m}(){prefilled}\n    }}",
            m = op.method,
            b = op.builder
        );
    }
}

/// The `stream_*` methods of every list, and the generic `paginate*` of each kind.
fn stream_methods(w: &mut String, f: &Facade<'_>) {
    next_page_streams::methods(w, f);
    token_streams::methods(w, f);
    offset_streams::methods(w, f);
}

/// `Debug` for `Client`, the credential redacted.
fn debug_impl(w: &mut String, f: &Facade<'_>) {
    let crate_name = f
        .api
        .crate_dir
        .rsplit('/')
        .next()
        .unwrap_or(f.api.name)
        .replace('-', "_");
    let _ = writeln!(
        w,
        "impl std::fmt::Debug for Client {{\n    \
         fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        \
         f.debug_struct(\"{crate_name}::Client\")\n            \
         .field(\"base_url\", &self.inner.baseurl)\n            \
         .field(\"credential\", &self.credential)"
    );
    if f.regions() {
        let _ = writeln!(w, "            .field(\"region\", &self.region)");
    }
    let _ = writeln!(
        w,
        "            .field(\"runtime\", &self.inner.inner)\n            \
         .finish_non_exhaustive()\n    }}\n}}"
    );
}

/// The page and builder trait impls the streams need.
fn stream_impls(w: &mut String, f: &Facade<'_>) {
    next_page_streams::impls(w, f);
    token_streams::impls(w, f);
    offset_streams::impls(w, f);
}

fn doc_lines(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

/// The required arguments of a stream method, rendered: its parameters (a `String` taken as
/// `&str`), the statements that own them in the stream, the ones that clone them for each
/// page's request, and the builder's setter calls.
struct StreamArgs {
    params: Vec<String>,
    owned: String,
    per_page: String,
    setters: String,
}

fn stream_args(args: &[&Param]) -> StreamArgs {
    StreamArgs {
        params: args
            .iter()
            .map(|p| {
                if p.ty == "String" {
                    format!("{}: &str", p.rust)
                } else {
                    format!("{}: {}", p.rust, qualify(&p.ty))
                }
            })
            .collect(),
        owned: args
            .iter()
            .filter(|p| p.ty == "String")
            .map(|p| format!("let {n} = {n}.to_string();\n", n = p.rust))
            .collect(),
        per_page: args
            .iter()
            .map(|p| format!("let {n} = {n}.clone();\n", n = p.rust))
            .collect(),
        setters: args
            .iter()
            .map(|p| format!(".{n}({n})", n = p.rust))
            .collect(),
    }
}

/// A type from the builder's fields, as the facade must write it.
fn qualify(ty: &str) -> String {
    match ty {
        "i64" | "i32" | "u64" | "u32" | "f64" | "f32" | "bool" | "String" => ty.to_string(),
        t if t.contains("::") => t.to_string(),
        t => format!("types::{t}"),
    }
}

/// The whole `src/generated_client.rs` of one API: the usual header, then the facade.
pub fn render_file(
    api: &ApiSettings,
    spec: &crate::spec::LoadedSpec,
    generated: &crate::generate::Generated,
    ops: &[Operation],
) -> Result<crate::generate::Generated, String> {
    // `generate` hands over its tree; the facade never parses the printed code again.
    let file = generated
        .syntax
        .as_ref()
        .ok_or("the generated code's syntax tree was already dropped")?;
    let code = render(api, &spec.openapi, file, ops)?;
    Ok(crate::generate::Generated {
        code: format!("{}{code}", crate::generate::header(api, spec)),
        operations: generated.operations,
        types: 0,
        needs: Vec::new(),
        syntax: None,
    })
}

/// An error body type as the facade writes it.
fn error_path(err: &str) -> String {
    if err == "()" {
        err.to_string()
    } else {
        qualify(err)
    }
}

/// The stream type of a list: the crate's `ItemStream` alias when there is one error body.
fn item_stream(single_error: &Option<String>, lifetime: &str, item: &str, err: &str) -> String {
    match single_error {
        Some(_) => format!("ItemStream<{lifetime}, {item}>"),
        None => format!("client_core::ItemStream<{lifetime}, {item}, {err}>"),
    }
}

/// `, Error = E` for a `paginate*` bound when every operation has the error body `E`.
fn error_bound(single_error: &Option<String>) -> String {
    single_error
        .as_ref()
        .map(|e| format!(", Error = {e}"))
        .unwrap_or_default()
}
