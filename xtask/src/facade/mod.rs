//! The generated facade of each client crate (`src/generated_client.rs`): the `Client` users
//! build, its constructors (from the spec's `securitySchemes` and `servers`), one delegating
//! method per operation (documented with the spec's summary), a stream for every `GET` whose
//! success body is a list envelope (an `items` array and a `next_page` string), and the
//! crate's re-exports.
//!
//! Everything here is derived from the spec and the code progenitor generated from it; what
//! an API needs beyond that is named in its settings row ([`crate::settings::Hooks`]) and
//! written by hand in the crate's `src/hooks.rs`.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use openapiv3::{OpenAPI, ReferenceOr, SecurityScheme};
use syn::{ImplItem, Item};

use crate::operations::send_types;

#[path = "facade_offset.rs"]
mod offset;
use crate::settings::ApiSettings;
use crate::surface::pretty_type;

#[path = "facade_tokens.rs"]
mod tokens;

/// One operation as progenitor generated it.
struct Operation {
    /// `GET`, `POST`, ...
    verb: String,
    /// The path template (`/customers/{id}`).
    path: String,
    /// The `Client` method (`get_customer`).
    method: String,
    /// The builder type (`GetCustomer`).
    builder: String,
    /// The builder's required parameters (name, Rust type), in declaration order.
    required: Vec<(String, String)>,
    /// The success type, as written in `send`'s signature.
    ok: String,
    /// The error body type, as written in `send`'s signature.
    err: String,
    /// The spec's summary.
    summary: Option<String>,
}

/// A list envelope: the page type and its item type.
struct Envelope {
    page: String,
    item: String,
}

