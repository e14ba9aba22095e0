//! The spec-driven wire test: every operation of a spec, called through the generated
//! client against a loopback server that checks each request against the spec and answers
//! what the spec declares.
//!
//! A crate's `crates/<api>/tests/generated_wire.rs` (written by `cargo xtask codegen`) holds one small
//! function per operation that builds the call from [`Args`] with the client's own types,
//! and hands the table to [`Harness::run`]. Everything else happens here, from the spec
//! file read at run time, never from the client's types: making the values ([`sample`]),
//! checking what arrived ([`request`]), making the answers, and comparing what the client
//! decoded with what was sent ([`compare`]). Per operation, the cases are: each success
//! status with a generated instance (one per `oneOf` alternative of the body) and with each
//! example, the same with an unknown property in every object, the same with an unknown
//! value in every string enum; each error status the same way (the error body must decode
//! and `status()` be right). The run ends with "N of M operations exercised on the wire"
//! and fails unless every operation of the spec passed every case.

pub mod call;
pub mod compare;
pub mod request;
pub mod sample;
pub mod spec;
pub mod validate;

use std::collections::BTreeSet;

use serde_json::{Map, Value};
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub use call::{Args, Call, Op, Outcome, Received, bytes_outcome, json_outcome};
use sample::{Options, Sampler};
use spec::{In, Operation, Spec};
use validate::Validator;

/// Where a redirect answer points, on the same server.
const REDIRECT_TARGET: &str = "/__wire_test__/redirected";
/// The bytes served there, and for any non-JSON body.
const FILE_BYTES: &[u8] = b"%PDF-1.4 wire test file";

/// The loopback server and the spec it checks against.
pub struct Harness {
    spec: Spec,
    server: MockServer,
    key: String,
    /// The path parameter that carries the credential, if the API puts it there.
    key_in_path: Option<String>,
}

/// What the server answers in one case.
#[derive(Debug, Clone)]
enum Answer {
    Json(Value),
    Empty,
    Bytes(String),
    Redirect,
}

/// One case of one operation.
#[derive(Debug, Clone)]
struct Case {
    name: String,
    args: usize,
    status: u16,
    answer: Answer,
    headers: Vec<(String, String)>,
    /// An error status (the client must return an error).
    error: bool,
}

impl Harness {
    /// Reads the spec (`relative` to the workspace root) and starts the loopback server.
    /// `key` is the credential the client under test was given.
    pub async fn start(relative: &str, key: &str) -> Harness {
        let spec = Spec::load(relative).unwrap_or_else(|e| panic!("{e}"));
        Harness {
            spec,
            server: MockServer::start().await,
            key: key.to_string(),
            key_in_path: None,
        }
    }

    /// The credential travels as the path parameter `name` (set by the client, not the test).
    pub fn key_in_path(mut self, name: &str) -> Self {
        self.key_in_path = Some(name.to_string());
        self
    }

    /// The base URL the client must use: the server's, with the spec's server path.
    pub fn base_url(&self) -> String {
        format!("{}{}", self.server.uri(), self.spec.server_path())
    }

    /// Runs every operation of the spec through `ops` (operationId -> generated function),
    /// prints each failure and the count, and panics unless every operation passed.
    pub async fn run<C>(&self, client: &C, ops: &[(&str, Op<C>)]) {
        let operations = self.spec.operations().unwrap_or_else(|e| panic!("{e}"));
        let total = operations.len();
        let mut passed = 0;
        let mut report = String::new();
        for op in &operations {
            let failures = match ops.iter().find(|(id, _)| *id == op.id) {
                None => vec!["no generated call for it (run `cargo xtask codegen`)".to_string()],
                Some((_, call)) => self.operation(client, op, *call).await,
            };
            if failures.is_empty() {
                passed += 1;
            } else {
                report.push_str(&format!(
                    "\noperation `{}` ({} {}):\n",
                    op.id, op.method, op.path
                ));
                for f in failures {
                    report.push_str(&format!("  - {f}\n"));
                }
            }
        }
        let mut stray = 0;
        for (id, _) in ops {
            if !operations.iter().any(|o| o.id == *id) {
                stray += 1;
                report.push_str(&format!(
                    "\n`{id}`: a generated call for an operation the spec does not have\n"
                ));
            }
        }
        let count = format!(
            "{}: {passed} of {total} operations exercised on the wire",
            self.spec.path.display()
        );
        println!("{count}");
        assert!(passed == total && stray == 0, "{report}\n{count}");
    }

