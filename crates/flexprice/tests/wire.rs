//! Wire tests of `GET /customers/{id}`: what the client sends, what it decodes.

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use flexprice::types::{CustomerResponse, Status};
use flexprice::{Client, ClientOptions, ConfigError, Error, Region, RetryPolicy};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

#[tokio::test]
async fn get_customer_sends_the_documented_request_and_decodes_the_answer() {
    let server = MockServer::start().await;
    let body = r#"{
      "id": "cust_01HZX8K2",
      "external_id": "user-42",
      "name": "Ada Lovelace",
      "email": "ada@example.com",
      "address_line1": "1 Analytical Way",
      "address_line2": "Floor 2",
      "address_city": "London",
      "address_state": "LDN",
      "address_postal_code": "EC1A 1BB",
      "address_country": "GB",
      "environment_id": "env_1",
      "tenant_id": "tenant_1",
      "status": "archived",
      "metadata": {"plan": "pro", "region": "eu"},
      "integrations": [{"id": "map_1", "entity_type": "customer", "provider_type": "stripe", "provider_entity_id": "cus_X", "status": "published", "created_at": "2024-01-02T03:04:05Z"}],
      "created_at": "2023-11-07T05:31:56Z",
      "created_by": "user_1",
      "updated_at": "2024-02-29T23:59:59.123Z",
      "updated_by": "user_2"
    }"#;
    answer(
        &server,
        json(200, body).insert_header("x-request-id", "req_ok"),
    )
    .await;

    let customer = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/v1/customers/cust_01HZX8K2");
    assert_eq!(request.url.query(), None, "no query string");
    assert_headers(&request);

    assert_eq!(customer.status().as_u16(), 200);
    assert_eq!(customer.headers().get("x-request-id").unwrap(), "req_ok");
    assert_eq!(customer.id.as_deref(), Some("cust_01HZX8K2"));
    assert_eq!(customer.external_id.as_deref(), Some("user-42"));
    assert_eq!(customer.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(customer.email.as_deref(), Some("ada@example.com"));
    assert_eq!(customer.address_line2.as_deref(), Some("Floor 2"));
    assert_eq!(customer.address_postal_code.as_deref(), Some("EC1A 1BB"));
    assert_eq!(customer.address_country.as_deref(), Some("GB"));
    assert_eq!(customer.status, Some(Status::Archived));
    let metadata = &customer.metadata;
    assert_eq!(metadata.len(), 2);
    assert_eq!(metadata.get("plan").map(String::as_str), Some("pro"));
    assert_eq!(customer.integrations.len(), 1);
    let mapping = &customer.integrations[0];
    assert_eq!(mapping.provider_type.as_deref(), Some("stripe"));
    assert_eq!(mapping.provider_entity_id.as_deref(), Some("cus_X"));
    assert_eq!(
        mapping.created_at,
        Some(Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap())
    );
    assert_eq!(
        customer.created_at,
        Some(Utc.with_ymd_and_hms(2023, 11, 7, 5, 31, 56).unwrap())
    );
    assert_eq!(
        customer.updated_at,
        Some(
            Utc.with_ymd_and_hms(2024, 2, 29, 23, 59, 59).unwrap()
                + chrono::Duration::milliseconds(123)
        )
    );
    assert_eq!(customer.updated_by.as_deref(), Some("user_2"));
}

#[tokio::test]
async fn the_documents_example_round_trips_without_losing_a_field() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_CUSTOMER)).await;

    let decoded: CustomerResponse = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("200 decodes")
        .into_inner();

    let mut expected: Value = serde_json::from_str(DOC_CUSTOMER).unwrap();
    // `metadata` is a plain map now (the vendor's shape): an empty one is not written back.
    expected.as_object_mut().unwrap().remove("metadata");
    let actual = serde_json::to_value(&decoded).unwrap();
    // The example has no numbers and its date-times are already in the `...Z` form chrono
    // writes back, so the comparison is exact; `normalise` would only matter for numbers.
    assert_eq!(actual, expected);
    assert_eq!(normalise(&actual), normalise(&expected));
    assert_eq!(decoded.status, Some(Status::Published));
    assert!(decoded.metadata.is_empty());
}

#[tokio::test]
async fn an_id_is_one_percent_encoded_path_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/ext%2F42%20x%3Fy%23z"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&server)
        .await;

    client(&server)
        .get_customer()
        .id("ext/42 x?y#z")
        .send()
        .await
        .expect("the encoded path is the one mounted");

    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/customers/ext%2F42%20x%3Fy%23z");
    assert_eq!(request.url.query(), None);
    assert_headers(&request);
}

