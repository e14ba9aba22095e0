//! What must never reach progenitor: spec shapes that make it write a crate that does not
//! compile, or one that compiles but can never send or decode what the spec says.
//!
//! progenitor-impl 0.15.1 and typify 0.8 turn names into Rust identifiers on their own
//! (snake_case for methods, arguments and fields, a trailing `_` for keywords) and do not
//! check that two names stay distinct afterwards. They also trust the path template and
//! the schema graph. Every check here runs before generation; each finding names the spec
//! file, the operation or schema and property, and the line of the spec text.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use openapiv3::{
    OpenAPI, Operation, Parameter, ReferenceOr, Schema, SchemaKind, Type as SchemaType,
};

use crate::problem::Problem;
use crate::rust_names::{progenitor_pascal, progenitor_snake, typify_snake};
use crate::spec::{LoadedSpec, Source, operation_slots};

/// Every problem of the spec, in a stable order (references, object enums, operations,
/// then schemas).
pub fn check(spec: &LoadedSpec) -> Vec<Problem> {
    let source = &spec.source;
    let mut problems = dangling_refs(source);
    problems.extend(object_enums(source));
    let mut v = Validator {
        source,
        spec: &spec.openapi,
        problems,
    };
    v.operations();
    v.schema_names();
    v.property_names();
    v.unfillable_schemas();
    v.problems
}

/// Every `$ref` that does not point at something in the document: progenitor would stop
/// with an error that names neither the reference nor its place.
pub fn dangling_refs(source: &Source) -> Vec<Problem> {
    let root = &source.tree;
    let mut problems = Vec::new();
    // (node, its place as messages write it, its steps for the line index)
    let mut stack = vec![(root, String::new(), Vec::<String>::new())];
    while let Some((node, place, steps)) = stack.pop() {
        let step = |steps: &Vec<String>, s: String| {
            let mut steps = steps.clone();
            steps.push(s);
            steps
        };
        match node {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(r)) = map.get("$ref") {
                    let message = match r.strip_prefix('#') {
                        Some(pointer) if root.pointer(pointer).is_some() => None,
                        Some(_) => Some(format!("`$ref: {r}` points at nothing in this document")),
                        None => Some(format!(
                            "`$ref: {r}` points outside this document; the generator reads \
                             one file: move the definition into components"
                        )),
                    };
                    if let Some(message) = message {
                        let at = step(&steps, "$ref".into());
                        let at: Vec<&str> = at.iter().map(String::as_str).collect();
                        let line = source.lines.nearest_line(&at);
                        problems.push(source.problem(line, format!("at `{place}`"), message));
                    }
                }
                for (key, child) in map.iter().rev() {
                    // Examples, defaults, enums and extensions are data, not spec.
                    let data = ["example", "examples", "default", "enum"].contains(&key.as_str())
                        || key.starts_with("x-");
                    if !data {
                        let place = if place.is_empty() {
                            key.clone()
                        } else {
                            format!("{place}.{key}")
                        };
                        stack.push((child, place, step(&steps, key.clone())));
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate().rev() {
                    stack.push((child, format!("{place}[{i}]"), step(&steps, i.to_string())));
                }
            }
            _ => {}
        }
    }
    problems
}

/// An operationId for an operation that has none: `POST /usage-records/search` ->
/// `postUsageRecordsSearch`.
fn suggested_operation_id(method: &str, path: &str) -> String {
    use heck::ToLowerCamelCase;
    let words: Vec<&str> = path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!("{method} {}", words.join(" ")).to_lower_camel_case()
}

