// @generated: do not edit by hand.
// Source: specs/qonversion-analytics.yaml (sha256 25da01dbb380f490f589d4e20a4200038d8d5bd1e0fd7b4c66b7bc6f99e77cb2).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/qonversion-analytics.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use qonversion_analytics::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{Args, Call, Harness, Op, json_outcome};
    const KEY: &str = "sk_wire_test_0123456789abcdef";
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
                        .search(
                            a
                                .query::<
                                    qonversion_analytics::types::V1GetCustomersMetricsSearch,
                                >("search")?,
                        )
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
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[
        ("v1GetCustomersMetrics", op_v1_get_customers_metrics),
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
