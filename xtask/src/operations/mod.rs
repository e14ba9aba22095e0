//! The operations of one API: one model, built once per spec from the spec and from the
//! syntax tree of the code progenitor generated (after the rewrites), keyed by operationId.
//!
//! The facade, the README's table, the surface snapshot and the request spans' path table
//! read it; nothing reads the generated doc comments or format strings to find an operation.
//! progenitor names an operation's `Client` method after its operationId
//! ([`progenitor_snake`]), so the method is found by name, its builder from its return type,
//! the parameters from the builder's fields and the spec's parameters, and the success and
//! error types from the builder's `send`.

mod pagination;

pub use pagination::{Field, List, OffsetIn, OffsetList, Pagination, TokenList, TokenStyle};

use std::collections::HashMap;

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use syn::{ImplItem, Item};

use crate::normalise::WireName;
use crate::rust_names::progenitor_snake;
use crate::surface::pretty_type;

/// One operation of the spec, as the generated code offers it.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's `operationId`.
    pub id: String,
    /// `GET`, `POST`, ...
    pub verb: String,
    /// The path template (`/customers/{id}`).
    pub path: String,
    /// The generated `Client` method (`get_customer`), also the id progenitor's
    /// `OperationInfo` carries.
    pub method: String,
    /// The builder type (`GetCustomer`).
    pub builder: String,
    /// The builder's parameters in declaration order, the body included.
    pub params: Vec<Param>,
    /// The success type (`Customer`, `()`, `ByteStream`), as a person writes it.
    pub ok: String,
    /// The error body type, as a person writes it.
    pub err: String,
    /// The spec's summary.
    pub summary: Option<String>,
    /// The operation's first tag.
    pub tag: Option<String>,
    /// The security schemes a request may carry (the operation's own `security`, else the
    /// spec's): empty when the operation takes no credential.
    pub security: Vec<String>,
    /// How the operation's list is paged, when it is one.
    pub list: Option<List>,
}

/// One parameter of an operation's builder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The builder's field and setter (`query_id`).
    pub rust: String,
    /// The name on the wire, as the spec writes it (`id`); `body` for the body.
    pub wire: String,
    pub location: Location,
    /// The value's type, as a person writes it (`Option<String>`, `CustomerId`).
    pub ty: String,
}

impl Param {
    /// Whether the builder requires it (its type is not an `Option`).
    pub fn required(&self) -> bool {
        !self.ty.starts_with("Option<")
    }
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
    Body,
}

/// One operation as the spec alone declares it: enough for the request spans' table.
#[derive(Debug, Clone)]
pub struct SpecOperation<'s> {
    /// progenitor's id of the operation: the `Client` method and `OperationInfo::operation_id`.
    pub method: String,
    pub verb: String,
    pub path: &'s str,
    pub operation: &'s openapiv3::Operation,
}

/// Every operation of `spec`, in the spec's order.
pub fn in_spec(spec: &OpenAPI) -> Result<Vec<SpecOperation<'_>>, String> {
    spec.operations()
        .map(|(path, verb, operation)| {
            let verb = verb.to_uppercase();
            let id = operation
                .operation_id
                .as_deref()
                .ok_or_else(|| format!("{verb} {path}: no operationId"))?;
            Ok(SpecOperation {
                method: progenitor_snake(id),
                verb,
                path,
                operation,
            })
        })
        .collect()
}

