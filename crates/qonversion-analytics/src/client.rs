//! Building an Analytics client from the project API key, given once.

use std::fmt;

use client_core::{Auth, ClientOptions, ConfigError, Secret};

use crate::{ProjectApiKey, builder, generated};

/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v1/analytics";

/// A Qonversion Analytics API v1 client. The project API key is given once, at
/// construction, and put in the path of every request; it never shows in `Debug` or errors.
#[derive(Clone)]
pub struct Client {
    inner: generated::Client,
    key: ProjectApiKey,
}

impl Client {
    /// A client for the project whose API key this is.
    pub fn new(project_api_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(project_api_key, ClientOptions::new())
    }

    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        project_api_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let key = ProjectApiKey::new(project_api_key).ok_or(ConfigError::InvalidCredential)?;
        let parts = options.build(
            DEFAULT_BASE_URL,
            // The key travels in the path; the runtime still needs it, to keep it from
            // other origins on a redirect and out of everything it prints.
            &Auth::Path(Secret::new(key.to_string())),
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            None,
        )?;
        Ok(Self {
            inner: generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
            key,
        })
    }

    /// `GET /{projectApiKey}/customers-metrics`: aggregated customer metrics, scoped by the
    /// filters set on the returned builder. Every `filter[...][]` is sent as the key
    /// repeated once per value; `filter_since` takes exactly a `[from, to]` pair of unix
    /// timestamps in seconds.
    ///
    /// ```no_run
    /// # async fn run(client: qonversion_analytics::Client) -> Result<(), qonversion_analytics::Error> {
    /// use qonversion_analytics::types::{CustomerStatusCode, TargetPlatform};
    /// let metrics = client
    ///     .customers_metrics()
    ///     .filter_since([1_700_000_000, 1_700_086_400])
    ///     .filter_status(vec![CustomerStatusCode::X2])
    ///     .filter_target_platform(vec![TargetPlatform::IOs])
    ///     .send()
    ///     .await?;
    /// println!("{:?}", metrics.data.active_subscribers);
    /// # Ok(()) }
    /// ```
    pub fn customers_metrics(&self) -> builder::V1GetCustomersMetrics<'_> {
        self.inner
            .v1_get_customers_metrics()
            .project_api_key(self.key.clone())
    }

    /// The base URL requests go to (the key is appended per request, not stored here).
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("qonversion_analytics::Client")
            .field("base_url", &self.inner.baseurl)
            .field("project_api_key", &self.key)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
