//! Building the pieces a generated client needs: base URL, HTTP client, runtime.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::retry::RetryPolicy;
use crate::runtime::{BodyWaitHint, RetryEvent, RetryObserver, Runtime};
use crate::secret::Auth;

/// Why a client could not be built. Never contains the credential.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// The credential is empty, or has characters no HTTP header can carry.
    InvalidCredential,
    /// The credential does not have the form the API documents.
    UnrecognisedCredential(&'static str),
    /// The base URL is not an absolute `http` or `https` URL.
    InvalidBaseUrl(String),
    /// The HTTP client could not be built (the TLS backend failed to load, say).
    HttpClient(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::InvalidCredential => {
                f.write_str("the credential is empty or not valid in an HTTP header")
            }
            ConfigError::UnrecognisedCredential(expected) => {
                write!(
                    f,
                    "the credential is not of the documented form: {expected}"
                )
            }
            ConfigError::InvalidBaseUrl(why) => write!(f, "invalid base URL: {why}"),
            ConfigError::HttpClient(why) => write!(f, "cannot build the HTTP client: {why}"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Options shared by every client; each has a sensible default.
///
/// ```
/// use std::time::Duration;
/// use client_core::{ClientOptions, RetryPolicy};
/// let options = ClientOptions::new()
///     .base_url("http://127.0.0.1:8080/v2")
///     .retry_policy(RetryPolicy::default().with_max_attempts(5))
///     .timeout(Duration::from_secs(10));
/// # let _ = options;
/// ```
#[derive(Clone, Default)]
pub struct ClientOptions {
    base_url: Option<String>,
    http_client: Option<reqwest::Client>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    observer: Option<RetryObserver>,
}

impl fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("custom_http_client", &self.http_client.is_some())
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Default request timeout when the client builds its own HTTP client.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default connect timeout when the client builds its own HTTP client.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What [`ClientOptions::build`] produces: the arguments of a generated `Client`.
#[derive(Debug)]
pub struct ClientParts {
    /// The base URL, without a trailing `/`.
    pub base_url: String,
    /// The HTTP client requests are sent with.
    pub http_client: reqwest::Client,
    /// Credential and retry policy.
    pub runtime: Runtime,
}

impl ClientOptions {
    /// The defaults: the API's documented base URL, 3 attempts, a 30 s timeout.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends requests somewhere else: a proxy, a regional host, a test server.
    /// Include the API's path prefix if it has one (`https://proxy.example/v2`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Uses a caller-built HTTP client (its own timeouts, proxies, TLS roots).
    /// The credential is still added to every request; timeouts set here are ignored.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// How failed requests are retried; [`RetryPolicy::none`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Total time allowed for one attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header (default: the crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Called before every retry with what failed and how long the client will wait.
    pub fn on_retry(mut self, observer: impl Fn(&RetryEvent) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// The base URL set, if any.
    pub fn base_url_override(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// Assembles a client: `default_base_url` unless one was set, the credential,
    /// `default_user_agent`, and the API's way of stating waits in error bodies.
    pub fn build(
        self,
        default_base_url: &str,
        auth: &Auth,
        default_user_agent: &str,
        body_wait_hint: Option<BodyWaitHint>,
    ) -> Result<ClientParts, ConfigError> {
        let base_url = normalise_base_url(self.base_url.as_deref().unwrap_or(default_base_url))?;
        let auth_header = auth.header()?;
        let http_client = match self.http_client {
            Some(c) => c,
            None => reqwest::Client::builder()
                .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .user_agent(self.user_agent.as_deref().unwrap_or(default_user_agent))
                .build()
                .map_err(|e| ConfigError::HttpClient(e.to_string()))?,
        };
        Ok(ClientParts {
            base_url,
            http_client,
            runtime: Runtime {
                auth_header,
                retry: self.retry,
                body_wait_hint,
                observer: self.observer,
            },
        })
    }
}

/// Checks that `url` is absolute http(s) and drops a trailing `/` (paths are appended).
pub fn normalise_base_url(url: &str) -> Result<String, ConfigError> {
    let parsed = url::Url::parse(url).map_err(|e| ConfigError::InvalidBaseUrl(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(ConfigError::InvalidBaseUrl(format!(
            "scheme `{}` is not http or https",
            parsed.scheme()
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(ConfigError::InvalidBaseUrl(
            "a base URL has no query or fragment".into(),
        ));
    }
    Ok(url.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_normalised() {
        assert_eq!(
            normalise_base_url("https://api.example.com/v2/").unwrap(),
            "https://api.example.com/v2"
        );
        assert!(normalise_base_url("api.example.com").is_err());
        assert!(normalise_base_url("ftp://api.example.com").is_err());
        assert!(normalise_base_url("https://x/v2?a=1").is_err());
    }
}