/// The items of the top-level module `name` of a generated file (none without it).
pub fn find_mod<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|i| match i {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| &items[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

/// Fields (name, pretty type) of struct `name` among `items`.
pub fn struct_fields(items: &[Item], name: &str) -> Option<Vec<(String, String)>> {
    items.iter().find_map(|i| match i {
        Item::Struct(s) if s.ident == name => Some(
            s.fields
                .iter()
                .filter_map(|f| Some((f.ident.as_ref()?.to_string(), pretty_type(&f.ty))))
                .collect(),
        ),
        _ => None,
    })
}

/// Every operation of `spec`, in the spec's order, as `file` (progenitor's output after the
/// rewrites) offers it. `wire_names` are the parameters `normalise` renamed for progenitor.
pub fn build(
    spec: &OpenAPI,
    wire_names: &[WireName],
    file: &syn::File,
) -> Result<Vec<Operation>, String> {
    let types = find_mod(&file.items, "types");
    let builders = find_mod(&file.items, "builder");
    let client_methods: Vec<(String, String)> = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i) if i.trait_.is_none() && pretty_type(&i.self_ty) == "Client" => Some(i),
            _ => None,
        })
        .flat_map(|i| i.items.iter())
        .filter_map(|it| match it {
            ImplItem::Fn(f) => match &f.sig.output {
                syn::ReturnType::Type(_, ret) => Some((f.sig.ident.to_string(), pretty_type(ret))),
                syn::ReturnType::Default => None,
            },
            _ => None,
        })
        .filter_map(|(method, ret)| {
            let builder = ret
                .strip_prefix("builder::")?
                .split('<')
                .next()?
                .to_string();
            Some((method, builder))
        })
        .collect();
    let sends = send_types_by_builder(builders);
    let mut out = Vec::new();
    for op in in_spec(spec)? {
        let SpecOperation {
            method,
            verb,
            path,
            operation,
        } = op;
        let id = operation.operation_id.clone().unwrap_or_default();
        let builder = client_methods
            .iter()
            .find(|(m, _)| *m == method)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| format!("{verb} {path}: progenitor generated no method for it"))?;
        let fields = struct_fields(builders, &builder)
            .ok_or_else(|| format!("{verb} {path}: no builder `{builder}`"))?;
        let spec_params = parameters(spec, path, operation);
        let params = fields
            .into_iter()
            .filter(|(name, _)| name != "client")
            .map(|(rust, ty)| {
                // `Result<T, String>` -> `T`
                let ty = ty
                    .strip_prefix("Result<")
                    .and_then(|t| t.strip_suffix(", String>"))
                    .unwrap_or(&ty)
                    .to_string();
                let found = spec_params
                    .iter()
                    .find(|p| progenitor_snake(&p.parameter_data_ref().name) == rust);
                let (wire, location) = match found {
                    Some(p) => {
                        let name = &p.parameter_data_ref().name;
                        let wire = wire_names
                            .iter()
                            .find(|w| w.operation_id == id && w.renamed == *name)
                            .map_or(name, |w| &w.wire);
                        (wire.clone(), location_of(p))
                    }
                    None if rust == "body" => (rust.clone(), Location::Body),
                    None => {
                        return Err(format!(
                            "{verb} {path}: builder `{builder}` has a field `{rust}` that no \
                             parameter of the spec names"
                        ));
                    }
                };
                Ok(Param {
                    rust,
                    wire,
                    location,
                    ty,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let (ok, err) = sends
            .get(&builder)
            .cloned()
            .ok_or_else(|| format!("{verb} {path}: builder `{builder}` has no `send`"))?;
        let security = operation
            .security
            .as_ref()
            .or(spec.security.as_ref())
            .map(|reqs| {
                let mut names: Vec<String> = Vec::new();
                for name in reqs.iter().flat_map(|r| r.keys()) {
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
                names
            })
            .unwrap_or_default();
        let mut op = Operation {
            id,
            verb,
            path: path.to_string(),
            method,
            builder,
            params,
            ok: pretty_type(&ok),
            err: pretty_type(&err),
            summary: operation.summary.clone(),
            tag: operation.tags.first().cloned(),
            security,
            list: None,
        };
        op.list = pagination::detect(spec, operation, types, &op);
        out.push(op);
    }
    Ok(out)
}

/// The parameters of an operation, its path item's included (references resolved; the
/// operation's own win over the path item's of the same name).
fn parameters<'s>(
    spec: &'s OpenAPI,
    path: &str,
    operation: &'s openapiv3::Operation,
) -> Vec<&'s Parameter> {
    let item_params = spec
        .paths
        .paths
        .get(path)
        .and_then(ReferenceOr::as_item)
        .map(|item| item.parameters.as_slice())
        .unwrap_or(&[]);
    let mut out: Vec<&Parameter> = Vec::new();
    for p in item_params.iter().chain(&operation.parameters) {
        let Some(p) = resolve(spec, p) else { continue };
        out.retain(|q| q.parameter_data_ref().name != p.parameter_data_ref().name);
        out.push(p);
    }
    out
}

/// A parameter, its `$ref` followed into `components/parameters`.
pub fn resolve<'s>(spec: &'s OpenAPI, p: &'s ReferenceOr<Parameter>) -> Option<&'s Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => spec
            .components
            .as_ref()?
            .parameters
            .get(reference.strip_prefix("#/components/parameters/")?)?
            .as_item(),
    }
}

fn location_of(p: &Parameter) -> Location {
    match p {
        Parameter::Path { .. } => Location::Path,
        Parameter::Query { .. } => Location::Query,
        Parameter::Header { .. } => Location::Header,
        Parameter::Cookie { .. } => Location::Cookie,
    }
}

/// The success and error types of each builder's `send`, by builder name (progenitor's
/// signature, kept by `send_raw`: see `rewrite/typed_send.rs`).
fn send_types_by_builder(builders: &[Item]) -> HashMap<String, (syn::Type, syn::Type)> {
    let mut out = HashMap::new();
    for i in builders {
        let Item::Impl(imp) = i else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let found = imp.items.iter().find_map(|it| match it {
            ImplItem::Fn(f) if f.sig.ident == "send_raw" || f.sig.ident == "send" => {
                send_types(&f.sig.output)
            }
            _ => None,
        });
        if let Some(found) = found {
            let name = pretty_type(&imp.self_ty);
            let name = name.split('<').next().unwrap_or_default().to_string();
            out.entry(name).or_insert(found);
        }
    }
    out
}

/// Splits `Result<ResponseValue<T>, Error<E>>` into `(T, E)` tokens.
pub fn send_types(ret: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = ret else {
        return None;
    };
    let syn::Type::Path(p) = &**ty else {
        return None;
    };
    let seg = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut it = args.args.iter().filter_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    let inner_arg = |t: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = t else { return None };
        let seg = p.path.segments.last()?;
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
            return None;
        };
        args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
    };
    let ok = inner_arg(it.next()?)?;
    let err = inner_arg(it.next()?)?;
    Some((ok, err))
}
