// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 ccfec2d12503b13470aad1bfce4f1c71dde5b06596efdfe15fd4540941eb8fa8).
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
/// The documented base URL (of the default region).
pub const DEFAULT_BASE_URL: &str = "https://us.api.flexprice.io/v1";
/// Where the account lives: each credential belongs to one region (the spec's `servers`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `https://us.api.flexprice.io/v1`, the default.
    #[default]
    Us,
    /// `https://api.cloud.flexprice.io/v1`.
    India,
}
impl Region {
    /// The region's base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Us => "https://us.api.flexprice.io/v1",
            Region::India => "https://api.cloud.flexprice.io/v1",
        }
    }
}
/// A Flexprice API v1 client. Every operation is a method returning a request builder: set its parameters, then `send()`.
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: client_core::Secret,
    region: Option<Region>,
}
impl Client {
    /// A client for the default region ([`Region::Us`]), authenticated with the API key, sent as `x-api-key` (marked sensitive, never shown).
    pub fn new(api_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::for_region(api_key, Region::default())
    }
    /// A client for the given region.
    pub fn for_region(
        api_key: impl Into<String>,
        region: Region,
    ) -> Result<Self, ConfigError> {
        Self::build(api_key.into(), Some(region), ClientOptions::new())
    }
    /// A client with a custom base URL, HTTP client, retry policy or timeouts; without [`ClientOptions::base_url`] it uses the default region.
    pub fn with_options(
        api_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let region = options.base_url_override().is_none().then_some(Region::default());
        Self::build(api_key.into(), region, options)
    }
    /// The region, unless a custom base URL was given.
    pub fn region(&self) -> Option<Region> {
        self.region
    }
    fn build(
        api_key: String,
        region: Option<Region>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let default_base_url = region.unwrap_or_default().base_url();
        let credential = client_core::Secret::new(api_key);
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Header("x-api-key", credential.clone()),
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
            region,
        })
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
    /// Get customer
    ///
    /// `GET /customers/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        self.inner.get_customer()
    }
}
impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("flexprice::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("region", &self.region)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
