//! `no_unrunnable_examples`: progenitor ends the doc of each method of its `Client` with a
//! ```` ```ignore ```` example. That client is hidden behind the facade (`Operations`), the
//! example can never run, and `cargo test` lists every one as "ignored". They are removed;
//! the facade's methods carry the docs users read.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Item, Meta};

/// Removes the ```` ```ignore ```` blocks from the docs of the top-level `impl Client`.
pub fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
            && quote::ToTokens::to_token_stream(&i.self_ty).to_string() == "Client"
        {
            StripIgnored.visit_item_impl_mut(i);
        }
    }
}

/// `text` without its ```` ```ignore ```` fenced blocks (and the blank lines they leave).
fn strip(text: &str) -> String {
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.split('\n') {
        let fence = line.trim_start();
        if !inside && fence.starts_with("```ignore") {
            inside = true;
        } else if inside && fence.starts_with("```") {
            inside = false;
        } else if !inside {
            out.push(line);
        }
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out.join("\n")
}

struct StripIgnored;

impl VisitMut for StripIgnored {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if let Meta::NameValue(nv) = &mut attr.meta
            && nv.path.is_ident("doc")
            && let Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut nv.value
            && text.value().contains("```ignore")
        {
            *text = syn::LitStr::new(&strip(&text.value()), text.span());
        }
        visit_mut::visit_attribute_mut(self, attr);
    }
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn ignored_blocks_go_and_the_rest_stays() {
        let doc = "Get customer\n\nSends a `GET` request to `/customers/{id}`\n\nArguments:\n- `id`: Customer ID\n```ignore\nlet response = client.get_customer()\n    .send()\n    .await;\n```";
        assert_eq!(
            strip(doc),
            "Get customer\n\nSends a `GET` request to `/customers/{id}`\n\nArguments:\n- `id`: Customer ID"
        );
        assert_eq!(strip("a\n```\ncode\n```"), "a\n```\ncode\n```");
    }
}
