//! `cargo xtask import <vendor-spec> --api NAME`: adds to one of our specs the vendor's
//! operations it lacks, with the components they reach, prose-free.
//!
//! Operations are matched as `drift` matches them ([`Document::operations`]: method and path
//! below the server URL). What is added keeps the vendor's shapes, examples and enums and
//! loses its prose (`description`, `summary`, `title`; a response keeps an empty
//! `description`, which OpenAPI requires). Three house rules make the result read like the
//! rest of our spec:
//!
//! - an inline parameter with the name, location and shape of one of our component
//!   parameters becomes a `$ref` to ours;
//! - when every operation of ours answers errors with the same responses (`4XX`/`5XX` to one
//!   shared `Error`), an imported operation's error responses are replaced by those;
//! - a component ours already has under the same name is reused, never overwritten;
//! - an inline request or response body schema becomes a component schema named after the
//!   operation (`<OperationId>Request` / `Response`), and `additionalProperties: false` is
//!   dropped (servers add fields), as `cargo xtask lint` asks of every spec.
//!
//! The file is edited as text: each addition is inserted as YAML lines (new methods at the
//! end of their path, new paths at the end of `paths`, new components at the end of their
//! section; new schemas after the last schema both specs share), so every comment,
//! description and layout choice of ours survives. Running it again adds nothing.

use std::collections::{BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::Path;

use serde_yaml::{Mapping, Value as Y};

use super::model::Document;
use crate::settings::APIS;

/// What `cargo xtask import --help` prints.
pub const HELP: &str = "\
usage: cargo xtask import <vendor-spec.yaml|json> --api NAME [--check]

Adds to specs/<name>.yaml every operation of the vendor's OpenAPI file that ours lacks (matched
as `drift` matches them), with the schemas, parameters, responses and headers they reach that
ours lacks. Prose (description, summary, title) is left out; shapes, examples and enums are
kept. Inline parameters equal to one of our component parameters become $refs to it; error
responses follow the ones all our operations share; inline body schemas become components named
after their operation; `additionalProperties: false` is dropped. The file is edited by inserting lines:
nothing of ours changes. Running it again adds nothing. With --check, writes nothing and exits
1 when something would be added.";

/// The outcome of an import: the new text and what went into it.
#[derive(Debug, Default)]
pub struct Imported {
    pub text: String,
    /// `METHOD /path (operationId)` of each added operation.
    pub operations: Vec<String>,
    /// `kind/name` of each added component.
    pub components: Vec<String>,
    /// Tags added to the top-level `tags` list.
    pub tags: Vec<String>,
    /// Vendor operations left out, with the reason.
    pub skipped: Vec<String>,
}

/// Component sections, in the order a new section is written.
const KINDS: &[&str] = &[
    "parameters",
    "headers",
    "requestBodies",
    "responses",
    "schemas",
];

