//! `cargo xtask import` and drift's coverage lists, on small specs written here.

use super::drift::{drift, render};
use super::import::import;
use super::model::Document;

/// Ours: one documented operation, a comment, our own parameter and error response.
const OURS: &str = "\
openapi: 3.0.3
info:
  title: Ours
  version: '1'
servers:
  - url: https://api.x.com/v2
tags:
  - name: Thing
    description: Our words about things.
paths:
  # Things are the one documented resource.
  /projects/{project_id}/things:
    get:
      operationId: listThings
      tags:
        - Thing
      summary: List things
      parameters:
        - $ref: '#/components/parameters/ProjectId'
      responses:
        '200':
          description: The things.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
        '4XX':
          $ref: '#/components/responses/Error'
components:
  parameters:
    ProjectId:
      name: project_id
      in: path
      required: true
      description: Our project id.
      schema:
        type: string
  responses:
    Error:
      description: An error.
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
  schemas:
    Thing:
      description: A thing, in our words.
      type: object
      properties:
        id:
          type: string
    Error:
      type: object
      properties:
        message:
          type: string
    OurOwn:
      type: string
";

/// The vendor's: the same list, a POST on the same path, a new path, prose everywhere.
const VENDOR: &str = "\
openapi: 3.0.3
info: {title: Vendor, version: '2'}
servers:
  - url: https://api.x.com/v2
paths:
  /projects/{project_id}/things:
    get:
      operationId: list-things
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
    post:
      operationId: create-thing
      summary: Vendor prose summary
      description: Vendor prose.
      tags: [Thing]
      parameters:
      - name: project_id
        in: path
        required: true
        description: Vendor prose about the project.
        schema: {type: string, maxLength: 255, example: proj1}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewThing'}
      responses:
        '201':
          description: Vendor prose.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              example: {id: t1, description: kept because it is data}
        '400':
          $ref: '#/components/responses/BadRequest'
  /projects/{project_id}/widgets/{widget_id}:
    post:
      operationId: update-widget
      requestBody:
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              properties:
                size: {type: integer}
              example: {size: 3, additionalProperties: false}
      responses:
        '204': {description: ''}
    delete:
      operationId: delete-widget
      tags: [Widget]
      parameters:
      - {name: project_id, in: path, required: true, schema: {type: string}}
      - {name: widget_id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: Vendor prose.}
        '404': {$ref: '#/components/responses/BadRequest'}
components:
  responses:
    BadRequest:
      description: Vendor prose.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
        name: {type: string}
    Error:
      type: object
      properties:
        message: {type: string}
    NewThing:
      title: Vendor title
      description: Vendor prose.
      type: object
      required: [kind]
      properties:
        description:
          description: A property named description keeps its name.
          type: string
        kind: {$ref: '#/components/schemas/Kind'}
    Kind:
      type: string
      enum: [big, small]
      example: big
    Unused:
      type: string
";

fn imported() -> String {
    import(OURS, "ours", VENDOR, "vendor")
        .expect("imports")
        .text
}

