//! Reading a spec file, with errors that name the file and the place.

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// A spec read from disk: its bytes' hash, its YAML tree and its typed form.
pub struct LoadedSpec {
    pub path: PathBuf,
    pub sha256: String,
    pub value: serde_json::Value,
    pub openapi: openapiv3::OpenAPI,
    /// The file's text, for naming the line of what the generator rejects.
    pub text: String,
    /// Parameters renamed for progenitor by `normalise`, whose wire names the generated
    /// code gets back.
    pub wire_names: Vec<crate::normalise::WireName>,
}

/// Why a spec could not be read.
#[derive(Debug)]
pub struct SpecError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for SpecError {}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads and parses `path`; `display` is the name used in messages and headers.
pub fn load(path: &Path, display: &str) -> Result<LoadedSpec, SpecError> {
    let err = |message: String| SpecError {
        path: PathBuf::from(display),
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| err(format!("cannot read: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        err(format!(
            "not UTF-8 at line {line}, column {column} (byte {}): save the file as UTF-8",
            e.valid_up_to()
        ))
    })?;
    parse(text, display).map(|(value, openapi)| LoadedSpec {
        path: PathBuf::from(display),
        sha256: sha256_hex(&bytes),
        value,
        openapi,
        text: text.to_string(),
        wire_names: Vec::new(),
    })
}

/// Parses spec text: YAML syntax first (line and column), then the OpenAPI shape
/// (the path of the offending node, and its line and column when YAML knows it).
pub fn parse(
    text: &str,
    display: &str,
) -> Result<(serde_json::Value, openapiv3::OpenAPI), SpecError> {
    let err = |message: String| SpecError {
        path: PathBuf::from(display),
        message,
    };
    if text.starts_with('\u{feff}') {
        return Err(err(
            "line 1: the file starts with a UTF-8 byte-order mark (EF BB BF); save it without one"
                .into(),
        ));
    }
    // Aliases are expanded by replaying their events: count the nodes first, with a budget
    // that a document without aliases never reaches, so that an alias bomb fails here, fast
    // and before anything is built in memory.
    crate::yaml_budget::check(text).map_err(|e| err(yaml_error(&e, text)))?;
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|e| err(yaml_error(&e, text)))?;
    let value: serde_json::Value = serde_json::to_value(&yaml)
        .map_err(|e| err(format!("YAML cannot be represented as JSON: {e}")))?;
    match value.get("openapi").and_then(|v| v.as_str()) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => {
            return Err(err(format!(
                "at `openapi`{}: version {v} is not supported; write OpenAPI 3.0.x (progenitor rejects 3.1)",
                openapi_line(text)
            )));
        }
        None => match value.get("openapi") {
            Some(serde_json::Value::Number(n)) => {
                return Err(err(format!(
                    "at `openapi`{}: the version is the YAML number {n}, not a string; \
                     write it quoted and in full: openapi: \"3.0.3\"",
                    openapi_line(text)
                )));
            }
            Some(other) => {
                return Err(err(format!(
                    "at `openapi`{}: the version must be a string such as \"3.0.3\", not {other}",
                    openapi_line(text)
                )));
            }
            None if !value.is_object() => {
                return Err(err(format!(
                    "the document is not a mapping (it is {}); an OpenAPI document starts with `openapi: \"3.0.3\"`",
                    kind(&value)
                )));
            }
            None if value.get("swagger").is_some() => {
                return Err(err(format!(
                    "at `swagger` (line {}): this is a Swagger 2.0 document, not OpenAPI 3; \
                     convert it to OpenAPI 3.0.3",
                    top_line(text, "swagger").unwrap_or(1)
                )));
            }
            None => {
                return Err(err(
                    "at `openapi`: missing OpenAPI version field (no top-level `openapi` key)"
                        .into(),
                ));
            }
        },
    }
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let openapi: openapiv3::OpenAPI =
        serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let place = e.path().to_string();
            let inner = e.into_inner();
            let loc = inner
                .location()
                .map(|l| format!(" (line {}, column {})", l.line(), l.column()))
                .unwrap_or_default();
            err(format!(
                "not a valid OpenAPI document at `{place}`{loc}: {inner}"
            ))
        })?;
    Ok((value, openapi))
}

/// A YAML error with its line and column when the parser knows them.
fn yaml_error(e: &serde_yaml::Error, text: &str) -> String {
    match e.location() {
        Some(loc) => format!(
            "YAML error at line {}, column {}: {e}",
            loc.line(),
            loc.column()
        ),
        None => {
            // serde_yaml gives no place for a second document: find where it starts.
            let second = text
                .lines()
                .enumerate()
                .filter(|(_, l)| *l == "---" || l.starts_with("--- "))
                .map(|(i, _)| i + 1)
                .find(|&l| {
                    text.lines().take(l - 1).any(|p| {
                        !p.trim().is_empty()
                            && !p.starts_with('#')
                            && !p.starts_with('%')
                            && p != "---"
                    })
                });
            match second {
                Some(line) if e.to_string().contains("more than one document") => {
                    format!("YAML error at line {line}: a second document starts here: {e}")
                }
                _ => format!("YAML error: {e}"),
            }
        }
    }
}

/// ` (line N)` for the top-level `openapi:` key, when the text has one.
fn openapi_line(text: &str) -> String {
    top_line(text, "openapi")
        .map(|l| format!(" (line {l})"))
        .unwrap_or_default()
}

/// The line of a top-level key, when the text has one.
fn top_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            [
                format!("{key}:"),
                format!("\"{key}\":"),
                format!("'{key}':"),
            ]
            .iter()
            .any(|k| l.starts_with(k.as_str()))
        })
        .map(|i| i + 1)
}

fn kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "empty",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_syntax_error_names_line_and_column() {
        let e = parse("openapi: 3.0.3\ninfo: [unclosed\n", "specs/x.yaml").unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("specs/x.yaml: YAML error at line "), "{s}");
        assert!(s.contains("column"), "{s}");
    }

    #[test]
    fn shape_error_names_the_path() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n";
        let s = parse(text, "specs/x.yaml").unwrap_err().to_string();
        // openapiv3 deserializes `paths` by hand, so the path stops there; YAML adds the line.
        assert!(
            s.starts_with("specs/x.yaml: not a valid OpenAPI document at `paths`"),
            "{s}"
        );
        assert!(s.contains("line 4"), "{s}");
    }

    #[test]
    fn openapi_31_is_rejected_by_name() {
        let s = parse(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "s.yaml",
        )
        .unwrap_err()
        .to_string();
        assert!(s.contains("3.1.0"), "{s}");
    }
}
