//! Checking a request that arrived against its operation in the spec: method, path and path
//! parameters, query and header parameters, the body against its schema, and the
//! credential where the operation's security scheme puts it.

use std::collections::BTreeMap;

use percent_encoding::percent_decode_str;
use serde_json::Value;
use wiremock::Request;

use super::call::Args;
use super::compare::differences;
use super::spec::{In, Operation, Param, Spec};
use super::validate::{Validator, type_of};

/// Every way `request` differs from what `op` with `args` and the credential `key` must send.
pub fn check(
    spec: &Spec,
    op: &Operation<'_>,
    args: &Args,
    key: &str,
    request: &Request,
) -> Vec<String> {
    let mut out = Vec::new();
    if request.method.as_str() != op.method {
        out.push(format!(
            "method: sent {}, the spec says {}",
            request.method, op.method
        ));
    }
    let validator = Validator::request(spec);
    let full = format!("{}{}", spec.server_path(), op.path);
    match match_path(&full, request.url.path()) {
        None => out.push(format!(
            "path: sent `{}`, the spec's template is `{full}`",
            request.url.path()
        )),
        Some(values) => {
            for p in op.params.iter().filter(|p| p.location == In::Path) {
                match values.get(p.name.as_str()) {
                    Some(raw) => param(
                        &validator,
                        spec,
                        p,
                        std::slice::from_ref(raw),
                        args,
                        &mut out,
                    ),
                    None => out.push(format!("path parameter `{}`: not in the path", p.name)),
                }
            }
        }
    }
    let pairs: Vec<(String, String)> = request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let api_key_query: Vec<&str> = op
        .security
        .iter()
        .flatten()
        .filter(|(_, s)| s.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|(_, s)| s.get("name").and_then(Value::as_str))
        .collect();
    for (k, _) in &pairs {
        let declared = op
            .params
            .iter()
            .any(|p| p.location == In::Query && &p.name == k);
        if !declared && !api_key_query.contains(&k.as_str()) {
            out.push(format!("query: `{k}` is not a parameter of the operation"));
        }
    }
    for p in op.params.iter().filter(|p| p.location == In::Query) {
        let raw: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| *k == p.name)
            .map(|(_, v)| v.clone())
            .collect();
        param(&validator, spec, p, &raw, args, &mut out);
    }
    for p in op.params.iter().filter(|p| p.location == In::Header) {
        let raw: Vec<String> = request
            .headers
            .get_all(p.name.as_str())
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect();
        param(&validator, spec, p, &raw, args, &mut out);
    }
    body(&validator, op, args, request, &mut out);
    auth(op, key, request, &mut out);
    out
}

/// The path parameter values (decoded) if `path` fits `template`.
fn match_path(template: &str, path: &str) -> Option<BTreeMap<String, String>> {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut values = BTreeMap::new();
    for (t, p) in t.iter().zip(&p) {
        if let Some(name) = t.strip_prefix('{').and_then(|n| n.strip_suffix('}')) {
            if p.is_empty() {
                return None;
            }
            let decoded = percent_decode_str(p).decode_utf8().ok()?.into_owned();
            values.insert(name.to_string(), decoded);
        } else if t != p {
            return None;
        }
    }
    Some(values)
}

/// Checks the raw values of one parameter (one per occurrence) against its schema and
/// against the value the call was built with.
fn param(
    validator: &Validator<'_>,
    spec: &Spec,
    p: &Param<'_>,
    raw: &[String],
    args: &Args,
    out: &mut Vec<String>,
) {
    let (what, expected) = match p.location {
        In::Path => ("path parameter", args.path.get(&p.name)),
        In::Query => ("query parameter", args.query.get(&p.name)),
        In::Header => ("header", args.header.get(&p.name)),
    };
    let at = format!("{what} `{}`", p.name);
    if raw.is_empty() {
        if expected.is_some() || p.required {
            out.push(format!("{at}: not sent"));
        }
        return;
    }
    let schema = spec.resolve(p.schema).unwrap_or(p.schema);
    let value = if type_of(schema) == Some("array") {
        let items = schema.get("items").map(|i| spec.resolve(i).unwrap_or(i));
        let parts: Vec<&str> = if p.explode || raw.len() > 1 {
            raw.iter().map(String::as_str).collect()
        } else {
            raw[0].split(',').collect()
        };
        Value::Array(parts.iter().map(|s| typed(items, s)).collect())
    } else {
        if raw.len() > 1 {
            out.push(format!("{at}: sent {} times", raw.len()));
        }
        typed(Some(schema), &raw[0])
    };
    out.extend(validator.check(p.schema, &value, &at));
    if let Some(expected) = expected {
        out.extend(differences(expected, &value, &at));
    }
}

