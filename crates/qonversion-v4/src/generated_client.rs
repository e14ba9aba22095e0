// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 50acfb0a897488e33836c456b561e79ab43bec81eadf6a52c8133dcf83941042).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::ErrorResponse>;
/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v4";
/// A Qonversion REST API v4 client. Every operation is a method returning a request builder: set its parameters, then `send()`.
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: client_core::Secret,
}
impl Client {
    /// A client for the documented base URL, authenticated with the secret key, sent as `Authorization: Bearer <key>` (marked sensitive, never shown).
    pub fn new(secret_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(secret_key, ClientOptions::new())
    }
    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        secret_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let default_base_url = DEFAULT_BASE_URL;
        let credential = client_core::Secret::new(secret_key);
        crate::hooks::check_secret_key(credential.expose())?;
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Bearer(credential.clone()),
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
    /// Get a customer
    ///
    /// `GET /customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    pub fn v4_get_customer(&self) -> builder::V4GetCustomer<'_> {
        self.inner.v4_get_customer()
    }
}
impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("qonversion_v4::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
