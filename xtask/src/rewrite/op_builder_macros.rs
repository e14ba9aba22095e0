//! `op_builder_macros`: each request builder's `new`, setters and `send` as one
//! `client_core::op_builder!` line per parameter, and its reading of the answer as one call.
//!
//! progenitor writes, for every operation, a builder `builder::X<'a>`: a struct of `Result`
//! fields, `new` (an error for each required parameter, `None` for each optional one, an
//! empty builder for a body that has one), a setter of about ten lines per parameter
//! (`body` and `body_map` for a body with a builder), `send_raw` (the request) and, after
//! `typed_send`, `send`. All but the struct and `send_raw` are the same for every operation
//! but for names and types, so `client_core::op_builder!` writes them from a list:
//!
//! ```text
//! client_core::op_builder! {
//!     CreateCustomer -> types::Customer, crate::Error;
//!     req project_id: ::std::string::String,
//!     opt limit: i64,
//!     built body: types::CreateCustomerRequest as types::builder::CreateCustomerRequest,
//! }
//! ```
//!
//! The `match` on the status that ends `send_raw` (any 2xx decoded, or empty, or a byte
//! stream; 4xx and 5xx decoded as the error body; anything else unexpected) becomes
//! `client_core::respond(response).await` (`respond_empty`, `respond_stream`), compiled once
//! per type instead of once per operation.
//!
//! A builder is replaced only when its methods are exactly what the macro stands for
//! (compared token by token with [`Invocation::methods`], which writes them as progenitor
//! does, error messages included: the macro names a type with `client_core`'s `type_text`,
//! the very file included below); a `match` only when it is one of those forms. Anything
//! else is left as progenitor wrote it. Readers of the builders (`wire_test`) see the
//! methods of an invocation through [`Invocation::methods`].

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItem, ImplItemFn, Item, ItemMod, Token, parse_quote};

#[path = "../../../crates/client-core/src/type_text.rs"]
mod type_text;
use type_text::type_text;

use super::{mod_items, tokens};

/// How a parameter is set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Required: unset is an error.
    Req,
    /// Optional: starts `None`.
    Opt,
    /// A body with a builder: starts as an empty builder.
    Built,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Req => "req",
            Kind::Opt => "opt",
            Kind::Built => "built",
        }
    }
}

/// One parameter: its kind, its field, the type its setter converts to (and for a body with
/// a builder, the builder's type).
struct Param {
    kind: Kind,
    name: syn::Ident,
    ty: syn::Type,
    builder: Option<syn::Type>,
}

/// One `client_core::op_builder!` invocation: the builder, what `send` returns, the
/// parameters in the struct's order.
pub struct Invocation {
    pub name: syn::Ident,
    ok: syn::Type,
    err: syn::Type,
    params: Vec<Param>,
}

impl Parse for Invocation {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![->]>()?;
        let ok = input.parse()?;
        input.parse::<Token![,]>()?;
        let err = input.parse()?;
        input.parse::<Token![;]>()?;
        let mut params = Vec::new();
        while !input.is_empty() {
            let word: syn::Ident = input.parse()?;
            let kind = match word.to_string().as_str() {
                "req" => Kind::Req,
                "opt" => Kind::Opt,
                "built" => Kind::Built,
                _ => return Err(syn::Error::new(word.span(), "expected req, opt or built")),
            };
            let name = input.parse()?;
            input.parse::<Token![:]>()?;
            let ty = input.parse()?;
            let builder = if input.peek(Token![as]) {
                input.parse::<Token![as]>()?;
                Some(input.parse()?)
            } else {
                None
            };
            params.push(Param {
                kind,
                name,
                ty,
                builder,
            });
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(Self {
            name,
            ok,
            err,
            params,
        })
    }
}

impl Invocation {
    /// The invocation, when `mac` is one.
    pub fn of(mac: &syn::ItemMacro) -> Option<Self> {
        if tokens(&mac.mac.path) != "client_core :: op_builder" {
            return None;
        }
        mac.mac.parse_body().ok()
    }

