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
    client_core::mock_when! {
        V1GetCustomersWhen, GET, "^/[^/]*/customers$";
        path project_api_key: &crate::ProjectApiKey = "^/{}/customers$";
        query_ref environment: types::Environment = "environment";
        query limit: ::std::num::NonZeroU64 = "limit";
        query page: ::std::num::NonZeroU64 = "page";
        query_ref search: str = "search";
        query sort_by: types::CustomerSortField = "sort_by";
        query sort_order: types::SortOrder = "sort_order";
    }
    client_core::mock_then! {
        V1GetCustomersThen;
        status ok: &types::CustomersListResponse = 200;
        range client_error: &types::AnalyticsError = 4;
        range server_error: &types::AnalyticsError = 5;
    }
    client_core::mock_when! {
        V1GetCustomersMetricsWhen, GET, "^/[^/]*/customers-metrics$";
        path project_api_key: &crate::ProjectApiKey = "^/{}/customers-metrics$";
        query_ref environment: types::Environment = "environment";
        query_each filter_ad_name: ::std::vec::Vec<::std::string::String> = "filter[ad_name][]";
        query_each filter_ad_set_name: ::std::vec::Vec<::std::string::String> = "filter[ad_set_name][]";
        query_each filter_app_version: ::std::vec::Vec<::std::string::String> = "filter[app_version][]";
        query_each filter_campaign_name: ::std::vec::Vec<::std::string::String> = "filter[campaign_name][]";
        query_each filter_country: ::std::vec::Vec<types::CountryCode> = "filter[country][]";
        query_each filter_experiment_group_uid: ::std::vec::Vec<::std::string::String> = "filter[experiment_group_uid][]";
        query_each filter_experiment_uid: ::std::vec::Vec<::std::string::String> = "filter[experiment_uid][]";
        query_each filter_locale: ::std::vec::Vec<::std::string::String> = "filter[locale][]";
        query_each filter_media_source_name: ::std::vec::Vec<::std::string::String> = "filter[media_source_name][]";
        query_each filter_model: ::std::vec::Vec<::std::string::String> = "filter[model][]";
        query_each filter_os_version: ::std::vec::Vec<::std::string::String> = "filter[os_version][]";
        query_each filter_product_id: ::std::vec::Vec<::std::string::String> = "filter[product_id][]";
        query_each filter_purchase_currency: ::std::vec::Vec<types::CurrencyCode> = "filter[purchase_currency][]";
        query_each filter_sdk_version: ::std::vec::Vec<::std::string::String> = "filter[sdk_version][]";
        query_each filter_since: [i64; 2usize] = "filter[since][]";
        query_each filter_status: ::std::vec::Vec<types::CustomerStatusCode> = "filter[status][]";
        query_each filter_target_platform: ::std::vec::Vec<types::TargetPlatform> = "filter[target_platform][]";
        query_ref search: str = "search";
    }
    client_core::mock_then! {
        V1GetCustomersMetricsThen;
        status ok: &types::CustomersMetricsResponse = 200;
        range client_error: &types::AnalyticsError = 4;
        range server_error: &types::AnalyticsError = 5;
    }
    client_core::mock_when! {
        V1GetUsersOverviewChartWhen, GET, "^/[^/]*/chart/users-overview$";
        path project_api_key: &crate::ProjectApiKey = "^/{}/chart/users-overview$";
        query_ref environment: types::Environment = "environment";
        query from: i64 = "from";
        query to: i64 = "to";
        query unit: types::ChartUnit = "unit";
    }
    client_core::mock_then! {
        V1GetUsersOverviewChartThen;
        status ok: &types::ChartResponse = 200;
        range client_error: &types::AnalyticsError = 4;
        range server_error: &types::AnalyticsError = 5;
    }
}
client_core::mock_server_ext! {
    /// One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.
    ///
    /// Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `QonversionAnalyticsMockServerExt::method(&server, |when, then| ...)`.
    QonversionAnalyticsMockServerExt;
    v1_get_customers: V1GetCustomersWhen, V1GetCustomersThen;
    v1_get_customers_metrics: V1GetCustomersMetricsWhen, V1GetCustomersMetricsThen;
    v1_get_users_overview_chart: V1GetUsersOverviewChartWhen, V1GetUsersOverviewChartThen;
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