/// Imports into `ours_text` what `vendor_text` has and it lacks.
pub fn import(
    ours_text: &str,
    ours_label: &str,
    vendor_text: &str,
    vendor_label: &str,
) -> Result<Imported, String> {
    let ours = Document::from_text(ours_text, ours_label)?;
    let vendor = Document::from_text(vendor_text, vendor_label)?;
    let vendor_yaml: Y = serde_yaml::from_str(vendor_text)
        .map_err(|e| format!("{vendor_label}: YAML error: {e}"))?;
    let ours_yaml: Y =
        serde_yaml::from_str(ours_text).map_err(|e| format!("{ours_label}: YAML error: {e}"))?;

    let our_ops = ours.operations();
    let house_errors = house_error_responses(&ours_yaml);
    let our_params = component_map(&ours_yaml, "parameters");

    let mut out = Imported::default();
    // New operations grouped by our path text, in the vendor's order.
    let mut by_path: Vec<(String, Vec<(String, Y)>)> = Vec::new();
    let mut refs: VecDeque<(String, String)> = VecDeque::new();
    let mut tags_needed: Vec<String> = Vec::new();
    // Components to add: (kind, name, value); body schemas hoisted out of operations first.
    let mut added: Vec<(String, String, Y)> = Vec::new();
    let mut hoisted: Vec<String> = Vec::new();
    let mut taken: BTreeSet<String> = ours
        .schema_names()
        .into_iter()
        .chain(vendor.schema_names())
        .collect();
    for op in vendor.operations() {
        if our_ops
            .iter()
            .any(|o| o.method == op.method && o.key == op.key)
        {
            continue;
        }
        let label = format!(
            "{} {}{}",
            op.method.to_uppercase(),
            op.path,
            op.operation_id
                .as_ref()
                .map(|i| format!(" ({i})"))
                .unwrap_or_default()
        );
        let Some(path) = our_path(&ours, &our_ops, &vendor.base_path, &op.path, &op.key) else {
            out.skipped.push(format!(
                "{label}: its path is not below our server URL, or names its parameters differently from ours"
            ));
            continue;
        };
        let item = &vendor_yaml["paths"][op.path.as_str()];
        let mut value = item[op.method.as_str()].clone();
        if let Some(shared) = item.get("parameters").and_then(Y::as_sequence) {
            let own = value
                .get("parameters")
                .and_then(Y::as_sequence)
                .cloned()
                .unwrap_or_default();
            let mut all = shared.clone();
            all.extend(own);
            set(&mut value, "parameters", Y::Sequence(all));
        }
        strip_prose(&mut value);
        open_objects(&mut value);
        house_parameters(&mut value, &our_params);
        if let Some(house) = &house_errors {
            replace_errors(&mut value, house);
        }
        keep_response_descriptions(&mut value);
        let id = op.operation_id.clone().unwrap_or_else(|| label.clone());
        for (name, schema) in hoist_bodies(&mut value, &id, &mut taken) {
            collect_refs(&schema, &mut refs);
            hoisted.push(name.clone());
            added.push(("schemas".to_string(), name, schema));
        }
        collect_refs(&value, &mut refs);
        for t in value
            .get("tags")
            .and_then(Y::as_sequence)
            .into_iter()
            .flatten()
        {
            if let Some(t) = t.as_str() {
                tags_needed.push(t.to_string());
            }
        }
        out.operations.push(label);
        match by_path.iter_mut().find(|(p, _)| *p == path) {
            Some((_, ops)) => ops.push((op.method.clone(), value)),
            None => by_path.push((path, vec![(op.method.clone(), value)])),
        }
    }

    // Components reached from the new operations that ours lacks, followed transitively.
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    while let Some((kind, name)) = refs.pop_front() {
        if !seen.insert((kind.clone(), name.clone()))
            || (kind == "schemas" && hoisted.contains(&name))
        {
            continue;
        }
        if ours_yaml["components"][kind.as_str()]
            .get(name.as_str())
            .is_some()
        {
            continue;
        }
        let Some(v) = vendor_yaml["components"][kind.as_str()].get(name.as_str()) else {
            return Err(format!(
                "{vendor_label}: `#/components/{kind}/{name}` is referenced but not defined"
            ));
        };
        let mut v = v.clone();
        strip_prose(&mut v);
        open_objects(&mut v);
        if kind == "responses" {
            ensure_description(&mut v);
        }
        collect_refs(&v, &mut refs);
        added.push((kind, name, v));
    }
    // Keep the vendor's order within each section, hoisted bodies (in operation order) last.
    added.sort_by_key(|(kind, name, _)| {
        let order = vendor_yaml["components"][kind.as_str()]
            .as_mapping()
            .and_then(|m| m.keys().position(|k| k.as_str() == Some(name.as_str())))
            .or_else(|| {
                hoisted
                    .iter()
                    .position(|h| h == name)
                    .map(|i| usize::MAX / 2 + i)
            })
            .unwrap_or(usize::MAX);
        (KINDS.iter().position(|k| k == kind), order)
    });
    out.components = added
        .iter()
        .map(|(kind, name, _)| format!("{kind}/{name}"))
        .collect();

    let our_tags: BTreeSet<String> = ours_yaml["tags"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("name").and_then(Y::as_str).map(str::to_string))
        .collect();
    for t in tags_needed {
        if !our_tags.contains(&t) && !out.tags.contains(&t) {
            out.tags.push(t);
        }
    }

    let vendor_schemas: BTreeSet<String> = vendor.schema_names().into_iter().collect();
    out.text = insert(ours_text, &by_path, &added, &out.tags, &vendor_schemas)?;
    Ok(out)
}