#[test]
fn adds_the_missing_operations_and_what_they_reach() {
    let result = import(OURS, "ours", VENDOR, "vendor").expect("imports");
    assert_eq!(
        result.operations,
        [
            "POST /projects/{project_id}/things (create-thing)",
            "POST /projects/{project_id}/widgets/{widget_id} (update-widget)",
            "DELETE /projects/{project_id}/widgets/{widget_id} (delete-widget)"
        ]
    );
    // `Thing` and `Error` exist in ours and are reused; `BadRequest` is replaced by our
    // error response; `Unused` is reached by nothing.
    // The inline request body becomes a component named after its operation.
    assert_eq!(
        result.components,
        [
            "schemas/NewThing",
            "schemas/Kind",
            "schemas/UpdateWidgetRequest"
        ]
    );
    assert_eq!(result.tags, ["Widget"]);
    let doc = Document::from_text(&result.text, "imported").expect("loads");
    assert_eq!(doc.operations().len(), 4);
    let update = doc
        .root
        .pointer("/components/schemas/UpdateWidgetRequest")
        .expect("hoisted");
    // `additionalProperties: false` is dropped from schemas, kept in example data.
    assert!(update.get("additionalProperties").is_none());
    assert_eq!(update["example"]["additionalProperties"], false);
    assert_eq!(
        doc.root.pointer(
            "/paths/~1projects~1{project_id}~1widgets~1{widget_id}/post/requestBody/content/application~1json/schema/$ref"
        ),
        Some(&serde_json::json!("#/components/schemas/UpdateWidgetRequest"))
    );
    let post = doc
        .root
        .pointer("/paths/~1projects~1{project_id}~1things/post")
        .expect("the POST sits under our existing path");
    // Our parameter stands for the vendor's equal inline one.
    assert_eq!(
        post["parameters"][0]["$ref"],
        "#/components/parameters/ProjectId"
    );
    // Errors follow ours; success keeps an empty description (OpenAPI requires one).
    let responses = post["responses"].as_object().expect("responses");
    let codes: Vec<&String> = responses.keys().collect();
    assert_eq!(codes, ["201", "4XX"]);
    assert_eq!(responses["201"]["description"], "");
    assert_eq!(responses["4XX"]["$ref"], "#/components/responses/Error");
    // Examples and enums are data and stay whole.
    assert_eq!(
        responses["201"]["content"]["application/json"]["example"]["description"],
        "kept because it is data"
    );
    let new_thing = doc
        .root
        .pointer("/components/schemas/NewThing")
        .expect("NewThing added");
    assert!(new_thing.get("description").is_none());
    assert!(new_thing.get("title").is_none());
    assert_eq!(new_thing["properties"]["description"]["type"], "string");
    assert!(
        new_thing["properties"]["description"]
            .get("description")
            .is_none()
    );
    assert_eq!(
        doc.root.pointer("/components/schemas/Kind/enum"),
        Some(&serde_json::json!(["big", "small"]))
    );
}

#[test]
fn no_vendor_prose_reaches_our_file() {
    let text = imported();
    assert!(!text.contains("Vendor prose"), "{text}");
    assert!(!text.contains("Vendor title"), "{text}");
}

#[test]
fn our_text_survives_line_for_line() {
    let text = imported();
    // Every line of ours is still there, in order (only insertions happened).
    let mut ours = OURS.lines().peekable();
    for line in text.lines() {
        if ours.peek() == Some(&line) {
            ours.next();
        }
    }
    assert_eq!(ours.next(), None, "a line of ours was lost:\n{text}");
    assert!(text.contains("  # Things are the one documented resource.\n"));
    // New schemas go after the last schema both share, before ours-only ones.
    let kind = text.find("    Kind:").expect("Kind");
    let own = text.find("    OurOwn:").expect("OurOwn");
    let error = text.find("    Error:\n      type: object").expect("Error");
    assert!(error < kind && kind < own, "{text}");
}

#[test]
fn running_it_twice_changes_nothing() {
    let once = imported();
    let twice = import(&once, "ours", VENDOR, "vendor").expect("imports again");
    assert_eq!(twice.text, once);
    assert!(twice.operations.is_empty() && twice.components.is_empty());
    // And with nothing to add, the text is ours unchanged.
    let same = import(OURS, "ours", OURS, "ours").expect("imports itself");
    assert_eq!(same.text, OURS);
}

#[test]
fn a_reference_the_vendor_does_not_define_is_an_error() {
    let broken = VENDOR.replace(
        "kind: {$ref: '#/components/schemas/Kind'}",
        "kind: {$ref: '#/components/schemas/Nope'}",
    );
    let err = import(OURS, "ours", &broken, "vendor").expect_err("fails");
    assert!(err.contains("#/components/schemas/Nope"), "{err}");
}

#[test]
fn drift_lists_what_ours_lacks_with_counts() {
    let ours = Document::from_text(OURS, "ours").expect("ours");
    let vendor = Document::from_text(VENDOR, "vendor").expect("vendor");
    let report = drift(&ours, &vendor);
    assert_eq!(report.vendor_operations, 4);
    assert_eq!(report.missing_operations.len(), 3);
    assert_eq!(report.missing_schemas, ["Kind", "NewThing", "Unused"]);
    let text = render(&report);
    assert!(
        text.contains(
            "coverage: 1 of the vendor's 4 operations covered, 2 of its 5 schemas matched"
        ),
        "{text}"
    );
    assert!(text.contains("  DELETE /projects/{project_id}/widgets/{widget_id} (delete-widget)"));

    let full = Document::from_text(&imported(), "imported").expect("imported");
    let report = drift(&full, &vendor);
    assert!(report.missing_operations.is_empty());
    assert_eq!(report.missing_schemas, ["Unused"]);
}
