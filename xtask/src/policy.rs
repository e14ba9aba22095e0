//! Rewrites of progenitor's output that make the generated code fit for production.
//!
//! Each rule is a policy applied to every API, never a per-type patch:
//! - `tolerant_enums`: every string enum gains `Unknown(String)`, so a value the server
//!   adds tomorrow decodes instead of failing the whole response (decoded by a generated
//!   `Deserialize` that matches the string in place, not serde's buffering `untagged`);
//! - `strip_api_version`: progenitor sends `api-version: <info.version>` on every request;
//!   none of these APIs define that header, so it is removed;
//! - `fixed_array_query`: a query array with `minItems == maxItems` becomes `[T; N]`, which the
//!   query serializer cannot encode; it is sent as a slice (the key repeated once per value);
//! - `typed_send`: every builder's `send` returns `client_core::Error<E>` (status, decoded
//!   error body or raw bytes, request id) instead of progenitor's error, written as the
//!   crate's `Error` alias when every operation has the same error body;
//! - `runtime_hooks`: the client executes requests through `client_core` (retries, 429s);
//! - `idempotency_keys` (`policy_idempotency.rs`): a body with an `idempotency_key` field
//!   gets a key once per call unless the caller set one, and the operation is retried like
//!   an idempotent request;
//! - `drop_prelude`: the generated module is private and re-exported by the facade, so
//!   progenitor's `prelude` module is dead code.
//! - `any_success_status`: progenitor matches the statuses a spec lists (`200u16 => ...`), so a
//!   2xx the spec does not list became `UnexpectedResponse`; every 2xx is now a success that
//!   decodes into the operation's success type (see `any_success_status`).
//! - `lean_requests`: the builders' request path makes no allocation that only progenitor's
//!   helpers need: path parameters are percent-encoded while the URL is formatted
//!   (`client_core::PathSegment`, not `encode_path(&x.to_string())`), an unset optional query
//!   parameter is skipped (`query_opt`) instead of running the query serializer, and a
//!   success body is decoded by `client_core::decode`, which moves the headers instead of
//!   copying them, and the calls of the no-op `pre`/`post` hooks are dropped (see
//!   `lean_requests`).
//! - `semver_safe_structs`: every struct of `types` with named fields is `#[non_exhaustive]`,
//!   so adding an optional field to a spec is not a breaking change. Outside the crate a
//!   struct literal (`types::Customer { .. }`, with or without `..Default::default()`) no
//!   longer compiles; values and test fixtures are built with the builders typify emits
//!   (`types::Customer::builder().id("c1")`, converted with `try_into()`, or handed as is to
//!   an operation's `.body(...)`, or edited in place with `.body_map(|b| ...)`), which default
//!   every optional field and so survive a new one. Reading fields, `let types::X { a, .. } = x`
//!   and `X::default()` (typify derives `Default` when every field is optional, and a new
//!   optional field keeps it) stay available. Together with `tolerant_enums` (`#[non_exhaustive]`
//!   with a catch-all variant), adding an optional field or an enum value to a spec breaks no
//!   code written against these paths; `xtask/tests/semver.rs` compiles such code before and
//!   after such a change. Tuple structs (newtypes over a map, a list or a constrained string)
//!   are left alone: a spec change does not add fields to them.
//!
//! Then the rewrites that keep the output lean, one file each, applied in this order:
//! `enum_conversions` (from `tolerant_enums`: two functions and one macro line per enum),
//! `string_newtypes` (a constrained string: its check and one macro line),
//! `builder_from_bodies` (`From<T>` only on the builders of request bodies) and
//! `hidden_docs` (no long docs on the hidden generated `Client`).

use std::collections::{BTreeMap, BTreeSet};

use quote::{ToTokens, format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Fields, Item, ItemEnum, ItemImpl, ItemMod, Meta, Stmt, parse_quote};

use crate::settings::RUNTIME_TYPE;

