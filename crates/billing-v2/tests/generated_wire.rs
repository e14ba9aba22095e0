// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 4025f10add565520a9a4deea4270ae85ed75357fdf5d62c603937d2e49c61178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
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
