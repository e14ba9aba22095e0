// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 6157a677450507c16e194b03a1da213fcc128d76f7eb5d21b8758d3cce760cfc).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Error body. No public error format is documented for v1 analytics, so no fields
are declared; clients surface the HTTP status and the raw body.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct AnalyticsError(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for AnalyticsError {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<AnalyticsError>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: AnalyticsError) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for AnalyticsError {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///A chart's series and how to read them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Chart {
        ///The chart code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The currency of money figures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The environment (0 = Sandbox, 1 = Production).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        ///Start of the range, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<i64>,
        ///How the time axis is labelled.
        #[serde(
            rename = "horizontalLabelType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub horizontal_label_type: ::std::option::Option<::std::string::String>,
        ///The series limit applied.
        #[serde(
            rename = "maxSeries",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_series: ::std::option::Option<i64>,
        ///What the values measure (for example `usd`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        ///The attribute the series are split by.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segmentation: ::std::option::Option<::std::string::String>,
        ///The series.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<ChartSeries>,
        ///How the series relate (for example `partsOfWhole`).
        #[serde(
            rename = "seriesRelation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub series_relation: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "summarySeries",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub summary_series: ::std::option::Option<ChartSeries>,
        ///End of the range, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<i64>,
        ///How totals are made (for example `sum`).
        #[serde(
            rename = "totalType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_type: ::std::option::Option<::std::string::String>,
        ///The time step.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit: ::std::option::Option<::std::string::String>,
    }
    ///One point of a series.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ChartPoint {
        ///Start of the step, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<i64>,
        ///The value over the step.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
    }
    ///The chart, wrapped in `data`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartResponse {
        pub data: Chart,
    }
    ///One series of the chart.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ChartSeries {
        ///Its points.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<ChartPoint>,
        ///Its label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///Its total over the range.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<f64>,
        ///Whether the total is left out of the final figure.
        #[serde(
            rename = "totalIgnoreInFinal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_ignore_in_final: ::std::option::Option<bool>,
        ///Its total over the range before.
        #[serde(
            rename = "totalPrev",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_prev: ::std::option::Option<f64>,
        ///The weight of the previous total.
        #[serde(
            rename = "totalPrevWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_prev_weight: ::std::option::Option<f64>,
        ///The weight of the total.
        #[serde(
            rename = "totalWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_weight: ::std::option::Option<f64>,
    }
    ///A time step.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ChartUnit {
        #[serde(rename = "hour")]
        Hour,
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "week")]
        Week,
        #[serde(rename = "month")]
        Month,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A country code (ISO 3166-1 alpha-2).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct CountryCode(pub ::std::string::String);
    client_core::string_newtype!(CountryCode);
    ///A currency code (ISO 4217).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct CurrencyCode(pub ::std::string::String);
    client_core::string_newtype!(CurrencyCode);
    ///One customer of the list. Times are Unix seconds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerRow {
        ///The country (ISO 3166-1 alpha-2).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_country: ::std::option::Option<::std::string::String>,
        ///The customer's numeric id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<i64>,
        ///The Qonversion user id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_uid: ::std::option::Option<::std::string::String>,
        ///The custom user id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_uid: ::std::option::Option<::std::string::String>,
        ///The device id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        ///The device model.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        ///The OS version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_os_version: ::std::option::Option<::std::string::String>,
        ///The linked external identity.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_identity: ::std::option::Option<::std::string::String>,
        ///The first purchase.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_transaction_purchase_at: ::std::option::Option<i64>,
        ///The last payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_payment_at: ::std::option::Option<i64>,
        ///Net payments, in USD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub net_payments_usd: ::std::option::Option<f64>,
        ///How many payments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payments_count: ::std::option::Option<i64>,
        ///The currency of the purchases.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_currency: ::std::option::Option<::std::string::String>,
        ///The product bought.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_product_id: ::std::option::Option<::std::string::String>,
        ///When the customer was first seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub since: ::std::option::Option<i64>,
        ///The customer status code (1 trial or intro, 2 active, 3 canceled, 4 billing retry).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        ///The store platform.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_platform: ::std::option::Option<::std::string::String>,
        ///The trial status code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_status: ::std::option::Option<i64>,
    }
    ///A field the customers list can be sorted by.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerSortField {
        #[serde(rename = "since")]
        Since,
        #[serde(rename = "status")]
        Status,
        #[serde(rename = "last_payment_at")]
        LastPaymentAt,
        #[serde(rename = "purchase_currency")]
        PurchaseCurrency,
        #[serde(rename = "payments_count")]
        PaymentsCount,
        #[serde(rename = "net_payments_usd")]
        NetPaymentsUsd,
        #[serde(rename = "purchase_product_id")]
        PurchaseProductId,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /**Customer status code, sent as a string. Numeric codes: 1 = Trial / Intro,
2 = Active, 3 = Canceled, 4 = Billing Retry.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerStatusCode {
        #[serde(rename = "1")]
        X1,
        #[serde(rename = "2")]
        X2,
        #[serde(rename = "3")]
        X3,
        #[serde(rename = "4")]
        X4,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One page of customers, wrapped in `data`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomersListResponse {
        pub data: CustomersPage,
    }
    ///Aggregated customer metrics for the project, scoped to the requested filters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomersMetrics {
        #[serde(
            rename = "activeSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active_subscribers: ::std::option::Option<client_core::LenientNumber>,
        #[serde(
            rename = "activeTrials",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active_trials: ::std::option::Option<client_core::LenientNumber>,
        #[serde(
            rename = "avgPaymentCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub avg_payment_count: ::std::option::Option<client_core::LenientF64>,
        #[serde(
            rename = "avgPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub avg_price: ::std::option::Option<client_core::LenientF64>,
        #[serde(
            rename = "billingRetry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_retry: ::std::option::Option<client_core::LenientNumber>,
        #[serde(
            rename = "canceledTrials",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canceled_trials: ::std::option::Option<client_core::LenientNumber>,
        #[serde(
            rename = "churnedSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub churned_subscribers: ::std::option::Option<client_core::LenientNumber>,
        #[serde(
            rename = "clientsWithEvent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub clients_with_event: ::std::option::Option<client_core::LenientNumber>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sales: ::std::option::Option<client_core::LenientF64>,
    }
    ///Successful response with aggregated customer metrics
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomersMetricsResponse {
        pub data: CustomersMetrics,
    }
    ///One page of customers and the number of customers that match in all.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomersPage {
        ///The customers of this page.
        pub items: ::std::vec::Vec<CustomerRow>,
        ///The page number (from 1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///How many customers match, over every page.
        pub total_count: i64,
    }
    ///Environment type (0=Sandbox, 1=Production).
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Environment(i64);
    impl ::std::ops::Deref for Environment {
        type Target = i64;
        #[inline]
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Environment> for i64 {
        #[inline]
        fn from(value: Environment) -> Self {
            value.0
        }
    }
    impl ::std::default::Default for Environment {
        #[inline]
        fn default() -> Self {
            Environment(1_i64)
        }
    }
    impl ::std::convert::TryFrom<i64> for Environment {
        type Error = self::error::ConversionError;
        #[inline]
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 1_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Environment {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///A sort direction.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A platform to filter by.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum TargetPlatform {
        #[serde(rename = "iOS")]
        IOs,
        Android,
        Stripe,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /// Types for composing complex structures.
    pub mod builder {
        client_core::type_builder! {
            Chart;
            opt code: ::std::string::String,
            opt currency: ::std::string::String,
            opt environment: i64,
            opt from: i64,
            opt horizontal_label_type: ::std::string::String,
            opt max_series: i64,
            opt measure: ::std::string::String,
            opt segmentation: ::std::string::String,
            val series: ::std::vec::Vec<super::ChartSeries> = Default::default(),
            opt series_relation: ::std::string::String,
            opt summary_series: super::ChartSeries,
            opt to: i64,
            opt total_type: ::std::string::String,
            opt unit: ::std::string::String,
        }
        client_core::type_builder! {
            ChartPoint;
            opt start_time: i64,
            opt value: f64,
        }
        client_core::type_builder! {
            ChartResponse;
            val data: super::Chart,
        }
        client_core::type_builder! {
            ChartSeries;
            val data: ::std::vec::Vec<super::ChartPoint> = Default::default(),
            opt label: ::std::string::String,
            opt total: f64,
            opt total_ignore_in_final: bool,
            opt total_prev: f64,
            opt total_prev_weight: f64,
            opt total_weight: f64,
        }
        client_core::type_builder! {
            CustomerRow;
            opt client_country: ::std::string::String,
            opt client_id: i64,
            opt client_uid: ::std::string::String,
            opt custom_uid: ::std::string::String,
            opt device_id: ::std::string::String,
            opt device_model: ::std::string::String,
            opt device_os_version: ::std::string::String,
            opt external_identity: ::std::string::String,
            opt first_transaction_purchase_at: i64,
            opt last_payment_at: i64,
            opt net_payments_usd: f64,
            opt payments_count: i64,
            opt purchase_currency: ::std::string::String,
            opt purchase_product_id: ::std::string::String,
            opt since: i64,
            opt status: i64,
            opt target_platform: ::std::string::String,
            opt trial_status: i64,
        }
        client_core::type_builder! {
            CustomersListResponse;
            val data: super::CustomersPage,
        }
        client_core::type_builder! {
            CustomersMetrics;
            opt active_subscribers: client_core::LenientNumber,
            opt active_trials: client_core::LenientNumber,
            opt avg_payment_count: client_core::LenientF64,
            opt avg_price: client_core::LenientF64,
            opt billing_retry: client_core::LenientNumber,
            opt canceled_trials: client_core::LenientNumber,
            opt churned_subscribers: client_core::LenientNumber,
            opt clients_with_event: client_core::LenientNumber,
            opt sales: client_core::LenientF64,
        }
        client_core::type_builder! {
            CustomersMetricsResponse;
            val data: super::CustomersMetrics,
        }
        client_core::type_builder! {
            CustomersPage;
            val items: ::std::vec::Vec<super::CustomerRow>,
            opt page: i64,
            val total_count: i64,
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    client_core::tolerant_enum! {
        ChartUnit, self::error::ConversionError, Unknown;
        Hour = "hour",
        Day = "day",
        Week = "week",
        Month = "month",
    }
    client_core::tolerant_enum! {
        CustomerSortField, self::error::ConversionError, Unknown;
        Since = "since",
        Status = "status",
        LastPaymentAt = "last_payment_at",
        PurchaseCurrency = "purchase_currency",
        PaymentsCount = "payments_count",
        NetPaymentsUsd = "net_payments_usd",
        PurchaseProductId = "purchase_product_id",
    }
    client_core::tolerant_enum! {
        CustomerStatusCode, self::error::ConversionError, Unknown;
        X1 = "1",
        X2 = "2",
        X3 = "3",
        X4 = "4",
    }
    client_core::tolerant_enum! {
        SortOrder, self::error::ConversionError, Unknown;
        Asc = "asc",
        Desc = "desc",
    }
    client_core::tolerant_enum! {
        TargetPlatform, self::error::ConversionError, Unknown;
        IOs = "iOS",
        Android = "Android",
        Stripe = "Stripe",
    }
}
#[derive(Clone, Debug)]
/// The operations as progenitor generated them; users call the facade's `Client`.
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: client_core::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new(baseurl: &str, inner: client_core::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: client_core::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<client_core::Runtime> for Client {
    #[inline]
    fn api_version() -> &'static str {
        "v1"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
    fn inner(&self) -> &client_core::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<client_core::Runtime>,
    {}
};
impl Client {
    /// Sends a `GET` request to `/{projectApiKey}/customers`
    #[inline]
    pub fn v1_get_customers(&self) -> builder::V1GetCustomers<'_> {
        builder::V1GetCustomers::new(self)
    }
    /// Sends a `GET` request to `/{projectApiKey}/customers-metrics`
    #[inline]
    pub fn v1_get_customers_metrics(&self) -> builder::V1GetCustomersMetrics<'_> {
        builder::V1GetCustomersMetrics::new(self)
    }
    /// Sends a `GET` request to `/{projectApiKey}/chart/users-overview`
    #[inline]
    pub fn v1_get_users_overview_chart(&self) -> builder::V1GetUsersOverviewChart<'_> {
        builder::V1GetUsersOverviewChart::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use client_core::QueryParamExt as _;
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::v1_get_customers`]

[`Client::v1_get_customers`]: super::Client::v1_get_customers*/
    #[derive(Debug, Clone)]
    pub struct V1GetCustomers<'a> {
        client: &'a super::Client,
        project_api_key: Result<crate::ProjectApiKey, String>,
        environment: Result<Option<types::Environment>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::CustomerSortField>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
    }
    client_core::op_builder! {
        V1GetCustomers -> types::CustomersListResponse, crate::Error;
        req project_api_key: crate::ProjectApiKey,
        opt environment: types::Environment,
        opt limit: ::std::num::NonZeroU64,
        opt page: ::std::num::NonZeroU64,
        opt search: ::std::string::String,
        opt sort_by: types::CustomerSortField,
        opt sort_order: types::SortOrder,
    }
    impl<'a> V1GetCustomers<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomersListResponse>,
            Error<types::AnalyticsError>,
        > {
            let Self {
                client,
                project_api_key,
                environment,
                limit,
                page,
                search,
                sort_by,
                sort_order,
            } = self;
            let project_api_key = project_api_key.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers", client.baseurl, client_core::PathSegment(&
                project_api_key),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("limit", &limit)
                .query_opt("page", &page)
                .query_opt("search", &search)
                .query_opt("sort_by", &sort_by)
                .query_opt("sort_order", &sort_order)
                .build()?;
            let info = OperationInfo {
                operation_id: "v1_get_customers",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v1_get_customers_metrics`]

[`Client::v1_get_customers_metrics`]: super::Client::v1_get_customers_metrics*/
    #[derive(Debug, Clone)]
    pub struct V1GetCustomersMetrics<'a> {
        client: &'a super::Client,
        project_api_key: Result<crate::ProjectApiKey, String>,
        environment: Result<Option<types::Environment>, String>,
        filter_ad_name: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        filter_ad_set_name: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_app_version: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_campaign_name: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_country: Result<Option<::std::vec::Vec<types::CountryCode>>, String>,
        filter_experiment_group_uid: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_experiment_uid: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_locale: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        filter_media_source_name: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_model: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        filter_os_version: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_product_id: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_purchase_currency: Result<
            Option<::std::vec::Vec<types::CurrencyCode>>,
            String,
        >,
        filter_sdk_version: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        filter_since: Result<Option<[i64; 2usize]>, String>,
        filter_status: Result<
            Option<::std::vec::Vec<types::CustomerStatusCode>>,
            String,
        >,
        filter_target_platform: Result<
            Option<::std::vec::Vec<types::TargetPlatform>>,
            String,
        >,
        search: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        V1GetCustomersMetrics -> types::CustomersMetricsResponse, crate::Error;
        req project_api_key: crate::ProjectApiKey,
        opt environment: types::Environment,
        opt filter_ad_name: ::std::vec::Vec<::std::string::String>,
        opt filter_ad_set_name: ::std::vec::Vec<::std::string::String>,
        opt filter_app_version: ::std::vec::Vec<::std::string::String>,
        opt filter_campaign_name: ::std::vec::Vec<::std::string::String>,
        opt filter_country: ::std::vec::Vec<types::CountryCode>,
        opt filter_experiment_group_uid: ::std::vec::Vec<::std::string::String>,
        opt filter_experiment_uid: ::std::vec::Vec<::std::string::String>,
        opt filter_locale: ::std::vec::Vec<::std::string::String>,
        opt filter_media_source_name: ::std::vec::Vec<::std::string::String>,
        opt filter_model: ::std::vec::Vec<::std::string::String>,
        opt filter_os_version: ::std::vec::Vec<::std::string::String>,
        opt filter_product_id: ::std::vec::Vec<::std::string::String>,
        opt filter_purchase_currency: ::std::vec::Vec<types::CurrencyCode>,
        opt filter_sdk_version: ::std::vec::Vec<::std::string::String>,
        opt filter_since: [i64; 2usize],
        opt filter_status: ::std::vec::Vec<types::CustomerStatusCode>,
        opt filter_target_platform: ::std::vec::Vec<types::TargetPlatform>,
        opt search: ::std::string::String,
    }
    impl<'a> V1GetCustomersMetrics<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomersMetricsResponse>,
            Error<types::AnalyticsError>,
        > {
            let Self {
                client,
                project_api_key,
                environment,
                filter_ad_name,
                filter_ad_set_name,
                filter_app_version,
                filter_campaign_name,
                filter_country,
                filter_experiment_group_uid,
                filter_experiment_uid,
                filter_locale,
                filter_media_source_name,
                filter_model,
                filter_os_version,
                filter_product_id,
                filter_purchase_currency,
                filter_sdk_version,
                filter_since,
                filter_status,
                filter_target_platform,
                search,
            } = self;
            let project_api_key = project_api_key.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let filter_ad_name = filter_ad_name.map_err(Error::InvalidRequest)?;
            let filter_ad_set_name = filter_ad_set_name.map_err(Error::InvalidRequest)?;
            let filter_app_version = filter_app_version.map_err(Error::InvalidRequest)?;
            let filter_campaign_name = filter_campaign_name
                .map_err(Error::InvalidRequest)?;
            let filter_country = filter_country.map_err(Error::InvalidRequest)?;
            let filter_experiment_group_uid = filter_experiment_group_uid
                .map_err(Error::InvalidRequest)?;
            let filter_experiment_uid = filter_experiment_uid
                .map_err(Error::InvalidRequest)?;
            let filter_locale = filter_locale.map_err(Error::InvalidRequest)?;
            let filter_media_source_name = filter_media_source_name
                .map_err(Error::InvalidRequest)?;
            let filter_model = filter_model.map_err(Error::InvalidRequest)?;
            let filter_os_version = filter_os_version.map_err(Error::InvalidRequest)?;
            let filter_product_id = filter_product_id.map_err(Error::InvalidRequest)?;
            let filter_purchase_currency = filter_purchase_currency
                .map_err(Error::InvalidRequest)?;
            let filter_sdk_version = filter_sdk_version.map_err(Error::InvalidRequest)?;
            let filter_since = filter_since.map_err(Error::InvalidRequest)?;
            let filter_status = filter_status.map_err(Error::InvalidRequest)?;
            let filter_target_platform = filter_target_platform
                .map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers-metrics", client.baseurl, client_core::PathSegment(&
                project_api_key),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("filter[ad_name][]", &filter_ad_name)
                .query_opt("filter[ad_set_name][]", &filter_ad_set_name)
                .query_opt("filter[app_version][]", &filter_app_version)
                .query_opt("filter[campaign_name][]", &filter_campaign_name)
                .query_opt("filter[country][]", &filter_country)
                .query_opt(
                    "filter[experiment_group_uid][]",
                    &filter_experiment_group_uid,
                )
                .query_opt("filter[experiment_uid][]", &filter_experiment_uid)
                .query_opt("filter[locale][]", &filter_locale)
                .query_opt("filter[media_source_name][]", &filter_media_source_name)
                .query_opt("filter[model][]", &filter_model)
                .query_opt("filter[os_version][]", &filter_os_version)
                .query_opt("filter[product_id][]", &filter_product_id)
                .query_opt("filter[purchase_currency][]", &filter_purchase_currency)
                .query_opt("filter[sdk_version][]", &filter_sdk_version)
                .query_opt(
                    "filter[since][]",
                    &filter_since.as_ref().map(|v| v.as_slice()),
                )
                .query_opt("filter[status][]", &filter_status)
                .query_opt("filter[target_platform][]", &filter_target_platform)
                .query_opt("search", &search)
                .build()?;
            let info = OperationInfo {
                operation_id: "v1_get_customers_metrics",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::v1_get_users_overview_chart`]

