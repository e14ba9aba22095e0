//! Retries, `Retry-After`, waits stated by the body, error decoding and redaction: the
//! behaviour every generated client shares, tested once here against a loopback server.
//! Each client's own tests cover only what is specific to its API.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use client_core::{
    Auth, BodyWaitHint, ClientOptions, ClientParts, Error, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, Secret, WaitSource, execute, get_json, operation,
};
use reqwest::StatusCode;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const KEY: &str = "sk_shared_secret_123";
const PATH: &str = "/v9/things/1";

fn fast() -> RetryPolicy {
    RetryPolicy::default().with_initial_backoff(Duration::from_millis(10))
}

type Events = Arc<Mutex<Vec<RetryEvent>>>;

fn parts(base_url: &str, policy: RetryPolicy, hint: Option<BodyWaitHint>) -> (ClientParts, Events) {
    let events: Events = Arc::default();
    let sink = Arc::clone(&events);
    let parts = ClientOptions::new()
        .base_url(base_url)
        .retry_policy(policy)
        .on_retry(move |e| sink.lock().unwrap().push(e.clone()))
        .build(
            "https://unused.invalid",
            &Auth::Bearer(Secret::new(KEY)),
            "test/1",
            hint,
        )
        .expect("options build");
    (parts, events)
}

async fn get(parts: &ClientParts) -> Result<Value, Error<Value>> {
    get_json::<Value, Value>(
        &parts.runtime,
        &parts.http_client,
        &format!("{}{PATH}", parts.base_url),
        "get_thing",
    )
    .await
    .map(|r| r.into_inner())
}

async fn answer_times(server: &MockServer, times: u64, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(PATH))
        .respond_with(answer)
        .up_to_n_times(times)
        .mount(server)
        .await;
}

async fn answer(server: &MockServer, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(PATH))
        .respond_with(answer)
        .mount(server)
        .await;
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"id": "1"}))
}

