//! `helpful_builders`: the builders typify emits for every type (`types::builder::X`), made
//! easier to use for fixtures and request bodies. Applied to every API (see `mod.rs`).
//!
//! - A field of type `Option<T>` defaults to `None` even when the spec requires it (a
//!   required but nullable field): typify made each one an error until set, one at a time.
//!   `None` is a value such a field may hold, and a request body sends it as `null`.
//! - Its setter takes `impl client_core::IntoOption<T>`: the plain value (`.name("Ada")`),
//!   `Some(value)` or `None`, where typify's took only `Option<T>` (or `T`).
//! - `try_into()` reports every field left out at once (`client_core::check_builder`), not
//!   the first one only.

use std::collections::BTreeMap;

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItem, Item, ItemMod, parse_quote};

/// Applies the rewrite to the `types` module (whose `builder` module holds the builders).
pub fn apply(types: &mut ItemMod) {
    let Some((_, items)) = types.content.as_mut() else {
        return;
    };
    for item in items.iter_mut() {
        if let Item::Mod(m) = item
            && m.ident == "builder"
            && let Some((_, builders)) = m.content.as_mut()
        {
            rewrite(builders);
        }
    }
}

/// `Result<T, String>` -> `T`.
fn result_ok(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// `Option<T>` -> `T`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// A builder struct's fields, in order, with `T` for each `Option<T>` field.
struct Shape {
    fields: Vec<syn::Ident>,
    optional: BTreeMap<String, syn::Type>,
}

fn rewrite(items: &mut [Item]) {
    let mut shapes = BTreeMap::new();
    for item in items.iter() {
        if let Item::Struct(s) = item
            && matches!(s.fields, syn::Fields::Named(_))
        {
            let mut shape = Shape {
                fields: Vec::new(),
                optional: BTreeMap::new(),
            };
            for f in &s.fields {
                let Some(ident) = f.ident.clone() else {
                    continue;
                };
                if let Some(inner) = result_ok(&f.ty).and_then(option_inner) {
                    shape.optional.insert(ident.to_string(), inner.clone());
                }
                shape.fields.push(ident);
            }
            shapes.insert(s.ident.to_string(), shape);
        }
    }
    for item in items.iter_mut() {
        let Item::Impl(i) = item else { continue };
        let self_ty = i.self_ty.to_token_stream().to_string();
        let trait_path = i
            .trait_
            .as_ref()
            .map(|(p, _)| p.to_token_stream().to_string());
        match trait_path.as_deref() {
            // `impl Default for X`: `Option` fields start as `None`.
            Some(t) if t.ends_with("Default") => {
                if let Some(shape) = shapes.get(&self_ty) {
                    NoneByDefault(shape).visit_item_impl_mut(i);
                }
            }
            // `impl TryFrom<X> for super::X`: every error at once.
            Some(t) if t.contains("TryFrom") => {
                let builder = t
                    .rsplit('<')
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches('>')
                    .trim()
                    .to_string();
                if let Some(shape) = shapes.get(&builder) {
                    every_error(i, &builder, shape);
                }
            }
            None => {
                if let Some(shape) = shapes.get(&self_ty) {
                    plain_setters(i, shape);
                }
            }
            _ => {}
        }
    }
}

/// `field: Err("no value supplied for field".to_string())` -> `field: Ok(None)`, for the
/// `Option` fields.
struct NoneByDefault<'a>(&'a Shape);

impl VisitMut for NoneByDefault<'_> {
    fn visit_field_value_mut(&mut self, fv: &mut syn::FieldValue) {
        if let syn::Member::Named(name) = &fv.member
            && self.0.optional.contains_key(&name.to_string())
            && matches!(&fv.expr, Expr::Call(c) if c.func.to_token_stream().to_string() == "Err")
        {
            fv.expr = parse_quote!(Ok(None));
        }
        visit_mut::visit_field_value_mut(self, fv);
    }
}

/// The setter of each `Option<T>` field takes `impl IntoOption<T>`.
fn plain_setters(i: &mut syn::ItemImpl, shape: &Shape) {
    for it in &mut i.items {
        let ImplItem::Fn(f) = it else { continue };
        let name = f.sig.ident.clone();
        let Some(inner) = shape.optional.get(&name.to_string()) else {
            continue;
        };
        let attrs = std::mem::take(&mut f.attrs);
        *f = parse_quote! {
            pub fn #name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<#inner>,
            {
                self.#name = Ok(value.into_option());
                self
            }
        };
        f.attrs = attrs;
    }
}

/// `Ok(Self { a: value.a?, b: value.b? })`, preceded by one check that lists every error.
fn every_error(i: &mut syn::ItemImpl, builder: &str, shape: &Shape) {
    if shape.fields.is_empty() {
        return;
    }
    let fields = &shape.fields;
    let check: syn::Stmt = parse_quote! {
        client_core::check_builder(#builder, &[#(value.#fields.as_ref().err(),)*])?;
    };
    for it in &mut i.items {
        if let ImplItem::Fn(f) = it
            && f.sig.ident == "try_from"
        {
            f.block.stmts.insert(0, check.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten() -> String {
        let mut m: ItemMod = parse_quote! {
            pub mod types {
                pub mod builder {
                    pub struct Customer {
                        id: ::std::result::Result<::std::string::String, ::std::string::String>,
                        name: ::std::result::Result<::std::option::Option<::std::string::String>, ::std::string::String>,
                    }
                    impl ::std::default::Default for Customer {
                        fn default() -> Self {
                            Self {
                                id: Err("no value supplied for id".to_string()),
                                name: Err("no value supplied for name".to_string()),
                            }
                        }
                    }
                    impl Customer {
                        pub fn name<T>(mut self, value: T) -> Self
                        where T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>, T::Error: ::std::fmt::Display,
                        { self.name = value.try_into().map_err(|e| format!("{e}")); self }
                    }
                    impl ::std::convert::TryFrom<Customer> for super::Customer {
                        type Error = super::error::ConversionError;
                        fn try_from(value: Customer) -> ::std::result::Result<Self, super::error::ConversionError> {
                            Ok(Self { id: value.id?, name: value.name? })
                        }
                    }
                }
            }
        };
        apply(&mut m);
        m.to_token_stream().to_string()
    }

    #[test]
    fn nullable_fields_default_to_none_and_take_plain_values() {
        let out = rewritten();
        assert!(out.contains("name : Ok (None)"), "{out}");
        assert!(out.contains("id : Err"), "{out}");
        assert!(
            out.contains("T : client_core :: IntoOption < :: std :: string :: String >"),
            "{out}"
        );
    }

    #[test]
    fn try_from_lists_every_error() {
        let out = rewritten();
        assert!(
            out.contains(
                "client_core :: check_builder (\"Customer\" , & [value . id . as_ref () . err () , \
                 value . name . as_ref () . err () ,]) ?"
            ),
            "{out}"
        );
        assert!(
            out.contains("Ok (Self { id : value . id ? , name : value . name ? })"),
            "{out}"
        );
    }
}
