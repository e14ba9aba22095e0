//! Reading the spec at run time: the YAML file of the workspace, its operations, parameters,
//! bodies, responses and security, with local `$ref`s followed. Nothing here knows the
//! generated client.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// A spec, as JSON, with the file it came from.
pub struct Spec {
    /// The spec's path, for messages.
    pub path: PathBuf,
    /// The whole document.
    pub root: Value,
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum In {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
}

/// One parameter of an operation (the operation's own override the path item's).
#[derive(Clone, Debug)]
pub struct Param<'s> {
    /// The name on the wire.
    pub name: String,
    /// Where it travels.
    pub location: In,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its schema (possibly a `$ref`).
    pub schema: &'s Value,
    /// The parameter's own example, if any.
    pub example: Option<&'s Value>,
    /// A query array sent as repeated keys (`explode`, the default of `form`).
    pub explode: bool,
}

/// One way to authenticate an operation: every scheme of one security requirement.
pub type Requirement<'s> = Vec<(String, &'s Value)>;

/// One operation of the spec.
#[derive(Clone, Debug)]
pub struct Operation<'s> {
    /// The `operationId`.
    pub id: String,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path template, below the server URL.
    pub path: String,
    /// Its parameters.
    pub params: Vec<Param<'s>>,
    /// The request body's media type and media type object, if it has one.
    pub body: Option<(String, &'s Value)>,
    /// Every declared response: (status key such as `200` or `4XX`, response object).
    pub responses: Vec<(String, &'s Value)>,
    /// The ways to authenticate (empty: none needed).
    pub security: Vec<Requirement<'s>>,
}

/// The nearest ancestor of the current directory whose `Cargo.toml` has a `[workspace]`
/// table (a test runs in its package's directory).
pub fn workspace_root() -> Result<PathBuf, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("no current directory: {e}"))?;
    for dir in cwd.ancestors() {
        if let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml"))
            && text.lines().any(|l| l.trim() == "[workspace]")
        {
            return Ok(dir.to_path_buf());
        }
    }
    Err(format!("{}: not inside a Cargo workspace", cwd.display()))
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Spec {
    /// Reads `relative` (a path below the workspace root) as YAML.
    pub fn load(relative: &str) -> Result<Spec, String> {
        let mut spec = Self::read(&workspace_root()?.join(relative))?;
        spec.path = PathBuf::from(relative);
        Ok(spec)
    }

    /// Reads a spec file.
    pub fn read(path: &Path) -> Result<Spec, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Self::parse(&text, path)
    }

    /// Parses spec text.
    pub fn parse(text: &str, path: &Path) -> Result<Spec, String> {
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(text).map_err(|e| format!("{}: not YAML: {e}", path.display()))?;
        let root = serde_json::to_value(yaml)
            .map_err(|e| format!("{}: not representable as JSON: {e}", path.display()))?;
        Ok(Spec {
            path: path.to_path_buf(),
            root,
        })
    }

    /// `value` with its `$ref` chain followed (local references only).
    pub fn resolve<'a>(&'a self, mut value: &'a Value) -> Result<&'a Value, String> {
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Ok(value);
            };
            let pointer = reference
                .strip_prefix('#')
                .ok_or_else(|| format!("`{reference}`: only local references are supported"))?;
            value = self
                .root
                .pointer(pointer)
                .ok_or_else(|| format!("`{reference}` points at nothing"))?;
        }
        Err("a `$ref` chain longer than 32 links".into())
    }

    /// The path of the first server URL (`https://host/v2` -> `/v2`), without a trailing `/`.
    pub fn server_path(&self) -> String {
        let url = self
            .root
            .pointer("/servers/0/url")
            .and_then(Value::as_str)
            .unwrap_or("");
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].trim_end_matches('/').to_string(),
            None => String::new(),
        }
    }

    /// Every operation, in the order of the file.
    pub fn operations(&self) -> Result<Vec<Operation<'_>>, String> {
        let mut out = Vec::new();
        let Some(paths) = self.root.get("paths").and_then(Value::as_object) else {
            return Ok(out);
        };
        for (path, item) in paths {
            let item = self.resolve(item)?;
            for (method, op) in item.as_object().into_iter().flatten() {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let at = format!("{} {path}", method.to_uppercase());
                out.push(
                    self.operation(path, method, item, op)
                        .map_err(|e| format!("{at}: {e}"))?,
                );
            }
        }
        Ok(out)
    }

    fn operation<'s>(
        &'s self,
        path: &str,
        method: &str,
        item: &'s Value,
        op: &'s Value,
    ) -> Result<Operation<'s>, String> {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .ok_or("no operationId")?
            .to_string();
        let mut params: Vec<Param<'s>> = Vec::new();
        let listed = [item.get("parameters"), op.get("parameters")];
        for list in listed.into_iter().flatten() {
            for p in list.as_array().into_iter().flatten() {
                let p = self.param(self.resolve(p)?)?;
                params.retain(|q| !(q.name == p.name && q.location == p.location));
                params.push(p);
            }
        }
        let body = match op.get("requestBody") {
            Some(b) => {
                let b = self.resolve(b)?;
                b.get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| {
                        c.iter()
                            .find(|(k, _)| k.contains("json"))
                            .or_else(|| c.iter().next())
                    })
                    .map(|(k, v)| (k.clone(), v))
            }
            None => None,
        };
        let mut responses = Vec::new();
        for (status, r) in op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            responses.push((status.clone(), self.resolve(r)?));
        }
        let requirements = op
            .get("security")
            .or_else(|| self.root.get("security"))
            .and_then(Value::as_array);
        let mut security = Vec::new();
        for req in requirements.into_iter().flatten() {
            let mut schemes = Vec::new();
            for name in req.as_object().into_iter().flatten().map(|(k, _)| k) {
                let scheme = self
                    .root
                    .pointer(&format!("/components/securitySchemes/{name}"))
                    .ok_or_else(|| format!("security scheme `{name}` is not defined"))?;
                schemes.push((name.clone(), self.resolve(scheme)?));
            }
            security.push(schemes);
        }
        // `security: [{}]` (an empty requirement) means "none needed" as well.
        if security.iter().any(Vec::is_empty) {
            security.clear();
        }
        Ok(Operation {
            id,
            method: method.to_uppercase(),
            path: path.to_string(),
            params,
            body,
            responses,
            security,
        })
    }

    fn param<'s>(&'s self, p: &'s Value) -> Result<Param<'s>, String> {
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .ok_or("a parameter without a name")?
            .to_string();
        let location = match p.get("in").and_then(Value::as_str) {
            Some("path") => In::Path,
            Some("query") => In::Query,
            Some("header") => In::Header,
            other => {
                return Err(format!(
                    "parameter `{name}`: location {other:?} not supported"
                ));
            }
        };
        let schema = p
            .get("schema")
            .ok_or_else(|| format!("parameter `{name}` has no schema"))?;
        Ok(Param {
            required: location == In::Path
                || p.get("required").and_then(Value::as_bool).unwrap_or(false),
            example: p.get("example"),
            explode: p.get("explode").and_then(Value::as_bool).unwrap_or(true),
            name,
            location,
            schema,
        })
    }
}