fn find_mod<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|i| match i {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| &items[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

/// Fields (name, pretty type) of struct `name` among `items`.
fn struct_fields(items: &[Item], name: &str) -> Option<Vec<(String, String)>> {
    items.iter().find_map(|i| match i {
        Item::Struct(s) if s.ident == name => Some(
            s.fields
                .iter()
                .filter_map(|f| Some((f.ident.as_ref()?.to_string(), pretty_type(&f.ty))))
                .collect(),
        ),
        _ => None,
    })
}

/// Every operation of the generated code, in the spec's order.
fn operations(spec: &OpenAPI, file: &syn::File) -> Result<Vec<Operation>, String> {
    let builders = find_mod(&file.items, "builder");
    let mut methods = Vec::new();
    for item in &file.items {
        let Item::Impl(i) = item else { continue };
        if i.trait_.is_some() || pretty_type(&i.self_ty) != "Client" {
            continue;
        }
        for it in &i.items {
            let ImplItem::Fn(f) = it else { continue };
            let doc = crate::surface::doc_of(&f.attrs);
            let Some(rest) = doc.split("Sends a `").nth(1) else {
                continue;
            };
            let mut parts = rest.split('`');
            let verb = parts.next().unwrap_or_default().to_string();
            let path = parts.nth(1).unwrap_or_default().to_string();
            let syn::ReturnType::Type(_, ret) = &f.sig.output else {
                continue;
            };
            let builder = pretty_type(ret)
                .trim_start_matches("builder::")
                .split('<')
                .next()
                .unwrap_or_default()
                .to_string();
            methods.push((verb, path, f.sig.ident.to_string(), builder));
        }
    }
    let mut out = Vec::new();
    for (path, verb, op) in spec.operations() {
        let verb = verb.to_uppercase();
        let Some((_, _, method, builder)) = methods
            .iter()
            .find(|(v, p, _, _)| *v == verb && p == path)
            .cloned()
        else {
            return Err(format!(
                "{verb} {path}: progenitor generated no method for it"
            ));
        };
        let fields = struct_fields(builders, &builder)
            .ok_or_else(|| format!("{verb} {path}: no builder `{builder}`"))?;
        let required = fields
            .into_iter()
            .filter(|(name, _)| name != "client" && name != "body")
            .filter_map(|(name, ty)| {
                let inner = ty
                    .strip_prefix("Result<")
                    .and_then(|t| t.strip_suffix(", String>"))
                    .unwrap_or(&ty)
                    .to_string();
                (!inner.starts_with("Option<")).then_some((name, inner))
            })
            .collect();
        let (ok, err) = builders
            .iter()
            .find_map(|i| match i {
                Item::Impl(imp)
                    if imp.trait_.is_none()
                        && pretty_type(&imp.self_ty).split('<').next() == Some(&builder) =>
                {
                    imp.items.iter().find_map(|it| match it {
                        // progenitor's signature, kept by `send_raw` (see `rewrite/typed_send.rs`).
                        ImplItem::Fn(f) if f.sig.ident == "send_raw" || f.sig.ident == "send" => {
                            send_types(&f.sig.output)
                        }
                        _ => None,
                    })
                }
                _ => None,
            })
            .ok_or_else(|| format!("{verb} {path}: builder `{builder}` has no `send`"))?;
        out.push(Operation {
            verb,
            path: path.to_string(),
            method,
            builder,
            required,
            ok: pretty_type(&ok),
            err: pretty_type(&err),
            summary: op.summary.clone(),
        });
    }
    Ok(out)
}

/// The list envelope `ok` is, if it is one: a `types` struct with `items: Vec<T>` and
/// `next_page: Option<String>`.
fn envelope(types: &[Item], ok: &str) -> Option<Envelope> {
    let fields = struct_fields(types, ok)?;
    let item = fields
        .iter()
        .find(|(n, _)| n == "items")?
        .1
        .strip_prefix("Vec<")?
        .strip_suffix('>')?
        .to_string();
    fields
        .iter()
        .any(|(n, t)| n == "next_page" && (t == "Option<String>" || t == "String"))
        .then_some(Envelope {
            page: ok.to_string(),
            item,
        })
}

/// The required arguments of a stream method, rendered: its parameters (a `String` taken as
/// `&str`), the statements that own them in the stream, the ones that clone them for each
/// page's request, and the builder's setter calls.
pub(crate) struct StreamArgs {
    pub params: Vec<String>,
    pub owned: String,
    pub per_page: String,
    pub setters: String,
}

pub(crate) fn stream_args(args: &[&(String, String)]) -> StreamArgs {
    StreamArgs {
        params: args
            .iter()
            .map(|(n, t)| {
                if t == "String" {
                    format!("{n}: &str")
                } else {
                    format!("{n}: {}", qualify(t))
                }
            })
            .collect(),
        owned: args
            .iter()
            .filter(|(_, t)| t == "String")
            .map(|(n, _)| format!("let {n} = {n}.to_string();\n"))
            .collect(),
        per_page: args
            .iter()
            .map(|(n, _)| format!("let {n} = {n}.clone();\n"))
            .collect(),
        setters: args.iter().map(|(n, _)| format!(".{n}({n})")).collect(),
    }
}

/// The names the stream method of a list operation may have: [`stream_name`] for cursor and
/// offset lists, the token lists' own (see `facade_tokens.rs`).
pub(crate) fn stream_candidates(method: &str) -> [String; 2] {
    [stream_name(method), tokens::stream_name(method)]
}

/// The stream method for a list operation: `list_customers` -> `stream_customers`.
fn stream_name(method: &str) -> String {
    format!("stream_{}", method.strip_prefix("list_").unwrap_or(method))
}

/// How the credential travels, from the spec's global `security` and `securitySchemes`.
enum Credential {
    Bearer,
    Header(String),
    /// In a path parameter (spec name, Rust parameter name, Rust type).
    Path {
        param: String,
        rust_param: String,
        rust_type: String,
    },
}

fn credential(api: &ApiSettings, spec: &OpenAPI) -> Result<Credential, String> {
    if let Some(param) = api.hooks.key_in_path {
        let schema = spec
            .operations()
            .flat_map(|(_, _, op)| op.parameters.iter())
            .chain(spec.components.iter().flat_map(|c| c.parameters.values()))
            .find_map(|p| {
                let p = match p {
                    ReferenceOr::Item(p) => p,
                    ReferenceOr::Reference { reference } => spec
                        .components
                        .as_ref()?
                        .parameters
                        .get(reference.rsplit('/').next()?)?
                        .as_item()?,
                };
                let data = p.parameter_data_ref();
                if data.name != param {
                    return None;
                }
                match &data.format {
                    openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Reference {
                        reference,
                    }) => reference.rsplit('/').next().map(str::to_string),
                    _ => None,
                }
            })
            .ok_or_else(|| {
                format!("key_in_path: no parameter `{param}` whose schema is a `$ref`")
            })?;
        let rust_type = api
            .replacements
            .iter()
            .find(|r| r.schema == schema)
            .map(|r| r.rust_type.to_string())
            .ok_or_else(|| {
                format!("key_in_path: schema `{schema}` of `{param}` needs a replacement type")
            })?;
        return Ok(Credential::Path {
            param: param.to_string(),
            rust_param: snake(param),
            rust_type,
        });
    }
    // The spec's global `security`; without one, the schemes its operations name (each
    // counted once: an operation may list the same scheme twice).
    let names: BTreeSet<&String> = match &spec.security {
        Some(global) if !global.is_empty() => global.iter().flat_map(|req| req.keys()).collect(),
        _ => spec
            .operations()
            .flat_map(|(_, _, op)| op.security.iter().flatten())
            .flat_map(|req| req.keys())
            .collect(),
    };
    let mut found = Vec::new();
    for name in &names {
        let scheme = spec
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(*name))
            .and_then(|s| s.as_item())
            .ok_or_else(|| format!("security scheme `{name}` is not defined"))?;
        found.push(match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                Credential::Bearer
            }
            SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name,
                ..
            } => Credential::Header(name.to_ascii_lowercase()),
            other => {
                return Err(format!(
                    "security scheme `{name}`: not supported by the facade: {other:?}"
                ));
            }
        });
    }
    match found.len() {
        1 => Ok(found.pop().expect("one")),
        0 => Err("the spec names no security scheme (and the settings row no key_in_path)".into()),
        _ => Err("the spec names more than one security scheme; the facade supports one".into()),
    }
}

