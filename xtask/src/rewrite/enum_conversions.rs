//! `enum_conversions`: the conversions of a tolerant string enum, in the fewest lines.
//!
//! typify gives every string enum `TryFrom<&str>`, `TryFrom<String>`, `FromStr` and
//! `Display`, and `tolerant_enums` a `Deserialize`: five matches or delegations per enum, a
//! quarter of the `types` module of a large spec. The generated code now holds only what
//! differs per enum, the list of its variants and their wire values, in one
//! `client_core::tolerant_enum!` invocation (one line per variant, see
//! `type_builder_macros::reflow`) that writes `as_str` (the wire value), `From<&str>` (a
//! known value or the catch-all) and, from those, `From<String>`, `FromStr`, `Display` and
//! `Deserialize`; `TryFrom<&str>` and `TryFrom<String>`
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

/// The items of one enum: one `client_core::tolerant_enum!` invocation that writes `as_str`,
/// `From<&str>` and the rest from the list of variants and their wire values.
pub fn items(name: &str, variants: &[(syn::Ident, String)], catch_all: &syn::Ident) -> Vec<Item> {
    let ty = format_ident!("{}", name);
    let idents: Vec<_> = variants.iter().map(|(i, _)| i).collect();
    let wires: Vec<_> = variants.iter().map(|(_, w)| w).collect();
    vec![parse_quote! {
        client_core::tolerant_enum! {
            #ty, self::error::ConversionError, #catch_all;
            #(#idents = #wires,)*
        }
    }]
}
