//! `cargo xtask drift <vendor-spec> [--api NAME]`: one of our specs against the OpenAPI file a
//! vendor publishes, for the operations ours covers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use super::change::{Change, Direction, Location};
use super::compare::{Scope, compare, webhook_description};
use super::model::{Document, Operation};
use super::render::drift_message;
use super::rules::{DriftClass, drift_class};
use crate::settings::APIS;

/// What `cargo xtask drift --help` prints.
pub const HELP: &str = "\
usage: cargo xtask drift <vendor-spec.yaml|json> [--api NAME]

Compares specs/NAME.yaml with the OpenAPI 3 file a vendor publishes, for the operations our
spec covers (matched by method and by path below each spec's first server URL; path parameter
names may differ; a path that repeats the server's base path, `/v1/x` under `.../v1`, is paired
as if written once and listed). A vendor entry that only documents one of our `x-webhooks`
events (a POST without operationId whose last path segment is the event's name) is no
operation: its payload is compared with ours. Without --api, the one spec whose operations the
vendor's file has is used.
Run it whenever a vendor publishes a new spec. It also lists, with counts, the vendor's
operations ours lacks and the vendor's component schemas no schema of ours matches (by name, or
by being compared with it); `cargo xtask import` adds the operations.

Findings, per operation and per schema:
  breaks decoding  the client fails on what the server may send, or sends what it rejects.
                   Responses: ours requires a field the vendor has optional or lacks, is not
                   nullable where the vendor is, has a narrower type, format or constraint,
                   rejects properties the vendor may add, lacks a success status, a non-string
                   enum value or a oneOf alternative. Requests (the direction reverses): ours
                   may omit or null a field the vendor requires, or send a wider type, a looser
                   constraint or an enum value the vendor does not list.
  loses data       the vendor has it, ours lacks it: fields, typed schemas, parameters, bodies.
                   A string enum value ours lacks is here, not above: the generated enums decode
                   an unlisted value into Unknown(String), so nothing fails, but the value has
                   no variant to match on.
  looser           ours accepts more than the vendor describes (informational). This
                   includes a vendor enum none of whose values has the schema's own type
                   (no value fits such a schema, so its enum is set aside).

Exit status: 1 when anything breaks decoding, 2 on a usage or load error, 0 otherwise.";

/// A drift report: each finding with its class.
pub struct DriftReport {
    pub ours: String,
    pub vendor: String,
    pub findings: Vec<(Change, DriftClass)>,
    pub operations: usize,
    pub matched: usize,
    /// Operations of the vendor's spec.
    pub vendor_operations: usize,
    /// The vendor's operations ours lacks: `METHOD /path (operationId)`.
    pub missing_operations: Vec<String>,
    /// The vendor's component schemas ours lacks: no schema of ours has the name, and none
    /// was compared with it.
    pub missing_schemas: Vec<String>,
    /// Component schemas of the vendor's spec.
    pub vendor_schemas: usize,
    /// The vendor's entries that document a webhook delivery of ours rather than an operation
    /// (`METHOD /path`): not counted as operations; their payloads are compared.
    pub webhook_descriptions: Vec<String>,
    /// The vendor's operations ours covers whose path repeats the server's base path
    /// (`/v1/x` under a `.../v1` server), paired as if written once.
    pub repeated_base_paths: Vec<String>,
}

impl DriftReport {
    pub fn count(&self, class: DriftClass) -> usize {
        self.findings.iter().filter(|(_, c)| *c == class).count()
    }

    pub fn breaks_decoding(&self) -> bool {
        self.count(DriftClass::BreaksDecoding) > 0
    }
}

/// Compares ours (A) with the vendor's (B).
pub fn drift(ours: &Document, vendor: &Document) -> DriftReport {
    let comparison = compare(ours, vendor, Scope::OperationsOfA);
    let our_ops = ours.operations();
    let covered = |v: &Operation| {
        our_ops
            .iter()
            .any(|o| o.method == v.method && o.key == v.key)
    };
    let label = |v: &Operation| {
        let id = v
            .operation_id
            .as_ref()
            .map(|i| format!(" ({i})"))
            .unwrap_or_default();
        format!("{} {}{id}", v.method.to_uppercase(), v.path)
    };
    // The vendor's pages documenting our webhooks are no operations (the comparison paired
    // them with our events by the same rule).
    let events = ours.webhook_events();
    let vendor_ops: Vec<Operation> = vendor
        .operations()
        .into_iter()
        .filter(|v| covered(v) || webhook_description(v, &events).is_none())
        .collect();
    let missing_operations = vendor_ops
        .iter()
        .filter(|v| !covered(v))
        .map(label)
        .collect();
    let repeated_base_paths = vendor_ops
        .iter()
        .filter(|v| v.repeats_base_path && covered(v))
        .map(label)
        .collect();
    let ours_names: BTreeSet<String> = ours.schema_names().into_iter().collect();
    let vendor_names = vendor.schema_names();
    let vendor_schemas = vendor_names.len();
    let missing_schemas = vendor_names
        .into_iter()
        .filter(|n| !ours_names.contains(n) && !comparison.pairs.iter().any(|(_, b)| b == n))
        .collect();
    let findings = comparison
        .changes
        .into_iter()
        .filter_map(|c| drift_class(&c).map(|class| (c, class)))
        .collect();
    DriftReport {
        ours: ours.label.clone(),
        vendor: vendor.label.clone(),
        findings,
        operations: comparison.operations_a,
        matched: comparison.matched,
        vendor_operations: vendor_ops.len(),
        missing_operations,
        missing_schemas,
        vendor_schemas,
        webhook_descriptions: comparison.webhook_descriptions,
        repeated_base_paths,
    }
}

