// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 96f2eb3edc0a163972c327ce230a763c2c8cf810513d1bc8348f21c7f5eed1c5).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/flexprice.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use flexprice::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{
        Args, Call, Harness, Op, bytes_outcome, json_outcome,
    };
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_create_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_addon()
                        .body(a.body::<flexprice::types::CreateAddonRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_addon_by_lookup_key<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_addon_by_lookup_key()
                        .lookup_key(a.path_str("lookup_key")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_addon()
                        .body(a.body::<flexprice::types::AddonFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_addon().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_addon()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateAddonRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_addon().id(a.path_str("id")?).send().await))
        })
    }
    fn op_get_addon_credit_grants<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_addon_credit_grants().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_addon_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_addon_entitlements().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_query_alert_log<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_alert_log()
                        .body(a.body::<flexprice::types::AlertLogFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_alert_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_alert_settings()
                        .body(a.body::<flexprice::types::CreateAlertSettingsRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_alert_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_alert_settings()
                        .body(a.body::<flexprice::types::AlertSettingsFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_alert_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_alert_settings().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_alert_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_alert_settings()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateAlertSettingsRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_alert_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.delete_alert_settings().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_create_checkout_session<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_checkout_session()
                        .body(
                            a.body::<flexprice::types::CreateCheckoutSessionRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_checkout_session<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_checkout_session().id(a.path_str("id")?).send().await))
        })
    }
    fn op_delete_checkout_session<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.delete_checkout_session().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_create_costsheet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_costsheet()
                        .body(a.body::<flexprice::types::CreateCostsheetRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_active_costsheet<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move { Ok(json_outcome(c.get_active_costsheet().send().await)) })
    }
    fn op_get_detailed_cost_analytics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_detailed_cost_analytics()
                        .body(a.body::<flexprice::types::GetCostAnalyticsRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_costsheet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_costsheet()
                        .body(a.body::<flexprice::types::CostsheetFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_costsheet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_costsheet()
                        .id(a.path_str("id")?)
                        .expand(a.query_str("expand")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_costsheet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_costsheet()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateCostsheetRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_costsheet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_costsheet().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_coupon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_coupon()
                        .body(a.body::<flexprice::types::CreateCouponRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_coupon_associations<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_coupon_associations()
                        .subscription_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("subscription_ids")?,
                        )
                        .coupon_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("coupon_ids")?,
                        )
                        .active_only(a.query::<bool>("active_only")?)
                        .expand(a.query_str("expand")?)
                        .limit(a.query::<i64>("limit")?)
                        .offset(a.query::<i64>("offset")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_coupon_association<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_coupon_association().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_coupon_by_code<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_coupon_by_code().code(a.path_str("code")?).send().await,
                ),
            )
        })
    }
    fn op_query_coupon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_coupon()
                        .body(a.body::<flexprice::types::CouponFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_coupon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_coupon().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_coupon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_coupon()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateCouponRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_coupon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_coupon().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_credit_grant<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_credit_grant()
                        .body(a.body::<flexprice::types::CreateCreditGrantRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_credit_grant<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_credit_grant().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_credit_grant<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_credit_grant()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateCreditGrantRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_credit_grant<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_credit_grant()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::DeleteCreditGrantRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_credit_note<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_credit_note()
                        .body(a.body::<flexprice::types::CreateCreditNoteRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_credit_note<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_credit_note().id(a.path_str("id")?).send().await))
        })
    }
    fn op_process_credit_note<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.process_credit_note().id(a.path_str("id")?).send().await))
        })
    }
    fn op_void_credit_note<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.void_credit_note().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_customer()
                        .id(a.query_str("id")?)
                        .external_customer_id(a.query_str("external_customer_id")?)
                        .body(a.body::<flexprice::types::UpdateCustomerRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_customer()
                        .body(a.body::<flexprice::types::CreateCustomerRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer_by_external_id<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_customer_by_external_id()
                        .external_id(a.path_str("external_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer_entitlements_by_external_id<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_customer_entitlements_by_external_id()
                        .external_id(a.path_str("external_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscriptions_for_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscriptions_for_customer()
                        .external_id(a.path_str("external_id")?)
                        .expand(a.query_str("expand")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_customer()
                        .body(a.body::<flexprice::types::CustomerFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer_usage_summary<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_customer_usage_summary()
                        .customer_id(a.query_str("customer_id")?)
                        .customer_lookup_key(a.query_str("customer_lookup_key")?)
                        .feature_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("feature_ids")?,
                        )
                        .feature_lookup_keys(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("feature_lookup_keys")?,
                        )
                        .subscription_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("subscription_ids")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer_wallets<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_customer_wallets()
                        .expand(a.query_str("expand")?)
                        .from_cache(a.query::<bool>("from_cache")?)
                        .id(a.query_str("id")?)
                        .include_real_time_balance(
                            a.query::<bool>("include_real_time_balance")?,
                        )
                        .lookup_key(a.query_str("lookup_key")?)
                        .x(a.query::<i64>("-")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_customer().id(a.path_str("id")?).send().await))
        })
    }
    fn op_delete_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_customer().id(a.path_str("id")?).send().await))
        })
    }
    fn op_get_customer_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_customer_entitlements().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_customer_upcoming_grants<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_customer_upcoming_grants().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_customer_invoice_summary<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_customer_invoice_summary().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_wallets_by_customer_id<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_wallets_by_customer_id().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_create_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_entitlement()
                        .body(a.body::<flexprice::types::CreateEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_entitlements_bulk<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_entitlements_bulk()
                        .body(
                            a.body::<flexprice::types::CreateBulkEntitlementRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_entitlement()
                        .body(a.body::<flexprice::types::EntitlementFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_entitlement().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_entitlement()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_entitlement().id(a.path_str("id")?).send().await))
        })
    }
    fn op_clone_environment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .clone_environment()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::CloneEnvironmentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_ingest_event<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .ingest_event()
                        .body(a.body::<flexprice::types::IngestEventRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_usage_analytics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_usage_analytics()
                        .body(a.body::<flexprice::types::GetUsageAnalyticsRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_ingest_events_bulk<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .ingest_events_bulk()
                        .body(a.body::<flexprice::types::BulkIngestEventRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_huggingface_inference_data<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_huggingface_inference_data()
                        .body(
                            a
                                .body::<
                                    flexprice::types::GetHuggingFaceBillingDataRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_event<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_event().id(a.query_str("id")?).send().await))
        })
    }
    fn op_list_raw_events<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_raw_events()
                        .body(a.body::<flexprice::types::GetEventsRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_usage_statistics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_usage_statistics()
                        .body(a.body::<flexprice::types::GetUsageRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_usage_by_meter<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_usage_by_meter()
                        .body(a.body::<flexprice::types::GetUsageByMeterRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_feature<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_feature()
                        .body(a.body::<flexprice::types::CreateFeatureRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_feature<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_feature()
                        .body(a.body::<flexprice::types::FeatureFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_feature<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_feature()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateFeatureRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_feature<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_feature().id(a.path_str("id")?).send().await))
        })
    }
    fn op_clone_feature<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .clone_feature()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::CloneFeatureRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_group()
                        .body(a.body::<flexprice::types::CreateGroupRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_group()
                        .body(a.body::<flexprice::types::GroupFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_group().id(a.path_str("id")?).send().await))
        })
    }
    fn op_delete_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_group().id(a.path_str("id")?).send().await))
        })
    }
    fn op_get_integration_config<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_integration_config().send().await))
        })
    }
    fn op_link_integration_mapping<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .link_integration_mapping()
                        .body(
                            a.body::<flexprice::types::LinkIntegrationMappingRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delink_integration_mapping<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delink_integration_mapping()
                        .body(
                            a
                                .body::<
                                    flexprice::types::DelinkIntegrationMappingRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_entity_integration_mappings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_entity_integration_mappings()
                        .entity_type(a.query_str("entity_type")?)
                        .entity_id(a.query_str("entity_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_invoice()
                        .body(a.body::<flexprice::types::CreateInvoiceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_invoice_preview<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_invoice_preview()
                        .body(a.body::<flexprice::types::GetPreviewInvoiceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_invoice()
                        .body(a.body::<flexprice::types::InvoiceFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_invoice()
                        .id(a.path_str("id")?)
                        .expand_by_source(a.query::<bool>("expand_by_source")?)
                        .group_by(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("group_by")?,
                        )
                        .expand(a.query_str("expand")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_invoice()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateInvoiceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_trigger_invoice_comms_webhook<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.trigger_invoice_comms_webhook().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_finalize_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.finalize_invoice().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_invoice_payment_status<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_invoice_payment_status()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdatePaymentStatusRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_attempt_invoice_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.attempt_invoice_payment().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_invoice_pdf<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                bytes_outcome(
                        c
                            .get_invoice_pdf()
                            .id(a.path_str("id")?)
                            .url(a.query::<bool>("url")?)
                            .force_generate(a.query::<bool>("force_generate")?)
                            .send()
                            .await,
                    )
                    .await,
            )
        })
    }
    fn op_recalculate_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.recalculate_invoice().id(a.path_str("id")?).send().await))
        })
    }
    fn op_recalculate_invoice_v2<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .recalculate_invoice_v2()
                        .id(a.path_str("id")?)
                        .finalize(a.query::<bool>("finalize")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_void_invoice<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.void_invoice().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_marketplace_agreement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_marketplace_agreement()
                        .body(
                            a
                                .body::<
                                    flexprice::types::RegisterMarketplaceAgreementRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_payments<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_payments()
                        .currency(a.query_str("currency")?)
                        .destination_id(a.query_str("destination_id")?)
                        .destination_type(a.query_str("destination_type")?)
                        .end_time(a.query_str("end_time")?)
                        .expand(a.query_str("expand")?)
                        .gateway_payment_id(a.query_str("gateway_payment_id")?)
                        .gateway_tracking_id(a.query_str("gateway_tracking_id")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .offset(a.query::<u64>("offset")?)
                        .order(a.query::<flexprice::types::ListPaymentsOrder>("order")?)
                        .payment_gateway(a.query_str("payment_gateway")?)
                        .payment_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("payment_ids")?,
                        )
                        .payment_method_type(a.query_str("payment_method_type")?)
                        .payment_status(a.query_str("payment_status")?)
                        .sort(a.query_str("sort")?)
                        .start_time(a.query_str("start_time")?)
                        .status(
                            a.query::<flexprice::types::ListPaymentsStatus>("status")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_payment()
                        .body(a.body::<flexprice::types::CreatePaymentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_payment().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_payment()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdatePaymentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_payment().id(a.path_str("id")?).send().await))
        })
    }
    fn op_process_payment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.process_payment().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_plan()
                        .body(a.body::<flexprice::types::CreatePlanRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_plan()
                        .body(a.body::<flexprice::types::PlanFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_plan().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_plan()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdatePlanRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_plan().id(a.path_str("id")?).send().await))
        })
    }
    fn op_clone_plan<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .clone_plan()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::ClonePlanRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_plan_credit_grants<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_plan_credit_grants().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_plan_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_plan_entitlements().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_sync_plan_prices<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.sync_plan_prices().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_price<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_price()
                        .body(a.body::<flexprice::types::CreatePriceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_prices_bulk<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_prices_bulk()
                        .body(a.body::<flexprice::types::CreateBulkPriceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_price_by_lookup_key<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_price_by_lookup_key()
                        .lookup_key(a.path_str("lookup_key")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_price<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_price()
                        .body(a.body::<flexprice::types::PriceFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_price_units<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_price_units()
                        .status(a.query_str("status")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .offset(a.query::<u64>("offset")?)
                        .sort(a.query_str("sort")?)
                        .order(
                            a.query::<flexprice::types::ListPriceUnitsOrder>("order")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_price_unit<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_price_unit()
                        .body(a.body::<flexprice::types::CreatePriceUnitRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_price_unit_by_code<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_price_unit_by_code().code(a.path_str("code")?).send().await,
                ),
            )
        })
    }
    fn op_query_price_unit<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_price_unit()
                        .body(a.body::<flexprice::types::PriceUnitFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_price_unit<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_price_unit().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_price_unit<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_price_unit()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdatePriceUnitRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_price_unit<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_price_unit().id(a.path_str("id")?).send().await))
        })
    }
    fn op_get_price<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_price().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_price<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_price()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdatePriceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_price<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_price()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::DeletePriceRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_rbac_roles<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_rbac_roles()
                        .user_type(
                            a
                                .query::<
                                    flexprice::types::ListRbacRolesUserType,
                                >("user_type")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_rbac_role<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_rbac_role().id(a.path_str("id")?).send().await))
        })
    }
    fn op_list_api_keys<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_api_keys()
                        .limit(a.query::<i64>("limit")?)
                        .offset(a.query::<i64>("offset")?)
                        .status(a.query_str("status")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_api_key<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_api_key()
                        .body(a.body::<flexprice::types::CreateApiKeyRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_api_key<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_api_key().id(a.path_str("id")?).send().await))
        })
    }
    fn op_create_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_subscription()
                        .body(a.body::<flexprice::types::CreateSubscriptionRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_add_subscription_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .add_subscription_addon()
                        .body(a.body::<flexprice::types::AddAddonRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_remove_subscription_addon<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .remove_subscription_addon()
                        .body(a.body::<flexprice::types::RemoveAddonRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_subscription_line_items<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_subscription_line_items()
                        .body(a.body::<flexprice::types::SubscriptionLineItemFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_subscription_line_item<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_subscription_line_item()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::UpdateSubscriptionLineItemRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_subscription_line_item<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_subscription_line_item()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::DeleteSubscriptionLineItemRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_subscription()
                        .body(a.body::<flexprice::types::SubscriptionFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_usage<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription_usage()
                        .body(
                            a.body::<flexprice::types::GetUsageBySubscriptionRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_subscription().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_subscription()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateSubscriptionRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_activate_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .activate_subscription()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::ActivateDraftSubscriptionRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_addon_associations<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription_addon_associations()
                        .id(a.path_str("id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_cancel_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .cancel_subscription()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::CancelSubscriptionRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_execute_subscription_change<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .execute_subscription_change()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::SubscriptionChangeRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_preview_subscription_change<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .preview_subscription_change()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::SubscriptionChangeRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_execute_subscription_plan_change_v2<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .execute_subscription_plan_change_v2()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::SubscriptionChangeV2Request>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_preview_subscription_plan_change_v2<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .preview_subscription_plan_change_v2()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::SubscriptionChangeV2Request>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription_entitlements()
                        .id(a.path_str("id")?)
                        .feature_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("feature_ids")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_upcoming_grants<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription_upcoming_grants()
                        .id(a.path_str("id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_subscription_line_item<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_subscription_line_item()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::CreateSubscriptionLineItemRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_execute_subscription_modify<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .execute_subscription_modify()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::ExecuteSubscriptionModifyRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_preview_subscription_modify<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .preview_subscription_modify()
                        .id(a.path_str("id")?)
                        .body(
                            a
                                .body::<
                                    flexprice::types::ExecuteSubscriptionModifyRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_v2<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription_v2()
                        .id(a.path_str("id")?)
                        .expand(a.query_str("expand")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_tasks<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_tasks()
                        .created_by(a.query_str("created_by")?)
                        .end_time(a.query_str("end_time")?)
                        .entity_type(
                            a
                                .query::<
                                    flexprice::types::ListTasksEntityType,
                                >("entity_type")?,
                        )
                        .expand(a.query_str("expand")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .offset(a.query::<u64>("offset")?)
                        .order(a.query::<flexprice::types::ListTasksOrder>("order")?)
                        .scheduled_task_id(a.query_str("scheduled_task_id")?)
                        .sort(a.query_str("sort")?)
                        .start_time(a.query_str("start_time")?)
                        .status(a.query::<flexprice::types::ListTasksStatus>("status")?)
                        .task_status(
                            a
                                .query::<
                                    flexprice::types::ListTasksTaskStatus,
                                >("task_status")?,
                        )
                        .task_type(
                            a.query::<flexprice::types::ListTasksTaskType>("task_type")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_task_result<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_task_result()
                        .workflow_id(a.query_str("workflow_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_scheduled_tasks<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_scheduled_tasks()
                        .limit(a.query::<i64>("limit")?)
                        .offset(a.query::<i64>("offset")?)
                        .connection_id(a.query_str("connection_id")?)
                        .entity_type(a.query_str("entity_type")?)
                        .interval(a.query_str("interval")?)
                        .enabled(a.query::<bool>("enabled")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_scheduled_task<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_scheduled_task()
                        .body(a.body::<flexprice::types::CreateScheduledTaskRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_schedule_draft_finalization<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.schedule_draft_finalization().send().await))
        })
    }
    fn op_schedule_update_billing_period<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .schedule_update_billing_period()
                        .body(a.body::<flexprice::types::AnyObject>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_scheduled_task<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_scheduled_task().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_scheduled_task<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_scheduled_task()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateScheduledTaskRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_scheduled_task<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.delete_scheduled_task().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_trigger_scheduled_task_run<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .trigger_scheduled_task_run()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::TriggerForceRunRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_task<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_task().id(a.path_str("id")?).send().await))
        })
    }
    fn op_download_task_export<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.download_task_export().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_task_status<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_task_status()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateTaskStatusRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_tax_associations<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_tax_associations()
                        .entity_type(a.query_str("entity_type")?)
                        .entity_id(a.query_str("entity_id")?)
                        .external_customer_id(a.query_str("external_customer_id")?)
                        .tax_rate_id(a.query_str("tax_rate_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_tax_association<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_tax_association()
                        .body(a.body::<flexprice::types::CreateTaxAssociationRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_tax_association<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_tax_association().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_tax_association<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_tax_association()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::TaxAssociationUpdateRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_tax_association<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.delete_tax_association().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_get_tax_rates<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_tax_rates()
                        .end_time(a.query_str("end_time")?)
                        .expand(a.query_str("expand")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .offset(a.query::<u64>("offset")?)
                        .order(a.query::<flexprice::types::GetTaxRatesOrder>("order")?)
                        .scope(a.query::<flexprice::types::GetTaxRatesScope>("scope")?)
                        .start_time(a.query_str("start_time")?)
                        .status(
                            a.query::<flexprice::types::GetTaxRatesStatus>("status")?,
                        )
                        .taxrate_codes(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("taxrate_codes")?,
                        )
                        .taxrate_ids(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("taxrate_ids")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_tax_rate<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_tax_rate()
                        .body(a.body::<flexprice::types::CreateTaxRateRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_tax_rate<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_tax_rate().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_tax_rate<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_tax_rate()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateTaxRateRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_tax_rate<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.delete_tax_rate().id(a.path_str("id")?).send().await))
        })
    }
    fn op_get_tenant_billing_usage<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_tenant_billing_usage().send().await))
        })
    }
    fn op_update_tenant<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_tenant()
                        .body(a.body::<flexprice::types::UpdateTenantRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_tenant_by_id<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_tenant_by_id().id(a.path_str("id")?).send().await))
        })
    }
    fn op_search_usage_records<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .search_usage_records()
                        .body(a.body::<flexprice::types::UsageRecordFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_user()
                        .body(a.body::<flexprice::types::CreateUserRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_user_info<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move { Ok(json_outcome(c.get_user_info().send().await)) })
    }
    fn op_update_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_user()
                        .body(a.body::<flexprice::types::UpdateUserRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_user()
                        .body(a.body::<flexprice::types::UserFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_service_account<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_service_account()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateServiceAccountRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_service_account<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.delete_service_account().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_update_user_roles<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_user_roles()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateUserRolesRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_all_subscription_schedules<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_all_subscription_schedules()
                        .pending_only(a.query::<bool>("pending_only")?)
                        .subscription_id(a.query_str("subscription_id")?)
                        .limit(a.query::<i64>("limit")?)
                        .offset(a.query::<i64>("offset")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription_schedule<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.get_subscription_schedule().id(a.path_str("id")?).send().await,
                ),
            )
        })
    }
    fn op_cancel_subscription_schedule<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .cancel_subscription_schedule()
                        .schedule_id(a.path_str("schedule_id")?)
                        .body(a.body::<flexprice::types::CancelScheduleRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_subscription_schedules<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_subscription_schedules()
                        .subscription_id(a.path_str("subscription_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_wallet()
                        .body(a.body::<flexprice::types::CreateWalletRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_wallet()
                        .body(a.body::<flexprice::types::WalletFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_wallet_transaction<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_wallet_transaction()
                        .body(a.body::<flexprice::types::WalletTransactionFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_wallet().id(a.path_str("id")?).send().await))
        })
    }
    fn op_update_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_wallet()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::UpdateWalletRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_wallet_balance<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_wallet_balance()
                        .id(a.path_str("id")?)
                        .expand(a.query_str("expand")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_terminate_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.terminate_wallet().id(a.path_str("id")?).send().await))
        })
    }
    fn op_top_up_wallet<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .top_up_wallet()
                        .id(a.path_str("id")?)
                        .body(a.body::<flexprice::types::TopUpWalletRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_wallet_transactions<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_wallet_transactions()
                        .id(a.path_str("id")?)
                        .query_id(a.query_str("id")?)
                        .created_by(a.query_str("created_by")?)
                        .credits_available_gt(a.query::<f64>("credits_available_gt")?)
                        .end_time(a.query_str("end_time")?)
                        .expand(a.query_str("expand")?)
                        .expiry_date_after(a.query_str("expiry_date_after")?)
                        .expiry_date_before(a.query_str("expiry_date_before")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .offset(a.query::<u64>("offset")?)
                        .order(
                            a
                                .query::<
                                    flexprice::types::GetWalletTransactionsOrder,
                                >("order")?,
                        )
                        .priority(a.query::<i64>("priority")?)
                        .reference_id(a.query_str("reference_id")?)
                        .reference_type(a.query_str("reference_type")?)
                        .start_time(a.query_str("start_time")?)
                        .status(
                            a
                                .query::<
                                    flexprice::types::GetWalletTransactionsStatus,
                                >("status")?,
                        )
                        .transaction_reason(
                            a
                                .query::<
                                    flexprice::types::GetWalletTransactionsTransactionReason,
                                >("transaction_reason")?,
                        )
                        .transaction_status(
                            a
                                .query::<
                                    flexprice::types::GetWalletTransactionsTransactionStatus,
                                >("transaction_status")?,
                        )
                        .type_(
                            a
                                .query::<
                                    flexprice::types::GetWalletTransactionsType,
                                >("type")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_query_workflow<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .query_workflow()
                        .body(a.body::<flexprice::types::WorkflowExecutionFilter>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[
        ("createAddon", op_create_addon),
        ("getAddonByLookupKey", op_get_addon_by_lookup_key),
        ("queryAddon", op_query_addon),
        ("getAddon", op_get_addon),
        ("updateAddon", op_update_addon),
        ("deleteAddon", op_delete_addon),
        ("getAddonCreditGrants", op_get_addon_credit_grants),
        ("getAddonEntitlements", op_get_addon_entitlements),
        ("queryAlertLog", op_query_alert_log),
        ("createAlertSettings", op_create_alert_settings),
        ("queryAlertSettings", op_query_alert_settings),
        ("getAlertSettings", op_get_alert_settings),
        ("updateAlertSettings", op_update_alert_settings),
        ("deleteAlertSettings", op_delete_alert_settings),
        ("createCheckoutSession", op_create_checkout_session),
        ("getCheckoutSession", op_get_checkout_session),
        ("deleteCheckoutSession", op_delete_checkout_session),
        ("createCostsheet", op_create_costsheet),
        ("getActiveCostsheet", op_get_active_costsheet),
        ("getDetailedCostAnalytics", op_get_detailed_cost_analytics),
        ("queryCostsheet", op_query_costsheet),
        ("getCostsheet", op_get_costsheet),
        ("updateCostsheet", op_update_costsheet),
        ("deleteCostsheet", op_delete_costsheet),
        ("createCoupon", op_create_coupon),
        ("listCouponAssociations", op_list_coupon_associations),
        ("getCouponAssociation", op_get_coupon_association),
        ("getCouponByCode", op_get_coupon_by_code),
        ("queryCoupon", op_query_coupon),
        ("getCoupon", op_get_coupon),
        ("updateCoupon", op_update_coupon),
        ("deleteCoupon", op_delete_coupon),
        ("createCreditGrant", op_create_credit_grant),
        ("getCreditGrant", op_get_credit_grant),
        ("updateCreditGrant", op_update_credit_grant),
        ("deleteCreditGrant", op_delete_credit_grant),
        ("createCreditNote", op_create_credit_note),
        ("getCreditNote", op_get_credit_note),
        ("processCreditNote", op_process_credit_note),
        ("voidCreditNote", op_void_credit_note),
        ("updateCustomer", op_update_customer),
        ("createCustomer", op_create_customer),
        ("getCustomerByExternalId", op_get_customer_by_external_id),
        (
            "getCustomerEntitlementsByExternalID",
            op_get_customer_entitlements_by_external_id,
        ),
        ("getSubscriptionsForCustomer", op_get_subscriptions_for_customer),
        ("queryCustomer", op_query_customer),
        ("getCustomerUsageSummary", op_get_customer_usage_summary),
        ("getCustomerWallets", op_get_customer_wallets),
        ("getCustomer", op_get_customer),
        ("deleteCustomer", op_delete_customer),
        ("getCustomerEntitlements", op_get_customer_entitlements),
        ("getCustomerUpcomingGrants", op_get_customer_upcoming_grants),
        ("getCustomerInvoiceSummary", op_get_customer_invoice_summary),
        ("getWalletsByCustomerId", op_get_wallets_by_customer_id),
        ("createEntitlement", op_create_entitlement),
        ("createEntitlementsBulk", op_create_entitlements_bulk),
        ("queryEntitlement", op_query_entitlement),
        ("getEntitlement", op_get_entitlement),
        ("updateEntitlement", op_update_entitlement),
        ("deleteEntitlement", op_delete_entitlement),
        ("cloneEnvironment", op_clone_environment),
        ("ingestEvent", op_ingest_event),
        ("getUsageAnalytics", op_get_usage_analytics),
        ("ingestEventsBulk", op_ingest_events_bulk),
        ("getHuggingfaceInferenceData", op_get_huggingface_inference_data),
        ("getEvent", op_get_event),
        ("listRawEvents", op_list_raw_events),
        ("getUsageStatistics", op_get_usage_statistics),
        ("getUsageByMeter", op_get_usage_by_meter),
        ("createFeature", op_create_feature),
        ("queryFeature", op_query_feature),
        ("updateFeature", op_update_feature),
        ("deleteFeature", op_delete_feature),
        ("cloneFeature", op_clone_feature),
        ("createGroup", op_create_group),
        ("queryGroup", op_query_group),
        ("getGroup", op_get_group),
        ("deleteGroup", op_delete_group),
        ("getIntegrationConfig", op_get_integration_config),
        ("linkIntegrationMapping", op_link_integration_mapping),
        ("delinkIntegrationMapping", op_delink_integration_mapping),
        ("getEntityIntegrationMappings", op_get_entity_integration_mappings),
        ("createInvoice", op_create_invoice),
        ("getInvoicePreview", op_get_invoice_preview),
        ("queryInvoice", op_query_invoice),
        ("getInvoice", op_get_invoice),
        ("updateInvoice", op_update_invoice),
        ("triggerInvoiceCommsWebhook", op_trigger_invoice_comms_webhook),
        ("finalizeInvoice", op_finalize_invoice),
        ("updateInvoicePaymentStatus", op_update_invoice_payment_status),
        ("attemptInvoicePayment", op_attempt_invoice_payment),
        ("getInvoicePdf", op_get_invoice_pdf),
        ("recalculateInvoice", op_recalculate_invoice),
        ("recalculateInvoiceV2", op_recalculate_invoice_v2),
        ("voidInvoice", op_void_invoice),
        ("createMarketplaceAgreement", op_create_marketplace_agreement),
        ("listPayments", op_list_payments),
        ("createPayment", op_create_payment),
        ("getPayment", op_get_payment),
        ("updatePayment", op_update_payment),
        ("deletePayment", op_delete_payment),
        ("processPayment", op_process_payment),
        ("createPlan", op_create_plan),
        ("queryPlan", op_query_plan),
        ("getPlan", op_get_plan),
        ("updatePlan", op_update_plan),
        ("deletePlan", op_delete_plan),
        ("clonePlan", op_clone_plan),
        ("getPlanCreditGrants", op_get_plan_credit_grants),
        ("getPlanEntitlements", op_get_plan_entitlements),
        ("syncPlanPrices", op_sync_plan_prices),
        ("createPrice", op_create_price),
        ("createPricesBulk", op_create_prices_bulk),
        ("getPriceByLookupKey", op_get_price_by_lookup_key),
        ("queryPrice", op_query_price),
        ("listPriceUnits", op_list_price_units),
        ("createPriceUnit", op_create_price_unit),
        ("getPriceUnitByCode", op_get_price_unit_by_code),
        ("queryPriceUnit", op_query_price_unit),
        ("getPriceUnit", op_get_price_unit),
        ("updatePriceUnit", op_update_price_unit),
        ("deletePriceUnit", op_delete_price_unit),
        ("getPrice", op_get_price),
        ("updatePrice", op_update_price),
        ("deletePrice", op_delete_price),
        ("listRbacRoles", op_list_rbac_roles),
        ("getRbacRole", op_get_rbac_role),
        ("listApiKeys", op_list_api_keys),
        ("createApiKey", op_create_api_key),
        ("deleteApiKey", op_delete_api_key),
        ("createSubscription", op_create_subscription),
        ("addSubscriptionAddon", op_add_subscription_addon),
        ("removeSubscriptionAddon", op_remove_subscription_addon),
        ("querySubscriptionLineItems", op_query_subscription_line_items),
        ("updateSubscriptionLineItem", op_update_subscription_line_item),
        ("deleteSubscriptionLineItem", op_delete_subscription_line_item),
        ("querySubscription", op_query_subscription),
        ("getSubscriptionUsage", op_get_subscription_usage),
        ("getSubscription", op_get_subscription),
        ("updateSubscription", op_update_subscription),
        ("activateSubscription", op_activate_subscription),
        ("getSubscriptionAddonAssociations", op_get_subscription_addon_associations),
        ("cancelSubscription", op_cancel_subscription),
        ("executeSubscriptionChange", op_execute_subscription_change),
        ("previewSubscriptionChange", op_preview_subscription_change),
        ("executeSubscriptionPlanChangeV2", op_execute_subscription_plan_change_v2),
        ("previewSubscriptionPlanChangeV2", op_preview_subscription_plan_change_v2),
        ("getSubscriptionEntitlements", op_get_subscription_entitlements),
        ("getSubscriptionUpcomingGrants", op_get_subscription_upcoming_grants),
        ("createSubscriptionLineItem", op_create_subscription_line_item),
        ("executeSubscriptionModify", op_execute_subscription_modify),
        ("previewSubscriptionModify", op_preview_subscription_modify),
        ("getSubscriptionV2", op_get_subscription_v2),
        ("listTasks", op_list_tasks),
        ("getTaskResult", op_get_task_result),
        ("listScheduledTasks", op_list_scheduled_tasks),
        ("createScheduledTask", op_create_scheduled_task),
        ("scheduleDraftFinalization", op_schedule_draft_finalization),
        ("scheduleUpdateBillingPeriod", op_schedule_update_billing_period),
        ("getScheduledTask", op_get_scheduled_task),
        ("updateScheduledTask", op_update_scheduled_task),
        ("deleteScheduledTask", op_delete_scheduled_task),
        ("triggerScheduledTaskRun", op_trigger_scheduled_task_run),
        ("getTask", op_get_task),
        ("downloadTaskExport", op_download_task_export),
        ("updateTaskStatus", op_update_task_status),
        ("listTaxAssociations", op_list_tax_associations),
        ("createTaxAssociation", op_create_tax_association),
        ("getTaxAssociation", op_get_tax_association),
        ("updateTaxAssociation", op_update_tax_association),
        ("deleteTaxAssociation", op_delete_tax_association),
        ("getTaxRates", op_get_tax_rates),
        ("createTaxRate", op_create_tax_rate),
        ("getTaxRate", op_get_tax_rate),
        ("updateTaxRate", op_update_tax_rate),
        ("deleteTaxRate", op_delete_tax_rate),
        ("getTenantBillingUsage", op_get_tenant_billing_usage),
        ("updateTenant", op_update_tenant),
        ("getTenantById", op_get_tenant_by_id),
        ("searchUsageRecords", op_search_usage_records),
        ("createUser", op_create_user),
        ("getUserInfo", op_get_user_info),
        ("updateUser", op_update_user),
        ("queryUser", op_query_user),
        ("updateServiceAccount", op_update_service_account),
        ("deleteServiceAccount", op_delete_service_account),
        ("updateUserRoles", op_update_user_roles),
        ("listAllSubscriptionSchedules", op_list_all_subscription_schedules),
        ("getSubscriptionSchedule", op_get_subscription_schedule),
        ("cancelSubscriptionSchedule", op_cancel_subscription_schedule),
        ("listSubscriptionSchedules", op_list_subscription_schedules),
        ("createWallet", op_create_wallet),
        ("queryWallet", op_query_wallet),
        ("queryWalletTransaction", op_query_wallet_transaction),
        ("getWallet", op_get_wallet),
        ("updateWallet", op_update_wallet),
        ("getWalletBalance", op_get_wallet_balance),
        ("terminateWallet", op_terminate_wallet),
        ("topUpWallet", op_top_up_wallet),
        ("getWalletTransactions", op_get_wallet_transactions),
        ("queryWorkflow", op_query_workflow),
    ];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/flexprice.yaml", KEY).await;
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