    /// Every failure of one operation, each naming its case.
    async fn operation<C>(&self, client: &C, op: &Operation<'_>, call: Op<C>) -> Vec<String> {
        let mut failures = BTreeSet::new();
        let args = match self.args(op) {
            Ok(a) => a,
            Err(e) => return vec![e],
        };
        let cases = match self.cases(op) {
            Ok(c) if c.is_empty() => return vec!["the spec declares no response to test".into()],
            Ok(c) => c,
            Err(e) => return vec![e],
        };
        // A request fault shows once (every case sends the same request), an answer's per case.
        let mut request_faults = BTreeSet::new();
        for case in &cases {
            let args = &args[case.args.min(args.len() - 1)];
            let (sent, answered) = self.case(client, op, call, args, case).await;
            request_faults.extend(sent.into_iter().map(|f| format!("request: {f}")));
            for f in answered {
                failures.insert(format!("{}: {f}", case.name));
            }
        }
        request_faults.into_iter().chain(failures).collect()
    }

    /// The argument sets of an operation: parameters from their examples (else made),
    /// with a body made to fit the schema; then, if the body has an example, with that.
    fn args(&self, op: &Operation<'_>) -> Result<Vec<Args>, String> {
        let validator = Validator::request(&self.spec);
        let mut base = Args::default();
        for p in &op.params {
            let schema = self.spec.resolve(p.schema)?;
            let example = p.example.or_else(|| schema.get("example"));
            let value = match example {
                _ if self.key_in_path.as_deref() == Some(p.name.as_str()) => {
                    Value::String(self.key.clone())
                }
                Some(e) if validator.check(p.schema, e, "").is_empty() => e.clone(),
                _ => Sampler::new(&self.spec, Options::default())
                    .sample(p.schema)
                    .ok_or_else(|| format!("parameter `{}`: no value fits its schema", p.name))?,
            };
            match p.location {
                In::Path => base.path.insert(p.name.clone(), value),
                In::Query => base.query.insert(p.name.clone(), value),
                In::Header => base.header.insert(p.name.clone(), value),
            };
        }
        let mut all = vec![base.clone()];
        if let Some((media, body)) = &op.body
            && media.contains("json")
        {
            let schema = body.get("schema").ok_or("the request body has no schema")?;
            let options = Options {
                request: true,
                ..Options::default()
            };
            let made = Sampler::new(&self.spec, options)
                .sample(schema)
                .ok_or("no request body fits the schema")?;
            let errors = validator.check(schema, &made, "body");
            if !errors.is_empty() {
                return Err(format!(
                    "the test made a request body its schema rejects: {}",
                    errors.join("; ")
                ));
            }
            all[0].body = Some(made);
            for (name, example) in examples(&self.spec, body) {
                let errors = validator.check(schema, &example, "body");
                if !errors.is_empty() {
                    return Err(format!(
                        "the request body's example `{name}` does not fit its schema: {}",
                        errors.join("; ")
                    ));
                }
                all.push(Args {
                    body: Some(example),
                    ..base.clone()
                });
            }
        }
        Ok(all)
    }

