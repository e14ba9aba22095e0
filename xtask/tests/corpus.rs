//! The corpus of broken and hostile specs (`tests/corpus/*.yaml`): each one, put in place of
//! a real spec in a scratch workspace, makes `cargo xtask codegen` exit 1 with a message
//! that names the file and the place (operation, schema, property, line), and leaves every
//! file of the workspace as it was, with no temporary file or directory behind.

mod support;

use std::fs;

use support::{generated_path, make_all_stale, scratch_workspace, tree, xtask};

/// The spec each fixture replaces; every message must name it.
const SPEC: &str = "specs/flexprice.yaml";

/// (fixture, what the message must contain besides the file name).
const CASES: &[(&str, &[&str])] = &[
    // Names that collide once the generator has made Rust identifiers of them.
    (
        "operation-ids-snake-case-to-one-method",
        &[
            ":24:",
            "operation `get_customer` (GET /customers)",
            "`getCustomer`",
            "method `get_customer`",
        ],
    ),
    (
        "operation-ids-collide-after-keyword-suffix",
        &[":18:", "operation `type_` (GET /b)", "method `type_`"],
    ),
    (
        "operation-ids-differ-only-in-punctuation",
        &[
            ":18:",
            "`list.customers`",
            "`list-customers`",
            "method `list_customers`",
        ],
    ),
    (
        "operation-id-duplicate",
        &[
            ":24:",
            "duplicate operationId `getCustomer`",
            "GET /customers/{id}), line 7",
        ],
    ),
    (
        "operation-id-missing",
        &[
            ":24:",
            "operation POST /customers",
            "has no operationId",
            "`operationId: postCustomers`",
        ],
    ),
    (
        "properties-camel-and-snake",
        &[
            ":30:",
            "schema `Customer`, property `foo_bar`",
            "`fooBar`",
            "field `foo_bar`",
        ],
    ),
    (
        "properties-self-and-Self",
        &[
            ":30:",
            "schema `Customer`, property `Self`",
            "`self`",
            "field `self_`",
        ],
    ),
    (
        "properties-keyword-and-suffixed",
        &[":30:", "property `type_`", "field `type_`"],
    ),
    (
        "properties-differ-in-case-only",
        &[":30:", "property `url`", "`URL`"],
    ),
    (
        "properties-collide-in-nested-object",
        &[
            ":35:",
            "schema `Customer.address`, property `zip_code`",
            "field `zip_code`",
        ],
    ),
    (
        "query-parameters-filter-brackets",
        &[
            ":16:",
            "operation `listCustomers`",
            "parameter `filter[status][]`",
            "argument `filter_status`",
        ],
    ),
    (
        "query-parameters-camel-and-snake",
        &[":16:", "parameter `page_size`", "argument `page_size`"],
    ),
    (
        "path-and-query-parameter-collide",
        &[
            ":16:",
            "operation `getCustomer` (GET /customers/{id}), parameter `ID`",
            "argument `id`",
        ],
    ),
    // Schemas the generator cannot make types of.
    (
        "schema-object-with-string-enum",
        &[
            ":26:",
            "schema `types.Duration`",
            "`type: object` with an `enum` of strings",
            "make it `type: string`",
        ],
    ),
    (
        "schema-names-collide-after-dots",
        &[
            ":24:",
            "schema `TypesPlan`",
            "`types.Plan` and `TypesPlan`",
            "type `TypesPlan`",
        ],
    ),
    // The path template and the path parameters disagree.
    (
        "path-parameter-absent-from-template",
        &[
            ":11:",
            "operation `getCustomer` (GET /customers), path parameter `id`",
            "never be sent",
        ],
    ),
    (
        "path-level-parameter-absent-from-template",
        &[
            ":8:",
            "operation `listCustomers` (GET /customers), path parameter `id`",
            "never be sent",
        ],
    ),
    (
        "path-parameter-by-ref-absent-from-template",
        &[":22:", "path parameter `customerId`", "no `{customerId}`"],
    ),
    (
        "template-parameter-not-declared",
        &[
            ":7:",
            "operation `getInvoice`",
            "path parameter `invoiceId`",
            "no path parameter `invoiceId` is declared",
        ],
    ),
    // Types no JSON value can fill.
    (
        "schema-contains-itself",
        &[
            ":28:",
            "schema `Customer`, property `parent`",
            "Customer, parent -> Customer",
            "no JSON value",
        ],
    ),
    (
        "schema-cycle-a-b-a",
        &[
            ":30:",
            "schema `Customer`, property `account`",
            "account -> Account, owner -> Customer",
            ":36:",
            "schema `Account`, property `owner`",
        ],
    ),
    (
        "schema-cycle-of-three",
        &[
            ":28:",
            "schema `Customer`, property `plan`",
            "plan -> Plan, price -> Price, customer -> Customer",
        ],
    ),
    (
        "schema-allof-itself",
        &[
            ":25:",
            "schema `Customer`:",
            "allOf[0] -> Customer",
            "no JSON value",
        ],
    ),
    (
        "schema-cycle-through-non-empty-array",
        &[":28:", "property `children`", "children.items -> Customer"],
    ),
    (
        "schema-cycle-through-every-oneof-branch",
        &[
            ":28:",
            "property `next`",
            "next.oneOf[0] -> Customer",
            ":36:",
            "schema `Wrapper`",
        ],
    ),
    // The version, the encoding and the document's shape.
    (
        "openapi-version-as-yaml-number",
        &[
            "at `openapi` (line 1)",
            "YAML number 3.0",
            "openapi: \"3.0.3\"",
        ],
    ),
    (
        "openapi-version-3.0-without-patch",
        &["at `openapi` (line 1)", "version 3.0 is not supported"],
    ),
    (
        "openapi-version-a-list",
        &["at `openapi` (line 1)", "must be a string"],
    ),
    (
        "openapi-3.1",
        &["at `openapi` (line 1)", "version 3.1.0 is not supported"],
    ),
    ("swagger-2", &["at `swagger` (line 1)", "Swagger 2.0"]),
    ("not-a-mapping", &["not a mapping (it is a list)"]),
    ("empty-file", &["not a mapping (it is empty)"]),
    ("utf8-byte-order-mark", &["line 1", "byte-order mark"]),
    ("not-utf8", &["not UTF-8 at line 29, column 27"]),
    ("yaml-syntax-error", &["YAML error at line 10, column 17"]),
    (
        "yaml-duplicate-key",
        &["YAML error at line 28", "duplicate entry with key \"id\""],
    ),
    (
        "yaml-two-documents",
        &["YAML error at line 6", "second document"],
    ),
    ("yaml-alias-bomb", &["YAML error at line 7", "alias bomb"]),
    (
        "yaml-nesting-too-deep",
        &["YAML error at line 6", "recursion limit exceeded"],
    ),
    (
        "not-openapi-shape",
        &[
            "not a valid OpenAPI document at `paths` (line 6, column 3)",
            "expected struct Responses",
        ],
    ),
    // References that lead nowhere.
    (
        "ref-to-a-missing-schema",
        &[
            ":22:",
            "at `paths./customers/{id}.get.responses.200.content.application/json.schema`",
            "#/components/schemas/Client` points at nothing",
        ],
    ),
    (
        "ref-to-another-file",
        &[
            ":22:",
            "common.yaml#/components/schemas/Customer` points outside this document",
        ],
    ),
    // What the facade cannot carry: the scheme at fault, with a hint.
    (
        "security-schemes-several",
        &[
            ":31:",
            "2 security schemes (`bearerAuth`, `reportKey`)",
            "hint: the generated client carries one credential",
        ],
    ),
    // What progenitor itself cannot handle, caught and placed.
    (
        "progenitor-panics-on-two-success-types",
        &[
            "progenitor panicked",
            ": GET /customers/{id} (getCustomer): ",
        ],
    ),
];

