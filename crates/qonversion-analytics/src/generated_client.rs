// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 6157a677450507c16e194b03a1da213fcc128d76f7eb5d21b8758d3cce760cfc).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::{PageLimits, PaginationError};
pub use client_core::{StreamExt, TryStreamExt};
pub use client_core::LenientNumber;
pub use client_core::LenientF64;
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::AnalyticsError>;
/// The items of every page of a list, one page in memory at a time; see the `stream_*` methods.
pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, types::AnalyticsError>;
/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v1/analytics";
/// A Qonversion Analytics API v1 client. Every operation is a method returning a request builder: set its parameters, then `send()`. List operations also stream their items across pages (`stream_*`).
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: crate::ProjectApiKey,
    page_limits: client_core::PageLimits,
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
            page_limits: client_core::PageLimits::new(),
        })
    }
    /// The base URL requests go to.
    #[inline]
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
    /// Bounds every stream of this client: a page limit, the run of empty pages that ends a stream. Without it, streams have no page limit and stop after [`PageLimits::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row.
    #[inline]
    pub fn with_page_limits(mut self, limits: PageLimits) -> Self {
        self.page_limits = limits;
        self
    }
    /// Get customers list
    ///
    /// `GET /{projectApiKey}/customers` (the key is already set): set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomersListResponse`], or an [`Error`].
    #[inline]
    pub fn v1_get_customers(&self) -> builder::V1GetCustomers<'_> {
        self.inner.v1_get_customers().project_api_key(self.credential.clone())
    }
    /// Get customer metrics (Analytics)
    ///
    /// `GET /{projectApiKey}/customers-metrics` (the key is already set): set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomersMetricsResponse`], or an [`Error`].
    #[inline]
    pub fn v1_get_customers_metrics(&self) -> builder::V1GetCustomersMetrics<'_> {
        self.inner.v1_get_customers_metrics().project_api_key(self.credential.clone())
    }
    /// Get users overview chart data
    ///
    /// `GET /{projectApiKey}/chart/users-overview` (the key is already set): set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ChartResponse`], or an [`Error`].
    #[inline]
    pub fn v1_get_users_overview_chart(&self) -> builder::V1GetUsersOverviewChart<'_> {
        self.inner.v1_get_users_overview_chart().project_api_key(self.credential.clone())
    }
    /// Streams every [`types::CustomerRow`] of [`Client::v1_get_customers`], requesting pages 1, 2, ... until the list says it is over. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client. For other parameters, build the request with [`Client::v1_get_customers`] and pass it to [`Client::paginate_pages`].
    #[inline]
    pub fn stream_customers(&self) -> ItemStream<'static, types::CustomerRow> {
        let client = self.clone();
        client_core::paginate_numbered(
            self.page_limits,
            None,
            move |page: u64| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v1_get_customers();
                    let request = request.page(page);
                    request.send().await
                })
            },
        )
    }
    /// Streams every item of a list request built as usual (any builder of such a list: [`builder::V1GetCustomers`], ...), within the same rules as its `stream_*` method. The stream borrows the client.
    pub fn paginate_pages<
        'a,
        B: client_core::NumberedPaginated<'a, Error = types::AnalyticsError>,
    >(&'a self, first: B) -> ItemStream<'a, B::Item> {
        client_core::paginate_numbered(
            self.page_limits,
            B::RESTART_HEADER,
            move |token| first.fetch(token),
        )
    }
}
impl std::fmt::Debug for Client {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("qonversion_analytics::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
impl client_core::NumberedPage for types::CustomersListResponse {
    type Item = types::CustomerRow;
    #[inline]
    fn into_numbered_parts(self) -> (Vec<Self::Item>, client_core::PagesLeft) {
        let total = u64::try_from(self.data.total_count).unwrap_or(0);
        (self.data.items, client_core::PagesLeft::Total(total))
    }
}
impl<'a> client_core::NumberedPaginated<'a> for builder::V1GetCustomers<'a> {
    type Page = types::CustomersListResponse;
    type Item = types::CustomerRow;
    type Error = types::AnalyticsError;
    const RESTART_HEADER: Option<&'static str> = None;
    #[inline]
    fn fetch(
        &self,
        page: u64,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = self.clone().page(page);
        Box::pin(request.send())
    }
}
