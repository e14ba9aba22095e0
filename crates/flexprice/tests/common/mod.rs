//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use flexprice::{Client, ClientOptions, RetryEvent, RetryPolicy};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// An API key; no test may ever see it in output.
pub const KEY: &str = "fp_SECRET_key_7b1e5a93c2d4";
pub const CUSTOMER: &str = "cust_01HZX8K2";
pub const CUSTOMER_PATH: &str = "/v1/customers/cust_01HZX8K2";

/// The example response of `flexprice-get-customer.txt`, verbatim.
pub const DOC_CUSTOMER: &str = r#"{
  "address_city": "<string>",
  "address_country": "<string>",
  "address_line1": "<string>",
  "address_line2": "<string>",
  "address_postal_code": "<string>",
  "address_state": "<string>",
  "created_at": "2023-11-07T05:31:56Z",
  "created_by": "<string>",
  "email": "<string>",
  "environment_id": "<string>",
  "external_id": "<string>",
  "id": "<string>",
  "integrations": [
    {
      "created_at": "2023-11-07T05:31:56Z",
      "created_by": "<string>",
      "entity_id": "<string>",
      "entity_type": "customer",
      "environment_id": "<string>",
      "id": "<string>",
      "provider_entity_id": "<string>",
      "provider_type": "<string>",
      "status": "published",
      "tenant_id": "<string>",
      "updated_at": "2023-11-07T05:31:56Z",
      "updated_by": "<string>"
    }
  ],
  "metadata": {},
  "name": "<string>",
  "status": "published",
  "tenant_id": "<string>",
  "updated_at": "2023-11-07T05:31:56Z",
  "updated_by": "<string>"
}"#;

pub fn options(server: &MockServer) -> ClientOptions {
    ClientOptions::new().base_url(format!("{}/v1", server.uri()))
}

/// A client for `server` with retries off.
pub fn client(server: &MockServer) -> Client {
    Client::with_options(KEY, options(server).retry_policy(RetryPolicy::none()))
        .expect("client builds")
}

/// A client for `server` with these options (the base URL is set here).
pub fn client_with(server: &MockServer, options: ClientOptions) -> Client {
    Client::with_options(KEY, options.base_url(format!("{}/v1", server.uri())))
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

/// Answers every `GET` of the customer with `response`.
pub async fn answer(server: &MockServer, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(CUSTOMER_PATH))
        .respond_with(response)
        .mount(server)
        .await;
}

/// Answers the next `n` `GET`s of the customer with `response` (mount these first).
pub async fn answer_times(server: &MockServer, n: u64, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(CUSTOMER_PATH))
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

/// The request carries exactly the `x-api-key` and nothing the API does not define.
pub fn assert_headers(request: &Request) {
    let headers = &request.headers;
    let keys: Vec<_> = headers.get_all("x-api-key").iter().collect();
    assert_eq!(keys.len(), 1, "one x-api-key header");
    assert_eq!(keys[0].to_str().unwrap(), KEY);
    assert!(
        headers.get("authorization").is_none(),
        "no authorization header"
    );
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
        Some(concat!("flexprice/", env!("CARGO_PKG_VERSION")))
    );
    let allowed = [
        "accept",
        "x-api-key",
        "user-agent",
        "host",
        "accept-encoding",
    ];
    for name in headers.keys() {
        assert!(allowed.contains(&name.as_str()), "stray header `{name}`");
    }
    assert!(request.body.is_empty(), "a GET sends no body");
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