/// Applies every policy to a generated file.
pub fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        if let Item::Mod(m) = item {
            match m.ident.to_string().as_str() {
                "types" => {
                    tolerant_enums(m);
                    semver_safe_structs(m);
                    crate::builders::apply(m);
                    crate::string_newtypes::apply(m);
                }
                "builder" => {
                    strip_api_version(m);
                    fresh_idempotency_keys(m);
                    fixed_array_query(m);
                    any_success_status(m);
                    lean_requests(m);
                    typed_send(m);
                }
                _ => {}
            }
        }
    }
    crate::policy_idempotency::apply(file);
    runtime_hooks(file);
    crate::unrunnable_examples::apply(file);
    file.items
        .retain(|item| !matches!(item, Item::Mod(m) if m.ident == "prelude"));
    // Lean output, in this order (each in its own file, see its docs).
    crate::builder_from_bodies::apply(file);
    crate::type_builder_macros::apply(file);
    crate::hidden_docs::apply(file);
    IndentDocLists.visit_file_mut(file);
}

/// Indents the continuation lines of Markdown list items in doc comments. progenitor
/// lists parameters as `- `name`: description`, and a description that spans lines
/// otherwise ends the list item (rustdoc renders it wrong, clippy warns).
struct IndentDocLists;

fn indent_list_continuations(doc: &str) -> String {
    let mut out = Vec::new();
    let mut in_item = false;
    for line in doc.split('\n') {
        if line.starts_with("- ") {
            in_item = true;
            out.push(line.to_string());
        } else if line.trim().is_empty() {
            in_item = false;
            out.push(line.to_string());
        } else if in_item && !line.starts_with(' ') {
            out.push(format!("  {line}"));
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n")
}

impl VisitMut for IndentDocLists {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if let Meta::NameValue(nv) = &mut attr.meta
            && nv.path.is_ident("doc")
            && let Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut nv.value
        {
            let fixed = indent_list_continuations(&text.value());
            if fixed != text.value() {
                *text = syn::LitStr::new(&fixed, text.span());
            }
        }
    }
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

fn mod_items(m: &mut ItemMod) -> &mut Vec<Item> {
    &mut m.content.as_mut().expect("generated modules are inline").1
}

/// The wire value of a unit variant: its `#[serde(rename = "...")]`, else its name.
fn wire_name(variant: &syn::Variant) -> String {
    for attr in &variant.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        if let Meta::List(list) = &attr.meta {
            let mut found = None;
            let _ = list.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    found = Some(lit.value());
                } else if meta.input.peek(syn::Token![=]) {
                    let _: Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            if let Some(name) = found {
                return name;
            }
        }
    }
    variant.ident.to_string()
}

fn is_string_enum(e: &ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
        && e.attrs
            .iter()
            .any(|a| a.path().is_ident("derive") && tokens(&a.meta).contains("Deserialize"))
}

/// Removes `Deserialize` from a `#[derive(...)]` list: serde's derive buffers every value of
/// an enum with an `untagged` variant before matching it, so the policy writes its own.
fn drop_deserialize_derive(e: &mut ItemEnum) {
    for attr in &mut e.attrs {
        if attr.path().is_ident("derive")
            && let Ok(list) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
        {
            let kept: Vec<_> = list
                .into_iter()
                .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize"))
                .collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
}

/// Removes `Copy` from a `#[derive(...)]` list: `Unknown(String)` is not `Copy`.
fn drop_copy_derive(e: &mut ItemEnum) {
    for attr in &mut e.attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        if let Meta::List(list) = &attr.meta {
            let paths = list
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .expect("derive lists are paths");
            let kept: Vec<_> = paths.into_iter().filter(|p| !p.is_ident("Copy")).collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
}

fn impl_target(i: &ItemImpl) -> Option<(String, String)> {
    let self_ty = tokens(&i.self_ty);
    let trait_path = i.trait_.as_ref().map(|(p, _)| tokens(p))?;
    Some((self_ty, trait_path))
}

fn tolerant_enums(types: &mut ItemMod) {
    let items = mod_items(types);
    let mut enums: BTreeMap<String, (Vec<(syn::Ident, String)>, syn::Ident)> = BTreeMap::new();
    for item in items.iter_mut() {
        if let Item::Enum(e) = item
            && is_string_enum(e)
        {
            let variants: Vec<_> = e
                .variants
                .iter()
                .map(|v| (v.ident.clone(), wire_name(v)))
                .collect();
            // `Unknown`, unless the API itself has a value called that (a subscription
            // status "unknown"), then `UnknownValue`.
            let catch_all = ["Unknown", "UnknownValue", "UnrecognisedValue"]
                .into_iter()
                .find(|name| !variants.iter().any(|(v, _)| v == name))
                .map(|name| format_ident!("{}", name))
                .expect("an enum cannot use all three catch-all names");
            drop_copy_derive(e);
            drop_deserialize_derive(e);
            e.attrs.push(parse_quote!(#[non_exhaustive]));
            e.variants.push(parse_quote! {
                /// A value this client does not know yet, kept verbatim so that a new
                /// server value never fails decoding.
                #[serde(untagged)]
                #catch_all(::std::string::String)
            });
            enums.insert(e.ident.to_string(), (variants, catch_all));
        }
    }
    // typify's conversions reject unknown values: replace them (see `enum_conversions`).
    items.retain(|item| match item {
        Item::Impl(i) => match impl_target(i) {
            Some((ty, tr)) => !(enums.contains_key(&ty) && crate::enum_conversions::replaced(&tr)),
            None => true,
        },
        _ => true,
    });
    for (name, (variants, catch_all)) in &enums {
        items.extend(crate::enum_conversions::items(name, variants, catch_all));
    }
}

/// Statement-level rewrites inside every function of the builder module.
struct StripApiVersion;

impl VisitMut for StripApiVersion {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let before = block.stmts.len();
        block
            .stmts
            .retain(|s| !(tokens(s).contains("\"api-version\"")));
        if block.stmts.len() != before {
            let others = block
                .stmts
                .iter()
                // An optional header parameter appends inside `if let Some(..)`.
                .filter(|s| tokens(s).contains("header_map . append"))
                .count();
            if others == 0 {
                block.stmts.retain(
                    |s| !matches!(s, Stmt::Local(l) if tokens(&l.pat).contains("header_map")),
                );
                DropHeadersCall.visit_block_mut(block);
            } else {
                let n = others;
                for s in &mut block.stmts {
                    if let Stmt::Local(l) = s
                        && tokens(&l.pat).contains("header_map")
                    {
                        *l.init.as_mut().expect("initialised").expr =
                            parse_quote!(::reqwest::header::HeaderMap::with_capacity(#n));
                    }
                }
            }
        }
        visit_mut::visit_block_mut(self, block);
    }
}

/// Removes `.headers(header_map)` from method chains.
struct DropHeadersCall;

impl VisitMut for DropHeadersCall {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "headers"
            && tokens(&call.args) == "header_map"
        {
            *expr = (*call.receiver).clone();
            self.visit_expr_mut(expr);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// `Idempotency-Key` header parameters: when the caller sets none, the request carries a
/// fresh key (`client_core::idempotency_key`), made once per call and kept across its
/// retries (the runtime resends the same request, and treats a keyed request as safe to
/// retry). progenitor writes `if let Some(value) = p { header_map.append("Idempotency-Key", ..) }`;
/// this adds the `else`.
struct FreshIdempotencyKeys;

impl VisitMut for FreshIdempotencyKeys {
    fn visit_expr_if_mut(&mut self, e: &mut syn::ExprIf) {
        let keyed = e.else_branch.is_none()
            && matches!(&*e.cond, Expr::Let(_))
            && e.then_branch.stmts.iter().any(|s| {
                let Stmt::Expr(Expr::MethodCall(call), _) = s else {
                    return false;
                };
                call.method == "append"
                    && matches!(
                        call.args.first(),
                        Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. }))
                            if name.value().eq_ignore_ascii_case("idempotency-key")
                    )
            });
        if keyed {
            let Some(Stmt::Expr(Expr::MethodCall(call), _)) = e.then_branch.stmts.first() else {
                return;
            };
            let (map, name) = (&call.receiver, &call.args[0]);
            let fresh: Expr = parse_quote! {
                { #map.append(#name, ::client_core::idempotency_key().try_into()?); }
            };
            e.else_branch = Some((Default::default(), Box::new(fresh)));
        }
        visit_mut::visit_expr_if_mut(self, e);
    }
}

fn fresh_idempotency_keys(builder: &mut ItemMod) {
    FreshIdempotencyKeys.visit_item_mod_mut(builder);
}

fn strip_api_version(builder: &mut ItemMod) {
    StripApiVersion.visit_item_mod_mut(builder);
}

/// Builder fields of type `Result<Option<[T; N]>, String>`, per builder struct.
fn fixed_array_fields(items: &[Item]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for item in items {
        if let Item::Struct(s) = item {
            for f in &s.fields {
                let ty = tokens(&f.ty);
                if ty.starts_with("Result < Option < [") {
                    out.entry(s.ident.to_string())
                        .or_insert_with(BTreeSet::new)
                        .insert(f.ident.as_ref().expect("named").to_string());
                }
            }
        }
    }
    out
}

struct SliceQueryArgs<'a>(&'a BTreeSet<String>);

impl VisitMut for SliceQueryArgs<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if tokens(&call.func).ends_with("QueryParam :: new")
            && let Some(Expr::Reference(r)) = call.args.iter_mut().nth(1)
            && let Expr::Path(p) = &*r.expr
            && self.0.contains(&tokens(p))
        {
            let ident = p.clone();
            *call.args.iter_mut().nth(1).expect("two args") =
                parse_quote!(&#ident.as_ref().map(|v| v.as_slice()));
        }
        visit_mut::visit_expr_call_mut(self, call);
    }
}

fn fixed_array_query(builder: &mut ItemMod) {
    let items = mod_items(builder);
    let arrays = fixed_array_fields(items);
    for item in items.iter_mut() {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
        {
            let name = match &*i.self_ty {
                syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            };
            if let Some(fields) = name.and_then(|n| arrays.get(&n)) {
                SliceQueryArgs(fields).visit_item_impl_mut(i);
            }
        }
    }
}

/// Splits `Result<ResponseValue<T>, Error<E>>` into `(T, E)` tokens.
pub fn send_types(ret: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = ret else {
        return None;
    };
    let syn::Type::Path(p) = &**ty else {
        return None;
    };
    let seg = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut it = args.args.iter().filter_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    let inner_arg = |t: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = t else { return None };
        let seg = p.path.segments.last()?;
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
            return None;
        };
        args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
    };
    let ok = inner_arg(it.next()?)?;
    let err = inner_arg(it.next()?)?;
    Some((ok, err))
}

fn typed_send(builder: &mut ItemMod) {
    // One error body for every operation: `send` names the crate's `Error` alias (defined by
    // the generated facade), which is what a user reads in the docs.
    let error_bodies: BTreeSet<String> = mod_items(builder)
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i) if i.trait_.is_none() => Some(i),
            _ => None,
        })
        .flat_map(|i| i.items.iter())
        .filter_map(|it| match it {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => send_types(&f.sig.output),
            _ => None,
        })
        .map(|(_, err)| tokens(&err))
        .collect();
    let crate_error = error_bodies.len() == 1;
    for item in mod_items(builder).iter_mut() {
        let Item::Impl(i) = item else { continue };
        if i.trait_.is_some() {
            continue;
        }
        let mut wrapper = None;
        for it in &mut i.items {
            if let syn::ImplItem::Fn(f) = it
                && f.sig.ident == "send"
                && let Some((ok, err)) = send_types(&f.sig.output)
            {
                f.sig.ident = format_ident!("send_raw");
                f.vis = syn::Visibility::Inherited;
                f.attrs.retain(|a| !a.path().is_ident("doc"));
                f.attrs.push(
                    parse_quote!(#[doc = " Sends the request with progenitor's own error type."]),
                );
                let error = if crate_error {
                    quote!(crate::Error)
                } else {
                    quote!(client_core::Error<#err>)
                };
                wrapper = Some(quote! {
                    /// Sends the request. Errors carry the HTTP status, the API's decoded
                    /// error body (or the raw bytes when it does not decode) and the request id.
                    pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok>, #error> {
                        client_core::call(self.send_raw()).await
                    }
                });
            }
        }
        if let Some(w) = wrapper {
            i.items.push(syn::parse2(w).expect("valid wrapper"));
        }
    }
}

/// `lean_requests`: see the module docs. Every rewrite keeps the bytes on the wire: the
/// path set of `PathSegment` is `encode_path`'s, `query_opt` hands a set value to the same
/// `QueryParam`, and `decode` reads the body as `from_response` does.
fn lean_requests(builder: &mut ItemMod) {
    let items = mod_items(builder);
    let optional = optional_fields(items);
    let mut used = false;
    for item in items.iter_mut() {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
            && let syn::Type::Path(p) = &*i.self_ty
            && let Some(name) = p.path.segments.last().map(|s| s.ident.to_string())
        {
            let empty = BTreeSet::new();
            let mut lean = LeanRequests {
                optional: optional.get(&name).unwrap_or(&empty),
                rewrote: false,
            };
            lean.visit_item_impl_mut(i);
            used |= lean.rewrote;
        }
    }
    if used {
        items.insert(
            0,
            parse_quote!(
                use client_core::QueryParamExt as _;
            ),
        );
    }
}

/// Builder fields of type `Result<Option<T>, String>` (optional parameters), per builder.
fn optional_fields(items: &[Item]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for item in items {
        if let Item::Struct(s) = item {
            for f in &s.fields {
                if tokens(&f.ty).starts_with("Result < Option <") {
                    out.entry(s.ident.to_string())
                        .or_insert_with(BTreeSet::new)
                        .insert(f.ident.as_ref().expect("named").to_string());
                }
            }
        }
    }
    out
}

/// `client.pre(..).await?;` or `client.post(..).await?;` (matched on the tree: this runs
/// for every statement of every block).
fn is_noop_hook_call(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::Try(t), Some(_)) = stmt else {
        return false;
    };
    let Expr::Await(a) = &*t.expr else {
        return false;
    };
    let Expr::MethodCall(m) = &*a.base else {
        return false;
    };
    (m.method == "pre" || m.method == "post")
        && matches!(&*m.receiver, Expr::Path(p) if p.path.is_ident("client"))
}

