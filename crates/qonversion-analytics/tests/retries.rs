//! Retries: which answers are retried, how long the client waits, what it reports.

mod common;

use std::time::{Duration, Instant};

use common::*;
use qonversion_analytics::{
    ClientOptions, Error, RetryEvent, RetryPolicy, RetryReason, WaitSource,
};
use reqwest::StatusCode;
use wiremock::MockServer;

const RATE_LIMITED: &str = r#"{"message":"Too many requests"}"#;

#[tokio::test]
async fn a_429_with_retry_after_is_waited_out_then_retried() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "1"),
    )
    .await;
    answer(&server, json(200, DOC_METRICS)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));
    let client = client_with(&server, options);

    let started = Instant::now();
    let response = client
        .customers_metrics()
        .filter_since([1_700_000_000, 1_700_086_400])
        .send()
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();

    assert_eq!(
        response.data.active_subscribers.and_then(|c| c.as_i64()),
        Some(4230)
    );
    let seen = requests(&server).await;
    assert_eq!(seen.len(), 2);
    for request in &seen {
        assert_eq!(request.url.path(), METRICS_PATH);
        assert_eq!(query_pairs(request).len(), 2, "the retry keeps the query");
        assert_headers(request);
    }
    assert!(elapsed >= Duration::from_secs(1), "waited {elapsed:?}");
    assert_eq!(
        *events.lock().unwrap(),
        [RetryEvent {
            operation_id: "v1_get_customers_metrics",
            attempt: 1,
            reason: RetryReason::Status(StatusCode::TOO_MANY_REQUESTS),
            wait: Duration::from_secs(1),
            wait_source: WaitSource::RetryAfter,
        }]
    );
}

#[tokio::test]
async fn a_503_on_a_get_is_retried() {
    let server = MockServer::start().await;
    answer_times(&server, 1, json(503, r#"{"message":"unavailable"}"#)).await;
    answer(&server, json(200, DOC_METRICS)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let response = client_with(&server, options)
        .customers_metrics()
        .send()
        .await
        .expect("the retry succeeds");

    assert_eq!(response.data.sales.map(|s| s.get()), Some(380276.24));
    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].reason,
        RetryReason::Status(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(events[0].wait_source, WaitSource::Backoff);
}

#[tokio::test]
async fn three_503s_exhaust_the_attempts() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(503, r#"<html>unavailable</html>"#).insert_header("x-request-id", "req_503"),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .customers_metrics()
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 3);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.request_id(), Some("req_503"));
    assert_eq!(err.raw_body(), Some(&b"<html>unavailable</html>"[..]));
    assert_eq!(events.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn with_retries_off_a_429_is_sent_once() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(429, RATE_LIMITED).insert_header("retry-after", "1"),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(RetryPolicy::none()));

    let started = Instant::now();
    let err = client_with(&server, options)
        .customers_metrics()
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert!(events.lock().unwrap().is_empty());
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn a_500_is_not_retried() {
    let server = MockServer::start().await;
    answer(&server, json(500, r#"{"message":"boom"}"#)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .customers_metrics()
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert!(events.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_refused_connection_is_retried_and_the_key_stays_hidden() {
    let port = closed_port();
    let (options, events) = observed(
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v1/analytics"))
            .retry_policy(fast_retries()),
    );
    let client = qonversion_analytics::Client::with_options(KEY, options).unwrap();

    let err = client.customers_metrics().send().await.unwrap_err();

    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let reasons: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(reasons, [RetryReason::Connection, RetryReason::Connection]);
    let events_shown = format!("{:?}", events.lock().unwrap());
    assert!(!events_shown.contains(KEY), "{events_shown}");
    assert!(!everything_shown(&err).contains(KEY));
}
