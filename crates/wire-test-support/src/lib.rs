#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod spec_wire;

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use client_core::{ApiError, ClientOptions, Error, ErrorBody, RetryEvent, RetryPolicy};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Retries as by default, but with millisecond backoff.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().with_initial_backoff(Duration::from_millis(10))
}

/// Options whose `on_retry` observer records every event.
pub fn observed(options: ClientOptions) -> (ClientOptions, Arc<Mutex<Vec<RetryEvent>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    let options = options.on_retry(move |e| sink.lock().unwrap().push(e.clone()));
    (options, events)
}

/// Answers every `verb p` with `response`.
pub async fn mount(server: &MockServer, verb: &str, p: &str, response: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path(p))
        .respond_with(response)
        .mount(server)
        .await;
}

/// Answers the next `n` `verb p` with `response` (mount these before the catch-all).
pub async fn mount_times(
    server: &MockServer,
    verb: &str,
    p: &str,
    n: u64,
    response: ResponseTemplate,
) {
    Mock::given(method(verb))
        .and(path(p))
        .respond_with(response)
        .up_to_n_times(n)
        .mount(server)
        .await;
}

/// A `status` answer whose body is `body`, verbatim, as `application/json`.
pub fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

/// A `status` answer whose body is `body`, verbatim, as `text/html`.
pub fn html_page(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "text/html")
}

/// Every request the server received, in order.
pub async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

/// The only request the server received.
pub async fn only_request(server: &MockServer) -> Request {
    let mut all = requests(server).await;
    assert_eq!(all.len(), 1, "expected exactly one request");
    all.remove(0)
}

/// The value of the header `name` as text, if the request carries it.
pub fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

/// The request carries no header outside `allowed` (lower-case names).
pub fn assert_only_headers(request: &Request, allowed: &[&str]) {
    for name in request.headers.keys() {
        assert!(allowed.contains(&name.as_str()), "stray header `{name}`");
    }
}

/// The decoded query string, in order.
pub fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The request body, parsed as JSON.
pub fn body_json(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("request body is JSON")
}

/// `value` with every number as an `f64`, so that `1` and `1.0` compare equal.
pub fn normalise(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::from(n.as_f64().expect("finite number")),
        Value::Array(items) => Value::Array(items.iter().map(normalise).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), normalise(v))).collect())
        }
        other => other.clone(),
    }
}

/// A loopback port nothing listens on.
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    port
}

/// `Display` and `Debug` of `err` and of every error in its source chain.
pub fn everything_shown(err: &(dyn std::error::Error + 'static)) -> String {
    let mut shown = format!("{err} {err:?}");
    let mut source = err.source();
    while let Some(s) = source {
        shown.push_str(&format!(" | {s} {s:?}"));
        source = s.source();
    }
    shown
}

/// None of `secrets` shows in `shown` (which is printed when one does).
pub fn assert_hidden(shown: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!shown.contains(secret), "{shown}");
    }
}

/// `Debug` of `value` shows none of `secrets` and says that something was redacted.
pub fn assert_redacted(value: &impl Debug, secrets: &[&str]) {
    let shown = format!("{value:?}");
    assert_hidden(&shown, secrets);
    assert!(shown.contains("redacted"), "{shown}");
}

/// `err` is a decode error of a `status` answer that kept `body` verbatim.
pub fn assert_decode_error<E: Debug>(err: &Error<E>, status: u16, body: &[u8]) {
    match err {
        Error::Decode {
            status: got,
            body: raw,
            ..
        } => {
            assert_eq!(got.as_u16(), status);
            assert_eq!(&raw[..], body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

/// `err` is an API error of `status` whose body did not decode and was kept as `body`;
/// returns it for further checks.
pub fn assert_raw_api_error<'e, E: Debug>(
    err: &'e Error<E>,
    status: u16,
    body: &[u8],
) -> &'e ApiError<E> {
    match err {
        Error::Api(
            api @ ApiError {
                status: got,
                body: ErrorBody::Raw(raw),
                ..
            },
        ) => {
            assert_eq!(got.as_u16(), status);
            assert_eq!(&raw[..], body);
            api
        }
        other => panic!("expected a raw Error::Api, got {other:?}"),
    }
}

/// `err` is a transport error of a refused connection: no status, and no URL (which may
/// carry a key) in the underlying error.
pub fn assert_connect_failure<E: Debug>(err: &Error<E>) {
    match err {
        Error::Transport { status, source } => {
            assert_eq!(*status, None);
            assert!(source.is_connect(), "{source:?}");
            assert!(source.url().is_none(), "the URL is stripped");
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

/// Nothing in `request` (URL, any header, body) contains `secret`, and it carries no
/// `Referer`: what a host of another origin may receive after a redirect.
pub fn assert_no_secret(request: &Request, secret: &str) {
    let holds = |bytes: &[u8]| bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
    assert!(!holds(request.url.as_str().as_bytes()), "secret in the URL");
    for (name, value) in request.headers.iter() {
        assert!(!holds(value.as_bytes()), "secret in header `{name}`");
    }
    assert!(!holds(&request.body), "secret in the body");
    assert!(
        request.headers.get("referer").is_none(),
        "a Referer was sent"
    );
}

/// A `status` redirect to `location`.
pub fn redirect_to(status: u16, location: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).insert_header("location", location)
}
