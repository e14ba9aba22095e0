//!   `lean_requests`).
//! `semver_safe_structs`: every struct of `types` with named fields is `#[non_exhaustive]`,
//!   so adding an optional field to a spec is not a breaking change. Outside the crate a
//!   struct literal (`types::Customer { .. }`, with or without `..Default::default()`) no
//!   longer compiles; values and test fixtures are built with the builders typify emits
//!   (`types::Customer::builder().id("c1")`, converted with `try_into()`, or handed as is to
//!   an operation's `.body(...)`, or edited in place with `.body_map(|b| ...)`), which default
//!   every optional field and so survive a new one. Reading fields, `let types::X { a, .. } = x`
//!   and `X::default()` (typify derives `Default` when every field is optional, and a new
//!   optional field keeps it) stay available. Together with `tolerant_enums` (`#[non_exhaustive]`
//!   with a catch-all variant), adding an optional field or an enum value to a spec breaks no
//!   code written against these paths; `xtask/tests/semver.rs` compiles such code before and
//!   after such a change. Tuple structs (newtypes over a map, a list or a constrained string)
//!   are left alone: a spec change does not add fields to them.
//!

use syn::{Fields, Item, ItemMod, parse_quote};

use super::mod_items;

/// Marks every struct with named fields in `types` `#[non_exhaustive]` (see the module docs).
pub fn apply(types: &mut ItemMod) {
    for item in mod_items(types).iter_mut() {
        if let Item::Struct(s) = item
            && matches!(s.fields, Fields::Named(_))
            && !s.attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
        {
            s.attrs.push(parse_quote!(#[non_exhaustive]));
        }
    }
}
