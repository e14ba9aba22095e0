//! `mock_macros`: each operation's `When` and `Then` wrappers become one
//! `client_core::mock_when!` / `client_core::mock_then!` call with a line per method, and the
//! extension trait one `client_core::mock_server_ext!` call with a line per operation.
//!
//! progenitor writes, per operation, two wrapper structs whose methods are a handful of
//! shapes (a path parameter's pattern, an optional query parameter's `Into<Option<T>>`, a
//! status with its JSON body, ...), each ten lines or so, and two lines of trait per
//! operation: most of the mock module's length. The macros write those shapes once:
//!
//! ```text
//! client_core::mock_when! {
//!     GetCustomerWhen, GET, "^/customers/[^/]*$";
//!     path id = "^/customers/{}$";
//!     query_ref expand: str = "expand";
//! }
//! client_core::mock_then! {
//!     GetCustomerThen;
//!     status ok: &types::Customer = 200;
//!     range client_error: &types::Error = 4;
//! }
//! ```
//!
//! A method becomes a line only when it is exactly what that line expands to (compared
//! token by token with the shape progenitor and the earlier rewrites write); any other
//! method stays as it is, in an `impl` of its own after the call. A wrapper whose struct,
//! `new` or `into_inner` is not of the expected shape, and a trait whose methods are not, is
//! left alone. [`reflow`] then puts each line of the calls on its own line of the file.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use proc_macro2::{Literal, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::{ImplItem, ImplItemFn, Item, Type};

use super::BracketScan;

/// Applies the rewrite to the mock module.
pub fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        if let Item::Mod(m) = item
            && m.ident == "operations"
            && let Some((_, items)) = m.content.as_mut()
        {
            wrappers(items);
        }
    }
    server_ext(&mut file.items);
}

fn tokens(t: &impl ToTokens) -> String {
    flat(t.to_token_stream())
}

/// The tokens one space apart, whatever their spacing (`>>` and `> >` alike), without the
/// comma before a closing bracket (progenitor writes some, `quote!` here none).
fn flat(ts: TokenStream) -> String {
    fn walk(ts: TokenStream, out: &mut String) {
        let trees: Vec<TokenTree> = ts.into_iter().collect();
        let last = trees.len().saturating_sub(1);
        for (at, tree) in trees.into_iter().enumerate() {
            match tree {
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                        proc_macro2::Delimiter::Brace => ("{", "}"),
                        proc_macro2::Delimiter::Bracket => ("[", "]"),
                        proc_macro2::Delimiter::None => ("", ""),
                    };
                    out.push_str(open);
                    out.push(' ');
                    walk(g.stream(), out);
                    out.push_str(close);
                    out.push(' ');
                }
                TokenTree::Punct(p) if at == last && p.as_char() == ',' => {}
                other => {
                    out.push_str(&other.to_string());
                    out.push(' ');
                }
            }
        }
    }
    let mut out = String::new();
    walk(ts, &mut out);
    out
}

/// A method's tokens as [`flat`] reads them (spacing aside, no comma before a closing
/// bracket), kept to compare against each candidate expansion in turn.
enum Flat {
    Group(proc_macro2::Delimiter, Vec<Flat>),
    Ident(String),
    Punct(char),
    Literal(String),
}

/// The [`Flat`] trees of `ts`.
fn flat_trees(ts: TokenStream) -> Vec<Flat> {
    trees_of(ts)
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(g) => {
                let delimiter = g.delimiter();
                let stream = g.stream();
                drop(g);
                Flat::Group(delimiter, flat_trees(stream))
            }
            TokenTree::Ident(i) => Flat::Ident(i.to_string()),
            TokenTree::Punct(p) => Flat::Punct(p.as_char()),
            TokenTree::Literal(l) => Flat::Literal(l.to_string()),
        })
        .collect()
}

/// The trees of one level of `ts`, without a comma at its end.
fn trees_of(ts: TokenStream) -> Vec<TokenTree> {
    let mut trees: Vec<TokenTree> = ts.into_iter().collect();
    if matches!(trees.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
        trees.pop();
    }
    trees
}

