//! `typed_send`: every builder's `send` returns `client_core::Error<E>` (status, decoded
//! error body or raw bytes, request id) instead of progenitor's error, written as the
//! crate's `Error` alias when every operation has the same error body. progenitor's own
//! `send` stays as the private `send_raw`.

use std::collections::BTreeSet;

use quote::{format_ident, quote};
use syn::{Item, ItemMod, parse_quote};

use super::{mod_items, tokens};
use crate::operations::send_types;

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    // One error body for every operation: `send` names the crate's `Error` alias (defined by
    // the generated facade), which is what a user reads in the docs.
    let error_bodies: BTreeSet<String> = mod_items(builder)
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i) if i.trait_.is_none() => Some(i),
            _ => None,
        })
        .flat_map(|i| i.items.iter())
        .filter_map(|it| match it {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => send_types(&f.sig.output),
            _ => None,
        })
        .map(|(_, err)| tokens(&err))
        .collect();
    let crate_error = error_bodies.len() == 1;
    for item in mod_items(builder).iter_mut() {
        let Item::Impl(i) = item else { continue };
        if i.trait_.is_some() {
            continue;
        }
        let mut wrapper = None;
        for it in &mut i.items {
            if let syn::ImplItem::Fn(f) = it
                && f.sig.ident == "send"
                && let Some((ok, err)) = send_types(&f.sig.output)
            {
                f.sig.ident = format_ident!("send_raw");
                f.vis = syn::Visibility::Inherited;
                f.attrs.retain(|a| !a.path().is_ident("doc"));
                f.attrs.push(
                    parse_quote!(#[doc = " Sends the request with progenitor's own error type."]),
                );
                let error = if crate_error {
                    quote!(crate::Error)
                } else {
                    quote!(client_core::Error<#err>)
                };
                wrapper = Some(quote! {
                    /// Sends the request. Errors carry the HTTP status, the API's decoded
                    /// error body (or the raw bytes when it does not decode) and the request id.
                    pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok>, #error> {
                        client_core::call(self.send_raw()).await
                    }
                });
            }
        }
        if let Some(w) = wrapper {
            i.items.push(syn::parse2(w).expect("valid wrapper"));
        }
    }
}