/// Runs codegen with `spec` (bytes, or no file at all) in place of the flexprice spec and
/// checks the exit code, the message and that nothing changed.
fn rejected(case: &str, spec: Option<&[u8]>, expected: &[&str]) -> Result<(), String> {
    let dir = scratch_workspace();
    // Every generated file stale: a partial write would change the tree.
    make_all_stale(dir.path());
    let path = dir.path().join(SPEC);
    match spec {
        Some(bytes) => fs::write(&path, bytes).unwrap(),
        None => fs::remove_file(&path).unwrap(),
    }
    let before = tree(dir.path());
    let out = xtask(dir.path(), &["codegen"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut failures = Vec::new();
    if out.status.code() != Some(1) {
        failures.push(format!("exit code {:?}, not 1", out.status.code()));
    }
    if !stderr.contains(&format!("error: {SPEC}")) {
        failures.push(format!("the message does not name {SPEC}"));
    }
    for e in expected {
        if !stderr.contains(e) {
            failures.push(format!("the message lacks {e:?}"));
        }
    }
    if !stderr.contains("nothing was written") {
        failures.push("the message does not say that nothing was written".into());
    }
    if tree(dir.path()) != before {
        failures.push("the workspace changed".into());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{case}: {}\n--- stderr:\n{stderr}",
            failures.join("; ")
        ))
    }
}

#[test]
fn every_broken_spec_is_rejected_by_name_and_place_and_changes_nothing() {
    let corpus = xtask::workspace_root().join("xtask/tests/corpus");
    let mut failures = Vec::new();
    for (case, expected) in CASES {
        let bytes = fs::read(corpus.join(format!("{case}.yaml")))
            .unwrap_or_else(|e| panic!("fixture {case}: {e}"));
        if let Err(e) = rejected(case, Some(&bytes), expected) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_missing_spec_is_named() {
    rejected("missing file", None, &["cannot read", "No such file"]).unwrap();
}

#[test]
fn every_fixture_is_in_the_table() {
    let corpus = xtask::workspace_root().join("xtask/tests/corpus");
    let mut on_disk: Vec<String> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(c, _)| c.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    assert!(CASES.len() + 1 >= 30, "the corpus holds at least 30 specs");
}

/// A spec that is fine except for a stale file elsewhere still writes: the validator does
/// not reject the project's own specs.
#[test]
fn the_real_specs_pass_validation() {
    let dir = scratch_workspace();
    let out = xtask(dir.path(), &["codegen", "--check", "--timings"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let _ = generated_path("flexprice");
    // `--timings` names each API's phases, the client's rewrites and the mocks' among them.
    for api in xtask::settings::APIS {
        for phase in [
            "progenitor",
            "rewrite type_builder_macros",
            "mocks: parse",
            "wire test",
        ] {
            assert!(
                stderr.lines().any(|l| l.starts_with("timing")
                    && l.split_whitespace().nth(1) == Some(api.name)
                    && l.contains(phase)
                    && l.ends_with(" ms")),
                "no `{phase}` timing for {}:\n{stderr}",
                api.name
            );
        }
    }
}
