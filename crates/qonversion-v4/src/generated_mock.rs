// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 a69e708128ae5fbe3b43fde30759aa07de425a7876434b173451df3efe9ecf6a).
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
        V4CreateUserWhen, POST, "^/users$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::CreateUserRequest;
    }
    client_core::mock_then! {
        V4CreateUserThen;
        status created: &types::User = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetUserWhen, GET, "^/users/[^/]*$";
        path user_id = "^/users/{}$";
    }
    client_core::mock_then! {
        V4GetUserThen;
        status ok: &types::User = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListUserPropertiesWhen, GET, "^/users/[^/]*/properties$";
        path user_id = "^/users/{}/properties$";
    }
    client_core::mock_then! {
        V4ListUserPropertiesThen;
        status ok: &types::UserPropertyList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4SetUserPropertiesWhen, POST, "^/users/[^/]*/properties$";
        path user_id = "^/users/{}/properties$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::SetPropertiesRequest;
    }
    client_core::mock_then! {
        V4SetUserPropertiesThen;
        status ok: &types::UserPropertiesSetResult = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateIdentityWhen, POST, "^/identities$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::CreateIdentityRequest;
    }
    client_core::mock_then! {
        V4CreateIdentityThen;
        status created: &types::Identity = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetIdentityWhen, GET, "^/identities/[^/]*$";
        path identity_id = "^/identities/{}$";
    }
    client_core::mock_then! {
        V4GetIdentityThen;
        status ok: &types::Identity = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListEntitlementsWhen, GET, "^/entitlements$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListEntitlementsThen;
        status ok: &types::EntitlementList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetEntitlementWhen, GET, "^/entitlements/[^/]*$";
        path entitlement_id = "^/entitlements/{}$";
    }
    client_core::mock_then! {
        V4GetEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteEntitlementWhen, DELETE, "^/entitlements/[^/]*$";
        path entitlement_id = "^/entitlements/{}$";
    }
    client_core::mock_then! {
        V4DeleteEntitlementThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateEntitlementWhen, PATCH, "^/entitlements/[^/]*$";
        path entitlement_id = "^/entitlements/{}$";
        body body: &types::UpdateEntitlementRequest;
    }
    client_core::mock_then! {
        V4UpdateEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListUserEntitlementsWhen, GET, "^/users/[^/]*/entitlements$";
        path user_id = "^/users/{}/entitlements$";
    }
    client_core::mock_then! {
        V4ListUserEntitlementsThen;
        status ok: &types::UserEntitlementList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GrantUserEntitlementWhen, POST, "^/users/[^/]*/entitlements$";
        path user_id = "^/users/{}/entitlements$";
        body body: &types::GrantEntitlementRequest;
    }
    client_core::mock_then! {
        V4GrantUserEntitlementThen;
        status ok: &types::UserEntitlement = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4RevokeUserEntitlementWhen, DELETE, "^/users/[^/]*/entitlements/[^/]*$";
        path user_id = "^/users/{}/entitlements/.*$";
        path entitlement_id = "^/users/.*/entitlements/{}$";
    }
    client_core::mock_then! {
        V4RevokeUserEntitlementThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListUserPurchasesWhen, GET, "^/users/[^/]*/purchases$";
        path user_id = "^/users/{}/purchases$";
        query_each filter_platform: ::std::vec::Vec<::std::string::String> = "filter[platform]";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListUserPurchasesThen;
        status ok: &types::PurchaseList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListProductsWhen, GET, "^/products$";
        query_each filter_type: ::std::vec::Vec<::std::string::String> = "filter[type]";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListProductsThen;
        status ok: &types::ProductList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateProductWhen, POST, "^/products$";
        body body: &types::CreateProductRequest;
    }
    client_core::mock_then! {
        V4CreateProductThen;
        status created: &types::Product = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetProductWhen, GET, "^/products/[^/]*$";
        path product_id = "^/products/{}$";
    }
    client_core::mock_then! {
        V4GetProductThen;
        status ok: &types::Product = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteProductWhen, DELETE, "^/products/[^/]*$";
        path product_id = "^/products/{}$";
    }
    client_core::mock_then! {
        V4DeleteProductThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateProductWhen, PATCH, "^/products/[^/]*$";
        path product_id = "^/products/{}$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4UpdateProductThen;
        status ok: &types::Product = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListOfferingsWhen, GET, "^/offerings$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListOfferingsThen;
        status ok: &types::OfferingList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateOfferingWhen, POST, "^/offerings$";
        body body: &types::CreateOfferingRequest;
    }
    client_core::mock_then! {
        V4CreateOfferingThen;
        status created: &types::Offering = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetOfferingWhen, GET, "^/offerings/[^/]*$";
        path offering_id = "^/offerings/{}$";
    }
    client_core::mock_then! {
        V4GetOfferingThen;
        status ok: &types::Offering = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteOfferingWhen, DELETE, "^/offerings/[^/]*$";
        path offering_id = "^/offerings/{}$";
    }
    client_core::mock_then! {
        V4DeleteOfferingThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateOfferingWhen, PATCH, "^/offerings/[^/]*$";
        path offering_id = "^/offerings/{}$";
        body body: &types::UpdateOfferingRequest;
    }
    client_core::mock_then! {
        V4UpdateOfferingThen;
        status ok: &types::Offering = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4SetMainOfferingWhen, POST, "^/offerings/[^/]*/set-main$";
        path offering_id = "^/offerings/{}/set-main$";
        header_ref idempotency_key: str = "Idempotency-Key";
    }
    client_core::mock_then! {
        V4SetMainOfferingThen;
        status ok: &types::Offering = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListRemoteConfigurationsWhen, GET, "^/remote-configurations$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListRemoteConfigurationsThen;
        status ok: &types::RemoteConfigurationList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateRemoteConfigurationWhen, POST, "^/remote-configurations$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4CreateRemoteConfigurationThen;
        status created: &types::UndocumentedObject = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetRemoteConfigurationWhen, GET, "^/remote-configurations/[^/]*$";
        path config_id = "^/remote-configurations/{}$";
    }
    client_core::mock_then! {
        V4GetRemoteConfigurationThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ReplaceRemoteConfigurationWhen, PUT, "^/remote-configurations/[^/]*$";
        path config_id = "^/remote-configurations/{}$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4ReplaceRemoteConfigurationThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteRemoteConfigurationWhen, DELETE, "^/remote-configurations/[^/]*$";
        path config_id = "^/remote-configurations/{}$";
    }
    client_core::mock_then! {
        V4DeleteRemoteConfigurationThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ChangeRemoteConfigurationStatusWhen, PATCH, "^/remote-configurations/[^/]*/status$";
        path config_id = "^/remote-configurations/{}/status$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4ChangeRemoteConfigurationStatusThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetRemoteConfigurationPayloadMappingWhen, GET, "^/remote-configurations/[^/]*/payload-mapping$";
        path config_id = "^/remote-configurations/{}/payload-mapping$";
    }
    client_core::mock_then! {
        V4GetRemoteConfigurationPayloadMappingThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4SetRemoteConfigurationPayloadMappingWhen, POST, "^/remote-configurations/[^/]*/payload-mapping$";
        path config_id = "^/remote-configurations/{}/payload-mapping$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4SetRemoteConfigurationPayloadMappingThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4AttachRemoteConfigurationUserWhen, POST, "^/remote-configurations/[^/]*/users/[^/]*$";
        path config_id = "^/remote-configurations/{}/users/.*$";
        path user_id = "^/remote-configurations/.*/users/{}$";
    }
    client_core::mock_then! {
        V4AttachRemoteConfigurationUserThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DetachRemoteConfigurationUserWhen, DELETE, "^/remote-configurations/[^/]*/users/[^/]*$";
        path config_id = "^/remote-configurations/{}/users/.*$";
        path user_id = "^/remote-configurations/.*/users/{}$";
    }
    client_core::mock_then! {
        V4DetachRemoteConfigurationUserThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListCustomersWhen, GET, "^/customers$";
        query environment: i64 = "environment";
        query_each filter_status: ::std::vec::Vec<::std::string::String> = "filter[status][]";
        query_each filter_target_platform: ::std::vec::Vec<::std::string::String> = "filter[target_platform][]";
        query limit: ::std::num::NonZeroU64 = "limit";
        query page: ::std::num::NonZeroU64 = "page";
        query_ref search: str = "search";
        query_ref sort_by: str = "sort_by";
        query sort_order: types::SortOrder = "sort_order";
    }
    client_core::mock_then! {
        V4ListCustomersThen;
        status ok: &types::CustomerList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetCustomerMetricsWhen, GET, "^/customers/metrics$";
        query_ref environment: types::Environment = "environment";
        query_each filter_status: ::std::vec::Vec<::std::string::String> = "filter[status][]";
        query_each filter_target_platform: ::std::vec::Vec<::std::string::String> = "filter[target_platform][]";
        query_ref search: str = "search";
    }
    client_core::mock_then! {
        V4GetCustomerMetricsThen;
        status ok: &types::CustomerMetrics = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetCustomerWhen, GET, "^/customers/[^/]*$";
        path customer_id = "^/customers/{}$";
    }
    client_core::mock_then! {
        V4GetCustomerThen;
        status ok: &types::CustomerResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteCustomerWhen, DELETE, "^/customers/[^/]*$";
        path customer_id = "^/customers/{}$";
    }
    client_core::mock_then! {
        V4DeleteCustomerThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListCustomerPermissionsWhen, GET, "^/customers/[^/]*/permissions$";
        path customer_id = "^/customers/{}/permissions$";
    }
    client_core::mock_then! {
        V4ListCustomerPermissionsThen;
        status ok: &types::CustomerPermissionList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GrantCustomerPermissionWhen, POST, "^/customers/[^/]*/permissions$";
        path customer_id = "^/customers/{}/permissions$";
        body body: &types::GrantPermissionRequest;
    }
    client_core::mock_then! {
        V4GrantCustomerPermissionThen;
        status created: &types::CustomerPermissionGrant = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4RevokeCustomerPermissionWhen, DELETE, "^/customers/[^/]*/permissions/[^/]*$";
        path customer_id = "^/customers/{}/permissions/.*$";
        path permission_id = "^/customers/.*/permissions/{}$";
    }
    client_core::mock_then! {
        V4RevokeCustomerPermissionThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4SetCustomerPropertiesWhen, POST, "^/customers/[^/]*/properties$";
        path customer_id = "^/customers/{}/properties$";
        body body: &types::SetPropertiesRequest;
    }
    client_core::mock_then! {
        V4SetCustomerPropertiesThen;
        status ok: &types::CustomerPropertiesResult = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListSegmentsWhen, GET, "^/segments$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListSegmentsThen;
        status ok: &types::SegmentList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateSegmentWhen, POST, "^/segments$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::CreateSegmentRequest;
    }
    client_core::mock_then! {
        V4CreateSegmentThen;
        status created: &types::Segment = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListSystemSegmentsWhen, GET, "^/segments/system$";
    }
    client_core::mock_then! {
        V4ListSystemSegmentsThen;
        status ok: &types::SegmentList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetSegmentWhen, GET, "^/segments/[^/]*$";
        path segment_id = "^/segments/{}$";
    }
    client_core::mock_then! {
        V4GetSegmentThen;
        status ok: &types::Segment = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateSegmentWhen, PUT, "^/segments/[^/]*$";
        path segment_id = "^/segments/{}$";
        body body: &types::CreateSegmentRequest;
    }
    client_core::mock_then! {
        V4UpdateSegmentThen;
        status ok: &types::Segment = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteSegmentWhen, DELETE, "^/segments/[^/]*$";
        path segment_id = "^/segments/{}$";
    }
    client_core::mock_then! {
        V4DeleteSegmentThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListExperimentsWhen, GET, "^/experiments$";
    }
    client_core::mock_then! {
        V4ListExperimentsThen;
        status ok: &types::ExperimentList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateExperimentWhen, POST, "^/experiments$";
        body body: &types::CreateExperimentRequest;
    }
    client_core::mock_then! {
        V4CreateExperimentThen;
        status created: &types::Experiment = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetExperimentsSummaryWhen, GET, "^/experiments/summary$";
    }
    client_core::mock_then! {
        V4GetExperimentsSummaryThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetExperimentWhen, GET, "^/experiments/[^/]*$";
        path experiment_id = "^/experiments/{}$";
    }
    client_core::mock_then! {
        V4GetExperimentThen;
        status ok: &types::Experiment = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteExperimentWhen, DELETE, "^/experiments/[^/]*$";
        path experiment_id = "^/experiments/{}$";
    }
    client_core::mock_then! {
        V4DeleteExperimentThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateExperimentWhen, PATCH, "^/experiments/[^/]*$";
        path experiment_id = "^/experiments/{}$";
        body body: &types::UpdateExperimentRequest;
    }
    client_core::mock_then! {
        V4UpdateExperimentThen;
        status ok: &types::Experiment = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListExperimentGroupsWhen, GET, "^/experiments/[^/]*/groups$";
        path experiment_id = "^/experiments/{}/groups$";
    }
    client_core::mock_then! {
        V4ListExperimentGroupsThen;
        status ok: &types::ExperimentGroupList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateExperimentGroupWhen, POST, "^/experiments/[^/]*/groups$";
        path experiment_id = "^/experiments/{}/groups$";
        body body: &types::CreateExperimentGroupRequest;
    }
    client_core::mock_then! {
        V4CreateExperimentGroupThen;
        status created: &types::ExperimentGroup = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteExperimentGroupWhen, DELETE, "^/experiments/[^/]*/groups/[^/]*$";
        path experiment_id = "^/experiments/{}/groups/.*$";
        path group_id = "^/experiments/.*/groups/{}$";
    }
    client_core::mock_then! {
        V4DeleteExperimentGroupThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateExperimentGroupWhen, PATCH, "^/experiments/[^/]*/groups/[^/]*$";
        path experiment_id = "^/experiments/{}/groups/.*$";
        path group_id = "^/experiments/.*/groups/{}$";
        body body: &types::UndocumentedBody;
    }
    client_core::mock_then! {
        V4UpdateExperimentGroupThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ChangeExperimentStatusWhen, POST, "^/experiments/[^/]*/status$";
        path experiment_id = "^/experiments/{}/status$";
        body body: &types::ChangeExperimentStatusRequest;
    }
    client_core::mock_then! {
        V4ChangeExperimentStatusThen;
        status ok: &types::Experiment = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4AttachExperimentUserWhen, POST, "^/experiments/[^/]*/users/[^/]*$";
        path experiment_id = "^/experiments/{}/users/.*$";
        path user_id = "^/experiments/.*/users/{}$";
        body body: &types::AttachExperimentUserRequest;
    }
    client_core::mock_then! {
        V4AttachExperimentUserThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DetachExperimentUserWhen, DELETE, "^/experiments/[^/]*/users/[^/]*$";
        path experiment_id = "^/experiments/{}/users/.*$";
        path user_id = "^/experiments/.*/users/{}$";
    }
    client_core::mock_then! {
        V4DetachExperimentUserThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListScreensWhen, GET, "^/screens$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListScreensThen;
        status ok: &types::ScreenList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateScreenWhen, POST, "^/screens$";
        body body: &types::ScreenNameRequest;
    }
    client_core::mock_then! {
        V4CreateScreenThen;
        status created: &types::Screen = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetScreensAnalyticsOverviewWhen, GET, "^/screens/analytics/overview$";
    }
    client_core::mock_then! {
        V4GetScreensAnalyticsOverviewThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetScreenWhen, GET, "^/screens/[^/]*$";
        path screen_id = "^/screens/{}$";
        query render: bool = "render";
    }
    client_core::mock_then! {
        V4GetScreenThen;
        status ok: &types::Screen = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateScreenWhen, PUT, "^/screens/[^/]*$";
        path screen_id = "^/screens/{}$";
        body body: &types::ScreenNameRequest;
    }
    client_core::mock_then! {
        V4UpdateScreenThen;
        status ok: &types::Screen = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteScreenWhen, DELETE, "^/screens/[^/]*$";
        path screen_id = "^/screens/{}$";
    }
    client_core::mock_then! {
        V4DeleteScreenThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetScreenAnalyticsWhen, GET, "^/screens/[^/]*/analytics$";
        path screen_id = "^/screens/{}/analytics$";
    }
    client_core::mock_then! {
        V4GetScreenAnalyticsThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CopyScreenWhen, POST, "^/screens/[^/]*/copy$";
        path screen_id = "^/screens/{}/copy$";
    }
    client_core::mock_then! {
        V4CopyScreenThen;
        status ok: &types::Screen = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4PublishScreenWhen, POST, "^/screens/[^/]*/publish$";
        path screen_id = "^/screens/{}/publish$";
    }
    client_core::mock_then! {
        V4PublishScreenThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsCardWhen, GET, "^/analytics/cards/[^/]*$";
        path card_code: types::AnalyticsCardCode = "^/analytics/cards/{}$";
        query_ref currency: str = "currency";
        query_ref environment: types::Environment = "environment";
        query from: i64 = "from";
        query max_series: i64 = "max_series";
        query_ref segmentation: str = "segmentation";
        query to: i64 = "to";
        query unit: types::AnalyticsUnit = "unit";
    }
    client_core::mock_then! {
        V4GetAnalyticsCardThen;
        status ok: &types::AnalyticsCardRows = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsChartWhen, GET, "^/analytics/charts/[^/]*$";
        path chart_code: types::AnalyticsChartCode = "^/analytics/charts/{}$";
        query_ref currency: str = "currency";
        query_ref environment: types::Environment = "environment";
        query from: i64 = "from";
        query max_series: i64 = "max_series";
        query_ref segmentation: str = "segmentation";
        query to: i64 = "to";
        query unit: types::AnalyticsUnit = "unit";
    }
    client_core::mock_then! {
        V4GetAnalyticsChartThen;
        status ok: &types::AnalyticsChart = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsChartMetaWhen, GET, "^/analytics/charts/[^/]*/meta$";
        path chart_code: types::AnalyticsChartCode = "^/analytics/charts/{}/meta$";
    }
    client_core::mock_then! {
        V4GetAnalyticsChartMetaThen;
        status ok: &types::AnalyticsChartMeta = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsCohortsWhen, GET, "^/analytics/cohorts$";
    }
    client_core::mock_then! {
        V4GetAnalyticsCohortsThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsCohortsMetaWhen, GET, "^/analytics/cohorts/meta$";
    }
    client_core::mock_then! {
        V4GetAnalyticsCohortsMetaThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsCurrenciesWhen, GET, "^/analytics/currencies$";
    }
    client_core::mock_then! {
        V4GetAnalyticsCurrenciesThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsInsightsWhen, GET, "^/analytics/insights$";
        query_ref environment: types::Environment = "environment";
        query force: bool = "force";
        query period: ::std::num::NonZeroU64 = "period";
    }
    client_core::mock_then! {
        V4GetAnalyticsInsightsThen;
        status ok: &types::AnalyticsInsights = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsLtvWhen, GET, "^/analytics/ltv$";
        query_ref currency: str = "currency";
        query_ref environment: types::Environment = "environment";
    }
    client_core::mock_then! {
        V4GetAnalyticsLtvThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsLtvMetaWhen, GET, "^/analytics/ltv/meta$";
    }
    client_core::mock_then! {
        V4GetAnalyticsLtvMetaThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAnalyticsLtvTrialConversionWhen, GET, "^/analytics/ltv/trial-conversion$";
    }
    client_core::mock_then! {
        V4GetAnalyticsLtvTrialConversionThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateScheduledReportWhen, POST, "^/scheduled-reports$";
        body body: &types::ScheduledReportRequest;
    }
    client_core::mock_then! {
        V4CreateScheduledReportThen;
        status created: &types::ScheduledReport = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListScheduledReportDestinationsWhen, GET, "^/scheduled-reports/destinations$";
    }
    client_core::mock_then! {
        V4ListScheduledReportDestinationsThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateScheduledReportWhen, PUT, "^/scheduled-reports/[^/]*$";
        path report_id = "^/scheduled-reports/{}$";
        body body: &types::ScheduledReportRequest;
    }
    client_core::mock_then! {
        V4UpdateScheduledReportThen;
        status ok: &types::ScheduledReport = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4SendTestScheduledReportWhen, POST, "^/scheduled-reports/[^/]*/send-test$";
        path report_id = "^/scheduled-reports/{}/send-test$";
    }
    client_core::mock_then! {
        V4SendTestScheduledReportThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListIntegrationsWhen, GET, "^/integrations$";
    }
    client_core::mock_then! {
        V4ListIntegrationsThen;
        status ok: &types::IntegrationList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateIntegrationWhen, POST, "^/integrations$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::CreateIntegrationRequest;
    }
    client_core::mock_then! {
        V4CreateIntegrationThen;
        status created: &types::Integration = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetIntegrationsMetaWhen, GET, "^/integrations/meta$";
    }
    client_core::mock_then! {
        V4GetIntegrationsMetaThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteIntegrationWhen, DELETE, "^/integrations/[^/]*$";
        path integration_id = "^/integrations/{}$";
    }
    client_core::mock_then! {
        V4DeleteIntegrationThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateIntegrationStatusWhen, POST, "^/integrations/[^/]*/status$";
        path integration_id = "^/integrations/{}/status$";
        body body: &types::IntegrationStatusRequest;
    }
    client_core::mock_then! {
        V4UpdateIntegrationStatusThen;
        status ok: &types::Integration = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ListAutomationsWhen, GET, "^/automations$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        V4ListAutomationsThen;
        status ok: &types::AutomationList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4CreateAutomationWhen, POST, "^/automations$";
        body body: &types::AutomationRequest;
    }
    client_core::mock_then! {
        V4CreateAutomationThen;
        status created: &types::Automation = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetAutomationWhen, GET, "^/automations/[^/]*$";
        path automation_id = "^/automations/{}$";
    }
    client_core::mock_then! {
        V4GetAutomationThen;
        status ok: &types::Automation = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4ReplaceAutomationWhen, PUT, "^/automations/[^/]*$";
        path automation_id = "^/automations/{}$";
        body body: &types::AutomationRequest;
    }
    client_core::mock_then! {
        V4ReplaceAutomationThen;
        status ok: &types::Automation = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4DeleteAutomationWhen, DELETE, "^/automations/[^/]*$";
        path automation_id = "^/automations/{}$";
    }
    client_core::mock_then! {
        V4DeleteAutomationThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateAutomationStatusWhen, PATCH, "^/automations/[^/]*/status$";
        path automation_id = "^/automations/{}/status$";
        body body: &types::AutomationStatusRequest;
    }
    client_core::mock_then! {
        V4UpdateAutomationStatusThen;
        range success = 2;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetProjectSettingsWhen, GET, "^/project-settings$";
    }
    client_core::mock_then! {
        V4GetProjectSettingsThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateProjectSettingsWhen, PATCH, "^/project-settings$";
        body body: &types::UpdateProjectSettingsRequest;
    }
    client_core::mock_then! {
        V4UpdateProjectSettingsThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4RegenerateProjectSecretWhen, POST, "^/project-settings/regenerate-secret$";
    }
    client_core::mock_then! {
        V4RegenerateProjectSecretThen;
        status ok: &types::UndocumentedObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4GetStoreConfigWhen, GET, "^/project-settings/stores/[^/]*$";
        path platform: types::StorePlatform = "^/project-settings/stores/{}$";
    }
    client_core::mock_then! {
        V4GetStoreConfigThen;
        status ok: &types::StoreConfig = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        V4UpdateStoreConfigWhen, POST, "^/project-settings/stores/[^/]*$";
        path platform: types::StorePlatform = "^/project-settings/stores/{}$";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::StoreConfigRequest;
    }
    client_core::mock_then! {
        V4UpdateStoreConfigThen;
        status ok: &types::StoreConfig = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
}
client_core::mock_server_ext! {
    /// One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.
    ///
    /// Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `QonversionV4MockServerExt::method(&server, |when, then| ...)`.
    QonversionV4MockServerExt;
    v4_create_user: V4CreateUserWhen, V4CreateUserThen;
    v4_get_user: V4GetUserWhen, V4GetUserThen;
    v4_list_user_properties: V4ListUserPropertiesWhen, V4ListUserPropertiesThen;
    v4_set_user_properties: V4SetUserPropertiesWhen, V4SetUserPropertiesThen;
    v4_create_identity: V4CreateIdentityWhen, V4CreateIdentityThen;
    v4_get_identity: V4GetIdentityWhen, V4GetIdentityThen;
    v4_list_entitlements: V4ListEntitlementsWhen, V4ListEntitlementsThen;
    v4_get_entitlement: V4GetEntitlementWhen, V4GetEntitlementThen;
    v4_delete_entitlement: V4DeleteEntitlementWhen, V4DeleteEntitlementThen;
    v4_update_entitlement: V4UpdateEntitlementWhen, V4UpdateEntitlementThen;
    v4_list_user_entitlements: V4ListUserEntitlementsWhen, V4ListUserEntitlementsThen;
    v4_grant_user_entitlement: V4GrantUserEntitlementWhen, V4GrantUserEntitlementThen;
    v4_revoke_user_entitlement: V4RevokeUserEntitlementWhen, V4RevokeUserEntitlementThen;
    v4_list_user_purchases: V4ListUserPurchasesWhen, V4ListUserPurchasesThen;
    v4_list_products: V4ListProductsWhen, V4ListProductsThen;
    v4_create_product: V4CreateProductWhen, V4CreateProductThen;
    v4_get_product: V4GetProductWhen, V4GetProductThen;
    v4_delete_product: V4DeleteProductWhen, V4DeleteProductThen;
    v4_update_product: V4UpdateProductWhen, V4UpdateProductThen;
    v4_list_offerings: V4ListOfferingsWhen, V4ListOfferingsThen;
    v4_create_offering: V4CreateOfferingWhen, V4CreateOfferingThen;
    v4_get_offering: V4GetOfferingWhen, V4GetOfferingThen;
    v4_delete_offering: V4DeleteOfferingWhen, V4DeleteOfferingThen;
    v4_update_offering: V4UpdateOfferingWhen, V4UpdateOfferingThen;
    v4_set_main_offering: V4SetMainOfferingWhen, V4SetMainOfferingThen;
    v4_list_remote_configurations: V4ListRemoteConfigurationsWhen, V4ListRemoteConfigurationsThen;
    v4_create_remote_configuration: V4CreateRemoteConfigurationWhen, V4CreateRemoteConfigurationThen;
    v4_get_remote_configuration: V4GetRemoteConfigurationWhen, V4GetRemoteConfigurationThen;
    v4_replace_remote_configuration: V4ReplaceRemoteConfigurationWhen, V4ReplaceRemoteConfigurationThen;
    v4_delete_remote_configuration: V4DeleteRemoteConfigurationWhen, V4DeleteRemoteConfigurationThen;
    v4_change_remote_configuration_status: V4ChangeRemoteConfigurationStatusWhen, V4ChangeRemoteConfigurationStatusThen;
    v4_get_remote_configuration_payload_mapping: V4GetRemoteConfigurationPayloadMappingWhen, V4GetRemoteConfigurationPayloadMappingThen;
    v4_set_remote_configuration_payload_mapping: V4SetRemoteConfigurationPayloadMappingWhen, V4SetRemoteConfigurationPayloadMappingThen;
    v4_attach_remote_configuration_user: V4AttachRemoteConfigurationUserWhen, V4AttachRemoteConfigurationUserThen;
    v4_detach_remote_configuration_user: V4DetachRemoteConfigurationUserWhen, V4DetachRemoteConfigurationUserThen;
    v4_list_customers: V4ListCustomersWhen, V4ListCustomersThen;
    v4_get_customer_metrics: V4GetCustomerMetricsWhen, V4GetCustomerMetricsThen;
    v4_get_customer: V4GetCustomerWhen, V4GetCustomerThen;
    v4_delete_customer: V4DeleteCustomerWhen, V4DeleteCustomerThen;
    v4_list_customer_permissions: V4ListCustomerPermissionsWhen, V4ListCustomerPermissionsThen;
    v4_grant_customer_permission: V4GrantCustomerPermissionWhen, V4GrantCustomerPermissionThen;
    v4_revoke_customer_permission: V4RevokeCustomerPermissionWhen, V4RevokeCustomerPermissionThen;
    v4_set_customer_properties: V4SetCustomerPropertiesWhen, V4SetCustomerPropertiesThen;
    v4_list_segments: V4ListSegmentsWhen, V4ListSegmentsThen;
    v4_create_segment: V4CreateSegmentWhen, V4CreateSegmentThen;
    v4_list_system_segments: V4ListSystemSegmentsWhen, V4ListSystemSegmentsThen;
    v4_get_segment: V4GetSegmentWhen, V4GetSegmentThen;
    v4_update_segment: V4UpdateSegmentWhen, V4UpdateSegmentThen;
    v4_delete_segment: V4DeleteSegmentWhen, V4DeleteSegmentThen;
    v4_list_experiments: V4ListExperimentsWhen, V4ListExperimentsThen;
    v4_create_experiment: V4CreateExperimentWhen, V4CreateExperimentThen;
    v4_get_experiments_summary: V4GetExperimentsSummaryWhen, V4GetExperimentsSummaryThen;
    v4_get_experiment: V4GetExperimentWhen, V4GetExperimentThen;
    v4_delete_experiment: V4DeleteExperimentWhen, V4DeleteExperimentThen;
    v4_update_experiment: V4UpdateExperimentWhen, V4UpdateExperimentThen;
    v4_list_experiment_groups: V4ListExperimentGroupsWhen, V4ListExperimentGroupsThen;
    v4_create_experiment_group: V4CreateExperimentGroupWhen, V4CreateExperimentGroupThen;
    v4_delete_experiment_group: V4DeleteExperimentGroupWhen, V4DeleteExperimentGroupThen;
    v4_update_experiment_group: V4UpdateExperimentGroupWhen, V4UpdateExperimentGroupThen;
    v4_change_experiment_status: V4ChangeExperimentStatusWhen, V4ChangeExperimentStatusThen;
    v4_attach_experiment_user: V4AttachExperimentUserWhen, V4AttachExperimentUserThen;
    v4_detach_experiment_user: V4DetachExperimentUserWhen, V4DetachExperimentUserThen;
    v4_list_screens: V4ListScreensWhen, V4ListScreensThen;
    v4_create_screen: V4CreateScreenWhen, V4CreateScreenThen;
    v4_get_screens_analytics_overview: V4GetScreensAnalyticsOverviewWhen, V4GetScreensAnalyticsOverviewThen;
    v4_get_screen: V4GetScreenWhen, V4GetScreenThen;
    v4_update_screen: V4UpdateScreenWhen, V4UpdateScreenThen;
    v4_delete_screen: V4DeleteScreenWhen, V4DeleteScreenThen;
    v4_get_screen_analytics: V4GetScreenAnalyticsWhen, V4GetScreenAnalyticsThen;
    v4_copy_screen: V4CopyScreenWhen, V4CopyScreenThen;
    v4_publish_screen: V4PublishScreenWhen, V4PublishScreenThen;
    v4_get_analytics_card: V4GetAnalyticsCardWhen, V4GetAnalyticsCardThen;
    v4_get_analytics_chart: V4GetAnalyticsChartWhen, V4GetAnalyticsChartThen;
    v4_get_analytics_chart_meta: V4GetAnalyticsChartMetaWhen, V4GetAnalyticsChartMetaThen;
    v4_get_analytics_cohorts: V4GetAnalyticsCohortsWhen, V4GetAnalyticsCohortsThen;
    v4_get_analytics_cohorts_meta: V4GetAnalyticsCohortsMetaWhen, V4GetAnalyticsCohortsMetaThen;
    v4_get_analytics_currencies: V4GetAnalyticsCurrenciesWhen, V4GetAnalyticsCurrenciesThen;
    v4_get_analytics_insights: V4GetAnalyticsInsightsWhen, V4GetAnalyticsInsightsThen;
    v4_get_analytics_ltv: V4GetAnalyticsLtvWhen, V4GetAnalyticsLtvThen;
    v4_get_analytics_ltv_meta: V4GetAnalyticsLtvMetaWhen, V4GetAnalyticsLtvMetaThen;
    v4_get_analytics_ltv_trial_conversion: V4GetAnalyticsLtvTrialConversionWhen, V4GetAnalyticsLtvTrialConversionThen;
    v4_create_scheduled_report: V4CreateScheduledReportWhen, V4CreateScheduledReportThen;
    v4_list_scheduled_report_destinations: V4ListScheduledReportDestinationsWhen, V4ListScheduledReportDestinationsThen;
    v4_update_scheduled_report: V4UpdateScheduledReportWhen, V4UpdateScheduledReportThen;
    v4_send_test_scheduled_report: V4SendTestScheduledReportWhen, V4SendTestScheduledReportThen;
    v4_list_integrations: V4ListIntegrationsWhen, V4ListIntegrationsThen;
    v4_create_integration: V4CreateIntegrationWhen, V4CreateIntegrationThen;
    v4_get_integrations_meta: V4GetIntegrationsMetaWhen, V4GetIntegrationsMetaThen;
    v4_delete_integration: V4DeleteIntegrationWhen, V4DeleteIntegrationThen;
    v4_update_integration_status: V4UpdateIntegrationStatusWhen, V4UpdateIntegrationStatusThen;
    v4_list_automations: V4ListAutomationsWhen, V4ListAutomationsThen;
    v4_create_automation: V4CreateAutomationWhen, V4CreateAutomationThen;
    v4_get_automation: V4GetAutomationWhen, V4GetAutomationThen;
    v4_replace_automation: V4ReplaceAutomationWhen, V4ReplaceAutomationThen;
    v4_delete_automation: V4DeleteAutomationWhen, V4DeleteAutomationThen;
    v4_update_automation_status: V4UpdateAutomationStatusWhen, V4UpdateAutomationStatusThen;
    v4_get_project_settings: V4GetProjectSettingsWhen, V4GetProjectSettingsThen;
    v4_update_project_settings: V4UpdateProjectSettingsWhen, V4UpdateProjectSettingsThen;
    v4_regenerate_project_secret: V4RegenerateProjectSecretWhen, V4RegenerateProjectSecretThen;
    v4_get_store_config: V4GetStoreConfigWhen, V4GetStoreConfigThen;
    v4_update_store_config: V4UpdateStoreConfigWhen, V4UpdateStoreConfigThen;
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::QonversionV4MockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
