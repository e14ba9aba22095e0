//! Values made to fit a schema, deterministically: every property (required or not) set,
//! one item per array (or `minItems`), the first `oneOf` alternative unless told otherwise.
//! Variants of a response: an unknown extra field in every object, or an unknown value
//! in place of every string enum's.

use serde_json::{Map, Value, json};

use super::spec::Spec;
use super::validate::{Validator, list, type_of};

/// The property added to every response object by the "unknown field" case.
pub const UNKNOWN_FIELD: &str = "wire_test_unknown_field";

/// The value put in place of every string enum's by the "unknown enum value" case.
pub const UNKNOWN_ENUM: &str = "wire_test_unknown_value";

/// What is being made.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// A request body (no `readOnly` properties) rather than a response (no `writeOnly`).
    pub request: bool,
    /// Add [`UNKNOWN_FIELD`] to every object that declares properties.
    pub extra_fields: bool,
    /// Put [`UNKNOWN_ENUM`] in place of every string enum's value.
    pub unknown_enums: bool,
    /// Which `oneOf`/`anyOf` alternative of the outermost schema.
    pub alternative: usize,
}

/// Makes values for the schemas of one spec.
pub struct Sampler<'s> {
    spec: &'s Spec,
    options: Options,
    /// The `$ref`s being expanded (a recursive schema stops at its second visit).
    stack: Vec<String>,
    /// Whether an unknown enum value was put anywhere.
    pub replaced_enum: bool,
}

impl<'s> Sampler<'s> {
    /// A sampler with `options`.
    pub fn new(spec: &'s Spec, options: Options) -> Self {
        Sampler {
            spec,
            options,
            stack: Vec::new(),
            replaced_enum: false,
        }
    }

    /// A value for `schema`; `None` when none can be made (a recursion that needs itself).
    pub fn sample(&mut self, schema: &Value) -> Option<Value> {
        let alternative = self.options.alternative;
        self.value(schema, 0, alternative)
    }

    fn value(&mut self, schema: &Value, index: usize, alternative: usize) -> Option<Value> {
        let reference = schema
            .get("$ref")
            .and_then(Value::as_str)
            .map(str::to_string);
        if let Some(r) = &reference {
            if self.stack.iter().filter(|s| *s == r).count() >= 1 || self.stack.len() > 24 {
                return None;
            }
            self.stack.push(r.clone());
        }
        let made = self
            .spec
            .resolve(schema)
            .ok()
            .and_then(|s| self.resolved(s, index, alternative));
        if reference.is_some() {
            self.stack.pop();
        }
        made
    }

    fn resolved(&mut self, schema: &Value, index: usize, alternative: usize) -> Option<Value> {
        let all_of = list(schema, "allOf");
        if !all_of.is_empty() {
            let mut merged: Option<Value> = None;
            for member in all_of {
                // A bare `{type: object, nullable: true}` member only adds nullability.
                let bare = self.spec.resolve(member).is_ok_and(|m| {
                    [
                        "properties",
                        "additionalProperties",
                        "allOf",
                        "oneOf",
                        "anyOf",
                        "$ref",
                    ]
                    .iter()
                    .all(|k| m.get(k).is_none())
                        && type_of(m) == Some("object")
                });
                if bare && all_of.len() > 1 {
                    continue;
                }
                let v = self.value(member, index, 0)?;
                merged = Some(match (merged, v) {
                    (Some(Value::Object(mut a)), Value::Object(b)) => {
                        a.extend(b);
                        Value::Object(a)
                    }
                    (_, v) => v,
                });
            }
            if let (Some(Value::Object(mut m)), true) =
                (merged.clone(), schema.get("properties").is_some())
                && let Some(own) = self.object(schema)
            {
                m.extend(own);
                return Some(Value::Object(m));
            }
            return merged;
        }
        for key in ["oneOf", "anyOf"] {
            let options = list(schema, key);
            if !options.is_empty() {
                let first = alternative.min(options.len() - 1);
                // The chosen alternative, or the next one that can be made.
                return (first..options.len())
                    .chain(0..first)
                    .find_map(|i| self.value(&options[i], index, 0));
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let values: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
            if self.options.unknown_enums && values.iter().all(|v| v.is_string()) {
                self.replaced_enum = true;
                return Some(json!(UNKNOWN_ENUM));
            }
            return values
                .get(index % values.len().max(1))
                .map(|v| (*v).clone());
        }
        match type_of(schema) {
            Some("string") => Some(Value::String(self.string(schema, index))),
            Some("integer") => Some(json!(integer(schema, index))),
            Some("number") => Some(number(schema, index)),
            Some("boolean") => Some(json!(index.is_multiple_of(2))),
            Some("array") => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
                let max = schema.get("maxItems").and_then(Value::as_u64);
                let count = min.max(1).min(max.unwrap_or(u64::MAX) as usize);
                let item = schema.get("items").cloned().unwrap_or(json!({}));
                let mut items = Vec::new();
                for i in 0..count {
                    match self.value(&item, i, 0) {
                        Some(v) => items.push(v),
                        None if min == 0 => break,
                        None => return None,
                    }
                }
                Some(Value::Array(items))
            }
            Some("object") => self.object(schema).map(Value::Object),
            // Any JSON: a string fits every client type for it.
            _ => Some(json!("any value")),
        }
    }

