//! The API surface of a generated client, one line per operation and per field: what a
//! reviewer reads first when a spec changes (`tests/snapshots/*surface*.snap`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quote::ToTokens;
use syn::{Fields, Item};

use crate::operations::{self, find_mod};
use crate::spec::LoadedSpec;

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

/// The surface of `code` (a generated file) for `spec` (loaded and normalised as codegen
/// does): operations in spec order, then every type of the `types` module in name order.
pub fn render(spec: &LoadedSpec, code: &str) -> Result<String, String> {
    let file: syn::File = syn::parse_str(code).map_err(|e| format!("generated code: {e}"))?;
    let ops = operations::build(&spec.openapi, &spec.wire_names, &file)?;
    let mut out = String::from("# Operations\n");
    for o in &ops {
        let params: Vec<_> = o
            .params
            .iter()
            .map(|p| format!("{}: {}", p.rust, p.ty))
            .collect();
        let _ = writeln!(
            out,
            "{}: {} {}\n    client.{}({})\n    -> Result<{}, {}>",
            o.id,
            o.verb,
            o.path,
            o.method,
            params.join(", "),
            o.ok,
            o.err
        );
    }
    out.push_str("\n# Types\n");
    render_types(&file, &mut out);
    Ok(out)
}
