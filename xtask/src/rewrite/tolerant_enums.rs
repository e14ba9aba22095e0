//! `tolerant_enums`: every string enum gains `Unknown(String)`, so a value the server adds
//! tomorrow decodes instead of failing the whole response. The enum is `#[non_exhaustive]`
//! and decoded by a generated `Deserialize` that matches the string in place, not serde's
//! buffering `untagged`; its conversions are written by `enum_conversions.rs`.

use std::collections::BTreeMap;

use quote::format_ident;
use syn::{Expr, Fields, Item, ItemEnum, ItemImpl, ItemMod, Meta, parse_quote};

use super::{mod_items, tokens};

/// The wire value of a unit variant: its `#[serde(rename = "...")]`, else its name.
fn wire_name(variant: &syn::Variant) -> String {
    for attr in &variant.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        if let Meta::List(list) = &attr.meta {
            let mut found = None;
            let _ = list.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    found = Some(lit.value());
                } else if meta.input.peek(syn::Token![=]) {
                    let _: Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            if let Some(name) = found {
                return name;
            }
        }
    }
    variant.ident.to_string()
}

fn is_string_enum(e: &ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
        && e.attrs
            .iter()
            .any(|a| a.path().is_ident("derive") && tokens(&a.meta).contains("Deserialize"))
}

/// Removes `Deserialize` from a `#[derive(...)]` list: serde's derive buffers every value of
/// an enum with an `untagged` variant before matching it, so the rewrite writes its own.
fn drop_deserialize_derive(e: &mut ItemEnum) {
    for attr in &mut e.attrs {
        if attr.path().is_ident("derive")
            && let Ok(list) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
        {
            let kept: Vec<_> = list
                .into_iter()
                .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize"))
                .collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
}

/// Removes `Copy` from a `#[derive(...)]` list: `Unknown(String)` is not `Copy`.
fn drop_copy_derive(e: &mut ItemEnum) {
    for attr in &mut e.attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        if let Meta::List(list) = &attr.meta {
            let paths = list
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .expect("derive lists are paths");
            let kept: Vec<_> = paths.into_iter().filter(|p| !p.is_ident("Copy")).collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
}

fn impl_target(i: &ItemImpl) -> Option<(String, String)> {
    let self_ty = tokens(&i.self_ty);
    let trait_path = i.trait_.as_ref().map(|(p, _)| tokens(p))?;
    Some((self_ty, trait_path))
}

/// Applies the rewrite to the `types` module.
pub fn apply(types: &mut ItemMod) {
    let items = mod_items(types);
    let mut enums: BTreeMap<String, (Vec<(syn::Ident, String)>, syn::Ident)> = BTreeMap::new();
    for item in items.iter_mut() {
        if let Item::Enum(e) = item
            && is_string_enum(e)
        {
            let variants: Vec<_> = e
                .variants
                .iter()
                .map(|v| (v.ident.clone(), wire_name(v)))
                .collect();
            // `Unknown`, unless the API itself has a value called that (a subscription
            // status "unknown"), then `UnknownValue`.
            let catch_all = ["Unknown", "UnknownValue", "UnrecognisedValue"]
                .into_iter()
                .find(|name| !variants.iter().any(|(v, _)| v == name))
                .map(|name| format_ident!("{}", name))
                .expect("an enum cannot use all three catch-all names");
            drop_copy_derive(e);
            drop_deserialize_derive(e);
            e.attrs.push(parse_quote!(#[non_exhaustive]));
            e.variants.push(parse_quote! {
                /// A value this client does not know yet, kept verbatim so that a new
                /// server value never fails decoding.
                #[serde(untagged)]
                #catch_all(::std::string::String)
            });
            enums.insert(e.ident.to_string(), (variants, catch_all));
        }
    }
    // typify's conversions reject unknown values: replace them (see `enum_conversions`).
    items.retain(|item| match item {
        Item::Impl(i) => match impl_target(i) {
            Some((ty, tr)) => !(enums.contains_key(&ty) && super::enum_conversions::replaced(&tr)),
            None => true,
        },
        _ => true,
    });
    for (name, (variants, catch_all)) in &enums {
        items.extend(super::enum_conversions::items(name, variants, catch_all));
    }
}
