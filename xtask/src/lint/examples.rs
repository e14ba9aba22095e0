//! Rule 5: every `example` validates against its schema.

use serde_json::Value;

use super::schema_validator::validate;
use super::tree;
use crate::problem::Problem;

/// Every `example` that does not validate. The schema of an example is the `schema` of the
/// object holding it (a parameter, header or media type), else that object itself (a schema
/// or a property). A parameter or media type without a `schema` has nothing to check against.
pub fn invalid_examples(root: &Value) -> Vec<Problem> {
    let mut findings = Vec::new();
    tree::walk(root, "", &mut |node, place| {
        let Some(example) = node.get("example") else {
            return;
        };
        let schema = match node.get("schema") {
            Some(schema) => schema,
            None if node.get("in").is_some() || node.get("content").is_some() => return,
            None => node,
        };
        let mut errors = Vec::new();
        validate(root, schema, example, "example", &mut errors);
        findings.extend(errors.into_iter().map(|e| Problem::at(place, e)));
    });
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::spec;

    /// One `get /a` whose 200 response has the example `body` (JSON), whose parameter has
    /// the example `param`, and whose `Customer.environment` property has the example `property`.
    fn with_examples(body: &str, param: &str, property: &str) -> Value {
        spec(&format!(
            "\
paths:
  /a:
    get:
      parameters: [{{name: n, in: query, schema: {{type: integer, format: int32}}, example: {param}}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Customer'}}
              example: {body}
components:
  schemas:
    Customer:
      type: object
      required: [id]
      properties:
        id: {{type: string, example: c1}}
        environment: {{type: integer, format: int64, example: {property}}}
        since: {{type: string, format: date-time}}
"
        ))
    }

    #[test]
    fn valid_examples_are_quiet() {
        let root = with_examples(
            r#"{"id": "c1", "environment": 2, "since": "2026-03-18T09:42:11Z"}"#,
            "7",
            "2",
        );
        assert_eq!(invalid_examples(&root), vec![]);
    }

    #[test]
    fn media_type_examples_are_checked_against_the_schema() {
        let root = with_examples(r#"{"environment": "2", "since": "yesterday"}"#, "7", "2");
        let place = "paths./a.get.responses.200.content.application/json";
        assert_eq!(
            invalid_examples(&root),
            vec![
                Problem::at(place, "example: missing required property `id`"),
                Problem::at(place, "example.environment: expected integer, got string"),
                Problem::at(
                    place,
                    "example.since: \"yesterday\" is not a valid date-time"
                ),
            ]
        );
    }

    #[test]
    fn parameter_examples_are_checked_against_the_parameter_schema() {
        let root = with_examples(r#"{"id": "c1"}"#, "seven", "2");
        assert_eq!(
            invalid_examples(&root),
            vec![Problem::at(
                "paths./a.get.parameters[0]",
                "example: expected integer, got string"
            )]
        );
    }

    #[test]
    fn property_examples_are_checked_against_the_property() {
        let root = with_examples(r#"{"id": "c1"}"#, "7", "two");
        assert_eq!(
            invalid_examples(&root),
            vec![Problem::at(
                "components.schemas.Customer.properties.environment",
                "example: expected integer, got string"
            )]
        );
    }
}
