//! The structural rules: operation names, success responses, `$ref`'d bodies,
//! open objects and unused components.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::tree::{self, entries, items, join};
use crate::problem::Problem;

/// Rule 1: every operation has an `operationId`, used by no other operation, and a
/// non-empty `summary`.
pub fn operation_ids_and_summaries(root: &Value) -> Vec<Problem> {
    let mut findings = Vec::new();
    let mut first_use: BTreeMap<&str, String> = BTreeMap::new();
    for op in tree::operations(root) {
        match op.op.get("operationId").and_then(Value::as_str) {
            None | Some("") => findings.push(Problem::at(&op.place, "no operationId")),
            Some(id) => match first_use.get(id) {
                Some(first) => findings.push(Problem::at(
                    &op.place,
                    format!("operationId `{id}` is also used by {first}"),
                )),
                None => {
                    first_use.insert(id, op.place.clone());
                }
            },
        }
        let summary = op.op.get("summary").and_then(Value::as_str);
        if summary.is_none_or(|s| s.trim().is_empty()) {
            findings.push(Problem::at(&op.place, "no summary"));
        }
    }
    findings
}

/// A status key that means success: `200`..`299`, `2XX`, or a redirect `300`..`399`, `3XX`.
fn is_success(code: &str) -> bool {
    let (first, rest) = code.split_at(code.len().min(1));
    matches!(first, "2" | "3")
        && (rest == "XX" || (rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit())))
}

/// Rule 2: every operation declares a success response: a 2xx code, the 2XX range, or a
/// 3xx redirect (for endpoints that only ever redirect, such as a file download).
pub fn success_responses(root: &Value) -> Vec<Problem> {
    tree::operations(root)
        .into_iter()
        .filter(|op| !entries(op.op.get("responses")).any(|(code, _)| is_success(code)))
        .map(|op| {
            Problem::at(
                join(&op.place, "responses"),
                "no success response: declare a 2xx code, the 2XX range or a 3xx redirect",
            )
        })
        .collect()
}

/// The schemas of a response's or request body's `content` that are not `$ref`s.
fn inline_body_schemas(body: &Value, place: &str, what: &str, findings: &mut Vec<Problem>) {
    if body.get("$ref").is_some() {
        return; // checked where it is defined, in components
    }
    for (media, media_type) in entries(body.get("content")) {
        if let Some(schema) = media_type.get("schema")
            && schema.get("$ref").is_none()
        {
            findings.push(Problem::at(
                join(&join(&join(place, "content"), media), "schema"),
                format!("inline {what} schema: define it in components/schemas and `$ref` it"),
            ));
        }
    }
}

/// Rule 3: response and request body schemas are `$ref`s. Referenced responses and
/// request bodies are checked once, where components define them.
pub fn inline_schemas(root: &Value) -> Vec<Problem> {
    let mut findings = Vec::new();
    for op in tree::operations(root) {
        let responses = join(&op.place, "responses");
        for (code, response) in entries(op.op.get("responses")) {
            inline_body_schemas(response, &join(&responses, code), "response", &mut findings);
        }
        if let Some(body) = op.op.get("requestBody") {
            let place = join(&op.place, "requestBody");
            inline_body_schemas(body, &place, "request body", &mut findings);
        }
    }
    let components = root.get("components");
    for (name, response) in entries(components.and_then(|c| c.get("responses"))) {
        let place = join("components.responses", name);
        inline_body_schemas(response, &place, "response", &mut findings);
    }
    for (name, body) in entries(components.and_then(|c| c.get("requestBodies"))) {
        let place = join("components.requestBodies", name);
        inline_body_schemas(body, &place, "request body", &mut findings);
    }
    findings
}

/// Rule 4: no `additionalProperties: false` anywhere: the servers add fields without
/// notice, and a closed object would make clients reject their responses.
pub fn closed_objects(root: &Value) -> Vec<Problem> {
    let mut findings = Vec::new();
    tree::walk(root, "", &mut |node, place| {
        if node.get("additionalProperties") == Some(&Value::Bool(false)) {
            findings.push(Problem::at(
                join(place, "additionalProperties"),
                "`additionalProperties: false` rejects the fields a server adds later; leave it out",
            ));
        }
    });
    findings
}

/// The component kinds rule 6 looks at.
const COMPONENT_KINDS: &[&str] = &[
    "schemas",
    "parameters",
    "responses",
    "headers",
    "requestBodies",
    "securitySchemes",
];

