//! Redirects and echoed keys: the `x-api-key` never reaches another origin (reqwest alone
//! would forward it, stripping only `Authorization`) and never shows in an error.

mod common;

use common::{CUSTOMER, CUSTOMER_PATH, DOC_CUSTOMER, KEY};
use flexprice::{Client, ClientOptions, RetryPolicy};
use wire_test_support::{assert_no_secret, json, only_request, redirect_to};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer};

fn client(api: &MockServer) -> Client {
    Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("{}/v1", api.uri()))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap()
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_followed_without_the_key() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    Mock::given(path(CUSTOMER_PATH))
        .respond_with(redirect_to(
            302,
            &format!("{}/mirror/customer", other.uri()),
        ))
        .mount(&api)
        .await;
    Mock::given(path("/mirror/customer"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&other)
        .await;
    let customer = client(&api)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert_eq!(customer.id.as_deref(), Some("<string>"));
    assert_eq!(
        only_request(&api).await.headers.get("x-api-key").unwrap(),
        KEY
    );
    assert_no_secret(&only_request(&other).await, KEY);
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_the_key() {
    let api = MockServer::start().await;
    Mock::given(path(CUSTOMER_PATH))
        .respond_with(redirect_to(307, "/v1/customers/moved"))
        .mount(&api)
        .await;
    Mock::given(path("/v1/customers/moved"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&api)
        .await;
    client(&api)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap();
    let seen = api.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].headers.get("x-api-key").unwrap(), KEY);
}

#[tokio::test]
async fn an_error_echoing_the_key_does_not_print_it() {
    let api = MockServer::start().await;
    Mock::given(path(CUSTOMER_PATH))
        .respond_with(
            json(
                401,
                &format!(r#"{{"error":{{"message":"bad x-api-key {KEY}"}}}}"#),
            )
            .insert_header("x-request-id", format!("req {KEY}")),
        )
        .mount(&api)
        .await;
    let err = client(&api)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 401);
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains(KEY), "{printed}");
    assert!(printed.contains("<redacted>"), "{printed}");
}
