//! What must never reach progenitor: spec shapes that make it write a crate that does not
//! compile, or one that compiles but can never send or decode what the spec says.
//!
//! progenitor-impl 0.15.1 and typify 0.8 turn names into Rust identifiers on their own
//! (snake_case for methods, arguments and fields, a trailing `_` for keywords) and do not
//! check that two names stay distinct afterwards. They also trust the path template and
//! the schema graph. Every check here runs before generation; each finding names the spec
//! file, the operation or schema and property, and the line of the spec text.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::path::Path;

use openapiv3::{
    OpenAPI, Operation, Parameter, ReferenceOr, Schema, SchemaKind, Type as SchemaType,
};

use crate::settings::ApiSettings;
use crate::spec::{self, LoadedSpec};

/// One reason the spec cannot be generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The spec as named in messages (`specs/flexprice.yaml`).
    pub file: String,
    /// 1-based line in the spec text, when one can be found.
    pub line: Option<usize>,
    /// The operation, schema or property, e.g. ``operation `getCustomer` (GET /customers/{id})``.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}: {}", self.place, self.message)
    }
}

/// Every problem of the spec, in a stable order (operations, then schemas).
pub fn validate(file: &str, text: &str, spec: &OpenAPI) -> Vec<Problem> {
    let lines = Lines::new(text);
    let mut v = Validator {
        file,
        lines: &lines,
        spec,
        problems: Vec::new(),
    };
    v.operations();
    v.property_names();
    v.unfillable_schemas();
    v.problems
}

/// Reads and validates the spec of every API; returns them in order, or every error of
/// every spec (each naming its file) and nothing else.
pub fn load_all(root: &Path, apis: &[ApiSettings]) -> Result<Vec<LoadedSpec>, Vec<String>> {
    let mut specs = Vec::new();
    let mut errors = Vec::new();
    // One thread per spec; the results are taken in order, so errors read as they would
    // from a sequential run.
    let checked: Vec<Result<LoadedSpec, Vec<String>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = apis
            .iter()
            .map(|api| scope.spawn(move || load_one(root, api)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("validating a spec does not panic"))
            .collect()
    });
    for result in checked {
        match result {
            Ok(loaded) => specs.push(loaded),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(specs)
    } else {
        Err(errors)
    }
}

/// Reads and validates one spec: the spec, or every error found in it.
fn load_one(root: &Path, api: &ApiSettings) -> Result<LoadedSpec, Vec<String>> {
    let full = root.join(api.spec);
    let loaded = spec::load(&full, api.spec).map_err(|e| vec![e.to_string()])?;
    let text = &loaded.text;
    let mut problems = dangling_refs(api.spec, text, &loaded.value);
    problems.extend(validate(api.spec, text, &loaded.openapi));
    if problems.is_empty() {
        // What progenitor gets from here on is the normalised spec.
        Ok(crate::normalise::apply(loaded, api))
    } else {
        Err(problems.iter().map(Problem::to_string).collect())
    }
}

/// Every `$ref` that does not point at something in the document: progenitor would stop
/// with an error that names neither the reference nor its place.
pub fn dangling_refs(file: &str, text: &str, root: &serde_json::Value) -> Vec<Problem> {
    let lines = Lines::new(text);
    let mut problems = Vec::new();
    let mut stack = vec![(root, String::new())];
    while let Some((node, place)) = stack.pop() {
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
                        problems.push(Problem {
                            file: file.to_string(),
                            line: lines.value_line("$ref", r, None),
                            place: format!("at `{place}`"),
                            message,
                        });
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
                        stack.push((child, place));
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate().rev() {
                    stack.push((child, format!("{place}[{i}]")));
                }
            }
            _ => {}
        }
    }
    problems
}

/// progenitor-impl 0.15.1's `sanitize`: how an operationId becomes a method and an
/// argument name becomes a Rust argument (`filter[x][]` -> `filter_x`).
pub fn progenitor_snake(input: &str) -> String {
    sanitize(input, "_")
}

