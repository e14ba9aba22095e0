//! The engine on small specs written for each rule.

use serde_json::{Value, json};

use super::change::{Kind, Side};
use super::changelog::{bump, entries, render_crate};
use super::drift::{drift, render};
use super::model::Document;
use super::rules::{DriftClass, Impact};

fn doc(server: &str, paths: Value, schemas: Value) -> Document {
    let v = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": server}],
        "paths": paths,
        "components": {"schemas": schemas},
    });
    Document::from_text(&v.to_string(), "fixture").expect("fixture parses")
}

/// `GET /things/{id}` answering `200` with `#/components/schemas/Thing`.
fn get_thing(thing: Value) -> Document {
    get_thing_with("https://api.x.com/v2", "/things/{id}", thing)
}

fn get_thing_with(server: &str, path: &str, thing: Value) -> Document {
    let name = path.split(['{', '}']).nth(1).expect("a path parameter");
    doc(
        server,
        json!({ path: {"get": {
            "operationId": "getThing",
            "parameters": [{"name": name, "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Thing"}}}}}
        }}}),
        json!({ "Thing": thing }),
    )
}

/// `POST /things` sending `#/components/schemas/NewThing`.
fn post_thing(new_thing: Value) -> Document {
    doc(
        "https://api.x.com/v2",
        json!({"/things": {"post": {
            "operationId": "createThing",
            "requestBody": {"required": true, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/NewThing"}}}},
            "responses": {"204": {"description": "done"}}
        }}}),
        json!({ "NewThing": new_thing }),
    )
}

/// The drift findings as (class, message), sorted.
fn findings(ours: &Document, vendor: &Document) -> Vec<(DriftClass, String)> {
    let mut out: Vec<(DriftClass, String)> = drift(ours, vendor)
        .findings
        .iter()
        .map(|(c, class)| (*class, super::render::drift_message(c)))
        .collect();
    out.sort();
    out
}

fn obj(required: &[&str], props: Value) -> Value {
    json!({"type": "object", "required": required, "properties": props})
}

#[test]
fn identical_specs_have_no_findings() {
    let thing = obj(&["id"], json!({"id": {"type": "string"}}));
    let r = drift(&get_thing(thing.clone()), &get_thing(thing));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!((r.operations, r.matched), (1, 1));
    assert!(render(&r).ends_with("summary: 0 breaks decoding, 0 loses data, 0 looser\n"));
}

#[test]
fn operations_match_below_the_server_path_whatever_the_parameter_names() {
    let thing = obj(&[], json!({"id": {"type": "string"}}));
    let ours = get_thing_with("https://api.x.com/v2", "/things/{thing_id}", thing.clone());
    let vendor = get_thing_with("https://other.host/", "/v2/things/{id}/", thing);
    let r = drift(&ours, &vendor);
    assert_eq!(r.matched, 1);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    // A different base path is another operation.
    let elsewhere = get_thing_with("https://api.x.com/v3", "/things/{id}", obj(&[], json!({})));
    let r = drift(&ours, &elsewhere);
    assert_eq!(r.matched, 0);
    assert_eq!(
        r.count(DriftClass::Looser),
        1,
        "ours is not in the vendor's spec"
    );
}

#[test]
fn a_required_field_the_vendor_has_optional_breaks_decoding() {
    let ours = get_thing(obj(
        &["id", "commission"],
        json!({"id": {"type": "string"}, "commission": {"type": "number"}}),
    ));
    let vendor = get_thing(obj(
        &["id"],
        json!({"id": {"type": "string"}, "commission": {"type": "number"}}),
    ));
    let r = drift(&ours, &vendor);
    assert!(r.breaks_decoding());
    assert_eq!(
        findings(&ours, &vendor),
        vec![(
            DriftClass::BreaksDecoding,
            "`commission`: required in ours, optional in the vendor's".to_string()
        )]
    );
    // The other way round the client only accepts more.
    assert_eq!(findings(&vendor, &ours)[0].0, DriftClass::Looser);
}

#[test]
fn in_requests_the_direction_reverses() {
    let ours = post_thing(obj(
        &["name"],
        json!({"name": {"type": "string"}, "note": {"type": "string"}}),
    ));
    let vendor = post_thing(obj(
        &["name", "note"],
        json!({"name": {"type": "string"}, "note": {"type": "string"}}),
    ));
    // Ours lets a caller omit what the vendor requires.
    assert_eq!(findings(&ours, &vendor)[0].0, DriftClass::BreaksDecoding);
    // Ours requiring more than the vendor sends nothing it rejects.
    assert_eq!(findings(&vendor, &ours)[0].0, DriftClass::Looser);
    // A wider type in a request may send what the vendor rejects; a narrower one loses data.
    let ours = post_thing(obj(&[], json!({"n": {"type": "number"}})));
    let vendor = post_thing(obj(&[], json!({"n": {"type": "integer"}})));
    assert_eq!(findings(&ours, &vendor)[0].0, DriftClass::BreaksDecoding);
    assert_eq!(findings(&vendor, &ours)[0].0, DriftClass::LosesData);
}

#[test]
fn nullable_matters_where_the_rust_type_is_not_an_option() {
    let ours = get_thing(obj(
        &["a", "b"],
        json!({"a": {"type": "string"}, "b": {"type": "string"}}),
    ));
    let vendor = get_thing(obj(
        &["a"],
        json!({"a": {"type": "string", "nullable": true}, "b": {"type": "string", "nullable": true}}),
    ));
    // `a` is required in ours: a null fails; `b` is optional in the vendor's, required in ours:
    // that is a finding of its own, its nullability is then reported too.
    let f = findings(&ours, &vendor);
    assert!(
        f.contains(&(
            DriftClass::BreaksDecoding,
            "`a`: not nullable in ours, nullable in the vendor's".into()
        )),
        "{f:?}"
    );
    // An optional field decodes null as None: no finding.
    let ours = get_thing(obj(&[], json!({"a": {"type": "string"}})));
    let vendor = get_thing(obj(&[], json!({"a": {"type": "string", "nullable": true}})));
    assert!(findings(&ours, &vendor).is_empty());
    // In a request, a required field ours lets be null is sent as null.
    let ours = post_thing(obj(
        &["v"],
        json!({"v": {"type": "string", "nullable": true}}),
    ));
    let vendor = post_thing(obj(&["v"], json!({"v": {"type": "string"}})));
    assert_eq!(
        findings(&ours, &vendor),
        vec![(
            DriftClass::BreaksDecoding,
            "`v`: nullable in ours, not in the vendor's".into()
        )]
    );
}

#[test]
fn narrower_types_and_formats_break_decoding() {
    let ours = get_thing(obj(
        &[],
        json!({
            "rate": {"type": "integer"},
            "at": {"type": "string", "format": "date-time"},
            "n": {"type": "integer", "format": "int32"},
            "label": {"type": "string", "format": "email"},
        }),
    ));
    let vendor = get_thing(obj(
        &[],
        json!({
            "rate": {"type": "number"},
            "at": {"type": "string"},
            "n": {"type": "integer", "format": "int64"},
            "label": {"type": "string"},
        }),
    ));
    assert_eq!(
        findings(&ours, &vendor),
        vec![
            (
                DriftClass::BreaksDecoding,
                "`at`: format date-time in ours, none in the vendor's".to_string()
            ),
            (
                DriftClass::BreaksDecoding,
                "`n`: format int32 in ours, int64 in the vendor's".to_string()
            ),
            (
                DriftClass::BreaksDecoding,
                "`rate`: type integer in ours, number in the vendor's".to_string()
            ),
        ],
        "a format the generated code does not parse (email) is no finding"
    );
    let ours = get_thing(obj(&[], json!({"x": {"type": "string"}})));
    let vendor = get_thing(obj(&[], json!({"x": {"type": "object"}})));
    assert_eq!(findings(&ours, &vendor)[0].0, DriftClass::BreaksDecoding);
}

#[test]
fn missing_string_enum_values_lose_data_other_enums_break() {
    let ours = get_thing(obj(
        &[],
        json!({
            "kind": {"type": "string", "enum": ["a", "b"]},
            "level": {"type": "integer", "enum": [1, 2]},
        }),
    ));
    let vendor = get_thing(obj(
        &[],
        json!({
            "kind": {"type": "string", "enum": ["a", "b", "c"]},
            "level": {"type": "integer", "enum": [1, 2, 3]},
        }),
    ));
    assert_eq!(
        findings(&ours, &vendor),
        vec![
            (
                DriftClass::BreaksDecoding,
                "`level`: enum value `3` only in the vendor's".to_string()
            ),
            (
                DriftClass::LosesData,
                "`kind`: enum value `c` only in the vendor's".to_string()
            ),
        ]
    );
    // In a request, a value the vendor does not list may be rejected.
    let ours = post_thing(obj(
        &[],
        json!({"kind": {"type": "string", "enum": ["a", "z"]}}),
    ));
    let vendor = post_thing(obj(&[], json!({"kind": {"type": "string", "enum": ["a"]}})));
    assert_eq!(findings(&ours, &vendor)[0].0, DriftClass::BreaksDecoding);
}

#[test]
fn what_the_vendor_has_and_ours_lacks_loses_data() {
    let ours = get_thing(obj(
        &[],
        json!({"id": {"type": "string"}, "item": {"type": "object", "additionalProperties": true}}),
    ));
    let vendor = doc(
        "https://api.x.com/v2",
        json!({"/things/{id}": {"get": {
            "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
            }
        }}}),
        json!({"Thing": obj(&[], json!({
            "id": {"type": "string"},
            "email": {"type": "string"},
            "item": {"$ref": "#/components/schemas/Item"},
        })), "Item": obj(&["sku"], json!({"sku": {"type": "string"}}))}),
    );
    let f = findings(&ours, &vendor);
    assert_eq!(
        f,
        vec![
            (
                DriftClass::BreaksDecoding,
                "success status 201: declared by the vendor, missing in ours".to_string()
            ),
            (
                DriftClass::LosesData,
                "`item`: an open object in ours; the vendor's lists 1 fields: sku".to_string()
            ),
            (
                DriftClass::LosesData,
                "field `email` only in the vendor's (optional)".to_string()
            ),
            (
                DriftClass::LosesData,
                "header parameter `Idempotency-Key`: only in the vendor's (optional)".to_string()
            ),
        ]
    );
}