fn status(code: u16) -> ResponseTemplate {
    ResponseTemplate::new(code).set_body_json(json!({"message": format!("status {code}")}))
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn a_429_with_retry_after_is_waited_out_then_retried_with_the_credential() {
    let server = MockServer::start().await;
    answer_times(&server, 1, status(429).insert_header("retry-after", "1")).await;
    answer(&server, ok()).await;
    let (parts, events) = parts(&server.uri(), fast(), None);

    let started = Instant::now();
    assert_eq!(
        get(&parts).await.expect("the retry succeeds"),
        json!({"id": "1"})
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
    let seen = requests(&server).await;
    assert_eq!(seen.len(), 2);
    for r in &seen {
        assert_eq!(
            r.headers.get("authorization").unwrap(),
            &format!("Bearer {KEY}")
        );
        assert_eq!(r.headers.get("user-agent").unwrap(), "test/1");
    }
    assert_eq!(
        *events.lock().unwrap(),
        [RetryEvent {
            operation_id: "get_thing",
            attempt: 1,
            reason: RetryReason::Status(StatusCode::TOO_MANY_REQUESTS),
            wait: Duration::from_secs(1),
            wait_source: WaitSource::RetryAfter,
        }]
    );
}

#[tokio::test]
async fn gateway_errors_on_a_get_are_retried_with_backoff() {
    let server = MockServer::start().await;
    answer_times(&server, 1, ResponseTemplate::new(504)).await;
    answer_times(
        &server,
        1,
        ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>"),
    )
    .await;
    answer(&server, ok()).await;
    let (parts, events) = parts(&server.uri(), fast(), None);

    get(&parts).await.expect("the third attempt succeeds");

    assert_eq!(requests(&server).await.len(), 3);
    let seen: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .map(|e| (e.attempt, e.reason.clone(), e.wait_source))
        .collect();
    assert_eq!(
        seen,
        [
            (
                1,
                RetryReason::Status(StatusCode::GATEWAY_TIMEOUT),
                WaitSource::Backoff
            ),
            (
                2,
                RetryReason::Status(StatusCode::BAD_GATEWAY),
                WaitSource::Backoff
            ),
        ]
    );
    let (parts, _) = self::parts(&server.uri(), fast(), None);
    server.reset().await;
    answer_times(&server, 1, ResponseTemplate::new(503)).await;
    answer(&server, ok()).await;
    get(&parts).await.expect("a 503 is retried too");
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn three_failures_exhaust_the_attempts_and_surface_the_last_decoded_error() {
    let server = MockServer::start().await;
    answer(&server, status(429).insert_header("retry-after", "0")).await;
    let (parts, events) = parts(&server.uri(), fast(), None);

    let err = get(&parts).await.unwrap_err();

    assert_eq!(requests(&server).await.len(), 3);
    assert_eq!(err.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(err.api_error(), Some(&json!({"message": "status 429"})));
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 2);
    assert!(
        events
            .iter()
            .all(|e| e.wait == Duration::ZERO && e.wait_source == WaitSource::RetryAfter)
    );
}

#[tokio::test]
async fn with_retries_off_each_request_is_sent_once() {
    for code in [429, 503] {
        let server = MockServer::start().await;
        answer(&server, status(code)).await;
        let (parts, events) = parts(&server.uri(), RetryPolicy::none(), None);
        let err = get(&parts).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(code));
        assert_eq!(requests(&server).await.len(), 1);
        assert!(events.lock().unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_500_and_a_4xx_are_not_retried() {
    for code in [500, 400, 401, 404] {
        let server = MockServer::start().await;
        answer(&server, status(code)).await;
        let (parts, events) = parts(&server.uri(), fast(), None);
        let err = get(&parts).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(code));
        assert_eq!(requests(&server).await.len(), 1, "status {code}");
        assert!(events.lock().unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_post_is_retried_on_429_only_unless_it_has_an_idempotency_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let (parts, _) = parts(&server.uri(), fast(), None);
    let info = operation("create_thing");
    let send = |idempotency_key: Option<&str>| {
        let mut request = parts.http_client.post(format!("{}{PATH}", parts.base_url));
        if let Some(k) = idempotency_key {
            request = request.header("idempotency-key", k);
        }
        let request = request.build().unwrap();
        execute(&parts.runtime, &parts.http_client, request, &info)
    };
    assert_eq!(
        send(None).await.unwrap().status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(
        send(Some("k1")).await.unwrap().status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(requests(&server).await.len(), 4);

    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(status(429).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    assert_eq!(
        send(None).await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn retry_after_as_a_past_date_means_now_and_garbage_means_backoff() {
    let server = MockServer::start().await;
    let past = httpdate_of(SystemTime::now() - Duration::from_secs(3600));
    answer_times(
        &server,
        1,
        status(429).insert_header("retry-after", past.as_str()),
    )
    .await;
    answer_times(&server, 1, status(429).insert_header("retry-after", "soon")).await;
    answer(&server, ok()).await;
    let (parts, events) = parts(&server.uri(), fast(), None);

    get(&parts).await.expect("the third attempt succeeds");

    let events = events.lock().unwrap();
    assert_eq!(events[0].wait, Duration::ZERO);
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
    assert_eq!(events[1].wait_source, WaitSource::Backoff);
    assert!(
        events[1].wait <= Duration::from_millis(20),
        "{:?}",
        events[1].wait
    );
}

fn httpdate_of(t: SystemTime) -> String {
    // RFC 7231 IMF-fixdate, computed without a date crate.
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{weekday}, {day:02} {} {year} {h:02}:{m:02}:{s:02} GMT",
        months[(month - 1) as usize]
    )
}

#[tokio::test]
async fn max_wait_caps_a_long_retry_after() {
    let server = MockServer::start().await;
    answer_times(&server, 1, status(429).insert_header("retry-after", "3600")).await;
    answer(&server, ok()).await;
    let (parts, events) = parts(
        &server.uri(),
        fast().with_max_wait(Duration::from_millis(50)),
        None,
    );

    let started = Instant::now();
    get(&parts).await.expect("the retry succeeds");
    assert!(started.elapsed() < Duration::from_secs(30));
    let events = events.lock().unwrap();
    assert_eq!(events[0].wait, Duration::from_millis(50));
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
}

#[tokio::test]
async fn a_wait_stated_by_the_body_wins_over_retry_after() {
    fn hint(body: &[u8]) -> Option<Duration> {
        let v: Value = serde_json::from_slice(body).ok()?;
        Some(Duration::from_millis(v.get("wait_ms")?.as_u64()?))
    }
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        ResponseTemplate::new(429)
            .insert_header("retry-after", "30")
            .set_body_json(json!({"wait_ms": 20})),
    )
    .await;
    answer(&server, ok()).await;
    let (parts, events) = parts(&server.uri(), fast(), Some(hint));

    get(&parts).await.expect("the retry succeeds");
    let events = events.lock().unwrap();
    assert_eq!(events[0].wait, Duration::from_millis(20));
    assert_eq!(events[0].wait_source, WaitSource::Body);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported_without_the_credential() {
    let port = closed_port();
    let base = format!("http://127.0.0.1:{port}/{KEY}");
    let (parts, events) = parts(&base, fast(), None);

    let err = get(&parts).await.unwrap_err();

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
    let mut shown = format!("{err} {err:?} {events:?} {:?}", parts.runtime);
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        shown.push_str(&format!(" {s} {s:?}"));
        source = s.source();
    }
    assert!(!shown.contains(KEY), "{shown}");
}

#[tokio::test]
async fn error_bodies_decode_or_stay_raw_and_bad_success_bodies_are_decode_errors() {
    let server = MockServer::start().await;
    answer_times(
        &server,
        1,
        ResponseTemplate::new(404)
            .insert_header("x-request-id", "req_1")
            .set_body_json(json!({"message": "no such thing"})),
    )
    .await;
    answer_times(
        &server,
        1,
        ResponseTemplate::new(404).set_body_raw("<html>gone</html>", "text/html"),
    )
    .await;
    answer_times(
        &server,
        1,
        ResponseTemplate::new(203)
            .insert_header("x-request-id", "req_3")
            .set_body_raw("{\"id\":", "application/json"),
    )
    .await;
    let (parts, _) = parts(&server.uri(), RetryPolicy::none(), None);

    let decoded = get(&parts).await.unwrap_err();
    assert_eq!(decoded.request_id(), Some("req_1"));
    assert_eq!(
        decoded.api_error(),
        Some(&json!({"message": "no such thing"}))
    );

    let raw = get(&parts).await.unwrap_err();
    match &raw {
        Error::Api(e) => {
            assert_eq!(e.status, StatusCode::NOT_FOUND);
            assert!(matches!(&e.body, ErrorBody::Raw(b) if b.as_ref() == b"<html>gone</html>"));
        }
        other => panic!("expected a raw API error, got {other:?}"),
    }
    assert_eq!(raw.raw_body(), Some(&b"<html>gone</html>"[..]));

    let malformed = get(&parts).await.unwrap_err();
    assert!(
        matches!(&malformed, Error::Decode { status, .. } if *status == StatusCode::NON_AUTHORITATIVE_INFORMATION),
        "{malformed:?}"
    );
    // Noted only once the body failed to decode (the success path notes nothing).
    assert_eq!(malformed.request_id(), Some("req_3"));
    assert_eq!(malformed.raw_body(), Some(&b"{\"id\":"[..]));
}
