//! Retries: which answers are retried, how long the client waits, what it reports.

mod common;

use std::time::{Duration, Instant};

use common::*;
use qonversion_v4::types::ErrorCode;
use qonversion_v4::{Client, ClientOptions, Error, RetryEvent, RetryReason, WaitSource};
use reqwest::StatusCode;
use wiremock::{MockServer, ResponseTemplate};

const RATE_LIMITED: &str =
    r#"{"error":{"type":"request","code":"invalid_request","message":"Too many requests"}}"#;
const UNAVAILABLE: &str =
    r#"{"error":{"type":"internal","code":"network_error","message":"Service unavailable"}}"#;

fn client_with(server: &MockServer, options: ClientOptions) -> Client {
    Client::with_options(KEY, options.base_url(format!("{}/v4", server.uri()))).unwrap()
}

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
    let response = client
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.object, "customer");
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
            operation_id: "v4_get_customer",
            attempt: 1,
            reason: RetryReason::Status(StatusCode::TOO_MANY_REQUESTS),
            wait: Duration::from_secs(1),
            wait_source: WaitSource::RetryAfter,
        }]
    );
}

#[tokio::test]
async fn a_503_on_a_get_is_retried_with_backoff() {
    let server = MockServer::start().await;
    answer_times(&server, 1, json(503, UNAVAILABLE)).await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let response = client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

    assert_eq!(response.object, "customer");
    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].reason,
        RetryReason::Status(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(events[0].wait_source, WaitSource::Backoff);
    assert!(
        events[0].wait <= Duration::from_millis(10),
        "{:?}",
        events[0]
    );
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
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 3);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.request_id(), Some("req_503"));
    assert_eq!(err.api_error().unwrap().error.code, ErrorCode::NetworkError);
    let attempts: Vec<u32> = events.lock().unwrap().iter().map(|e| e.attempt).collect();
    assert_eq!(attempts, [1, 2]);
}

#[tokio::test]
async fn with_retries_off_a_429_is_sent_once() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(429, RATE_LIMITED).insert_header("retry-after", "1"),
    )
    .await;
    let (options, events) =
        observed(ClientOptions::new().retry_policy(qonversion_v4::RetryPolicy::none()));

    let started = Instant::now();
    let err = client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert!(events.lock().unwrap().is_empty());
    assert!(started.elapsed() < Duration::from_secs(1), "no wait");
}

#[tokio::test]
async fn with_retries_off_a_503_is_sent_once() {
    let server = MockServer::start().await;
    answer(&server, json(503, UNAVAILABLE)).await;

    let err = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn a_500_is_not_retried() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(
            500,
            r#"{"error":{"type":"internal","code":"unknown_error","message":"boom"}}"#,
        ),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.api_error().unwrap().error.code, ErrorCode::UnknownError);
    assert!(events.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_retry_after_date_in_the_past_means_retry_now() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT"),
    )
    .await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].wait, Duration::ZERO);
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
}

#[tokio::test]
async fn max_wait_caps_a_long_retry_after() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "3600"),
    )
    .await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(
        ClientOptions::new().retry_policy(fast_retries().with_max_wait(Duration::from_millis(50))),
    );

    let started = Instant::now();
    client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].wait, Duration::from_millis(50));
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
}

#[tokio::test]
async fn a_refused_connection_on_a_get_is_retried_then_reported() {
    let port = closed_port();
    let (options, events) = observed(
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v4"))
            .retry_policy(fast_retries()),
    );
    let client = Client::with_options(KEY, options).unwrap();

    let err = client
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let events = events.lock().unwrap();
    let reasons: Vec<_> = events
        .iter()
        .map(|e| (e.attempt, e.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        [(1, RetryReason::Connection), (2, RetryReason::Connection)]
    );
    assert!(events.iter().all(|e| e.wait_source == WaitSource::Backoff));
    assert!(!format!("{err} {err:?}").contains(KEY));
}

#[tokio::test]
async fn a_custom_respond_sequence_sees_every_attempt() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// 504, then 502, then the document's customer.
    struct Flaky(Arc<AtomicUsize>);
    impl wiremock::Respond for Flaky {
        fn respond(&self, _: &wiremock::Request) -> ResponseTemplate {
            match self.0.fetch_add(1, Ordering::SeqCst) {
                0 => ResponseTemplate::new(504),
                1 => ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>"),
                _ => json(200, DOC_CUSTOMER),
            }
        }
    }

    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    wiremock::Mock::given(wiremock::matchers::path(CUSTOMER_PATH))
        .respond_with(Flaky(Arc::clone(&calls)))
        .mount(&server)
        .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let response = client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the third attempt succeeds");

    assert_eq!(response.url, "/v4/customers/customer_abc123");
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    assert_eq!(requests(&server).await.len(), 3);
    let reasons: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        [
            RetryReason::Status(StatusCode::GATEWAY_TIMEOUT),
            RetryReason::Status(StatusCode::BAD_GATEWAY)
        ]
    );
}

#[tokio::test]
async fn three_429s_exhaust_the_attempts_and_surface_the_decoded_error() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(429, RATE_LIMITED).insert_header("retry-after", "0"),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    let err = client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 3);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(err.api_error().unwrap().error.message, "Too many requests");
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 2);
    assert!(
        events
            .iter()
            .all(|e| e.wait == Duration::ZERO && e.wait_source == WaitSource::RetryAfter)
    );
}

#[tokio::test]
async fn an_unparsable_retry_after_falls_back_to_backoff() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        json(429, RATE_LIMITED).insert_header("retry-after", "soon"),
    )
    .await;
    answer(&server, json(200, DOC_CUSTOMER)).await;
    let (options, events) = observed(ClientOptions::new().retry_policy(fast_retries()));

    client_with(&server, options)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the retry succeeds");

    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].wait_source, WaitSource::Backoff);
    assert!(events[0].wait <= Duration::from_millis(10));
}
