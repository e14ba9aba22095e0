// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 6157a677450507c16e194b03a1da213fcc128d76f7eb5d21b8758d3cce760cfc).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

/*! Typed `httpmock` helpers for tests of code that uses this client (the `mock`
 feature): a `MockServerExt` method per operation declares what the request must
 hold (`when`) and what the server answers (`then`) with the crate's own types.

 The trait is named for the crate, so the mocks of several crates can be imported side
 by side; where two crates have a method of the same name, call it through the trait:
 `Trait::method(&server, |when, then| ...)`.*/
pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::*;
    pub struct V1GetCustomersWhen(::httpmock::When);
    impl V1GetCustomersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/[^/]*/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_api_key(self, value: &crate::ProjectApiKey) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/customers$", ::regex::escape(& value.to_string())),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn sort_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CustomerSortField>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort_by", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn sort_order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::SortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort_order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort_order"))
            }
        }
    }
    pub struct V1GetCustomersThen(::httpmock::Then);
    impl V1GetCustomersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomersListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct V1GetCustomersMetricsWhen(::httpmock::When);
    impl V1GetCustomersMetricsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/[^/]*/customers-metrics$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_api_key(self, value: &crate::ProjectApiKey) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/{}/customers-metrics$", ::regex::escape(& value.to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn filter_ad_name<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[ad_name][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[ad_name][]"))
            }
        }
        pub fn filter_ad_set_name<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[ad_set_name][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[ad_set_name][]"))
            }
        }
        pub fn filter_app_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[app_version][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[app_version][]"))
            }
        }
        pub fn filter_campaign_name<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param("filter[campaign_name][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[campaign_name][]"))
            }
        }
        pub fn filter_country<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::CountryCode>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[country][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[country][]"))
            }
        }
        pub fn filter_experiment_group_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param(
                                        "filter[experiment_group_uid][]",
                                        item.to_string(),
                                    )
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[experiment_group_uid][]"))
            }
        }
        pub fn filter_experiment_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param("filter[experiment_uid][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[experiment_uid][]"))
            }
        }
        pub fn filter_locale<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[locale][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[locale][]"))
            }
        }
        pub fn filter_media_source_name<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param(
                                        "filter[media_source_name][]",
                                        item.to_string(),
                                    )
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[media_source_name][]"))
            }
        }
        pub fn filter_model<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[model][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[model][]"))
            }
        }
        pub fn filter_os_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[os_version][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[os_version][]"))
            }
        }
        pub fn filter_product_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[product_id][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[product_id][]"))
            }
        }
        pub fn filter_purchase_currency<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::CurrencyCode>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param(
                                        "filter[purchase_currency][]",
                                        item.to_string(),
                                    )
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[purchase_currency][]"))
            }
        }
        pub fn filter_sdk_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[sdk_version][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[sdk_version][]"))
            }
        }
        pub fn filter_since<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a [i64; 2usize]>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[since][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[since][]"))
            }
        }
        pub fn filter_status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::CustomerStatusCode>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[status][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[status][]"))
            }
        }
        pub fn filter_target_platform<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::TargetPlatform>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param("filter[target_platform][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[target_platform][]"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
    }
    pub struct V1GetCustomersMetricsThen(::httpmock::Then);
    impl V1GetCustomersMetricsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomersMetricsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct V1GetUsersOverviewChartWhen(::httpmock::When);
    impl V1GetUsersOverviewChartWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/[^/]*/chart/users-overview$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_api_key(self, value: &crate::ProjectApiKey) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/{}/chart/users-overview$", ::regex::escape(& value
                        .to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn from<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from"))
            }
        }
        pub fn to<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to"))
            }
        }
        pub fn unit<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ChartUnit>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("unit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("unit"))
            }
        }
    }
    pub struct V1GetUsersOverviewChartThen(::httpmock::Then);
    impl V1GetUsersOverviewChartThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChartResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::AnalyticsError) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/** One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.

 Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `QonversionAnalyticsMockServerExt::method(&server, |when, then| ...)`.*/
pub trait QonversionAnalyticsMockServerExt {
    fn v1_get_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V1GetCustomersWhen, operations::V1GetCustomersThen);
    fn v1_get_customers_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V1GetCustomersMetricsWhen,
            operations::V1GetCustomersMetricsThen,
        );
    fn v1_get_users_overview_chart<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V1GetUsersOverviewChartWhen,
            operations::V1GetUsersOverviewChartThen,
        );
}
impl QonversionAnalyticsMockServerExt for ::httpmock::MockServer {
    fn v1_get_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V1GetCustomersWhen, operations::V1GetCustomersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V1GetCustomersWhen::new(when),
                operations::V1GetCustomersThen::new(then),
            )
        })
    }
    fn v1_get_customers_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V1GetCustomersMetricsWhen,
            operations::V1GetCustomersMetricsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V1GetCustomersMetricsWhen::new(when),
                operations::V1GetCustomersMetricsThen::new(then),
            )
        })
    }
    fn v1_get_users_overview_chart<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V1GetUsersOverviewChartWhen,
            operations::V1GetUsersOverviewChartThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V1GetUsersOverviewChartWhen::new(when),
                operations::V1GetUsersOverviewChartThen::new(then),
            )
        })
    }
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::QonversionAnalyticsMockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