#[test]
fn ours_rejecting_unlisted_properties_breaks_decoding() {
    let mut strict = obj(&[], json!({"id": {"type": "string"}}));
    strict["additionalProperties"] = json!(false);
    let open = obj(&[], json!({"id": {"type": "string"}}));
    assert_eq!(
        findings(&get_thing(strict.clone()), &get_thing(open.clone()))[0].0,
        DriftClass::BreaksDecoding
    );
    // The vendor forbidding what ours ignores anyway is not worth a line.
    assert!(findings(&get_thing(open), &get_thing(strict)).is_empty());
}

#[test]
fn references_all_of_and_cycles_resolve() {
    // Ours: a flat recursive node. Vendor: the same through allOf and a nullable reference.
    let ours = get_thing(obj(
        &["id"],
        json!({
            "id": {"type": "string"},
            "parent": {"$ref": "#/components/schemas/Thing"},
        }),
    ));
    let vendor = doc(
        "https://api.x.com/v2",
        json!({"/things/{id}": {"get": {
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}
        }}}),
        json!({
            "Base": obj(&["id"], json!({"id": {"type": "string"}})),
            "Thing": {"allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"parent": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Thing"}]}}}
            ]}
        }),
    );
    // `parent` is optional in ours: a null decodes as None. Nothing else differs.
    let f = findings(&ours, &vendor);
    assert!(f.is_empty(), "{f:?}");
    // A real difference deep in the cycle is still found, once.
    let mut changed = ours.root.clone();
    changed["components"]["schemas"]["Thing"]["properties"]["id"] = json!({"type": "integer"});
    let changed = Document::from_text(&changed.to_string(), "changed").unwrap();
    assert_eq!(
        findings(&changed, &vendor),
        vec![(
            DriftClass::BreaksDecoding,
            "`id`: type integer in ours, string in the vendor's".to_string()
        )]
    );
}

