//! `mock_options`: the mock module gets `mock::options(&server)` (client options pointing at
//! the server, retries off), re-exports `Mock` and `MockServer`, and its module docs.

/// Applies the rewrite to the mock module.
pub fn apply(file: &mut syn::File) {
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
}
