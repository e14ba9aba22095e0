//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.
//! The generic helpers come from `wire-test-support`.

#![allow(dead_code)]

use qonversion_v4::{Client, ClientOptions, RetryPolicy};
use wiremock::{MockServer, Request, ResponseTemplate};

pub use wire_test_support::*;

/// A production secret key; no test may ever see it in output.
pub const KEY: &str = "sk_wire_SECRET_4f9c2d7e1a0b";
pub const CUSTOMER: &str = "customer_abc123";
pub const CUSTOMER_PATH: &str = "/v4/customers/customer_abc123";
/// Every header a request may carry.
pub const ALLOWED_HEADERS: &[&str] = &[
    "accept",
    "authorization",
    "user-agent",
    "host",
    "accept-encoding",
];

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

/// Answers every `GET` of the customer with `response`.
pub async fn answer(server: &MockServer, response: ResponseTemplate) {
    mount(server, "GET", CUSTOMER_PATH, response).await;
}

/// Answers the next `n` `GET`s of the customer with `response` (mount these first).
pub async fn answer_times(server: &MockServer, n: u64, response: ResponseTemplate) {
    mount_times(server, "GET", CUSTOMER_PATH, n, response).await;
}

/// The request carries exactly the bearer key and nothing the API does not define.
pub fn assert_headers(request: &Request) {
    let headers = &request.headers;
    let auth: Vec<_> = headers.get_all("authorization").iter().collect();
    assert_eq!(auth.len(), 1, "one authorization header");
    assert_eq!(auth[0].to_str().unwrap(), format!("Bearer {KEY}"));
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert_eq!(
        header(request, "user-agent"),
        Some(concat!("qonversion-v4/", env!("CARGO_PKG_VERSION")))
    );
    assert!(
        headers.get("api-version").is_none(),
        "no api-version header"
    );
    assert_only_headers(request, ALLOWED_HEADERS);
    assert!(request.body.is_empty(), "a GET sends no body");
}
