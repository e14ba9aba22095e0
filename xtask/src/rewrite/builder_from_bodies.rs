//! `builder_from_bodies`: a type's builder is made from a value only where a call needs it.
//!
//! typify gives every struct's builder `From<T>` (a builder filled from a finished value).
//! The operation builders call it in `.body(value)`, which keeps the body as a builder so
//! that `.body_map(|b| ...)` can edit it; no other generated code uses it, and a response
//! type's builder is built field by field. So `From<T>` stays on the builders of request
//! bodies and goes from the others: a tenth of the `types::builder` module of a large spec.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::{Item, ItemMod};

/// The `types::builder::X` names that the operation builders hold as a body.
fn body_builders(operation_builders: &ItemMod) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Some((_, items)) = &operation_builders.content else {
        return out;
    };
    for item in items {
        let Item::Struct(s) = item else { continue };
        for f in &s.fields {
            let ty = f.ty.to_token_stream().to_string();
            let mut rest = ty.as_str();
            while let Some(at) = rest.find("types :: builder :: ") {
                rest = &rest[at + "types :: builder :: ".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.insert(name);
            }
        }
    }
    out
}

/// Drops `impl From<super::X> for X` from `types::builder` for every `X` that is no body.
pub fn apply(file: &mut syn::File) {
    let Some(bodies) = file.items.iter().find_map(|i| match i {
        Item::Mod(m) if m.ident == "builder" => Some(body_builders(m)),
        _ => None,
    }) else {
        return;
    };
    for item in &mut file.items {
        let Item::Mod(types) = item else { continue };
        if types.ident != "types" {
            continue;
        }
        let Some((_, items)) = &mut types.content else {
            continue;
        };
        for inner in items.iter_mut() {
            let Item::Mod(builder) = inner else { continue };
            if builder.ident != "builder" {
                continue;
            }
            let Some((_, impls)) = &mut builder.content else {
                continue;
            };
            impls.retain(|i| match i {
                Item::Impl(imp) => {
                    let Some((path, _)) = &imp.trait_ else {
                        return true;
                    };
                    let trait_path = path.to_token_stream().to_string();
                    let self_ty = imp.self_ty.to_token_stream().to_string();
                    !(trait_path.ends_with(&format!("From < super :: {self_ty} >"))
                        && !trait_path.contains("TryFrom")
                        && !bodies.contains(&self_ty))
                }
                _ => true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_body_builders_keep_from() {
        let mut file: syn::File = syn::parse_str(
            r#"
            pub mod types {
                pub mod builder {
                    impl ::std::convert::From<super::NewWidget> for NewWidget { fn from(v: super::NewWidget) -> Self { todo!() } }
                    impl ::std::convert::From<super::Widget> for Widget { fn from(v: super::Widget) -> Self { todo!() } }
                    impl ::std::convert::TryFrom<Widget> for super::Widget { type Error = (); fn try_from(v: Widget) -> Result<Self, ()> { todo!() } }
                }
            }
            pub mod builder {
                pub struct CreateWidget<'a> { client: &'a super::Client, body: Result<types::builder::NewWidget, String> }
            }
            "#,
        )
        .unwrap();
        apply(&mut file);
        let out = file.to_token_stream().to_string();
        assert!(
            out.contains("From < super :: NewWidget > for NewWidget"),
            "{out}"
        );
        assert!(
            !out.contains("From < super :: Widget > for Widget"),
            "{out}"
        );
        assert!(
            out.contains("TryFrom < Widget > for super :: Widget"),
            "{out}"
        );
    }
}
