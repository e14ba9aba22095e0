//! The spec-driven wire test of each crate (`crates/<api>/tests/generated_wire.rs`): one function per
//! operation that builds the call through the crate's `Client` from the values the harness
//! made from the spec, typed with the builder's own parameter types (read from the code
//! progenitor generated), and the table of them that `wire_test_support::spec_wire::Harness`
//! runs. The values, the checks of what arrives and the answers all come from the spec at
//! run time; this file only knows how to call each operation.
//!
//! An operation whose call cannot be derived (a builder or setter missing) still gets its
//! function: it returns the reason, so the test fails and names it, and codegen goes on.

use std::collections::HashMap;
use std::fmt::Write as _;

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use syn::{FnArg, GenericParam, ImplItem, ImplItemFn, Item, TypeParamBound, WherePredicate};

use crate::operations::Operation;
use crate::rewrite::OpBuilderInvocation;
use crate::rust_names::progenitor_snake;
use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;
use crate::surface::pretty_type;

/// The credential every generated test gives its client (it passes every key check).
const KEY: &str = "sk_wire_test_0123456789abcdef";

/// What the test reads of one request builder: the type each method takes (`None` when it
/// is not readable), and the success type of `send_raw` and of `send`, as tokens without
/// spaces.
#[derive(Default)]
struct Builder {
    takes: HashMap<String, Option<String>>,
    send_raw: Option<String>,
    send: Option<String>,
}

