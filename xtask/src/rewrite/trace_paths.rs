//! `trace_paths`: what a request span names the path by.
//!
//! A span must never hold a concrete URL: the Analytics project key travels in the path.
//! progenitor's `OperationInfo` carries only the operation id, so this pass records the
//! spec's path template of every operation in a generated lookup table,
//! `OPERATION_PATHS: &[(operation id, method, path template)]` (sorted by id), and wraps the
//! body of the generated `ClientHooks::exec` so that every request runs inside
//! `client_core::trace::request_span(OPERATION_PATHS, info, method)`. Without the
//! `tracing` feature of `client_core` the span is a zero-sized no-op.
//!
//! The table is matched from the generated code to the spec: each builder's `send_raw`
//! names its operation id, its HTTP method and its URL format string (`"{}/customers/{}"`),
//! which is the spec's path with every `{parameter}` turned into `{}`.

use regex::Regex;
use syn::{Item, parse_quote};

/// One operation: progenitor's id, the HTTP method, the spec's path template.
pub type OperationPath = (String, String, String);

/// The operations of the generated code, with the spec's path template of each.
pub fn operation_paths(
    file: &syn::File,
    spec: &openapiv3::OpenAPI,
) -> Result<Vec<OperationPath>, String> {
    let id_re = Regex::new(r#"operation_id : "([^"]+)""#).expect("valid regex");
    let url_re = Regex::new(r#"format ! \("\{\}([^"]*)""#).expect("valid regex");
    let method_re = Regex::new(r"\. client \. (get|put|post|delete|options|head|patch|trace) \(")
        .expect("valid regex");
    let param_re = Regex::new(r"\{[^}]*\}").expect("valid regex");
    let mut table = Vec::new();
    let Some(builder) = file.items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    }) else {
        return Ok(table);
    };
    for item in builder {
        let Item::Impl(i) = item else { continue };
        for f in &i.items {
            let syn::ImplItem::Fn(f) = f else { continue };
            if f.sig.ident != "send_raw" {
                continue;
            }
            let body = quote::ToTokens::to_token_stream(&f.block).to_string();
            let (Some(id), Some(url), Some(method)) = (
                id_re.captures(&body),
                url_re.captures(&body),
                method_re.captures(&body),
            ) else {
                return Err(format!(
                    "a generated `send_raw` does not name its operation, URL and method: {}",
                    quote::ToTokens::to_token_stream(&i.self_ty)
                ));
            };
            let (id, shape, method) = (&id[1], &url[1], &method[1]);
            let templates: Vec<&str> = spec
                .operations()
                .filter(|(path, m, _)| *m == method && param_re.replace_all(path, "{}") == shape)
                .map(|(path, _, _)| path)
                .collect();
            match templates.as_slice() {
                [path] => table.push((id.to_string(), method.to_uppercase(), path.to_string())),
                _ => {
                    return Err(format!(
                        "operation `{id}` ({method} {shape}) matches {} spec paths",
                        templates.len()
                    ));
                }
            }
        }
    }
    table.sort();
    Ok(table)
}

/// Adds the `OPERATION_PATHS` table and runs `exec` inside the request span.
pub fn apply(file: &mut syn::File, input: &super::Input<'_>) -> Result<(), String> {
    let table = operation_paths(file, &input.spec.openapi)?;
    let rows = table
        .iter()
        .map(|(id, method, path)| quote::quote!((#id, #method, #path)));
    file.items.push(parse_quote! {
        /// The spec's path template of each operation, for the request span (a concrete
        /// path may hold a secret): (operation id, method, template), sorted by id.
        const OPERATION_PATHS: &[(&str, &str, &str)] = &[#(#rows),*];
    });
    let mut wrapped = false;
    for item in &mut file.items {
        let Item::Impl(i) = item else { continue };
        let is_hooks = i
            .trait_
            .as_ref()
            .and_then(|(p, _)| p.segments.last())
            .is_some_and(|s| s.ident == "ClientHooks");
        if !is_hooks {
            continue;
        }
        for f in &mut i.items {
            if let syn::ImplItem::Fn(f) = f
                && f.sig.ident == "exec"
            {
                // `fn exec(..) -> impl Future { future }` (see `runtime_hooks.rs`): the
                // span wraps the future.
                let (None, [syn::Stmt::Expr(future, None)]) =
                    (f.sig.asyncness, f.block.stmts.as_slice())
                else {
                    return Err("`exec` must be a plain fn returning one future".into());
                };
                f.block = parse_quote!({
                    let span = client_core::trace::request_span(OPERATION_PATHS, info, request.method());
                    client_core::trace::in_span(span, #future)
                });
                wrapped = true;
            }
        }
    }
    if wrapped {
        Ok(())
    } else {
        Err("the generated code has no `ClientHooks::exec` to trace".into())
    }
}
