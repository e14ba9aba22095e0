//! The spec as progenitor gets it: an in-memory normalisation of the parsed document,
//! applied once, in `spec::load_all`, after the spec passed validation. The file on
//! disk is never changed, and every line number in a message still refers to it.
//!
//! - **Plain string path and header parameters.** typify turns a string parameter with
//!   `minLength`, `maxLength`, `pattern` or `format` into a newtype per operation
//!   (`UpdateAppProjectId`), which has no `Display`, while progenitor formats path and
//!   header values with `Display`: the crate would not compile. Such parameters become
//!   plain strings (inline, through `components/parameters`, or a `$ref` to a component
//!   schema that has no replacement in the settings), so builders take any
//!   `Into<String>`-like value and the path segment is percent-encoded as usual.
//! - **Plain strings in every schema.** typify turns every string schema with `minLength`,
//!   `maxLength` or `pattern` into a newtype that checks the constraint when it is built and
//!   when it is decoded: a server that sends a longer name than its spec allows would make a
//!   whole response fail to decode, and a client that checks a limit the server may relax
//!   tomorrow refuses calls the server would take. The server is the authority on its own
//!   limits (its error comes back typed), so these three keywords are dropped from every
//!   string schema that is not an enum; the spec keeps them, and the wire test still sends
//!   values that fit them. `format` stays (`date-time` is a `chrono` type, not a newtype).
//!   This also removes a type, its check and its conversions per constrained field.
//! - **One wire name in two places.** progenitor keys an operation's parameters by name
//!   alone: a query parameter `id` next to the path parameter `id` replaces it and
//!   progenitor panics ("missing path name mapping id"). The non-path parameter is given
//!   another name (`query_id`), which becomes its Rust name, and `rewrite::restore_wire_names`
//!   puts the original name back where the generated code sends it.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    StringType, Type, VariantOrUnknownOrEmpty,
};

use crate::rust_names::progenitor_snake;
use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;

/// A parameter sent under another name than the one progenitor saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireName {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The name progenitor saw (and made the Rust name of).
    pub renamed: String,
    /// The name on the wire, as the spec writes it.
    pub wire: String,
}

/// Normalises `loaded.openapi` for progenitor (see the module docs) and records the
/// parameters whose wire name must be restored in the generated code.
pub fn apply(mut loaded: LoadedSpec, api: &ApiSettings) -> LoadedSpec {
    let keep: BTreeSet<&str> = api.replacements.iter().map(|r| r.schema).collect();
    plain_parameter_strings(&mut loaded.openapi, &keep);
    unconstrained_strings(&mut loaded.openapi);
    loaded.wire_names = separate_shared_names(&mut loaded.openapi);
    loaded
}

/// Keys under which a schema holds data, not schemas: never rewritten.
const DATA_KEYS: [&str; 4] = ["example", "examples", "default", "enum"];

/// Keys whose value is a map from names to objects (a response named `default`, a
/// property named `example`): every entry is walked.
const NAME_MAPS: [&str; 9] = [
    "properties",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "content",
    "paths",
    "webhooks",
];

/// Drops `minLength`, `maxLength` and `pattern` from every string schema without an enum
/// (see the module docs). The document goes through its YAML form (which keeps the order
/// of every map), where every schema, however nested (properties, items, compositions,
/// parameters, bodies, responses), is a map with `type: string`.
fn unconstrained_strings(spec: &mut OpenAPI) {
    let Ok(mut tree) = serde_yaml::to_value(&*spec) else {
        return;
    };
    if strip_string_limits(&mut tree, false)
        && let Ok(plain) = serde_yaml::from_value(tree)
    {
        *spec = plain;
    }
}

/// Strips the limits below `value`; whether anything changed. `named` says that the keys
/// of `value` are names (of properties, schemas, responses), never keywords.
fn strip_string_limits(value: &mut serde_yaml::Value, named: bool) -> bool {
    use serde_yaml::Value;
    match value {
        Value::Mapping(map) => {
            let mut changed = false;
            if map.get("type").and_then(Value::as_str) == Some("string")
                && !map.contains_key("enum")
            {
                for key in ["minLength", "maxLength", "pattern"] {
                    changed |= map.remove(key).is_some();
                }
            }
            for (key, child) in map.iter_mut() {
                let key = key.as_str().unwrap_or_default();
                if named || !(DATA_KEYS.contains(&key) || key.starts_with("x-")) {
                    changed |= strip_string_limits(child, !named && NAME_MAPS.contains(&key));
                }
            }
            changed
        }
        Value::Sequence(items) => items
            .iter_mut()
            .fold(false, |changed, v| strip_string_limits(v, false) | changed),
        _ => false,
    }
}

/// Every operation of a path item.
fn operations_mut(item: &mut openapiv3::PathItem) -> impl Iterator<Item = &mut Operation> {
    crate::spec::operation_slots_mut(item)
        .into_iter()
        .filter_map(|(_, op)| op.as_mut())
}

/// A string schema with nothing left that makes typify write a newtype.
fn plain(s: &mut StringType) {
    s.min_length = None;
    s.max_length = None;
    s.pattern = None;
    s.format = VariantOrUnknownOrEmpty::Empty;
}

