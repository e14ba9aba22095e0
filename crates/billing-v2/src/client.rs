//! Building a Billing v2 client from a secret key.

use std::fmt;
use std::ops::Deref;
use std::time::Duration;

use client_core::{Auth, ClientOptions, ConfigError, Secret};

use crate::generated;

/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.revenuecat.com/v2";

/// A Billing API v2 client. Every documented operation is a method (through
/// [`Deref`] to [`crate::Operations`]); list operations also stream (see [`crate::Paginated`]).
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: generated::Client,
}

/// Reads the wait a 429 body states: `backoff_ms`, finer than `Retry-After`'s seconds.
fn backoff_from_body(body: &[u8]) -> Option<Duration> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let ms = value.get("backoff_ms")?.as_u64()?;
    Some(Duration::from_millis(ms))
}

impl Client {
    /// A client for the production API, authenticated with a v2 secret key
    /// (sent as `Authorization: Bearer <key>`).
    pub fn new(secret_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(secret_key, ClientOptions::new())
    }

    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        secret_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let key = Secret::new(secret_key);
        let parts = options.build(
            DEFAULT_BASE_URL,
            &Auth::Bearer(key),
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            Some(backoff_from_body),
        )?;
        Ok(Self {
            inner: generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
        })
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
}

impl Deref for Client {
    type Target = generated::Client;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("billing_v2::Client")
            .field("base_url", &self.inner.baseurl)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_ms_is_read_from_an_error_body() {
        let body = br#"{"object":"error","type":"rate_limit_error","message":"slow down","retryable":true,"backoff_ms":1250}"#;
        assert_eq!(backoff_from_body(body), Some(Duration::from_millis(1250)));
        assert_eq!(backoff_from_body(br#"{"backoff_ms":null}"#), None);
        assert_eq!(backoff_from_body(b"<html>"), None);
    }

    #[test]
    fn an_empty_key_is_rejected() {
        assert_eq!(
            Client::new("  ").unwrap_err(),
            ConfigError::InvalidCredential
        );
    }
}
