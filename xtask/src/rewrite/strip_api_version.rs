//! `strip_api_version`: progenitor sends `api-version: <info.version>` on every request;
//! none of these APIs define that header, so it is removed (with the header map when nothing
//! else uses it).

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ItemMod, Stmt, parse_quote};

use super::tokens;

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    StripApiVersion.visit_item_mod_mut(builder);
}

/// Statement-level rewrites inside every function of the builder module.
struct StripApiVersion;

impl VisitMut for StripApiVersion {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        // Most blocks never mention the header: nothing in them to strip, at any depth.
        if !mentions_api_version(block) {
            return;
        }
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
/// Whether the string literal `"api-version"` is among `t`'s tokens.
fn mentions_api_version(t: &impl quote::ToTokens) -> bool {
    fn walk(ts: proc_macro2::TokenStream) -> bool {
        ts.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Group(g) => {
                let inner = g.stream();
                drop(g);
                walk(inner)
            }
            proc_macro2::TokenTree::Literal(l) => l.to_string() == "\"api-version\"",
            _ => false,
        })
    }
    walk(t.to_token_stream())
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(extra: proc_macro2::TokenStream) -> String {
        let mut m: ItemMod = parse_quote! {
            pub mod builder {
                impl<'a> GetThing<'a> {
                    pub async fn send_raw(self) -> Result<(), ()> {
                        let url = format!("{}/things", self.client.baseurl);
                        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                        header_map.append(
                            ::reqwest::header::HeaderName::from_static("api-version"),
                            ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                        );
                        #extra
                        let request = self.client.client.get(url).headers(header_map).build()?;
                        Ok(())
                    }
                    pub fn untouched(self) -> &'static str {
                        "no header here"
                    }
                }
            }
        };
        apply(&mut m);
        tokens(&m)
    }

    #[test]
    fn the_header_and_its_map_go_when_it_is_the_only_header() {
        let out = stripped(quote::quote!());
        assert!(!out.contains("api-version"), "{out}");
        assert!(!out.contains("header_map"), "{out}");
        assert!(out.contains("get (url) . build ()"), "{out}");
        assert!(out.contains("\"no header here\""), "{out}");
    }

    #[test]
    fn the_map_shrinks_to_the_other_headers() {
        let out = stripped(quote::quote! {
            if let Some(v) = &self.key {
                header_map.append("Idempotency-Key", v.to_string().try_into()?);
            }
        });
        assert!(!out.contains("api-version"), "{out}");
        assert!(out.contains("HeaderMap :: with_capacity (1usize)"), "{out}");
        assert!(out.contains("headers (header_map)"), "{out}");
    }
}
