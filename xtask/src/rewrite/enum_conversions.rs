//! `enum_conversions`: the conversions of a tolerant string enum, in the fewest lines.
//!
//! typify gives every string enum `TryFrom<&str>`, `TryFrom<String>`, `FromStr` and
//! `Display`, and `tolerant_enums` a `Deserialize`: five matches or delegations per enum, a
//! quarter of the `types` module of a large spec. The generated code now holds only what
//! differs per enum, `as_str` (the wire value) and `From<&str>` (a known value or the
//! catch-all), and one `client_core::tolerant_enum!` line derives `From<String>`,
//! `FromStr`, `Display` and `Deserialize` from them; `TryFrom<&str>` and `TryFrom<String>`
//! still exist (the standard library's blanket impl over `From`, never failing), so the
//! builders' setters keep taking a `&str` for an enum field.

use quote::format_ident;
use syn::{Item, parse_quote};

/// The trait impls typify (or `tolerant_enums`) wrote that [`items`] replaces, by the
/// trait's last path segment.
pub fn replaced(trait_path: &str) -> bool {
    ["TryFrom", "FromStr", "Display"]
        .iter()
        .any(|t| trait_path.ends_with(t) || trait_path.contains(&format!("{t} <")))
}

/// The items of one enum: `as_str`, `From<&str>` and the macro line for the rest.
pub fn items(name: &str, variants: &[(syn::Ident, String)], catch_all: &syn::Ident) -> Vec<Item> {
    let ty = format_ident!("{}", name);
    let idents: Vec<_> = variants.iter().map(|(i, _)| i).collect();
    let wires: Vec<_> = variants.iter().map(|(_, w)| w).collect();
    vec![
        parse_quote! {
            impl #ty {
                /// The value as it travels on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#idents => #wires,)*
                        Self::#catch_all(value) => value.as_str(),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<&str> for #ty {
                /// Never fails: a value not in the spec is kept in the catch-all variant.
                fn from(value: &str) -> Self {
                    match value {
                        #(#wires => Self::#idents,)*
                        other => Self::#catch_all(other.to_owned()),
                    }
                }
            }
        },
        parse_quote! {
            client_core::tolerant_enum!(#ty, self::error::ConversionError);
        },
    ]
}