/// Our path text for a vendor operation: the path of ours with the same key, else the
/// vendor's path moved below our server URL. `None` when that is impossible or when the
/// path parameters are named differently (the operation would not line up with ours).
fn our_path(
    ours: &Document,
    our_ops: &[super::model::Operation],
    vendor_base: &str,
    vendor_path: &str,
    key: &str,
) -> Option<String> {
    let full = format!("{vendor_base}{vendor_path}");
    let relative = full.strip_prefix(ours.base_path.as_str())?;
    let relative = if relative.starts_with('/') {
        relative.to_string()
    } else {
        format!("/{relative}")
    };
    match our_ops.iter().find(|o| o.key == key) {
        Some(o) if o.path != relative => None,
        _ => Some(relative),
    }
}

fn set(v: &mut Y, key: &str, value: Y) {
    if let Some(m) = v.as_mapping_mut() {
        m.insert(Y::String(key.to_string()), value);
    }
}

/// Removes prose keywords, keeping examples, enums, defaults and property names intact.
pub fn strip_prose(v: &mut Y) {
    match v {
        Y::Mapping(m) => {
            m.retain(|k, _| !matches!(k.as_str(), Some("description" | "summary" | "title")));
            for (k, child) in m.iter_mut() {
                match k.as_str() {
                    Some("example" | "enum" | "default" | "const") => {}
                    Some("examples") => {
                        // Example objects: keep `value`, drop their prose.
                        if let Some(named) = child.as_mapping_mut() {
                            for (_, ex) in named.iter_mut() {
                                if let Some(ex) = ex.as_mapping_mut() {
                                    ex.retain(|k, _| {
                                        !matches!(k.as_str(), Some("description" | "summary"))
                                    });
                                }
                            }
                        }
                    }
                    Some("properties") => {
                        if let Some(props) = child.as_mapping_mut() {
                            for (_, schema) in props.iter_mut() {
                                strip_prose(schema);
                            }
                        }
                    }
                    _ => strip_prose(child),
                }
            }
        }
        Y::Sequence(s) => s.iter_mut().for_each(strip_prose),
        _ => {}
    }
}

/// Removes `additionalProperties: false` (outside examples): servers add fields without
/// notice, and a closed object would fail on them (`cargo xtask lint` rejects it too).
pub fn open_objects(v: &mut Y) {
    match v {
        Y::Mapping(m) => {
            m.retain(|k, v| !(k.as_str() == Some("additionalProperties") && *v == Y::Bool(false)));
            for (k, child) in m.iter_mut() {
                if !matches!(
                    k.as_str(),
                    Some("example" | "examples" | "enum" | "default")
                ) {
                    open_objects(child);
                }
            }
        }
        Y::Sequence(s) => s.iter_mut().for_each(open_objects),
        _ => {}
    }
}

