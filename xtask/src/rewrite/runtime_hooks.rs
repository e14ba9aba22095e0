//! `runtime_hooks`: the generated client executes every request through `client_core`
//! (retries with backoff, `Retry-After`, the status and request id of errors).

use syn::parse_quote;

use crate::settings::RUNTIME_TYPE;

/// Adds `impl ClientHooks for Client`, whose `exec` is `client_core::execute`.
pub fn apply(file: &mut syn::File) {
    let runtime: syn::Type = syn::parse_str(RUNTIME_TYPE).expect("valid runtime type path");
    file.items.push(parse_quote! {
        /// Every request runs through the runtime: retries with backoff, `Retry-After`,
        /// and the bookkeeping that lets errors report status and request id.
        impl ClientHooks<#runtime> for Client {
            fn exec<'s, 'i>(
                &'s self,
                request: reqwest::Request,
                info: &'i OperationInfo,
            ) -> impl ::std::future::Future<Output = reqwest::Result<reqwest::Response>> + use<'s, 'i> {
                client_core::execute(self.inner(), &self.client, request, info)
            }
        }
    });
}