/// Schemas of `type: object` that list an `enum` of strings: typify rejects the whole
/// spec ("value does not conform to the given schema") without saying where.
pub fn object_enums(source: &Source) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(schemas) = source
        .tree
        .pointer("/components/schemas")
        .and_then(|s| s.as_object())
    else {
        return problems;
    };
    for (name, schema) in schemas {
        let steps = vec!["components", "schemas", name.as_str()];
        let mut stack = vec![(schema, name.clone(), steps)];
        while let Some((node, place, steps)) = stack.pop() {
            let Some(map) = node.as_object() else {
                continue;
            };
            let is_object = map.get("type").and_then(|t| t.as_str()) == Some("object");
            let string_enum = map
                .get("enum")
                .and_then(|e| e.as_array())
                .is_some_and(|e| !e.is_empty() && e.iter().all(|v| v.is_string() || v.is_null()));
            if is_object && string_enum {
                let at = [steps.as_slice(), &["enum"]].concat();
                problems.push(
                    source.problem(
                        source.lines.nearest_line(&at),
                        format!("schema `{place}`"),
                        "is `type: object` with an `enum` of strings: the generator \
                     rejects it; make it `type: string`"
                            .into(),
                    ),
                );
            }
            if let Some(props) = map.get("properties").and_then(|p| p.as_object()) {
                for (prop, child) in props {
                    let at = [steps.as_slice(), &["properties", prop.as_str()]].concat();
                    stack.push((child, format!("{place}.{prop}"), at));
                }
            }
            if let Some(items) = map.get("items") {
                let at = [steps.as_slice(), &["items"]].concat();
                stack.push((items, format!("{place}.items"), at));
            }
        }
    }
    problems
}

const SCHEMA_PREFIX: &str = "#/components/schemas/";

struct Validator<'a> {
    source: &'a Source,
    spec: &'a OpenAPI,
    problems: Vec<Problem>,
}

/// One operation as the spec holds it.
struct Op<'a> {
    path: &'a str,
    method: &'static str,
    op: &'a Operation,
    path_params: &'a [ReferenceOr<Parameter>],
}

impl Op<'_> {
    fn label(&self) -> String {
        let route = format!("{} {}", self.method.to_uppercase(), self.path);
        match &self.op.operation_id {
            Some(id) => format!("operation `{id}` ({route})"),
            None => format!("operation {route}"),
        }
    }
}

impl<'a> Validator<'a> {
    fn push(&mut self, line: Option<usize>, place: String, message: String) {
        self.problems
            .push(self.source.problem(line, place, message));
    }

