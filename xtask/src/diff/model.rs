//! One side of a comparison: a spec file read through [`Source`] as a generic JSON tree (any
//! size, YAML or JSON, any OpenAPI 3 version, no insistence that every corner parses as typed
//! OpenAPI), its operations, and its schemas normalized into resolved trees.
//!
//! Normalization resolves `$ref`s that are not component schemas inline (parameters, request
//! bodies, responses), merges `allOf`, folds `nullable` and `type: [.., "null"]` into one flag,
//! and keeps a reference to a component schema as a named node, so that the comparison can
//! report a finding once per schema and stop on recursive schemas.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::problem::Problem;
use crate::spec::{METHODS, Source};

/// How deep non-schema `$ref` chains and `allOf` inlining may go before the loader stops
/// (the cycle guard for documents that reference themselves).
const MAX_INLINE_DEPTH: usize = 32;

/// One spec, loaded.
pub struct Document {
    /// The whole document as a JSON tree.
    pub root: Value,
    /// The path part of the first server URL (`/v2` for `https://api.x.com/v2`), without a
    /// trailing slash; operations are matched on this prefix plus their path.
    pub base_path: String,
    /// A name for messages (the file, or `specs/x.yaml at HEAD`).
    pub label: String,
}

/// A schema in normalized form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    /// The component name when this node is a reference to `#/components/schemas/<name>`
    /// (the other fields then hold only what the referring node adds, i.e. `nullable`).
    pub reference: Option<String>,
    /// JSON types the schema allows (`string`, `integer`, ...); empty means any.
    pub types: BTreeSet<String>,
    pub format: Option<String>,
    pub nullable: bool,
    /// The listed values (without `null`), when the schema is an enum.
    pub enum_values: Option<Vec<Value>>,
    pub properties: BTreeMap<String, Schema>,
    pub required: BTreeSet<String>,
    pub additional: Additional,
    pub items: Option<Box<Schema>>,
    /// `oneOf` / `anyOf` alternatives.
    pub variants: Vec<Schema>,
    /// Validation keywords that change what decodes: `maxLength`, `minimum`, `pattern`, ...
    pub constraints: BTreeMap<&'static str, Value>,
}

/// What a schema says about properties it does not list.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Additional {
    /// Not stated: the generated Rust type ignores (drops) unlisted properties.
    #[default]
    Unspecified,
    /// `additionalProperties: false`: an unlisted property fails decoding.
    Forbidden,
    /// `additionalProperties: true` or `{}`: kept as untyped JSON.
    Any,
    /// `additionalProperties: <schema>`: a typed map.
    Typed(Box<Schema>),
}

/// The validation keywords compared, and whether a larger value is the narrower one.
pub const CONSTRAINTS: &[(&str, Bound)] = &[
    ("maxLength", Bound::Upper),
    ("minLength", Bound::Lower),
    ("maximum", Bound::Upper),
    ("minimum", Bound::Lower),
    ("maxItems", Bound::Upper),
    ("minItems", Bound::Lower),
    ("pattern", Bound::Exact),
];

/// How a validation keyword bounds the values it admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Upper,
    Lower,
    Exact,
}

/// One operation of a document.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Lower-case HTTP method.
    pub method: String,
    /// The path as written in the document.
    pub path: String,
    /// Base path + path, every `{parameter}` replaced by `{}`: the matching key. A path that
    /// already starts with the server's base path (`/v1/x` under `https://h/v1`) is keyed
    /// as written, with `repeats_base_path` set: such a spec means `/v1/x`, not `/v1/v1/x`.
    pub key: String,
    pub repeats_base_path: bool,
    pub operation_id: Option<String>,
    pub parameters: Vec<Parameter>,
    pub body: Option<Body>,
    /// Status code (as written: `200`, `4XX`, `default`) to the body schema, if any.
    pub responses: BTreeMap<String, Option<Schema>>,
}

#[derive(Debug, Clone)]
pub struct Parameter {
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    pub required: bool,
    pub schema: Schema,
    /// For path parameters: the position of `{name}` in the path.
    pub position: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub required: bool,
    pub schema: Option<Schema>,
}