#[tokio::test]
async fn an_unknown_status_and_new_fields_do_not_break_decoding() {
    let server = MockServer::start().await;
    let body = r#"{
      "id": "cust_01HZX8K2",
      "status": "suspended",
      "parent_customer_id": "cust_parent",
      "parent_customer": {"id": "cust_parent", "name": "Parent Co", "status": "published"},
      "metadata": {"k": "v"},
      "integrations": [{"id": "map_1", "status": "syncing", "sync_state": {"attempts": 3}}],
      "billing_email": "billing@example.com"
    }"#;
    answer(&server, json(200, body)).await;

    let customer = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("unknown values and fields decode");

    assert_eq!(customer.status, Some(Status::Unknown("suspended".into())));
    assert_eq!(customer.status.as_ref().unwrap().as_str(), "suspended");
    assert_eq!(customer.id.as_deref(), Some("cust_01HZX8K2"));
    assert_eq!(customer.metadata.get("k").map(String::as_str), Some("v"));
    assert_eq!(
        customer.integrations[0].status.as_ref().map(|s| s.as_str()),
        Some("syncing")
    );
    let reserialised = serde_json::to_value(&*customer).unwrap();
    assert!(reserialised.get("parent_customer_id").is_none(), "ignored");
    assert_eq!(reserialised["status"], "suspended", "kept verbatim");
}

#[tokio::test]
async fn malformed_json_on_a_200_is_a_decode_error_with_the_raw_bytes() {
    let server = MockServer::start().await;
    let truncated = r#"{"id": "cust_01HZX8K2", "name": "#;
    answer(
        &server,
        json(200, truncated).insert_header("x-request-id", "req_trunc"),
    )
    .await;

    let err = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_decode_error(&err, 200, truncated.as_bytes());
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(err.raw_body(), Some(truncated.as_bytes()));
    assert_eq!(err.request_id(), Some("req_trunc"));
    assert!(err.api_error().is_none());
    assert!(std::error::Error::source(&err).is_some());
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_200_of_the_wrong_shape_is_a_decode_error() {
    let server = MockServer::start().await;
    // `metadata` is a string map: a number in it is not this model.
    let body = r#"{"id": "cust_01HZX8K2", "metadata": {"seats": 3}}"#;
    answer(&server, json(200, body)).await;

    let err = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
}

#[tokio::test]
async fn a_missing_id_is_rejected_before_sending() {
    let server = MockServer::start().await;
    let err = client(&server).get_customer().send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("id"), "{err}");
    assert!(requests(&server).await.is_empty());
}

#[test]
fn regions_pick_the_documented_base_urls() {
    let us = Client::new(KEY).unwrap();
    assert_eq!(us.base_url(), "https://us.api.flexprice.io/v1");
    assert_eq!(us.region(), Some(Region::Us));

    let india = Client::for_region(KEY, Region::India).unwrap();
    assert_eq!(india.base_url(), "https://api.cloud.flexprice.io/v1");
    assert_eq!(india.region(), Some(Region::India));

    let explicit_us = Client::for_region(KEY, Region::Us).unwrap();
    assert_eq!(explicit_us.base_url(), "https://us.api.flexprice.io/v1");

    let default_options = Client::with_options(KEY, ClientOptions::new()).unwrap();
    assert_eq!(default_options.base_url(), "https://us.api.flexprice.io/v1");
    assert_eq!(default_options.region(), Some(Region::Us));

    let custom = Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url("http://127.0.0.1:9/v1/")
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();
    assert_eq!(custom.base_url(), "http://127.0.0.1:9/v1");
    assert_eq!(custom.region(), None);
}

#[test]
fn an_empty_or_unsendable_key_is_rejected_without_echoing_it() {
    assert_eq!(Client::new("").unwrap_err(), ConfigError::InvalidCredential);
    assert_eq!(
        Client::new("   ").unwrap_err(),
        ConfigError::InvalidCredential
    );
    let err = Client::new("fp_SECRET\r\nx-evil: 1").unwrap_err();
    assert_eq!(err, ConfigError::InvalidCredential);
    assert!(!err.to_string().contains("SECRET"));
    assert!(!format!("{err:?}").contains("SECRET"));
}

#[tokio::test]
async fn a_custom_user_agent_or_http_client_keeps_the_key_header() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_CUSTOMER)).await;

    let with_agent = Client::with_options(
        KEY,
        options(&server)
            .user_agent("billing-sync/3.1")
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();
    with_agent.get_customer().id(CUSTOMER).send().await.unwrap();

    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let with_http = Client::with_options(
        KEY,
        options(&server)
            .http_client(http)
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();
    with_http.get_customer().id(CUSTOMER).send().await.unwrap();

    let seen = requests(&server).await;
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[0].headers.get("user-agent").unwrap(),
        "billing-sync/3.1"
    );
    assert!(
        seen[1].headers.get("user-agent").is_none(),
        "a bare reqwest client sends no user-agent"
    );
    for request in &seen {
        assert_eq!(request.headers.get("x-api-key").unwrap(), KEY);
        assert!(request.headers.get("authorization").is_none());
        assert!(request.headers.get("api-version").is_none());
        assert_only_headers(request, ALLOWED_HEADERS);
    }
}