    fn item(&self) -> Item {
        let (name, ok, err) = (&self.name, &self.ok, &self.err);
        let lines = self.params.iter().map(|p| {
            let kind = syn::Ident::new(p.kind.word(), proc_macro2::Span::call_site());
            let (field, ty) = (&p.name, &p.ty);
            let builder = p.builder.as_ref().map(|b| quote!(as #b));
            quote!(#kind #field: #ty #builder)
        });
        parse_quote! {
            client_core::op_builder! {
                #name -> #ok, #err;
                #(#lines,)*
            }
        }
    }

    /// The methods the macro defines, as progenitor and `typed_send` write them.
    /// The setters the invocation defines, each with the type it converts to (what
    /// [`Invocation::methods`] writes, without writing it).
    pub fn setters(&self) -> impl Iterator<Item = (&syn::Ident, &syn::Type)> {
        self.params
            .iter()
            .filter_map(|p| match (p.kind, &p.builder) {
                (Kind::Req | Kind::Opt, None) => Some((&p.name, &p.ty)),
                (Kind::Built, Some(_)) if p.name == "body" => Some((&p.name, &p.ty)),
                _ => None,
            })
    }

    /// The success type of `send`.
    pub fn ok(&self) -> &syn::Type {
        &self.ok
    }

    pub fn methods(&self) -> Vec<ImplItemFn> {
        self.method_tokens()
            .into_iter()
            .map(|t| syn::parse2(t).expect("valid method"))
            .collect()
    }

    /// The tokens of each method of [`Invocation::methods`], unparsed.
    fn method_tokens(&self) -> Vec<TokenStream> {
        let names = self.params.iter().map(|p| &p.name);
        let inits = self.params.iter().map(|p| match p.kind {
            Kind::Req => {
                let missing = format!("{} was not initialized", p.name);
                quote!(Err(#missing.to_string()))
            }
            Kind::Opt => quote!(Ok(None)),
            Kind::Built => quote!(Ok(::std::default::Default::default())),
        });
        let mut out: Vec<TokenStream> = vec![quote! {
            pub fn new(client: &'a super::Client) -> Self {
                Self {
                    client: client,
                    #(#names: #inits,)*
                }
            }
        }];
        for p in &self.params {
            let (field, ty) = (&p.name, &p.ty);
            let text = type_text(&tokens(ty));
            match (p.kind, &p.builder) {
                (Kind::Req | Kind::Opt, None) => {
                    let message = format!("conversion to `{text}` for {field} failed");
                    let some = (p.kind == Kind::Opt).then(|| quote!(.map(Some)));
                    out.push(quote! {
                        pub fn #field<V>(mut self, value: V,) -> Self
                        where
                            V: std::convert::TryInto<#ty>,
                        {
                            self.#field = value.try_into()
                                #some
                                .map_err(|_| #message.to_string());
                            self
                        }
                    });
                }
                (Kind::Built, Some(builder)) if field == "body" => {
                    let message = format!("conversion to `{text}` for body failed: {{}}");
                    out.push(quote! {
                        pub fn body<V>(mut self, value: V) -> Self
                        where
                            V: std::convert::TryInto<#ty>,
                            <V as std::convert::TryInto<#ty>>::Error: std::fmt::Display,
                        {
                            self.body = value.try_into()
                                .map(From::from)
                                .map_err(|s| format!(#message, s));
                            self
                        }
                    });
                    out.push(quote! {
                        pub fn body_map<F>(mut self, f: F) -> Self
                        where
                            F: std::ops::FnOnce(#builder) -> #builder,
                        {
                            self.body = self.body.map(f);
                            self
                        }
                    });
                }
                // Not a form the macro has: nothing compares equal to it.
                _ => return Vec::new(),
            }
        }
        let (ok, err) = (&self.ok, &self.err);
        out.push(quote! {
            /// Sends the request. Errors carry the HTTP status, the API's decoded
            /// error body (or the raw bytes when it does not decode) and the request id.
            pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok>, #err> {
                client_core::call(self.send_raw()).await
            }
        });
        out
    }
}

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    Respond.visit_item_mod_mut(builder);
    let items = mod_items(builder);
    let old = std::mem::take(items);
    let structs: Vec<syn::ItemStruct> = old
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    for item in old {
        match item {
            Item::Impl(mut imp) => {
                if let Some(invocation) = compact(&structs, &mut imp) {
                    items.push(invocation.item());
                }
                items.push(Item::Impl(imp));
            }
            other => items.push(other),
        }
    }
}

/// The single generic argument of `Name<T>` when the last segment is `name`.
fn arg_of<'a>(ty: &'a syn::Type, name: &str) -> Option<&'a syn::Type> {
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

/// `struct X<'a> { client: &'a super::Client, p: Result<T, String>, .. }`: the fields
/// after `client` with their `T`.
fn builder_fields(s: &syn::ItemStruct) -> Option<Vec<(syn::Ident, syn::Type)>> {
    if tokens(&s.generics) != "< 'a >" {
        return None;
    }
    let syn::Fields::Named(named) = &s.fields else {
        return None;
    };
    let mut fields = named.named.iter();
    let client = fields.next()?;
    if client.ident.as_ref()? != "client" || tokens(&client.ty) != "& 'a super :: Client" {
        return None;
    }
    fields
        .map(|f| {
            let inner = arg_of(&f.ty, "Result")?;
            if tokens(&f.ty) != tokens(&quote!(Result<#inner, String>)) || !f.attrs.is_empty() {
                return None;
            }
            Some((f.ident.clone()?, inner.clone()))
        })
        .collect()
}

/// `send`'s `Result<ResponseValue<T>, E>`: `(T, E)`.
fn send_types(f: &ImplItemFn) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ret) = &f.sig.output else {
        return None;
    };
    let syn::Type::Path(p) = &**ret else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else {
        return None;
    };
    let [
        syn::GenericArgument::Type(value),
        syn::GenericArgument::Type(err),
    ] = args.args.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    Some((arg_of(value, "ResponseValue")?.clone(), err.clone()))
}

/// The invocation that stands for `imp`'s `new`, setters and `send`, when it reproduces
/// them; they are then taken out of `imp` (which keeps `send_raw`).
fn compact(structs: &[syn::ItemStruct], imp: &mut syn::ItemImpl) -> Option<Invocation> {
    if imp.trait_.is_some() || tokens(&imp.generics) != "< 'a >" {
        return None;
    }
    let syn::Type::Path(self_ty) = &*imp.self_ty else {
        return None;
    };
    let seg = self_ty.path.segments.last()?;
    let s = structs.iter().find(|s| s.ident == seg.ident)?;
    if tokens(&imp.self_ty) != tokens(&quote!(#seg)) || tokens(seg) != format!("{} < 'a >", s.ident)
    {
        return None;
    }
    let fields = builder_fields(s)?;
    let fns: Vec<&ImplItemFn> = imp
        .items
        .iter()
        .map(|i| match i {
            ImplItem::Fn(f) => Some(f),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let new = fns.iter().find(|f| f.sig.ident == "new")?;
    let send = fns.iter().find(|f| f.sig.ident == "send")?;
    let (ok, err) = send_types(send)?;
    let [syn::Stmt::Expr(Expr::Struct(init), None)] = new.block.stmts.as_slice() else {
        return None;
    };
    let mut params = Vec::new();
    for ((name, ty), value) in fields.into_iter().zip(init.fields.iter().skip(1)) {
        let value = tokens(&value.expr);
        let (kind, ty, builder) = if value.starts_with("Err") {
            (Kind::Req, ty, None)
        } else if value == "Ok (None)" {
            (Kind::Opt, arg_of(&ty, "Option")?.clone(), None)
        } else {
            // `types::builder::X` builds `types::X`.
            let syn::Type::Path(p) = &ty else { return None };
            let mut built = p.clone();
            let segs = &mut built.path.segments;
            if segs.len() != 3 || segs[0].ident != "types" || segs[1].ident != "builder" {
                return None;
            }
            let last = segs.pop()?;
            segs.pop();
            segs.push(last);
            (Kind::Built, syn::Type::Path(built), Some(ty))
        };
        params.push(Param {
            kind,
            name,
            ty,
            builder,
        });
    }
    let invocation = Invocation {
        name: s.ident.clone(),
        ok,
        err,
        params,
    };
    let expected = invocation.method_tokens();
    let replaced: Vec<&&ImplItemFn> = fns.iter().filter(|f| f.sig.ident != "send_raw").collect();
    if expected.is_empty()
        || replaced.len() != expected.len()
        || replaced.len() + 1 != fns.len()
        || replaced
            .iter()
            .zip(expected)
            .any(|(have, want)| !super::same_tokens_spacing_aside(**have, want))
    {
        return None;
    }
    imp.items
        .retain(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send_raw"));
    Some(invocation)
}

/// `match response.status().as_u16() { .. }` -> `client_core::respond(response).await`.
struct Respond;

/// The helper that stands for a `match` on the status, when it has one of the forms.
fn respond_helper(m: &syn::ExprMatch) -> Option<Expr> {
    if tokens(&m.expr) != "response . status () . as_u16 ()" || m.arms.len() != 4 {
        return None;
    }
    // An arm's body, without the block prettyplease or progenitor may have put around it.
    let body = |arm: &syn::Arm| match &*arm.body {
        Expr::Block(b) if b.attrs.is_empty() && b.label.is_none() => match b.block.stmts.as_slice()
        {
            [syn::Stmt::Expr(e, None)] => tokens(e),
            _ => tokens(&arm.body),
        },
        e => tokens(e),
    };
    let arm = |i: usize| (tokens(&m.arms[i].pat), body(&m.arms[i]));
    let error = tokens(&quote!(Err(Error::ErrorResponse(
        client_core::decode(response).await?
    ))));
    let (pat, success) = arm(0);
    let expected = [
        (tokens(&quote!(400u16..=499u16)), error.clone()),
        (tokens(&quote!(500u16..=599u16)), error),
        (
            "_".to_string(),
            tokens(&quote!(Err(Error::UnexpectedResponse(response)))),
        ),
    ];
    if (1..4).any(|i| arm(i) != expected[i - 1])
        || (pat != tokens(&quote!(200u16..=299u16)) && pat != tokens(&quote!(200..=299)))
    {
        return None;
    }
    let helper = if success == tokens(&quote!(client_core::decode(response).await)) {
        quote!(respond)
    } else if success == tokens(&quote!(Ok(ResponseValue::empty(response)))) {
        quote!(respond_empty)
    } else if success == tokens(&quote!(Ok(ResponseValue::stream(response)))) {
        quote!(respond_stream)
    } else {
        return None;
    };
    Some(parse_quote!(client_core::#helper(response).await))
}

impl VisitMut for Respond {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Match(m) = e
            && m.attrs.is_empty()
            && let Some(call) = respond_helper(m)
        {
            *e = call;
            return;
        }
        visit_mut::visit_expr_mut(self, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ItemMod {
        syn::parse_quote! {
            pub mod builder {
                #[derive(Debug, Clone)]
                pub struct CreateCustomer<'a> {
                    client: &'a super::Client,
                    project_id: Result<::std::string::String, String>,
                    limit: Result<Option<i64>, String>,
                    body: Result<types::builder::CreateCustomerRequest, String>,
                }
                impl<'a> CreateCustomer<'a> {
                    pub fn new(client: &'a super::Client) -> Self {
                        Self {
                            client: client,
                            project_id: Err("project_id was not initialized".to_string()),
                            limit: Ok(None),
                            body: Ok(::std::default::Default::default()),
                        }
                    }
                    pub fn project_id<V>(mut self, value: V,) -> Self
                    where
                        V: std::convert::TryInto<::std::string::String>,
                    {
                        self.project_id = value.try_into().map_err(|_|
                            "conversion to `:: std :: string :: String` for project_id failed".to_string()
                        );
                        self
                    }
                    pub fn limit<V>(mut self, value: V,) -> Self
                    where
                        V: std::convert::TryInto<i64>,
                    {
                        self.limit = value.try_into().map(Some).map_err(|_| "conversion to `i64` for limit failed".to_string());
                        self
                    }
                    pub fn body<V>(mut self, value: V) -> Self
                    where
                        V: std::convert::TryInto<types::CreateCustomerRequest>,
                        <V as std::convert::TryInto<types::CreateCustomerRequest>>::Error: std::fmt::Display,
                    {
                        self.body = value.try_into().map(From::from).map_err(|s|
                            format!("conversion to `CreateCustomerRequest` for body failed: {}", s)
                        );
                        self
                    }
                    pub fn body_map<F>(mut self, f: F) -> Self
                    where
                        F: std::ops::FnOnce(types::builder::CreateCustomerRequest) -> types::builder::CreateCustomerRequest,
                    {
                        self.body = self.body.map(f);
                        self
                    }
                    /// Sends the request with progenitor's own error type.
                    async fn send_raw(self) -> Result<ResponseValue<types::Customer>, Error<types::Error>> {
                        let response = client.exec(request, &info).await?;
                        match response.status().as_u16() {
                            200u16..=299u16 => client_core::decode(response).await,
                            400u16..=499u16 => {
                                Err(Error::ErrorResponse(client_core::decode(response).await?))
                            }
                            500u16..=599u16 => {
                                Err(Error::ErrorResponse(client_core::decode(response).await?))
                            }
                            _ => Err(Error::UnexpectedResponse(response)),
                        }
                    }
                    /// Sends the request. Errors carry the HTTP status, the API's decoded
                    /// error body (or the raw bytes when it does not decode) and the request id.
                    pub async fn send(self) -> ::std::result::Result<ResponseValue<types::Customer>, crate::Error> {
                        client_core::call(self.send_raw()).await
                    }
                }
            }
        }
    }

    #[test]
    fn a_builder_becomes_one_line_per_parameter() {
        let mut m = sample();
        apply(&mut m);
        let out = tokens(&m);
        let want = tokens(&quote! {
            client_core::op_builder! {
                CreateCustomer -> types::Customer, crate::Error;
                req project_id: ::std::string::String,
                opt limit: i64,
                built body: types::CreateCustomerRequest as types::builder::CreateCustomerRequest,
            }
        });
        assert!(out.contains(&want), "{out}");
        assert!(!out.contains("fn new"), "{out}");
        assert!(!out.contains("fn body_map"), "{out}");
        assert!(out.contains("fn send_raw"), "{out}");
        assert!(
            out.contains("client_core :: respond (response) . await"),
            "{out}"
        );
    }

    #[test]
    fn an_invocation_reads_back_as_the_methods_it_replaced() {
        let before = sample();
        let mut after = sample();
        apply(&mut after);
        let Some(Item::Macro(mac)) = mod_items(&mut after)
            .iter()
            .find(|i| matches!(i, Item::Macro(_)))
            .cloned()
        else {
            panic!("no invocation");
        };
        let invocation = Invocation::of(&mac).expect("parses");
        let mut before = before;
        let Some(Item::Impl(imp)) = mod_items(&mut before).get(1).cloned() else {
            panic!("no impl");
        };
        let original: Vec<String> = imp
            .items
            .iter()
            .filter(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "send_raw"))
            .map(tokens)
            .collect();
        let read: Vec<String> = invocation.methods().iter().map(tokens).collect();
        assert_eq!(read, original);
    }

    #[test]
    fn a_builder_or_match_the_macro_does_not_reproduce_is_left_alone() {
        for (from, to) in [
            ("\"conversion to `i64` for limit failed\"", "\"bad limit\""),
            ("500u16 ..= 599u16", "500u16 ..= 598u16"),
            ("Ok (None)", "Ok (Some (1))"),
        ] {
            let src = tokens(&sample());
            assert!(src.contains(from), "{from}");
            let mut m: ItemMod = syn::parse_str(&src.replace(from, to)).expect("parses");
            apply(&mut m);
            let after = tokens(&m);
            // A changed status range keeps the `match`; the builder still becomes a macro.
            let odd_match = from.starts_with("500");
            assert_eq!(after.contains("match response"), odd_match, "{after}");
            assert_eq!(after.contains("op_builder"), odd_match, "{after}");
        }
    }
}
