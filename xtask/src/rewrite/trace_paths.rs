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
//! The table is the spec's operations (`operations::in_spec`): progenitor's operation id
//! (what `OperationInfo` carries, the `Client` method's name), the method and the path.

use syn::{Item, parse_quote};

/// One operation: progenitor's id, the HTTP method, the spec's path template.
pub type OperationPath = (String, String, String);

/// The spec's operations with their path templates, sorted by id.
pub fn operation_paths(spec: &openapiv3::OpenAPI) -> Result<Vec<OperationPath>, String> {
    let mut table: Vec<OperationPath> = crate::operations::in_spec(spec)?
        .into_iter()
        .map(|op| (op.method, op.verb, op.path.to_string()))
        .collect();
    table.sort();
    Ok(table)
}

/// Adds the `OPERATION_PATHS` table and runs `exec` inside the request span.
pub fn apply(file: &mut syn::File, input: &super::Input<'_>) -> Result<(), String> {
    let table = operation_paths(&input.spec.openapi)?;
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
