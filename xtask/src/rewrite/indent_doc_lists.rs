//! `indent_doc_lists`: indents the continuation lines of Markdown list items in doc comments.
//! progenitor lists parameters as `- `name`: description`, and a description that spans
//! lines otherwise ends the list item (rustdoc renders it wrong, clippy warns).

use syn::visit_mut::VisitMut;
use syn::{Expr, Meta};

/// Applies the rewrite to every doc comment of the file.
pub fn apply(file: &mut syn::File) {
    IndentDocLists.visit_file_mut(file);
}

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