/// Whether `want` reads the same as `have` in [`flat`] text, without writing either; stops
/// at the first difference.
fn same_flat(have: &[Flat], want: TokenStream) -> bool {
    let want = trees_of(want);
    have.len() == want.len()
        && have.iter().zip(want).all(|pair| match pair {
            (Flat::Group(d, inner), TokenTree::Group(g)) => {
                let same_delimiter = *d == g.delimiter();
                let stream = g.stream();
                // Dropped before its stream is walked: a stream no one else holds is
                // iterated in place, not copied token by token.
                drop(g);
                same_delimiter && same_flat(inner, stream)
            }
            (Flat::Ident(x), TokenTree::Ident(y)) => y == x,
            (Flat::Punct(x), TokenTree::Punct(y)) => *x == y.as_char(),
            (Flat::Literal(x), TokenTree::Literal(y)) => *x == y.to_string(),
            _ => false,
        })
}

/// Every literal token of `t`, in order, each once.
fn literals(t: &impl ToTokens) -> Vec<Literal> {
    fn walk(ts: TokenStream, out: &mut Vec<Literal>) {
        for tree in ts {
            match tree {
                TokenTree::Group(g) => walk(g.stream(), out),
                TokenTree::Literal(l) if !out.iter().any(|o| o.to_string() == l.to_string()) => {
                    out.push(l);
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(t.to_token_stream(), &mut out);
    out
}

/// The type of the argument `value`.
fn value_ty(f: &ImplItemFn) -> Option<Type> {
    f.sig.inputs.iter().find_map(|arg| match arg {
        syn::FnArg::Typed(t) if t.pat.to_token_stream().to_string() == "value" => {
            Some((*t.ty).clone())
        }
        _ => None,
    })
}

/// The single generic argument of `Name<T>` when the last segment is `name`.
fn arg_of<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match (seg.ident == name, args.args.first()) {
        (true, Some(syn::GenericArgument::Type(t))) => Some(t),
        _ => None,
    }
}

/// `X` of the bound `T: Into<Option<X>>`.
fn option_ty(f: &ImplItemFn) -> Option<Type> {
    let pred = f.sig.generics.where_clause.as_ref()?.predicates.first()?;
    let syn::WherePredicate::Type(p) = pred else {
        return None;
    };
    let Some(syn::TypeParamBound::Trait(bound)) = p.bounds.first() else {
        return None;
    };
    let seg = bound.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(option)) = args.args.first() else {
        return None;
    };
    (seg.ident == "Into")
        .then(|| arg_of(option, "Option").cloned())
        .flatten()
}

/// `X` of `&'a X`.
fn unref(ty: &Type) -> Option<Type> {
    match ty {
        Type::Reference(r) if r.mutability.is_none() && r.lifetime.is_some() => {
            Some((*r.elem).clone())
        }
        _ => None,
    }
}

/// One line of a `mock_when!` or `mock_then!` call: `kind name: ty = lit;`.
struct Line {
    kind: &'static str,
    name: syn::Ident,
    ty: Option<Type>,
    /// As written in the line (a status without its `u16` suffix).
    lit: Option<Literal>,
}

impl ToTokens for Line {
    fn to_tokens(&self, out: &mut TokenStream) {
        let kind = format_ident!("{}", self.kind);
        let name = &self.name;
        let ty = self.ty.as_ref().map(|t| quote!(: #t));
        let lit = self.lit.as_ref().map(|l| quote!(= #l));
        out.extend(quote!(#kind #name #ty #lit;));
    }
}

/// The method a `mock_when!` line stands for, as progenitor and the earlier rewrites write
/// it (`lit` as in the code).
fn when_method(kind: &str, name: &syn::Ident, ty: Option<&Type>, lit: &TokenStream) -> TokenStream {
    match (kind, ty) {
        ("path", None) => quote! {
            pub fn #name(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!(#lit, ::regex::escape(value))).unwrap();
                Self(self.0.path_matches(re))
            }
        },
        ("path", Some(ty)) => quote! {
            pub fn #name(self, value: #ty) -> Self {
                let re = regex::Regex::new(&format!(#lit, ::regex::escape(&value.to_string())))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        },
        ("query", Some(ty)) => quote! {
            pub fn #name<T>(self, value: T) -> Self
            where
                T: Into<Option<#ty>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param(#lit, value.to_string()))
                } else {
                    Self(self.0.query_param_missing(#lit))
                }
            }
        },
        ("query_ref", Some(ty)) => quote! {
            pub fn #name<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a #ty>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param(#lit, value.to_string()))
                } else {
                    Self(self.0.query_param_missing(#lit))
                }
            }
        },
        ("query_each", Some(ty)) => quote! {
            pub fn #name<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a #ty>>,
            {
                if let Some(value) = value.into() {
                    Self(value.iter().fold(self.0, |when, item| when.query_param(#lit, item.to_string())))
                } else {
                    Self(self.0.query_param_missing(#lit))
                }
            }
        },
        ("query_req", Some(ty)) => quote! {
            pub fn #name(self, value: #ty) -> Self {
                Self(self.0.query_param(#lit, value.to_string()))
            }
        },
        ("header_ref", Some(ty)) => quote! {
            pub fn #name<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a #ty>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.header(#lit, value.to_string()))
                } else {
                    Self(self.0.header_missing(#lit))
                }
            }
        },
        ("body", Some(ty)) => quote! {
            pub fn #name(self, value: #ty) -> Self {
                Self(self.0.json_body_obj(value))
            }
        },
        _ => TokenStream::new(),
    }
}

/// The method a `mock_then!` line stands for, as progenitor writes it (`lit` as in the code:
/// `200u16`, or `4u16` for a range).
fn then_method(kind: &str, name: &syn::Ident, ty: Option<&Type>, lit: &Literal) -> TokenStream {
    let json = quote!(.header("content-type", "application/json"));
    match (kind, ty) {
        ("status", None) => quote! {
            pub fn #name(self) -> Self {
                Self(self.0.status(#lit))
            }
        },
        ("status", Some(ty)) => quote! {
            pub fn #name(self, value: #ty) -> Self {
                Self(self.0.status(#lit) #json .json_body_obj(value))
            }
        },
        ("status_value", Some(ty)) => quote! {
            pub fn #name(self, value: #ty) -> Self {
                Self(self.0.status(#lit) #json .json_body(value))
            }
        },
        ("range", None) => quote! {
            pub fn #name(self, status: u16) -> Self {
                assert_eq!(status / 100u16, #lit);
                Self(self.0.status(status))
            }
        },
        ("range", Some(ty)) => quote! {
            pub fn #name(self, status: u16, value: #ty) -> Self {
                assert_eq!(status / 100u16, #lit);
                Self(self.0.status(status) #json .json_body_obj(value))
            }
        },
        ("range_value", Some(ty)) => quote! {
            pub fn #name(self, status: u16, value: #ty) -> Self {
                assert_eq!(status / 100u16, #lit);
                Self(self.0.status(status) #json .json_body(value))
            }
        },
        _ => TokenStream::new(),
    }
}

/// The `mock_when!` line of a `When` method, when one writes it.
fn when_line(f: &ImplItemFn) -> Option<Line> {
    let have = flat_trees(f.to_token_stream());
    let name = &f.sig.ident;
    let value = value_ty(f);
    let option = option_ty(f);
    let inner = option.as_ref().and_then(unref);
    let mut candidates: Vec<(&'static str, Option<Type>, Option<Literal>)> =
        vec![("body", value.clone(), None)];
    for lit in literals(&f.block) {
        let lit = Some(lit);
        candidates.extend([
            ("path", None, lit.clone()),
            ("path", value.clone(), lit.clone()),
            ("query_req", value.clone(), lit.clone()),
            ("query", option.clone(), lit.clone()),
            ("query_ref", inner.clone(), lit.clone()),
            ("query_each", inner.clone(), lit.clone()),
            ("header_ref", inner.clone(), lit),
        ]);
    }
    candidates.into_iter().find_map(|(kind, ty, lit)| {
        if kind != "path" && ty.is_none() {
            return None;
        }
        let code = lit
            .as_ref()
            .map(ToTokens::to_token_stream)
            .unwrap_or_default();
        let want = when_method(kind, name, ty.as_ref(), &code);
        (!want.is_empty() && same_flat(&have, want)).then(|| Line {
            kind,
            name: name.clone(),
            ty,
            lit,
        })
    })
}

/// The `mock_then!` line of a `Then` method, when one writes it.
fn then_line(f: &ImplItemFn) -> Option<Line> {
    let have = flat_trees(f.to_token_stream());
    let name = &f.sig.ident;
    let value = value_ty(f);
    for lit in literals(&f.block) {
        let text = lit.to_string();
        let Some(number) = text.strip_suffix("u16").and_then(|n| n.parse::<u16>().ok()) else {
            continue;
        };
        for kind in ["status", "status_value", "range", "range_value"] {
            for ty in [None, value.clone()] {
                let want = then_method(kind, name, ty.as_ref(), &lit);
                if !want.is_empty() && same_flat(&have, want) {
                    return Some(Line {
                        kind,
                        name: name.clone(),
                        ty,
                        lit: Some(Literal::u16_unsuffixed(number)),
                    });
                }
            }
        }
    }
    None
}

/// `When` or `Then` of `pub struct X(::httpmock::When);` (its attributes aside).
fn wrapper_of(s: &syn::ItemStruct) -> Option<&'static str> {
    let bare = syn::ItemStruct {
        attrs: Vec::new(),
        ..s.clone()
    };
    let name = &s.ident;
    ["When", "Then"].into_iter().find(|inner| {
        let inner = format_ident!("{inner}");
        same_flat(
            &flat_trees(bare.to_token_stream()),
            quote!(pub struct #name(::httpmock::#inner);),
        )
    })
}

/// The macro call for one wrapper and an `impl` of the methods it does not write, when its
/// `new` and `into_inner` are progenitor's.
fn compact(s: &syn::ItemStruct, i: &syn::ItemImpl, inner: &str) -> Option<(Item, Option<Item>)> {
    let name = &s.ident;
    let attrs = &s.attrs;
    let into_inner = {
        let inner = format_ident!("{inner}");
        quote!(pub fn into_inner(self) -> ::httpmock::#inner { self.0 })
    };
    let mut new = None;
    let mut has_into_inner = false;
    let mut lines = Vec::new();
    let mut rest = Vec::new();
    for item in &i.items {
        let ImplItem::Fn(f) = item else {
            rest.push(item.clone());
            continue;
        };
        let have = flat_trees(f.to_token_stream());
        if f.sig.ident == "new" && new.is_none() {
            new = new_call(f, inner, &have);
            if new.is_some() {
                continue;
            }
        } else if f.sig.ident == "into_inner"
            && !has_into_inner
            && same_flat(&have, into_inner.clone())
        {
            has_into_inner = true;
            continue;
        }
        let line = match inner {
            "When" => when_line(f),
            _ => then_line(f),
        };
        match line {
            Some(line) => lines.push(line),
            None => rest.push(item.clone()),
        }
    }
    let head = new?;
    if !has_into_inner {
        return None;
    }
    let call: Item = match inner {
        "When" => syn::parse_quote! {
            client_core::mock_when! { #(#attrs)* #name, #head; #(#lines)* }
        },
        _ => syn::parse_quote! {
            client_core::mock_then! { #(#attrs)* #name; #(#lines)* }
        },
    };
    let rest = (!rest.is_empty()).then(|| {
        Item::Impl(syn::ItemImpl {
            items: rest,
            ..i.clone()
        })
    });
    Some((call, rest))
}

/// `GET, "^/path$"` of a `When`'s `new` (nothing for a `Then`'s), when it is progenitor's.
fn new_call(f: &ImplItemFn, inner: &str, have: &[Flat]) -> Option<TokenStream> {
    if inner == "Then" {
        let want = quote!(
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
        );
        return same_flat(have, want).then(TokenStream::new);
    }
    static METHOD: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"Method : : (\w+)").expect("valid pattern"));
    let method = METHOD
        .captures(&flat(f.to_token_stream()))
        .map(|c| format_ident!("{}", &c[1]))?;
    let [path] = literals(&f.block).try_into().ok()?;
    let want = quote! {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::#method).path_matches(regex::Regex::new(#path).unwrap()))
        }
    };
    same_flat(have, want).then(|| quote!(#method, #path))
}

/// Replaces each wrapper of the `operations` module that the macros write.
fn wrappers(items: &mut Vec<Item>) {
    let mut impls: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (at, item) in items.iter().enumerate() {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
            && i.attrs.is_empty()
            && i.generics.params.is_empty()
            && i.generics.where_clause.is_none()
        {
            impls
                .entry(i.self_ty.to_token_stream().to_string())
                .or_default()
                .push(at);
        }
    }
    let mut replace: BTreeMap<usize, Vec<Item>> = BTreeMap::new();
    let mut drop = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let Item::Struct(s) = item else { continue };
        let Some(inner) = wrapper_of(s) else { continue };
        let Some([imp]) = impls.get(&s.ident.to_string()).map(Vec::as_slice) else {
            continue;
        };
        let Item::Impl(i) = &items[*imp] else {
            continue;
        };
        if let Some((call, rest)) = compact(s, i, inner) {
            replace.insert(at, [call].into_iter().chain(rest).collect());
            drop.push(*imp);
        }
    }
    let old = std::mem::take(items);
    for (at, item) in old.into_iter().enumerate() {
        if let Some(new) = replace.remove(&at) {
            items.extend(new);
        } else if !drop.contains(&at) {
            items.push(item);
        }
    }
}

/// `method: When, Then` of each method of the extension trait, when the trait is
/// progenitor's.
fn trait_methods(t: &syn::ItemTrait) -> Option<Vec<(syn::Ident, syn::Ident, syn::Ident)>> {
    static PATTERN: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
        r"^fn (\w+) < F > \( & self , config_fn : F \) - > : : httpmock : : Mock < ' _ > where F : FnOnce \( operations : : (\w+) , operations : : (\w+) \) ; $",
        )
        .expect("valid pattern")
    });
    let pattern = &*PATTERN;
    t.items
        .iter()
        .map(|item| {
            let text = tokens(item);
            let c = pattern.captures(&text)?;
            Some((
                format_ident!("{}", &c[1]),
                format_ident!("{}", &c[2]),
                format_ident!("{}", &c[3]),
            ))
        })
        .collect()
}

/// Replaces the extension trait and its impl for `MockServer` with one `mock_server_ext!`.
fn server_ext(items: &mut Vec<Item>) {
    let found = items.iter().enumerate().find_map(|(at, item)| {
        let Item::Trait(t) = item else { return None };
        let methods = trait_methods(t)?;
        let (name, attrs) = (&t.ident, &t.attrs);
        let (ops, whens, thens): (Vec<_>, Vec<_>, Vec<_>) = methods.into_iter().fold(
            (vec![], vec![], vec![]),
            |(mut o, mut w, mut th), (a, b, c)| {
                o.push(a);
                w.push(b);
                th.push(c);
                (o, w, th)
            },
        );
        let want_trait = quote! {
            #(#attrs)*
            pub trait #name {
                #(fn #ops<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where F: FnOnce(operations::#whens, operations::#thens);)*
            }
        };
        if !same_flat(&flat_trees(t.to_token_stream()), want_trait) {
            return None;
        }
        let want_impl = quote! {
            impl #name for ::httpmock::MockServer {
                #(fn #ops<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where F: FnOnce(operations::#whens, operations::#thens) {
                    self.mock(|when, then| {
                        config_fn(operations::#whens::new(when), operations::#thens::new(then))
                    })
                })*
            }
        };
        let imp = items.iter().position(|item| {
            matches!(item, Item::Impl(_))
                && same_flat(&flat_trees(item.to_token_stream()), want_impl.clone())
        })?;
        let call: Item = syn::parse_quote! {
            client_core::mock_server_ext! {
                #(#attrs)*
                #name;
                #(#ops: #whens, #thens;)*
            }
        };
        Some((at, imp, call))
    });
    if let Some((at, imp, call)) = found {
        items[at] = call;
        items.remove(imp);
    }
}

/// The macros [`reflow`] lays out.
const MACROS: [&str; 3] = [
    "client_core::mock_when! {",
    "client_core::mock_then! {",
    "client_core::mock_server_ext! {",
];

/// Puts each attribute (a doc as `///` lines) and each `;`-ended line of every mock macro
/// call on its own line (prettyplease fills a macro's body like a paragraph).
pub fn reflow(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if !MACROS.contains(&line.trim_start()) {
            continue;
        }
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
        match split_lines(&joined) {
            Some(parts) => {
                for part in parts {
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

/// Splits a macro body into its attributes (docs as `///` lines) and its `;`-ended lines,
/// outside brackets and string literals, with prettyplease's spacing of `:`, `<`, `>` and
/// `&` undone outside strings. `None` when the brackets or strings do not balance.
fn split_lines(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut scan = BracketScan::default();
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        match scan.step(c) {
            Some(depth) if depth < 0 => return None,
            Some(0) if c == ']' && current.trim().starts_with('#') => {
                out.extend(attribute_lines(current.trim())?);
                current.clear();
            }
            Some(0) if c == ';' => out.push(tidy(std::mem::take(&mut current).trim())),
            _ => {}
        }
    }
    (scan.balanced() && current.trim().is_empty()).then_some(out)
}

/// `#[doc = "..."]` as `///` lines; any other attribute as it is.
fn attribute_lines(attr: &str) -> Option<Vec<String>> {
    let Ok(syn::Meta::NameValue(nv)) = syn::parse_str::<syn::Meta>(
        attr.trim_start_matches('#')
            .trim()
            .strip_prefix('[')?
            .strip_suffix(']')?,
    ) else {
        return Some(vec![attr.to_string()]);
    };
    match &nv.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(doc),
            ..
        }) if nv.path.is_ident("doc") => {
            Some(doc.value().lines().map(|l| format!("///{l}")).collect())
        }
        _ => Some(vec![attr.to_string()]),
    }
}

/// `path id : & str = "a : b" ;` -> `path id: &str = "a : b";` (strings kept as they are).
fn tidy(part: &str) -> String {
    static PATH: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(\w) ::").expect("valid pattern"));
    let path = &*PATH;
    let fix = |code: &str| {
        path.replace_all(code, "$1::")
            .replace(" : ", ": ")
            .replace(" < ", "<")
            .replace("< ", "<")
            .replace(" >", ">")
            .replace("& ", "&")
            .replace(" ;", ";")
    };
    // Only the code between string literals is respaced.
    let mut out = String::new();
    let mut code = String::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in part.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            out.push_str(&fix(&std::mem::take(&mut code)));
            out.push(c);
            in_string = true;
        } else {
            code.push(c);
        }
    }
    out.push_str(&fix(&code));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> syn::File {
        syn::parse_quote! {
            pub mod operations {
                use crate::*;
                pub struct GetCustomerWhen(::httpmock::When);
                impl GetCustomerWhen {
                    pub fn new(inner: ::httpmock::When) -> Self {
                        Self(inner
                            .method(::httpmock::Method::GET)
                            .path_matches(regex::Regex::new("^/customers/[^/]*$").unwrap()))
                    }
                    pub fn into_inner(self) -> ::httpmock::When {
                        self.0
                    }
                    pub fn id(self, value: &str) -> Self {
                        let re = regex::Regex::new(&format!("^/customers/{}$", ::regex::escape(value))).unwrap();
                        Self(self.0.path_matches(re))
                    }
                    pub fn limit<T>(self, value: T,) -> Self
                    where
                        T: Into<Option<::std::num::NonZeroU64>>,
                    {
                        if let Some(value) = value.into() {
                            Self(self.0.query_param("limit", value.to_string(),))
                        } else {
                            Self(self.0.query_param_missing("limit"))
                        }
                    }
                    pub fn tags<'a, T>(self, value: T,) -> Self
                    where
                        T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
                    {
                        if let Some(value) = value.into() {
                            Self(value.iter().fold(self.0, |when, item| when.query_param("tags[]", item.to_string())))
                        } else {
                            Self(self.0.query_param_missing("tags[]"))
                        }
                    }
                    pub fn odd(self, value: &str) -> Self {
                        Self(self.0.query_param("odd", value.to_uppercase()))
                    }
                }
                pub struct GetCustomerThen(::httpmock::Then);
                impl GetCustomerThen {
                    pub fn new(inner: ::httpmock::Then) -> Self {
                        Self(inner)
                    }
                    pub fn into_inner(self) -> ::httpmock::Then {
                        self.0
                    }
                    pub fn ok(self, value: &types::Customer,) -> Self {
                        Self(self.0.status(200u16).header("content-type", "application/json").json_body_obj(value))
                    }
                    pub fn found(self,) -> Self {
                        Self(self.0.status(302u16))
                    }
                    pub fn client_error(self, status: u16, value: &types::Error,) -> Self {
                        assert_eq!(status / 100u16, 4u16);
                        Self(self.0.status(status).header("content-type", "application/json").json_body_obj(value))
                    }
                }
            }
            /// The trait.
            pub trait BillingV2MockServerExt {
                fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where
                    F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen);
            }
            impl BillingV2MockServerExt for ::httpmock::MockServer {
                fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where
                    F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen)
                {
                    self.mock(|when, then| {
                        config_fn(
                            operations::GetCustomerWhen::new(when),
                            operations::GetCustomerThen::new(then),
                        )
                    })
                }
            }
        }
    }

    #[test]
    fn wrappers_and_trait_become_one_line_per_method() {
        let mut file = sample();
        apply(&mut file);
        let out = reflow(&prettyplease::unparse(&file));
        let expected = [
            "client_core::mock_when! {",
            "GetCustomerWhen, GET, \"^/customers/[^/]*$\";",
            "path id = \"^/customers/{}$\";",
            "query limit: ::std::num::NonZeroU64 = \"limit\";",
            "query_each tags: ::std::vec::Vec<::std::string::String> = \"tags[]\";",
            "}",
            "impl GetCustomerWhen {",
            "client_core::mock_then! {",
            "GetCustomerThen;",
            "status ok: &types::Customer = 200;",
            "status found = 302;",
            "range client_error: &types::Error = 4;",
            "client_core::mock_server_ext! {",
            "/// The trait.",
            "BillingV2MockServerExt;",
            "get_customer: GetCustomerWhen, GetCustomerThen;",
        ];
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        let mut from = 0;
        for want in expected {
            let Some(at) = lines[from..].iter().position(|l| *l == want) else {
                panic!("missing (in order) {want:?} in\n{out}");
            };
            from += at + 1;
        }
        // The method no line writes stays, in an impl of its own.
        assert!(
            out.contains("pub fn odd(self, value: &str) -> Self"),
            "{out}"
        );
        assert_eq!(out.matches("pub fn").count(), 1, "{out}");
        assert!(!out.contains("pub trait"), "{out}");
    }

    #[test]
    fn a_wrapper_with_an_unexpected_new_is_left_alone() {
        let mut file = sample();
        let text = file
            .to_token_stream()
            .to_string()
            .replace("Self (inner)", "Self (inner . delay (1))");
        file = syn::parse_str(&text).expect("parses");
        apply(&mut file);
        let out = prettyplease::unparse(&file);
        assert!(out.contains("pub struct GetCustomerThen"), "{out}");
        assert!(out.contains("pub fn client_error"), "{out}");
        assert!(out.contains("client_core::mock_when!"), "{out}");
    }

    #[test]
    fn lines_split_outside_strings_and_docs_become_comments() {
        assert_eq!(
            split_lines(r#"#[doc = " A \"b;\"\n c"] X; path id : & crate ::Id = "a ; b" ;"#),
            Some(vec![
                r#"/// A "b;""#.to_string(),
                "/// c".to_string(),
                "X;".to_string(),
                r#"path id: &crate::Id = "a ; b";"#.to_string(),
            ])
        );
        assert_eq!(split_lines("X; a: Vec<T;"), None);
    }
}
