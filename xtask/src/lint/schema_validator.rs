//! A validator for the subset of OpenAPI 3.0 schemas the specs use: `$ref`, `allOf`,
//! `oneOf`, `anyOf`, `type`, `nullable`, `enum`, `format` (int32, int64, date, date-time,
//! uri), `pattern`, lengths, bounds, `items`, `properties`, `required` and
//! `additionalProperties`. Other keywords are ignored; a schema without `type` accepts
//! any type, subject to its other keywords.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::tree::{self, entries, index, items, join};

/// Deeper than this, a schema is taken to be a `$ref` loop.
const MAX_DEPTH: usize = 64;

static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$",
    )
    .expect("valid regex")
});

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$").expect("valid regex")
});

static URI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$").expect("valid regex"));

/// Checks `value` against `schema` (`root` resolves `$ref`s); each failure is pushed as
/// `<place inside the value>: <what is wrong>`, the place starting with `place`.
pub fn validate(
    root: &Value,
    schema: &Value,
    value: &Value,
    place: &str,
    errors: &mut Vec<String>,
) {
    Validator { root, errors }.check(schema, value, place, 0);
}

struct Validator<'a, 'e> {
    root: &'a Value,
    errors: &'e mut Vec<String>,
}

/// The JSON type of a value, as a schema `type` would name it.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integer(value: &Value) -> bool {
    value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
}

/// Whether `value` is of the schema type `ty`; `None` for a type OpenAPI 3.0 does not have.
fn has_type(value: &Value, ty: &str) -> Option<bool> {
    Some(match ty {
        "string" => value.is_string(),
        "integer" => is_integer(value),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => return None,
    })
}

/// JSON equality, except that numbers compare by value (`1` equals `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn number(schema: &Value, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

fn count(schema: &Value, key: &str) -> Option<u64> {
    schema.get(key).and_then(Value::as_u64)
}

fn flag(schema: &Value, key: &str) -> bool {
    schema.get(key).and_then(Value::as_bool) == Some(true)
}

impl Validator<'_, '_> {
    fn fail(&mut self, place: &str, message: impl std::fmt::Display) {
        self.errors.push(format!("{place}: {message}"));
    }

    /// Whether `value` passes `schema`, without reporting anything.
    fn passes(&self, schema: &Value, value: &Value, place: &str, depth: usize) -> bool {
        let mut scratch = Vec::new();
        Validator {
            root: self.root,
            errors: &mut scratch,
        }
        .check(schema, value, place, depth);
        scratch.is_empty()
    }

