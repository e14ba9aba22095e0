//! Retries as this API sees them: its key travels in the path, so a connection failure that
//! is retried must not show it. The retry rules themselves are tested once, in client-core.

mod common;

use common::*;
use qonversion_analytics::{ClientOptions, Error, RetryReason};

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
