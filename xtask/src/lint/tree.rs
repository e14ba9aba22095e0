//! Walking the raw spec tree: places, `$ref`s, operations and their parameters.

use serde_json::Value;

use crate::spec::METHODS;

/// Keywords whose value is data, not spec: the walk never looks inside them.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum"];

/// Keywords whose value maps names to spec objects: there, a key such as `example`
/// is a name (a property called `example`), not a keyword.
const NAME_MAPS: &[&str] = &[
    "paths",
    "properties",
    "schemas",
    "responses",
    "parameters",
    "headers",
    "requestBodies",
    "securitySchemes",
    "content",
    "encoding",
    "links",
    "callbacks",
];

/// `place` and one more key: `paths./a` and `get` give `paths./a.get`.
pub fn join(place: &str, key: &str) -> String {
    if place.is_empty() {
        key.to_string()
    } else {
        format!("{place}.{key}")
    }
}

/// `place` and an array index: `parameters` and 0 give `parameters[0]`.
pub fn index(place: &str, i: usize) -> String {
    format!("{place}[{i}]")
}

/// Calls `visit` with every object of the tree that holds spec keywords (schemas,
/// parameters, media types, ...) and its place. Examples, defaults, enums and `x-`
/// extensions are data and are not entered.
pub fn walk<'a>(value: &'a Value, place: &str, visit: &mut impl FnMut(&'a Value, &str)) {
    walk_in(value, place, false, visit);
}

fn walk_in<'a, F: FnMut(&'a Value, &str)>(
    value: &'a Value,
    place: &str,
    names: bool,
    visit: &mut F,
) {
    match value {
        Value::Object(map) => {
            if !names {
                visit(value, place);
            }
            for (key, child) in map {
                let is_data = DATA_KEYS.contains(&key.as_str()) || key.starts_with("x-");
                if !names && is_data {
                    continue;
                }
                let child_names = !names && NAME_MAPS.contains(&key.as_str());
                walk_in(child, &join(place, key), child_names, visit);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_in(item, &index(place, i), false, visit);
            }
        }
        _ => {}
    }
}

/// The segments of a local reference, unescaped: `#/components/schemas/A` gives
/// `["components", "schemas", "A"]`. `None` for a reference to another document.
pub fn ref_segments(reference: &str) -> Option<Vec<String>> {
    let pointer = reference.strip_prefix("#/")?;
    Some(
        pointer
            .split('/')
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// The place a local reference points at: `#/components/schemas/A` gives `components.schemas.A`.
pub fn ref_place(reference: &str) -> String {
    ref_segments(reference)
        .map(|s| s.join("."))
        .unwrap_or_else(|| reference.to_string())
}

/// The node a local `$ref` string points at, if any.
pub fn target<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    root.pointer(reference.strip_prefix('#')?)
}

/// `value`, or what its `$ref` chain ends at; `None` when a reference points at nothing
/// (or the chain loops).
pub fn resolve<'a>(root: &'a Value, value: &'a Value) -> Option<&'a Value> {
    let mut current = value;
    for _ in 0..32 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => current = target(root, reference)?,
            None => return Some(current),
        }
    }
    None
}

/// The entries of an object (none if `value` is absent or not an object).
pub fn entries(value: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    value.and_then(Value::as_object).into_iter().flatten()
}

/// The items of an array (none if `value` is absent or not an array).
pub fn items(value: Option<&Value>) -> impl Iterator<Item = &Value> {
    value.and_then(Value::as_array).into_iter().flatten()
}

/// One operation of the spec.
pub struct Operation<'a> {
    /// e.g. `paths./customers/{id}.get`.
    pub place: String,
    pub path_item: &'a Value,
    pub op: &'a Value,
}

/// Every operation, in the order of the spec.
pub fn operations(root: &Value) -> Vec<Operation<'_>> {
    let mut out = Vec::new();
    for (path, path_item) in entries(root.get("paths")) {
        for method in METHODS {
            if let Some(op) = path_item.get(method) {
                out.push(Operation {
                    place: join(&join("paths", path), method),
                    path_item,
                    op,
                });
            }
        }
    }
    out
}

/// The parameters an operation takes: the path item's and its own (which win on the same
/// name and location), each with `$ref` resolved. Parameters that do not resolve are left out.
pub fn parameters<'a>(root: &'a Value, operation: &Operation<'a>) -> Vec<&'a Value> {
    let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
    let own: Vec<&Value> = items(operation.op.get("parameters"))
        .filter_map(|p| resolve(root, p))
        .collect();
    let mut all: Vec<&Value> = items(operation.path_item.get("parameters"))
        .filter_map(|p| resolve(root, p))
        .filter(|p| !own.iter().any(|o| key(o) == key(p)))
        .collect();
    all.extend(own);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::spec;

    #[test]
    fn walk_skips_data_but_not_properties_named_like_data() {
        let root = spec(
            "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      example: {type: string}\n      properties:\n        example: {type: integer}\n",
        );
        let mut places = Vec::new();
        walk(&root, "", &mut |_, place| places.push(place.to_string()));
        assert!(places.contains(&"components.schemas.A".to_string()));
        assert!(places.contains(&"components.schemas.A.properties.example".to_string()));
        assert!(!places.contains(&"components.schemas.A.example".to_string()));
    }

    #[test]
    fn resolve_follows_chains_and_reports_dangling_refs() {
        let root = spec(
            "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {type: string}\n",
        );
        let a = serde_json::json!({"$ref": "#/components/schemas/A"});
        assert_eq!(
            resolve(&root, &a),
            Some(&serde_json::json!({"type": "string"}))
        );
        let missing = serde_json::json!({"$ref": "#/components/schemas/C"});
        assert_eq!(resolve(&root, &missing), None);
        assert_eq!(
            ref_place("#/components/schemas/a~1b"),
            "components.schemas.a/b"
        );
    }

    #[test]
    fn operation_parameters_merge_path_level_ones() {
        let root = spec(
            "paths:\n  /a/{id}:\n    parameters:\n      - $ref: '#/components/parameters/Id'\n      - {name: q, in: query, schema: {type: string}}\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: integer}}\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    Id: {name: id, in: path, required: true, schema: {type: string}}\n",
        );
        let ops = operations(&root);
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].place, "paths./a/{id}.get");
        let params = parameters(&root, &ops[0]);
        assert_eq!(params.len(), 2);
        assert_eq!(params[1]["schema"]["type"], "integer");
    }
}
