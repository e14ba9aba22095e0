// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 25da01dbb380f490f589d4e20a4200038d8d5bd1e0fd7b4c66b7bc6f99e77cb2).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::LenientNumber;
pub use client_core::LenientF64;
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::AnalyticsError>;
/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v1/analytics";
/// A Qonversion Analytics API v1 client. Every operation is a method returning a request builder: set its parameters, then `send()`.
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: crate::ProjectApiKey,
}
impl Client {
    /// A client for the documented base URL, authenticated with the key, put in the `{projectApiKey}` path segment of every request (never shown).
    pub fn new(project_api_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(project_api_key, ClientOptions::new())
    }
    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        project_api_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let default_base_url = DEFAULT_BASE_URL;
        let credential = crate::ProjectApiKey::new(project_api_key)
            .ok_or(ConfigError::InvalidCredential)?;
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Path(
                    client_core::Secret::new(credential.to_string()),
                ),
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                None,
            )?;
        Ok(Self {
            inner: crate::generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
            credential,
        })
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
    /// Get customer metrics (Analytics)
    ///
    /// `GET /{projectApiKey}/customers-metrics` (the key is already set): set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomersMetricsResponse`], or an [`Error`].
    pub fn v1_get_customers_metrics(&self) -> builder::V1GetCustomersMetrics<'_> {
        self.inner.v1_get_customers_metrics().project_api_key(self.credential.clone())
    }
}
impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("qonversion_analytics::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
