//! What the client reports before each retry: [`RetryEvent`], why ([`RetryReason`]) and
//! where its wait came from ([`WaitSource`]). Read by the runtime, the options and tracing.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;

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
