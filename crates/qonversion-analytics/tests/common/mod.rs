//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use qonversion_analytics::{Client, ClientOptions, RetryEvent, RetryPolicy};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A project API key (32 alphanumeric characters, like the document's); it travels in
/// the path, and no test may ever see it in output.
pub const KEY: &str = "SECRETk3y0123456789abcdefABCDEFx";
pub const METRICS_PATH: &str = "/v1/analytics/SECRETk3y0123456789abcdefABCDEFx/customers-metrics";

/// The example response of `qonversion-analytics-customers-metrics.txt`, verbatim.
pub const DOC_METRICS: &str = r#"{
  "data": {
    "clientsWithEvent": 15420,
    "activeSubscribers": 4230,
    "churnedSubscribers": 43,
    "activeTrials": 820,
    "canceledTrials": 35,
    "billingRetry": 120,
    "avgPaymentCount": 2.4,
    "avgPrice": 9.95,
    "sales": 380276.24
  }
}"#;

pub fn options(server: &MockServer) -> ClientOptions {
    ClientOptions::new().base_url(format!("{}/v1/analytics", server.uri()))
}

/// A client for `server` with retries off.
pub fn client(server: &MockServer) -> Client {
    Client::with_options(KEY, options(server).retry_policy(RetryPolicy::none()))
        .expect("client builds")
}

/// A client for `server` with these options (the base URL is set here).
pub fn client_with(server: &MockServer, options: ClientOptions) -> Client {
    Client::with_options(
        KEY,
        options.base_url(format!("{}/v1/analytics", server.uri())),
    )
    .expect("client builds")
}

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

/// Answers every `GET` of the metrics with `response`.
pub async fn answer(server: &MockServer, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(METRICS_PATH))
        .respond_with(response)
        .mount(server)
        .await;
}

/// Answers the next `n` `GET`s of the metrics with `response` (mount these first).
pub async fn answer_times(server: &MockServer, n: u64, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(METRICS_PATH))
        .respond_with(response)
        .up_to_n_times(n)
        .mount(server)
        .await;
}

pub fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

pub async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

pub async fn only_request(server: &MockServer) -> Request {
    let mut all = requests(server).await;
    assert_eq!(all.len(), 1, "expected exactly one request");
    all.remove(0)
}

/// The decoded query string, in order.
pub fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// No credential header (the key is in the path) and nothing the API does not define.
pub fn assert_headers(request: &Request) {
    let headers = &request.headers;
    assert!(
        headers.get("authorization").is_none(),
        "no authorization header"
    );
    assert!(headers.get("x-api-key").is_none());
    assert!(
        headers.get("api-version").is_none(),
        "no api-version header"
    );
    assert_eq!(
        headers.get("accept").map(|v| v.to_str().unwrap()),
        Some("application/json")
    );
    assert_eq!(
        headers.get("user-agent").map(|v| v.to_str().unwrap()),
        Some(concat!("qonversion-analytics/", env!("CARGO_PKG_VERSION")))
    );
    let allowed = ["accept", "user-agent", "host", "accept-encoding"];
    for name in headers.keys() {
        assert!(allowed.contains(&name.as_str()), "stray header `{name}`");
    }
    for value in headers.values() {
        assert!(
            !value.to_str().unwrap_or_default().contains(KEY),
            "the key is in no header"
        );
    }
    assert!(request.body.is_empty(), "a GET sends no body");
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
