//! Wire tests of `GET /customers/{customer_id}`: what the client sends, what it decodes.

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use qonversion_v4::types::{CustomerResponse, ErrorCode, ErrorType};
use qonversion_v4::{
    Client, ClientOptions, ConfigError, DEFAULT_BASE_URL, Error, KeyEnvironment, RetryPolicy,
};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

#[tokio::test]
async fn get_customer_sends_the_documented_request_and_decodes_the_answer() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(200, DOC_CUSTOMER).insert_header("x-request-id", "req_ok_1"),
    )
    .await;

    let response = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/v4/customers/customer_abc123");
    assert_eq!(request.url.query(), None, "no query string");
    assert_headers(&request);

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers().get("x-request-id").unwrap(),
        "req_ok_1",
        "response headers are kept"
    );
    assert_eq!(response.object, "customer");
    assert_eq!(response.url, "/v4/customers/customer_abc123");
    let customer = response.data.customer.as_ref().expect("customer record");
    assert_eq!(customer.client_id.as_deref(), Some("customer_abc123"));
    assert_eq!(
        customer.external_identity.as_deref(),
        Some("user@example.com")
    );
    assert_eq!(customer.environment, Some(2));
    assert_eq!(customer.platform.as_deref(), Some("iOS"));
    assert_eq!(customer.country.as_deref(), Some("US"));
    assert_eq!(customer.status.as_deref(), Some("active"));
    assert_eq!(
        customer.since,
        Some(Utc.with_ymd_and_hms(2026, 3, 18, 9, 42, 11).unwrap())
    );
    assert_eq!(
        customer.last_seen,
        Some(Utc.with_ymd_and_hms(2026, 4, 22, 18, 5, 33).unwrap())
    );
    let device = response.data.device.as_ref().expect("device");
    assert_eq!(device.device_model.as_deref(), Some("iPhone15,3"));
    assert_eq!(device.sdk_version.as_deref(), Some("5.9.1"));
    let attribution: Vec<_> = response
        .data
        .attribution_data
        .iter()
        .map(|kv| (kv.key.as_deref(), kv.value.as_deref()))
        .collect();
    assert_eq!(
        attribution,
        [
            (Some("source"), Some("organic")),
            (Some("campaign"), Some("spring_sale"))
        ]
    );
    assert_eq!(response.data.user_properties.len(), 2);
    assert_eq!(response.data.user_properties[1].value.as_deref(), Some("B"));
    let event = &response.data.track_events[0];
    assert_eq!(event.event.as_deref(), Some("subscription_started"));
    assert_eq!(
        event.at,
        Some(Utc.with_ymd_and_hms(2026, 3, 18, 9, 42, 45).unwrap())
    );
    assert_eq!(event.revenue_usd, Some(9.99));
    assert_eq!(response.data.net_payments, Some(59.97));
    assert_eq!(response.data.currency.as_deref(), Some("USD"));
    assert_eq!(response.data.conversion_rate, Some(1.0));
    assert_eq!(response.data.can_remove_customer, Some(true));
    assert_eq!(response.data.can_edit_entitlements, Some(true));
}

#[tokio::test]
async fn the_documents_example_round_trips_without_losing_a_field() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_CUSTOMER)).await;

    let decoded: CustomerResponse = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("200 decodes")
        .into_inner();

    let expected: Value = serde_json::from_str(DOC_CUSTOMER).unwrap();
    let actual = serde_json::to_value(&decoded).unwrap();
    // Numbers are compared as values: the document's `"conversionRate": 1` is an f64 in
    // the model and re-serialises as `1.0`. Date-times re-serialise exactly (`...Z`).
    assert_eq!(normalise(&actual), normalise(&expected));
    // And the strings really are untouched (no normalisation applied to them).
    assert_eq!(actual["data"]["customer"]["since"], "2026-03-18T09:42:11Z");
    assert_eq!(
        actual["data"]["trackEvents"][0]["at"],
        "2026-03-18T09:42:45Z"
    );
}

#[tokio::test]
async fn a_customer_id_is_one_percent_encoded_path_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v4/customers/a%20b%2Fc%3Fd%23e%25f"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&server)
        .await;

    let response = client(&server)
        .v4_get_customer()
        .customer_id("a b/c?d#e%f")
        .send()
        .await
        .expect("the encoded path is the one mounted");

    assert_eq!(response.object, "customer");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v4/customers/a%20b%2Fc%3Fd%23e%25f");
    assert_eq!(request.url.query(), None);
    assert_headers(&request);
}

#[tokio::test]
async fn new_fields_and_values_in_a_customer_do_not_break_decoding() {
    let server = MockServer::start().await;
    let body = r#"{
      "object": "customer",
      "url": "/v4/customers/customer_abc123",
      "livemode": false,
      "data": {
        "customer": {
          "client_id": "customer_abc123",
          "environment": 7,
          "status": "grace_period",
          "first_purchase_at": "2026-03-18T09:42:45Z"
        },
        "device": {"platform": "visionOS", "screen": "3840x2160"},
        "trackEvents": [{"event": "brand_new_event", "at": "2026-03-18T09:42:45+02:00", "currency": "EUR"}],
        "segments": ["whales"],
        "conversionRate": 0.5
      }
    }"#;
    answer(&server, json(200, body)).await;

    let response = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("unknown fields and values decode");

    let customer = response.data.customer.as_ref().unwrap();
    assert_eq!(customer.environment, Some(7));
    assert_eq!(customer.status.as_deref(), Some("grace_period"));
    assert_eq!(
        response.data.device.as_ref().unwrap().platform.as_deref(),
        Some("visionOS")
    );
    assert_eq!(
        response.data.track_events[0].at,
        Some(Utc.with_ymd_and_hms(2026, 3, 18, 7, 42, 45).unwrap()),
        "an offset date-time is converted to UTC"
    );
    assert_eq!(response.data.conversion_rate, Some(0.5));
    assert!(response.data.attribution_data.is_empty());
}

