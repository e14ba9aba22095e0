//! Redirects and echoed keys: the bearer key never reaches another origin and never shows
//! in an error.

mod common;

use common::{CUSTOMER, CUSTOMER_PATH, DOC_CUSTOMER, KEY};
use qonversion_v4::{Client, ClientOptions, RetryPolicy};
use wire_test_support::{assert_no_secret, json, only_request, redirect_to};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer};

fn client(api: &MockServer) -> Client {
    Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("{}/v4", api.uri()))
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
            301,
            &format!("{}/mirror/customer", other.uri()),
        ))
        .mount(&api)
        .await;
    Mock::given(path("/mirror/customer"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&other)
        .await;
    client(&api)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert_eq!(
        only_request(&api)
            .await
            .headers
            .get("authorization")
            .unwrap(),
        format!("Bearer {KEY}").as_str()
    );
    assert_no_secret(&only_request(&other).await, KEY);
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_the_key() {
    let api = MockServer::start().await;
    Mock::given(path(CUSTOMER_PATH))
        .respond_with(redirect_to(
            302,
            &format!("{}/v4/customers/moved", api.uri()),
        ))
        .mount(&api)
        .await;
    Mock::given(path("/v4/customers/moved"))
        .respond_with(json(200, DOC_CUSTOMER))
        .mount(&api)
        .await;
    client(&api)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    let seen = api.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[1].headers.get("authorization").unwrap(),
        format!("Bearer {KEY}").as_str()
    );
}

#[tokio::test]
async fn an_error_echoing_the_key_does_not_print_it() {
    let api = MockServer::start().await;
    Mock::given(path(CUSTOMER_PATH))
        .respond_with(
            json(401, &format!(r#"{{"message":"unknown key Bearer {KEY}"}}"#))
                .insert_header("www-authenticate", format!("Bearer error=\"{KEY}\"")),
        )
        .mount(&api)
        .await;
    let err = client(&api)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 401);
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains(KEY), "{printed}");
}
