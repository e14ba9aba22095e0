//! `drop_prelude`: the generated module is private and re-exported by the facade, so
//! progenitor's `prelude` module is dead code.

use syn::Item;

/// Removes the `prelude` module.
pub fn apply(file: &mut syn::File) {
    file.items
        .retain(|item| !matches!(item, Item::Mod(m) if m.ident == "prelude"));
}
