//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.
//! The generic helpers come from `wire-test-support`.

#![allow(dead_code)]

use qonversion_analytics::{Client, ClientOptions, RetryPolicy};
use wiremock::{MockServer, Request, ResponseTemplate};

pub use wire_test_support::*;

/// A project API key (32 alphanumeric characters, like the document's); it travels in
/// the path, and no test may ever see it in output.
pub const KEY: &str = "SECRETk3y0123456789abcdefABCDEFx";
pub const METRICS_PATH: &str = "/v1/analytics/SECRETk3y0123456789abcdefABCDEFx/customers-metrics";
/// Every header a request may carry.
pub const ALLOWED_HEADERS: &[&str] = &["accept", "user-agent", "host", "accept-encoding"];

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

/// Answers every `GET` of the metrics with `response`.
pub async fn answer(server: &MockServer, response: ResponseTemplate) {
    mount(server, "GET", METRICS_PATH, response).await;
}

/// Answers the next `n` `GET`s of the metrics with `response` (mount these first).
pub async fn answer_times(server: &MockServer, n: u64, response: ResponseTemplate) {
    mount_times(server, "GET", METRICS_PATH, n, response).await;
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
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert_eq!(
        header(request, "user-agent"),
        Some(concat!("qonversion-analytics/", env!("CARGO_PKG_VERSION")))
    );
    assert_only_headers(request, ALLOWED_HEADERS);
    for value in headers.values() {
        assert!(
            !value.to_str().unwrap_or_default().contains(KEY),
            "the key is in no header"
        );
    }
    assert!(request.body.is_empty(), "a GET sends no body");
}