impl Document {
    /// Parses YAML or JSON text (JSON when it starts with `{`) of any OpenAPI 3 version,
    /// through the spec loader ([`Source`]: the alias guard, the error's line).
    pub fn from_text(text: &str, label: &str) -> Result<Document, String> {
        let source = Source::from_text(text.to_string(), label)?;
        let refuse = |message: String| Err(Problem::in_file(label, None, message).into());
        match source.tree.get("openapi").and_then(Value::as_str) {
            Some(v) if v.starts_with("3.") => {}
            Some(v) => return refuse(format!("OpenAPI {v} is not supported (3.x only)")),
            None => return refuse("not an OpenAPI 3 document (no `openapi`)".into()),
        }
        let root = source.tree;
        let base_path = root
            .pointer("/servers/0/url")
            .and_then(Value::as_str)
            .map(url_path)
            .unwrap_or_default();
        Ok(Document {
            root,
            base_path,
            label: label.to_string(),
        })
    }

    /// Reads a file from disk.
    pub fn from_file(path: &std::path::Path) -> Result<Document, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Document::from_text(&text, &path.display().to_string())
    }

    /// The events of the top-level `x-webhooks` extension: event name to the name of its
    /// payload schema.
    pub fn webhook_events(&self) -> BTreeMap<String, String> {
        self.root
            .pointer("/x-webhooks/events")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(name, target)| {
                        let schema = target
                            .get("$ref")
                            .and_then(Value::as_str)
                            .map(|r| r.rsplit('/').next().unwrap_or(r).to_string())
                            .unwrap_or_default();
                        (name.clone(), schema)
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Names of the component schemas.
    pub fn schema_names(&self) -> Vec<String> {
        self.root
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The normalized body of component schema `name` (empty when absent).
    pub fn component(&self, name: &str) -> Schema {
        match self.component_value(name) {
            Some(v) => self.normalize(v, &mut Vec::new()),
            None => Schema::default(),
        }
    }

    fn component_value(&self, name: &str) -> Option<&Value> {
        self.root.get("components")?.get("schemas")?.get(name)
    }

    /// Follows a local `$ref` (`#/...`).
    fn pointer(&self, reference: &str) -> Option<&Value> {
        reference
            .strip_prefix('#')
            .and_then(|p| self.root.pointer(p))
    }

    /// Follows `$ref`s on a non-schema object (parameter, body, response), with a depth guard.
    fn follow<'a>(&'a self, mut v: &'a Value) -> &'a Value {
        for _ in 0..MAX_INLINE_DEPTH {
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => match self.pointer(r) {
                    Some(t) => v = t,
                    None => return &Value::Null,
                },
                None => return v,
            }
        }
        &Value::Null
    }

    /// Resolves a schema that may be a named reference: the body of the component, with the
    /// referring node's `nullable` folded in, and the component's name.
    pub fn deref(&self, s: &Schema) -> (Schema, Option<String>) {
        match &s.reference {
            Some(name) => {
                let mut body = self.component(name);
                body.nullable |= s.nullable;
                (body, Some(name.clone()))
            }
            None => (s.clone(), None),
        }
    }

    /// Normalizes a schema value; `stack` holds the component names being inlined (the cycle
    /// guard for `allOf` over recursive schemas).
    pub fn normalize(&self, v: &Value, stack: &mut Vec<String>) -> Schema {
        if stack.len() > MAX_INLINE_DEPTH {
            return Schema::default();
        }
        if let Some(r) = v.get("$ref").and_then(Value::as_str) {
            if let Some(name) = r.strip_prefix("#/components/schemas/") {
                return Schema {
                    reference: Some(unescape(name)),
                    ..Schema::default()
                };
            }
            return match self.pointer(r) {
                Some(t) if !stack.iter().any(|s| s == r) => {
                    stack.push(r.to_string());
                    let s = self.normalize(t, stack);
                    stack.pop();
                    s
                }
                _ => Schema::default(),
            };
        }
        let mut s = Schema {
            nullable: v.get("nullable").and_then(Value::as_bool).unwrap_or(false),
            format: v.get("format").and_then(Value::as_str).map(str::to_string),
            ..Schema::default()
        };
        match v.get("type") {
            Some(Value::String(t)) => {
                s.types.insert(t.clone());
            }
            Some(Value::Array(ts)) => {
                for t in ts.iter().filter_map(Value::as_str) {
                    if t == "null" {
                        s.nullable = true;
                    } else {
                        s.types.insert(t.to_string());
                    }
                }
            }
            _ => {}
        }
        if let Some(values) = v.get("enum").and_then(Value::as_array) {
            if values.iter().any(Value::is_null) {
                s.nullable = true;
            }
            s.enum_values = Some(values.iter().filter(|x| !x.is_null()).cloned().collect());
        }
        if let Some(props) = v.get("properties").and_then(Value::as_object) {
            for (k, p) in props {
                s.properties.insert(k.clone(), self.normalize(p, stack));
            }
        }
        if let Some(req) = v.get("required").and_then(Value::as_array) {
            s.required = req
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
        }
        s.additional = match v.get("additionalProperties") {
            None => Additional::Unspecified,
            Some(Value::Bool(false)) => Additional::Forbidden,
            Some(Value::Bool(true)) => Additional::Any,
            Some(Value::Object(m)) if m.is_empty() => Additional::Any,
            Some(other) => Additional::Typed(Box::new(self.normalize(other, stack))),
        };
        if let Some(items) = v.get("items") {
            s.items = Some(Box::new(self.normalize(items, stack)));
        }
        for (key, bound) in CONSTRAINTS {
            let _ = bound;
            if let Some(c) = v.get(*key) {
                s.constraints.insert(key, c.clone());
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(vs) = v.get(key).and_then(Value::as_array) {
                for x in vs {
                    let n = self.normalize(x, stack);
                    // `{type: "null"}` alternatives only make the schema nullable.
                    if n.types.len() == 1 && n.types.contains("null") {
                        s.nullable = true;
                    } else {
                        s.variants.push(n);
                    }
                }
            }
        }
        if s.types.remove("null") {
            s.nullable = true;
        }
        if let Some(parts) = v.get("allOf").and_then(Value::as_array) {
            s = self.merge_all_of(s, parts, stack);
        }
        if s.variants.len() == 1 && s.is_bare() {
            // `oneOf: [X]`: X itself, keeping the outer `nullable`.
            let nullable = s.nullable;
            s = s.variants.pop().expect("one variant");
            s.nullable |= nullable;
        }
        if s.types.is_empty() && s.reference.is_none() {
            if !s.properties.is_empty() || matches!(s.additional, Additional::Typed(_)) {
                s.types.insert("object".into());
            } else if s.items.is_some() {
                s.types.insert("array".into());
            }
        }
        s
    }

    /// `allOf`: a single reference with nothing beside it stays a named node (the usual way
    /// to make a reference nullable); anything else merges every part into one schema.
    fn merge_all_of(&self, outer: Schema, parts: &[Value], stack: &mut Vec<String>) -> Schema {
        let normalized: Vec<Schema> = parts.iter().map(|p| self.normalize(p, stack)).collect();
        if normalized.len() == 1 && normalized[0].reference.is_some() && outer.is_bare() {
            let mut s = normalized.into_iter().next().expect("one part");
            s.nullable |= outer.nullable;
            return s;
        }
        let mut merged = outer;
        for part in normalized {
            let part = match &part.reference {
                Some(name) if stack.contains(name) => continue,
                Some(name) => {
                    stack.push(name.clone());
                    let body = match self.component_value(name) {
                        Some(v) => self.normalize(v, stack),
                        None => Schema::default(),
                    };
                    stack.pop();
                    body
                }
                None => part,
            };
            merged.absorb(part);
        }
        merged
    }

    /// Every operation, in document order.
    pub fn operations(&self) -> Vec<Operation> {
        let mut out = Vec::new();
        let Some(paths) = self.root.get("paths").and_then(Value::as_object) else {
            return out;
        };
        for (path, item) in paths {
            let item = self.follow(item);
            let shared = item.get("parameters").and_then(Value::as_array);
            for method in METHODS {
                let Some(op) = item.get(method) else {
                    continue;
                };
                out.push(self.operation(path, method, op, shared));
            }
        }
        out
    }

    fn operation(
        &self,
        path: &str,
        method: &str,
        op: &Value,
        shared: Option<&Vec<Value>>,
    ) -> Operation {
        let names = path_parameter_names(path);
        let mut parameters: Vec<Parameter> = Vec::new();
        let own = op.get("parameters").and_then(Value::as_array);
        for p in shared
            .into_iter()
            .flatten()
            .chain(own.into_iter().flatten())
        {
            let p = self.follow(p);
            let (Some(name), Some(location)) = (
                p.get("name").and_then(Value::as_str),
                p.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            let schema = p
                .get("schema")
                .map(|s| self.normalize(s, &mut Vec::new()))
                .unwrap_or_default();
            let param = Parameter {
                name: name.to_string(),
                location: location.to_string(),
                required: location == "path"
                    || p.get("required").and_then(Value::as_bool).unwrap_or(false),
                schema,
                position: names.iter().position(|n| n == name),
            };
            // An operation's own parameter overrides the path item's one of the same name.
            parameters.retain(|q| !(q.name == param.name && q.location == param.location));
            parameters.push(param);
        }
        let body = op.get("requestBody").map(|b| {
            let b = self.follow(b);
            Body {
                required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                schema: self.content_schema(b),
            }
        });
        let mut responses = BTreeMap::new();
        if let Some(rs) = op.get("responses").and_then(Value::as_object) {
            for (status, r) in rs {
                responses.insert(status.clone(), self.content_schema(self.follow(r)));
            }
        }
        let normalized = normalize_path(path);
        let repeats_base_path = !self.base_path.is_empty()
            && normalized
                .strip_prefix(&self.base_path)
                .is_some_and(|rest| rest.starts_with('/'));
        Operation {
            method: method.to_string(),
            path: path.to_string(),
            key: if repeats_base_path {
                normalized
            } else {
                format!("{}{normalized}", self.base_path)
            },
            repeats_base_path,
            operation_id: op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string),
            parameters,
            body,
            responses,
        }
    }

    /// The schema of a body's JSON content (`application/json`, else any `*json*`, else the
    /// first media type).
    fn content_schema(&self, holder: &Value) -> Option<Schema> {
        let content = holder.get("content")?.as_object()?;
        let media = content
            .get("application/json")
            .or_else(|| {
                content
                    .iter()
                    .find(|(k, _)| k.contains("json"))
                    .map(|(_, v)| v)
            })
            .or_else(|| content.values().next())?;
        media
            .get("schema")
            .map(|s| self.normalize(s, &mut Vec::new()))
    }
}

impl Schema {
    /// Nothing but (possibly) `nullable` and alternatives: a wrapper around `allOf`/`oneOf`.
    fn is_bare(&self) -> bool {
        self.types.is_empty()
            && self.format.is_none()
            && self.enum_values.is_none()
            && self.properties.is_empty()
            && self.additional == Additional::Unspecified
            && self.items.is_none()
            && self.constraints.is_empty()
    }

    /// Merges an `allOf` part into this schema.
    fn absorb(&mut self, part: Schema) {
        if self.types.is_empty() {
            self.types = part.types;
        } else if !part.types.is_empty() {
            self.types = self.types.intersection(&part.types).cloned().collect();
        }
        if self.format.is_none() {
            self.format = part.format;
        }
        if self.enum_values.is_none() {
            self.enum_values = part.enum_values;
        }
        for (k, p) in part.properties {
            self.properties.entry(k).or_insert(p);
        }
        self.required.extend(part.required);
        if self.additional == Additional::Unspecified {
            self.additional = part.additional;
        }
        if self.items.is_none() {
            self.items = part.items;
        }
        self.variants.extend(part.variants);
        for (k, v) in part.constraints {
            self.constraints.entry(k).or_insert(v);
        }
    }

    /// A short name of the JSON type, for messages.
    pub fn type_name(&self) -> String {
        if self.types.is_empty() {
            return "any".into();
        }
        self.types.iter().cloned().collect::<Vec<_>>().join(" | ")
    }
}

/// The path part of a server URL: `https://a.b/v2/` -> `/v2`, `/v1` -> `/v1`.
pub fn url_path(url: &str) -> String {
    let rest = match url.find("://") {
        Some(i) => {
            let after = &url[i + 3..];
            after.find('/').map(|j| &after[j..]).unwrap_or("")
        }
        None => url,
    };
    rest.trim_end_matches('/').to_string()
}

/// `/projects/{project_id}/x/` -> `/projects/{}/x`.
pub fn normalize_path(path: &str) -> String {
    let mut out = String::new();
    let mut in_brace = false;
    for c in path.trim_end_matches('/').chars() {
        match c {
            '{' => {
                in_brace = true;
                out.push_str("{}");
            }
            '}' => in_brace = false,
            _ if in_brace => {}
            _ => out.push(c),
        }
    }
    out
}

fn path_parameter_names(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_string()))
        .collect()
}

