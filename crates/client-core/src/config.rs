//! Building the pieces a generated client needs: base URL, HTTP client, runtime.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::retry::RetryPolicy;
use crate::retry_events::{BodyWaitHint, RetryEvent, RetryObserver};
use crate::runtime::Runtime;
use crate::secret::{Auth, Redactor};

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
    /// A caller-built HTTP client follows redirects itself, so it could carry the
    /// credential to another origin; build it with `redirect(Policy::none())`.
    HttpClientFollowsRedirects,
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
            ConfigError::HttpClientFollowsRedirects => f.write_str(
                "the HTTP client follows redirects itself; build it with \
                 `reqwest::redirect::Policy::none()` (the client follows them safely)",
            ),
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
    max_in_flight: Option<usize>,
    deadline: Option<Option<Duration>>,
    max_redirects: Option<u32>,
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
            .field("max_in_flight", &self.max_in_flight)
            .field("deadline", &self.deadline)
            .field("max_redirects", &self.max_redirects)
            .finish_non_exhaustive()
    }
}

/// Default request timeout when the client builds its own HTTP client.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default connect timeout when the client builds its own HTTP client.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on the requests one client has in flight at once (see
/// [`ClientOptions::max_in_flight`]).
///
/// 64 keeps a client far below the usual limit of 1,024 open files per process, even with
/// several clients, while leaving loopback-to-datacentre throughput untouched: at 50 ms a
/// call, 64 slots carry 1,280 calls a second, beyond the rate limits of the four APIs.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 64;
/// Default overall deadline of one call, retries and waits included (see
/// [`ClientOptions::deadline`]).
///
/// 60 s is the idle timeout of common load balancers in front of the services that call
/// these APIs: a caller still waiting after a minute has usually been cut off already.
/// It allows two full 30 s attempts, or several quick ones with backoff.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);
/// Default number of redirects followed per attempt.
pub const DEFAULT_MAX_REDIRECTS: u32 = 10;

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

    /// Uses a caller-built HTTP client (its own proxies, TLS roots, connection pool).
    ///
    /// It must not follow redirects itself (`reqwest::ClientBuilder::redirect(Policy::none())`):
    /// reqwest would strip only `Authorization` and `Cookie` on a cross-origin redirect and
    /// send a `Referer`, so a custom key header or a key in the path would leak.
    /// [`ClientOptions::build`] rejects a client whose redirect policy is not `none` with
    /// [`ConfigError::HttpClientFollowsRedirects`]. Redirects are then followed by this crate
    /// with the same rules as for its own client: no credential and no `Referer` ever
    /// reaches another origin.
    ///
    /// The credential, the cap on requests in flight and the call deadline still apply.
    /// The timeout of each attempt is sent as the request's own timeout, which reqwest
    /// uses instead of the client's: it is [`ClientOptions::timeout`] when set, else what is
    /// left of the call deadline. [`ClientOptions::connect_timeout`] and
    /// [`ClientOptions::user_agent`] are the client's business and are ignored; so is the
    /// size of its idle pool (cap it at [`ClientOptions::max_in_flight`] with
    /// `pool_max_idle_per_host` to bound open connections as tightly as this crate does).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The most requests this client has in flight at once, across all its clones
    /// (default [`DEFAULT_MAX_IN_FLIGHT`]; at least 1). Further calls wait for a slot.
    ///
    /// A slot is held from the first attempt until the response body has been read and
    /// decoded, so open connections stay close to the cap too: HTTP/1.1 carries one request
    /// per connection and the idle pool is capped to the same number; only a connection
    /// that has just delivered its response and is on its way back to the pool can make a
    /// starting call dial one more, which closes again when the pool is full. A streamed download
    /// (`ByteStream`) frees its slot when its headers arrive. Time spent waiting for a
    /// slot counts against the [deadline](ClientOptions::deadline).
    pub fn max_in_flight(mut self, max: usize) -> Self {
        self.max_in_flight = Some(max.max(1));
        self
    }

    /// The longest one call may take, every attempt, redirect, `Retry-After` and backoff
    /// wait included (default [`DEFAULT_DEADLINE`]). A call that runs out of time ends
    /// with `Error::DeadlineExceeded`, holding what its last attempt got; a retry whose
    /// wait would end after the deadline is not waited for.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(Some(deadline));
        self
    }

    /// No overall deadline: each attempt is bounded only by [`ClientOptions::timeout`].
    pub fn no_deadline(mut self) -> Self {
        self.deadline = Some(None);
        self
    }

    /// How many redirects one attempt follows (default [`DEFAULT_MAX_REDIRECTS`]); 0 returns
    /// every redirect to the caller as an unexpected status, `Location` included.
    ///
    /// A redirect to another origin (scheme, host or port) is followed without any
    /// credential; one whose URL would carry the key itself (a key in the path) is not
    /// followed. No `Referer` is ever sent.
    pub fn max_redirects(mut self, max: u32) -> Self {
        self.max_redirects = Some(max);
        self
    }

    /// How failed requests are retried; [`RetryPolicy::none`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Total time allowed for one attempt (default [`DEFAULT_TIMEOUT`]), body included.
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
        let max_in_flight = self.max_in_flight.unwrap_or(DEFAULT_MAX_IN_FLIGHT);
        let (http_client, attempt_timeout) = match self.http_client {
            Some(c) => {
                if !follows_no_redirects(&c) {
                    return Err(ConfigError::HttpClientFollowsRedirects);
                }
                (c, self.timeout)
            }
            None => {
                let builder = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false)
                    .pool_max_idle_per_host(max_in_flight)
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .user_agent(self.user_agent.as_deref().unwrap_or(default_user_agent));
                let client = builder
                    .build()
                    .map_err(|e| ConfigError::HttpClient(e.to_string()))?;
                (client, Some(self.timeout.unwrap_or(DEFAULT_TIMEOUT)))
            }
        };
        Ok(ClientParts {
            base_url,
            http_client,
            runtime: Runtime {
                auth_header,
                redactor: Redactor::for_auth(auth).map(Arc::new),
                retry: self.retry,
                body_wait_hint,
                observer: self.observer,
                in_flight: Arc::new(Semaphore::new(max_in_flight)),
                max_in_flight,
                deadline: self.deadline.unwrap_or(Some(DEFAULT_DEADLINE)),
                attempt_timeout,
                max_redirects: self.max_redirects.unwrap_or(DEFAULT_MAX_REDIRECTS),
                keyed_operations: &[],
                unauthenticated_operations: &[],
            },
        })
    }
}