/// A text value read as its schema's type (a number stays text when it does not parse).
fn typed(schema: Option<&Value>, text: &str) -> Value {
    match schema.and_then(type_of) {
        Some("integer") => text.parse::<i64>().map(Value::from).ok(),
        Some("number") => text.parse::<f64>().ok().map(Value::from),
        Some("boolean") => text.parse::<bool>().ok().map(Value::from),
        _ => None,
    }
    .unwrap_or_else(|| Value::String(text.to_string()))
}

fn body(
    validator: &Validator<'_>,
    op: &Operation<'_>,
    args: &Args,
    request: &Request,
    out: &mut Vec<String>,
) {
    let content_type = request
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some((media, media_object)) = &op.body else {
        if !request.body.is_empty() {
            out.push(format!(
                "body: the operation has none, {} bytes were sent",
                request.body.len()
            ));
        }
        return;
    };
    if !media.contains("json") {
        return;
    }
    if !content_type.starts_with("application/json") {
        out.push(format!(
            "body: content-type `{content_type}`, the spec's is `{media}`"
        ));
    }
    let sent: Value = match serde_json::from_slice(&request.body) {
        Ok(v) => v,
        Err(e) => return out.push(format!("body: not JSON ({e})")),
    };
    if let Some(schema) = media_object.get("schema") {
        out.extend(validator.check(schema, &sent, "body"));
    }
    if let Some(expected) = &args.body {
        out.extend(differences(expected, &sent, "body"));
    }
}

/// The credential is where one of the operation's security requirements puts it; with no
/// requirement, no `Authorization` header is sent.
fn auth(op: &Operation<'_>, key: &str, request: &Request, out: &mut Vec<String>) {
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    if op.security.is_empty() {
        if let Some(v) = header("authorization") {
            out.push(format!(
                "auth: the operation needs none, `Authorization: {}` was sent",
                v.split(' ').next().unwrap_or_default()
            ));
        }
        return;
    }
    let placed = |scheme: &Value| -> Result<(), String> {
        let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("");
        let name = scheme.get("name").and_then(Value::as_str).unwrap_or("");
        match (kind, scheme.get("in").and_then(Value::as_str)) {
            ("http", _) => {
                let http = scheme.get("scheme").and_then(Value::as_str).unwrap_or("");
                let want = if http.eq_ignore_ascii_case("bearer") {
                    format!("Bearer {key}")
                } else {
                    return Err(format!("http scheme `{http}` is not checked"));
                };
                match header("authorization") {
                    Some(v) if v == want => Ok(()),
                    Some(_) => Err("`Authorization` does not hold `Bearer <key>`".into()),
                    None => Err("no `Authorization` header".into()),
                }
            }
            ("apiKey", Some("header")) => match header(name) {
                Some(v) if v == key => Ok(()),
                Some(_) => Err(format!("header `{name}` does not hold the key")),
                None => Err(format!("no `{name}` header")),
            },
            ("apiKey", Some("query")) => {
                if request
                    .url
                    .query_pairs()
                    .any(|(k, v)| k == name && v == key)
                {
                    Ok(())
                } else {
                    Err(format!("no query parameter `{name}` holding the key"))
                }
            }
            _ => Err(format!("scheme type `{kind}` is not checked")),
        }
    };
    let mut why = Vec::new();
    for requirement in &op.security {
        match requirement.iter().try_for_each(|(_, s)| placed(s)) {
            Ok(()) => return,
            Err(e) => why.push(e),
        }
    }
    out.push(format!("auth: {}", why.join("; or ")));
}