/// progenitor-impl 0.15.1's `sanitize` in Pascal case: how an operationId becomes the
/// name of its builder (`getCustomer` -> `GetCustomer`).
pub fn progenitor_pascal(input: &str) -> String {
    use heck::ToPascalCase;
    let out = input
        .replace('\'', "")
        .replace(|c: char| !unicode_ident::is_xid_continue(c), "-")
        .to_pascal_case();
    let out = match out.chars().next() {
        None => "X".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("_{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// typify 0.8's `sanitize`: how a property name becomes a struct field (`Self` -> `self_`).
pub fn typify_snake(input: &str) -> String {
    sanitize(input, "x")
}

fn sanitize(input: &str, prefix: &str) -> String {
    use heck::ToSnakeCase;
    let out = match input {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => input
            .replace('\'', "")
            .replace(|c: char| !unicode_ident::is_xid_continue(c), "-")
            .to_snake_case(),
    };
    let out = match out.chars().next() {
        None => "x".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("{prefix}{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// The words typify and progenitor refuse as identifiers (and suffix with `_`).
fn is_keyword(ident: &str) -> bool {
    matches!(
        ident,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

const SCHEMA_PREFIX: &str = "#/components/schemas/";

struct Validator<'a> {
    file: &'a str,
    lines: &'a Lines<'a>,
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
        self.problems.push(Problem {
            file: self.file.to_string(),
            line,
            place,
            message,
        });
    }

    fn ops(&self) -> Vec<Op<'a>> {
        let mut ops = Vec::new();
        for (path, item) in self.spec.paths.iter() {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for method in METHODS {
                let op = match *method {
                    "get" => &item.get,
                    "put" => &item.put,
                    "post" => &item.post,
                    "delete" => &item.delete,
                    "options" => &item.options,
                    "head" => &item.head,
                    "patch" => &item.patch,
                    _ => &item.trace,
                };
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

    /// The line of an operation: its method key under its path key.
    fn op_line(&self, op: &Op<'_>) -> Option<usize> {
        let paths = self.lines.key_line("paths", None);
        let path = self.lines.key_line(op.path, paths)?;
        self.lines.key_line(op.method, Some(path)).or(Some(path))
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
                        "has no operationId; progenitor needs one to name the method".into(),
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
        let param_line = |lines: &Lines<'_>, name: &str| {
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
                let line = param_line(self.lines, names[1]);
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
            let line = param_line(self.lines, name);
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

    /// Properties of one object schema that typify turns into one field name.
    fn property_names(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for (name, schema) in &components.schemas {
            if let ReferenceOr::Item(schema) = schema {
                self.properties_of(schema, name, name);
            }
        }
    }

    /// Properties of `schema` (at `place`) that collide as fields, nested schemas included.
    /// `component` is the schema's name under `components.schemas`: its line is looked up
    /// only when there is a problem to place (a lookup per schema would scan the file once
    /// per schema, quadratic in the size of the spec).
    fn properties_of(&mut self, schema: &Schema, place: &str, component: &str) {
        let (props, nested): (_, Vec<(String, &Schema)>) = match &schema.schema_kind {
            SchemaKind::Type(SchemaType::Object(o)) => (Some(&o.properties), Vec::new()),
            SchemaKind::Type(SchemaType::Array(a)) => {
                let items = match &a.items {
                    Some(ReferenceOr::Item(s)) => vec![(format!("{place}.items"), &**s)],
                    _ => Vec::new(),
                };
                (None, items)
            }
            SchemaKind::Any(a) => (Some(&a.properties), Vec::new()),
            SchemaKind::AllOf { all_of: v }
            | SchemaKind::OneOf { one_of: v }
            | SchemaKind::AnyOf { any_of: v } => (
                None,
                v.iter()
                    .enumerate()
                    .filter_map(|(i, s)| match s {
                        ReferenceOr::Item(s) => Some((format!("{place}[{i}]"), s)),
                        ReferenceOr::Reference { .. } => None,
                    })
                    .collect(),
            ),
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
                    nested.push((format!("{place}.{prop}"), &**s));
                }
            }
            for (field, names) in &by_field {
                if names.len() > 1 {
                    let line = self
                        .lines
                        .key_line(component, self.lines.section("schemas"));
                    let prop_line = self.lines.key_line(names[1], line).or(line);
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
        for (inner_place, inner) in nested {
            self.properties_of(inner, &inner_place, component);
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
            let schema_line = self.lines.key_line(name, self.lines.section("schemas"));
            let (place, line) = match &first_link {
                Some(link) if !link.starts_with("allOf") && !link.starts_with("oneOf") => {
                    let prop = link.split('.').next().unwrap_or(link);
                    (
                        format!("schema `{name}`, property `{prop}`"),
                        self.lines.key_line(prop, schema_line).or(schema_line),
                    )
                }
                _ => (format!("schema `{name}`"), schema_line),
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

/// Finding lines in the spec text, by key, for messages.
pub struct Lines<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            lines: text.lines().collect(),
        }
    }

    fn indent(line: &str) -> usize {
        line.len() - line.trim_start().len()
    }

    /// The 1-based line of the first `key:` (plain or quoted) after line `after`, and
    /// still inside the block that starts there (deeper indented than it).
    pub fn key_line(&self, key: &str, after: Option<usize>) -> Option<usize> {
        let start = after.unwrap_or(0);
        let base = after
            .and_then(|a| self.lines.get(a - 1))
            .map(|l| Self::indent(l));
        for (i, line) in self.lines.iter().enumerate().skip(start) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if let Some(base) = base
                && Self::indent(line) <= base
                && !trimmed.starts_with("- ")
            {
                return None;
            }
            let trimmed = trimmed.strip_prefix("- ").unwrap_or(trimmed);
            // `key:`, `'key':` or `"key":`, compared in place (this runs for every line).
            let is_key = |rest: &str| rest.strip_prefix(key).is_some_and(|r| r.starts_with(':'));
            let quoted = |q: char| {
                trimmed
                    .strip_prefix(q)
                    .and_then(|r| r.strip_prefix(key))
                    .and_then(|r| r.strip_prefix(q))
                    .is_some_and(|r| r.starts_with(':'))
            };
            if is_key(trimmed) || quoted('\'') || quoted('"') {
                return Some(i + 1);
            }
        }
        None
    }

    /// The line of `key: value` (value plain or quoted) after line `after`, in its block.
    pub fn value_line(&self, key: &str, value: &str, after: Option<usize>) -> Option<usize> {
        let start = after.unwrap_or(0);
        let base = after
            .and_then(|a| self.lines.get(a - 1))
            .map(|l| Self::indent(l));
        for (i, line) in self.lines.iter().enumerate().skip(start) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if let Some(base) = base
                && Self::indent(line) <= base
                && !trimmed.starts_with("- ")
            {
                return None;
            }
            let trimmed = trimmed.strip_prefix("- ").unwrap_or(trimmed);
            let Some(rest) = trimmed.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
                continue;
            };
            let rest = rest.trim();
            let rest = rest.split(" #").next().unwrap_or(rest).trim();
            if rest == value || rest == format!("'{value}'") || rest == format!("\"{value}\"") {
                return Some(i + 1);
            }
        }
        None
    }

    /// The line of a top-level section of `components` (`schemas`, `parameters`).
    pub fn section(&self, name: &str) -> Option<usize> {
        let components = self.key_line("components", None)?;
        self.key_line(name, Some(components))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_what_the_generator_makes_of_them() {
        assert_eq!(progenitor_snake("getCustomer"), "get_customer");
        assert_eq!(progenitor_snake("get_customer"), "get_customer");
        assert_eq!(progenitor_snake("filter[x]"), "filter_x");
        assert_eq!(progenitor_snake("filter[x][]"), "filter_x");
        assert_eq!(typify_snake("self"), "self_");
        assert_eq!(typify_snake("Self"), "self_");
        assert_eq!(typify_snake("fooBar"), typify_snake("foo_bar"));
        assert_eq!(typify_snake("type"), "type_");
        assert_eq!(typify_snake("1st"), "x1st");
    }

    #[test]
    fn template_names_are_read_from_braces() {
        let names: Vec<_> = template_names("/a/{id}/b/{name}.json").collect();
        assert_eq!(names, ["id", "name"]);
    }

    #[test]
    fn key_lines_stay_inside_their_block() {
        let text = "a:\n  x: 1\nb:\n  y:\n    x: 2\n";
        let l = Lines::new(text);
        assert_eq!(l.key_line("b", None), Some(3));
        assert_eq!(l.key_line("x", Some(3)), Some(5));
        assert_eq!(l.key_line("x", Some(1)), Some(2));
        assert_eq!(l.key_line("y", Some(1)), None);
        // Quoted keys match; a longer key that starts with the same letters does not.
        let l = Lines::new("a:\n  xy: 0\n  'x': 1\nb:\n  \"x\": 2\n  - x: 3\n");
        assert_eq!(l.key_line("x", Some(1)), Some(3));
        assert_eq!(l.key_line("x", Some(4)), Some(5));
        assert_eq!(l.key_line("xy", None), Some(2));
        assert_eq!(l.key_line("z", None), None);
    }
}
