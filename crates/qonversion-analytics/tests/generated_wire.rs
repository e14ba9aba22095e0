// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 6157a677450507c16e194b03a1da213fcc128d76f7eb5d21b8758d3cce760cfc).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/qonversion-analytics.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use qonversion_analytics::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{Args, Call, Harness, Op, json_outcome};
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_v1_get_customers<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v1_get_customers()
                        .page(a.query::<::std::num::NonZeroU64>("page")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .sort_by(
                            a
                                .query::<
                                    qonversion_analytics::types::CustomerSortField,
                                >("sort_by")?,
                        )
                        .sort_order(
                            a
                                .query::<
                                    qonversion_analytics::types::SortOrder,
                                >("sort_order")?,
                        )
                        .environment(
                            a
                                .query::<
                                    qonversion_analytics::types::Environment,
                                >("environment")?,
                        )
                        .search(a.query_str("search")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v1_get_customers_metrics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v1_get_customers_metrics()
                        .environment(
                            a
                                .query::<
                                    qonversion_analytics::types::Environment,
                                >("environment")?,
                        )
                        .search(a.query_str("search")?)
                        .filter_since(a.query::<[i64; 2usize]>("filter[since][]")?)
                        .filter_status(
                            a
                                .query::<
                                    ::std::vec::Vec<
                                        qonversion_analytics::types::CustomerStatusCode,
                                    >,
                                >("filter[status][]")?,
                        )
                        .filter_target_platform(
                            a
                                .query::<
                                    ::std::vec::Vec<qonversion_analytics::types::TargetPlatform>,
                                >("filter[target_platform][]")?,
                        )
                        .filter_country(
                            a
                                .query::<
                                    ::std::vec::Vec<qonversion_analytics::types::CountryCode>,
                                >("filter[country][]")?,
                        )
                        .filter_product_id(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[product_id][]")?,
                        )
                        .filter_purchase_currency(
                            a
                                .query::<
                                    ::std::vec::Vec<qonversion_analytics::types::CurrencyCode>,
                                >("filter[purchase_currency][]")?,
                        )
                        .filter_locale(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[locale][]")?,
                        )
                        .filter_model(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[model][]")?,
                        )
                        .filter_os_version(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[os_version][]")?,
                        )
                        .filter_app_version(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[app_version][]")?,
                        )
                        .filter_sdk_version(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[sdk_version][]")?,
                        )
                        .filter_media_source_name(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[media_source_name][]")?,
                        )
                        .filter_campaign_name(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[campaign_name][]")?,
                        )
                        .filter_ad_set_name(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[ad_set_name][]")?,
                        )
                        .filter_ad_name(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[ad_name][]")?,
                        )
                        .filter_experiment_uid(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[experiment_uid][]")?,
                        )
                        .filter_experiment_group_uid(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[experiment_group_uid][]")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v1_get_users_overview_chart<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v1_get_users_overview_chart()
                        .from(a.query::<i64>("from")?)
                        .to(a.query::<i64>("to")?)
                        .unit(a.query::<qonversion_analytics::types::ChartUnit>("unit")?)
                        .environment(
                            a
                                .query::<
                                    qonversion_analytics::types::Environment,
                                >("environment")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[
        ("v1GetCustomers", op_v1_get_customers),
        ("v1GetCustomersMetrics", op_v1_get_customers_metrics),
        ("v1GetUsersOverviewChart", op_v1_get_users_overview_chart),
    ];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/qonversion-analytics.yaml", KEY)
            .await
            .key_in_path("projectApiKey");
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
