// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/billing-v2.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use billing_v2::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{
        Args, Call, Harness, Op, bytes_outcome, json_outcome,
    };
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_list_customers<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customers()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .search(a.query_str("search")?)
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
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::CreateCustomerRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_customer()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetCustomerExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_customer()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_assign_customer_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .assign_customer_offering()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .body(a.body::<billing_v2::types::AssignOfferingRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_grant_customer_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .grant_customer_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .body(a.body::<billing_v2::types::GrantEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_revoke_customer_granted_entitlement<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .revoke_customer_granted_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .body(
                            a
                                .body::<
                                    billing_v2::types::RevokeGrantedEntitlementRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_transfer_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .transfer_customer()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .body(a.body::<billing_v2::types::TransferCustomerRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_active_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_active_entitlements()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_aliases<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_aliases()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_attributes<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_attributes()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_set_customer_attributes<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .set_customer_attributes()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .body(
                            a.body::<billing_v2::types::SetCustomerAttributesRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_purchases<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_purchases()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .environment(
                            a.query::<billing_v2::types::Environment>("environment")?,
                        )
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_subscriptions<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_subscriptions()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .environment(
                            a.query::<billing_v2::types::Environment>("environment")?,
                        )
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_virtual_currency_balances<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_virtual_currency_balances()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .include_empty_balances(
                            a.query::<bool>("include_empty_balances")?,
                        )
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_virtual_currencies_transaction<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_virtual_currencies_transaction()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .include_empty_balances(
                            a.query::<bool>("include_empty_balances")?,
                        )
                        .body(
                            a
                                .body::<
                                    billing_v2::types::VirtualCurrenciesAdjustmentRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_virtual_currencies_balance<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_virtual_currencies_balance()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .include_empty_balances(
                            a.query::<bool>("include_empty_balances")?,
                        )
                        .body(
                            a
                                .body::<
                                    billing_v2::types::VirtualCurrenciesAdjustmentRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_blocked_customers<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_blocked_customers()
                        .project_id(a.path_str("project_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_block_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .block_customer()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_unblock_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .unblock_customer()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_customer_invoices<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_customer_invoices()
                        .project_id(a.path_str("project_id")?)
                        .customer_id(a.path_str("customer_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_invoice_file<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                bytes_outcome(
                        c
                            .get_invoice_file()
                            .project_id(a.path_str("project_id")?)
                            .customer_id(a.path_str("customer_id")?)
                            .invoice_id(a.path_str("invoice_id")?)
                            .send()
                            .await,
                    )
                    .await,
            )
        })
    }
    fn op_list_projects<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_projects()
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_project<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_project()
                        .body(a.body::<billing_v2::types::ProjectCreate>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_apps<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_apps()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_app<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_app()
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::AppCreate>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_app<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_app()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.path_str("app_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_app<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_app()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.path_str("app_id")?)
                        .body(a.body::<billing_v2::types::UpdateAppRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_app<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_app()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.path_str("app_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_app_public_api_keys<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_app_public_api_keys()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.path_str("app_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_app_storekit_config<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_app_storekit_config()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.path_str("app_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_audit_logs<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_audit_logs()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .start_date(a.query::<::chrono::naive::NaiveDate>("start_date")?)
                        .end_date(a.query::<::chrono::naive::NaiveDate>("end_date")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_chart_data<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_chart_data()
                        .project_id(a.path_str("project_id")?)
                        .chart_name(
                            a
                                .path::<
                                    billing_v2::types::GetChartDataChartName,
                                >("chart_name")?,
                        )
                        .realtime(a.query::<bool>("realtime")?)
                        .filters(a.query_str("filters")?)
                        .selectors(a.query_str("selectors")?)
                        .aggregate(
                            a
                                .query::<
                                    ::std::vec::Vec<
                                        billing_v2::types::GetChartDataAggregateItem,
                                    >,
                                >("aggregate")?,
                        )
                        .currency(
                            a
                                .query::<
                                    billing_v2::types::GetChartDataCurrency,
                                >("currency")?,
                        )
                        .resolution(a.query_str("resolution")?)
                        .start_date(a.query::<::chrono::naive::NaiveDate>("start_date")?)
                        .end_date(a.query::<::chrono::naive::NaiveDate>("end_date")?)
                        .segment(a.query_str("segment")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_chart_options<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_chart_options()
                        .project_id(a.path_str("project_id")?)
                        .chart_name(
                            a
                                .path::<
                                    billing_v2::types::GetChartOptionsChartName,
                                >("chart_name")?,
                        )
                        .realtime(a.query::<bool>("realtime")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_collaborators<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_collaborators()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_entitlements()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<
                                        billing_v2::types::ListEntitlementsExpandItem,
                                    >,
                                >("expand")?,
                        )
                        .send()
                        .await,
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
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::CreateEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetEntitlementExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .body(a.body::<billing_v2::types::UpdateEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_attach_products_to_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .attach_products_to_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .body(
                            a
                                .body::<
                                    billing_v2::types::AttachProductsToEntitlementRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_detach_products_from_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .detach_products_from_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .body(
                            a
                                .body::<
                                    billing_v2::types::DetachProductsFromEntitlementRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_products_from_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_products_from_entitlement()
                        .project_id(a.path_str("project_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_webhook_integrations<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_webhook_integrations()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_webhook_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_webhook_integration()
                        .project_id(a.path_str("project_id")?)
                        .body(
                            a.body::<billing_v2::types::CreateWebhookIntegrationInput>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_webhook_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_webhook_integration()
                        .project_id(a.path_str("project_id")?)
                        .webhook_integration_id(a.path_str("webhook_integration_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_webhook_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_webhook_integration()
                        .project_id(a.path_str("project_id")?)
                        .webhook_integration_id(a.path_str("webhook_integration_id")?)
                        .body(
                            a.body::<billing_v2::types::UpdateWebhookIntegrationInput>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_webhook_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_webhook_integration()
                        .project_id(a.path_str("project_id")?)
                        .webhook_integration_id(a.path_str("webhook_integration_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_overview_metrics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_overview_metrics()
                        .project_id(a.path_str("project_id")?)
                        .currency(
                            a
                                .query::<
                                    billing_v2::types::GetOverviewMetricsCurrency,
                                >("currency")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_offerings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_offerings()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::ListOfferingsExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_offering()
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::CreateOfferingRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_offering()
                        .project_id(a.path_str("project_id")?)
                        .offering_id(a.path_str("offering_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetOfferingExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_offering()
                        .project_id(a.path_str("project_id")?)
                        .offering_id(a.path_str("offering_id")?)
                        .body(a.body::<billing_v2::types::UpdateOfferingRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_offering()
                        .project_id(a.path_str("project_id")?)
                        .offering_id(a.path_str("offering_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_packages<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_packages()
                        .project_id(a.path_str("project_id")?)
                        .offering_id(a.path_str("offering_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::ListPackagesExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_packages<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_packages()
                        .project_id(a.path_str("project_id")?)
                        .offering_id(a.path_str("offering_id")?)
                        .body(a.body::<billing_v2::types::CreatePackagesRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_package<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_package()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetPackageExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_package<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_package()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .body(a.body::<billing_v2::types::UpdatePackageRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_package_from_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_package_from_offering()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_attach_products_to_package<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .attach_products_to_package()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .body(
                            a
                                .body::<
                                    billing_v2::types::AttachProductsToPackageRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_detach_products_from_package<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .detach_products_from_package()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .body(
                            a
                                .body::<
                                    billing_v2::types::DetachProductsFromPackageRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_products_from_package<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_products_from_package()
                        .project_id(a.path_str("project_id")?)
                        .package_id(a.path_str("package_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_paywalls<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_paywalls()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::ListPaywallsExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_paywall<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_paywall()
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::CreatePaywallRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_paywall<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_paywall()
                        .project_id(a.path_str("project_id")?)
                        .paywall_id(a.path_str("paywall_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetPaywallExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_paywall<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_paywall()
                        .project_id(a.path_str("project_id")?)
                        .paywall_id(a.path_str("paywall_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_products<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_products()
                        .project_id(a.path_str("project_id")?)
                        .app_id(a.query_str("app_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::ListProductsExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_product()
                        .project_id(a.path_str("project_id")?)
                        .body(a.body::<billing_v2::types::CreateProductRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_product()
                        .project_id(a.path_str("project_id")?)
                        .product_id(a.path_str("product_id")?)
                        .expand(
                            a
                                .query::<
                                    ::std::vec::Vec<billing_v2::types::GetProductExpandItem>,
                                >("expand")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_product()
                        .project_id(a.path_str("project_id")?)
                        .product_id(a.path_str("product_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_product_in_store<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_product_in_store()
                        .project_id(a.path_str("project_id")?)
                        .product_id(a.path_str("product_id")?)
                        .body(
                            a.body::<billing_v2::types::CreateProductInStoreRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_search_purchases<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .search_purchases()
                        .project_id(a.path_str("project_id")?)
                        .store_purchase_identifier(
                            a.query_str("store_purchase_identifier")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_purchase<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_purchase()
                        .project_id(a.path_str("project_id")?)
                        .purchase_id(a.path_str("purchase_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_refund_purchase<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .refund_purchase()
                        .project_id(a.path_str("project_id")?)
                        .purchase_id(a.path_str("purchase_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_purchase_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_purchase_entitlements()
                        .project_id(a.path_str("project_id")?)
                        .purchase_id(a.path_str("purchase_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_search_subscriptions<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .search_subscriptions()
                        .project_id(a.path_str("project_id")?)
                        .store_subscription_identifier(
                            a.query_str("store_subscription_identifier")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_subscription()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
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
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_refund_subscription<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .refund_subscription()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_authorized_subscription_management_url<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_authorized_subscription_management_url()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_subscription_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_subscription_entitlements()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_play_store_or_app_store_subscription_transactions<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_play_store_or_app_store_subscription_transactions()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_refund_play_store_subscription_transaction<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .refund_play_store_subscription_transaction()
                        .project_id(a.path_str("project_id")?)
                        .subscription_id(a.path_str("subscription_id")?)
                        .transaction_id(a.path_str("transaction_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_list_virtual_currencies<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .list_virtual_currencies()
                        .project_id(a.path_str("project_id")?)
                        .starting_after(a.query_str("starting_after")?)
                        .limit(a.query::<i64>("limit")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_create_virtual_currency<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .create_virtual_currency()
                        .project_id(a.path_str("project_id")?)
                        .body(
                            a.body::<billing_v2::types::CreateVirtualCurrencyRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_get_virtual_currency<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .get_virtual_currency()
                        .project_id(a.path_str("project_id")?)
                        .virtual_currency_code(a.path_str("virtual_currency_code")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_update_virtual_currency<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .update_virtual_currency()
                        .project_id(a.path_str("project_id")?)
                        .virtual_currency_code(a.path_str("virtual_currency_code")?)
                        .body(
                            a.body::<billing_v2::types::UpdateVirtualCurrencyRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_delete_virtual_currency<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .delete_virtual_currency()
                        .project_id(a.path_str("project_id")?)
                        .virtual_currency_code(a.path_str("virtual_currency_code")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[
        ("listCustomers", op_list_customers),
        ("createCustomer", op_create_customer),
        ("getCustomer", op_get_customer),
        ("deleteCustomer", op_delete_customer),
        ("assignCustomerOffering", op_assign_customer_offering),
        ("grantCustomerEntitlement", op_grant_customer_entitlement),
        ("revokeCustomerGrantedEntitlement", op_revoke_customer_granted_entitlement),
        ("transferCustomer", op_transfer_customer),
        ("listCustomerActiveEntitlements", op_list_customer_active_entitlements),
        ("listCustomerAliases", op_list_customer_aliases),
        ("listCustomerAttributes", op_list_customer_attributes),
        ("setCustomerAttributes", op_set_customer_attributes),
        ("listCustomerPurchases", op_list_customer_purchases),
        ("listCustomerSubscriptions", op_list_customer_subscriptions),
        (
            "listCustomerVirtualCurrencyBalances",
            op_list_customer_virtual_currency_balances,
        ),
        ("createVirtualCurrenciesTransaction", op_create_virtual_currencies_transaction),
        ("updateVirtualCurrenciesBalance", op_update_virtual_currencies_balance),
        ("listBlockedCustomers", op_list_blocked_customers),
        ("blockCustomer", op_block_customer),
        ("unblockCustomer", op_unblock_customer),
        ("listCustomerInvoices", op_list_customer_invoices),
        ("getInvoiceFile", op_get_invoice_file),
        ("list-projects", op_list_projects),
        ("create-project", op_create_project),
        ("list-apps", op_list_apps),
        ("create-app", op_create_app),
        ("get-app", op_get_app),
        ("update-app", op_update_app),
        ("delete-app", op_delete_app),
        ("list-app-public-api-keys", op_list_app_public_api_keys),
        ("get-app-storekit-config", op_get_app_storekit_config),
        ("list-audit-logs", op_list_audit_logs),
        ("get-chart-data", op_get_chart_data),
        ("get-chart-options", op_get_chart_options),
        ("list-collaborators", op_list_collaborators),
        ("list-entitlements", op_list_entitlements),
        ("create-entitlement", op_create_entitlement),
        ("get-entitlement", op_get_entitlement),
        ("update-entitlement", op_update_entitlement),
        ("delete-entitlement", op_delete_entitlement),
        ("attach-products-to-entitlement", op_attach_products_to_entitlement),
        ("detach-products-from-entitlement", op_detach_products_from_entitlement),
        ("get-products-from-entitlement", op_get_products_from_entitlement),
        ("list-webhook-integrations", op_list_webhook_integrations),
        ("create-webhook-integration", op_create_webhook_integration),
        ("get-webhook-integration", op_get_webhook_integration),
        ("update-webhook-integration", op_update_webhook_integration),
        ("delete-webhook-integration", op_delete_webhook_integration),
        ("get-overview-metrics", op_get_overview_metrics),
        ("list-offerings", op_list_offerings),
        ("create-offering", op_create_offering),
        ("get-offering", op_get_offering),
        ("update-offering", op_update_offering),
        ("delete-offering", op_delete_offering),
        ("list-packages", op_list_packages),
        ("create-packages", op_create_packages),
        ("get-package", op_get_package),
        ("update-package", op_update_package),
        ("delete-package-from-offering", op_delete_package_from_offering),
        ("attach-products-to-package", op_attach_products_to_package),
        ("detach-products-from-package", op_detach_products_from_package),
        ("get-products-from-package", op_get_products_from_package),
        ("list-paywalls", op_list_paywalls),
        ("create-paywall", op_create_paywall),
        ("get-paywall", op_get_paywall),
        ("delete-paywall", op_delete_paywall),
        ("list-products", op_list_products),
        ("create-product", op_create_product),
        ("get-product", op_get_product),
        ("delete-product", op_delete_product),
        ("create-product-in-store", op_create_product_in_store),
        ("search-purchases", op_search_purchases),
        ("get-purchase", op_get_purchase),
        ("refund-purchase", op_refund_purchase),
        ("list-purchase-entitlements", op_list_purchase_entitlements),
        ("search-subscriptions", op_search_subscriptions),
        ("get-subscription", op_get_subscription),
        ("cancel-subscription", op_cancel_subscription),
        ("refund-subscription", op_refund_subscription),
        (
            "get-authorized-subscription-management-url",
            op_get_authorized_subscription_management_url,
        ),
        ("list-subscription-entitlements", op_list_subscription_entitlements),
        (
            "get-play-store-or-app-store-subscription-transactions",
            op_get_play_store_or_app_store_subscription_transactions,
        ),
        (
            "refund-play-store-subscription-transaction",
            op_refund_play_store_subscription_transaction,
        ),
        ("list-virtual-currencies", op_list_virtual_currencies),
        ("create-virtual-currency", op_create_virtual_currency),
        ("get-virtual-currency", op_get_virtual_currency),
        ("update-virtual-currency", op_update_virtual_currency),
        ("delete-virtual-currency", op_delete_virtual_currency),
    ];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/billing-v2.yaml", KEY).await;
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