/// `projectApiKey` -> `project_api_key`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    out
}

/// A server of the spec, as a region.
struct Server {
    url: String,
    variant: String,
}

fn servers(spec: &OpenAPI) -> Result<Vec<Server>, String> {
    if spec.servers.is_empty() {
        return Err("the spec has no `servers`: the facade needs a default base URL".into());
    }
    let mut out: Vec<Server> = Vec::new();
    let hosts: Vec<Vec<&str>> = spec.servers.iter().map(|s| host_labels(&s.url)).collect();
    for (s, labels) in spec.servers.iter().zip(&hosts) {
        // A server without a description is named from its host: the labels that set it
        // apart from the others (`us.api.example.com` next to `api.example.com` -> `Us`).
        let description = match s.description.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => d.to_string(),
            _ => distinct_labels(labels, &hosts).join(" "),
        };
        let label = description.split('(').next().unwrap_or_default();
        let variant: String = label
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut cs = w.chars();
                let first = cs.next().expect("non-empty").to_ascii_uppercase();
                first.to_string() + &cs.as_str().to_ascii_lowercase()
            })
            .collect();
        if spec.servers.len() > 1
            && (variant.is_empty()
                || !variant.starts_with(|c: char| c.is_ascii_alphabetic())
                || out.iter().any(|o| o.variant == variant))
        {
            return Err(format!(
                "server {}: a spec with several servers names each by its description \
                 (a distinct word, e.g. `US (default)`, `India`); got {description:?}",
                s.url
            ));
        }
        out.push(Server {
            url: s.url.trim_end_matches('/').to_string(),
            variant,
        });
    }
    Ok(out)
}

/// The host of a server URL, split on dots (`https://us.api.example.com/v1` ->
/// `["us", "api", "example", "com"]`).
fn host_labels(url: &str) -> Vec<&str> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = after_scheme.split(['/', ':']).next().unwrap_or_default();
    host.split('.').filter(|l| !l.is_empty()).collect()
}

/// The labels of `labels` left once the suffix every host shares is dropped (the whole
/// host when that leaves nothing, or when there is one server).
fn distinct_labels<'a>(labels: &[&'a str], all: &[Vec<&str>]) -> Vec<&'a str> {
    let shared = (0..labels.len())
        .take_while(|&i| {
            all.iter().all(|other| {
                other.len() > i && other[other.len() - 1 - i] == labels[labels.len() - 1 - i]
            })
        })
        .count();
    let rest = &labels[..labels.len() - shared];
    if rest.is_empty() || all.len() < 2 {
        labels.to_vec()
    } else {
        rest.to_vec()
    }
}

/// The path of a server URL (`https://api.example.com/v2` -> `/v2`).
fn server_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].trim_end_matches('/').to_string(),
        None => String::new(),
    }
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

