//! Retries: which answers are retried, how long the client waits, what it reports.

mod common;

use std::time::{Duration, Instant};

use common::*;
use flexprice::{ClientOptions, Error, RetryEvent, RetryPolicy, RetryReason, WaitSource};
use reqwest::StatusCode;
use wiremock::MockServer;

const RATE_LIMITED: &str =
    r#"{"success":false,"error":{"message":"rate limit exceeded","internal_error":"429"}}"#;
const UNAVAILABLE: &str =
    r#"{"success":false,"error":{"message":"service unavailable","internal_error":"503"}}"#;

#[tokio::test]
async fn a_429_with_retry_after_is_waited_out_then_retried() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "1"),
    )
    .await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));
    let client = client_with(&server, options);

    let started = Instant::now();
    let customer = client
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();

    assert_eq!(customer.status().as_u16(), 200);
    assert_eq!(customer.name.as_deref(), Some("<string>"));
    let seen = requests(&server).await;
    assert_eq!(seen.len(), 2);
    for request in &seen {
        assert_eq!(request.url.path(), CUSTOMER_PATH);
        assert_headers(request);
    }
    assert!(elapsed >= Duration::from_secs(1), "waited {elapsed:?}");
    assert_eq!(
        *events.lock().unwrap(),
        [RetryEvent {
            operation_id: "get_customer",
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
    answer_times(&server, 1, json(503, UNAVAILABLE)).await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    client_with(&server, options)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

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
async fn three_503s_exhaust_the_attempts_and_surface_the_last_error() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(503, UNAVAILABLE).insert_header("x-request-id", "req_503"),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 3);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.request_id(), Some("req_503"));
    assert_eq!(
        err.api_error().and_then(|e| e.message()),
        Some("service unavailable")
    );
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
        .get_customer()
        .id(CUSTOMER)
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
    answer(
        &server,
        json(
            500,
            r#"{"success":false,"error":{"message":"internal","internal_error":"panic"}}"#,
        ),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert!(events.lock().unwrap().is_empty());
}

#[tokio::test]
async fn max_wait_caps_a_long_retry_after() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "600"),
    )
    .await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(
        ClientOptions::new().retry_policy(fast_retries().with_max_wait(Duration::from_millis(30))),
    );

    client_with(&server, options)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].wait, Duration::from_millis(30));
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
}
