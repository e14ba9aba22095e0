//! Typed `httpmock` helpers for downstream tests, generated from the same spec as the client.
//!
//! progenitor emits, per operation, a `When` wrapper (method, path, parameters, body) and a
//! `Then` wrapper (one method per documented status), plus a `MockServerExt` trait that adds
//! one method per operation to `httpmock::MockServer`. On top of that this module adds:
//! - path parameter values are regex-escaped before they are matched (an id such as
//!   `$RCAnonymousID:abc` holds regex metacharacters);
//! - array query parameters match each value as its own repeated key, the way the client
//!   sends them;
//! - `mock::options(&server)`: client options pointing at the server, retries off.

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};

use progenitor_impl::Generator;

use crate::generate::{quiet_catch, settings};
use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;

/// Renders the mock module of one API (`src/generated_mock.rs`, with its header).
pub fn render(api: &ApiSettings, spec: &LoadedSpec) -> Result<String, String> {
    let settings = settings(api);
    let tokens = quiet_catch(|| Generator::new(&settings).httpmock(&spec.openapi, "crate"))
        .map_err(|panic| format!("progenitor panicked generating mocks: {panic}"))?
        .map_err(|e| format!("progenitor rejected the spec generating mocks: {e}"))?;
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("progenitor produced mock code that does not parse: {e}"))?;
    crate::normalise::restore_wire_names(&mut file.items, &spec.wire_names, "When")?;
    EscapePathValues {
        value_is_str: false,
    }
    .visit_file_mut(&mut file);
    RepeatArrayQueries.visit_file_mut(&mut file);
    let package = crate::scaffold::package_name(api);
    crate::mock_names::own_trait_name(&mut file, package);
    file.items.push(syn::parse_quote! {
        /// Client options that send every request to `server`, with retries off, so that a
        /// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
        pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
            crate::ClientOptions::new()
                .base_url(server.base_url())
                .retry_policy(crate::RetryPolicy::none())
        }
    });
    file.items.push(syn::parse_quote! {
        pub use ::httpmock::{Mock, MockServer};
    });
    file.attrs.insert(
        0,
        syn::parse_quote! {
            #![doc = " Typed `httpmock` helpers for tests of code that uses this client (the `mock`\n feature): a `MockServerExt` method per operation declares what the request must\n hold (`when`) and what the server answers (`then`) with the crate's own types.\n\n The trait is named for the crate, so the mocks of several crates can be imported side\n by side; where two crates have a method of the same name, call it through the trait:\n `Trait::method(&server, |when, then| ...)`."]
        },
    );
    Ok(format!(
        "{}{}",
        crate::generate::header(api, spec),
        prettyplease::unparse(&file)
    ))
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
            let pattern = regex::Regex::new(
                r#"Self \(self \. 0 \. query_param \(("[^"]*") , value \. to_string \(\) ,?\)\)"#,
            )
            .expect("valid pattern");
            let repeated = pattern.replace_all(
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