/// Every request builder of the generated `builder` module, by name: its `impl` blocks as
/// progenitor writes them, and the methods an `op_builder!` invocation defines (read from
/// the invocation, not expanded). Read once per file: each operation looks its builder up.
fn builders(file: &syn::File) -> HashMap<String, Builder> {
    let items = file
        .items
        .iter()
        .find_map(|i| match i {
            Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let mut out: HashMap<String, Builder> = HashMap::new();
    for item in items {
        match item {
            Item::Impl(imp) if imp.trait_.is_none() => {
                let name = pretty_type(&imp.self_ty);
                let name = name.split('<').next().unwrap_or_default().to_string();
                let builder = out.entry(name).or_default();
                for it in &imp.items {
                    let ImplItem::Fn(f) = it else { continue };
                    let name = f.sig.ident.to_string();
                    let ok =
                        || crate::operations::send_types(&f.sig.output).map(|(ok, _)| raw(&ok));
                    match name.as_str() {
                        "send_raw" if builder.send_raw.is_none() => builder.send_raw = ok(),
                        "send" if builder.send.is_none() => builder.send = ok(),
                        _ => {}
                    }
                    builder.takes.entry(name).or_insert_with(|| setter_type(f));
                }
            }
            Item::Macro(mac) => {
                if let Some(inv) = OpBuilderInvocation::of(mac) {
                    let builder = out.entry(inv.name.to_string()).or_default();
                    for (setter, ty) in inv.setters() {
                        builder
                            .takes
                            .entry(setter.to_string())
                            .or_insert_with(|| Some(raw(ty)));
                    }
                    builder.send.get_or_insert_with(|| raw(inv.ok()));
                }
            }
            _ => {}
        }
    }
    out
}

/// The type a setter takes: `T` of `V: TryInto<T>` / `Into<T>`, or its argument's type.
fn setter_type(f: &ImplItemFn) -> Option<String> {
    let arg = f.sig.inputs.iter().find_map(|a| match a {
        FnArg::Typed(t) => Some(t),
        FnArg::Receiver(_) => None,
    })?;
    let arg_ty = raw(&arg.ty);
    if let syn::Type::ImplTrait(t) = &*arg.ty {
        return bound_target(t.bounds.iter());
    }
    for g in &f.sig.generics.params {
        if let GenericParam::Type(t) = g
            && t.ident == arg_ty.as_str()
        {
            if let Some(found) = bound_target(t.bounds.iter()) {
                return Some(found);
            }
            for p in f
                .sig
                .generics
                .where_clause
                .iter()
                .flat_map(|w| &w.predicates)
            {
                if let WherePredicate::Type(pt) = p
                    && raw(&pt.bounded_ty) == arg_ty
                    && let Some(found) = bound_target(pt.bounds.iter())
                {
                    return Some(found);
                }
            }
            return None;
        }
    }
    Some(arg_ty)
}

/// `T` of the first `TryInto<T>` or `Into<T>` among `bounds`.
fn bound_target<'b>(mut bounds: impl Iterator<Item = &'b TypeParamBound>) -> Option<String> {
    bounds.find_map(|b| {
        let TypeParamBound::Trait(t) = b else {
            return None;
        };
        let seg = t.path.segments.last()?;
        if seg.ident != "TryInto" && seg.ident != "Into" {
            return None;
        }
        match &seg.arguments {
            syn::PathArguments::AngleBracketed(a) => a.args.first().map(raw),
            _ => None,
        }
    })
}

/// A type or bound as tokens, without spaces (`::std::string::String`).
fn raw(tokens: &impl quote::ToTokens) -> String {
    tokens.to_token_stream().to_string().replace(' ', "")
}

fn is_text(ty: &str) -> bool {
    matches!(
        ty,
        "String" | "::std::string::String" | "std::string::String" | "&str" | "&'astr" | "str"
    )
}

/// A type as the test crate names it.
fn in_test(ty: &str, krate: &str) -> String {
    let ty = ty
        .replace("crate::", &format!("{krate}::"))
        .replace("super::", &format!("{krate}::"));
    let mut out = String::new();
    let mut rest = ty.as_str();
    // `types::X` -> `krate::types::X`, unless already qualified.
    while let Some(i) = rest.find("types::") {
        let before = &rest[..i];
        out.push_str(before);
        if before.ends_with("::") {
            out.push_str("types::");
        } else {
            let _ = write!(out, "{krate}::types::");
        }
        rest = &rest[i + "types::".len()..];
    }
    out.push_str(rest);
    out
}

/// The body of the function of one operation, or why it cannot be derived.
fn call(
    api: &ApiSettings,
    spec: &OpenAPI,
    builders: &HashMap<String, Builder>,
    path_item_params: &[ReferenceOr<Parameter>],
    op: &openapiv3::Operation,
    model: &Operation,
    krate: &str,
) -> Result<String, String> {
    let (method, builder) = (&model.method, &model.builder);
    let Some(found) = builders
        .get(builder)
        .filter(|b| !b.takes.is_empty() || b.send.is_some())
    else {
        return Err(format!("the generated code has no builder `{builder}`"));
    };
    let mut chain = format!("c.{method}()");
    let mut params: Vec<&Parameter> = Vec::new();
    for p in path_item_params.iter().chain(&op.parameters) {
        let p = match p {
            ReferenceOr::Item(p) => p,
            ReferenceOr::Reference { reference } => spec
                .components
                .as_ref()
                .and_then(|c| c.parameters.get(reference.rsplit('/').next()?))
                .and_then(ReferenceOr::as_item)
                .ok_or_else(|| format!("parameter `{reference}` is not defined"))?,
        };
        let data = p.parameter_data_ref();
        params.retain(|q| q.parameter_data_ref().name != data.name);
        params.push(p);
    }
    for p in params {
        let data = p.parameter_data_ref();
        if api.hooks.key_in_path == Some(data.name.as_str()) {
            continue;
        }
        let location = match p {
            Parameter::Path { .. } => "path",
            Parameter::Query { .. } => "query",
            Parameter::Header { .. } => "header",
            Parameter::Cookie { .. } => return Err("cookie parameters are not supported".into()),
        };
        // The builder's setter, and the spec's own name the values are keyed by
        // (normalisation may have renamed the parameter for progenitor).
        let param = model
            .params
            .iter()
            .find(|p| p.rust == progenitor_snake(&data.name))
            .ok_or_else(|| format!("builder `{builder}` has no parameter `{}`", data.name))?;
        let (setter, name) = (&param.rust, &param.wire);
        let ty = found
            .takes
            .get(setter.as_str())
            .ok_or_else(|| format!("builder `{builder}` has no setter `{setter}`"))?
            .clone()
            .ok_or_else(|| format!("the type of `{builder}::{setter}` is not readable"))?;
        if is_text(&ty) {
            let _ = write!(chain, ".{setter}(a.{location}_str({name:?})?)");
        } else {
            let ty = in_test(&ty, krate);
            let _ = write!(chain, ".{setter}(a.{location}::<{ty}>({name:?})?)");
        }
    }
    if op.request_body.is_some() {
        let ty = found
            .takes
            .get("body")
            .ok_or_else(|| format!("builder `{builder}` has no `body`"))?
            .clone()
            .ok_or_else(|| format!("the type of `{builder}::body` is not readable"))?;
        if ty.contains("reqwest") {
            return Err(format!(
                "`{builder}::body` takes raw bytes ({ty}): not covered"
            ));
        }
        let _ = write!(chain, ".body(a.body::<{}>()?)", in_test(&ty, krate));
    }
    let ok = found
        .send_raw
        .clone()
        .or_else(|| found.send.clone())
        .ok_or_else(|| format!("`{builder}::send` returns no `ResponseValue`"))?;
    Ok(if ok.ends_with("ByteStream") {
        format!("Ok(bytes_outcome({chain}.send().await).await)")
    } else {
        format!("Ok(json_outcome({chain}.send().await))")
    })
}

/// Renders `crates/<api>/tests/generated_wire.rs` of one API (with its header).
pub fn render(
    api: &ApiSettings,
    spec: &LoadedSpec,
    file: &syn::File,
    ops: &[Operation],
) -> Result<String, String> {
    let krate = api
        .crate_dir
        .rsplit('/')
        .next()
        .unwrap_or(api.name)
        .replace('-', "_");
    let builders = builders(file);
    let mut functions = String::new();
    let mut table = String::new();
    for (_, item) in spec.openapi.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            let Some(id) = op.operation_id.as_deref() else {
                continue;
            };
            let model = ops
                .iter()
                .find(|o| o.id == id)
                .ok_or_else(|| format!("operation `{id}` is not in the operations model"))?;
            let name = format!("op_{}", model.method.trim_end_matches('_'));
            let body = match call(
                api,
                &spec.openapi,
                &builders,
                &item.parameters,
                op,
                model,
                &krate,
            ) {
                Ok(body) => body,
                Err(why) => {
                    let why = format!("the generated test cannot call it: {why}");
                    format!("let _ = (c, a); Err({why:?}.to_string())")
                }
            };
            // An operation without parameters or body reads nothing from its arguments.
            let reads_args = body.match_indices("a.").any(|(i, _)| {
                !body[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            let args = if reads_args || body.contains("(c, a)") {
                "a"
            } else {
                "_a"
            };
            let _ = writeln!(
                functions,
                "fn {name}<'a>(c: &'a Client, {args}: &'a Args) -> Call<'a> {{ Box::pin(async move {{ {body} }}) }}"
            );
            let _ = writeln!(table, "({id:?}, {name}),");
        }
    }
    let mut outcomes = String::new();
    for f in ["bytes_outcome", "json_outcome"] {
        if functions.contains(&format!("{f}(")) {
            let _ = write!(outcomes, ", {f}");
        }
    }
    let key_in_path = api
        .hooks
        .key_in_path
        .map(|k| format!(".key_in_path({k:?})"))
        .unwrap_or_default();
    let code = format!(
        "//! Every operation of `{spec_path}` on the loopback wire, checked against the spec\n\
         //! by `wire_test_support::spec_wire` (values, request checks and answers all come\n\
         //! from the spec at run time); one function per operation builds its call.\n\
         #[rustfmt::skip]\n\
         mod operations {{\n\
         use {krate}::{{Client, ClientOptions, RetryPolicy}};\n\
         use wire_test_support::spec_wire::{{Args, Call, Harness, Op{outcomes}}};\n\
         const KEY: &str = {KEY:?};\n\
         {functions}\n\
         /// Every operation's function, by operationId.\n\
         const OPERATIONS: &[(&str, Op<Client>)] = &[{table}];\n\
         #[tokio::test]\n\
         async fn every_operation_on_the_wire() {{\n\
             let harness = Harness::start({spec_path:?}, KEY).await{key_in_path};\n\
             let options = ClientOptions::new().base_url(harness.base_url()).retry_policy(RetryPolicy::none());\n\
             let client = Client::with_options(KEY, options).expect(\"the client takes the test key\");\n\
             harness.run(&client, OPERATIONS).await;\n\
         }}\n\
         }}\n",
        spec_path = api.spec,
    );
    let parsed: syn::File = syn::parse_str(&code)
        .map_err(|e| format!("the generated wire test does not parse: {e}"))?;
    Ok(format!(
        "{}{}",
        crate::generate::header(api, spec),
        prettyplease::unparse(&parsed)
    ))
}
