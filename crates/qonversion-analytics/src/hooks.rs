//! What this API needs beyond its spec: the project API key travels as the first path
//! segment, so it is a type of its own that never shows in `Debug`.

use std::fmt;

use client_core::Secret;

use crate::{Client, builder};

/// The project API key. `Debug` is redacted; the generated code renders it into the URL
/// path through `Display`, which is the only way to read it back.
#[derive(Clone, PartialEq, Eq)]
pub struct ProjectApiKey(Secret);

impl ProjectApiKey {
    /// Wraps a key; `None` when it is empty (the API requires at least one character).
    pub fn new(key: impl Into<String>) -> Option<Self> {
        let key = key.into();
        (!key.is_empty()).then(|| Self(Secret::new(key)))
    }
}

impl fmt::Debug for ProjectApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProjectApiKey(<redacted>)")
    }
}

/// Writes the key itself: the generated code builds the request path with it.
impl fmt::Display for ProjectApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.expose())
    }
}

impl serde::Serialize for ProjectApiKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.expose())
    }
}

impl<'de> serde::Deserialize<'de> for ProjectApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Self::new(key).ok_or_else(|| serde::de::Error::custom("the project API key is empty"))
    }
}

impl Client {
    /// `GET /{projectApiKey}/customers-metrics`: aggregated customer metrics, scoped by the
    /// filters set on the returned builder (the same as [`Client::v1_get_customers_metrics`]).
    /// Every `filter[...][]` is sent as the key repeated once per value; `filter_since` takes
    /// exactly a `[from, to]` pair of unix timestamps in seconds.
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
        self.v1_get_customers_metrics()
    }
}
