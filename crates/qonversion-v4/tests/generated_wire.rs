// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 a69e708128ae5fbe3b43fde30759aa07de425a7876434b173451df3efe9ecf6a).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/qonversion-v4.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use qonversion_v4::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{Args, Call, Harness, Op, json_outcome};
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_v4_create_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_user()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .body(a.body::<qonversion_v4::types::CreateUserRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.v4_get_user().user_id(a.path_str("user_id")?).send().await,
                ),
            )
        })
    }
    fn op_v4_list_user_properties<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_user_properties()
                        .user_id(a.path_str("user_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_set_user_properties<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_set_user_properties()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .user_id(a.path_str("user_id")?)
                        .body(a.body::<qonversion_v4::types::SetPropertiesRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_identity<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_identity()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .body(a.body::<qonversion_v4::types::CreateIdentityRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_identity<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_identity()
                        .identity_id(a.path_str("identity_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_entitlements()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_entitlement()
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_entitlement()
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_entitlement()
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .body(
                            a.body::<qonversion_v4::types::UpdateEntitlementRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_user_entitlements<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_user_entitlements()
                        .user_id(a.path_str("user_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_grant_user_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_grant_user_entitlement()
                        .user_id(a.path_str("user_id")?)
                        .body(a.body::<qonversion_v4::types::GrantEntitlementRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_revoke_user_entitlement<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_revoke_user_entitlement()
                        .user_id(a.path_str("user_id")?)
                        .entitlement_id(a.path_str("entitlement_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_user_purchases<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_user_purchases()
                        .user_id(a.path_str("user_id")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .filter_platform(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[platform]")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_products<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_products()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .filter_type(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[type]")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_product()
                        .body(a.body::<qonversion_v4::types::CreateProductRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.v4_get_product().product_id(a.path_str("product_id")?).send().await,
                ),
            )
        })
    }
    fn op_v4_delete_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_product()
                        .product_id(a.path_str("product_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_product<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_product()
                        .product_id(a.path_str("product_id")?)
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_offerings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_offerings()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_offering()
                        .body(a.body::<qonversion_v4::types::CreateOfferingRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_offering()
                        .offering_id(a.path_str("offering_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_offering()
                        .offering_id(a.path_str("offering_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_offering()
                        .offering_id(a.path_str("offering_id")?)
                        .body(a.body::<qonversion_v4::types::UpdateOfferingRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_set_main_offering<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_set_main_offering()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .offering_id(a.path_str("offering_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_remote_configurations<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_remote_configurations()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_remote_configuration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_remote_configuration()
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_remote_configuration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_remote_configuration()
                        .config_id(a.path_str("config_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_replace_remote_configuration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_replace_remote_configuration()
                        .config_id(a.path_str("config_id")?)
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_remote_configuration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_remote_configuration()
                        .config_id(a.path_str("config_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_change_remote_configuration_status<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_change_remote_configuration_status()
                        .config_id(a.path_str("config_id")?)
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_remote_configuration_payload_mapping<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_remote_configuration_payload_mapping()
                        .config_id(a.path_str("config_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_set_remote_configuration_payload_mapping<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_set_remote_configuration_payload_mapping()
                        .config_id(a.path_str("config_id")?)
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_attach_remote_configuration_user<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_attach_remote_configuration_user()
                        .config_id(a.path_str("config_id")?)
                        .user_id(a.path_str("user_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_detach_remote_configuration_user<'a>(
        c: &'a Client,
        a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_detach_remote_configuration_user()
                        .config_id(a.path_str("config_id")?)
                        .user_id(a.path_str("user_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_customers<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_customers()
                        .page(a.query::<::std::num::NonZeroU64>("page")?)
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .sort_by(a.query_str("sort_by")?)
                        .sort_order(
                            a.query::<qonversion_v4::types::SortOrder>("sort_order")?,
                        )
                        .environment(a.query::<i64>("environment")?)
                        .search(a.query_str("search")?)
                        .filter_status(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[status][]")?,
                        )
                        .filter_target_platform(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[target_platform][]")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_customer_metrics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_customer_metrics()
                        .environment(
                            a.query::<qonversion_v4::types::Environment>("environment")?,
                        )
                        .search(a.query_str("search")?)
                        .filter_status(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[status][]")?,
                        )
                        .filter_target_platform(
                            a
                                .query::<
                                    ::std::vec::Vec<::std::string::String>,
                                >("filter[target_platform][]")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_customer()
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_customer()
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_customer_permissions<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_customer_permissions()
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_grant_customer_permission<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_grant_customer_permission()
                        .customer_id(a.path_str("customer_id")?)
                        .body(a.body::<qonversion_v4::types::GrantPermissionRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_revoke_customer_permission<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_revoke_customer_permission()
                        .customer_id(a.path_str("customer_id")?)
                        .permission_id(a.path_str("permission_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_set_customer_properties<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_set_customer_properties()
                        .customer_id(a.path_str("customer_id")?)
                        .body(a.body::<qonversion_v4::types::SetPropertiesRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_segments<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_segments()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_segment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_segment()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .body(a.body::<qonversion_v4::types::CreateSegmentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_system_segments<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_list_system_segments().send().await))
        })
    }
    fn op_v4_get_segment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.v4_get_segment().segment_id(a.path_str("segment_id")?).send().await,
                ),
            )
        })
    }
    fn op_v4_update_segment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_segment()
                        .segment_id(a.path_str("segment_id")?)
                        .body(a.body::<qonversion_v4::types::CreateSegmentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_segment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_segment()
                        .segment_id(a.path_str("segment_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_experiments<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move { Ok(json_outcome(c.v4_list_experiments().send().await)) })
    }
    fn op_v4_create_experiment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_experiment()
                        .body(a.body::<qonversion_v4::types::CreateExperimentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_experiments_summary<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_experiments_summary().send().await))
        })
    }
    fn op_v4_get_experiment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_experiment()
                        .experiment_id(a.path_str("experiment_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_experiment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_experiment()
                        .experiment_id(a.path_str("experiment_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_experiment<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_experiment()
                        .experiment_id(a.path_str("experiment_id")?)
                        .body(a.body::<qonversion_v4::types::UpdateExperimentRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_experiment_groups<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_experiment_groups()
                        .experiment_id(a.path_str("experiment_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_experiment_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_experiment_group()
                        .experiment_id(a.path_str("experiment_id")?)
                        .body(
                            a
                                .body::<
                                    qonversion_v4::types::CreateExperimentGroupRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_experiment_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_experiment_group()
                        .experiment_id(a.path_str("experiment_id")?)
                        .group_id(a.path_str("group_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_experiment_group<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_experiment_group()
                        .experiment_id(a.path_str("experiment_id")?)
                        .group_id(a.path_str("group_id")?)
                        .body(a.body::<qonversion_v4::types::UndocumentedBody>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_change_experiment_status<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_change_experiment_status()
                        .experiment_id(a.path_str("experiment_id")?)
                        .body(
                            a
                                .body::<
                                    qonversion_v4::types::ChangeExperimentStatusRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_attach_experiment_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_attach_experiment_user()
                        .experiment_id(a.path_str("experiment_id")?)
                        .user_id(a.path_str("user_id")?)
                        .body(
                            a
                                .body::<
                                    qonversion_v4::types::AttachExperimentUserRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_detach_experiment_user<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_detach_experiment_user()
                        .experiment_id(a.path_str("experiment_id")?)
                        .user_id(a.path_str("user_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_screens<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_screens()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_screen()
                        .body(a.body::<qonversion_v4::types::ScreenNameRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_screens_analytics_overview<'a>(
        c: &'a Client,
        _a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_screens_analytics_overview().send().await))
        })
    }
    fn op_v4_get_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_screen()
                        .screen_id(a.path_str("screen_id")?)
                        .render(a.query::<bool>("render")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_screen()
                        .screen_id(a.path_str("screen_id")?)
                        .body(a.body::<qonversion_v4::types::ScreenNameRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.v4_delete_screen().screen_id(a.path_str("screen_id")?).send().await,
                ),
            )
        })
    }
    fn op_v4_get_screen_analytics<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_screen_analytics()
                        .screen_id(a.path_str("screen_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_copy_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c.v4_copy_screen().screen_id(a.path_str("screen_id")?).send().await,
                ),
            )
        })
    }
    fn op_v4_publish_screen<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_publish_screen()
                        .screen_id(a.path_str("screen_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_card<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_analytics_card()
                        .card_code(
                            a
                                .path::<
                                    qonversion_v4::types::AnalyticsCardCode,
                                >("card_code")?,
                        )
                        .from(a.query::<i64>("from")?)
                        .to(a.query::<i64>("to")?)
                        .unit(a.query::<qonversion_v4::types::AnalyticsUnit>("unit")?)
                        .environment(
                            a.query::<qonversion_v4::types::Environment>("environment")?,
                        )
                        .max_series(a.query::<i64>("max_series")?)
                        .segmentation(a.query_str("segmentation")?)
                        .currency(a.query_str("currency")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_chart<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_analytics_chart()
                        .chart_code(
                            a
                                .path::<
                                    qonversion_v4::types::AnalyticsChartCode,
                                >("chart_code")?,
                        )
                        .from(a.query::<i64>("from")?)
                        .to(a.query::<i64>("to")?)
                        .unit(a.query::<qonversion_v4::types::AnalyticsUnit>("unit")?)
                        .environment(
                            a.query::<qonversion_v4::types::Environment>("environment")?,
                        )
                        .max_series(a.query::<i64>("max_series")?)
                        .segmentation(a.query_str("segmentation")?)
                        .currency(a.query_str("currency")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_chart_meta<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_analytics_chart_meta()
                        .chart_code(
                            a
                                .path::<
                                    qonversion_v4::types::AnalyticsChartCode,
                                >("chart_code")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_cohorts<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_analytics_cohorts().send().await))
        })
    }
    fn op_v4_get_analytics_cohorts_meta<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_analytics_cohorts_meta().send().await))
        })
    }
    fn op_v4_get_analytics_currencies<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_analytics_currencies().send().await))
        })
    }
    fn op_v4_get_analytics_insights<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_analytics_insights()
                        .period(a.query::<::std::num::NonZeroU64>("period")?)
                        .force(a.query::<bool>("force")?)
                        .environment(
                            a.query::<qonversion_v4::types::Environment>("environment")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_ltv<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_analytics_ltv()
                        .environment(
                            a.query::<qonversion_v4::types::Environment>("environment")?,
                        )
                        .currency(a.query_str("currency")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_analytics_ltv_meta<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_analytics_ltv_meta().send().await))
        })
    }
    fn op_v4_get_analytics_ltv_trial_conversion<'a>(
        c: &'a Client,
        _a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_analytics_ltv_trial_conversion().send().await))
        })
    }
    fn op_v4_create_scheduled_report<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_scheduled_report()
                        .body(a.body::<qonversion_v4::types::ScheduledReportRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_scheduled_report_destinations<'a>(
        c: &'a Client,
        _a: &'a Args,
    ) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_list_scheduled_report_destinations().send().await))
        })
    }
    fn op_v4_update_scheduled_report<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_scheduled_report()
                        .report_id(a.path_str("report_id")?)
                        .body(a.body::<qonversion_v4::types::ScheduledReportRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_send_test_scheduled_report<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_send_test_scheduled_report()
                        .report_id(a.path_str("report_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_integrations<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move { Ok(json_outcome(c.v4_list_integrations().send().await)) })
    }
    fn op_v4_create_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_integration()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .body(
                            a.body::<qonversion_v4::types::CreateIntegrationRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_integrations_meta<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_integrations_meta().send().await))
        })
    }
    fn op_v4_delete_integration<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_integration()
                        .integration_id(a.path_str("integration_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_integration_status<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_integration_status()
                        .integration_id(a.path_str("integration_id")?)
                        .body(
                            a.body::<qonversion_v4::types::IntegrationStatusRequest>()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_list_automations<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_list_automations()
                        .limit(a.query::<::std::num::NonZeroU64>("limit")?)
                        .starting_after(a.query_str("starting_after")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_create_automation<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_create_automation()
                        .body(a.body::<qonversion_v4::types::AutomationRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_automation<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_automation()
                        .automation_id(a.path_str("automation_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_replace_automation<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_replace_automation()
                        .automation_id(a.path_str("automation_id")?)
                        .body(a.body::<qonversion_v4::types::AutomationRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_delete_automation<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_delete_automation()
                        .automation_id(a.path_str("automation_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_automation_status<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_automation_status()
                        .automation_id(a.path_str("automation_id")?)
                        .body(a.body::<qonversion_v4::types::AutomationStatusRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_get_project_settings<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_get_project_settings().send().await))
        })
    }
    fn op_v4_update_project_settings<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_project_settings()
                        .body(
                            a
                                .body::<
                                    qonversion_v4::types::UpdateProjectSettingsRequest,
                                >()?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_regenerate_project_secret<'a>(c: &'a Client, _a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.v4_regenerate_project_secret().send().await))
        })
    }
    fn op_v4_get_store_config<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_store_config()
                        .platform(
                            a.path::<qonversion_v4::types::StorePlatform>("platform")?,
                        )
                        .send()
                        .await,
                ),
            )
        })
    }
    fn op_v4_update_store_config<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_update_store_config()
                        .idempotency_key(a.header_str("Idempotency-Key")?)
                        .platform(
                            a.path::<qonversion_v4::types::StorePlatform>("platform")?,
                        )
                        .body(a.body::<qonversion_v4::types::StoreConfigRequest>()?)
                        .send()
                        .await,
                ),
            )
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[
        ("v4CreateUser", op_v4_create_user),
        ("v4GetUser", op_v4_get_user),
        ("v4ListUserProperties", op_v4_list_user_properties),
        ("v4SetUserProperties", op_v4_set_user_properties),
        ("v4CreateIdentity", op_v4_create_identity),
        ("v4GetIdentity", op_v4_get_identity),
        ("v4ListEntitlements", op_v4_list_entitlements),
        ("v4GetEntitlement", op_v4_get_entitlement),
        ("v4DeleteEntitlement", op_v4_delete_entitlement),
        ("v4UpdateEntitlement", op_v4_update_entitlement),
        ("v4ListUserEntitlements", op_v4_list_user_entitlements),
        ("v4GrantUserEntitlement", op_v4_grant_user_entitlement),
        ("v4RevokeUserEntitlement", op_v4_revoke_user_entitlement),
        ("v4ListUserPurchases", op_v4_list_user_purchases),
        ("v4ListProducts", op_v4_list_products),
        ("v4CreateProduct", op_v4_create_product),
        ("v4GetProduct", op_v4_get_product),
        ("v4DeleteProduct", op_v4_delete_product),
        ("v4UpdateProduct", op_v4_update_product),
        ("v4ListOfferings", op_v4_list_offerings),
        ("v4CreateOffering", op_v4_create_offering),
        ("v4GetOffering", op_v4_get_offering),
        ("v4DeleteOffering", op_v4_delete_offering),
        ("v4UpdateOffering", op_v4_update_offering),
        ("v4SetMainOffering", op_v4_set_main_offering),
        ("v4ListRemoteConfigurations", op_v4_list_remote_configurations),
        ("v4CreateRemoteConfiguration", op_v4_create_remote_configuration),
        ("v4GetRemoteConfiguration", op_v4_get_remote_configuration),
        ("v4ReplaceRemoteConfiguration", op_v4_replace_remote_configuration),
        ("v4DeleteRemoteConfiguration", op_v4_delete_remote_configuration),
        ("v4ChangeRemoteConfigurationStatus", op_v4_change_remote_configuration_status),
        (
            "v4GetRemoteConfigurationPayloadMapping",
            op_v4_get_remote_configuration_payload_mapping,
        ),
        (
            "v4SetRemoteConfigurationPayloadMapping",
            op_v4_set_remote_configuration_payload_mapping,
        ),
        ("v4AttachRemoteConfigurationUser", op_v4_attach_remote_configuration_user),
        ("v4DetachRemoteConfigurationUser", op_v4_detach_remote_configuration_user),
        ("v4ListCustomers", op_v4_list_customers),
        ("v4GetCustomerMetrics", op_v4_get_customer_metrics),
        ("v4GetCustomer", op_v4_get_customer),
        ("v4DeleteCustomer", op_v4_delete_customer),
        ("v4ListCustomerPermissions", op_v4_list_customer_permissions),
        ("v4GrantCustomerPermission", op_v4_grant_customer_permission),
        ("v4RevokeCustomerPermission", op_v4_revoke_customer_permission),
        ("v4SetCustomerProperties", op_v4_set_customer_properties),
        ("v4ListSegments", op_v4_list_segments),
        ("v4CreateSegment", op_v4_create_segment),
        ("v4ListSystemSegments", op_v4_list_system_segments),
        ("v4GetSegment", op_v4_get_segment),
        ("v4UpdateSegment", op_v4_update_segment),
        ("v4DeleteSegment", op_v4_delete_segment),
        ("v4ListExperiments", op_v4_list_experiments),
        ("v4CreateExperiment", op_v4_create_experiment),
        ("v4GetExperimentsSummary", op_v4_get_experiments_summary),
        ("v4GetExperiment", op_v4_get_experiment),
        ("v4DeleteExperiment", op_v4_delete_experiment),
        ("v4UpdateExperiment", op_v4_update_experiment),
        ("v4ListExperimentGroups", op_v4_list_experiment_groups),
        ("v4CreateExperimentGroup", op_v4_create_experiment_group),
        ("v4DeleteExperimentGroup", op_v4_delete_experiment_group),
        ("v4UpdateExperimentGroup", op_v4_update_experiment_group),
        ("v4ChangeExperimentStatus", op_v4_change_experiment_status),
        ("v4AttachExperimentUser", op_v4_attach_experiment_user),
        ("v4DetachExperimentUser", op_v4_detach_experiment_user),
        ("v4ListScreens", op_v4_list_screens),
        ("v4CreateScreen", op_v4_create_screen),
        ("v4GetScreensAnalyticsOverview", op_v4_get_screens_analytics_overview),
        ("v4GetScreen", op_v4_get_screen),
        ("v4UpdateScreen", op_v4_update_screen),
        ("v4DeleteScreen", op_v4_delete_screen),
        ("v4GetScreenAnalytics", op_v4_get_screen_analytics),
        ("v4CopyScreen", op_v4_copy_screen),
        ("v4PublishScreen", op_v4_publish_screen),
        ("v4GetAnalyticsCard", op_v4_get_analytics_card),
        ("v4GetAnalyticsChart", op_v4_get_analytics_chart),
        ("v4GetAnalyticsChartMeta", op_v4_get_analytics_chart_meta),
        ("v4GetAnalyticsCohorts", op_v4_get_analytics_cohorts),
        ("v4GetAnalyticsCohortsMeta", op_v4_get_analytics_cohorts_meta),
        ("v4GetAnalyticsCurrencies", op_v4_get_analytics_currencies),
        ("v4GetAnalyticsInsights", op_v4_get_analytics_insights),
        ("v4GetAnalyticsLtv", op_v4_get_analytics_ltv),
        ("v4GetAnalyticsLtvMeta", op_v4_get_analytics_ltv_meta),
        ("v4GetAnalyticsLtvTrialConversion", op_v4_get_analytics_ltv_trial_conversion),
        ("v4CreateScheduledReport", op_v4_create_scheduled_report),
        ("v4ListScheduledReportDestinations", op_v4_list_scheduled_report_destinations),
        ("v4UpdateScheduledReport", op_v4_update_scheduled_report),
        ("v4SendTestScheduledReport", op_v4_send_test_scheduled_report),
        ("v4ListIntegrations", op_v4_list_integrations),
        ("v4CreateIntegration", op_v4_create_integration),
        ("v4GetIntegrationsMeta", op_v4_get_integrations_meta),
        ("v4DeleteIntegration", op_v4_delete_integration),
        ("v4UpdateIntegrationStatus", op_v4_update_integration_status),
        ("v4ListAutomations", op_v4_list_automations),
        ("v4CreateAutomation", op_v4_create_automation),
        ("v4GetAutomation", op_v4_get_automation),
        ("v4ReplaceAutomation", op_v4_replace_automation),
        ("v4DeleteAutomation", op_v4_delete_automation),
        ("v4UpdateAutomationStatus", op_v4_update_automation_status),
        ("v4GetProjectSettings", op_v4_get_project_settings),
        ("v4UpdateProjectSettings", op_v4_update_project_settings),
        ("v4RegenerateProjectSecret", op_v4_regenerate_project_secret),
        ("v4GetStoreConfig", op_v4_get_store_config),
        ("v4UpdateStoreConfig", op_v4_update_store_config),
    ];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/qonversion-v4.yaml", KEY).await;
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
