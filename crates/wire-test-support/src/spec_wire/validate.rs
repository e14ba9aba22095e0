//! Checking a JSON value against an OpenAPI 3.0 schema: the subset the specs use (`type`,
//! `format`, `enum`, `required`, `properties`, `additionalProperties`, `items`,
//! `nullable`, `oneOf`/`anyOf`/`allOf`, `$ref`, lengths, bounds, `pattern`).

use std::collections::BTreeSet;

use serde_json::Value;

use super::spec::Spec;

/// Checks values against the schemas of one spec.
pub struct Validator<'s> {
    spec: &'s Spec,
    /// A property no schema declares is an error (what a client sends must be in the spec).
    strict: bool,
}

impl<'s> Validator<'s> {
    /// A validator for what a client sends: undeclared properties are errors.
    pub fn request(spec: &'s Spec) -> Self {
        Validator { spec, strict: true }
    }

    /// A validator for what a server sends: undeclared properties are allowed.
    pub fn response(spec: &'s Spec) -> Self {
        Validator {
            spec,
            strict: false,
        }
    }

    /// Every way `value` breaks `schema`, each starting with where (`at` is the root's name).
    pub fn check(&self, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.walk(schema, value, at, true, &mut out, 0);
        out
    }

    fn walk(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        own_level: bool,
        out: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 64 {
            return;
        }
        let schema = match self.spec.resolve(schema) {
            Ok(s) => s,
            Err(e) => return out.push(format!("{at}: {e}")),
        };
        if value.is_null() {
            if !self.allows_null(schema) {
                out.push(format!("{at}: null, but the schema is not nullable"));
            }
            return;
        }
        for member in list(schema, "allOf") {
            self.walk(member, value, at, false, out, depth + 1);
        }
        let one_of = list(schema, "oneOf");
        if !one_of.is_empty() {
            self.alternatives(one_of, value, at, "oneOf", out, depth);
        }
        let any_of = list(schema, "anyOf");
        if !any_of.is_empty() {
            self.alternatives(any_of, value, at, "anyOf", out, depth);
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
            && !allowed.iter().any(|a| a == value)
        {
            out.push(format!("{at}: {value} is not one of the enum's values"));
        }
        match type_of(schema) {
            Some("string") => self.string(schema, value, at, out),
            Some("integer") | Some("number") => number(schema, value, at, out),
            Some("boolean") if !value.is_boolean() => {
                out.push(format!("{at}: expected a boolean, got {}", show(value)))
            }
            Some("array") => {
                let Some(items) = value.as_array() else {
                    return out.push(format!("{at}: expected an array, got {}", show(value)));
                };
                bounds(
                    schema,
                    "minItems",
                    "maxItems",
                    items.len(),
                    at,
                    "items",
                    out,
                );
                if let Some(item) = schema.get("items") {
                    for (i, v) in items.iter().enumerate() {
                        self.walk(item, v, &format!("{at}[{i}]"), true, out, depth + 1);
                    }
                }
            }
            Some("object") => self.object(schema, value, at, own_level, out, depth),
            _ => {}
        }
    }

    fn alternatives(
        &self,
        options: &[Value],
        value: &Value,
        at: &str,
        kind: &str,
        out: &mut Vec<String>,
        depth: usize,
    ) {
        let mut first_errors = None;
        for option in options {
            let mut errs = Vec::new();
            self.walk(option, value, at, true, &mut errs, depth + 1);
            if errs.is_empty() {
                return;
            }
            first_errors.get_or_insert(errs);
        }
        out.push(format!(
            "{at}: matches none of the {kind} alternatives (the first: {})",
            first_errors.unwrap_or_default().join("; ")
        ));
    }

    fn string(&self, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
        let Some(s) = value.as_str() else {
            return out.push(format!("{at}: expected a string, got {}", show(value)));
        };
        bounds(
            schema,
            "minLength",
            "maxLength",
            s.chars().count(),
            at,
            "characters",
            out,
        );
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && let Ok(re) = regex::Regex::new(pattern)
            && !re.is_match(s)
        {
            out.push(format!(
                "{at}: {s:?} does not match the pattern {pattern:?}"
            ));
        }
        let ok = match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
            Some("date") => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            Some("uuid") => is_uuid(s),
            _ => true,
        };
        if !ok {
            out.push(format!(
                "{at}: {s:?} is not a valid `{}`",
                schema["format"].as_str().unwrap_or_default()
            ));
        }
    }

