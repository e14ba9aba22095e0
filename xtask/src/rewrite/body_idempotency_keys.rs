//! `body_idempotency_keys`: writes whose request body has an optional
//! `idempotency_key` string field are made safe to retry.
//!
//! In the `send` of every such operation, right after the body is built, the generated code
//! calls `client_core::fill_idempotency_key(&mut body.idempotency_key)`: a key the caller
//! set is kept, otherwise a fresh one is set once for the call, so every retry of that call
//! carries the same key and the server applies it once. The operations are listed in
//! `KEYED_OPERATIONS`, which the facade hands to the runtime
//! (`client_core::Runtime::with_keyed_operations`) so that they are retried like idempotent
//! requests. Everything is driven by the generated types, so by the spec: no per-operation
//! code.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::{Item, ItemMod, Stmt, parse_quote};

/// The name of the generated list of keyed operations.
pub const KEYED_OPERATIONS: &str = "KEYED_OPERATIONS";

/// Structs of `types` with a field `idempotency_key: Option<String>`.
fn keyed_types(types: &ItemMod) -> BTreeSet<String> {
    let Some((_, items)) = &types.content else {
        return BTreeSet::new();
    };
    items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s)
                if s.fields.iter().any(|f| {
                    f.ident.as_ref().is_some_and(|i| i == "idempotency_key")
                        && is_optional_string(&f.ty)
                }) =>
            {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

fn is_optional_string(ty: &syn::Type) -> bool {
    let t = ty.to_token_stream().to_string().replace(' ', "");
    matches!(
        t.as_str(),
        "Option<String>"
            | "::std::option::Option<::std::string::String>"
            | "Option<::std::string::String>"
    )
}

/// The type `X` of `let body = body.and_then(|v| types::X::try_from(v)..)..?;`.
fn body_type(stmt: &Stmt) -> Option<String> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    if local.pat.to_token_stream().to_string() != "body" {
        return None;
    }
    let init = local.init.as_ref()?.expr.to_token_stream().to_string();
    let rest = init.split("types :: ").nth(1)?;
    let (name, after) = rest.split_once(' ')?;
    after.starts_with(":: try_from").then(|| name.to_string())
}

/// The `operation_id: "..."` of the `let info = OperationInfo { .. };` of a function.
fn operation_id(f: &syn::ImplItemFn) -> Option<String> {
    f.block.stmts.iter().find_map(|stmt| {
        let Stmt::Local(local) = stmt else {
            return None;
        };
        let syn::Expr::Struct(e) = &*local.init.as_ref()?.expr else {
            return None;
        };
        if e.path.segments.last()?.ident != "OperationInfo" {
            return None;
        }
        e.fields
            .iter()
            .find_map(|field| match (&field.member, &field.expr) {
                (
                    syn::Member::Named(name),
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(id),
                        ..
                    }),
                ) if name == "operation_id" => Some(id.value()),
                _ => None,
            })
    })
}

/// Applies the rewrite to a generated file (its `types` and `builder` modules).
pub fn apply(file: &mut syn::File) {
    let keyed = file
        .items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => Some(keyed_types(m)),
            _ => None,
        })
        .unwrap_or_default();
    if keyed.is_empty() {
        return;
    }
    let mut operations = Vec::new();
    for item in &mut file.items {
        let Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        let Some((_, items)) = &mut m.content else {
            continue;
        };
        for item in items.iter_mut() {
            let Item::Impl(i) = item else { continue };
            for it in &mut i.items {
                let syn::ImplItem::Fn(f) = it else { continue };
                if f.sig.ident != "send" && f.sig.ident != "send_raw" {
                    continue;
                }
                let Some(at) = f
                    .block
                    .stmts
                    .iter()
                    .position(|s| body_type(s).is_some_and(|t| keyed.contains(&t)))
                else {
                    continue;
                };
                let fill: Vec<Stmt> = vec![
                    parse_quote!(let mut body = body;),
                    parse_quote!(client_core::fill_idempotency_key(&mut body.idempotency_key);),
                ];
                f.block.stmts.splice(at + 1..at + 1, fill);
                if let Some(id) = operation_id(f) {
                    operations.push(id);
                }
            }
        }
    }
    operations.sort();
    file.items.push(parse_quote! {
        /// The operations whose body carries an idempotency key, filled once per call: the
        /// runtime retries them like idempotent requests.
        pub(crate) const KEYED_OPERATIONS: &[&str] = &[#(#operations),*];
    });
}
