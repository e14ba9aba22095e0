//! `type_builder_macros`: each type's builder as one `client_core::type_builder!` line per
//! field.
//!
//! typify writes, for every struct `X`, a builder `types::builder::X` (a struct of `Result`
//! fields, `Default`, a setter per field, `TryFrom<builder::X> for X`, `From<X>`) and
//! `X::builder()`: about twelve lines per field, most of a large spec's generated code. After
//! `builders` and `builder_from_bodies` have shaped them, every builder is one of a few forms,
//! so `client_core::type_builder!` writes them from a list of fields:
//!
//! ```text
//! client_core::type_builder! {
//!     Customer, from;
//!     val id: ::std::string::String,
//!     val tags: ::std::vec::Vec<::std::string::String> = Default::default(),
//!     opt name: ::std::string::String,
//! }
//! ```
//!
//! A builder is replaced only when each of its items is exactly what the macro expands to
//! (compared token by token); any other builder is left as typify wrote it. `reflow` then
//! puts each field on its own line of the formatted file.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{Expr, Item, ItemMod};

use super::{BracketScan, same_tokens};

/// Replaces every builder of `file`'s `types::builder` module that the macro reproduces.
pub fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        if let Item::Mod(types) = item
            && types.ident == "types"
        {
            rewrite(types);
        }
    }
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// One field of a builder: `opt` holds an `Option<ty>`, `val` the value itself.
struct Field {
    name: syn::Ident,
    optional: bool,
    ty: syn::Type,
    default: Option<Expr>,
}