    fn check(&mut self, schema: &Value, value: &Value, place: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return self.fail(place, "schema nests too deeply (a `$ref` loop?)");
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            match tree::target(self.root, reference) {
                Some(target) => self.check(target, value, place, depth + 1),
                None => self.fail(place, format!("`$ref: {reference}` points at nothing")),
            }
            return;
        }
        if value.is_null() && flag(schema, "nullable") {
            return;
        }
        for sub in items(schema.get("allOf")) {
            self.check(sub, value, place, depth + 1);
        }
        self.alternatives(schema, value, place, depth);
        if let Some(ty) = schema.get("type").and_then(Value::as_str) {
            match has_type(value, ty) {
                Some(true) => {}
                Some(false) => {
                    return self.fail(place, format!("expected {ty}, got {}", kind(value)));
                }
                None => return self.fail(place, format!("the schema has an unknown type `{ty}`")),
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
            && !allowed.iter().any(|a| same(a, value))
        {
            return self.fail(place, format!("{value} is not one of the enum values"));
        }
        match value {
            Value::String(s) => self.string(schema, s, place),
            Value::Number(_) => self.number(schema, value, place),
            Value::Array(list) => self.array(schema, list, place, depth),
            Value::Object(_) => self.object(schema, value, place, depth),
            Value::Null | Value::Bool(_) => {}
        }
    }

    /// `oneOf` (exactly one alternative passes) and `anyOf` (at least one does).
    fn alternatives(&mut self, schema: &Value, value: &Value, place: &str, depth: usize) {
        for (key, exactly_one) in [("oneOf", true), ("anyOf", false)] {
            let Some(alts) = schema.get(key).and_then(Value::as_array) else {
                continue;
            };
            let passing = alts
                .iter()
                .filter(|alt| self.passes(alt, value, place, depth + 1))
                .count();
            if passing == 0 {
                self.fail(
                    place,
                    format!("matches none of the {} {key} schemas", alts.len()),
                );
            } else if exactly_one && passing > 1 {
                self.fail(
                    place,
                    format!("matches {passing} of the oneOf schemas, not exactly one"),
                );
            }
        }
    }

    fn string(&mut self, schema: &Value, s: &str, place: &str) {
        let len = s.chars().count() as u64;
        if let Some(min) = count(schema, "minLength").filter(|min| len < *min) {
            self.fail(
                place,
                format!("{len} characters, fewer than minLength {min}"),
            );
        }
        if let Some(max) = count(schema, "maxLength").filter(|max| len > *max) {
            self.fail(
                place,
                format!("{len} characters, more than maxLength {max}"),
            );
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            match Regex::new(pattern) {
                Ok(re) if re.is_match(s) => {}
                Ok(_) => self.fail(
                    place,
                    format!("{s:?} does not match the pattern {pattern:?}"),
                ),
                Err(e) => self.fail(
                    place,
                    format!("the pattern {pattern:?} is not a regex: {e}"),
                ),
            }
        }
        let format = schema.get("format").and_then(Value::as_str);
        let re = match format {
            Some("date-time") => &DATE_TIME,
            Some("date") => &DATE,
            Some("uri") => &URI,
            _ => return,
        };
        if !re.is_match(s) {
            let format = format.unwrap_or_default();
            self.fail(place, format!("{s:?} is not a valid {format}"));
        }
    }

    fn number(&mut self, schema: &Value, value: &Value, place: &str) {
        let bits = match schema.get("format").and_then(Value::as_str) {
            Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
            Some("int64") => Some((i64::MIN, i64::MAX)),
            _ => None,
        };
        if let Some((lo, hi)) = bits {
            let fits = match value.as_i64() {
                Some(i) => (lo..=hi).contains(&i),
                None => value
                    .as_f64()
                    .is_some_and(|f| f >= lo as f64 && f <= hi as f64),
            };
            if !fits || !is_integer(value) {
                let format = schema
                    .get("format")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                self.fail(place, format!("{value} is not a valid {format}"));
            }
        }
        let Some(n) = value.as_f64() else { return };
        if let Some(min) = number(schema, "minimum") {
            let exclusive = flag(schema, "exclusiveMinimum");
            if n < min || (exclusive && n == min) {
                self.fail(place, format!("{value} is below the minimum {min}"));
            }
        }
        if let Some(max) = number(schema, "maximum") {
            let exclusive = flag(schema, "exclusiveMaximum");
            if n > max || (exclusive && n == max) {
                self.fail(place, format!("{value} is above the maximum {max}"));
            }
        }
    }

    fn array(&mut self, schema: &Value, list: &[Value], place: &str, depth: usize) {
        let len = list.len() as u64;
        if let Some(min) = count(schema, "minItems").filter(|min| len < *min) {
            self.fail(place, format!("{len} items, fewer than minItems {min}"));
        }
        if let Some(max) = count(schema, "maxItems").filter(|max| len > *max) {
            self.fail(place, format!("{len} items, more than maxItems {max}"));
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in list.iter().enumerate() {
                self.check(item_schema, item, &index(place, i), depth + 1);
            }
        }
    }

    fn object(&mut self, schema: &Value, value: &Value, place: &str, depth: usize) {
        for name in items(schema.get("required")).filter_map(Value::as_str) {
            if value.get(name).is_none() {
                self.fail(place, format!("missing required property `{name}`"));
            }
        }
        let properties = schema.get("properties");
        let extra = schema.get("additionalProperties");
        for (key, field) in entries(Some(value)) {
            let field_place = join(place, key);
            match (properties.and_then(|p| p.get(key)), extra) {
                (Some(field_schema), _) => self.check(field_schema, field, &field_place, depth + 1),
                (None, Some(Value::Bool(false))) => {
                    self.fail(&field_place, "not allowed (additionalProperties: false)")
                }
                (None, Some(extra @ Value::Object(_))) => {
                    self.check(extra, field, &field_place, depth + 1)
                }
                (None, _) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The errors of `value` against `schema`, with `components.schemas` taken from `schemas`.
    fn errors_with(schemas: Value, schema: Value, value: Value) -> Vec<String> {
        let root = json!({"components": {"schemas": schemas}});
        let mut errors = Vec::new();
        validate(&root, &schema, &value, "example", &mut errors);
        errors
    }

    fn errors(schema: Value, value: Value) -> Vec<String> {
        errors_with(json!({}), schema, value)
    }

    #[test]
    fn types_and_nullable() {
        assert_eq!(
            errors(json!({"type": "integer"}), json!(2)),
            Vec::<String>::new()
        );
        assert_eq!(
            errors(json!({"type": "number"}), json!(2)),
            Vec::<String>::new()
        );
        assert_eq!(
            errors(json!({"type": "integer"}), json!("2")),
            ["example: expected integer, got string"]
        );
        assert_eq!(
            errors(json!({"type": "string"}), json!(null)),
            ["example: expected string, got null"]
        );
        assert!(errors(json!({"type": "string", "nullable": true}), json!(null)).is_empty());
        assert!(errors(json!({"description": "anything"}), json!([1, "a"])).is_empty());
    }

    #[test]
    fn enums_and_formats() {
        assert!(errors(json!({"enum": ["a", "b"]}), json!("b")).is_empty());
        assert_eq!(
            errors(json!({"enum": ["1"]}), json!(1)),
            ["example: 1 is not one of the enum values"]
        );
        assert_eq!(
            errors(
                json!({"type": "integer", "format": "int32"}),
                json!(3_000_000_000_i64)
            ),
            ["example: 3000000000 is not a valid int32"]
        );
        assert!(
            errors(
                json!({"type": "integer", "format": "int64"}),
                json!(1_658_399_423_658_i64)
            )
            .is_empty()
        );
        assert!(
            errors(
                json!({"type": "string", "format": "date-time"}),
                json!("2023-11-07T05:31:56.5+01:00")
            )
            .is_empty()
        );
        assert_eq!(
            errors(
                json!({"type": "string", "format": "date-time"}),
                json!("2023-11-07 05:31")
            ),
            ["example: \"2023-11-07 05:31\" is not a valid date-time"]
        );
        assert!(
            errors(
                json!({"type": "string", "format": "uri"}),
                json!("https://a.example/x")
            )
            .is_empty()
        );
        assert_eq!(
            errors(json!({"format": "uri"}), json!("/relative")).len(),
            1
        );
    }

    #[test]
    fn string_number_and_array_bounds() {
        let s = json!({"type": "string", "pattern": "^[A-Z]{2}$", "minLength": 2, "maxLength": 2});
        assert!(errors(s.clone(), json!("US")).is_empty());
        assert_eq!(errors(s, json!("usa")).len(), 2);
        let n = json!({"type": "number", "minimum": 0, "maximum": 1, "exclusiveMaximum": true});
        assert!(errors(n.clone(), json!(0.5)).is_empty());
        assert_eq!(errors(n, json!(1)), ["example: 1 is above the maximum 1"]);
        let a =
            json!({"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "integer"}});
        assert!(errors(a.clone(), json!([1, 2])).is_empty());
        assert_eq!(
            errors(a, json!([1, "x", 3])),
            [
                "example: 3 items, more than maxItems 2",
                "example[1]: expected integer, got string"
            ]
        );
    }

    #[test]
    fn objects_report_the_place_inside_the_value() {
        let schemas = json!({
            "Outer": {"type": "object", "required": ["data"], "properties": {"data": {"$ref": "#/components/schemas/Inner"}}},
            "Inner": {"type": "object", "properties": {"n": {"type": "integer"}}, "additionalProperties": false},
        });
        let schema = json!({"$ref": "#/components/schemas/Outer"});
        assert!(errors_with(schemas.clone(), schema.clone(), json!({"data": {"n": 1}})).is_empty());
        assert_eq!(
            errors_with(
                schemas.clone(),
                schema.clone(),
                json!({"data": {"n": "x", "m": 1}})
            ),
            [
                "example.data.m: not allowed (additionalProperties: false)",
                "example.data.n: expected integer, got string"
            ]
        );
        assert_eq!(
            errors_with(schemas, schema, json!({})),
            ["example: missing required property `data`"]
        );
        let map = json!({"type": "object", "additionalProperties": {"type": "string"}});
        assert_eq!(
            errors(map, json!({"k": 1})),
            ["example.k: expected string, got integer"]
        );
    }

    #[test]
    fn combinators() {
        let schemas =
            json!({"S": {"type": "string"}, "I": {"type": "integer"}, "N": {"type": "number"}});
        let s = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
        let all = json!({"allOf": [s("S"), {"maxLength": 1}]});
        assert!(errors_with(schemas.clone(), all.clone(), json!("a")).is_empty());
        assert_eq!(errors_with(schemas.clone(), all, json!("ab")).len(), 1);
        let one = json!({"oneOf": [s("I"), s("N")]});
        assert_eq!(
            errors_with(schemas.clone(), one.clone(), json!(1.5)),
            Vec::<String>::new()
        );
        assert_eq!(
            errors_with(schemas.clone(), one, json!(1)),
            ["example: matches 2 of the oneOf schemas, not exactly one"]
        );
        let any = json!({"anyOf": [s("I"), s("S")]});
        assert!(errors_with(schemas.clone(), any.clone(), json!(1)).is_empty());
        assert_eq!(
            errors_with(schemas, any, json!(true)),
            ["example: matches none of the 2 anyOf schemas"]
        );
    }

    #[test]
    fn dangling_refs_and_loops_are_reported_not_followed_forever() {
        assert_eq!(
            errors(json!({"$ref": "#/components/schemas/X"}), json!(1)),
            ["example: `$ref: #/components/schemas/X` points at nothing"]
        );
        let schemas = json!({"L": {"$ref": "#/components/schemas/L"}});
        assert_eq!(
            errors_with(schemas, json!({"$ref": "#/components/schemas/L"}), json!(1)).len(),
            1
        );
    }
}