/// Every `$ref` under `value` (and every reference of a `discriminator.mapping`), with the
/// place of the object holding it.
fn refs_in(value: &Value, place: &str) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    tree::walk(value, place, &mut |node, place| {
        let mapping = node.get("discriminator").and_then(|d| d.get("mapping"));
        let references = node
            .get("$ref")
            .into_iter()
            .chain(entries(mapping).map(|(_, target)| target))
            .filter_map(Value::as_str)
            .filter(|r| r.starts_with('#'));
        refs.extend(references.map(|r| (r.to_string(), place.to_string())));
    });
    refs
}

/// Rule 6: every component is used: reachable from `paths` (or from the webhook events of
/// `x-webhooks`) through `$ref`s, or, for a
/// security scheme, named by a security requirement. Also reports `$ref`s that point at nothing.
pub fn unused_components(root: &Value) -> Vec<Problem> {
    let mut findings = Vec::new();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut queue = root
        .get("paths")
        .map_or_else(Vec::new, |p| refs_in(p, "paths"));
    // The webhook payloads a spec lists (xtask/src/webhooks.rs) are used as much as responses.
    if let Some(webhooks) = root.get("x-webhooks") {
        queue.extend(refs_in(webhooks, "x-webhooks"));
    }
    while let Some((reference, place)) = queue.pop() {
        if !seen.insert(reference.clone()) {
            continue;
        }
        let Some(found) = tree::target(root, &reference) else {
            let message = format!("`$ref: {reference}` points at nothing");
            findings.push(Problem::at(place, message));
            continue;
        };
        if let Some([components, kind, name, ..]) = tree::ref_segments(&reference).as_deref()
            && components == "components"
        {
            used.insert((kind.clone(), name.clone()));
        }
        queue.extend(refs_in(found, &tree::ref_place(&reference)));
    }
    let requirements = items(root.get("security")).chain(
        tree::operations(root)
            .into_iter()
            .flat_map(|op| items(op.op.get("security"))),
    );
    for requirement in requirements {
        for (scheme, _) in entries(Some(requirement)) {
            used.insert(("securitySchemes".to_string(), scheme.clone()));
        }
    }
    let components = root.get("components");
    for kind in COMPONENT_KINDS {
        for (name, _) in entries(components.and_then(|c| c.get(*kind))) {
            if !used.contains(&(kind.to_string(), name.clone())) {
                findings.push(Problem::at(
                    join(&join("components", kind), name),
                    "unused: nothing reachable from `paths` refers to it",
                ));
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::spec;

    /// A spec with one operation `get /a`, whose text is `op` (indented under `get:`).
    fn one_op(op: &str, components: &str) -> Value {
        let op: String = op.lines().map(|l| format!("      {l}\n")).collect();
        spec(&format!("paths:\n  /a:\n    get:\n{op}{components}"))
    }

    const OK: &str = "responses: {'200': {description: ok}}";

    fn places(findings: &[Problem]) -> Vec<&str> {
        findings.iter().map(|f| f.place.as_str()).collect()
    }

    #[test]
    fn operation_id_and_summary_present_is_quiet() {
        let root = one_op(&format!("operationId: a\nsummary: A\n{OK}"), "");
        assert_eq!(operation_ids_and_summaries(&root), vec![]);
    }

    #[test]
    fn missing_operation_id_and_blank_summary_fire() {
        let root = one_op(&format!("summary: ' '\n{OK}"), "");
        let findings = operation_ids_and_summaries(&root);
        let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages, ["no operationId", "no summary"]);
        assert_eq!(findings[0].place, "paths./a.get");
    }

    #[test]
    fn duplicate_operation_id_fires() {
        let root = spec(&format!(
            "paths:\n  /a:\n    get: {{operationId: x, summary: s, {OK}}}\n    post: {{operationId: x, summary: s, {OK}}}\n"
        ));
        let findings = operation_ids_and_summaries(&root);
        assert_eq!(places(&findings), ["paths./a.post"]);
        assert!(findings[0].message.contains("paths./a.get"), "{findings:?}");
    }

    #[test]
    fn success_codes_ranges_and_redirects_are_quiet() {
        for code in ["200", "204", "2XX", "302"] {
            let root = one_op(&format!("responses: {{'{code}': {{description: ok}}}}"), "");
            assert_eq!(success_responses(&root), vec![], "{code}");
        }
    }

    #[test]
    fn only_error_responses_fire() {
        let root = one_op(
            "responses: {'4XX': {description: e}, default: {description: e}}",
            "",
        );
        assert_eq!(
            places(&success_responses(&root)),
            ["paths./a.get.responses"]
        );
    }

    #[test]
    fn referenced_schemas_are_quiet() {
        let root = one_op(
            "requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\nresponses:\n  '200': {$ref: '#/components/responses/R'}",
            "components:\n  responses:\n    R: {description: r, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\n  schemas:\n    A: {type: string}\n",
        );
        assert_eq!(inline_schemas(&root), vec![]);
    }

    #[test]
    fn inline_schemas_fire_in_operations_and_components() {
        let root = one_op(
            "requestBody: {content: {application/json: {schema: {type: string}}}}\nresponses:\n  '200': {description: ok, content: {application/json: {schema: {type: string}}}}\n  '4XX': {$ref: '#/components/responses/R'}",
            "components:\n  responses:\n    R: {description: r, content: {text/plain: {schema: {type: string}}}}\n",
        );
        assert_eq!(
            places(&inline_schemas(&root)),
            [
                "paths./a.get.responses.200.content.application/json.schema",
                "paths./a.get.requestBody.content.application/json.schema",
                "components.responses.R.content.text/plain.schema",
            ]
        );
    }

    #[test]
    fn closed_objects_fire_wherever_they_are() {
        let root = one_op(
            "responses:\n  '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}",
            "components:\n  schemas:\n    A:\n      type: object\n      additionalProperties: false\n      properties:\n        b: {type: object, additionalProperties: false}\n",
        );
        assert_eq!(
            places(&closed_objects(&root)),
            [
                "components.schemas.A.additionalProperties",
                "components.schemas.A.properties.b.additionalProperties",
            ]
        );
    }

    #[test]
    fn open_objects_and_example_data_are_quiet() {
        let root = one_op(
            OK,
            "components:\n  schemas:\n    A:\n      type: object\n      additionalProperties: {type: string}\n      example: {additionalProperties: false}\n",
        );
        assert_eq!(closed_objects(&root), vec![]);
    }

    #[test]
    fn components_reached_through_refs_and_security_are_quiet() {
        let root = one_op(
            &format!(
                "security: [{{key: []}}]\nparameters: [{{$ref: '#/components/parameters/P'}}]\n{OK}"
            ),
            "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: k}\n  parameters:\n    P: {name: p, in: query, schema: {$ref: '#/components/schemas/A'}}\n  schemas:\n    A: {type: array, items: {$ref: '#/components/schemas/B'}}\n    B: {type: string}\n",
        );
        assert_eq!(unused_components(&root), vec![]);
    }

    #[test]
    fn discriminator_mappings_count_as_references() {
        let root = one_op(
            "responses:\n  '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}",
            "components:\n  schemas:\n    Pet:\n      type: object\n      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}\n    Cat: {type: object}\n",
        );
        assert_eq!(unused_components(&root), vec![]);
    }

    #[test]
    fn webhook_payloads_count_as_uses() {
        let root = spec(
            "paths: {}\ncomponents:\n  schemas:\n    P: {type: object, properties: {e: {$ref: '#/components/schemas/E'}}}\n    E: {type: string, enum: [a]}\n    Lone: {type: string}\nx-webhooks:\n  events:\n    a.b: {$ref: '#/components/schemas/P'}\n    c.d: {$ref: '#/components/schemas/Missing'}\n",
        );
        let findings = unused_components(&root);
        assert_eq!(
            places(&findings),
            ["x-webhooks.events.c.d", "components.schemas.Lone"]
        );
    }

    #[test]
    fn unused_components_and_dangling_refs_fire() {
        let root = one_op(
            &format!("parameters: [{{$ref: '#/components/parameters/Missing'}}]\n{OK}"),
            "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: k}\n  headers:\n    H: {schema: {$ref: '#/components/schemas/A'}}\n  schemas:\n    A: {type: string}\n",
        );
        let findings = unused_components(&root);
        assert_eq!(
            places(&findings),
            [
                "paths./a.get.parameters[0]",
                "components.schemas.A",
                "components.headers.H",
                "components.securitySchemes.key",
            ]
        );
        assert!(
            findings[0].message.contains("points at nothing"),
            "{findings:?}"
        );
    }
}
