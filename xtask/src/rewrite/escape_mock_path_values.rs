//! `escape_mock_path_values`: a mock's path parameter value is regex-escaped before it is
//! matched (an id such as `$RCAnonymousID:abc` holds regex metacharacters).

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};

/// Applies the rewrite to the mock module.
pub fn apply(file: &mut syn::File) {
    EscapePathValues {
        value_is_str: false,
    }
    .visit_file_mut(file);
}

/// `format!(re, value.to_string())` -> `format!(re, ::regex::escape(value))` for a `&str`
/// value, `::regex::escape(&value.to_string())` for any other (a key type with `Display`).
struct EscapePathValues {
    value_is_str: bool,
}

fn escape_value_tokens(tokens: TokenStream, value_is_str: bool) -> TokenStream {
    let text = tokens.to_string();
    if !text.ends_with(", value . to_string ()") {
        return tokens;
    }
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    // The last four trees are `value`, `.`, `to_string`, `()`.
    let value: TokenStream = trees.split_off(trees.len() - 4).into_iter().collect();
    let mut out: TokenStream = trees.into_iter().collect();
    if value_is_str {
        out.extend(quote!(::regex::escape(value)));
    } else {
        out.extend(quote!(::regex::escape(&#value)));
    }
    out
}

impl VisitMut for EscapePathValues {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        self.value_is_str = f.sig.inputs.iter().any(|arg| {
            matches!(arg, syn::FnArg::Typed(t)
                if t.pat.to_token_stream().to_string() == "value"
                    && t.ty.to_token_stream().to_string() == "& str")
        });
        visit_mut::visit_impl_item_fn_mut(self, f);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if mac.path.is_ident("format") {
            mac.tokens = escape_value_tokens(std::mem::take(&mut mac.tokens), self.value_is_str);
        }
        visit_mut::visit_macro_mut(self, mac);
    }
}
