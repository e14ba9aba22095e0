//! Redirects and echoed keys: the project key travels in the path, so a redirect to
//! another origin must neither repeat it in the new URL nor leak it in a `Referer`
//! (reqwest alone would send the old URL, key included, as `Referer`).

mod common;

use common::{DOC_METRICS, KEY, METRICS_PATH};
use qonversion_analytics::{Client, ClientOptions, RetryPolicy};
use wire_test_support::{assert_no_secret, json, only_request, redirect_to};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer};

fn client(api: &MockServer) -> Client {
    Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("{}/v1/analytics", api.uri()))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap()
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_followed_without_the_key_or_a_referer() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    Mock::given(path(METRICS_PATH))
        .respond_with(redirect_to(302, &format!("{}/cached/metrics", other.uri())))
        .mount(&api)
        .await;
    Mock::given(path("/cached/metrics"))
        .respond_with(json(200, DOC_METRICS))
        .mount(&other)
        .await;
    client(&api).customers_metrics().send().await.unwrap();
    assert_eq!(only_request(&api).await.url.path(), METRICS_PATH);
    assert_no_secret(&only_request(&other).await, KEY);
}

#[tokio::test]
async fn a_redirect_whose_url_would_carry_the_key_elsewhere_is_not_followed() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    // A host move that keeps the path, key included.
    Mock::given(path(METRICS_PATH))
        .respond_with(redirect_to(308, &format!("{}{METRICS_PATH}", other.uri())))
        .mount(&api)
        .await;
    let err = client(&api).customers_metrics().send().await.unwrap_err();
    assert!(other.received_requests().await.unwrap().is_empty());
    assert_eq!(err.status().unwrap().as_u16(), 308);
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains(KEY), "{printed}");
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_the_key_in_the_path() {
    let api = MockServer::start().await;
    let moved = format!("/v1/analytics/{KEY}/customers-metrics-v2");
    Mock::given(path(METRICS_PATH))
        .respond_with(redirect_to(301, &moved))
        .mount(&api)
        .await;
    Mock::given(path(moved.as_str()))
        .respond_with(json(200, DOC_METRICS))
        .mount(&api)
        .await;
    client(&api).customers_metrics().send().await.unwrap();
    let seen = api.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].url.path(), moved);
    assert!(seen[1].headers.get("referer").is_none());
}

#[tokio::test]
async fn an_error_echoing_the_key_does_not_print_it() {
    let api = MockServer::start().await;
    Mock::given(path(METRICS_PATH))
        .respond_with(json(
            403,
            &format!(r#"{{"message":"project {KEY} is not allowed"}}"#),
        ))
        .mount(&api)
        .await;
    let err = client(&api).customers_metrics().send().await.unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 403);
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains(KEY), "{printed}");
}