[`Client::v1_get_users_overview_chart`]: super::Client::v1_get_users_overview_chart*/
    #[derive(Debug, Clone)]
    pub struct V1GetUsersOverviewChart<'a> {
        client: &'a super::Client,
        project_api_key: Result<crate::ProjectApiKey, String>,
        environment: Result<Option<types::Environment>, String>,
        from: Result<Option<i64>, String>,
        to: Result<Option<i64>, String>,
        unit: Result<Option<types::ChartUnit>, String>,
    }
    client_core::op_builder! {
        V1GetUsersOverviewChart -> types::ChartResponse, crate::Error;
        req project_api_key: crate::ProjectApiKey,
        opt environment: types::Environment,
        opt from: i64,
        opt to: i64,
        opt unit: types::ChartUnit,
    }
    impl<'a> V1GetUsersOverviewChart<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ChartResponse>, Error<types::AnalyticsError>> {
            let Self { client, project_api_key, environment, from, to, unit } = self;
            let project_api_key = project_api_key.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let unit = unit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/chart/users-overview", client.baseurl, client_core::PathSegment(&
                project_api_key),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("from", &from)
                .query_opt("to", &to)
                .query_opt("unit", &unit)
                .build()?;
            let info = OperationInfo {
                operation_id: "v1_get_users_overview_chart",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
    #[inline]
    fn exec<'s, 'i>(
        &'s self,
        request: reqwest::Request,
        info: &'i OperationInfo,
    ) -> impl ::std::future::Future<
        Output = reqwest::Result<reqwest::Response>,
    > + use<'s, 'i> {
        let span = client_core::trace::request_span(
            OPERATION_PATHS,
            info,
            request.method(),
        );
        client_core::trace::in_span(
            span,
            client_core::execute(self.inner(), &self.client, request, info),
        )
    }
}
/// The spec's path template of each operation, for the request span (a concrete
/// path may hold a secret): (operation id, method, template), sorted by id.
const OPERATION_PATHS: &[(&str, &str, &str)] = &[
    ("v1_get_customers", "GET", "/{projectApiKey}/customers"),
    ("v1_get_customers_metrics", "GET", "/{projectApiKey}/customers-metrics"),
    ("v1_get_users_overview_chart", "GET", "/{projectApiKey}/chart/users-overview"),
];
