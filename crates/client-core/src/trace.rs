//! Tracing, behind the `tracing` feature: one span per request.
//!
//! Every generated operation runs inside a span named `client_core::request` with the
//! fields
//! - `operation_id`: the operation, as the generated method names it (`get_customer`);
//! - `method`: the HTTP method;
//! - `path`: the spec's path TEMPLATE (`/v1/analytics/{projectKey}/customers-metrics`),
//!   never the concrete path, which may hold a secret (the Analytics project key);
//! - `status`: the status of the last response (absent when no response arrived);
//! - `attempt`: how many attempts were made.
//!
//! Inside the span, each retry emits an event `retry` (fields `attempt`, `reason`,
//! `status`, `wait_ms`, `wait_source`), and the end of the request an event `response`
//! (`status`, `attempt`) or `request failed` (`attempt`, `error_kind`: `connect`,
//! `timeout`, `request` or `other`; never the error's text, which names the URL). No
//! field holds a header, a credential, a query or a concrete URL.
//!
//! The template comes from a table the generator writes into each crate
//! (`OPERATION_PATHS`, from the spec). Without the feature, [`RequestSpan`] is empty and
//! [`in_span`] simply awaits: no cost, no dependency.

use std::future::Future;

use progenitor_client::OperationInfo;
use reqwest::{Method, Response};

use crate::retry_events::RetryEvent;

/// The name of the span each request runs in.
pub const SPAN_NAME: &str = "client_core::request";

/// The span a request runs in (empty without the `tracing` feature).
#[derive(Debug)]
pub struct RequestSpan {
    #[cfg(feature = "tracing")]
    span: tracing::Span,
}

/// Opens the span of one request. `paths` is the generated table of
/// (operation id, method, path template), sorted by operation id.
pub fn request_span(
    paths: &[(&str, &str, &str)],
    info: &OperationInfo,
    method: &Method,
) -> RequestSpan {
    #[cfg(feature = "tracing")]
    {
        let template = paths
            .binary_search_by(|(id, _, _)| (*id).cmp(info.operation_id))
            .ok()
            .map(|i| paths[i].2);
        let span = tracing::info_span!(
            "client_core::request",
            operation_id = info.operation_id,
            method = method.as_str(),
            path = tracing::field::Empty,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        if let Some(template) = template {
            span.record("path", template);
        }
        RequestSpan { span }
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = (paths, info, method);
        RequestSpan {}
    }
}

/// Runs `future` inside `span`. Not an `async fn`: the future is wrapped, not moved into
/// a second state machine of twice its size.
pub fn in_span<F: Future>(span: RequestSpan, future: F) -> impl Future<Output = F::Output> {
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument;
        future.instrument(span.span)
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = span;
        future
    }
}

/// The current span, if it is a request span (a request sent outside the generated
/// methods records nothing on a span of the caller's).
#[cfg(feature = "tracing")]
fn request_span_in_scope() -> Option<tracing::Span> {
    let span = tracing::Span::current();
    (span.metadata().map(|m| m.name()) == Some(SPAN_NAME)).then_some(span)
}

/// Called by the runtime before it waits to retry.
pub(crate) fn retry(event: &RetryEvent) {
    #[cfg(feature = "tracing")]
    {
        use crate::retry_events::{RetryReason, WaitSource};
        let (reason, status) = match &event.reason {
            RetryReason::Status(s) => ("status", Some(s.as_u16())),
            RetryReason::Connection => ("connection", None),
        };
        let wait_source = match event.wait_source {
            WaitSource::Body => "body",
            WaitSource::RetryAfter => "retry-after",
            WaitSource::Backoff => "backoff",
        };
        tracing::info!(
            attempt = event.attempt,
            reason,
            status,
            wait_ms = event.wait.as_millis() as u64,
            wait_source,
            "retry"
        );
    }
    #[cfg(not(feature = "tracing"))]
    let _ = event;
}

/// Called by the runtime with the outcome of the last attempt.
pub(crate) fn finished(result: &reqwest::Result<Response>, attempt: u32) {
    #[cfg(feature = "tracing")]
    {
        let span = request_span_in_scope();
        match result {
            Ok(response) => {
                let status = response.status().as_u16();
                if let Some(span) = &span {
                    span.record("status", status);
                    span.record("attempt", attempt);
                }
                tracing::info!(status, attempt, "response");
            }
            Err(e) => {
                if let Some(span) = &span {
                    span.record("attempt", attempt);
                }
                let error_kind = if e.is_connect() {
                    "connect"
                } else if e.is_timeout() {
                    "timeout"
                } else if e.is_request() {
                    "request"
                } else {
                    "other"
                };
                tracing::warn!(attempt, error_kind, "request failed");
            }
        }
    }
    #[cfg(not(feature = "tracing"))]
    let _ = (result, attempt);
}