/// The single generic argument of `Name<T, ..>` when the last segment is `name`.
fn first_arg<'a>(ty: &'a syn::Type, name: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != name {
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

/// The builder struct's fields, when it has typify's shape.
fn struct_fields(s: &syn::ItemStruct) -> Option<Vec<(syn::Ident, syn::Type)>> {
    let expected: syn::Attribute = syn::parse_quote!(#[derive(Clone, Debug)]);
    if !matches!(s.attrs.as_slice(), [only] if same_tokens(only, expected.to_token_stream()))
        || !matches!(s.vis, syn::Visibility::Public(_))
        || !s.generics.params.is_empty()
    {
        return None;
    }
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let mut out = Vec::new();
    for f in &named.named {
        if !f.attrs.is_empty() || !matches!(f.vis, syn::Visibility::Inherited) {
            return None;
        }
        let inner = first_arg(&f.ty, "Result")?;
        let expected = quote!(::std::result::Result<#inner, ::std::string::String>);
        if !same_tokens(&f.ty, expected) {
            return None;
        }
        out.push((f.ident.clone()?, inner.clone()));
    }
    (!out.is_empty()).then_some(out)
}

/// The field values of `impl Default`'s `Self { .. }`, in order.
fn default_values(i: &syn::ItemImpl) -> Option<Vec<(syn::Ident, Expr)>> {
    let [syn::ImplItem::Fn(f)] = i.items.as_slice() else {
        return None;
    };
    let [syn::Stmt::Expr(Expr::Struct(s), None)] = f.block.stmts.as_slice() else {
        return None;
    };
    s.fields
        .iter()
        .map(|fv| match &fv.member {
            syn::Member::Named(n) => Some((n.clone(), fv.expr.clone())),
            syn::Member::Unnamed(_) => None,
        })
        .collect()
}

/// The field list of one builder, with each field's kind and starting value.
fn fields_of(
    declared: Vec<(syn::Ident, syn::Type)>,
    defaults: Vec<(syn::Ident, Expr)>,
) -> Option<Vec<Field>> {
    if declared.len() != defaults.len() {
        return None;
    }
    let mut out = Vec::new();
    for ((field, ty), (dname, dexpr)) in declared.into_iter().zip(defaults) {
        if field != dname {
            return None;
        }
        let (optional, ty) = match first_arg(&ty, "Option") {
            Some(inner) if same_tokens(&ty, quote!(::std::option::Option<#inner>)) => {
                (true, inner.clone())
            }
            _ => (false, ty),
        };
        let missing = format!("no value supplied for {field}");
        let unset = if optional {
            same_tokens(&dexpr, quote!(Ok(Default::default())))
                || same_tokens(&dexpr, quote!(Ok(None)))
        } else {
            same_tokens(&dexpr, quote!(Err(#missing.to_string())))
        };
        let default = if unset {
            None
        } else {
            let Expr::Call(call) = &dexpr else {
                return None;
            };
            if !same_tokens(&call.func, quote!(Ok)) || call.args.len() != 1 {
                return None;
            }
            Some(call.args[0].clone())
        };
        out.push(Field {
            name: field,
            optional,
            ty,
            default,
        });
    }
    Some(out)
}

/// The items `type_builder!` expands to in the builder module, as typify and `builders`
/// write them (to compare with what is there).
fn expected_items(name: &syn::Ident, fields: &[Field], from: bool) -> Vec<TokenStream> {
    let names: Vec<_> = fields.iter().map(|f| &f.name).collect();
    let stored: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            let ty = &f.ty;
            if f.optional {
                quote!(::std::option::Option<#ty>)
            } else {
                quote!(#ty)
            }
        })
        .collect();
    let setters = fields.iter().map(|f| {
        let (field, ty) = (&f.name, &f.ty);
        if f.optional {
            quote! {
                pub fn #field<T>(mut self, value: T) -> Self
                where
                    T: client_core::IntoOption<#ty>,
                {
                    self.#field = Ok(value.into_option());
                    self
                }
            }
        } else {
            let error = format!("error converting supplied value for {field}: {{e}}");
            quote! {
                pub fn #field<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<#ty>,
                        T::Error: ::std::fmt::Display,
                {
                    self.#field = value.try_into()
                        .map_err(|e| format!(#error));
                    self
                }
            }
        }
    });
    let builder = name.to_string();
    let mut out = vec![
        quote! {
            #[derive(Clone, Debug)]
            pub struct #name {
                #(#names: ::std::result::Result<#stored, ::std::string::String>,)*
            }
        },
        quote! {
            impl #name {
                #(#setters)*
            }
        },
        quote! {
            impl ::std::convert::TryFrom<#name> for super::#name {
                type Error = super::error::ConversionError;
                fn try_from(value: #name)
                    -> ::std::result::Result<Self, super::error::ConversionError>
                {
                    client_core::check_builder(#builder, &[#(value.#names.as_ref().err(),)*])?;
                    Ok(Self {
                        #(#names: value.#names?,)*
                    })
                }
            }
        },
    ];
    if from {
        out.push(quote! {
            impl ::std::convert::From<super::#name> for #name {
                fn from(value: super::#name) -> Self {
                    Self {
                        #(#names: Ok(value.#names),)*
                    }
                }
            }
        });
    }
    out
}

/// `impl X { pub fn builder() -> builder::X { .. } }` in `types`, as typify writes it.
fn builder_fn(name: &syn::Ident) -> TokenStream {
    quote! {
        impl #name {
            pub fn builder() -> builder::#name {
                Default::default()
            }
        }
    }
}

/// The `client_core::type_builder!` invocation for one builder.
fn invocation(name: &syn::Ident, fields: &[Field], from: bool) -> Item {
    let from = from.then(|| quote!(, from));
    let lines = fields.iter().map(|f| {
        let kind = format_ident!("{}", if f.optional { "opt" } else { "val" });
        let (field, ty) = (&f.name, &f.ty);
        let default = f.default.as_ref().map(|d| quote!(= #d));
        quote!(#kind #field: #ty #default)
    });
    syn::parse_quote! {
        client_core::type_builder! {
            #name #from;
            #(#lines,)*
        }
    }
}

/// Where each builder's items are: the struct, `Default`, the setters, `TryFrom`, `From`.
#[derive(Default)]
struct Parts {
    strukt: Option<usize>,
    default: Option<usize>,
    setters: Option<usize>,
    try_from: Option<usize>,
    from: Option<usize>,
    /// More than one item of a kind, or one the macro does not write.
    odd: bool,
}

fn slot(slot: &mut Option<usize>, at: usize, odd: &mut bool) {
    if slot.replace(at).is_some() {
        *odd = true;
    }
}

fn parts(items: &[Item]) -> BTreeMap<String, Parts> {
    let mut out: BTreeMap<String, Parts> = BTreeMap::new();
    for (at, item) in items.iter().enumerate() {
        match item {
            Item::Struct(s) => {
                let p = out.entry(s.ident.to_string()).or_default();
                slot(&mut p.strukt, at, &mut p.odd);
            }
            Item::Impl(i) => {
                let self_ty = tokens(&i.self_ty);
                let trait_path = i.trait_.as_ref().map(|(p, _)| tokens(p));
                let (name, which) = match trait_path.as_deref() {
                    None => (self_ty, 0),
                    Some(":: std :: default :: Default") => (self_ty, 1),
                    Some(t) if t.starts_with(":: std :: convert :: TryFrom <") => {
                        let name = self_ty.trim_start_matches("super :: ").to_string();
                        (name, 2)
                    }
                    Some(t) if t.starts_with(":: std :: convert :: From <") => (self_ty, 3),
                    Some(_) => (self_ty, 4),
                };
                let p = out.entry(name).or_default();
                match which {
                    0 => slot(&mut p.setters, at, &mut p.odd),
                    1 => slot(&mut p.default, at, &mut p.odd),
                    2 => slot(&mut p.try_from, at, &mut p.odd),
                    3 => slot(&mut p.from, at, &mut p.odd),
                    _ => p.odd = true,
                }
            }
            _ => {}
        }
    }
    out
}

/// `impl Default` with each field's `Ok(None)` written `Ok(Default::default())`.
fn none_as_default(default: &syn::ItemImpl) -> syn::ItemImpl {
    let mut out = default.clone();
    if let [syn::ImplItem::Fn(f)] = out.items.as_mut_slice()
        && let [syn::Stmt::Expr(Expr::Struct(s), None)] = f.block.stmts.as_mut_slice()
    {
        for fv in s.fields.iter_mut() {
            if same_tokens(&fv.expr, quote!(Ok(None))) {
                fv.expr = syn::parse_quote!(Ok(Default::default()));
            }
        }
    }
    out
}

/// The builder of `name` as a macro invocation, when the macro reproduces all of it.
fn compact(name: &str, p: &Parts, items: &[Item]) -> Option<Item> {
    if p.odd {
        return None;
    }
    let Item::Struct(s) = &items[p.strukt?] else {
        return None;
    };
    let Item::Impl(default) = &items[p.default?] else {
        return None;
    };
    let declared = struct_fields(s)?;
    let fields = fields_of(declared, default_values(default)?)?;
    let ident = &s.ident;
    // `Ok(Default::default())` and `Ok(None)` start an `Option` field alike.
    let values = fields.iter().map(|f| {
        let field = &f.name;
        let missing = format!("no value supplied for {field}");
        match (&f.default, f.optional) {
            (Some(d), _) => quote!(#field: Ok(#d)),
            (None, true) => quote!(#field: Ok(Default::default())),
            (None, false) => quote!(#field: Err(#missing.to_string())),
        }
    });
    let want_default = quote! {
        impl ::std::default::Default for #ident {
            fn default() -> Self {
                Self { #(#values,)* }
            }
        }
    };
    if !same_tokens(&none_as_default(default), want_default) {
        return None;
    }
    let expected = expected_items(ident, &fields, p.from.is_some());
    let mut present = vec![p.strukt?, p.setters?, p.try_from?];
    present.extend(p.from);
    for (at, want) in present.iter().zip(expected) {
        if !same_tokens(&items[*at], want) {
            return None;
        }
    }
    debug_assert_eq!(name, ident.to_string());
    Some(invocation(ident, &fields, p.from.is_some()))
}

fn rewrite(types: &mut ItemMod) {
    let Some((_, items)) = types.content.as_mut() else {
        return;
    };
    // `X::builder()` in `types`, by name.
    let mut builder_fns: BTreeMap<String, usize> = BTreeMap::new();
    for (at, item) in items.iter().enumerate() {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
            && let syn::Type::Path(p) = &*i.self_ty
            && let Some(ident) = p.path.get_ident()
            && same_tokens(i, builder_fn(ident))
        {
            builder_fns.insert(ident.to_string(), at);
        }
    }
    let mut done = Vec::new();
    for item in items.iter_mut() {
        let Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        let Some((_, builders)) = m.content.as_mut() else {
            continue;
        };
        let mut replace: BTreeMap<usize, Item> = BTreeMap::new();
        let mut drop = Vec::new();
        for (name, p) in parts(builders) {
            if !builder_fns.contains_key(&name) {
                continue;
            }
            let Some(invocation) = compact(&name, &p, builders) else {
                continue;
            };
            let Some(first) = p.strukt else { continue };
            replace.insert(first, invocation);
            drop.extend(
                [p.default, p.setters, p.try_from, p.from]
                    .into_iter()
                    .flatten(),
            );
            done.push(name);
        }
        let old = std::mem::take(builders);
        for (at, item) in old.into_iter().enumerate() {
            if let Some(new) = replace.remove(&at) {
                builders.push(new);
            } else if !drop.contains(&at) {
                builders.push(item);
            }
        }
    }
    let gone: Vec<usize> = done
        .iter()
        .filter_map(|n| builder_fns.get(n).copied())
        .collect();
    let old = std::mem::take(items);
    items.extend(
        old.into_iter()
            .enumerate()
            .filter(|(at, _)| !gone.contains(at))
            .map(|(_, item)| item),
    );
}

/// Puts the header and each field of every `type_builder!` invocation (each variant of
/// every `tolerant_enum!` one, each parameter of every `op_builder!` one) on its own line
/// (prettyplease fills a macro's body like a paragraph).
pub fn reflow(code: &str) -> String {
    /// The macros, and whether their body starts with a header ended by `;`.
    const OPEN: [(&str, bool); 3] = [
        ("client_core::type_builder! {", true),
        ("client_core::tolerant_enum! {", true),
        ("client_core::op_builder! {", true),
    ];
    let mut out = String::with_capacity(code.len());
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let Some(&(_, header)) = OPEN.iter().find(|(open, _)| *open == line.trim_start()) else {
            continue;
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        let close = format!("{indent}}}");
        let mut body = Vec::new();
        for inner in lines.by_ref() {
            if inner == close {
                break;
            }
            body.push(inner);
        }
        let joined = body.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        match split_fields(&joined, header) {
            Some(parts) => {
                for part in parts {
                    // prettyplease spaces a macro's `:`, `<` and `>`; a string is kept as is.
                    let part = if part.contains('"') {
                        part
                    } else {
                        part.replace(" : ", ": ")
                            .replace("crate ::", "crate::")
                            .replace(" < ", "<")
                            .replace(" >", ">")
                    };
                    out.push_str(&format!("{indent}    {part}\n"));
                }
            }
            None => {
                for inner in body {
                    out.push_str(inner);
                    out.push('\n');
                }
            }
        }
        out.push_str(&close);
        out.push('\n');
    }
    out
}

/// `X, from; opt a: T, val b: U,` -> [`X, from;`, `opt a: T,`, `val b: U,`] (with no
/// `header`: the fields only): split after
/// the first `;` and after every `,` outside brackets and string literals. `None` when the
/// brackets or strings do not balance.
fn split_fields(text: &str, header: bool) -> Option<Vec<String>> {
    let (head, rest) = match header {
        true => text.split_once(';')?,
        false => ("", text),
    };
    if head.contains('"') {
        return None;
    }
    let mut out = if header {
        // prettyplease spaces a path after `crate` (`crate ::Error`).
        vec![format!("{};", head.replace("crate ::", "crate::"))]
    } else {
        Vec::new()
    };
    let mut scan = BracketScan::default();
    let mut current = String::new();
    for c in rest.chars() {
        current.push(c);
        match scan.step(c) {
            Some(depth) if depth < 0 => return None,
            Some(0) if c == ',' => out.push(std::mem::take(&mut current).trim().to_string()),
            _ => {}
        }
    }
    (scan.balanced() && current.trim().is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(from: bool) -> syn::File {
        let from = from.then(|| {
            quote! {
                impl ::std::convert::From<super::Customer> for Customer {
                    fn from(value: super::Customer) -> Self {
                        Self { id: Ok(value.id), tags: Ok(value.tags), name: Ok(value.name), }
                    }
                }
            }
        });
        syn::parse_quote! {
            pub mod types {
                pub struct Customer { pub id: String }
                impl Customer {
                    pub fn builder() -> builder::Customer {
                        Default::default()
                    }
                }
                pub mod builder {
                    #[derive(Clone, Debug)]
                    pub struct Customer {
                        id: ::std::result::Result<::std::string::String, ::std::string::String>,
                        tags: ::std::result::Result<::std::vec::Vec<::std::string::String>, ::std::string::String>,
                        name: ::std::result::Result<::std::option::Option<::std::string::String>, ::std::string::String>,
                    }
                    impl ::std::default::Default for Customer {
                        fn default() -> Self {
                            Self {
                                id: Err("no value supplied for id".to_string()),
                                tags: Ok(Default::default()),
                                name: Ok(Default::default()),
                            }
                        }
                    }
                    impl Customer {
                        pub fn id<T>(mut self, value: T) -> Self
                        where T: ::std::convert::TryInto<::std::string::String>, T::Error: ::std::fmt::Display,
                        {
                            self.id = value.try_into().map_err(|e| format!("error converting supplied value for id: {e}"));
                            self
                        }
                        pub fn tags<T>(mut self, value: T) -> Self
                        where T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>, T::Error: ::std::fmt::Display,
                        {
                            self.tags = value.try_into().map_err(|e| format!("error converting supplied value for tags: {e}"));
                            self
                        }
                        pub fn name<T>(mut self, value: T) -> Self
                        where T: client_core::IntoOption<::std::string::String>,
                        {
                            self.name = Ok(value.into_option());
                            self
                        }
                    }
                    impl ::std::convert::TryFrom<Customer> for super::Customer {
                        type Error = super::error::ConversionError;
                        fn try_from(value: Customer) -> ::std::result::Result<Self, super::error::ConversionError> {
                            client_core::check_builder("Customer", &[value.id.as_ref().err(), value.tags.as_ref().err(), value.name.as_ref().err(),])?;
                            Ok(Self { id: value.id?, tags: value.tags?, name: value.name?, })
                        }
                    }
                    #from
                }
            }
        }
    }

    fn rendered(file: &syn::File) -> String {
        reflow(&prettyplease::unparse(file))
    }

    #[test]
    fn a_builder_becomes_one_line_per_field() {
        for from in [false, true] {
            let mut file = sample(from);
            apply(&mut file);
            let out = rendered(&file);
            let head = if from { "Customer, from;" } else { "Customer;" };
            assert!(
                out.contains(&format!(
                    "client_core::type_builder! {{\n            {head}\n            \
                     val id: ::std::string::String,\n            \
                     val tags: ::std::vec::Vec<::std::string::String> = Default::default(),\n            \
                     opt name: ::std::string::String,\n        }}"
                )),
                "{out}"
            );
            assert!(!out.contains("fn builder()"), "{out}");
            assert!(!out.contains("impl"), "{out}");
        }
    }

    #[test]
    fn a_builder_the_macro_does_not_reproduce_is_left_alone() {
        let mut file = sample(false);
        let text = tokens(&file).replace("\"no value supplied for id\"", "\"id is needed\"");
        file = syn::parse_str(&text).expect("parses");
        let before = tokens(&file);
        apply(&mut file);
        assert_eq!(tokens(&file), before);
    }

    #[test]
    fn long_fields_are_split_at_top_level_commas_only() {
        assert_eq!(
            split_fields("X; val a: Map<K, V>, opt b: T = f::<1>(),", true),
            Some(vec![
                "X;".to_string(),
                "val a: Map<K, V>,".to_string(),
                "opt b: T = f::<1>(),".to_string(),
            ])
        );
        assert_eq!(split_fields("X; val a: T>,", true), None);
        assert_eq!(
            split_fields(r#"E, err, Unknown; A = "a,<", B = "\"b\"","#, true),
            Some(vec![
                "E, err, Unknown;".to_string(),
                r#"A = "a,<","#.to_string(),
                r#"B = "\"b\"","#.to_string(),
            ])
        );
    }
}