#[test]
fn json_and_yaml_both_load() {
    let yaml = "openapi: 3.0.1\nservers:\n  - url: https://a.b/v1\npaths:\n  /x:\n    get:\n      responses:\n        200:\n          description: ok\n";
    let d = Document::from_text(yaml, "y").unwrap();
    let ops = d.operations();
    assert_eq!(ops[0].key, "/v1/x");
    assert!(
        ops[0].responses.contains_key("200"),
        "integer status keys become strings"
    );
    let json = r#"{"openapi": "3.0.0", "paths": {"/x": {"get": {"responses": {}}}}}"#;
    assert_eq!(
        Document::from_text(json, "j").unwrap().operations()[0].key,
        "/x"
    );
    assert!(Document::from_text("openapi: 2.0\n", "s").is_err());
}

#[test]
fn a_large_vendor_spec_is_searched_for_our_operations_only() {
    // Hundreds of paths and schemas, most of them unrelated to ours (and some far from what
    // a typed OpenAPI parser accepts), in the shape of a whole vendor spec.
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    for i in 0..400 {
        paths.insert(
            format!("/resource{i}/{{id}}"),
            json!({"get": {"x-vendor": [i, {"odd": null}], "responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": format!("#/components/schemas/R{i}")}}}}}}}),
        );
        schemas.insert(
            format!("R{i}"),
            json!({"type": "object", "properties": {
                "next": {"$ref": format!("#/components/schemas/R{}", (i + 1) % 400)},
                "blob": {"type": "string", "description": "x".repeat(1500)}
            }}),
        );
    }
    paths.insert(
        "/things/{thing}".into(),
        json!({"get": {"parameters": [{"name": "thing", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Thing"}}}}}}}),
    );
    schemas.insert(
        "Thing".into(),
        obj(
            &[],
            json!({"id": {"type": "integer"}, "next": {"$ref": "#/components/schemas/R0"}}),
        ),
    );
    let vendor = doc(
        "https://api.x.com/v2",
        Value::Object(paths),
        Value::Object(schemas),
    );
    assert!(vendor.root.to_string().len() > 600_000);
    let ours = get_thing(obj(&[], json!({"id": {"type": "string"}})));
    let r = drift(&ours, &vendor);
    assert_eq!((r.operations, r.matched), (1, 1));
    assert_eq!(
        findings(&ours, &vendor),
        vec![
            (
                DriftClass::BreaksDecoding,
                "`id`: type string in ours, integer in the vendor's".to_string()
            ),
            (
                DriftClass::LosesData,
                "field `next` only in the vendor's (optional)".to_string()
            ),
        ]
    );
}

#[test]
fn error_bodies_are_compared_against_ours_by_status_class_or_default() {
    let with_error = |status: &str, error: Value| {
        doc(
            "https://api.x.com/v1",
            json!({"/x": {"get": {"responses": {
                "204": {"description": "ok"},
                status: {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }}}}),
            json!({"Error": error}),
        )
    };
    let ours = with_error("default", obj(&[], json!({"error": {"type": "object"}})));
    let vendor = with_error(
        "400",
        obj(
            &[],
            json!({"code": {"type": "string"}, "message": {"type": "string"}}),
        ),
    );
    assert_eq!(
        findings(&ours, &vendor),
        vec![
            (
                DriftClass::LosesData,
                "field `code` only in the vendor's (optional)".to_string()
            ),
            (
                DriftClass::LosesData,
                "field `message` only in the vendor's (optional)".to_string()
            ),
            (
                DriftClass::Looser,
                "field `error` only in ours (optional)".to_string()
            ),
        ]
    );
}

#[test]
fn our_spec_is_guessed_from_the_operations_the_vendor_file_shares() {
    let root = crate::workspace_root();
    let vendor = doc(
        "https://us.api.flexprice.io/v1",
        json!({"/customers/{customer}": {"get": {"responses": {}}}}),
        json!({}),
    );
    let ours = super::drift::choose(&root, None, &vendor).unwrap();
    assert_eq!(ours.label, "specs/flexprice.yaml");
    let nothing = doc(
        "https://nowhere.example",
        json!({"/zzz": {"get": {}}}),
        json!({}),
    );
    let err = super::drift::choose(&root, None, &nothing).err().unwrap();
    assert!(err.contains("--api"), "{err}");
    let err = super::drift::choose(&root, Some("nope"), &nothing)
        .err()
        .unwrap();
    assert!(err.contains("no API named `nope`"), "{err}");
}

#[test]
fn request_constraints_count_only_where_ours_is_stricter() {
    let lax = post_thing(obj(&[], json!({"name": {"type": "string"}})));
    let strict = post_thing(obj(
        &[],
        json!({"name": {"type": "string", "maxLength": 10}}),
    ));
    // Ours laxer: the server's 400 reaches the caller; not reported.
    assert!(findings(&lax, &strict).is_empty());
    // Ours stricter: the caller cannot send values the vendor accepts.
    assert_eq!(
        findings(&strict, &lax),
        vec![(
            DriftClass::LosesData,
            "`name`: maxLength 10 in ours, none in the vendor's".to_string()
        )]
    );
    // In a response the generated type enforces it while decoding.
    let strict = get_thing(obj(
        &[],
        json!({"name": {"type": "string", "maxLength": 10}}),
    ));
    let lax = get_thing(obj(
        &[],
        json!({"name": {"type": "string", "maxLength": 20}}),
    ));
    assert_eq!(findings(&strict, &lax)[0].0, DriftClass::BreaksDecoding);
}

// ---- changelog -------------------------------------------------------------------------

/// The changelog entries as (impact, message), sorted.
fn log(before: &Document, now: &Document) -> Vec<(Impact, String)> {
    let mut out: Vec<(Impact, String)> = entries(before, now)
        .iter()
        .map(|(c, i)| {
            (
                *i,
                format!("{}: {}", c.location, super::render::changelog_message(c)),
            )
        })
        .collect();
    out.sort();
    out
}

fn ops(paths: Value) -> Document {
    doc("https://api.x.com/v1", paths, json!({}))
}

#[test]
fn operations_added_and_removed() {
    let one = ops(
        json!({"/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "x"}}}}}),
    );
    let two = ops(json!({
        "/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "x"}}}},
        "/b": {"delete": {"operationId": "deleteB", "responses": {"204": {"description": "x"}}}}
    }));
    assert_eq!(
        log(&one, &two),
        vec![(
            Impact::NotBreaking,
            "DELETE /b (deleteB): operation added".to_string()
        )]
    );
    assert_eq!(
        log(&two, &one),
        vec![(
            Impact::Breaking,
            "DELETE /b (deleteB): operation removed".to_string()
        )]
    );
}

fn with_params(params: Value) -> Document {
    ops(
        json!({"/a/{id}": {"get": {"operationId": "getA", "parameters": params, "responses": {"204": {"description": "x"}}}}}),
    )
}

#[test]
fn parameters_added_removed_renamed_and_made_required() {
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let limit = json!({"name": "limit", "in": "query", "schema": {"type": "integer"}});
    let mut limit_required = limit.clone();
    limit_required["required"] = json!(true);
    let base = with_params(json!([id]));
    assert_eq!(
        log(&base, &with_params(json!([id, limit]))),
        vec![(
            Impact::NotBreaking,
            "GET /a/{id} (getA): query parameter `limit` added (optional)".to_string()
        )]
    );
    assert_eq!(
        log(&base, &with_params(json!([id, limit_required]))),
        vec![(
            Impact::Breaking,
            "GET /a/{id} (getA): query parameter `limit` added (required)".to_string()
        )]
    );
    assert_eq!(
        log(&with_params(json!([id, limit])), &base)[0].0,
        Impact::Breaking
    );
    assert_eq!(
        log(
            &with_params(json!([id, limit])),
            &with_params(json!([id, limit_required]))
        ),
        vec![(
            Impact::Breaking,
            "GET /a/{id} (getA): query parameter `limit`: now required".to_string()
        )]
    );
    assert_eq!(
        log(
            &with_params(json!([id, limit_required])),
            &with_params(json!([id, limit]))
        )[0]
        .0,
        Impact::NotBreaking
    );
    let renamed = ops(json!({"/a/{a_id}": {"get": {"operationId": "getA",
        "parameters": [{"name": "a_id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "x"}}}}}));
    assert_eq!(
        log(&base, &renamed),
        vec![(
            Impact::Breaking,
            "GET /a/{id} (getA): path parameter `id` renamed to `a_id`".to_string()
        )]
    );
}

fn schemas(s: Value) -> Document {
    doc("https://api.x.com/v1", json!({}), s)
}

#[test]
fn fields_added_removed_and_changed() {
    let before = schemas(
        json!({"Thing": obj(&["id"], json!({"id": {"type": "string"}, "n": {"type": "integer"}}))}),
    );
    let added_optional = schemas(
        json!({"Thing": obj(&["id"], json!({"id": {"type": "string"}, "n": {"type": "integer"}, "note": {"type": "string"}}))}),
    );
    let added_required = schemas(
        json!({"Thing": obj(&["id", "note"], json!({"id": {"type": "string"}, "n": {"type": "integer"}, "note": {"type": "string"}}))}),
    );
    let retyped = schemas(
        json!({"Thing": obj(&["id"], json!({"id": {"type": "string"}, "n": {"type": "number"}}))}),
    );
    let optional_id = schemas(
        json!({"Thing": obj(&[], json!({"id": {"type": "string"}, "n": {"type": "integer"}}))}),
    );
    let nullable_n = schemas(
        json!({"Thing": obj(&["id"], json!({"id": {"type": "string"}, "n": {"type": "integer", "nullable": true}}))}),
    );
    assert_eq!(
        log(&before, &added_optional),
        vec![(
            Impact::NotBreaking,
            "schema `Thing`: field `note` added (optional)".to_string()
        )]
    );
    assert_eq!(
        log(&before, &added_required),
        vec![(
            Impact::Breaking,
            "schema `Thing`: field `note` added (required)".to_string()
        )]
    );
    assert_eq!(
        log(&added_optional, &before),
        vec![(
            Impact::Breaking,
            "schema `Thing`: field `note` removed (optional)".to_string()
        )]
    );
    assert_eq!(
        log(&before, &retyped),
        vec![(
            Impact::Breaking,
            "schema `Thing`: `n`: type integer -> number".to_string()
        )]
    );
    // `id: String` becomes `Option<String>`.
    assert_eq!(
        log(&before, &optional_id),
        vec![(
            Impact::Breaking,
            "schema `Thing`: `id`: now optional".to_string()
        )]
    );
    // `n` is optional: `Option<i64>` either way.
    assert_eq!(
        log(&before, &nullable_n),
        vec![(
            Impact::NotBreaking,
            "schema `Thing`: `n`: now nullable".to_string()
        )]
    );
}

#[test]
fn enum_values_added_and_removed_and_schemas() {
    let e = |values: Value| schemas(json!({"Status": {"type": "string", "enum": values}}));
    assert_eq!(
        log(&e(json!(["a"])), &e(json!(["a", "b"]))),
        vec![(
            Impact::NotBreaking,
            "schema `Status`: enum value `b` added".to_string()
        )]
    );
    assert_eq!(
        log(&e(json!(["a", "b"])), &e(json!(["a"]))),
        vec![(
            Impact::Breaking,
            "schema `Status`: enum value `b` removed".to_string()
        )]
    );
    let none = schemas(json!({}));
    assert_eq!(
        log(&none, &e(json!(["a"]))),
        vec![(
            Impact::NotBreaking,
            "schema `Status`: schema added".to_string()
        )]
    );
    assert_eq!(
        log(&e(json!(["a"])), &none),
        vec![(
            Impact::Breaking,
            "schema `Status`: schema removed".to_string()
        )]
    );
}

#[test]
fn request_body_fields_follow_the_same_rules() {
    let before = post_thing(obj(&["name"], json!({"name": {"type": "string"}})));
    let now = post_thing(obj(
        &["name", "owner"],
        json!({"name": {"type": "string"}, "owner": {"type": "string"}}),
    ));
    let l = log(&before, &now);
    assert_eq!(
        l,
        vec![(
            Impact::Breaking,
            "schema `NewThing`: field `owner` added (required)".to_string()
        )]
    );
}

#[test]
fn a_change_reported_once_even_when_reached_twice() {
    let thing = obj(&[], json!({"id": {"type": "string"}}));
    let mut thing2 = thing.clone();
    thing2["properties"]["extra"] = json!({"type": "string"});
    let changes = entries(&get_thing(thing), &get_thing(thing2));
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(matches!(
        changes[0].0.kind,
        Kind::PropertyOnly { side: Side::B, .. }
    ));
}

#[test]
fn the_bump_follows_the_worst_change() {
    let before = schemas(json!({"S": {"type": "string", "enum": ["a"]}}));
    let added = entries(
        &before,
        &schemas(json!({"S": {"type": "string", "enum": ["a", "b"]}})),
    );
    let removed = entries(
        &before,
        &schemas(json!({"S": {"type": "string", "enum": []}})),
    );
    assert_eq!(bump("0.1.3", &[]), None);
    assert_eq!(bump("0.1.3", &added).as_deref(), Some("0.1.4"));
    assert_eq!(bump("0.1.3", &removed).as_deref(), Some("0.2.0"));
    assert_eq!(bump("1.2.3", &removed).as_deref(), Some("2.0.0"));
    let text = render_crate("demo", "0.1.3", &removed);
    assert!(
        text.starts_with("## demo 0.1.3 -> 0.2.0 (minor: breaking changes)\n"),
        "{text}"
    );
    assert!(
        text.contains("Breaking:\n- schema `S`: enum value `a` removed\n"),
        "{text}"
    );
    assert_eq!(
        render_crate("demo", "0.1.3", &[]),
        "## demo 0.1.3: no API change\n"
    );
}

/// A spec with two payload schemas and the webhook `events` given.
fn webhooks(events: Value) -> Document {
    let v = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"P": {"type": "object"}, "Q": {"type": "object"}}},
        "x-webhooks": {"verification": "standard-webhooks", "event-name": "/event_type", "events": events},
    });
    Document::from_text(&v.to_string(), "fixture").expect("fixture parses")
}

#[test]
fn webhook_events_added_removed_and_repointed() {
    let p = json!({"$ref": "#/components/schemas/P"});
    let q = json!({"$ref": "#/components/schemas/Q"});
    let before = webhooks(json!({"a.created": p}));
    assert_eq!(
        log(&before, &webhooks(json!({"a.created": p, "a.deleted": p}))),
        vec![(
            Impact::NotBreaking,
            "webhook event `a.deleted`: webhook event added".to_string()
        )]
    );
    assert_eq!(
        log(&before, &webhooks(json!({}))),
        vec![(
            Impact::Breaking,
            "webhook event `a.created`: webhook event removed".to_string()
        )]
    );
    assert_eq!(
        log(&before, &webhooks(json!({"a.created": q}))),
        vec![(
            Impact::Breaking,
            "webhook event `a.created`: payload schema `P` -> `Q`".to_string()
        )]
    );
    // Drift never reports webhooks: vendors' specs have no `x-webhooks`.
    assert_eq!(findings(&before, &webhooks(json!({}))), vec![]);
}

#[test]
fn a_vendor_path_repeating_its_base_path_pairs_with_ours() {
    let thing = obj(&[], json!({"id": {"type": "string"}}));
    let ours = get_thing_with("https://api.x.com/v2", "/things/{id}", thing.clone());
    let vendor = get_thing_with("https://api.x.com/v2", "/v2/things/{id}", thing);
    let r = drift(&ours, &vendor);
    assert_eq!((r.matched, r.vendor_operations), (1, 1));
    assert!(
        r.missing_operations.is_empty(),
        "{:?}",
        r.missing_operations
    );
    assert_eq!(r.repeated_base_paths, ["GET /v2/things/{id} (getThing)"]);
    assert!(render(&r).contains("repeat its server's base path (1; paired as if written once)"));
}

#[test]
fn an_enum_contradicting_its_type_is_set_aside_as_looser() {
    let ours = post_thing(obj(&[], json!({"unit": {"type": "string"}})));
    let mut bad = obj(&[], json!({"unit": {"type": "string"}}));
    bad["enum"] = json!(["3600000000000"]);
    let f = findings(&ours, &post_thing(bad));
    assert_eq!(
        f,
        [(
            DriftClass::Looser,
            "the vendor's lists enum values that are no object: no value fits it, its enum is ignored"
                .to_string()
        )]
    );
    // A well-typed enum on the vendor's side still counts as one.
    let mut good = obj(&[], json!({"unit": {"type": "string"}}));
    good["enum"] = json!([{"unit": "h"}]);
    let f = findings(&ours, &post_thing(good));
    assert_eq!(f[0].0, DriftClass::BreaksDecoding, "{f:?}");
}

#[test]
fn vendor_pages_documenting_our_webhooks_are_compared_as_payloads_not_operations() {
    let thing = obj(&["id"], json!({"id": {"type": "string"}}));
    let mut ours = get_thing(thing.clone());
    ours.root["x-webhooks"] =
        json!({"events": {"thing.created": {"$ref": "#/components/schemas/Thing"}}});
    let mut vendor = get_thing(thing);
    let payload = obj(
        &[],
        json!({"id": {"type": "string"}, "at": {"type": "string"}}),
    );
    vendor.root["components"]["schemas"]["ThingEvent"] = payload;
    let page = json!({"post": {"responses": {"200": {"description": "", "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ThingEvent"}}}}}}});
    vendor.root["paths"]["/webhook-events/thing.created"] = page.clone();
    // An entry named for no event of ours stays a missing operation.
    vendor.root["paths"]["/webhook-events/thing.deleted"] = page;
    let r = drift(&ours, &vendor);
    assert_eq!(
        r.webhook_descriptions,
        ["POST /webhook-events/thing.created"]
    );
    assert_eq!(r.vendor_operations, 2);
    assert_eq!(r.missing_operations, ["POST /webhook-events/thing.deleted"]);
    // The payloads were compared: the vendor's has a field ours lacks, and ours requires
    // one the vendor has optional.
    let text = render(&r);
    assert!(
        text.contains("schema `Thing` (the vendor's `ThingEvent`), received in responses"),
        "{text}"
    );
    assert_eq!(r.count(DriftClass::LosesData), 1, "{text}");
    assert_eq!(r.count(DriftClass::BreaksDecoding), 1, "{text}");
}