/// The report as text: findings grouped by operation, then by schema, then the summary.
pub fn render(report: &DriftReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "drift: {} (ours) against {} (the vendor's)",
        report.ours, report.vendor
    );
    let _ = writeln!(
        out,
        "operations: {} of ours, {} found in the vendor's spec",
        report.operations, report.matched
    );
    let _ = writeln!(
        out,
        "coverage: {} of the vendor's {} operations covered, {} of its {} schemas matched",
        report.vendor_operations - report.missing_operations.len(),
        report.vendor_operations,
        report.vendor_schemas - report.missing_schemas.len(),
        report.vendor_schemas
    );
    if !report.webhook_descriptions.is_empty() {
        let _ = writeln!(
            out,
            "webhooks: {} of the vendor's entries document one of our webhook events, not an \
             operation (a POST with no operationId named for the event); their payloads are \
             compared below",
            report.webhook_descriptions.len()
        );
    }
    if !report.repeated_base_paths.is_empty() {
        let _ = writeln!(
            out,
            "\nthe vendor's paths that repeat its server's base path ({}; paired as if written once)",
            report.repeated_base_paths.len()
        );
        for o in &report.repeated_base_paths {
            let _ = writeln!(out, "  {o}");
        }
    }
    if !report.missing_operations.is_empty() {
        let _ = writeln!(
            out,
            "\nthe vendor's operations ours lacks ({}; `cargo xtask import` adds them)",
            report.missing_operations.len()
        );
        for o in &report.missing_operations {
            let _ = writeln!(out, "  {o}");
        }
    }
    if !report.missing_schemas.is_empty() {
        let _ = writeln!(
            out,
            "\nthe vendor's schemas ours lacks ({})",
            report.missing_schemas.len()
        );
        for s in &report.missing_schemas {
            let _ = writeln!(out, "  {s}");
        }
    }
    let mut groups: BTreeMap<(u8, String), Vec<(DriftClass, String)>> = BTreeMap::new();
    for (change, class) in &report.findings {
        let key = match &change.location {
            Location::Operation { .. } => (0, change.location.to_string()),
            Location::Schema { a, b } => {
                let dir = match change.direction {
                    Direction::Request => "sent in requests",
                    Direction::Response => "received in responses",
                };
                let name = if a == b {
                    format!("schema `{a}`, {dir}")
                } else {
                    format!("schema `{a}` (the vendor's `{b}`), {dir}")
                };
                (1, name)
            }
            Location::Webhook { .. } => (2, change.location.to_string()),
        };
        groups
            .entry(key)
            .or_default()
            .push((*class, drift_message(change)));
    }
    for ((_, title), mut lines) in groups {
        lines.sort();
        lines.dedup();
        let _ = writeln!(out, "\n{title}");
        for (class, message) in lines {
            let _ = writeln!(out, "  {:<16} {message}", class.to_string());
        }
    }
    let _ = writeln!(
        out,
        "\nsummary: {} breaks decoding, {} loses data, {} looser",
        report.count(DriftClass::BreaksDecoding),
        report.count(DriftClass::LosesData),
        report.count(DriftClass::Looser)
    );
    out
}

/// The command: prints the report, returns the exit status.
pub fn run(root: &Path, args: &[&str]) -> i32 {
    let mut vendor_path = None;
    let mut api = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "-h" | "--help" => {
                println!("{HELP}");
                return 0;
            }
            "--api" => match it.next() {
                Some(n) => api = Some(*n),
                None => return usage("--api needs a NAME"),
            },
            other if other.starts_with('-') => return usage(&format!("unknown option {other}")),
            other if vendor_path.is_none() => vendor_path = Some(other),
            other => return usage(&format!("unexpected argument {other}")),
        }
    }
    let Some(vendor_path) = vendor_path else {
        return usage("the vendor's spec file is missing");
    };
    let vendor = match Document::from_file(Path::new(vendor_path)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let ours = match choose(root, api, &vendor) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let report = drift(&ours, &vendor);
    print!("{}", render(&report));
    if report.breaks_decoding() { 1 } else { 0 }
}

fn usage(message: &str) -> i32 {
    eprintln!("error: {message}\n\n{HELP}");
    2
}

/// Our spec: the one named, or the only one the vendor's file shares operations with.
pub(crate) fn choose(
    root: &Path,
    api: Option<&str>,
    vendor: &Document,
) -> Result<Document, String> {
    let load = |spec: &str| {
        let text = std::fs::read_to_string(root.join(spec))
            .map_err(|e| format!("{spec}: cannot read: {e}"))?;
        Document::from_text(&text, spec)
    };
    if let Some(name) = api {
        let row = APIS.iter().find(|a| a.name == name).ok_or_else(|| {
            let names: Vec<&str> = APIS.iter().map(|a| a.name).collect();
            format!("no API named `{name}` (known: {})", names.join(", "))
        })?;
        return load(row.spec);
    }
    let vendor_ops = vendor.operations();
    let mut candidates = Vec::new();
    for row in APIS {
        let ours = load(row.spec)?;
        let shared = ours
            .operations()
            .iter()
            .filter(|o| {
                vendor_ops
                    .iter()
                    .any(|v| v.method == o.method && v.key == o.key)
            })
            .count();
        if shared > 0 {
            candidates.push((row.name, ours));
        }
    }
    match candidates.len() {
        1 => Ok(candidates.pop().expect("one").1),
        0 => {
            Err("none of our specs shares an operation with this file; name one with --api".into())
        }
        _ => {
            let names: Vec<&str> = candidates.iter().map(|c| c.0).collect();
            Err(format!(
                "several specs share operations with this file ({}); name one with --api",
                names.join(", ")
            ))
        }
    }
}
