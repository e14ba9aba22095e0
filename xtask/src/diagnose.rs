//! When the generator rejects a spec: find the component schemas or operations at fault.
//!
//! Progenitor reports one error for the whole spec, and every operation is generated with every
//! component schema, so trying operations one by one blames them all. Instead this bisects:
//!
//! 1. The component schemas alone (no paths). If they fail, bisect them: the schemas under test
//!    keep their definition, every other one becomes the empty schema `{}` (any value), so every
//!    `$ref` still resolves. Each culprit costs about `2 * log2(schemas)` generator runs.
//! 2. Otherwise the operations, with every schema present, bisected the same way.
//!
//! A fault needing two items together is found too (bisection keeps the other half as context).
//! After one culprit is found it is neutralised and the search runs again, so several independent
//! faults are all named. Each culprit is a [`Problem`] with its line in the spec file.

use openapiv3::{AnySchema, OpenAPI, ReferenceOr, Schema, SchemaData, SchemaKind};

use crate::problem::Problem;
use crate::spec::{Source, operation_slots_mut};

/// At most this many culprits are searched for; past that the spec has a systematic problem.
const MAX_CULPRITS: usize = 10;

/// What the diagnosis found and what it cost.
#[derive(Debug, Clone, Default)]
pub struct Diagnosis {
    /// What the generator rejected: the place is `components.schemas.Name` or
    /// `GET /path (operationId)`, the message the generator's error with this culprit (and
    /// only what it needs) present.
    pub culprits: Vec<Problem>,
    /// How many times the generator ran: grows with the logarithm of the spec's size.
    pub runs: usize,
}

impl Diagnosis {
    /// One line per culprit, indented, for appending to the generator's error.
    pub fn render(&self) -> String {
        self.culprits.iter().map(|c| format!("\n  {c}")).collect()
    }
}

/// Finds what in `spec` makes `run` fail. `source` is the spec file, for its name and lines.
pub fn diagnose(
    spec: &OpenAPI,
    source: &Source,
    run: &dyn Fn(&OpenAPI) -> Result<(), String>,
) -> Diagnosis {
    let mut diagnosis = Diagnosis::default();
    let schema_names: Vec<String> = spec
        .components
        .as_ref()
        .map(|c| c.schemas.keys().cloned().collect())
        .unwrap_or_default();
    let operations: Vec<(String, String, String)> = spec
        .paths
        .iter()
        .filter_map(|(path, item)| item.as_item().map(|i| (path, i)))
        .flat_map(|(path, item)| {
            item.iter().map(move |(method, op)| {
                (
                    path.clone(),
                    method.to_string(),
                    op.operation_id.clone().unwrap_or_default(),
                )
            })
        })
        .collect();

    // 1. Component schemas, without any operation.
    let mut search = Search {
        run,
        runs: &mut diagnosis.runs,
        build: &|keep: &[usize]| schemas_only(spec, keep),
    };
    let mut live: Vec<usize> = (0..schema_names.len()).collect();
    while diagnosis.culprits.len() < MAX_CULPRITS {
        let Err(error) = search.test(&live) else {
            break;
        };
        let Some((found, error)) = search.find(&live, &[], error) else {
            break;
        };
        for &i in &found {
            let name = schema_names[i].as_str();
            diagnosis.culprits.push(source.problem(
                source.lines.line_of(&["components", "schemas", name]),
                format!("components.schemas.{name}"),
                error.clone(),
            ));
        }
        live.retain(|i| !found.contains(i));
    }
    if !diagnosis.culprits.is_empty() {
        return diagnosis;
    }

    // 2. Operations, with every schema.
    let mut search = Search {
        run,
        runs: &mut diagnosis.runs,
        build: &|keep: &[usize]| operations_only(spec, &operations, keep),
    };
    let mut live: Vec<usize> = (0..operations.len()).collect();
    while diagnosis.culprits.len() < MAX_CULPRITS {
        let Err(error) = search.test(&live) else {
            break;
        };
        let Some((found, error)) = search.find(&live, &[], error) else {
            break;
        };
        for &i in &found {
            let (path, method, id) = &operations[i];
            let id = if id.is_empty() { "no operationId" } else { id };
            diagnosis.culprits.push(source.problem(
                source.lines.line_of(&["paths", path, method]),
                format!("{} {path} ({id})", method.to_uppercase()),
                error.clone(),
            ));
        }
        live.retain(|i| !found.contains(i));
    }
    diagnosis
}

/// A bisection over items (schemas or operations) identified by index.
struct Search<'a> {
    run: &'a dyn Fn(&OpenAPI) -> Result<(), String>,
    runs: &'a mut usize,
    build: &'a dyn Fn(&[usize]) -> OpenAPI,
}

impl Search<'_> {
    /// Runs the generator on a spec holding only `keep`.
    fn test(&mut self, keep: &[usize]) -> Result<(), String> {
        *self.runs += 1;
        (self.run)(&(self.build)(keep))
    }

    /// A minimal subset of `candidates` that fails together with `context`, given that all of
    /// `candidates` with `context` fails with `error`; with the error of the smallest failing run.
    fn find(
        &mut self,
        candidates: &[usize],
        context: &[usize],
        error: String,
    ) -> Option<(Vec<usize>, String)> {
        if candidates.len() <= 1 {
            return Some((candidates.to_vec(), error));
        }
        let (a, b) = candidates.split_at(candidates.len() / 2);
        for half in [a, b] {
            let keep: Vec<usize> = context.iter().chain(half).copied().collect();
            if let Err(e) = self.test(&keep) {
                return self.find(half, context, e);
            }
        }
        // Neither half fails alone: the fault needs something from each.
        let with_b: Vec<usize> = context.iter().chain(b).copied().collect();
        let (mut found_a, _) = self.find(a, &with_b, error.clone())?;
        let with_found_a: Vec<usize> = context.iter().chain(&found_a).copied().collect();
        let (found_b, error) = self.find(b, &with_found_a, error)?;
        found_a.extend(found_b);
        Some((found_a, error))
    }
}

/// The empty schema: any value; what a schema not under test becomes.
fn any_schema() -> ReferenceOr<Schema> {
    ReferenceOr::Item(Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Any(AnySchema::default()),
    })
}

/// `spec` without paths, with only the schemas in `keep` defined (others become `{}`).
fn schemas_only(spec: &OpenAPI, keep: &[usize]) -> OpenAPI {
    let mut out = spec.clone();
    out.paths.paths.clear();
    if let Some(components) = out.components.as_mut() {
        for (i, (_, schema)) in components.schemas.iter_mut().enumerate() {
            if !keep.contains(&i) {
                *schema = any_schema();
            }
        }
    }
    out
}

/// `spec` with only the operations in `keep` (indexes into `operations`).
fn operations_only(
    spec: &OpenAPI,
    operations: &[(String, String, String)],
    keep: &[usize],
) -> OpenAPI {
    let mut out = spec.clone();
    out.paths.paths.clear();
    for (path, item) in spec.paths.iter() {
        let Some(item) = item.as_item() else { continue };
        let wanted = |m: &str| {
            keep.iter()
                .any(|&i| operations[i].0 == *path && operations[i].1 == m)
        };
        let mut only = item.clone();
        for (m, slot) in operation_slots_mut(&mut only) {
            if !wanted(m) {
                *slot = None;
            }
        }
        if only.iter().next().is_some() {
            out.paths
                .paths
                .insert(path.clone(), ReferenceOr::Item(only));
        }
    }
    out
}
