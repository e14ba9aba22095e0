//! `hidden_docs`: no long docs on code users never see.
//!
//! progenitor documents its own `Client` (the spec's whole description) and each of its
//! operation methods (summary, description, parameter list and a usage example). That
//! client is re-exported only as the hidden `Operations`: users call the facade's
//! `Client`, whose methods carry their own docs. The struct's doc goes, and each method
//! keeps only the line that names its request, ``Sends a `GET` request to `/path` ``, for
//! a reader of the generated file (nothing in the generator reads it: the operations are
//! paired by operationId, see `operations/`). On a large spec this is thousands of lines
//! rustdoc never shows.

use syn::{ImplItem, Item, Meta, parse_quote};

/// Trims the docs of the generated `Client` and of its inherent methods.
pub fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        match item {
            Item::Struct(s) if s.ident == "Client" => {
                s.attrs.retain(|a| !a.path().is_ident("doc"));
                s.attrs.push(parse_quote!(
                    #[doc = " The operations as progenitor generated them; users call the facade's `Client`."]
                ));
            }
            Item::Impl(i)
                if i.trait_.is_none()
                    && matches!(&*i.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")) =>
            {
                for it in &mut i.items {
                    let ImplItem::Fn(f) = it else { continue };
                    let doc = doc_of(&f.attrs);
                    let Some(line) = doc
                        .lines()
                        .find(|l| l.trim_start().starts_with("Sends a `"))
                        .map(|l| format!(" {}", l.trim()))
                    else {
                        continue;
                    };
                    f.attrs.retain(|a| !a.path().is_ident("doc"));
                    f.attrs.insert(0, parse_quote!(#[doc = #line]));
                }
            }
            _ => {}
        }
    }
}

/// The text of the `#[doc]` attributes, one line each.
fn doc_of(attrs: &[syn::Attribute]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_keep_only_the_request_line() {
        let mut file: syn::File = syn::parse_str(
            r#"
            /// The whole spec description.
            pub struct Client { baseurl: String }
            impl Client {
                /// Create a new client.
                pub fn new() -> Self { todo!() }
                /**Get a thing

Long text.

Sends a `GET` request to `/things/{id}`

Arguments:
- `id`: the thing*/
                pub fn get_thing(&self) -> builder::GetThing<'_> { builder::GetThing::new(self) }
            }
            "#,
        )
        .unwrap();
        apply(&mut file);
        let Item::Impl(i) = &file.items[1] else {
            panic!()
        };
        let docs: Vec<String> = i
            .items
            .iter()
            .map(|it| match it {
                ImplItem::Fn(f) => doc_of(&f.attrs),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            docs,
            [
                " Create a new client.",
                " Sends a `GET` request to `/things/{id}`"
            ]
        );
        let Item::Struct(s) = &file.items[0] else {
            panic!()
        };
        assert!(!doc_of(&s.attrs).contains("spec description"));
    }
}
