//! The one way in for a spec: every command (codegen, lint, drift, import, changelog, the
//! diagnosis) reads a spec file through here.
//!
//! - [`Source`]: the file's name, text and hash, its YAML (or JSON) tree, bounded by the
//!   alias guard of `yaml_budget.rs`, and its [`LineIndex`]. Any OpenAPI version: the
//!   comparisons read vendors' files as they are published.
//! - [`LoadedSpec`]: a source that is OpenAPI 3.0 and parses as a typed [`openapiv3::OpenAPI`]
//!   document, what the generator and the lint read; [`load_all`] also runs the
//!   generator's checks ([`crate::spec_checks`]) and normalises it for progenitor.
//!
//! Whatever is wrong is a [`Problem`] naming the file, and the line when the text has one.

use std::path::Path;

use openapiv3::{Operation, PathItem};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::line_index::LineIndex;
use crate::problem::Problem;
use crate::settings::ApiSettings;

/// The HTTP methods a path item can hold, in the order OpenAPI lists them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every operation slot of a path item, with its method.
pub fn operation_slots(item: &PathItem) -> [(&'static str, &Option<Operation>); 8] {
    [
        ("get", &item.get),
        ("put", &item.put),
        ("post", &item.post),
        ("delete", &item.delete),
        ("options", &item.options),
        ("head", &item.head),
        ("patch", &item.patch),
        ("trace", &item.trace),
    ]
}

/// Every operation slot of a path item, with its method, to change.
pub fn operation_slots_mut(item: &mut PathItem) -> [(&'static str, &mut Option<Operation>); 8] {
    [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ]
}

/// A spec file, read and parsed into a tree.
#[derive(Debug)]
pub struct Source {
    /// The name used in messages and headers (`specs/flexprice.yaml`).
    pub file: String,
    pub text: String,
    /// Hex SHA-256 of the text.
    pub sha256: String,
    /// The document as a JSON tree, as written (before any normalisation).
    pub tree: Value,
    pub lines: LineIndex,
}

/// A spec the generator can read: OpenAPI 3.0, typed.
pub struct LoadedSpec {
    pub source: Source,
    pub openapi: openapiv3::OpenAPI,
    /// Parameters renamed for progenitor by `normalise`, whose wire names the generated
    /// code gets back.
    pub wire_names: Vec<crate::normalise::WireName>,
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Source {
    /// Reads `path`; `file` is the name used in messages.
    pub fn read(path: &Path, file: &str) -> Result<Source, Problem> {
        Source::from_text(read_text(path, file)?, file)
    }

    /// Parses spec text: JSON when it starts with `{`, else YAML (aliases bounded).
    pub fn from_text(text: String, file: &str) -> Result<Source, Problem> {
        Source::parse(text, file).map(|(source, _)| source)
    }

    /// [`Source::from_text`], also returning the YAML document (`None` for JSON), which keeps
    /// the order of its keys: the typed spec is read from it.
    fn parse(text: String, file: &str) -> Result<(Source, Option<serde_yaml::Value>), Problem> {
        let err = |line: Option<usize>, message: String| Problem::in_file(file, line, message);
        let (tree, yaml): (Value, _) = if text.trim_start().starts_with('{') {
            let tree = serde_json::from_str(&text).map_err(|e| {
                err(
                    Some(e.line()),
                    format!(
                        "JSON error at line {}, column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                )
            })?;
            (tree, None)
        } else {
            // Aliases are expanded by replaying their events: count the nodes first, with a
            // budget that a document without aliases never reaches, so that an alias bomb
            // fails here, fast and before anything is built in memory.
            crate::yaml_budget::check(&text).map_err(|e| yaml_error(&e, &text, file))?;
            let yaml: serde_yaml::Value =
                serde_yaml::from_str(&text).map_err(|e| yaml_error(&e, &text, file))?;
            let tree = serde_json::to_value(&yaml)
                .map_err(|e| err(None, format!("YAML cannot be represented as JSON: {e}")))?;
            (tree, Some(yaml))
        };
        let source = Source {
            file: file.to_string(),
            sha256: sha256_hex(text.as_bytes()),
            lines: LineIndex::new(&text),
            text,
            tree,
        };
        Ok((source, yaml))
    }

    /// The line of a dotted place in the tree (`paths./a/{id}.get.parameters[0]`, as the lint
    /// names places), or of the nearest enclosing node written on a line of its own.
    pub fn line_of(&self, place: &str) -> Option<usize> {
        let steps = steps(&self.tree, place);
        let steps: Vec<&str> = steps.iter().map(String::as_str).collect();
        self.lines.nearest_line(&steps)
    }

    /// A problem at `place` of this file, at `line`.
    pub fn problem(&self, line: Option<usize>, place: String, message: String) -> Problem {
        Problem {
            file: self.file.clone(),
            line,
            place,
            message,
        }
    }

    /// The OpenAPI 3.0 version check of the generator: anything else is refused by name.
    fn require_openapi_30(&self) -> Result<(), Problem> {
        let top = |key: &str| self.lines.line_of(&[key]);
        let at_openapi = |message: String| {
            let line = top("openapi");
            let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
            Err(Problem::in_file(
                &self.file,
                line,
                format!("at `openapi`{at}: {message}"),
            ))
        };
        match self.tree.get("openapi") {
            Some(Value::String(v)) if v.starts_with("3.0.") => Ok(()),
            Some(Value::String(v)) => at_openapi(format!(
                "version {v} is not supported; write OpenAPI 3.0.x (progenitor rejects 3.1)"
            )),
            Some(Value::Number(n)) => at_openapi(format!(
                "the version is the YAML number {n}, not a string; \
                 write it quoted and in full: openapi: \"3.0.3\""
            )),
            Some(other) => at_openapi(format!(
                "the version must be a string such as \"3.0.3\", not {other}"
            )),
            None if !self.tree.is_object() => Err(Problem::in_file(
                &self.file,
                None,
                format!(
                    "the document is not a mapping (it is {}); an OpenAPI document starts with `openapi: \"3.0.3\"`",
                    kind(&self.tree)
                ),
            )),
            None if self.tree.get("swagger").is_some() => {
                let line = top("swagger").unwrap_or(1);
                Err(Problem::in_file(
                    &self.file,
                    Some(line),
                    format!(
                        "at `swagger` (line {line}): this is a Swagger 2.0 document, not OpenAPI 3; \
                         convert it to OpenAPI 3.0.3"
                    ),
                ))
            }
            None => Err(Problem::in_file(
                &self.file,
                None,
                "at `openapi`: missing OpenAPI version field (no top-level `openapi` key)",
            )),
        }
    }

    /// The typed document, with the path of the offending node when it does not parse.
    fn typed(&self) -> Result<openapiv3::OpenAPI, Problem> {
        let deserializer = serde_yaml::Deserializer::from_str(&self.text);
        serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let place = e.path().to_string();
            let inner = e.into_inner();
            let location = inner.location();
            let at = location
                .as_ref()
                .map(|l| format!(" (line {}, column {})", l.line(), l.column()))
                .unwrap_or_default();
            Problem::in_file(
                &self.file,
                location.map(|l| l.line()),
                format!("not a valid OpenAPI document at `{place}`{at}: {inner}"),
            )
        })
    }
}

impl LoadedSpec {
    /// Parses spec text that must be OpenAPI 3.0: YAML syntax first (line and column), then
    /// the version, then the OpenAPI shape (the path of the offending node, and its line and
    /// column when YAML knows it).
    pub fn from_text(text: String, file: &str) -> Result<LoadedSpec, Problem> {
        if text.starts_with('\u{feff}') {
            // The message names the line (it is always the first).
            return Err(Problem::in_file(
                file,
                None,
                "line 1: the file starts with a UTF-8 byte-order mark (EF BB BF); save it without one",
            ));
        }
        let (source, yaml) = Source::parse(text, file)?;
        source.require_openapi_30()?;
        // A YAML spec is typed from the document already parsed (it keeps the order of its
        // keys); only one that does not fit is read again from its text, by `typed`, for
        // the path, line and column of what is wrong.
        let typed = yaml
            .and_then(|yaml| <openapiv3::OpenAPI as serde::Deserialize>::deserialize(yaml).ok());
        let openapi = match typed {
            Some(openapi) => openapi,
            None => source.typed()?,
        };
        Ok(LoadedSpec {
            source,
            openapi,
            wire_names: Vec::new(),
        })
    }
}

/// Reads and parses `path` as a spec the generator can read; `file` names it in messages.
pub fn load(path: &Path, file: &str) -> Result<LoadedSpec, Problem> {
    LoadedSpec::from_text(read_text(path, file)?, file)
}

/// The text of a file, which must be UTF-8.
fn read_text(path: &Path, file: &str) -> Result<String, Problem> {
    let bytes = std::fs::read(path)
        .map_err(|e| Problem::in_file(file, None, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = e.utf8_error().valid_up_to();
        let before = &bytes[..valid];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Problem::in_file(
            file,
            Some(line),
            format!(
                "not UTF-8 at line {line}, column {column} (byte {valid}): save the file as UTF-8"
            ),
        )
    })
}

/// Parses spec text that must be OpenAPI 3.0: its tree and its typed form.
pub fn parse(text: &str, file: &str) -> Result<(Value, openapiv3::OpenAPI), Problem> {
    LoadedSpec::from_text(text.to_string(), file).map(|s| (s.source.tree, s.openapi))
}

/// Reads and checks the spec of every API for the generator; returns them in order,
/// normalised for progenitor, or every problem of every spec and nothing else.
pub fn load_all(root: &Path, apis: &[ApiSettings]) -> Result<Vec<LoadedSpec>, Vec<Problem>> {
    // One thread per spec; the results are taken in order, so problems read as they would
    // from a sequential run.
    let checked: Vec<Result<LoadedSpec, Vec<Problem>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = apis
            .iter()
            .map(|api| scope.spawn(move || load_checked(root, api)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("checking a spec does not panic"))
            .collect()
    });
    let mut specs = Vec::new();
    let mut problems = Vec::new();
    for result in checked {
        match result {
            Ok(loaded) => specs.push(loaded),
            Err(e) => problems.extend(e),
        }
    }
    if problems.is_empty() {
        Ok(specs)
    } else {
        Err(problems)
    }
}

/// Reads and checks one spec: the spec, or every problem found in it.
fn load_checked(root: &Path, api: &ApiSettings) -> Result<LoadedSpec, Vec<Problem>> {
    let loaded = load(&root.join(api.spec), api.spec).map_err(|e| vec![e])?;
    let problems = crate::spec_checks::check(&loaded);
    if problems.is_empty() {
        // What progenitor gets from here on is the normalised spec.
        Ok(crate::normalise::apply(loaded, api))
    } else {
        Err(problems)
    }
}

/// The steps of a dotted place, split where the tree has the keys: a key may hold dots
/// (`x-webhooks.events.a.b` is the event `a.b`). Past what the tree holds, dots split.
fn steps(tree: &Value, place: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut node = Some(tree);
    let mut rest = place;
    while !rest.is_empty() {
        if let Some((n, after)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
            node = node.and_then(|v| v.get(n.parse::<usize>().ok()?));
            out.push(n.to_string());
            rest = after.strip_prefix('.').unwrap_or(after);
            continue;
        }
        let ends = |k: &str| {
            rest.strip_prefix(k)
                .is_some_and(|r| r.is_empty() || r.starts_with(['.', '[']))
        };
        let key = node
            .and_then(Value::as_object)
            .and_then(|m| m.keys().filter(|k| ends(k)).max_by_key(|k| k.len()))
            .map(String::as_str)
            .unwrap_or_else(|| &rest[..rest.find(['.', '[']).unwrap_or(rest.len())]);
        node = node.and_then(|v| v.get(key));
        out.push(key.to_string());
        rest = &rest[key.len()..];
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    out
}

/// A YAML error with its line and column when the parser knows them.
fn yaml_error(e: &serde_yaml::Error, text: &str, file: &str) -> Problem {
    if let Some(loc) = e.location() {
        return Problem::in_file(
            file,
            Some(loc.line()),
            format!(
                "YAML error at line {}, column {}: {e}",
                loc.line(),
                loc.column()
            ),
        );
    }
    // serde_yaml gives no place for a second document: find where it starts.
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "---" || l.starts_with("--- "))
        .map(|(i, _)| i + 1)
        .find(|&l| {
            text.lines().take(l - 1).any(|p| {
                !p.trim().is_empty() && !p.starts_with('#') && !p.starts_with('%') && p != "---"
            })
        });
    match second {
        Some(line) if e.to_string().contains("more than one document") => Problem::in_file(
            file,
            Some(line),
            format!("YAML error at line {line}: a second document starts here: {e}"),
        ),
        _ => Problem::in_file(file, None, format!("YAML error: {e}")),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_syntax_error_names_line_and_column() {
        let e = parse("openapi: 3.0.3\ninfo: [unclosed\n", "specs/x.yaml").unwrap_err();
        let line = e.line.expect("a line");
        let s = e.to_string();
        assert!(
            s.starts_with(&format!("specs/x.yaml:{line}: YAML error at line {line}, ")),
            "{s}"
        );
        assert!(s.contains("column"), "{s}");
    }

    #[test]
    fn shape_error_names_the_path() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n";
        let s = parse(text, "specs/x.yaml").unwrap_err().to_string();
        // openapiv3 deserializes `paths` by hand, so the path stops there; YAML adds the line.
        assert!(
            s.starts_with("specs/x.yaml:4: not a valid OpenAPI document at `paths`"),
            "{s}"
        );
        assert!(s.contains("line 4"), "{s}");
    }

    #[test]
    fn openapi_31_is_rejected_by_name() {
        let e = parse(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "s.yaml",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("3.1.0"), "{e}");
    }

    #[test]
    fn a_dotted_place_is_split_where_the_tree_has_keys() {
        let text = "openapi: 3.1.0\nx-webhooks:\n  events:\n    a.b:\n      $ref: '#/x'\npaths:\n  /a:\n    get:\n      parameters:\n        - name: q\n        - name: r\n";
        let source = Source::from_text(text.into(), "t.yaml").unwrap();
        assert_eq!(source.line_of("x-webhooks.events.a.b"), Some(4));
        assert_eq!(source.line_of("paths./a.get.parameters[1]"), Some(11));
        assert_eq!(
            source.line_of("paths./a.get.parameters[1].schema"),
            Some(11)
        );
        assert_eq!(source.line_of("nowhere.at.all"), None);
    }
}
