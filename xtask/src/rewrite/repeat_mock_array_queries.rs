//! `repeat_mock_array_queries`: a mock's array query parameter matches each value as its own
//! repeated key, the way the client sends it.

use std::sync::LazyLock;

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};

/// Applies the rewrite to the mock module.
pub fn apply(file: &mut syn::File) {
    RepeatArrayQueries.visit_file_mut(file);
}

/// A query parameter that is a list (`Vec<T>` or `[T; N]`) has no `to_string`; the client
/// sends it as the key repeated once per value, so each value is matched as one pair.
struct RepeatArrayQueries;

impl VisitMut for RepeatArrayQueries {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        let bounds = f
            .sig
            .generics
            .where_clause
            .as_ref()
            .map(|w| w.to_token_stream().to_string())
            .unwrap_or_default();
        if bounds.contains(":: std :: vec :: Vec <") || bounds.contains("& 'a [") {
            let body = f.block.to_token_stream().to_string();
            static PATTERN: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(
                    r#"Self \(self \. 0 \. query_param \(("[^"]*") , value \. to_string \(\) ,?\)\)"#,
                )
                .expect("valid pattern")
            });
            let repeated = PATTERN.replace_all(
                &body,
                "Self (value . iter () . fold (self . 0 , | when , item | when . query_param ($1 , item . to_string ())))",
            );
            if repeated != body {
                f.block = syn::parse_str(&repeated).expect("rewritten mock body parses");
            }
        }
        visit_mut::visit_impl_item_fn_mut(self, f);
    }
}
