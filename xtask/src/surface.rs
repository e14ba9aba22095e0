//! The API surface of a generated client, one line per operation and per field: what a
//! reviewer reads first when a spec changes (`tests/snapshots/*surface*.snap`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quote::ToTokens;
use syn::{Fields, ImplItem, Item, Meta};

use crate::operations::send_types;

/// Renders a type the way a person writes it: `Option<Vec<String>>`, not
/// `:: std :: option :: Option < :: std :: vec :: Vec < ... > >`.
pub fn pretty_type(ty: &impl ToTokens) -> String {
    let mut s = ty.to_token_stream().to_string();
    for (from, to) in [
        (" , ", ", "),
        (" :: ", "::"),
        (":: ", "::"),
        (" < ", "<"),
        ("< ", "<"),
        (" <", "<"),
        (" >", ">"),
        (" ,", ","),
        (",>", ">"),
        ("& '", "&'"),
        ("[ ", "["),
        (" ]", "]"),
        (" ; ", "; "),
    ] {
        s = s.replace(from, to);
    }
    for prefix in [
        "::std::string::",
        "::std::vec::",
        "::std::option::",
        "::std::collections::",
        "::std::",
        "::chrono::offset::",
        "::chrono::",
        "::serde_json::",
        "types::builder::",
        "types::",
        "super::",
    ] {
        s = s.replace(prefix, "");
    }
    s.trim_start_matches("::").to_string()
}

