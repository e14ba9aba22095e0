//! The request path every generated client runs through: auth, retries, and the
//! bookkeeping that lets [`crate::Error`] report the status and request id.

use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use progenitor_client::OperationInfo;
use reqwest::header::{HeaderName, HeaderValue, RETRY_AFTER};
use reqwest::{Request, Response, StatusCode};

use crate::retry::{RetryPolicy, is_idempotent, is_retryable_status, parse_retry_after};

/// Reads a wait the API states in an error body (Billing v2's `backoff_ms`).
pub type BodyWaitHint = fn(&[u8]) -> Option<Duration>;

/// Why a request is about to be sent again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetryReason {
    /// The server answered with a retryable status (429, 502, 503, 504).
    Status(StatusCode),
    /// The connection failed or timed out before a response arrived.
    Connection,
}

/// Reported to [`crate::ClientOptions::on_retry`] before each wait.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryEvent {
    /// The operation, as progenitor names it (`get_customer`).
    pub operation_id: &'static str,
    /// The attempt that just failed (1 for the first).
    pub attempt: u32,
    /// What failed.
    pub reason: RetryReason,
    /// How long the client waits before the next attempt.
    pub wait: Duration,
    /// Where the wait came from.
    pub wait_source: WaitSource,
}

/// Which rule chose a wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitSource {
    /// The error body stated it (Billing v2's `backoff_ms`).
    Body,
    /// The `Retry-After` header.
    RetryAfter,
    /// Jittered exponential backoff.
    Backoff,
}

/// A callback told about every retry, for logs and metrics.
pub type RetryObserver = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

/// State carried by each generated `Client`.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) auth_header: Option<(HeaderName, HeaderValue)>,
    pub(crate) retry: RetryPolicy,
    pub(crate) body_wait_hint: Option<BodyWaitHint>,
    pub(crate) observer: Option<RetryObserver>,
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runtime")
            .field(
                "auth",
                &self
                    .auth_header
                    .as_ref()
                    .map(|(name, _)| format!("{name}: <redacted>")),
            )
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Runtime {
    /// The retry policy in force.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }
}

/// What the last response of a call looked like, kept for error reporting.
#[derive(Clone, Debug, Default)]
pub(crate) struct CallRecord {
    pub(crate) status: Option<StatusCode>,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) request_id: Option<String>,
}

tokio::task_local! {
    pub(crate) static CALL: RefCell<CallRecord>;
}

fn record(response: &reqwest::Result<Response>) {
    if let Ok(r) = response {
        let _ = CALL.try_with(|c| {
            *c.borrow_mut() = CallRecord {
                status: Some(r.status()),
                headers: r.headers().clone(),
                request_id: crate::error::request_id(r.headers()),
            }
        });
    }
}

fn is_connection_failure(e: &reqwest::Error) -> bool {
    e.is_connect() || e.is_timeout() || e.is_request()
}

/// Sends `request`, adding the credential and retrying as the policy says.
///
/// Generated clients call this from `ClientHooks::exec`; the Billing v2 stream calls it
/// for the pages it fetches by URL.
pub async fn execute(
    runtime: &Runtime,
    client: &reqwest::Client,
    mut request: Request,
    info: &OperationInfo,
) -> reqwest::Result<Response> {
    if let Some((name, value)) = &runtime.auth_header {
        request.headers_mut().insert(name.clone(), value.clone());
    }
    let idempotent = is_idempotent(request.method(), request.headers());
    let max_attempts = runtime.retry.max_attempts();
    let mut attempt = 1;
    loop {
        let spare = if attempt < max_attempts {
            request.try_clone()
        } else {
            None
        };
        let result = client.execute(request).await;
        let Some(next) = spare else {
            record(&result);
            crate::trace::finished(&result, attempt);
            return result;
        };
        let (reason, wait, wait_source) = match result {
            Ok(response) if is_retryable_status(response.status(), idempotent) => {
                let status = response.status();
                let header_wait = response
                    .headers()
                    .get(RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| parse_retry_after(v, SystemTime::now()));
                let body_wait = match runtime.body_wait_hint {
                    Some(hint) => response.bytes().await.ok().and_then(|b| hint(&b)),
                    None => None,
                };
                let (wait, source) = match (body_wait, header_wait) {
                    (Some(w), _) => (w, WaitSource::Body),
                    (None, Some(w)) => (w, WaitSource::RetryAfter),
                    (None, None) => (runtime.retry.backoff(attempt), WaitSource::Backoff),
                };
                (RetryReason::Status(status), wait, source)
            }
            Err(e) if idempotent && is_connection_failure(&e) => (
                RetryReason::Connection,
                runtime.retry.backoff(attempt),
                WaitSource::Backoff,
            ),
            other => {
                record(&other);
                crate::trace::finished(&other, attempt);
                return other;
            }
        };
        let wait = wait.min(runtime.retry.max_wait());
        let event = RetryEvent {
            operation_id: info.operation_id,
            attempt,
            reason,
            wait,
            wait_source,
        };
        crate::trace::retry(&event);
        if let Some(observer) = &runtime.observer {
            observer(&event);
        }
        tokio::time::sleep(wait).await;
        request = next;
        attempt += 1;
    }
}

/// The operation info used for requests that no generated method names.
pub fn operation(operation_id: &'static str) -> OperationInfo {
    OperationInfo { operation_id }
}