/// Whether a reqwest client was built with `redirect::Policy::none()`.
///
/// reqwest offers no getter; its `Debug` names a policy other than the default. This fails
/// closed: should that output change, every caller-built client is refused (and this
/// crate's tests say so) rather than one that follows redirects accepted.
fn follows_no_redirects(client: &reqwest::Client) -> bool {
    format!("{client:?}").contains(r#"redirect_policy: "Policy(None)""#)
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

    fn build(options: ClientOptions) -> Result<ClientParts, ConfigError> {
        options.build("http://127.0.0.1:1", &Auth::None, "test", None)
    }

    #[test]
    fn a_caller_client_that_follows_redirects_is_refused() {
        use reqwest::redirect::Policy;
        let none = reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap();
        assert!(build(ClientOptions::new().http_client(none)).is_ok());
        for policy in [
            Policy::default(),
            Policy::limited(2),
            Policy::custom(|a| a.stop()),
        ] {
            let client = reqwest::Client::builder().redirect(policy).build().unwrap();
            assert_eq!(
                build(ClientOptions::new().http_client(client)).unwrap_err(),
                ConfigError::HttpClientFollowsRedirects
            );
        }
        let own = build(ClientOptions::new()).unwrap();
        assert!(follows_no_redirects(&own.http_client));
    }

    #[test]
    fn limits_have_production_defaults_and_can_be_set() {
        let parts = build(ClientOptions::new()).unwrap();
        assert_eq!(parts.runtime.max_in_flight(), DEFAULT_MAX_IN_FLIGHT);
        assert_eq!(parts.runtime.deadline(), Some(DEFAULT_DEADLINE));
        assert_eq!(parts.runtime.max_redirects(), DEFAULT_MAX_REDIRECTS);
        let parts = build(
            ClientOptions::new()
                .max_in_flight(0)
                .deadline(Duration::from_secs(5))
                .max_redirects(0),
        )
        .unwrap();
        assert_eq!(parts.runtime.max_in_flight(), 1);
        assert_eq!(parts.runtime.deadline(), Some(Duration::from_secs(5)));
        assert_eq!(parts.runtime.max_redirects(), 0);
        assert_eq!(
            build(ClientOptions::new().no_deadline())
                .unwrap()
                .runtime
                .deadline(),
            None
        );
    }
}