    fn ops(&self) -> Vec<Op<'a>> {
        let mut ops = Vec::new();
        for (path, item) in self.spec.paths.iter() {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in operation_slots(item) {
                if let Some(op) = op {
                    ops.push(Op {
                        path,
                        method,
                        op,
                        path_params: &item.parameters,
                    });
                }
            }
        }
        ops
    }

    /// The line of an operation: its method key under its path key (or the path key).
    fn op_line(&self, op: &Op<'_>) -> Option<usize> {
        let lines = &self.source.lines;
        lines
            .line_of(&["paths", op.path])
            .and(lines.nearest_line(&["paths", op.path, op.method]))
    }

    /// The line of a component schema, or of a place inside it.
    fn schema_line(&self, name: &str, inside: &[&str]) -> Option<usize> {
        let at = [&["components", "schemas", name][..], inside].concat();
        self.source.lines.nearest_line(&at)
    }

    fn operations(&mut self) {
        let ops = self.ops();
        // operationIds: present, unique, and unique once progenitor has made methods of them.
        let mut by_method: BTreeMap<String, Vec<&Op<'_>>> = BTreeMap::new();
        for op in &ops {
            match &op.op.operation_id {
                None => {
                    let line = self.op_line(op);
                    self.push(
                        line,
                        op.label(),
                        format!(
                            "has no operationId; progenitor needs one to name the method: \
                             add one, e.g. `operationId: {}`",
                            suggested_operation_id(op.method, op.path)
                        ),
                    );
                }
                Some(id) => by_method.entry(progenitor_snake(id)).or_default().push(op),
            }
        }
        for (method, group) in &by_method {
            if group.len() < 2 {
                continue;
            }
            let first = group[0];
            let first_id = first.op.operation_id.as_deref().unwrap_or_default();
            for other in &group[1..] {
                let id = other.op.operation_id.as_deref().unwrap_or_default();
                let line = self.op_line(other);
                let first_line = self
                    .op_line(first)
                    .map(|l| format!(", line {l}"))
                    .unwrap_or_default();
                let message = if id == first_id {
                    format!(
                        "duplicate operationId `{id}`: also used by {}{first_line}",
                        first.label()
                    )
                } else {
                    format!(
                        "operationId `{id}` and `{first_id}` of {}{first_line} both become \
                         the method `{method}`; rename one",
                        first.label()
                    )
                };
                self.push(line, other.label(), message);
            }
        }
        for op in &ops {
            self.parameters(op);
        }
    }

    fn resolve_param(&self, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/")?;
                match self.spec.components.as_ref()?.parameters.get(name)? {
                    ReferenceOr::Item(p) => Some(p),
                    ReferenceOr::Reference { .. } => None,
                }
            }
        }
    }

    fn parameters(&mut self, op: &Op<'a>) {
        // The operation's parameters override the path's of the same name and location.
        // A query or header parameter of the operation that shares its name with a path
        // parameter is renamed for progenitor by `normalise` (its wire name stays).
        let mut params: Vec<&Parameter> = Vec::new();
        let own: Vec<&Parameter> = op
            .op
            .parameters
            .iter()
            .filter_map(|p| self.resolve_param(p))
            .collect();
        for p in op.path_params.iter().chain(op.op.parameters.iter()) {
            let Some(p) = self.resolve_param(p) else {
                continue;
            };
            let name = &p.parameter_data_ref().name;
            params.retain(|q| {
                &q.parameter_data_ref().name != name
                    || std::mem::discriminant(*q) != std::mem::discriminant(p)
            });
            params.push(p);
        }
        let path_names: BTreeSet<&str> = params
            .iter()
            .filter(|p| matches!(p, Parameter::Path { .. }))
            .map(|p| p.parameter_data_ref().name.as_str())
            .collect();
        let renamed = |p: &Parameter| {
            !matches!(p, Parameter::Path { .. })
                && path_names.contains(p.parameter_data_ref().name.as_str())
                && own.iter().any(|o| std::ptr::eq(*o, p))
        };
        let op_line = self.op_line(op);
        let lines = &self.source.lines;
        let param_line = |name: &str| {
            lines
                .value_line("name", name, op_line)
                .or_else(|| lines.value_line("name", name, None))
                .or(op_line)
        };

        // Two parameters that progenitor turns into one argument name.
        let mut by_arg: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for p in params.iter().filter(|p| !renamed(p)) {
            let name = p.parameter_data_ref().name.as_str();
            by_arg.entry(progenitor_snake(name)).or_default().push(name);
        }
        for (arg, names) in &by_arg {
            if names.len() > 1 {
                let line = param_line(names[1]);
                self.push(
                    line,
                    format!("{}, parameter `{}`", op.label(), names[1]),
                    format!(
                        "parameters {} all become the argument `{arg}`; the generated code \
                         would not compile; rename one",
                        names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                );
            }
        }

        // The path template and the declared path parameters must match.
        let template: BTreeSet<&str> = template_names(op.path).collect();
        let declared: BTreeSet<&str> = params
            .iter()
            .filter(|p| matches!(p, Parameter::Path { .. }))
            .map(|p| p.parameter_data_ref().name.as_str())
            .collect();
        for name in declared.difference(&template) {
            let line = param_line(name);
            self.push(
                line,
                format!("{}, path parameter `{name}`", op.label()),
                format!(
                    "is declared but the path `{}` has no `{{{name}}}`: its value would never \
                     be sent",
                    op.path
                ),
            );
        }
        for name in template.difference(&declared) {
            self.push(
                op_line,
                format!("{}, path parameter `{name}`", op.label()),
                format!("`{{{name}}}` is in the path but no path parameter `{name}` is declared"),
            );
        }
    }

    /// Component schemas that typify turns into one type name (`types.Plan` and
    /// `TypesPlan` both become `TypesPlan`).
    fn schema_names(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        let mut by_type: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for name in components.schemas.keys() {
            by_type
                .entry(progenitor_pascal(name))
                .or_default()
                .push(name.as_str());
        }
        for (rust, names) in &by_type {
            if names.len() > 1 {
                let line = self.schema_line(names[1], &[]);
                self.push(
                    line,
                    format!("schema `{}`", names[1]),
                    format!(
                        "schemas {} all become the type `{rust}`; the generated code would \
                         not compile; rename one",
                        names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                );
            }
        }
    }

    /// Properties of one object schema that typify turns into one field name.
    fn property_names(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for (name, schema) in &components.schemas {
            if let ReferenceOr::Item(schema) = schema {
                self.properties_of(schema, name, &["components", "schemas", name.as_str()]);
            }
        }
    }

    /// Properties of `schema` (at `place`, written at `steps` of the file) that collide as
    /// fields, nested schemas included. A line is looked up only when there is a problem to
    /// place (a lookup per schema would scan the file once per schema, quadratic in the size
    /// of the spec).
    fn properties_of(&mut self, schema: &Schema, place: &str, steps: &[&str]) {
        let inside = |more: &[&str]| -> Vec<String> {
            steps.iter().chain(more).map(|s| s.to_string()).collect()
        };
        let (props, nested): (_, Vec<(String, Vec<String>, &Schema)>) = match &schema.schema_kind {
            SchemaKind::Type(SchemaType::Object(o)) => (Some(&o.properties), Vec::new()),
            SchemaKind::Type(SchemaType::Array(a)) => {
                let items = match &a.items {
                    Some(ReferenceOr::Item(s)) => {
                        vec![(format!("{place}.items"), inside(&["items"]), &**s)]
                    }
                    _ => Vec::new(),
                };
                (None, items)
            }
            SchemaKind::Any(a) => (Some(&a.properties), Vec::new()),
            SchemaKind::AllOf { all_of: v }
            | SchemaKind::OneOf { one_of: v }
            | SchemaKind::AnyOf { any_of: v } => {
                let keyword = match &schema.schema_kind {
                    SchemaKind::AllOf { .. } => "allOf",
                    SchemaKind::OneOf { .. } => "oneOf",
                    _ => "anyOf",
                };
                (
                    None,
                    v.iter()
                        .enumerate()
                        .filter_map(|(i, s)| match s {
                            ReferenceOr::Item(s) => Some((
                                format!("{place}[{i}]"),
                                inside(&[keyword, &i.to_string()]),
                                s,
                            )),
                            ReferenceOr::Reference { .. } => None,
                        })
                        .collect(),
                )
            }
            _ => (None, Vec::new()),
        };
        let mut nested = nested;
        if let Some(props) = props {
            let mut by_field: BTreeMap<String, Vec<&str>> = BTreeMap::new();
            for (prop, value) in props {
                by_field
                    .entry(typify_snake(prop))
                    .or_default()
                    .push(prop.as_str());
                if let ReferenceOr::Item(s) = value {
                    nested.push((
                        format!("{place}.{prop}"),
                        inside(&["properties", prop]),
                        &**s,
                    ));
                }
            }
            for (field, names) in &by_field {
                if names.len() > 1 {
                    let at = inside(&["properties", names[1]]);
                    let at: Vec<&str> = at.iter().map(String::as_str).collect();
                    let prop_line = self.source.lines.nearest_line(&at);
                    self.push(
                        prop_line,
                        format!("schema `{place}`, property `{}`", names[1]),
                        format!(
                            "properties {} all become the field `{field}`; the generated \
                             struct would not compile; rename one",
                            names
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(" and ")
                        ),
                    );
                }
            }
        }
        for (inner_place, inner_steps, inner) in nested {
            let inner_steps: Vec<&str> = inner_steps.iter().map(String::as_str).collect();
            self.properties_of(inner, &inner_place, &inner_steps);
        }
    }

    /// Component schemas that no JSON value can fill: every path through them leads back
    /// to themselves through required, non-nullable links.
    fn unfillable_schemas(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        let schemas = &components.schemas;
        let mut fillable: HashSet<&str> = HashSet::new();
        loop {
            let before = fillable.len();
            for (name, schema) in schemas {
                if !fillable.contains(name.as_str()) && node_fills(Node::from(schema), &fillable) {
                    fillable.insert(name);
                }
            }
            if fillable.len() == before {
                break;
            }
        }
        for name in schemas.keys() {
            if fillable.contains(name.as_str()) {
                continue;
            }
            // Follow the first blocking link of each schema until a schema repeats.
            let mut chain = vec![name.clone()];
            let mut seen = BTreeSet::from([name.clone()]);
            let mut first_link = None;
            let mut current = name.clone();
            while let Some((link, target)) = schemas
                .get(&current)
                .and_then(|s| blocking_link(Node::from(s), &fillable))
            {
                if first_link.is_none() {
                    first_link = Some(link.clone());
                }
                chain.push(format!("{link} -> {target}"));
                if !seen.insert(target.clone()) {
                    break;
                }
                current = target;
            }
            let (place, line) = match &first_link {
                Some(link) if !link.starts_with("allOf") && !link.starts_with("oneOf") => {
                    let prop = link.split('.').next().unwrap_or(link);
                    (
                        format!("schema `{name}`, property `{prop}`"),
                        self.schema_line(name, &["properties", prop]),
                    )
                }
                _ => (format!("schema `{name}`"), self.schema_line(name, &[])),
            };
            self.push(
                line,
                place,
                format!(
                    "contains itself with no optional link ({}): no JSON value can fill this \
                     type; make one property optional or nullable",
                    chain.join(", ")
                ),
            );
        }
    }
}

/// `{id}` and `{name}` in `/a/{id}/b/{name}`.
fn template_names(path: &str) -> impl Iterator<Item = &str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// A schema or a reference to one, boxed or not.
#[derive(Clone, Copy)]
enum Node<'a> {
    Ref(&'a str),
    Schema(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for Node<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(s) => Node::Schema(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for Node<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(s) => Node::Schema(s),
        }
    }
}

/// The links a value of the schema cannot do without, grouped: every group must be
/// fillable, and within a group one member is enough.
/// (link label, node) pairs; `all` are all needed, `any` need one (if non-empty).
struct Needs<'a> {
    all: Vec<(String, Node<'a>)>,
    any: Vec<(String, Node<'a>)>,
}

fn needs<'a>(schema: &'a Schema) -> Needs<'a> {
    let mut n = Needs {
        all: Vec::new(),
        any: Vec::new(),
    };
    if schema.schema_data.nullable {
        return n;
    }
    let list = |v: &'a [ReferenceOr<Schema>], kw: &str| {
        v.iter()
            .enumerate()
            .map(|(i, s)| (format!("{kw}[{i}]"), Node::from(s)))
            .collect::<Vec<_>>()
    };
    match &schema.schema_kind {
        SchemaKind::Type(SchemaType::Object(o)) => required_of(&mut n, &o.properties, &o.required),
        SchemaKind::Type(SchemaType::Array(a)) => {
            if a.min_items.unwrap_or(0) > 0
                && let Some(items) = &a.items
            {
                n.all.push(("items".into(), Node::from(items)));
            }
        }
        SchemaKind::AllOf { all_of } => n.all.extend(list(all_of, "allOf")),
        SchemaKind::OneOf { one_of } => n.any.extend(list(one_of, "oneOf")),
        SchemaKind::AnyOf { any_of } => n.any.extend(list(any_of, "anyOf")),
        SchemaKind::Any(a) => {
            required_of(&mut n, &a.properties, &a.required);
            n.all.extend(list(&a.all_of, "allOf"));
            if !a.one_of.is_empty() {
                n.any.extend(list(&a.one_of, "oneOf"));
            } else {
                n.any.extend(list(&a.any_of, "anyOf"));
            }
        }
        _ => {}
    }
    n
}