    /// Every case of an operation, from its declared responses.
    fn cases(&self, op: &Operation<'_>) -> Result<Vec<Case>, String> {
        let declared: Vec<&str> = op.responses.iter().map(|(s, _)| s.as_str()).collect();
        let mut cases = Vec::new();
        for (key, response) in &op.responses {
            let Some((status, error)) = concrete_status(key, &declared) else {
                continue;
            };
            let headers = self.headers(response);
            let case = |name: String, answer: Answer, args: usize| Case {
                name,
                args,
                status,
                answer,
                headers: headers.clone(),
                error,
            };
            if (300..400).contains(&status) {
                cases.push(case(format!("{key} redirect"), Answer::Redirect, 0));
                continue;
            }
            let content = response.get("content").and_then(Value::as_object);
            let Some((media, media_object)) = content.and_then(|c| {
                c.iter()
                    .find(|(k, _)| k.contains("json"))
                    .or_else(|| c.iter().next())
            }) else {
                cases.push(case(format!("{key} without a body"), Answer::Empty, 0));
                continue;
            };
            if !media.contains("json") {
                cases.push(case(
                    format!("{key} {media}"),
                    Answer::Bytes(media.clone()),
                    0,
                ));
                continue;
            }
            let Some(schema) = media_object.get("schema") else {
                cases.push(case(format!("{key} without a schema"), Answer::Empty, 0));
                continue;
            };
            for (name, example) in examples(&self.spec, media_object) {
                let errors = Validator::response(&self.spec).check(schema, &example, "body");
                if !errors.is_empty() {
                    return Err(format!(
                        "{key}: the example `{name}` does not fit its schema: {}",
                        errors.join("; ")
                    ));
                }
                cases.push(case(
                    format!("{key} example `{name}`"),
                    Answer::Json(example),
                    1,
                ));
            }
            let resolved = self.spec.resolve(schema)?;
            let alternatives = ["oneOf", "anyOf"]
                .iter()
                .map(|k| validate::list(resolved, k).len())
                .max()
                .unwrap_or(0)
                .max(1);
            for alternative in 0..alternatives {
                let label = if alternatives > 1 {
                    format!(" (alternative {})", alternative + 1)
                } else {
                    String::new()
                };
                let variants = [
                    ("made to fit the schema", false, false),
                    ("with an unknown property in every object", true, false),
                    ("with an unknown value in every string enum", false, true),
                ];
                for (what, extra_fields, unknown_enums) in variants {
                    let mut sampler = Sampler::new(
                        &self.spec,
                        Options {
                            extra_fields,
                            unknown_enums,
                            alternative,
                            ..Options::default()
                        },
                    );
                    let body = sampler
                        .sample(schema)
                        .ok_or_else(|| format!("{key}: no instance fits the schema"))?;
                    if unknown_enums && !sampler.replaced_enum {
                        continue;
                    }
                    if !extra_fields && !unknown_enums {
                        let errors = Validator::response(&self.spec).check(schema, &body, "body");
                        if !errors.is_empty() {
                            return Err(format!(
                                "{key}: the test made an instance its schema rejects: {}",
                                errors.join("; ")
                            ));
                        }
                    }
                    cases.push(case(format!("{key} {what}{label}"), Answer::Json(body), 0));
                }
            }
        }
        Ok(cases)
    }

