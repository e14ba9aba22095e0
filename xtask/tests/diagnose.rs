//! When progenitor rejects a large spec, the xtask names the component schema at fault, with
//! its line, after a number of generator runs that grows with the logarithm of the spec's size,
//! and blames no innocent operation.

use xtask::settings::APIS;
use xtask::synthetic::spec as synthetic_spec;

fn generate(text: &str) -> Result<xtask::generate::Generated, String> {
    let api = APIS.iter().find(|a| a.name == "flexprice").unwrap();
    let spec =
        xtask::spec::LoadedSpec::from_text(text.to_string(), "specs/synthetic.yaml").unwrap();
    xtask::generate::generate(api, &spec)
}

#[test]
fn a_bad_schema_among_500_is_named_with_its_line_and_nothing_else_is_blamed() {
    let (text, bad_line) = synthetic_spec(500, Some(321));
    let bad_line = bad_line.unwrap();
    let err = generate(&text)
        .err()
        .expect("typify rejects the bad schema");
    let blamed: Vec<&str> = err.lines().filter(|l| l.starts_with("  specs/")).collect();
    assert_eq!(
        blamed.len(),
        1,
        "exactly one culprit, no innocent operation: {err}"
    );
    assert!(
        blamed[0].starts_with(&format!(
            "  specs/synthetic.yaml:{bad_line}: components.schemas.Thing321: "
        )),
        "{err}"
    );
    assert!(
        blamed[0].contains("value does not conform to the given schema"),
        "{err}"
    );
    assert!(!err.contains("on operation"), "{err}");
}

#[test]
fn the_diagnosis_runs_the_generator_a_logarithmic_number_of_times() {
    let api = APIS.iter().find(|a| a.name == "flexprice").unwrap();
    for (schemas, bad) in [(64, 0), (500, 499)] {
        let (text, bad_line) = synthetic_spec(schemas, Some(bad));
        let spec = xtask::spec::LoadedSpec::from_text(text, "specs/synthetic.yaml").unwrap();
        let diagnosis = xtask::diagnose::diagnose(&spec.openapi, &spec.source, &|s| {
            xtask::generate::check(api, s)
        });
        assert_eq!(diagnosis.culprits.len(), 1, "{schemas}: {diagnosis:?}");
        assert_eq!(
            diagnosis.culprits[0].place,
            format!("components.schemas.Thing{bad}")
        );
        assert_eq!(diagnosis.culprits[0].line, bad_line);
        // One run of the whole, two per halving, one to confirm nothing else fails.
        let halvings = (schemas as f64).log2().ceil() as usize;
        assert!(
            diagnosis.runs <= 2 * halvings + 2,
            "{schemas} schemas took {} runs",
            diagnosis.runs
        );
    }
}

#[test]
fn two_independent_bad_schemas_are_both_named() {
    let (text, _) = synthetic_spec(100, Some(7));
    // A second bad schema: make Thing70 an object with an enum too.
    let text = text.replacen(
        "    Thing70:\n      type: object\n",
        "    Thing70:\n      type: object\n      enum: [x, y]\n",
        1,
    );
    let err = generate(&text).err().expect("rejected");
    let blamed: Vec<&str> = err.lines().filter(|l| l.starts_with("  specs/")).collect();
    assert_eq!(blamed.len(), 2, "{err}");
    assert!(blamed[0].contains(": components.schemas.Thing7: "), "{err}");
    assert!(
        blamed[1].contains(": components.schemas.Thing70: "),
        "{err}"
    );
}

#[test]
fn the_synthetic_spec_is_accepted_without_its_bad_schema() {
    let (text, _) = synthetic_spec(100, None);
    let generated = generate(&text).expect("a sound spec generates");
    assert_eq!(generated.operations, 20);
}

#[test]
fn lines_are_found_for_quoted_keys_and_operations() {
    let text = "openapi: 3.0.3\npaths:\n  '/a/{id}':\n    parameters: []\n    post:\n      \
                operationId: x\ncomponents:\n  schemas:\n    \"Quoted\":\n      type: string\n";
    let lines = xtask::line_index::LineIndex::new(text);
    assert_eq!(lines.line_of(&["paths", "/a/{id}", "post"]), Some(5));
    assert_eq!(lines.line_of(&["components", "schemas", "Quoted"]), Some(9));
    assert_eq!(lines.line_of(&["components", "schemas", "Missing"]), None);
}