/// JSON-pointer unescaping of a component name.
fn unescape(s: &str) -> String {
    s.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_files_are_read_through_the_spec_loader() {
        // Any 3.x: the vendor's file is read as published.
        let doc = Document::from_text("openapi: 3.1.0\npaths: {}\n", "v").unwrap();
        assert_eq!(doc.label, "v");
        // The loader's alias guard applies to them too.
        let mut bomb = String::from("openapi: 3.0.3\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = format!("*a{}", i - 1);
            bomb.push_str(&format!("a{i}: &a{i} [{}]\n", vec![p; 10].join(", ")));
        }
        let e = Document::from_text(&bomb, "v").err().expect("refused");
        assert!(e.starts_with("v:") && e.contains("alias bomb"), "{e}");
    }

    #[test]
    fn server_paths_and_keys() {
        assert_eq!(url_path("https://api.x.com/v2"), "/v2");
        assert_eq!(url_path("https://api.x.com/"), "");
        assert_eq!(url_path("/v1/"), "/v1");
        assert_eq!(
            normalize_path("/projects/{project_id}/c/{id}"),
            "/projects/{}/c/{}"
        );
    }

    #[test]
    fn a_path_repeating_the_base_path_is_keyed_once() {
        let doc = Document::from_text(
            "openapi: 3.0.3\nservers: [{url: 'https://h.example/v1'}]\npaths:\n  /v1/a/{id}: {get: {responses: {}}}\n  /v1x: {get: {responses: {}}}\n  /b: {get: {responses: {}}}\n",
            "t",
        )
        .unwrap();
        let mut keys: Vec<(String, bool)> = doc
            .operations()
            .into_iter()
            .map(|o| (o.key, o.repeats_base_path))
            .collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                ("/v1/a/{}".to_string(), true),
                ("/v1/b".to_string(), false),
                ("/v1/v1x".to_string(), false)
            ]
        );
    }

    #[test]
    fn nullable_all_of_reference_stays_named() {
        let doc = Document::from_text(
            r##"{"openapi":"3.0.3","paths":{},"components":{"schemas":{
                "A":{"type":"object","properties":{"b":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/B"}]}}},
                "B":{"type":"object","properties":{"a":{"$ref":"#/components/schemas/A"}}}}}}"##,
            "t",
        )
        .unwrap();
        let a = doc.component("A");
        let b = &a.properties["b"];
        assert_eq!(b.reference.as_deref(), Some("B"));
        assert!(b.nullable);
    }

    #[test]
    fn all_of_merges_and_survives_cycles() {
        let doc = Document::from_text(
            "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n    A:\n      allOf:\n        - $ref: '#/components/schemas/B'\n        - type: object\n          required: [x]\n          properties:\n            x: {type: string}\n    B:\n      allOf:\n        - $ref: '#/components/schemas/A'\n        - type: object\n          properties:\n            y: {type: integer}\n",
            "t",
        )
        .unwrap();
        let a = doc.component("A");
        assert!(a.properties.contains_key("x"));
        assert!(a.properties.contains_key("y"));
        assert!(a.required.contains("x"));
    }
}