#[tokio::test]
async fn an_unknown_error_code_and_type_decode_into_unknown_variants() {
    let server = MockServer::start().await;
    let body = r#"{
      "error": {
        "type": "quota",
        "code": "some_new_code",
        "message": "Something new happened",
        "details": [{"field": "customer_id", "message": "odd", "hint": "new"}],
        "doc_url": "https://example.com/errors/some_new_code"
      },
      "meta": {"trace": "abc"}
    }"#;
    answer(&server, json(422, body)).await;

    let err = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(err.status().map(|s| s.as_u16()), Some(422));
    let body = err.api_error().expect("decoded error body");
    assert_eq!(body.error.code, ErrorCode::Unknown("some_new_code".into()));
    assert_eq!(body.error.type_, ErrorType::Unknown("quota".into()));
    assert_eq!(body.error.code.as_str(), "some_new_code");
    assert_eq!(body.error.message, "Something new happened");
    assert_eq!(body.error.details.len(), 1);
    assert_eq!(body.error.details[0].field.as_deref(), Some("customer_id"));
    assert_eq!(body.error.details[0].message.as_deref(), Some("odd"));
}

#[tokio::test]
async fn malformed_json_on_a_200_is_a_decode_error_with_the_raw_bytes() {
    let server = MockServer::start().await;
    let truncated = r#"{"object": "customer", "url": "#;
    answer(
        &server,
        json(200, truncated).insert_header("x-request-id", "req_trunc"),
    )
    .await;

    let err = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_decode_error(&err, 200, truncated.as_bytes());
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(err.raw_body(), Some(truncated.as_bytes()));
    assert_eq!(err.request_id(), Some("req_trunc"));
    assert!(err.api_error().is_none());
    assert!(
        std::error::Error::source(&err).is_some(),
        "keeps the serde error"
    );
    assert!(err.to_string().contains("cannot decode"), "{err}");
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_200_of_the_wrong_shape_is_a_decode_error() {
    let server = MockServer::start().await;
    let body = r#"{"object": "customer", "data": []}"#;
    answer(&server, json(200, body)).await;

    let err = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
}

#[tokio::test]
async fn a_missing_customer_id_is_rejected_before_sending() {
    let server = MockServer::start().await;
    let err = client(&server).v4_get_customer().send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("customer_id"), "{err}");
    assert!(requests(&server).await.is_empty());
}

#[test]
fn the_key_prefix_picks_the_environment_and_the_default_base_url() {
    let production = Client::new("sk_live_0123").unwrap();
    assert_eq!(production.environment(), KeyEnvironment::Production);
    assert_eq!(production.base_url(), DEFAULT_BASE_URL);
    assert_eq!(production.base_url(), "https://api.qonversion.io/v4");

    let sandbox = Client::new("test_sk_0123").unwrap();
    assert_eq!(sandbox.environment(), KeyEnvironment::Sandbox);
    assert_eq!(sandbox.base_url(), "https://api.qonversion.io/v4");

    for bad in [
        "pk_live_SECRET1",
        "SK_live_SECRET2",
        "test_SECRET3",
        "sksk_SECRET4",
        "",
    ] {
        let err = Client::new(bad).unwrap_err();
        assert!(
            matches!(err, ConfigError::UnrecognisedCredential(_)),
            "{bad:?}: {err:?}"
        );
        assert!(!err.to_string().contains("SECRET"), "{err}");
        assert!(!format!("{err:?}").contains("SECRET"), "{err:?}");
    }
}

#[test]
fn a_key_that_cannot_be_a_header_is_rejected_without_echoing_it() {
    let err = Client::new("sk_SECRET\nsplit").unwrap_err();
    assert_eq!(err, ConfigError::InvalidCredential);
    assert!(!err.to_string().contains("SECRET"));
    assert!(!format!("{err:?}").contains("SECRET"));
}

#[test]
fn a_custom_base_url_is_normalised_and_checked() {
    let client = Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url("http://127.0.0.1:9/v4/")
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:9/v4");
    let err = Client::with_options(KEY, ClientOptions::new().base_url("127.0.0.1/v4")).unwrap_err();
    assert!(matches!(err, ConfigError::InvalidBaseUrl(_)), "{err:?}");
}

#[tokio::test]
async fn a_caller_built_http_client_still_sends_the_key_and_nothing_else() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("caller-app/2.0")
        .build()
        .unwrap();
    let client = Client::with_options(
        "test_sk_SECRET_sandbox",
        options(&server)
            .http_client(http)
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();
    assert_eq!(client.environment(), KeyEnvironment::Sandbox);

    client
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    let headers = &request.headers;
    assert_eq!(
        headers.get("authorization").unwrap(),
        "Bearer test_sk_SECRET_sandbox"
    );
    assert_eq!(headers.get("user-agent").unwrap(), "caller-app/2.0");
    assert_eq!(headers.get("accept").unwrap(), "application/json");
    assert_only_headers(&request, ALLOWED_HEADERS);
}
