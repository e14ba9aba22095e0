//! `string_newtypes`: a named string's forwarding impls become one macro line.
//!
//! A component schema of type `string` (its limits dropped by `normalise`) becomes a newtype
//! `X(pub String)` with five impls that only forward to the field (`Deref`,
//! `From<X> for String`, `From<String>`, `Display`, an infallible `FromStr`), and no
//! `From<&str>`, so a setter would not take `"US"`. The five become one
//! `client_core::string_newtype!` line after the struct, which writes them and `From<&str>`.
//! A newtype missing any of the five is left as it is.

use std::collections::{BTreeMap, BTreeSet};

use quote::{ToTokens, format_ident};
use syn::{Fields, Item, parse_quote};

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// Which of the five forwarding impls `item` is, for the newtypes in `names`: (type, kind).
fn forwarding_impl(item: &Item, names: &BTreeSet<String>) -> Option<(String, &'static str)> {
    let Item::Impl(i) = item else { return None };
    let (path, _) = i.trait_.as_ref()?;
    let tr = tokens(path);
    let ty = tokens(&i.self_ty);
    if ty == ":: std :: string :: String" {
        let name = tr
            .strip_prefix(":: std :: convert :: From < ")?
            .strip_suffix(" >")?;
        return names
            .contains(name)
            .then(|| (name.to_string(), "into_string"));
    }
    if !names.contains(&ty) {
        return None;
    }
    let kind = match tr.as_str() {
        ":: std :: ops :: Deref" => "deref",
        ":: std :: convert :: From < :: std :: string :: String >" => "from_string",
        ":: std :: fmt :: Display" => "display",
        ":: std :: str :: FromStr" if tokens(i).contains("Infallible") => "from_str",
        _ => return None,
    };
    Some((ty, kind))
}

/// Rewrites the `types` module's named strings (see the module docs).
pub fn apply(types: &mut syn::ItemMod) {
    let Some((_, items)) = &mut types.content else {
        return;
    };
    let strings: BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s)
                if matches!(&s.fields, Fields::Unnamed(f)
                    if f.unnamed.len() == 1
                        && tokens(&f.unnamed[0].ty) == ":: std :: string :: String") =>
            {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let mut found: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for item in items.iter() {
        if let Some((ty, kind)) = forwarding_impl(item, &strings) {
            found.entry(ty).or_default().insert(kind);
        }
    }
    let rewritten: BTreeSet<String> = found
        .into_iter()
        .filter(|(_, kinds)| kinds.len() == 5)
        .map(|(ty, _)| ty)
        .collect();
    if rewritten.is_empty() {
        return;
    }
    let old = std::mem::take(items);
    for item in old {
        if forwarding_impl(&item, &rewritten).is_some() {
            continue;
        }
        let name = match &item {
            Item::Struct(s) if rewritten.contains(&s.ident.to_string()) => Some(s.ident.clone()),
            _ => None,
        };
        items.push(item);
        if let Some(name) = name {
            let ty = format_ident!("{}", name);
            items.push(parse_quote!(client_core::string_newtype!(#ty);));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWTYPE: &str = r#"
        pub mod types {
            pub struct Code(pub ::std::string::String);
            impl ::std::ops::Deref for Code { type Target = ::std::string::String; fn deref(&self) -> &::std::string::String { &self.0 } }
            impl ::std::convert::From<Code> for ::std::string::String { fn from(value: Code) -> Self { value.0 } }
            impl ::std::convert::From<::std::string::String> for Code { fn from(value: ::std::string::String) -> Self { Self(value) } }
            impl ::std::fmt::Display for Code { fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { self.0.fmt(f) } }
            impl ::std::str::FromStr for Code { type Err = ::std::convert::Infallible; fn from_str(value: &str) -> Result<Self, Self::Err> { Ok(Self(value.to_string())) } }
        }
    "#;

    fn rewrite(src: &str) -> String {
        let mut m: syn::ItemMod = syn::parse_str(src).unwrap();
        apply(&mut m);
        tokens(&m)
    }

    #[test]
    fn forwarding_impls_become_one_macro_line() {
        let out = rewrite(NEWTYPE);
        assert!(
            out.contains("pub struct Code (pub :: std :: string :: String) ; client_core :: string_newtype ! (Code) ;"),
            "{out}"
        );
        assert_eq!(out.matches("impl").count(), 0, "{out}");
    }

    #[test]
    fn a_newtype_missing_an_impl_is_left_alone() {
        let src = NEWTYPE.replace("impl ::std::ops::Deref", "impl ::std::ops::Other");
        let before = tokens(&syn::parse_str::<syn::ItemMod>(&src).unwrap());
        assert_eq!(rewrite(&src), before);
    }
}