/// Renders `src/generated_client.rs` of one API (without the header) from its spec and the
/// syntax tree of its generated code.
pub fn render(api: &ApiSettings, spec: &OpenAPI, file: &syn::File) -> Result<String, String> {
    let ops = operations(spec, file)?;
    let types = find_mod(&file.items, "types");
    let errs: BTreeSet<String> = ops.iter().map(|o| error_path(&o.err)).collect();
    // One error body for every operation: the crate's `Error` names it. Otherwise `Error<E>`.
    let single_error = match errs.len() {
        0 => Some("()".to_string()),
        1 => errs.iter().next().cloned(),
        _ => None,
    };
    let credential = credential(api, spec)?;
    let servers = servers(spec)?;
    let regions = servers.len() > 1;
    let path = server_path(&servers[0].url);
    let crate_name = api
        .crate_dir
        .rsplit('/')
        .next()
        .unwrap_or(api.name)
        .replace('-', "_");
    let streams: Vec<(&Operation, Envelope)> = ops
        .iter()
        .filter(|o| o.verb == "GET")
        .filter_map(|o| Some((o, envelope(types, &o.ok)?)))
        .collect();
    let token_lists: Vec<(&Operation, tokens::TokenList)> = ops
        .iter()
        .filter(|o| !streams.iter().any(|(s, _)| s.method == o.method))
        .filter_map(|o| Some((o, tokens::detect(spec, types, o)?)))
        .collect();
    let offset_lists = offset::find(&ops, types, find_mod(&file.items, "builder"));
    let has_streams = !streams.is_empty() || !token_lists.is_empty() || !offset_lists.is_empty();
    let title = spec.info.title.trim();
    let keyed = file
        .items
        .iter()
        .any(|i| matches!(i, Item::Const(c) if c.ident == crate::rewrite::KEYED_OPERATIONS));
    let runtime = if keyed {
        "parts.runtime.with_keyed_operations(crate::generated::KEYED_OPERATIONS)"
    } else {
        "parts.runtime"
    };

    let mut s = String::new();
    let w = &mut s;
    // Re-exports.
    let _ = writeln!(
        w,
        "pub use client_core::{{ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, \
         RetryPolicy, RetryReason, WaitSource}};\n\
         pub use client_core::{{HeaderMap, StatusCode}};"
    );
    if has_streams {
        let _ = writeln!(
            w,
            "pub use client_core::{{PageLimits, PaginationError}};\n\
             pub use client_core::{{StreamExt, TryStreamExt}};"
        );
    }
    if !streams.is_empty() {
        let _ = writeln!(w, "pub use client_core::Paginated;");
    }
    if !offset_lists.is_empty() {
        let _ = writeln!(w, "pub use client_core::OffsetPaginated;");
    }
    for r in api.replacements {
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
    match &single_error {
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
    if let Some(error_type) = single_error.as_ref().filter(|_| has_streams) {
        let _ = writeln!(
            w,
            "/// The items of every page of a list, one page in memory at a time; see \
             {}.\n\
             pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, {error_type}>;",
            if !streams.is_empty() {
                "[`Client::paginate`]"
            } else if !offset_lists.is_empty() {
                "[`Client::paginate_offset`]"
            } else {
                "the `stream_*` methods"
            }
        );
    }
    if !streams.is_empty() {
        let _ = writeln!(
            w,
            "/// The path the API puts in front of a `next_page` path (the documented server's).\n\
             const SERVER_PATH: &str = {path:?};"
        );
    }
    let _ = writeln!(
        w,
        "/// The documented base URL{}.\npub const DEFAULT_BASE_URL: &str = {:?};",
        if regions {
            " (of the default region)"
        } else {
            ""
        },
        servers[0].url
    );
    if regions {
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
        for sv in &servers {
            let _ = writeln!(w, "            Region::{} => {:?},", sv.variant, sv.url);
        }
        let _ = writeln!(w, "        }}\n    }}\n}}");
    }

    // The client.
    let (cred_param, cred_doc, cred_field_ty, make_cred, auth) = match &credential {
        Credential::Bearer => (
            "secret_key".to_string(),
            "the secret key, sent as `Authorization: Bearer <key>` (marked sensitive, never shown)"
                .to_string(),
            "client_core::Secret".to_string(),
            "let credential = client_core::Secret::new(secret_key);".to_string(),
            "client_core::Auth::Bearer(credential.clone())".to_string(),
        ),
        Credential::Header(name) => (
            "api_key".to_string(),
            format!("the API key, sent as `{name}` (marked sensitive, never shown)"),
            "client_core::Secret".to_string(),
            "let credential = client_core::Secret::new(api_key);".to_string(),
            format!("client_core::Auth::Header({name:?}, credential.clone())"),
        ),
        Credential::Path {
            param,
            rust_param,
            rust_type,
        } => (
            rust_param.clone(),
            format!(
                "the key, put in the `{{{param}}}` path segment of every request (never shown)"
            ),
            rust_type.clone(),
            format!(
                "let credential = {rust_type}::new({rust_param}).ok_or(ConfigError::InvalidCredential)?;"
            ),
            // The runtime knows the key, so that it never follows a redirect that would carry
            // it to another origin and scrubs it from everything it prints.
            "client_core::Auth::Path(client_core::Secret::new(credential.to_string()))".to_string(),
        ),
    };
    let check = api
        .hooks
        .check_credential
        .map(|f| match &credential {
            Credential::Path { .. } => format!("{f}(&credential.to_string())?;"),
            _ => format!("{f}(credential.expose())?;"),
        })
        .unwrap_or_default();
    let hint = api
        .hooks
        .body_wait_hint
        .map_or("None".to_string(), |h| format!("Some({h})"));

    let _ = writeln!(
        w,
        "/// A {title} client. Every operation is a method returning a request builder: set its \
         parameters, then `send()`.{}\n///\n/// Cloning is cheap: clones share the connection pool.",
        if !streams.is_empty() {
            " List operations also stream their items across pages (`stream_*`, [`Client::paginate`])."
        } else if has_streams {
            if offset_lists.is_empty() {
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
         #[allow(dead_code)]\n    pub(crate) credential: {cred_field_ty},"
    );
    if regions {
        let _ = writeln!(w, "    region: Option<Region>,");
    }
    if has_streams {
        let _ = writeln!(w, "    page_limits: client_core::PageLimits,");
    }
    let _ = writeln!(w, "}}\nimpl Client {{");
    if regions {
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
            servers[0].variant
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
    if regions {
        let _ = writeln!(w, "            region,");
    }
    if has_streams {
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
    if has_streams {
        let _ = writeln!(
            w,
            "    /// Bounds every stream of this client: a page limit, the run of empty pages that \
             ends a stream. Without it, streams have no page limit and stop after \
             [`PageLimits::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row.\n    \
             pub fn with_page_limits(mut self, limits: PageLimits) -> Self {{\n        \
             self.page_limits = limits;\n        self\n    }}"
        );
    }
    if !streams.is_empty() {
        let _ = writeln!(
            w,
            "    fn pager(&self, operation_id: &'static str) -> client_core::Pager {{\n        \
             client_core::Pager::new(&self.inner.inner, &self.inner.client, &self.inner.baseurl, \
             SERVER_PATH, operation_id, self.page_limits)\n    }}"
        );
    }
    // One delegating method per operation.
    for op in &ops {
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
        let prefilled = match &credential {
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
    // Streams.
    for (op, env) in &streams {
        let args: Vec<&(String, String)> = op
            .required
            .iter()
            .filter(|(n, _)| match &credential {
                Credential::Path { rust_param, .. } => n != rust_param,
                _ => true,
            })
            .collect();
        let StreamArgs {
            params,
            owned,
            setters,
            ..
        } = stream_args(&args);
        let _ = writeln!(
            w,
            "    /// Streams every [`types::{item}`] of [`Client::{m}`], following `next_page` as \
             the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] \
             on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). \
             The stream owns a clone of the client: it can be moved into a spawned task. For \
             other parameters, build the request with [`Client::{m}`] and pass it to \
             [`Client::paginate`].\n    \
             pub fn {stream}(&self, {params}) -> {ret} {{\n        \
             let client = self.clone();\n        {owned}\
             let first: std::pin::Pin<Box<dyn Future<Output = Result<types::{page}, client_core::Error<{err}>>> + Send>> = \
             Box::pin(async move {{ client.{m}(){setters}.send().await.map(ResponseValue::into_inner) }});\n        \
             client_core::paginate(self.pager({m:?}), first)\n    }}",
            item = env.item,
            m = op.method,
            stream = stream_name(&op.method),
            params = params.join(", "),
            ret = item_stream(
                &single_error,
                "'static",
                &format!("types::{}", env.item),
                &error_path(&op.err)
            ),
            page = env.page,
            err = error_path(&op.err),
        );
    }
    if !streams.is_empty() {
        let example = streams[0].0;
        let _ = writeln!(
            w,
            "    /// Streams every item of a list request built as usual (any builder of a list \
             operation: [`builder::{b}`], ...), within the same rules as the `stream_*` methods. \
             The stream borrows the client; the `stream_*` methods own theirs.\n    \
             pub fn paginate<'a, B: Paginated<'a{bound}>>(&'a self, first: B) -> {ret} {{\n        \
             client_core::paginate(self.pager(B::OPERATION), first.first_page())\n    }}",
            b = example.builder,
            bound = single_error
                .as_ref()
                .map(|e| format!(", Error = {e}"))
                .unwrap_or_default(),
            ret = item_stream(&single_error, "'a", "B::Item", "B::Error"),
        );
    }
    tokens::render_methods(w, &token_lists, &single_error, &|n| match &credential {
        Credential::Path { rust_param, .. } => n == rust_param,
        _ => false,
    });
    let key_param = match &credential {
        Credential::Path { rust_param, .. } => Some(rust_param.as_str()),
        _ => None,
    };
    offset::methods(w, &offset_lists, &single_error, key_param);
    let _ = writeln!(w, "}}");
    // Debug.
    let _ = writeln!(
        w,
        "impl std::fmt::Debug for Client {{\n    \
         fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        \
         f.debug_struct(\"{crate_name}::Client\")\n            \
         .field(\"base_url\", &self.inner.baseurl)\n            \
         .field(\"credential\", &self.credential)"
    );
    if regions {
        let _ = writeln!(w, "            .field(\"region\", &self.region)");
    }
    let _ = writeln!(
        w,
        "            .field(\"runtime\", &self.inner.inner)\n            \
         .finish_non_exhaustive()\n    }}\n}}"
    );
    // The envelopes and the list builders.
    let mut pages = BTreeSet::new();
    for (op, env) in &streams {
        if pages.insert(env.page.clone()) {
            let _ = writeln!(
                w,
                "impl client_core::ListPage for types::{page} {{\n    \
                 type Item = types::{item};\n    \
                 fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {{\n        \
                 (self.items, self.next_page{opt})\n    }}\n}}",
                page = env.page,
                item = env.item,
                opt = if next_page_is_required(types, &env.page) {
                    ".into()"
                } else {
                    ""
                }
            );
        }
        let _ = writeln!(
            w,
            "impl<'a> Paginated<'a> for builder::{b}<'a> {{\n    \
             type Page = types::{page};\n    type Item = types::{item};\n    \
             type Error = {err};\n    \
             const OPERATION: &'static str = {m:?};\n    \
             fn first_page(self) -> std::pin::Pin<Box<dyn Future<Output = Result<Self::Page, client_core::Error<Self::Error>>> + Send + 'a>> {{\n        \
             Box::pin(async move {{ self.send().await.map(ResponseValue::into_inner) }})\n    }}\n}}",
            b = op.builder,
            page = env.page,
            item = env.item,
            m = op.method,
            err = error_path(&op.err),
        );
    }
    tokens::render_impls(w, types, &token_lists);
    offset::impls(w, &offset_lists);
    let parsed: syn::File = syn::parse_str(&s).map_err(|e| {
        format!("the facade does not parse ({e}); this is a bug in xtask/src/facade.rs:\n{s}")
    })?;
    Ok(prettyplease::unparse(&parsed))
}

fn next_page_is_required(types: &[Item], page: &str) -> bool {
    struct_fields(types, page)
        .into_iter()
        .flatten()
        .any(|(n, t)| n == "next_page" && t == "String")
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
) -> Result<crate::generate::Generated, String> {
    // `generate` hands over its tree; the facade never parses the printed code again.
    let file = generated
        .syntax
        .as_ref()
        .ok_or("the generated code's syntax tree was already dropped")?;
    let code = render(api, &spec.openapi, file)?;
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

/// One operation as a crate's README lists it (see `readme.rs`).
pub struct ReadmeRow {
    /// `GET`, `POST`, ...
    pub verb: String,
    /// The path template.
    pub path: String,
    /// The `Client` method.
    pub method: String,
    /// The success type, as a person writes it (`CustomerList`, `()`).
    pub ok: String,
    /// The operation's first tag (`None` for an untagged operation).
    pub tag: Option<String>,
}

/// Every operation of the generated code, in the spec's order, as the README lists it.
pub fn readme_rows(spec: &OpenAPI, file: &syn::File) -> Result<Vec<ReadmeRow>, String> {
    Ok(operations(spec, file)?
        .into_iter()
        .map(|o| ReadmeRow {
            tag: spec.paths.paths.get(&o.path).and_then(|item| {
                let item = item.as_item()?;
                item.iter()
                    .find(|(verb, _)| verb.eq_ignore_ascii_case(&o.verb))
                    .and_then(|(_, op)| op.tags.first().cloned())
            }),
            verb: o.verb,
            path: o.path,
            method: o.method,
            ok: o.ok,
        })
        .collect())
}
