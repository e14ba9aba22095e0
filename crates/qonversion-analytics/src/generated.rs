// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 25da01dbb380f490f589d4e20a4200038d8d5bd1e0fd7b4c66b7bc6f99e77cb2).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
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
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<AnalyticsError>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: AnalyticsError) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for AnalyticsError {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///A country code (ISO 3166-1 alpha-2).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CountryCode(::std::string::String);
    client_core::string_newtype!(CountryCode, self::error::ConversionError);
    impl ::std::str::FromStr for CountryCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///A currency code (ISO 4217).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CurrencyCode(::std::string::String);
    client_core::string_newtype!(CurrencyCode, self::error::ConversionError);
    impl ::std::str::FromStr for CurrencyCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{3}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{3}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl CustomersMetrics {
        pub fn builder() -> builder::CustomersMetrics {
            Default::default()
        }
    }
    ///Successful response with aggregated customer metrics
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomersMetricsResponse {
        pub data: CustomersMetrics,
    }
    impl CustomersMetricsResponse {
        pub fn builder() -> builder::CustomersMetricsResponse {
            Default::default()
        }
    }
    ///Environment type (0=Sandbox, 1=Production).
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Environment(i64);
    impl ::std::ops::Deref for Environment {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Environment> for i64 {
        fn from(value: Environment) -> Self {
            value.0
        }
    }
    impl ::std::default::Default for Environment {
        fn default() -> Self {
            Environment(1_i64)
        }
    }
    impl ::std::convert::TryFrom<i64> for Environment {
        type Error = self::error::ConversionError;
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
    ///`V1GetCustomersMetricsSearch`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct V1GetCustomersMetricsSearch(::std::string::String);
    client_core::string_newtype!(
        V1GetCustomersMetricsSearch, self::error::ConversionError
    );
    impl ::std::str::FromStr for V1GetCustomersMetricsSearch {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CustomersMetrics {
            active_subscribers: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            active_trials: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            avg_payment_count: ::std::result::Result<
                ::std::option::Option<client_core::LenientF64>,
                ::std::string::String,
            >,
            avg_price: ::std::result::Result<
                ::std::option::Option<client_core::LenientF64>,
                ::std::string::String,
            >,
            billing_retry: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            canceled_trials: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            churned_subscribers: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            clients_with_event: ::std::result::Result<
                ::std::option::Option<client_core::LenientNumber>,
                ::std::string::String,
            >,
            sales: ::std::result::Result<
                ::std::option::Option<client_core::LenientF64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomersMetrics {
            fn default() -> Self {
                Self {
                    active_subscribers: Ok(Default::default()),
                    active_trials: Ok(Default::default()),
                    avg_payment_count: Ok(Default::default()),
                    avg_price: Ok(Default::default()),
                    billing_retry: Ok(Default::default()),
                    canceled_trials: Ok(Default::default()),
                    churned_subscribers: Ok(Default::default()),
                    clients_with_event: Ok(Default::default()),
                    sales: Ok(Default::default()),
                }
            }
        }
        impl CustomersMetrics {
            pub fn active_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.active_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn active_trials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.active_trials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active_trials: {e}")
                    });
                self
            }
            pub fn avg_payment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientF64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.avg_payment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for avg_payment_count: {e}"
                        )
                    });
                self
            }
            pub fn avg_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientF64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.avg_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avg_price: {e}")
                    });
                self
            }
            pub fn billing_retry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.billing_retry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for billing_retry: {e}")
                    });
                self
            }
            pub fn canceled_trials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.canceled_trials = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canceled_trials: {e}"
                        )
                    });
                self
            }
            pub fn churned_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.churned_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for churned_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn clients_with_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clients_with_event = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for clients_with_event: {e}"
                        )
                    });
                self
            }
            pub fn sales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<client_core::LenientF64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sales = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sales: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomersMetrics> for super::CustomersMetrics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomersMetrics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_subscribers: value.active_subscribers?,
                    active_trials: value.active_trials?,
                    avg_payment_count: value.avg_payment_count?,
                    avg_price: value.avg_price?,
                    billing_retry: value.billing_retry?,
                    canceled_trials: value.canceled_trials?,
                    churned_subscribers: value.churned_subscribers?,
                    clients_with_event: value.clients_with_event?,
                    sales: value.sales?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomersMetricsResponse {
            data: ::std::result::Result<super::CustomersMetrics, ::std::string::String>,
        }
        impl ::std::default::Default for CustomersMetricsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl CustomersMetricsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomersMetrics>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomersMetricsResponse>
        for super::CustomersMetricsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomersMetricsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl CustomerStatusCode {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::X1 => "1",
                Self::X2 => "2",
                Self::X3 => "3",
                Self::X4 => "4",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerStatusCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "1" => Self::X1,
                "2" => Self::X2,
                "3" => Self::X3,
                "4" => Self::X4,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerStatusCode, self::error::ConversionError);
    impl TargetPlatform {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::IOs => "iOS",
                Self::Android => "Android",
                Self::Stripe => "Stripe",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for TargetPlatform {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "iOS" => Self::IOs,
                "Android" => Self::Android,
                "Stripe" => Self::Stripe,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(TargetPlatform, self::error::ConversionError);
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
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
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
    /// Sends a `GET` request to `/{projectApiKey}/customers-metrics`
    pub fn v1_get_customers_metrics(&self) -> builder::V1GetCustomersMetrics<'_> {
        builder::V1GetCustomersMetrics::new(self)
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
        search: Result<Option<types::V1GetCustomersMetricsSearch>, String>,
    }
    impl<'a> V1GetCustomersMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_api_key: Err("project_api_key was not initialized".to_string()),
                environment: Ok(None),
                filter_ad_name: Ok(None),
                filter_ad_set_name: Ok(None),
                filter_app_version: Ok(None),
                filter_campaign_name: Ok(None),
                filter_country: Ok(None),
                filter_experiment_group_uid: Ok(None),
                filter_experiment_uid: Ok(None),
                filter_locale: Ok(None),
                filter_media_source_name: Ok(None),
                filter_model: Ok(None),
                filter_os_version: Ok(None),
                filter_product_id: Ok(None),
                filter_purchase_currency: Ok(None),
                filter_sdk_version: Ok(None),
                filter_since: Ok(None),
                filter_status: Ok(None),
                filter_target_platform: Ok(None),
                search: Ok(None),
            }
        }
        pub fn project_api_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::ProjectApiKey>,
        {
            self.project_api_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: ProjectApiKey` for project_api_key failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn filter_ad_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_ad_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_ad_name failed"
                        .to_string()
                });
            self
        }
        pub fn filter_ad_set_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_ad_set_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_ad_set_name failed"
                        .to_string()
                });
            self
        }
        pub fn filter_app_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_app_version = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_app_version failed"
                        .to_string()
                });
            self
        }
        pub fn filter_campaign_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_campaign_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_campaign_name failed"
                        .to_string()
                });
            self
        }
        pub fn filter_country<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::CountryCode>>,
        {
            self.filter_country = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < CountryCode >` for filter_country failed"
                        .to_string()
                });
            self
        }
        pub fn filter_experiment_group_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_experiment_group_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_experiment_group_uid failed"
                        .to_string()
                });
            self
        }
        pub fn filter_experiment_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_experiment_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_experiment_uid failed"
                        .to_string()
                });
            self
        }
        pub fn filter_locale<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_locale = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_locale failed"
                        .to_string()
                });
            self
        }
        pub fn filter_media_source_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_media_source_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_media_source_name failed"
                        .to_string()
                });
            self
        }
        pub fn filter_model<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_model = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_model failed"
                        .to_string()
                });
            self
        }
        pub fn filter_os_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_os_version = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_os_version failed"
                        .to_string()
                });
            self
        }
        pub fn filter_product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_product_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_product_id failed"
                        .to_string()
                });
            self
        }
        pub fn filter_purchase_currency<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::CurrencyCode>>,
        {
            self.filter_purchase_currency = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < CurrencyCode >` for filter_purchase_currency failed"
                        .to_string()
                });
            self
        }
        pub fn filter_sdk_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.filter_sdk_version = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for filter_sdk_version failed"
                        .to_string()
                });
            self
        }
        pub fn filter_since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<[i64; 2usize]>,
        {
            self.filter_since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `[i64 ; 2usize]` for filter_since failed".to_string()
                });
            self
        }
        pub fn filter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::CustomerStatusCode>>,
        {
            self.filter_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < CustomerStatusCode >` for filter_status failed"
                        .to_string()
                });
            self
        }
        pub fn filter_target_platform<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::TargetPlatform>>,
        {
            self.filter_target_platform = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < TargetPlatform >` for filter_target_platform failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V1GetCustomersMetricsSearch>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `V1GetCustomersMetricsSearch` for search failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomersMetricsResponse>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
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
    ("v1_get_customers_metrics", "GET", "/{projectApiKey}/customers-metrics"),
];