struct LeanRequests<'a> {
    optional: &'a BTreeSet<String>,
    rewrote: bool,
}

/// The variable at the root of `&x`, `&x.as_ref().map(..)`.
fn root_ident(e: &Expr) -> Option<String> {
    match e {
        Expr::Reference(r) => root_ident(&r.expr),
        Expr::MethodCall(m) => root_ident(&m.receiver),
        Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

impl VisitMut for LeanRequests<'_> {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, call);
        // `.query(&progenitor_client::QueryParam::new("name", &value))`, value optional.
        if call.method == "query"
            && call.args.len() == 1
            && let Some(Expr::Reference(r)) = call.args.first()
            && let Expr::Call(inner) = &*r.expr
            && tokens(&inner.func).ends_with("QueryParam :: new")
            && inner.args.len() == 2
            && root_ident(&inner.args[1]).is_some_and(|v| self.optional.contains(&v))
        {
            let (name, value) = (inner.args[0].clone(), inner.args[1].clone());
            call.method = format_ident!("query_opt");
            call.args = parse_quote!(#name, #value);
            self.rewrote = true;
        }
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        // `client.pre(&mut request, &info).await?;` and `client.post(&result, &info).await?;`:
        // the runtime's `ClientHooks` keeps progenitor's no-op `pre` and `post`, whose calls
        // only add states to every builder's future.
        block.stmts.retain(|stmt| !is_noop_hook_call(stmt));
        visit_mut::visit_block_mut(self, block);
    }

    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        visit_mut::visit_expr_call_mut(self, call);
        if tokens(&call.func) == "ResponseValue :: from_response" {
            call.func = parse_quote!(client_core::decode);
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        // `format!("{}/a/{}", client.baseurl, encode_path(&x.to_string()))`
        if !mac.path.is_ident("format") {
            return;
        }
        let Ok(mut args) = mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        else {
            return;
        };
        let mut changed = false;
        for arg in args.iter_mut() {
            if let Expr::Call(c) = arg
                && tokens(&c.func) == "encode_path"
                && let Some(Expr::Reference(r)) = c.args.first()
                && let Expr::MethodCall(m) = &*r.expr
                && m.method == "to_string"
                && m.args.is_empty()
            {
                let value = &m.receiver;
                *arg = parse_quote!(client_core::PathSegment(&#value));
                changed = true;
            }
        }
        if changed {
            mac.tokens = args.to_token_stream();
        }
    }
}

fn runtime_hooks(file: &mut syn::File) {
    let runtime: syn::Type = syn::parse_str(RUNTIME_TYPE).expect("valid runtime type path");
    file.items.push(parse_quote! {
        /// Every request runs through the runtime: retries with backoff, `Retry-After`,
        /// and the bookkeeping that lets errors report status and request id.
        impl ClientHooks<#runtime> for Client {
            fn exec<'s, 'i>(
                &'s self,
                request: reqwest::Request,
                info: &'i OperationInfo,
            ) -> impl ::std::future::Future<Output = reqwest::Result<reqwest::Response>> + use<'s, 'i> {
                client_core::execute(self.inner(), &self.client, request, info)
            }
        }
    });
}

/// `any_success_status`: a 2xx the spec does not list is still a success.
///
/// In every `match response.status().as_u16()` of the builder module, the arms for listed
/// 2xx statuses (`200u16`, `201u16`, ...) become one `200u16..=299u16` arm with the same body,
/// so any 2xx decodes into the operation's success type. Operations without a success body
/// (`ResponseValue::empty`) and those whose success is a redirect the HTTP client follows
/// (`ResponseValue::stream`, the spec listing only a 3xx) already get a `200..=299` arm from
/// progenitor and are left as they are. A 2xx with an empty body on an operation that has a
/// success body still reports a decoding error with that 2xx status, never an unexpected status.
/// When listed 2xx statuses carry different bodies, their arms stay and the range arm (with
/// the first one's body) follows them.
fn any_success_status(builder: &mut ItemMod) {
    AnySuccessStatus.visit_item_mod_mut(builder);
}

struct AnySuccessStatus;

/// The status an arm pattern names, when it is one integer literal.
fn literal_status(pat: &syn::Pat) -> Option<u16> {
    match pat {
        syn::Pat::Lit(syn::PatLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse().ok(),
        _ => None,
    }
}

impl VisitMut for AnySuccessStatus {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        if tokens(&m.expr) == "response . status () . as_u16 ()" {
            let listed: Vec<usize> = m
                .arms
                .iter()
                .enumerate()
                .filter(|(_, arm)| {
                    literal_status(&arm.pat).is_some_and(|s| (200..=299).contains(&s))
                        && !tokens(&arm.body).starts_with("Err")
                })
                .map(|(i, _)| i)
                .collect();
            if let Some(&first) = listed.first() {
                let body = m.arms[first].body.clone();
                let same = listed
                    .iter()
                    .all(|&i| tokens(&m.arms[i].body) == tokens(&body));
                let range: syn::Arm = parse_quote!(200u16..=299u16 => #body,);
                if same {
                    for &i in listed.iter().skip(1).rev() {
                        m.arms.remove(i);
                    }
                    m.arms[first] = range;
                } else {
                    let last = *listed.last().expect("non-empty");
                    m.arms.insert(last + 1, range);
                }
            }
        }
        visit_mut::visit_expr_match_mut(self, m);
    }
}

/// Marks every struct with named fields in `types` `#[non_exhaustive]` (see the module doc).
fn semver_safe_structs(types: &mut ItemMod) {
    for item in mod_items(types).iter_mut() {
        if let Item::Struct(s) = item
            && matches!(s.fields, Fields::Named(_))
            && !s.attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
        {
            s.attrs.push(parse_quote!(#[non_exhaustive]));
        }
    }
}

#[cfg(test)]
mod any_success_status_tests {
    use super::*;

    fn rewrite(src: &str) -> String {
        let mut m: ItemMod = syn::parse_str(src).expect("valid module");
        any_success_status(&mut m);
        tokens(&m)
    }

    #[test]
    fn listed_2xx_arms_become_one_range() {
        let out = rewrite(
            "mod builder { async fn f() { match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(x)),
                _ => Err(Error::UnexpectedResponse(response)),
            } } }",
        );
        assert!(
            out.contains("200u16 ..= 299u16 => ResponseValue :: from_response"),
            "{out}"
        );
        assert!(!out.contains("201u16"), "{out}");
        assert!(out.contains("400u16 ..= 499u16"), "{out}");
    }

    #[test]
    fn arms_with_different_bodies_stay_before_the_range() {
        let out = rewrite(
            "mod builder { async fn f() { match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            } } }",
        );
        let range = out.find("200u16 ..= 299u16").expect("a range arm");
        assert!(out.find("204u16").expect("kept") < range, "{out}");
    }

    #[test]
    fn other_matches_and_existing_ranges_are_untouched() {
        let src = "mod builder { async fn f() {
            match response.status().as_u16() { 200..=299 => Ok(ResponseValue::empty(response)), _ => Err(e) }
            match other.as_u16() { 200u16 => a, _ => b }
        } }";
        let before = tokens(&syn::parse_str::<ItemMod>(src).unwrap());
        assert_eq!(rewrite(src), before);
    }
}