/// `create-thing` -> `CreateThing`.
fn pascal(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Inline request and response body schemas become component schemas named after the
/// operation (`<OperationId>Request`, `<OperationId>Response`; a number is added when the
/// name is taken), as our specs have every body schema (`cargo xtask lint` rule 3).
fn hoist_bodies(op: &mut Y, id: &str, taken: &mut BTreeSet<String>) -> Vec<(String, Y)> {
    let mut out = Vec::new();
    let mut hoist = |schema: &mut Y, suffix: &str| {
        if schema.get("$ref").is_some() || !schema.is_mapping() {
            return;
        }
        let base = format!("{}{suffix}", pascal(id));
        let mut name = base.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        taken.insert(name.clone());
        let mut r = Mapping::new();
        r.insert(
            Y::from("$ref"),
            Y::from(format!("#/components/schemas/{name}")),
        );
        out.push((name, std::mem::replace(schema, Y::Mapping(r))));
    };
    if let Some(content) = op
        .get_mut("requestBody")
        .and_then(|b| b.get_mut("content"))
        .and_then(Y::as_mapping_mut)
    {
        for (_, media) in content.iter_mut() {
            if let Some(schema) = media.get_mut("schema") {
                hoist(schema, "Request");
            }
        }
    }
    if let Some(responses) = op.get_mut("responses").and_then(Y::as_mapping_mut) {
        for (_, r) in responses.iter_mut() {
            if let Some(content) = r.get_mut("content").and_then(Y::as_mapping_mut) {
                for (_, media) in content.iter_mut() {
                    if let Some(schema) = media.get_mut("schema") {
                        hoist(schema, "Response");
                    }
                }
            }
        }
    }
    out
}

/// OpenAPI requires a `description` on every response object.
fn ensure_description(response: &mut Y) {
    if let Some(m) = response.as_mapping_mut()
        && m.get("$ref").is_none()
        && m.get("description").is_none()
    {
        let mut with = Mapping::new();
        with.insert(Y::from("description"), Y::from(""));
        with.extend(std::mem::take(m));
        *m = with;
    }
}

fn keep_response_descriptions(op: &mut Y) {
    if let Some(responses) = op.get_mut("responses").and_then(Y::as_mapping_mut) {
        for (_, r) in responses.iter_mut() {
            ensure_description(r);
        }
    }
}

fn component_map(doc: &Y, kind: &str) -> Vec<(String, Y)> {
    doc["components"][kind]
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.as_str()?.to_string(), v.clone())))
        .collect()
}

/// A schema without what only documents or bounds it: the shape two parameters must share
/// for one to stand for the other.
fn shape(v: &Y) -> Y {
    match v {
        Y::Mapping(m) => Y::Mapping(
            m.iter()
                .filter(|(k, _)| {
                    !matches!(
                        k.as_str(),
                        Some(
                            "description"
                                | "example"
                                | "examples"
                                | "default"
                                | "format"
                                | "maxLength"
                                | "minLength"
                                | "maximum"
                                | "minimum"
                                | "pattern"
                        )
                    )
                })
                .map(|(k, v)| (k.clone(), shape(v)))
                .collect(),
        ),
        Y::Sequence(s) => Y::Sequence(s.iter().map(shape).collect()),
        other => other.clone(),
    }
}

/// Inline parameters equal in name, location and shape to a component parameter of ours
/// become a `$ref` to it.
fn house_parameters(op: &mut Y, ours: &[(String, Y)]) {
    let Some(params) = op.get_mut("parameters").and_then(Y::as_sequence_mut) else {
        return;
    };
    for p in params.iter_mut() {
        if p.get("$ref").is_some() {
            continue;
        }
        let found = ours.iter().find(|(_, q)| {
            q.get("name") == p.get("name")
                && q.get("in") == p.get("in")
                && q.get("schema").map(shape) == p.get("schema").map(shape)
        });
        if let Some((name, _)) = found {
            let mut r = Mapping::new();
            r.insert(
                Y::from("$ref"),
                Y::from(format!("#/components/parameters/{name}")),
            );
            *p = Y::Mapping(r);
        }
    }
}

fn is_error_status(status: &Y) -> bool {
    let s = match status {
        Y::String(s) => s.clone(),
        Y::Number(n) => n.to_string(),
        _ => return false,
    };
    s.starts_with('4') || s.starts_with('5') || s == "default"
}

