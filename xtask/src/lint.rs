//! `cargo xtask lint`: checks every spec of [`APIS`] against the project's rules.
//!
//! The rules (one function each, in `lint/checks.rs` and `lint/examples.rs`):
//! 1. every operation has a unique `operationId` and a non-empty `summary`;
//! 2. every operation has a success response (a 2xx code, the 2XX range or a 3xx redirect);
//! 3. response and request body schemas are `$ref`s, never inline;
//! 4. no `additionalProperties: false` (the servers add fields without notice);
//! 5. every `example` validates against its schema;
//! 6. every component is used (reachable from `paths` or from the events of `x-webhooks`,
//!    or a named security scheme).
//!
//! The checks read the raw YAML tree, so that a place can be named exactly as written: a
//! dotted path into the spec, e.g. `paths./customers/{id}.get.responses.200`, which
//! [`Source::line_of`] turns into the line of the file.

mod checks;
mod examples;
mod schema_validator;
mod tree;

use std::path::Path;

use serde_json::Value;

use crate::problem::Problem;
use crate::settings::APIS;
use crate::spec::{self, Source};

/// What a spec holds, for the summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub operations: usize,
    /// Parameters per operation, path-level ones and `$ref`s included.
    pub parameters: usize,
    /// Entries of `components/schemas`.
    pub schemas: usize,
    /// `properties` entries inside the component schemas, nested ones included.
    pub fields: usize,
    /// `example` keywords anywhere in the spec.
    pub examples: usize,
}

/// Every finding of every check in the spec file, with its file and line.
pub fn lint_source(source: &Source) -> Vec<Problem> {
    lint(&source.tree)
        .into_iter()
        .map(|p| Problem {
            file: source.file.clone(),
            line: source.line_of(&p.place),
            ..p
        })
        .collect()
}

/// Every finding of every check of a spec tree (no file, no line), in the order of the rules.
pub fn lint(root: &Value) -> Vec<Problem> {
    let mut findings = checks::operation_ids_and_summaries(root);
    findings.extend(checks::success_responses(root));
    findings.extend(checks::inline_schemas(root));
    findings.extend(checks::closed_objects(root));
    findings.extend(examples::invalid_examples(root));
    findings.extend(checks::unused_components(root));
    findings
}

/// Counts what the spec holds.
pub fn count(root: &Value) -> Counts {
    let ops = tree::operations(root);
    let parameters = ops.iter().map(|op| tree::parameters(root, op).len()).sum();
    let schemas = root.pointer("/components/schemas");
    let mut fields = 0;
    for (name, schema) in tree::entries(schemas) {
        tree::walk(schema, name, &mut |node, _| {
            fields += node
                .get("properties")
                .and_then(Value::as_object)
                .map_or(0, |p| p.len());
        });
    }
    let mut examples = 0;
    tree::walk(root, "", &mut |node, _| {
        examples += usize::from(node.get("example").is_some());
    });
    Counts {
        operations: ops.len(),
        parameters,
        schemas: tree::entries(schemas).count(),
        fields,
        examples,
    }
}

/// Runs the command; returns the process exit code (1 if any spec has a finding).
pub fn run(root: &Path) -> i32 {
    let mut failed = false;
    for api in APIS {
        let loaded = match spec::load(&root.join(api.spec), api.spec) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                continue;
            }
        };
        let findings = lint_source(&loaded.source);
        for f in &findings {
            eprintln!("error: {f}");
        }
        let c = count(&loaded.source.tree);
        eprintln!(
            "{}: {} operations, {} parameters, {} schemas, {} fields, {} examples, {} findings",
            api.spec,
            c.operations,
            c.parameters,
            c.schemas,
            c.fields,
            c.examples,
            findings.len()
        );
        failed |= !findings.is_empty();
    }
    i32::from(failed)
}

/// A spec for tests: `body` (paths, components, ...) after the `openapi` and `info` lines.
#[cfg(test)]
fn spec(body: &str) -> Value {
    let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{body}");
    match spec::parse(&text, "t.yaml") {
        Ok((value, _)) => value,
        Err(e) => panic!("test spec does not parse: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLEAN: &str = "\
security: [{key: []}]
paths:
  /a/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
    get:
      operationId: getA
      summary: Get an A
      parameters:
        - {name: q, in: query, schema: {type: string}, example: x}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
              example: {n: 1, inner: {s: y}}
        default: {$ref: '#/components/responses/Error'}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: x-key}
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  responses:
    Error:
      description: error
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    A:
      type: object
      properties:
        n: {type: integer, example: 3}
        inner:
          type: object
          properties:
            s: {type: string}
    Error:
      type: object
      properties:
        message: {type: string}
";

    #[test]
    fn a_clean_spec_has_no_findings() {
        assert_eq!(lint(&spec(CLEAN)), vec![]);
    }

    #[test]
    fn counts_what_the_spec_holds() {
        let c = count(&spec(CLEAN));
        let expected = Counts {
            operations: 1,
            parameters: 2,
            schemas: 2,
            fields: 4,
            examples: 3,
        };
        assert_eq!(c, expected);
    }

    #[test]
    fn findings_name_the_file_and_line() {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{}",
            CLEAN.replace("      summary: Get an A\n", "")
        );
        let source = Source::from_text(text, "specs/t.yaml").unwrap();
        let findings = lint_source(&source);
        let lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert_eq!(lines, ["specs/t.yaml:8: paths./a/{id}.get: no summary"]);
    }

    #[test]
    fn findings_of_every_rule_are_gathered() {
        let text = CLEAN
            .replace("      operationId: getA\n", "")
            .replace("example: x", "example: [x]");
        let findings = lint(&spec(&text));
        let places: Vec<&str> = findings.iter().map(|f| f.place.as_str()).collect();
        assert_eq!(
            places,
            ["paths./a/{id}.get", "paths./a/{id}.get.parameters[0]"]
        );
    }
}