    fn object(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        own_level: bool,
        out: &mut Vec<String>,
        depth: usize,
    ) {
        let Some(map) = value.as_object() else {
            return out.push(format!("{at}: expected an object, got {}", show(value)));
        };
        for name in list(schema, "required").iter().filter_map(Value::as_str) {
            if !map.contains_key(name) {
                out.push(format!("{at}: the required property `{name}` is missing"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        let extra = schema.get("additionalProperties");
        for (key, v) in map {
            let here = format!("{at}.{key}");
            if let Some(p) = properties.and_then(|p| p.get(key)) {
                self.walk(p, v, &here, true, out, depth + 1);
            } else if let Some(extra @ Value::Object(_)) = extra {
                self.walk(extra, v, &here, true, out, depth + 1);
            } else if extra == Some(&Value::Bool(false)) {
                out.push(format!("{here}: a property the schema forbids"));
            }
        }
        if self.strict
            && own_level
            && let Some(declared) = self.declared(schema, 0)
        {
            for key in map.keys().filter(|k| !declared.contains(*k)) {
                out.push(format!("{at}.{key}: a property the spec does not declare"));
            }
        }
    }

    /// The properties an object schema declares (through `allOf`, `oneOf` and `anyOf`
    /// too), or `None` when it allows any (`additionalProperties`, or no `properties`).
    fn declared(&self, schema: &Value, depth: usize) -> Option<BTreeSet<String>> {
        let schema = self.spec.resolve(schema).ok()?;
        if depth > 16
            || schema
                .get("additionalProperties")
                .is_some_and(|a| a != false)
        {
            return None;
        }
        let mut names: BTreeSet<String> = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        let composed: Vec<&Value> = ["allOf", "oneOf", "anyOf"]
            .iter()
            .flat_map(|k| list(schema, k))
            .collect();
        if schema.get("properties").is_none() && composed.is_empty() {
            return None;
        }
        for member in composed {
            names.extend(self.declared(member, depth + 1)?);
        }
        Some(names)
    }

    /// Whether `null` is allowed: `nullable`, or an `allOf`/`oneOf`/`anyOf` member that is.
    pub fn allows_null(&self, schema: &Value) -> bool {
        let Ok(schema) = self.spec.resolve(schema) else {
            return false;
        };
        if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            return true;
        }
        if schema
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.contains(&Value::Null))
        {
            return true;
        }
        let any = |k: &str| list(schema, k).iter().any(|m| self.allows_null(m));
        any("oneOf")
            || any("anyOf")
            || (!list(schema, "allOf").is_empty() && {
                list(schema, "allOf").iter().all(|m| self.allows_null(m))
            })
    }
}

/// The schema's `type`, or the one its keywords imply.
pub fn type_of(schema: &Value) -> Option<&str> {
    match schema.get("type").and_then(Value::as_str) {
        Some(t) => Some(t),
        None if schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some() =>
        {
            Some("object")
        }
        None if schema.get("items").is_some() => Some("array"),
        None => None,
    }
}

/// The array under `key`, or nothing.
pub fn list<'v>(schema: &'v Value, key: &str) -> &'v [Value] {
    schema
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn number(schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    let Some(n) = value.as_f64() else {
        return out.push(format!("{at}: expected a number, got {}", show(value)));
    };
    let integer = type_of(schema) == Some("integer");
    if integer && !(value.is_i64() || value.is_u64()) {
        out.push(format!("{at}: expected an integer, got {value}"));
    }
    if schema.get("format").and_then(Value::as_str) == Some("int32")
        && !(i32::MIN as f64..=i32::MAX as f64).contains(&n)
    {
        out.push(format!("{at}: {value} does not fit `int32`"));
    }
    let exclusive = |k: &str| schema.get(k).and_then(Value::as_bool) == Some(true);
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
        && (n < min || (exclusive("exclusiveMinimum") && n == min))
    {
        out.push(format!("{at}: {value} is below the minimum {min}"));
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
        && (n > max || (exclusive("exclusiveMaximum") && n == max))
    {
        out.push(format!("{at}: {value} is above the maximum {max}"));
    }
}

fn bounds(
    schema: &Value,
    min: &str,
    max: &str,
    len: usize,
    at: &str,
    what: &str,
    out: &mut Vec<String>,
) {
    if let Some(m) = schema.get(min).and_then(Value::as_u64)
        && (len as u64) < m
    {
        out.push(format!("{at}: {len} {what}, fewer than {min} {m}"));
    }
    if let Some(m) = schema.get(max).and_then(Value::as_u64)
        && (len as u64) > m
    {
        out.push(format!("{at}: {len} {what}, more than {max} {m}"));
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A value, shortened for a message.
pub fn show(value: &Value) -> String {
    let s = value.to_string();
    if s.chars().count() > 120 {
        format!("{}...", s.chars().take(120).collect::<String>())
    } else {
        s
    }
}
