//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use qonversion_v4::{Client, ClientOptions, RetryEvent, RetryPolicy};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A production secret key; no test may ever see it in output.
pub const KEY: &str = "sk_wire_SECRET_4f9c2d7e1a0b";
pub const CUSTOMER: &str = "customer_abc123";
pub const CUSTOMER_PATH: &str = "/v4/customers/customer_abc123";

/// The example response of `qonversion-v4-get-customer.txt`, verbatim.
pub const DOC_CUSTOMER: &str = r#"{
  "object": "customer",
  "url": "/v4/customers/customer_abc123",
  "data": {
    "customer": {
      "client_id": "customer_abc123",
      "external_identity": "user@example.com",
      "environment": 2,
      "platform": "iOS",
      "country": "US",
      "status": "active",
      "since": "2026-03-18T09:42:11Z",
      "last_seen": "2026-04-22T18:05:33Z"
    },
    "device": {
      "platform": "iOS",
      "os_version": "17.4",
      "device_model": "iPhone15,3",
      "app_version": "4.12.0",
      "sdk_version": "5.9.1"
    },
    "attributionData": [
      {
        "key": "source",
        "value": "organic"
      },
      {
        "key": "campaign",
        "value": "spring_sale"
      }
    ],
    "userProperties": [
      {
        "key": "plan_tier",
        "value": "premium"
      },
      {
        "key": "onboarding_variant",
        "value": "B"
      }
    ],
    "trackEvents": [
      {
        "event": "subscription_started",
        "at": "2026-03-18T09:42:45Z",
        "product_id": "com.example.pro.monthly",
        "revenue_usd": 9.99
      }
    ],
    "netPayments": 59.97,
    "currency": "USD",
    "conversionRate": 1,
    "canRemoveCustomer": true,
    "canEditEntitlements": true
  }
}"#;

pub fn options(server: &MockServer) -> ClientOptions {
    ClientOptions::new().base_url(format!("{}/v4", server.uri()))
}

/// A client for `server` with retries off.
pub fn client(server: &MockServer) -> Client {
    Client::with_options(KEY, options(server).retry_policy(RetryPolicy::none()))
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

/// The request carries exactly the bearer key and nothing the API does not define.
pub fn assert_headers(request: &Request) {
    let headers = &request.headers;
    let auth: Vec<_> = headers.get_all("authorization").iter().collect();
    assert_eq!(auth.len(), 1, "one authorization header");
    assert_eq!(auth[0].to_str().unwrap(), format!("Bearer {KEY}"));
    assert_eq!(
        headers.get("accept").map(|v| v.to_str().unwrap()),
        Some("application/json")
    );
    assert_eq!(
        headers.get("user-agent").map(|v| v.to_str().unwrap()),
        Some(concat!("qonversion-v4/", env!("CARGO_PKG_VERSION")))
    );
    assert!(
        headers.get("api-version").is_none(),
        "no api-version header"
    );
    let allowed = [
        "accept",
        "authorization",
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