    /// The response headers the spec declares, with values made to fit (not `Location`).
    fn headers(&self, response: &Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, header) in response
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if name.eq_ignore_ascii_case("location") || name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let header = self.spec.resolve(header).unwrap_or(header);
            let value = header
                .get("schema")
                .and_then(|s| Sampler::new(&self.spec, Options::default()).sample(s));
            match value {
                Some(Value::String(s)) => out.push((name.clone(), s)),
                Some(v @ (Value::Number(_) | Value::Bool(_))) => {
                    out.push((name.clone(), v.to_string()))
                }
                _ => {}
            }
        }
        out
    }

    /// Runs one case: answers it, calls, checks the request and the outcome; returns the
    /// faults of the request, then those of the outcome.
    async fn case<C>(
        &self,
        client: &C,
        op: &Operation<'_>,
        call: Op<C>,
        args: &Args,
        case: &Case,
    ) -> (Vec<String>, Vec<String>) {
        self.server.reset().await;
        let mut template = ResponseTemplate::new(case.status);
        for (k, v) in &case.headers {
            template = template.insert_header(k.as_str(), v.as_str());
        }
        template = match &case.answer {
            Answer::Json(v) => {
                template.set_body_raw(v.to_string().into_bytes(), "application/json")
            }
            Answer::Empty => template,
            Answer::Bytes(media) => template.set_body_raw(FILE_BYTES.to_vec(), media.as_str()),
            Answer::Redirect => template.insert_header(
                "location",
                format!("{}{REDIRECT_TARGET}", self.server.uri()).as_str(),
            ),
        };
        Mock::given(path(REDIRECT_TARGET))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(FILE_BYTES.to_vec(), "application/pdf"),
            )
            .with_priority(1)
            .mount(&self.server)
            .await;
        Mock::given(any())
            .respond_with(template)
            .mount(&self.server)
            .await;
        let outcome = match call(client, args).await {
            Ok(o) => o,
            Err(e) => {
                return (
                    vec![format!("the call could not be built: {e}")],
                    Vec::new(),
                );
            }
        };
        let mut failures = Vec::new();
        let requests = self.server.received_requests().await.unwrap_or_default();
        let expected = if matches!(case.answer, Answer::Redirect) {
            2
        } else {
            1
        };
        if requests.len() != expected {
            failures.push(format!(
                "{} request(s) arrived, {expected} expected",
                requests.len()
            ));
        }
        if let Some(first) = requests.first() {
            failures.extend(request::check(&self.spec, op, args, &self.key, first));
        }
        (failures, self.outcome(case, outcome))
    }

    /// Whether the client's outcome is what the case's answer means.
    fn outcome(&self, case: &Case, outcome: Outcome) -> Vec<String> {
        let status = case.status;
        match (case.error, outcome) {
            (
                true,
                Outcome::Err {
                    status: got,
                    decoded,
                    shown,
                },
            ) => {
                let mut out = Vec::new();
                if got != Some(status) {
                    out.push(format!(
                        "the error's status() is {got:?}, the server sent {status}"
                    ));
                }
                if let Answer::Json(sent) = &case.answer {
                    match decoded {
                        Some(d) => out.extend(compare::differences(sent, &d, "error body")),
                        None => out.push(format!("the error body did not decode: {shown}")),
                    }
                }
                out
            }
            (true, Outcome::Ok { status: got, .. }) => {
                vec![format!(
                    "the server sent {status}, the client returned a success ({got})"
                )]
            }
            (false, Outcome::Err { shown, .. }) => {
                vec![format!(
                    "the server sent {status}, the client failed: {shown}"
                )]
            }
            (false, Outcome::Ok { status: got, body }) => {
                let mut out = Vec::new();
                let final_status = if matches!(case.answer, Answer::Redirect) {
                    200
                } else {
                    status
                };
                if got != final_status {
                    out.push(format!(
                        "the response's status is {got}, the server sent {final_status}"
                    ));
                }
                match (&case.answer, body) {
                    (Answer::Json(sent), Received::Json(v)) => {
                        out.extend(compare::differences(sent, &v, "body"))
                    }
                    (Answer::Json(sent), Received::Bytes(b)) => {
                        if serde_json::from_slice::<Value>(&b).ok().as_ref() != Some(sent) {
                            out.push("the body's bytes are not what was sent".into());
                        }
                    }
                    (Answer::Empty, Received::Json(Value::Null)) => {}
                    (Answer::Empty, Received::Bytes(b)) if b.is_empty() => {}
                    (Answer::Bytes(_) | Answer::Redirect, Received::Bytes(b))
                        if b == FILE_BYTES => {}
                    (answer, got) => out.push(format!(
                        "the server answered {}, the client decoded {}",
                        describe(answer),
                        match got {
                            Received::Json(v) => validate::show(&v),
                            Received::Bytes(b) => format!("{} bytes", b.len()),
                        }
                    )),
                }
                out
            }
        }
    }
}

fn describe(answer: &Answer) -> String {
    match answer {
        Answer::Json(v) => validate::show(v),
        Answer::Empty => "no body".into(),
        Answer::Bytes(media) => format!("a `{media}` file"),
        Answer::Redirect => "a redirect to a file".into(),
    }
}

/// The status a response key stands for, and whether it is an error: `4XX` -> 400,
/// `default` -> 500 (or 400 when 5XX is declared).
fn concrete_status(key: &str, declared: &[&str]) -> Option<(u16, bool)> {
    let status = match key {
        "default" => {
            let taken = |s: &str| declared.iter().any(|d| d.starts_with(s));
            if !taken("5") {
                500
            } else if !taken("4") {
                400
            } else {
                return None;
            }
        }
        range if range.ends_with("XX") || range.ends_with("xx") => {
            let first: u16 = range[..1].parse().ok()?;
            first * 100 + if first == 3 { 2 } else { 0 }
        }
        exact => exact.parse().ok()?,
    };
    Some((status, status >= 400))
}

/// The examples of a media type object: `example`, every `examples` value, else the
/// schema's own `example`.
fn examples(spec: &Spec, media: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(e) = media.get("example") {
        out.push(("example".to_string(), e.clone()));
    }
    for (name, e) in media
        .get("examples")
        .and_then(Value::as_object)
        .unwrap_or(&Map::new())
    {
        if let Some(v) = spec.resolve(e).ok().and_then(|e| e.get("value")) {
            out.push((name.clone(), v.clone()));
        }
    }
    if out.is_empty()
        && let Some(e) = media
            .get("schema")
            .and_then(|s| spec.resolve(s).ok())
            .and_then(|s| s.get("example"))
    {
        out.push(("schema example".to_string(), e.clone()));
    }
    out
}