fn required_of<'a>(
    n: &mut Needs<'a>,
    props: &'a indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: &'a [String],
) {
    for r in required {
        if let Some(p) = props.get(r) {
            n.all.push((r.clone(), Node::from(p)));
        }
    }
}

fn node_fills(node: Node<'_>, fillable: &HashSet<&str>) -> bool {
    match node {
        Node::Ref(r) => match r.strip_prefix(SCHEMA_PREFIX) {
            Some(name) => fillable.contains(name),
            // Not a local schema: not ours to judge.
            None => true,
        },
        Node::Schema(s) => {
            let n = needs(s);
            n.all.iter().all(|(_, c)| node_fills(*c, fillable))
                && (n.any.is_empty() || n.any.iter().any(|(_, c)| node_fills(*c, fillable)))
        }
    }
}

/// The first needed link that cannot be filled, as (label, component it leads to).
fn blocking_link(node: Node<'_>, fillable: &HashSet<&str>) -> Option<(String, String)> {
    match node {
        Node::Ref(r) => {
            let name = r.strip_prefix(SCHEMA_PREFIX)?;
            (!fillable.contains(name)).then(|| (String::new(), name.to_string()))
        }
        Node::Schema(s) => {
            let n = needs(s);
            let candidates =
                n.all
                    .iter()
                    .chain(n.any.iter().take(if n.any.is_empty() { 0 } else { 1 }));
            for (label, child) in candidates {
                if node_fills(*child, fillable) {
                    continue;
                }
                if let Some((inner, target)) = blocking_link(*child, fillable) {
                    let label = if inner.is_empty() {
                        label.clone()
                    } else {
                        format!("{label}.{inner}")
                    };
                    return Some((label, target));
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_are_read_from_braces() {
        let names: Vec<_> = template_names("/a/{id}/b/{name}.json").collect();
        assert_eq!(names, ["id", "name"]);
    }
}
