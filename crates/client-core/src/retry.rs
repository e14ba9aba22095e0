//! When to retry a request and how long to wait first.

use std::time::{Duration, SystemTime};

use reqwest::{Method, StatusCode};

/// Retry behaviour of a client. The default makes up to 3 attempts.
///
/// - A `429 Too Many Requests` is retried for any method.
/// - `502`, `503`, `504` and connection failures are retried only when repeating the
///   request is safe: `GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, or any request that
///   carries an `Idempotency-Key` header.
/// - The wait is, in order of precedence: a wait the error body states (Billing v2's
///   `backoff_ms`), the `Retry-After` header (seconds or an HTTP date), else jittered
///   exponential backoff. [`RetryPolicy::max_wait`] caps every wait.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_wait: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Never retry: every request is sent once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts, the first one included (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff step; each later step doubles it (before jitter).
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest the client waits before a retry, whatever the server asks for.
    pub fn with_max_wait(mut self, cap: Duration) -> Self {
        self.max_wait = cap;
        self
    }

    /// Total attempts, the first one included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The cap on any single wait.
    pub fn max_wait(&self) -> Duration {
        self.max_wait
    }

    /// Jittered exponential backoff before attempt `attempt + 1` (`attempt` starts at 1):
    /// a uniformly random wait between half and all of `initial * 2^(attempt-1)`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << (attempt.saturating_sub(1)).min(16));
        let half = exp / 2;
        let jitter = Duration::from_nanos(fastrand::u64(0..=half.as_nanos() as u64));
        (half + jitter).min(self.max_wait)
    }
}

/// Whether a request may be sent twice without changing the outcome.
pub fn is_idempotent(method: &Method, headers: &reqwest::header::HeaderMap) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    ) || headers.contains_key("idempotency-key")
}

/// Whether a response status may be retried for this request.
pub fn is_retryable_status(status: StatusCode, idempotent: bool) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS
        || (idempotent
            && matches!(
                status,
                StatusCode::BAD_GATEWAY
                    | StatusCode::SERVICE_UNAVAILABLE
                    | StatusCode::GATEWAY_TIMEOUT
            ))
}

/// Parses `Retry-After`: whole seconds, or an HTTP date (a date in the past means now).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn backoff_grows_and_stays_within_jitter_and_cap() {
        let p = RetryPolicy::default()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_wait(Duration::from_millis(350));
        for _ in 0..200 {
            let b1 = p.backoff(1);
            assert!(b1 >= Duration::from_millis(50) && b1 <= Duration::from_millis(100));
            let b2 = p.backoff(2);
            assert!(b2 >= Duration::from_millis(100) && b2 <= Duration::from_millis(200));
            assert!(p.backoff(10) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn which_requests_are_retried() {
        let none = reqwest::header::HeaderMap::new();
        let mut keyed = reqwest::header::HeaderMap::new();
        keyed.insert("Idempotency-Key", "k".parse().unwrap());
        assert!(is_idempotent(&Method::GET, &none));
        assert!(is_idempotent(&Method::DELETE, &none));
        assert!(!is_idempotent(&Method::POST, &none));
        assert!(is_idempotent(&Method::POST, &keyed));
        assert!(is_retryable_status(StatusCode::TOO_MANY_REQUESTS, false));
        assert!(!is_retryable_status(StatusCode::SERVICE_UNAVAILABLE, false));
        assert!(is_retryable_status(StatusCode::SERVICE_UNAVAILABLE, true));
        assert!(!is_retryable_status(
            StatusCode::INTERNAL_SERVER_ERROR,
            true
        ));
    }

    #[test]
    fn none_means_one_attempt() {
        assert_eq!(RetryPolicy::none().max_attempts(), 1);
        assert_eq!(
            RetryPolicy::default().with_max_attempts(0).max_attempts(),
            1
        );
    }
}