/// Whether `schema` is a string that typify would wrap in a constrained newtype.
fn is_constrained_string(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            s.enumeration.is_empty()
                && (s.min_length.is_some()
                    || s.max_length.is_some()
                    || s.pattern.is_some()
                    || !matches!(s.format, VariantOrUnknownOrEmpty::Empty))
        }
        _ => false,
    }
}

fn plain_parameter(p: &mut Parameter, schemas: &BTreeMap<String, Schema>, keep: &BTreeSet<&str>) {
    let data = match p {
        Parameter::Path { parameter_data, .. } | Parameter::Header { parameter_data, .. } => {
            parameter_data
        }
        _ => return,
    };
    let ParameterSchemaOrContent::Schema(schema) = &mut data.format else {
        return;
    };
    match schema {
        ReferenceOr::Item(s) => {
            if is_constrained_string(s)
                && let SchemaKind::Type(Type::String(st)) = &mut s.schema_kind
            {
                plain(st);
            }
        }
        ReferenceOr::Reference { reference } => {
            let Some(name) = reference.strip_prefix("#/components/schemas/") else {
                return;
            };
            if keep.contains(name) {
                return;
            }
            if let Some(target) = schemas.get(name)
                && is_constrained_string(target)
            {
                let mut inline = target.clone();
                if let SchemaKind::Type(Type::String(st)) = &mut inline.schema_kind {
                    plain(st);
                }
                *schema = ReferenceOr::Item(inline);
            }
        }
    }
}

fn plain_parameter_strings(spec: &mut OpenAPI, keep: &BTreeSet<&str>) {
    // Component schemas a parameter may point at, resolved one level.
    let schemas: BTreeMap<String, Schema> = spec
        .components
        .as_ref()
        .map(|c| {
            c.schemas
                .iter()
                .filter_map(|(n, s)| s.as_item().map(|s| (n.clone(), s.clone())))
                .collect()
        })
        .unwrap_or_default();
    if let Some(components) = &mut spec.components {
        for p in components.parameters.values_mut() {
            if let ReferenceOr::Item(p) = p {
                plain_parameter(p, &schemas, keep);
            }
        }
    }
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for p in &mut item.parameters {
            if let ReferenceOr::Item(p) = p {
                plain_parameter(p, &schemas, keep);
            }
        }
        for op in operations_mut(item) {
            for p in &mut op.parameters {
                if let ReferenceOr::Item(p) = p {
                    plain_parameter(p, &schemas, keep);
                }
            }
        }
    }
}

fn resolve(
    spec_params: &BTreeMap<String, Parameter>,
    p: &ReferenceOr<Parameter>,
) -> Option<Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p.clone()),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/parameters/")
            .and_then(|n| spec_params.get(n))
            .cloned(),
    }
}

fn location(p: &Parameter) -> &'static str {
    match p {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// Renames every operation-level query or header parameter that shares its name with a
/// path parameter of the same operation; returns the renames.
fn separate_shared_names(spec: &mut OpenAPI) -> Vec<WireName> {
    let spec_params: BTreeMap<String, Parameter> = spec
        .components
        .as_ref()
        .map(|c| {
            c.parameters
                .iter()
                .filter_map(|(n, p)| p.as_item().map(|p| (n.clone(), p.clone())))
                .collect()
        })
        .unwrap_or_default();
    let mut renames = Vec::new();
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let level: Vec<Parameter> = item
            .parameters
            .iter()
            .filter_map(|p| resolve(&spec_params, p))
            .collect();
        for op in operations_mut(item) {
            renames.extend(separate_in_operation(op, &level, &spec_params));
        }
    }
    renames
}

fn separate_in_operation(
    op: &mut Operation,
    level: &[Parameter],
    spec_params: &BTreeMap<String, Parameter>,
) -> Vec<WireName> {
    let Some(operation_id) = op.operation_id.clone() else {
        return Vec::new();
    };
    let own: Vec<Option<Parameter>> = op
        .parameters
        .iter()
        .map(|p| resolve(spec_params, p))
        .collect();
    let all = || level.iter().chain(own.iter().flatten());
    let path_names: BTreeSet<String> = all()
        .filter(|p| matches!(p, Parameter::Path { .. }))
        .map(|p| p.parameter_data_ref().name.clone())
        .collect();
    let mut taken: BTreeSet<String> = all()
        .map(|p| progenitor_snake(&p.parameter_data_ref().name))
        .collect();
    let mut renames = Vec::new();
    for (slot, resolved) in op.parameters.iter_mut().zip(own) {
        let Some(mut p) = resolved else { continue };
        let wire = p.parameter_data_ref().name.clone();
        if matches!(p, Parameter::Path { .. }) || !path_names.contains(&wire) {
            continue;
        }
        let base = format!("{}_{wire}", location(&p));
        let mut renamed = base.clone();
        let mut n = 2;
        while taken.contains(&progenitor_snake(&renamed)) {
            renamed = format!("{base}_{n}");
            n += 1;
        }
        taken.insert(progenitor_snake(&renamed));
        match &mut p {
            Parameter::Path { parameter_data, .. }
            | Parameter::Query { parameter_data, .. }
            | Parameter::Header { parameter_data, .. }
            | Parameter::Cookie { parameter_data, .. } => parameter_data.name = renamed.clone(),
        }
        *slot = ReferenceOr::Item(p);
        renames.push(WireName {
            operation_id: operation_id.clone(),
            renamed,
            wire,
        });
    }
    renames
}
