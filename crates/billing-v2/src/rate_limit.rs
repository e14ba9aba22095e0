//! The rate-limit headers every answer carries, read from a response.

use crate::ResponseValue;

/// Where a response says its rate-limit domain stands: requests used in the current window
/// (`RevenueCat-Rate-Limit-Current-Usage`) and requests allowed per window
/// (`RevenueCat-Rate-Limit-Current-Limit`). A header that is absent or not a whole number
/// reads as `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RateLimit {
    pub usage: Option<u64>,
    pub limit: Option<u64>,
}

impl RateLimit {
    /// Reads the two headers.
    pub fn from_headers(headers: &reqwest::header::HeaderMap) -> RateLimit {
        let read = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok())
        };
        RateLimit {
            usage: read("RevenueCat-Rate-Limit-Current-Usage"),
            limit: read("RevenueCat-Rate-Limit-Current-Limit"),
        }
    }

    /// Requests left in the window, when both headers were given.
    pub fn remaining(&self) -> Option<u64> {
        Some(self.limit?.saturating_sub(self.usage?))
    }
}

/// `response.rate_limit()` on any answer of this client.
pub trait RateLimitExt {
    /// The rate-limit headers of this response.
    fn rate_limit(&self) -> RateLimit;
}

impl<T> RateLimitExt for ResponseValue<T> {
    fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(self.headers())
    }
}