/// The error responses every operation of ours has, identical, in our order; `None` when
/// they differ between operations (or ours has none).
fn house_error_responses(ours: &Y) -> Option<Mapping> {
    let mut common: Option<Mapping> = None;
    for (_, item) in ours["paths"].as_mapping()? {
        for (method, op) in item.as_mapping()? {
            if method.as_str() == Some("parameters") {
                continue;
            }
            let errors: Mapping = op["responses"]
                .as_mapping()
                .into_iter()
                .flatten()
                .filter(|(k, _)| is_error_status(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            match &common {
                None => common = Some(errors),
                Some(c) if *c == errors => {}
                Some(_) => return None,
            }
        }
    }
    common.filter(|c| !c.is_empty())
}

fn replace_errors(op: &mut Y, house: &Mapping) {
    if let Some(responses) = op.get_mut("responses").and_then(Y::as_mapping_mut) {
        responses.retain(|k, _| !is_error_status(k));
        for (k, v) in house {
            responses.insert(k.clone(), v.clone());
        }
    }
}

/// Every `#/components/<kind>/<name>` reference below `v`.
fn collect_refs(v: &Y, out: &mut VecDeque<(String, String)>) {
    match v {
        Y::Mapping(m) => {
            for (k, child) in m {
                if k.as_str() == Some("$ref")
                    && let Some(r) = child.as_str()
                    && let Some(rest) = r.strip_prefix("#/components/")
                    && let Some((kind, name)) = rest.split_once('/')
                {
                    out.push_back((kind.to_string(), name.replace("~1", "/").replace("~0", "~")));
                } else if !matches!(k.as_str(), Some("example" | "examples")) {
                    collect_refs(child, out);
                }
            }
        }
        Y::Sequence(s) => s.iter().for_each(|c| collect_refs(c, out)),
        _ => {}
    }
}

// ---- text editing ------------------------------------------------------------------------

/// A line's indentation, or `None` for blank and comment lines (which belong to no block).
fn indent(line: &str) -> Option<usize> {
    let t = line.trim_start();
    if t.is_empty() || t.starts_with('#') {
        None
    } else {
        Some(line.len() - t.len())
    }
}

/// The mapping key a line opens (`  /a/{b}:` -> `/a/{b}`), unquoted.
fn key_of(line: &str) -> Option<String> {
    let t = line.trim();
    let k = t
        .strip_suffix(':')
        .or_else(|| t.split_once(": ").map(|x| x.0))?;
    let k = k.trim();
    let k = k
        .strip_prefix('\'')
        .and_then(|k| k.strip_suffix('\''))
        .or_else(|| k.strip_prefix('"').and_then(|k| k.strip_suffix('"')))
        .unwrap_or(k);
    Some(k.to_string())
}

/// The keys at indentation `ind` in `lines[start..end]`, with the line range of each block.
fn children(lines: &[&str], start: usize, end: usize, ind: usize) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(end).skip(start) {
        if indent(line) == Some(ind)
            && !line.trim_start().starts_with("- ")
            && let Some(k) = key_of(line)
        {
            if let Some(last) = out.last_mut() {
                last.2 = i;
            }
            out.push((k, i, end));
        }
    }
    // A block ends after its last non-blank line.
    for c in &mut out {
        while c.2 > c.1 + 1 && indent(lines[c.2 - 1]).is_none() {
            c.2 -= 1;
        }
    }
    out
}

fn insert(
    text: &str,
    paths: &[(String, Vec<(String, Y)>)],
    components: &[(String, String, Y)],
    tags: &[String],
    vendor_schemas: &BTreeSet<String>,
) -> Result<String, String> {
    if paths.is_empty() && components.is_empty() && tags.is_empty() {
        return Ok(text.to_string());
    }
    let lines: Vec<&str> = text.lines().collect();
    let top = children(&lines, 0, lines.len(), 0);
    let block = |name: &str| top.iter().find(|(k, _, _)| k == name).cloned();
    // (line index before which to insert, text), applied back to front.
    let mut edits: Vec<(usize, String)> = Vec::new();

    if !tags.is_empty() {
        let (_, s, e) = block("tags").ok_or("our spec has no top-level `tags` list")?;
        let item_indent = lines[s + 1..e]
            .iter()
            .find_map(|l| {
                let t = l.trim_start();
                t.starts_with("- ").then(|| l.len() - t.len())
            })
            .unwrap_or(2);
        let mut t = String::new();
        for tag in tags {
            let _ = writeln!(
                t,
                "{}- name: {}",
                " ".repeat(item_indent),
                scalar(&Y::from(tag.as_str()))?
            );
        }
        edits.push((e, t));
    }

    if !paths.is_empty() {
        let (_, s, e) = block("paths").ok_or("our spec has no `paths`")?;
        let items = children(&lines, s + 1, e, 2);
        let mut new_paths = String::new();
        for (path, ops) in paths {
            match items.iter().find(|(k, _, _)| k == path) {
                Some((_, _, pe)) => {
                    let mut t = String::new();
                    for (method, op) in ops {
                        t.push_str(&entry(method, op, 4)?);
                    }
                    edits.push((*pe, t));
                }
                None => {
                    let mut item = Mapping::new();
                    for (method, op) in ops {
                        item.insert(Y::from(method.as_str()), op.clone());
                    }
                    new_paths.push_str(&entry(path, &Y::Mapping(item), 2)?);
                }
            }
        }
        if !new_paths.is_empty() {
            edits.push((e, new_paths));
        }
    }

    if !components.is_empty() {
        let (_, cs, ce) = block("components").ok_or("our spec has no `components`")?;
        let sections = children(&lines, cs + 1, ce, 2);
        for kind in KINDS {
            let mut t = String::new();
            for (_, name, v) in components.iter().filter(|(k, _, _)| k == kind) {
                t.push_str(&entry(name, v, 4)?);
            }
            if t.is_empty() {
                continue;
            }
            match sections.iter().find(|(k, _, _)| k == kind) {
                Some((_, ss, se)) => {
                    let at = if *kind == "schemas" {
                        // After the last schema both specs share: the vendor's schemas stay
                        // together, and what ours adds at the end stays at the end.
                        children(&lines, ss + 1, *se, 4)
                            .iter()
                            .rev()
                            .find(|(k, _, _)| vendor_schemas.contains(k))
                            .map_or(*se, |c| c.2)
                    } else {
                        *se
                    };
                    edits.push((at, t));
                }
                None => {
                    let at = sections
                        .iter()
                        .find(|(k, _, _)| k == "schemas")
                        .map_or(ce, |c| c.1);
                    edits.push((at, format!("  {kind}:\n{t}")));
                }
            }
        }
    }

    edits.sort_by_key(|(at, _)| *at);
    let mut out = String::with_capacity(text.len() * 2);
    let mut next = 0;
    for (i, line) in lines.iter().enumerate() {
        while next < edits.len() && edits[next].0 == i {
            out.push_str(&edits[next].1);
            next += 1;
        }
        out.push_str(line);
        out.push('\n');
    }
    for (_, t) in &edits[next..] {
        out.push_str(t);
    }
    Ok(out)
}

// ---- YAML emission -----------------------------------------------------------------------

/// `key: value` as block YAML at `ind` spaces, sequences indented below their key (the
/// layout of our specs).
fn entry(key: &str, v: &Y, ind: usize) -> Result<String, String> {
    let mut m = Mapping::new();
    m.insert(Y::from(key), v.clone());
    let mut out = String::new();
    emit(&Y::Mapping(m), ind, &mut out)?;
    Ok(out)
}

fn is_scalar(v: &Y) -> bool {
    match v {
        Y::Mapping(m) => m.is_empty(),
        Y::Sequence(s) => s.is_empty(),
        _ => true,
    }
}

fn scalar(v: &Y) -> Result<String, String> {
    Ok(match v {
        Y::Null => "null".into(),
        Y::Bool(b) => b.to_string(),
        Y::Number(n) => n.to_string(),
        Y::String(s) if s.contains('\n') => {
            serde_json::to_string(s).map_err(|e| format!("cannot write a string: {e}"))?
        }
        Y::String(_) => serde_yaml::to_string(v)
            .map_err(|e| format!("cannot write a string: {e}"))?
            .trim_end_matches('\n')
            .to_string(),
        Y::Mapping(_) => "{}".into(),
        Y::Sequence(_) => "[]".into(),
        Y::Tagged(_) => return Err("tagged YAML values are not supported".into()),
    })
}

fn key_text(k: &Y) -> Result<String, String> {
    match k {
        // OpenAPI keys are strings: `200:` is written `'200':`.
        Y::Number(n) => Ok(format!("'{n}'")),
        Y::Bool(b) => Ok(format!("'{b}'")),
        other => scalar(other),
    }
}

fn emit(v: &Y, ind: usize, out: &mut String) -> Result<(), String> {
    let pad = " ".repeat(ind);
    match v {
        Y::Mapping(m) => {
            for (k, child) in m {
                let k = key_text(k)?;
                if is_scalar(child) {
                    let _ = writeln!(out, "{pad}{k}: {}", scalar(child)?);
                } else {
                    let _ = writeln!(out, "{pad}{k}:");
                    emit(child, ind + 2, out)?;
                }
            }
        }
        Y::Sequence(s) => {
            for item in s {
                if is_scalar(item) {
                    let _ = writeln!(out, "{pad}- {}", scalar(item)?);
                } else if matches!(item, Y::Mapping(_)) {
                    let mut inner = String::new();
                    emit(item, ind + 2, &mut inner)?;
                    let _ = write!(out, "{pad}- {}", &inner[ind + 2..]);
                } else {
                    let _ = writeln!(out, "{pad}-");
                    emit(item, ind + 2, out)?;
                }
            }
        }
        other => {
            let _ = writeln!(out, "{pad}{}", scalar(other)?);
        }
    }
    Ok(())
}

// ---- the command -------------------------------------------------------------------------

/// The command: edits `specs/<name>.yaml`, prints what it added, returns the exit status.
pub fn run(root: &Path, args: &[&str]) -> i32 {
    let mut vendor_path = None;
    let mut api = None;
    let mut check = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "-h" | "--help" => {
                println!("{HELP}");
                return 0;
            }
            "--check" => check = true,
            "--api" => match it.next() {
                Some(n) => api = Some(*n),
                None => return usage("--api needs a NAME"),
            },
            other if other.starts_with('-') => return usage(&format!("unknown option {other}")),
            other if vendor_path.is_none() => vendor_path = Some(other),
            other => return usage(&format!("unexpected argument {other}")),
        }
    }
    let (Some(vendor_path), Some(api)) = (vendor_path, api) else {
        return usage("the vendor's spec file and --api NAME are required");
    };
    let Some(row) = APIS.iter().find(|a| a.name == api) else {
        let names: Vec<&str> = APIS.iter().map(|a| a.name).collect();
        return usage(&format!(
            "no API named `{api}` (known: {})",
            names.join(", ")
        ));
    };
    let spec = root.join(row.spec);
    let result = std::fs::read_to_string(&spec)
        .map_err(|e| format!("{}: cannot read: {e}", row.spec))
        .and_then(|ours| {
            let vendor = std::fs::read_to_string(vendor_path)
                .map_err(|e| format!("{vendor_path}: cannot read: {e}"))?;
            let imported = import(&ours, row.spec, &vendor, vendor_path)?;
            // What we write must load again.
            Document::from_text(&imported.text, row.spec)
                .map_err(|e| format!("the imported text does not load (nothing written): {e}"))?;
            Ok((ours, imported))
        });
    let (ours, imported) = match result {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    for s in &imported.skipped {
        println!("skipped: {s}");
    }
    if imported.text == ours {
        println!("{}: nothing to import", row.spec);
        return 0;
    }
    for o in &imported.operations {
        println!("operation  {o}");
    }
    for c in &imported.components {
        println!("component  {c}");
    }
    for t in &imported.tags {
        println!("tag        {t}");
    }
    println!(
        "{}: {} operations, {} components, {} tags {}",
        row.spec,
        imported.operations.len(),
        imported.components.len(),
        imported.tags.len(),
        if check { "to import" } else { "imported" }
    );
    if check {
        return 1;
    }
    if let Err(e) = std::fs::write(&spec, &imported.text) {
        eprintln!("error: {}: cannot write: {e}", row.spec);
        return 2;
    }
    println!("next: write descriptions, then `cargo xtask lint` and `cargo xtask codegen`");
    0
}

fn usage(message: &str) -> i32 {
    eprintln!("error: {message}\n\n{HELP}");
    2
}