/// The text of the `#[doc]` attributes, one line each.
pub(crate) fn doc_of(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let text = attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect::<String>();
    let start = text.find("rename = \"")? + "rename = \"".len();
    let end = text[start..].find('"')? + start;
    Some(text[start..end].to_string())
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

/// A builder's parameters (name, Rust type), success type and error type.
type BuilderShape = (Vec<(String, String)>, String, String);

/// One operation as the client exposes it.
struct Operation {
    method: String,
    params: Vec<(String, String)>,
    ok: String,
    err: String,
}

fn operations(file: &syn::File) -> BTreeMap<(String, String), Operation> {
    let builder = find_mod(&file.items, "builder");
    // builder struct name -> (params, ok, err)
    let mut builders: BTreeMap<String, BuilderShape> = BTreeMap::new();
    for item in builder {
        match item {
            Item::Struct(s) => {
                let params = s
                    .fields
                    .iter()
                    .filter_map(|f| {
                        let name = f.ident.as_ref()?.to_string();
                        if name == "client" {
                            return None;
                        }
                        // `Result<T, String>` -> `T`
                        let ty = pretty_type(&f.ty);
                        let inner = ty
                            .strip_prefix("Result<")
                            .and_then(|t| t.strip_suffix(", String>"))
                            .unwrap_or(&ty)
                            .to_string();
                        Some((name, inner))
                    })
                    .collect();
                builders
                    .entry(s.ident.to_string())
                    .or_insert_with(|| (Vec::new(), String::new(), String::new()))
                    .0 = params;
            }
            Item::Impl(i) if i.trait_.is_none() => {
                let name = pretty_type(&i.self_ty);
                let name = name.split('<').next().unwrap_or_default().to_string();
                for it in &i.items {
                    // `send_raw` keeps progenitor's signature (`send` may name the
                    // crate's `Error` alias).
                    if let ImplItem::Fn(f) = it
                        && (f.sig.ident == "send_raw" || f.sig.ident == "send")
                        && let Some((ok, err)) = send_types(&f.sig.output)
                    {
                        let entry = builders
                            .entry(name.clone())
                            .or_insert_with(|| (Vec::new(), String::new(), String::new()));
                        entry.1 = pretty_type(&ok);
                        entry.2 = pretty_type(&err);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    for item in &file.items {
        let Item::Impl(i) = item else { continue };
        if i.trait_.is_some() || pretty_type(&i.self_ty) != "Client" {
            continue;
        }
        for it in &i.items {
            let ImplItem::Fn(f) = it else { continue };
            let doc = doc_of(&f.attrs);
            let Some(rest) = doc.split("Sends a `").nth(1) else {
                continue;
            };
            let mut parts = rest.split('`');
            let method = parts.next().unwrap_or_default().to_string();
            let path = parts.nth(1).unwrap_or_default().to_string();
            let ret = match &f.sig.output {
                syn::ReturnType::Type(_, t) => pretty_type(t),
                syn::ReturnType::Default => continue,
            };
            let builder_name = ret
                .trim_start_matches("builder::")
                .split('<')
                .next()
                .unwrap_or_default()
                .to_string();
            let (params, ok, err) = builders.get(&builder_name).cloned().unwrap_or_default();
            out.insert(
                (method, path),
                Operation {
                    method: f.sig.ident.to_string(),
                    params,
                    ok,
                    err,
                },
            );
        }
    }
    out
}

fn render_types(file: &syn::File, out: &mut String) {
    let types = find_mod(&file.items, "types");
    let mut rendered: BTreeMap<String, String> = BTreeMap::new();
    for item in types {
        let mut s = String::new();
        match item {
            Item::Struct(st) => match &st.fields {
                Fields::Named(named) => {
                    let _ = writeln!(s, "struct {} {{", st.ident);
                    for f in &named.named {
                        let name = f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                        let wire = serde_rename(&f.attrs)
                            .filter(|w| *w != name)
                            .map(|w| format!("  (wire \"{w}\")"))
                            .unwrap_or_default();
                        let _ = writeln!(s, "    {name}: {}{wire}", pretty_type(&f.ty));
                    }
                    s.push_str("}\n");
                }
                Fields::Unnamed(u) => {
                    let inner: Vec<_> = u.unnamed.iter().map(|f| pretty_type(&f.ty)).collect();
                    let _ = writeln!(s, "struct {}({})", st.ident, inner.join(", "));
                }
                Fields::Unit => {
                    let _ = writeln!(s, "struct {}", st.ident);
                }
            },
            Item::Enum(e) => {
                let _ = writeln!(s, "enum {} {{", e.ident);
                for v in &e.variants {
                    match &v.fields {
                        Fields::Unit => {
                            let wire =
                                serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string());
                            let _ = writeln!(s, "    {} = \"{wire}\"", v.ident);
                        }
                        Fields::Unnamed(u) => {
                            let inner: Vec<_> =
                                u.unnamed.iter().map(|f| pretty_type(&f.ty)).collect();
                            let _ = writeln!(s, "    {}({})", v.ident, inner.join(", "));
                        }
                        Fields::Named(_) => {
                            let _ = writeln!(s, "    {} {{ .. }}", v.ident);
                        }
                    }
                }
                s.push_str("}\n");
            }
            Item::Type(t) => {
                let _ = writeln!(s, "type {} = {}", t.ident, pretty_type(&t.ty));
            }
            _ => continue,
        }
        let name = match item {
            Item::Struct(st) => st.ident.to_string(),
            Item::Enum(e) => e.ident.to_string(),
            Item::Type(t) => t.ident.to_string(),
            _ => unreachable!(),
        };
        rendered.insert(name, s);
    }
    for body in rendered.values() {
        out.push_str(body);
    }
}

/// The surface of `code` (a generated file) for `spec`: operations in spec order, then
/// every type of the `types` module in name order.
pub fn render(spec: &openapiv3::OpenAPI, code: &str) -> Result<String, String> {
    let file: syn::File = syn::parse_str(code).map_err(|e| format!("generated code: {e}"))?;
    let ops = operations(&file);
    let mut out = String::from("# Operations\n");
    for (path, method, op) in spec.operations() {
        let key = (method.to_uppercase(), path.to_string());
        let id = op.operation_id.as_deref().unwrap_or("?");
        match ops.get(&key) {
            Some(o) => {
                let params: Vec<_> = o.params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                let _ = writeln!(
                    out,
                    "{id}: {} {path}\n    client.{}({})\n    -> Result<{}, {}>",
                    key.0,
                    o.method,
                    params.join(", "),
                    o.ok,
                    o.err
                );
            }
            None => {
                let _ = writeln!(out, "{id}: {} {path}\n    (no client method)", key.0);
            }
        }
    }
    out.push_str("\n# Types\n");
    render_types(&file, &mut out);
    Ok(out)
}
