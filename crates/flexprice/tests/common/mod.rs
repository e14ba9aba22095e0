//! Shared by the wire tests: a loopback server, a client pointed at it, request checks.
//! The generic helpers come from `wire-test-support`.

#![allow(dead_code)]

use flexprice::{Client, ClientOptions, RetryPolicy};
use wiremock::{MockServer, Request, ResponseTemplate};

pub use wire_test_support::*;

/// An API key; no test may ever see it in output.
pub const KEY: &str = "fp_SECRET_key_7b1e5a93c2d4";
pub const CUSTOMER: &str = "cust_01HZX8K2";
pub const CUSTOMER_PATH: &str = "/v1/customers/cust_01HZX8K2";
/// Every header a request may carry.
pub const ALLOWED_HEADERS: &[&str] = &[
    "accept",
    "x-api-key",
    "user-agent",
    "host",
    "accept-encoding",
];

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

/// Answers every `GET` of the customer with `response`.
pub async fn answer(server: &MockServer, response: ResponseTemplate) {
    mount(server, "GET", CUSTOMER_PATH, response).await;
}

/// Answers the next `n` `GET`s of the customer with `response` (mount these first).
pub async fn answer_times(server: &MockServer, n: u64, response: ResponseTemplate) {
    mount_times(server, "GET", CUSTOMER_PATH, n, response).await;
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
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert_eq!(
        header(request, "user-agent"),
        Some(concat!("flexprice/", env!("CARGO_PKG_VERSION")))
    );
    assert_only_headers(request, ALLOWED_HEADERS);
    assert!(request.body.is_empty(), "a GET sends no body");
}