    fn object(&mut self, schema: &Value) -> Option<Map<String, Value>> {
        let mut map = Map::new();
        let required: Vec<&str> = list(schema, "required")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, property) in properties.into_iter().flatten() {
            let resolved = self.spec.resolve(property).unwrap_or(property);
            let flag = |k: &str| resolved.get(k).and_then(Value::as_bool) == Some(true);
            let skip = if self.options.request {
                flag("readOnly")
            } else {
                flag("writeOnly")
            };
            if skip && !required.contains(&name.as_str()) {
                continue;
            }
            match self.value(property, 0, 0) {
                Some(v) => {
                    map.insert(name.clone(), v);
                }
                None if required.contains(&name.as_str()) => {
                    // Recursion: a required property that needs itself; null if allowed.
                    if Validator::response(self.spec).allows_null(property) {
                        map.insert(name.clone(), Value::Null);
                    } else {
                        return None;
                    }
                }
                None => {}
            }
        }
        // A map or a free-form object gets one entry of its own.
        match schema.get("additionalProperties") {
            Some(extra @ Value::Object(_)) => {
                if let Some(v) = self.value(extra, 0, 0) {
                    map.insert("key1".into(), v);
                }
            }
            None | Some(Value::Bool(true)) if properties.is_none() => {
                map.insert("key1".into(), json!("value1"));
            }
            _ => {}
        }
        // Only where the schema leaves other properties open (not a typed map).
        let open = matches!(
            schema.get("additionalProperties"),
            None | Some(Value::Bool(true))
        );
        if self.options.extra_fields && open && properties.is_some_and(|p| !p.is_empty()) {
            map.insert(UNKNOWN_FIELD.into(), json!({"added": "by the wire test"}));
        }
        Some(map)
    }

    fn string(&self, schema: &Value, index: usize) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let mut s = match format {
            "date-time" => format!("2024-05-0{}T07:08:09Z", 6 + index % 3),
            "date" => format!("2024-05-0{}", 6 + index % 3),
            "uuid" => format!("3f2c1a9e-5b4d-4c7e-9a1b-2d3e4f5a6b7{}", index % 10),
            "email" => "wire@example.com".into(),
            "uri" | "url" => "https://example.com/wire".into(),
            "byte" => "d2lyZQ==".into(),
            "ipv4" => "192.0.2.1".into(),
            _ => format!("sample{}", index + 1),
        };
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && let Ok(re) = regex::Regex::new(pattern)
            && !re.is_match(&s)
        {
            let candidates = [
                schema
                    .get("example")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
                "US",
                "USD",
                "abc",
                "ABC123",
                "a1",
                "1",
                "123",
                "sample",
                "2024-05-06",
                "proj1ab2c3d4",
            ];
            if let Some(c) = candidates.iter().find(|c| !c.is_empty() && re.is_match(c)) {
                s = c.to_string();
            }
        }
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        while s.chars().count() < min {
            s.push('x');
        }
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
            s = s.chars().take(max as usize).collect();
        }
        s
    }
}

fn integer(schema: &Value, index: usize) -> i64 {
    let mut n = 3 + index as i64;
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        let exclusive = schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
        n = n.max(min.ceil() as i64 + i64::from(exclusive));
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        let exclusive = schema.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
        n = n.min(max.floor() as i64 - i64::from(exclusive));
    }
    n
}

fn number(schema: &Value, index: usize) -> Value {
    let mut n = 2.5 + index as f64;
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        n = n.max(min + 0.5);
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        n = n.min(max);
    }
    json!(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_wire::validate::Validator;

    const SPEC: &str = "openapi: 3.0.3
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Node:
      type: object
      required: [id, kind]
      properties:
        id: {type: string, minLength: 12}
        kind: {$ref: '#/components/schemas/Kind'}
        at: {type: string, format: date-time}
        count: {type: integer, minimum: 10, maximum: 20}
        child: {$ref: '#/components/schemas/Node'}
        tags: {type: array, minItems: 2, items: {type: string}}
        meta: {type: object, additionalProperties: {type: integer}}
";

    fn spec() -> Spec {
        Spec::parse(SPEC, std::path::Path::new("test.yaml")).unwrap()
    }

    #[test]
    fn made_values_fit_their_schema_and_recursion_stops() {
        let spec = spec();
        let schema = json!({"$ref": "#/components/schemas/Node"});
        let made = Sampler::new(&spec, Options::default())
            .sample(&schema)
            .unwrap();
        assert_eq!(
            Validator::response(&spec).check(&schema, &made, "v"),
            Vec::<String>::new()
        );
        assert!(made.get("child").is_none(), "{made}");
        assert_eq!(made["tags"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn variants_add_an_unknown_field_and_replace_enums() {
        let spec = spec();
        let schema = json!({"$ref": "#/components/schemas/Node"});
        let options = Options {
            extra_fields: true,
            unknown_enums: true,
            ..Options::default()
        };
        let mut sampler = Sampler::new(&spec, options);
        let made = sampler.sample(&schema).unwrap();
        assert!(sampler.replaced_enum);
        assert_eq!(made["kind"], json!(UNKNOWN_ENUM));
        assert!(made.get(UNKNOWN_FIELD).is_some());
        // A typed map gets an entry of its type, never the unknown field.
        assert!(made["meta"].get(UNKNOWN_FIELD).is_none());
    }

    #[test]
    fn the_validator_names_each_fault() {
        let spec = spec();
        let schema = json!({"$ref": "#/components/schemas/Node"});
        let bad = json!({"id": "short", "kind": "c", "count": 3, "at": "yesterday", "x": 1});
        let faults = Validator::request(&spec).check(&schema, &bad, "body");
        for expected in ["body.id", "body.kind", "body.count", "body.at", "body.x"] {
            assert!(
                faults.iter().any(|f| f.starts_with(expected)),
                "{expected}: {faults:?}"
            );
        }
        assert!(
            Validator::response(&spec)
                .check(&schema, &bad, "body")
                .iter()
                .all(|f| !f.starts_with("body.x"))
        );
    }
}
