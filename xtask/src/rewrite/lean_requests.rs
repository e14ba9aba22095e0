//! `lean_requests`: the builders' request path makes no allocation that only progenitor's
//! helpers need: path parameters are percent-encoded while the URL is formatted
//! (`client_core::PathSegment`, not `encode_path(&x.to_string())`), an unset optional query
//! parameter is skipped (`query_opt`) instead of running the query serializer, a success
//! body is decoded by `client_core::decode`, which moves the headers instead of copying
//! them, and the calls of the no-op `pre`/`post` hooks are dropped.

use std::collections::{BTreeMap, BTreeSet};

use quote::{ToTokens, format_ident};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Item, ItemMod, Stmt, parse_quote};

use super::{mod_items, tokens};

/// Applies the rewrite to the `builder` module (see the module docs). Every rewrite keeps the bytes on the wire: the
/// path set of `PathSegment` is `encode_path`'s, `query_opt` hands a set value to the same
/// `QueryParam`, and `decode` reads the body as `from_response` does.
pub fn apply(builder: &mut ItemMod) {
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
