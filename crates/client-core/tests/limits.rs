//! Bounds on resources: a cap on requests and connections in flight per client, and an
//! overall deadline per call across attempts and waits.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use client_core::{Auth, ClientOptions, Error, RetryPolicy, Secret, get_json};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Peak counts seen by [`slow_server`].
#[derive(Default)]
struct Counts {
    open: AtomicUsize,
    peak_open: AtomicUsize,
    busy: AtomicUsize,
    peak_busy: AtomicUsize,
    served: AtomicUsize,
}

fn bump(now: &AtomicUsize, peak: &AtomicUsize) {
    let n = now.fetch_add(1, Ordering::SeqCst) + 1;
    peak.fetch_max(n, Ordering::SeqCst);
}

/// An HTTP/1.1 keep-alive server that answers every request after `delay`, counting open
/// connections and requests in progress.
async fn slow_server(delay: Duration) -> (String, Arc<Counts>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let counts = Arc::new(Counts::default());
    let c = Arc::clone(&counts);
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let c = Arc::clone(&c);
            bump(&c.open, &c.peak_open);
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                'conn: loop {
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut chunk).await {
                            Ok(0) | Err(_) => break 'conn,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                    buf.drain(..end);
                    bump(&c.busy, &c.peak_busy);
                    tokio::time::sleep(delay).await;
                    c.busy.fetch_sub(1, Ordering::SeqCst);
                    c.served.fetch_add(1, Ordering::SeqCst);
                    let body = br#"{"ok":true}"#;
                    let head = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                        body.len()
                    );
                    if socket.write_all(head.as_bytes()).await.is_err()
                        || socket.write_all(body).await.is_err()
                    {
                        break;
                    }
                }
                c.open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (format!("http://{addr}"), counts)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_calls_never_exceed_the_cap() {
    let (base, counts) = slow_server(Duration::from_millis(20)).await;
    let p = ClientOptions::new()
        .max_in_flight(8)
        .build(&base, &Auth::Bearer(Secret::new("k")), "t", None)
        .unwrap();
    let runtime = Arc::new(p.runtime);
    let calls = (0..200).map(|_| {
        let (runtime, http, url) = (
            Arc::clone(&runtime),
            p.http_client.clone(),
            format!("{base}/x"),
        );
        tokio::spawn(async move {
            get_json::<Value, Value>(&runtime, &http, &url, "x")
                .await
                .map(|v| v.into_inner())
        })
    });
    for call in futures::future::join_all(calls).await {
        assert_eq!(call.unwrap().unwrap()["ok"], true);
    }
    assert_eq!(counts.served.load(Ordering::SeqCst), 200);
    let (open, busy) = (
        counts.peak_open.load(Ordering::SeqCst),
        counts.peak_busy.load(Ordering::SeqCst),
    );
    assert!(busy <= 8, "{busy} requests in progress at once");
    // A connection that has just delivered its response returns to the pool
    // asynchronously, so a call starting at that instant may dial one more; the idle pool
    // is capped at 8, so such extras close again. Without the cap: one per call, 200.
    assert!(open <= 16, "{open} connections open at once");
    eprintln!("peak: {busy} requests in progress, {open} connections open (cap 8)");
    // The cap is what limited them: the calls did overlap.
    assert!(busy >= 2, "{busy}");
}

/// A server that accepts connections and never answers.
async fn silent_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            held.push(socket);
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn a_server_that_never_answers_ends_at_the_deadline() {
    let base = silent_server().await;
    let p = ClientOptions::new()
        .deadline(Duration::from_millis(400))
        .retry_policy(RetryPolicy::default().with_initial_backoff(Duration::from_millis(10)))
        .build(&base, &Auth::Bearer(Secret::new("k")), "t", None)
        .unwrap();
    let started = Instant::now();
    let err = get_json::<Value, Value>(&p.runtime, &p.http_client, &format!("{base}/x"), "x")
        .await
        .unwrap_err();
    let took = started.elapsed();
    match &err {
        Error::DeadlineExceeded {
            deadline,
            attempts,
            last,
        } => {
            assert_eq!(*deadline, Duration::from_millis(400));
            assert_eq!(*attempts, 1);
            assert!(matches!(**last, Error::Transport { .. }), "{last:?}");
        }
        other => panic!("{other:?}"),
    }
    // Not the 30 s attempt timeout, three times over.
    assert!(
        took >= Duration::from_millis(400) && took < Duration::from_secs(10),
        "{took:?}"
    );
    assert!(
        err.to_string().contains("deadline of 400ms exceeded"),
        "{err}"
    );
}

#[tokio::test]
async fn a_huge_retry_after_ends_at_the_deadline_with_the_429() {
    let server = MockServer::start().await;
    Mock::given(path("/x"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "3600")
                .set_body_json(serde_json::json!({"message": "slow down"})),
        )
        .mount(&server)
        .await;
    let p = ClientOptions::new()
        .deadline(Duration::from_secs(2))
        .retry_policy(RetryPolicy::default().with_max_wait(Duration::from_secs(3600)))
        .build(&server.uri(), &Auth::Bearer(Secret::new("k")), "t", None)
        .unwrap();
    let started = Instant::now();
    let err = get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}/x", p.base_url),
        "x",
    )
    .await
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "it did not wait for nothing"
    );
    assert!(
        matches!(err, Error::DeadlineExceeded { attempts: 1, .. }),
        "{err:?}"
    );
    assert_eq!(err.status().unwrap().as_u16(), 429);
    assert_eq!(err.api_error().unwrap()["message"], "slow down");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn retries_that_fit_in_the_deadline_still_happen() {
    let server = MockServer::start().await;
    Mock::given(path("/x"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(path("/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true})))
        .mount(&server)
        .await;
    let p = ClientOptions::new()
        .deadline(Duration::from_secs(20))
        .build(&server.uri(), &Auth::None, "t", None)
        .unwrap();
    let v = get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}/x", p.base_url),
        "x",
    )
    .await
    .unwrap();
    assert_eq!(v.into_inner()["ok"], true);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}
