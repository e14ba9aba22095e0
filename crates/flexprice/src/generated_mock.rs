// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 96f2eb3edc0a163972c327ce230a763c2c8cf810513d1bc8348f21c7f5eed1c5).
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
        CreateAddonWhen, POST, "^/addons$";
        body body: &types::CreateAddonRequest;
    }
    client_core::mock_then! {
        CreateAddonThen;
        status created: &types::CreateAddonResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetAddonByLookupKeyWhen, GET, "^/addons/lookup/[^/]*$";
        path lookup_key = "^/addons/lookup/{}$";
    }
    client_core::mock_then! {
        GetAddonByLookupKeyThen;
        status ok: &types::AddonResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryAddonWhen, POST, "^/addons/search$";
        body body: &types::AddonFilter;
    }
    client_core::mock_then! {
        QueryAddonThen;
        status ok: &types::ListAddonsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetAddonWhen, GET, "^/addons/[^/]*$";
        path id = "^/addons/{}$";
    }
    client_core::mock_then! {
        GetAddonThen;
        status ok: &types::AddonResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateAddonWhen, PUT, "^/addons/[^/]*$";
        path id = "^/addons/{}$";
        body body: &types::UpdateAddonRequest;
    }
    client_core::mock_then! {
        UpdateAddonThen;
        status ok: &types::AddonResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteAddonWhen, DELETE, "^/addons/[^/]*$";
        path id = "^/addons/{}$";
    }
    client_core::mock_then! {
        DeleteAddonThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetAddonCreditGrantsWhen, GET, "^/addons/[^/]*/creditgrants$";
        path id = "^/addons/{}/creditgrants$";
    }
    client_core::mock_then! {
        GetAddonCreditGrantsThen;
        status ok: &types::ListCreditGrantsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetAddonEntitlementsWhen, GET, "^/addons/[^/]*/entitlements$";
        path id = "^/addons/{}/entitlements$";
    }
    client_core::mock_then! {
        GetAddonEntitlementsThen;
        status ok: &types::ListEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryAlertLogWhen, POST, "^/alerts/search$";
        body body: &types::AlertLogFilter;
    }
    client_core::mock_then! {
        QueryAlertLogThen;
        status ok: &types::ListAlertLogsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateAlertSettingsWhen, POST, "^/alerts/setting$";
        body body: &types::CreateAlertSettingsRequest;
    }
    client_core::mock_then! {
        CreateAlertSettingsThen;
        status created: &types::AlertSettingsResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryAlertSettingsWhen, POST, "^/alerts/setting/search$";
        body body: &types::AlertSettingsFilter;
    }
    client_core::mock_then! {
        QueryAlertSettingsThen;
        status ok: &types::ListAlertSettingsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetAlertSettingsWhen, GET, "^/alerts/setting/[^/]*$";
        path id = "^/alerts/setting/{}$";
    }
    client_core::mock_then! {
        GetAlertSettingsThen;
        status ok: &types::AlertSettingsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateAlertSettingsWhen, PUT, "^/alerts/setting/[^/]*$";
        path id = "^/alerts/setting/{}$";
        body body: &types::UpdateAlertSettingsRequest;
    }
    client_core::mock_then! {
        UpdateAlertSettingsThen;
        status ok: &types::AlertSettingsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteAlertSettingsWhen, DELETE, "^/alerts/setting/[^/]*$";
        path id = "^/alerts/setting/{}$";
    }
    client_core::mock_then! {
        DeleteAlertSettingsThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCheckoutSessionWhen, POST, "^/checkout/sessions$";
        body body: &types::CreateCheckoutSessionRequest;
    }
    client_core::mock_then! {
        CreateCheckoutSessionThen;
        status created: &types::CheckoutSessionResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCheckoutSessionWhen, GET, "^/checkout/sessions/[^/]*$";
        path id = "^/checkout/sessions/{}$";
    }
    client_core::mock_then! {
        GetCheckoutSessionThen;
        status ok: &types::CheckoutSessionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteCheckoutSessionWhen, DELETE, "^/checkout/sessions/[^/]*$";
        path id = "^/checkout/sessions/{}$";
    }
    client_core::mock_then! {
        DeleteCheckoutSessionThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCostsheetWhen, POST, "^/costs$";
        body body: &types::CreateCostsheetRequest;
    }
    client_core::mock_then! {
        CreateCostsheetThen;
        status created: &types::CreateCostsheetResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetActiveCostsheetWhen, GET, "^/costs/active$";
    }
    client_core::mock_then! {
        GetActiveCostsheetThen;
        status ok: &types::CostsheetResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetDetailedCostAnalyticsWhen, POST, "^/costs/analytics$";
        body body: &types::GetCostAnalyticsRequest;
    }
    client_core::mock_then! {
        GetDetailedCostAnalyticsThen;
        status ok: &types::GetDetailedCostAnalyticsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryCostsheetWhen, POST, "^/costs/search$";
        body body: &types::CostsheetFilter;
    }
    client_core::mock_then! {
        QueryCostsheetThen;
        status ok: &types::ListCostsheetResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCostsheetWhen, GET, "^/costs/[^/]*$";
        path id = "^/costs/{}$";
        query_ref expand: str = "expand";
    }
    client_core::mock_then! {
        GetCostsheetThen;
        status ok: &types::GetCostsheetResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateCostsheetWhen, PUT, "^/costs/[^/]*$";
        path id = "^/costs/{}$";
        body body: &types::UpdateCostsheetRequest;
    }
    client_core::mock_then! {
        UpdateCostsheetThen;
        status ok: &types::UpdateCostsheetResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteCostsheetWhen, DELETE, "^/costs/[^/]*$";
        path id = "^/costs/{}$";
    }
    client_core::mock_then! {
        DeleteCostsheetThen;
        status ok: &types::DeleteCostsheetResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCouponWhen, POST, "^/coupons$";
        body body: &types::CreateCouponRequest;
    }
    client_core::mock_then! {
        CreateCouponThen;
        status created: &types::CouponResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListCouponAssociationsWhen, GET, "^/coupons/associations$";
        query active_only: bool = "active_only";
        query_each coupon_ids: ::std::vec::Vec<::std::string::String> = "coupon_ids";
        query_ref expand: str = "expand";
        query limit: i64 = "limit";
        query offset: i64 = "offset";
        query_each subscription_ids: ::std::vec::Vec<::std::string::String> = "subscription_ids";
    }
    client_core::mock_then! {
        ListCouponAssociationsThen;
        status ok: &types::ListCouponAssociationsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCouponAssociationWhen, GET, "^/coupons/associations/[^/]*$";
        path id = "^/coupons/associations/{}$";
    }
    client_core::mock_then! {
        GetCouponAssociationThen;
        status ok: &types::CouponAssociationResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCouponByCodeWhen, GET, "^/coupons/code/[^/]*$";
        path code = "^/coupons/code/{}$";
    }
    client_core::mock_then! {
        GetCouponByCodeThen;
        status ok: &types::CouponResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryCouponWhen, POST, "^/coupons/search$";
        body body: &types::CouponFilter;
    }
    client_core::mock_then! {
        QueryCouponThen;
        status ok: &types::ListCouponsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCouponWhen, GET, "^/coupons/[^/]*$";
        path id = "^/coupons/{}$";
    }
    client_core::mock_then! {
        GetCouponThen;
        status ok: &types::CouponResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateCouponWhen, PUT, "^/coupons/[^/]*$";
        path id = "^/coupons/{}$";
        body body: &types::UpdateCouponRequest;
    }
    client_core::mock_then! {
        UpdateCouponThen;
        status ok: &types::CouponResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteCouponWhen, DELETE, "^/coupons/[^/]*$";
        path id = "^/coupons/{}$";
    }
    client_core::mock_then! {
        DeleteCouponThen;
        status ok: &types::StringMap = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCreditGrantWhen, POST, "^/creditgrants$";
        body body: &types::CreateCreditGrantRequest;
    }
    client_core::mock_then! {
        CreateCreditGrantThen;
        status created: &types::CreditGrantResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCreditGrantWhen, GET, "^/creditgrants/[^/]*$";
        path id = "^/creditgrants/{}$";
    }
    client_core::mock_then! {
        GetCreditGrantThen;
        status ok: &types::CreditGrantResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateCreditGrantWhen, PUT, "^/creditgrants/[^/]*$";
        path id = "^/creditgrants/{}$";
        body body: &types::UpdateCreditGrantRequest;
    }
    client_core::mock_then! {
        UpdateCreditGrantThen;
        status ok: &types::CreditGrantResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteCreditGrantWhen, DELETE, "^/creditgrants/[^/]*$";
        path id = "^/creditgrants/{}$";
        body body: &types::DeleteCreditGrantRequest;
    }
    client_core::mock_then! {
        DeleteCreditGrantThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCreditNoteWhen, POST, "^/creditnotes$";
        body body: &types::CreateCreditNoteRequest;
    }
    client_core::mock_then! {
        CreateCreditNoteThen;
        status created: &types::CreditNoteResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCreditNoteWhen, GET, "^/creditnotes/[^/]*$";
        path id = "^/creditnotes/{}$";
    }
    client_core::mock_then! {
        GetCreditNoteThen;
        status ok: &types::CreditNoteResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ProcessCreditNoteWhen, POST, "^/creditnotes/[^/]*/finalize$";
        path id = "^/creditnotes/{}/finalize$";
    }
    client_core::mock_then! {
        ProcessCreditNoteThen;
        status ok: &types::CreditNoteResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        VoidCreditNoteWhen, POST, "^/creditnotes/[^/]*/void$";
        path id = "^/creditnotes/{}/void$";
    }
    client_core::mock_then! {
        VoidCreditNoteThen;
        status ok: &types::CreditNoteResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateCustomerWhen, PUT, "^/customers$";
        query_ref external_customer_id: str = "external_customer_id";
        query_ref id: str = "id";
        body body: &types::UpdateCustomerRequest;
    }
    client_core::mock_then! {
        UpdateCustomerThen;
        status ok: &types::CustomerResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateCustomerWhen, POST, "^/customers$";
        body body: &types::CreateCustomerRequest;
    }
    client_core::mock_then! {
        CreateCustomerThen;
        status created: &types::CustomerResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerByExternalIdWhen, GET, "^/customers/external/[^/]*$";
        path external_id = "^/customers/external/{}$";
    }
    client_core::mock_then! {
        GetCustomerByExternalIdThen;
        status ok: &types::CustomerResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerEntitlementsByExternalIdWhen, GET, "^/customers/external/[^/]*/entitlements$";
        path external_id = "^/customers/external/{}/entitlements$";
    }
    client_core::mock_then! {
        GetCustomerEntitlementsByExternalIdThen;
        status ok: &types::CustomerEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionsForCustomerWhen, GET, "^/customers/external/[^/]*/subscriptions$";
        path external_id = "^/customers/external/{}/subscriptions$";
        query_ref expand: str = "expand";
    }
    client_core::mock_then! {
        GetSubscriptionsForCustomerThen;
        status ok: &types::ListSubscriptionsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryCustomerWhen, POST, "^/customers/search$";
        body body: &types::CustomerFilter;
    }
    client_core::mock_then! {
        QueryCustomerThen;
        status ok: &types::ListCustomersResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerUsageSummaryWhen, GET, "^/customers/usage$";
        query_ref customer_id: str = "customer_id";
        query_ref customer_lookup_key: str = "customer_lookup_key";
        query_each feature_ids: ::std::vec::Vec<::std::string::String> = "feature_ids";
        query_each feature_lookup_keys: ::std::vec::Vec<::std::string::String> = "feature_lookup_keys";
        query_each subscription_ids: ::std::vec::Vec<::std::string::String> = "subscription_ids";
    }
    client_core::mock_then! {
        GetCustomerUsageSummaryThen;
        status ok: &types::CustomerUsageSummaryResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerWalletsWhen, GET, "^/customers/wallets$";
        query x: i64 = "-";
        query_ref expand: str = "expand";
        query from_cache: bool = "from_cache";
        query_ref id: str = "id";
        query include_real_time_balance: bool = "include_real_time_balance";
        query_ref lookup_key: str = "lookup_key";
    }
    client_core::mock_then! {
        GetCustomerWalletsThen;
        status ok: &types::WalletResponseList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerWhen, GET, "^/customers/[^/]*$";
        path id = "^/customers/{}$";
    }
    client_core::mock_then! {
        GetCustomerThen;
        status ok: &types::CustomerResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteCustomerWhen, DELETE, "^/customers/[^/]*$";
        path id = "^/customers/{}$";
    }
    client_core::mock_then! {
        DeleteCustomerThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerEntitlementsWhen, GET, "^/customers/[^/]*/entitlements$";
        path id = "^/customers/{}/entitlements$";
    }
    client_core::mock_then! {
        GetCustomerEntitlementsThen;
        status ok: &types::CustomerEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerUpcomingGrantsWhen, GET, "^/customers/[^/]*/grants/upcoming$";
        path id = "^/customers/{}/grants/upcoming$";
    }
    client_core::mock_then! {
        GetCustomerUpcomingGrantsThen;
        status ok: &types::ListCreditGrantApplicationsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetCustomerInvoiceSummaryWhen, GET, "^/customers/[^/]*/invoices/summary$";
        path id = "^/customers/{}/invoices/summary$";
    }
    client_core::mock_then! {
        GetCustomerInvoiceSummaryThen;
        status ok: &types::CustomerMultiCurrencyInvoiceSummary = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetWalletsByCustomerIdWhen, GET, "^/customers/[^/]*/wallets$";
        path id = "^/customers/{}/wallets$";
    }
    client_core::mock_then! {
        GetWalletsByCustomerIdThen;
        status ok: &types::WalletResponseList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateEntitlementWhen, POST, "^/entitlements$";
        body body: &types::CreateEntitlementRequest;
    }
    client_core::mock_then! {
        CreateEntitlementThen;
        status created: &types::EntitlementResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateEntitlementsBulkWhen, POST, "^/entitlements/bulk$";
        body body: &types::CreateBulkEntitlementRequest;
    }
    client_core::mock_then! {
        CreateEntitlementsBulkThen;
        status created: &types::CreateBulkEntitlementResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryEntitlementWhen, POST, "^/entitlements/search$";
        body body: &types::EntitlementFilter;
    }
    client_core::mock_then! {
        QueryEntitlementThen;
        status ok: &types::ListEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetEntitlementWhen, GET, "^/entitlements/[^/]*$";
        path id = "^/entitlements/{}$";
    }
    client_core::mock_then! {
        GetEntitlementThen;
        status ok: &types::EntitlementResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateEntitlementWhen, PUT, "^/entitlements/[^/]*$";
        path id = "^/entitlements/{}$";
        body body: &types::UpdateEntitlementRequest;
    }
    client_core::mock_then! {
        UpdateEntitlementThen;
        status ok: &types::EntitlementResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteEntitlementWhen, DELETE, "^/entitlements/[^/]*$";
        path id = "^/entitlements/{}$";
    }
    client_core::mock_then! {
        DeleteEntitlementThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CloneEnvironmentWhen, POST, "^/environments/[^/]*/clone$";
        path id = "^/environments/{}/clone$";
        body body: &types::CloneEnvironmentRequest;
    }
    client_core::mock_then! {
        CloneEnvironmentThen;
        status accepted: &types::ModelsTemporalWorkflowResult = 202;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        IngestEventWhen, POST, "^/events$";
        body body: &types::IngestEventRequest;
    }
    client_core::mock_then! {
        IngestEventThen;
        status accepted: &types::StringMap = 202;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetUsageAnalyticsWhen, POST, "^/events/analytics$";
        body body: &types::GetUsageAnalyticsRequest;
    }
    client_core::mock_then! {
        GetUsageAnalyticsThen;
        status ok: &types::GetUsageAnalyticsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        IngestEventsBulkWhen, POST, "^/events/bulk$";
        body body: &types::BulkIngestEventRequest;
    }
    client_core::mock_then! {
        IngestEventsBulkThen;
        status accepted: &types::StringMap = 202;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetHuggingfaceInferenceDataWhen, POST, "^/events/huggingface-inference$";
        body body: &types::GetHuggingFaceBillingDataRequest;
    }
    client_core::mock_then! {
        GetHuggingfaceInferenceDataThen;
        status ok: &types::GetHuggingFaceBillingDataResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetEventWhen, GET, "^/events/lookup$";
        query_req id: &str = "id";
    }
    client_core::mock_then! {
        GetEventThen;
        status ok: &types::GetEventByIdResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListRawEventsWhen, POST, "^/events/query$";
        body body: &types::GetEventsRequest;
    }
    client_core::mock_then! {
        ListRawEventsThen;
        status ok: &types::GetEventsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetUsageStatisticsWhen, POST, "^/events/usage$";
        body body: &types::GetUsageRequest;
    }
    client_core::mock_then! {
        GetUsageStatisticsThen;
        status ok: &types::GetUsageResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetUsageByMeterWhen, POST, "^/events/usage/meter$";
        body body: &types::GetUsageByMeterRequest;
    }
    client_core::mock_then! {
        GetUsageByMeterThen;
        status ok: &types::GetUsageResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateFeatureWhen, POST, "^/features$";
        body body: &types::CreateFeatureRequest;
    }
    client_core::mock_then! {
        CreateFeatureThen;
        status created: &types::FeatureResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryFeatureWhen, POST, "^/features/search$";
        body body: &types::FeatureFilter;
    }
    client_core::mock_then! {
        QueryFeatureThen;
        status ok: &types::ListFeaturesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateFeatureWhen, PUT, "^/features/[^/]*$";
        path id = "^/features/{}$";
        body body: &types::UpdateFeatureRequest;
    }
    client_core::mock_then! {
        UpdateFeatureThen;
        status ok: &types::FeatureResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteFeatureWhen, DELETE, "^/features/[^/]*$";
        path id = "^/features/{}$";
    }
    client_core::mock_then! {
        DeleteFeatureThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CloneFeatureWhen, POST, "^/features/[^/]*/clone$";
        path id = "^/features/{}/clone$";
        body body: &types::CloneFeatureRequest;
    }
    client_core::mock_then! {
        CloneFeatureThen;
        status created: &types::FeatureResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateGroupWhen, POST, "^/groups$";
        body body: &types::CreateGroupRequest;
    }
    client_core::mock_then! {
        CreateGroupThen;
        status created: &types::GroupResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryGroupWhen, POST, "^/groups/search$";
        body body: &types::GroupFilter;
    }
    client_core::mock_then! {
        QueryGroupThen;
        status ok: &types::ListGroupsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetGroupWhen, GET, "^/groups/[^/]*$";
        path id = "^/groups/{}$";
    }
    client_core::mock_then! {
        GetGroupThen;
        status ok: &types::GroupResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteGroupWhen, DELETE, "^/groups/[^/]*$";
        path id = "^/groups/{}$";
    }
    client_core::mock_then! {
        DeleteGroupThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetIntegrationConfigWhen, GET, "^/integrations/config$";
    }
    client_core::mock_then! {
        GetIntegrationConfigThen;
        status ok: &types::IntegrationConfigResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        LinkIntegrationMappingWhen, POST, "^/integrations/link$";
        body body: &types::LinkIntegrationMappingRequest;
    }
    client_core::mock_then! {
        LinkIntegrationMappingThen;
        status ok: &types::LinkIntegrationMappingResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DelinkIntegrationMappingWhen, DELETE, "^/integrations/link$";
        body body: &types::DelinkIntegrationMappingRequest;
    }
    client_core::mock_then! {
        DelinkIntegrationMappingThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetEntityIntegrationMappingsWhen, GET, "^/integrations/mappings$";
        query_req entity_id: &str = "entity_id";
        query_req entity_type: &str = "entity_type";
    }
    client_core::mock_then! {
        GetEntityIntegrationMappingsThen;
        status ok: &types::ListEntityIntegrationMappingsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateInvoiceWhen, POST, "^/invoices$";
        body body: &types::CreateInvoiceRequest;
    }
    client_core::mock_then! {
        CreateInvoiceThen;
        status created: &types::InvoiceResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetInvoicePreviewWhen, POST, "^/invoices/preview$";
        body body: &types::GetPreviewInvoiceRequest;
    }
    client_core::mock_then! {
        GetInvoicePreviewThen;
        status ok: &types::InvoiceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryInvoiceWhen, POST, "^/invoices/search$";
        body body: &types::InvoiceFilter;
    }
    client_core::mock_then! {
        QueryInvoiceThen;
        status ok: &types::ListInvoicesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetInvoiceWhen, GET, "^/invoices/[^/]*$";
        path id = "^/invoices/{}$";
        query_ref expand: str = "expand";
        query expand_by_source: bool = "expand_by_source";
        query_each group_by: ::std::vec::Vec<::std::string::String> = "group_by";
    }
    client_core::mock_then! {
        GetInvoiceThen;
        status ok: &types::InvoiceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateInvoiceWhen, PUT, "^/invoices/[^/]*$";
        path id = "^/invoices/{}$";
        body body: &types::UpdateInvoiceRequest;
    }
    client_core::mock_then! {
        UpdateInvoiceThen;
        status ok: &types::InvoiceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        TriggerInvoiceCommsWebhookWhen, POST, "^/invoices/[^/]*/comms/trigger$";
        path id = "^/invoices/{}/comms/trigger$";
    }
    client_core::mock_then! {
        TriggerInvoiceCommsWebhookThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        FinalizeInvoiceWhen, POST, "^/invoices/[^/]*/finalize$";
        path id = "^/invoices/{}/finalize$";
    }
    client_core::mock_then! {
        FinalizeInvoiceThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateInvoicePaymentStatusWhen, PUT, "^/invoices/[^/]*/payment$";
        path id = "^/invoices/{}/payment$";
        body body: &types::UpdatePaymentStatusRequest;
    }
    client_core::mock_then! {
        UpdateInvoicePaymentStatusThen;
        status ok: &types::InvoiceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        AttemptInvoicePaymentWhen, POST, "^/invoices/[^/]*/payment/attempt$";
        path id = "^/invoices/{}/payment/attempt$";
    }
    client_core::mock_then! {
        AttemptInvoicePaymentThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetInvoicePdfWhen, GET, "^/invoices/[^/]*/pdf$";
        path id = "^/invoices/{}/pdf$";
        query force_generate: bool = "force_generate";
        query url: bool = "url";
    }
    client_core::mock_then! {
        GetInvoicePdfThen;
        status_value ok: ::serde_json::Value = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        RecalculateInvoiceWhen, POST, "^/invoices/[^/]*/recalculate$";
        path id = "^/invoices/{}/recalculate$";
    }
    client_core::mock_then! {
        RecalculateInvoiceThen;
        status accepted: &types::ModelsTemporalWorkflowResult = 202;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        RecalculateInvoiceV2When, POST, "^/invoices/[^/]*/recalculate-v2$";
        path id = "^/invoices/{}/recalculate-v2$";
        query finalize: bool = "finalize";
    }
    client_core::mock_then! {
        RecalculateInvoiceV2Then;
        status ok: &types::InvoiceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        VoidInvoiceWhen, POST, "^/invoices/[^/]*/void$";
        path id = "^/invoices/{}/void$";
    }
    client_core::mock_then! {
        VoidInvoiceThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateMarketplaceAgreementWhen, POST, "^/marketplace/agreements$";
        body body: &types::RegisterMarketplaceAgreementRequest;
    }
    client_core::mock_then! {
        CreateMarketplaceAgreementThen;
        status created: &types::RegisterMarketplaceAgreementResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListPaymentsWhen, GET, "^/payments$";
        query_ref currency: str = "currency";
        query_ref destination_id: str = "destination_id";
        query_ref destination_type: str = "destination_type";
        query_ref end_time: str = "end_time";
        query_ref expand: str = "expand";
        query_ref gateway_payment_id: str = "gateway_payment_id";
        query_ref gateway_tracking_id: str = "gateway_tracking_id";
        query limit: ::std::num::NonZeroU64 = "limit";
        query offset: u64 = "offset";
        query order: types::ListPaymentsOrder = "order";
        query_ref payment_gateway: str = "payment_gateway";
        query_each payment_ids: ::std::vec::Vec<::std::string::String> = "payment_ids";
        query_ref payment_method_type: str = "payment_method_type";
        query_ref payment_status: str = "payment_status";
        query_ref sort: str = "sort";
        query_ref start_time: str = "start_time";
        query status: types::ListPaymentsStatus = "status";
    }
    client_core::mock_then! {
        ListPaymentsThen;
        status ok: &types::ListPaymentsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreatePaymentWhen, POST, "^/payments$";
        body body: &types::CreatePaymentRequest;
    }
    client_core::mock_then! {
        CreatePaymentThen;
        status created: &types::PaymentResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPaymentWhen, GET, "^/payments/[^/]*$";
        path id = "^/payments/{}$";
    }
    client_core::mock_then! {
        GetPaymentThen;
        status ok: &types::PaymentResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdatePaymentWhen, PUT, "^/payments/[^/]*$";
        path id = "^/payments/{}$";
        body body: &types::UpdatePaymentRequest;
    }
    client_core::mock_then! {
        UpdatePaymentThen;
        status ok: &types::PaymentResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeletePaymentWhen, DELETE, "^/payments/[^/]*$";
        path id = "^/payments/{}$";
    }
    client_core::mock_then! {
        DeletePaymentThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ProcessPaymentWhen, POST, "^/payments/[^/]*/process$";
        path id = "^/payments/{}/process$";
    }
    client_core::mock_then! {
        ProcessPaymentThen;
        status ok: &types::PaymentResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreatePlanWhen, POST, "^/plans$";
        body body: &types::CreatePlanRequest;
    }
    client_core::mock_then! {
        CreatePlanThen;
        status created: &types::PlanResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryPlanWhen, POST, "^/plans/search$";
        body body: &types::PlanFilter;
    }
    client_core::mock_then! {
        QueryPlanThen;
        status ok: &types::ListPlansResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPlanWhen, GET, "^/plans/[^/]*$";
        path id = "^/plans/{}$";
    }
    client_core::mock_then! {
        GetPlanThen;
        status ok: &types::PlanResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdatePlanWhen, PUT, "^/plans/[^/]*$";
        path id = "^/plans/{}$";
        body body: &types::UpdatePlanRequest;
    }
    client_core::mock_then! {
        UpdatePlanThen;
        status ok: &types::PlanResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeletePlanWhen, DELETE, "^/plans/[^/]*$";
        path id = "^/plans/{}$";
    }
    client_core::mock_then! {
        DeletePlanThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ClonePlanWhen, POST, "^/plans/[^/]*/clone$";
        path id = "^/plans/{}/clone$";
        body body: &types::ClonePlanRequest;
    }
    client_core::mock_then! {
        ClonePlanThen;
        status created: &types::PlanResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPlanCreditGrantsWhen, GET, "^/plans/[^/]*/creditgrants$";
        path id = "^/plans/{}/creditgrants$";
    }
    client_core::mock_then! {
        GetPlanCreditGrantsThen;
        status ok: &types::ListCreditGrantsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPlanEntitlementsWhen, GET, "^/plans/[^/]*/entitlements$";
        path id = "^/plans/{}/entitlements$";
    }
    client_core::mock_then! {
        GetPlanEntitlementsThen;
        status ok: &types::ListEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        SyncPlanPricesWhen, POST, "^/plans/[^/]*/sync/subscriptions$";
        path id = "^/plans/{}/sync/subscriptions$";
    }
    client_core::mock_then! {
        SyncPlanPricesThen;
        status ok: &types::ModelsTemporalWorkflowResult = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreatePriceWhen, POST, "^/prices$";
        body body: &types::CreatePriceRequest;
    }
    client_core::mock_then! {
        CreatePriceThen;
        status created: &types::PriceResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreatePricesBulkWhen, POST, "^/prices/bulk$";
        body body: &types::CreateBulkPriceRequest;
    }
    client_core::mock_then! {
        CreatePricesBulkThen;
        status created: &types::CreateBulkPriceResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPriceByLookupKeyWhen, GET, "^/prices/lookup/[^/]*$";
        path lookup_key = "^/prices/lookup/{}$";
    }
    client_core::mock_then! {
        GetPriceByLookupKeyThen;
        status ok: &types::PriceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryPriceWhen, POST, "^/prices/search$";
        body body: &types::PriceFilter;
    }
    client_core::mock_then! {
        QueryPriceThen;
        status ok: &types::ListPricesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListPriceUnitsWhen, GET, "^/prices/units$";
        query limit: ::std::num::NonZeroU64 = "limit";
        query offset: u64 = "offset";
        query order: types::ListPriceUnitsOrder = "order";
        query_ref sort: str = "sort";
        query_ref status: str = "status";
    }
    client_core::mock_then! {
        ListPriceUnitsThen;
        status ok: &types::ListPriceUnitsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreatePriceUnitWhen, POST, "^/prices/units$";
        body body: &types::CreatePriceUnitRequest;
    }
    client_core::mock_then! {
        CreatePriceUnitThen;
        status created: &types::CreatePriceUnitResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPriceUnitByCodeWhen, GET, "^/prices/units/code/[^/]*$";
        path code = "^/prices/units/code/{}$";
    }
    client_core::mock_then! {
        GetPriceUnitByCodeThen;
        status ok: &types::PriceUnitResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryPriceUnitWhen, POST, "^/prices/units/search$";
        body body: &types::PriceUnitFilter;
    }
    client_core::mock_then! {
        QueryPriceUnitThen;
        status ok: &types::ListPriceUnitsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPriceUnitWhen, GET, "^/prices/units/[^/]*$";
        path id = "^/prices/units/{}$";
    }
    client_core::mock_then! {
        GetPriceUnitThen;
        status ok: &types::PriceUnitResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdatePriceUnitWhen, PUT, "^/prices/units/[^/]*$";
        path id = "^/prices/units/{}$";
        body body: &types::UpdatePriceUnitRequest;
    }
    client_core::mock_then! {
        UpdatePriceUnitThen;
        status ok: &types::PriceUnitResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeletePriceUnitWhen, DELETE, "^/prices/units/[^/]*$";
        path id = "^/prices/units/{}$";
    }
    client_core::mock_then! {
        DeletePriceUnitThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetPriceWhen, GET, "^/prices/[^/]*$";
        path id = "^/prices/{}$";
    }
    client_core::mock_then! {
        GetPriceThen;
        status ok: &types::PriceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdatePriceWhen, PUT, "^/prices/[^/]*$";
        path id = "^/prices/{}$";
        body body: &types::UpdatePriceRequest;
    }
    client_core::mock_then! {
        UpdatePriceThen;
        status ok: &types::PriceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeletePriceWhen, DELETE, "^/prices/[^/]*$";
        path id = "^/prices/{}$";
        body body: &types::DeletePriceRequest;
    }
    client_core::mock_then! {
        DeletePriceThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListRbacRolesWhen, GET, "^/rbac/roles$";
        query user_type: types::ListRbacRolesUserType = "user_type";
    }
    client_core::mock_then! {
        ListRbacRolesThen;
        status ok: &types::JsonObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetRbacRoleWhen, GET, "^/rbac/roles/[^/]*$";
        path id = "^/rbac/roles/{}$";
    }
    client_core::mock_then! {
        GetRbacRoleThen;
        status ok: &types::JsonObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListApiKeysWhen, GET, "^/secrets/api/keys$";
        query limit: i64 = "limit";
        query offset: i64 = "offset";
        query_ref status: str = "status";
    }
    client_core::mock_then! {
        ListApiKeysThen;
        status ok: &types::ListSecretsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateApiKeyWhen, POST, "^/secrets/api/keys$";
        body body: &types::CreateApiKeyRequest;
    }
    client_core::mock_then! {
        CreateApiKeyThen;
        status created: &types::CreateApiKeyResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteApiKeyWhen, DELETE, "^/secrets/api/keys/[^/]*$";
        path id = "^/secrets/api/keys/{}$";
    }
    client_core::mock_then! {
        DeleteApiKeyThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateSubscriptionWhen, POST, "^/subscriptions$";
        body body: &types::CreateSubscriptionRequest;
    }
    client_core::mock_then! {
        CreateSubscriptionThen;
        status created: &types::SubscriptionResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        AddSubscriptionAddonWhen, POST, "^/subscriptions/addon$";
        body body: &types::AddAddonRequest;
    }
    client_core::mock_then! {
        AddSubscriptionAddonThen;
        status ok: &types::AddAddonToSubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        RemoveSubscriptionAddonWhen, DELETE, "^/subscriptions/addon$";
        body body: &types::RemoveAddonRequest;
    }
    client_core::mock_then! {
        RemoveSubscriptionAddonThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QuerySubscriptionLineItemsWhen, POST, "^/subscriptions/lineitems/search$";
        body body: &types::SubscriptionLineItemFilter;
    }
    client_core::mock_then! {
        QuerySubscriptionLineItemsThen;
        status ok: &types::ListSubscriptionLineItemsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateSubscriptionLineItemWhen, PUT, "^/subscriptions/lineitems/[^/]*$";
        path id = "^/subscriptions/lineitems/{}$";
        body body: &types::UpdateSubscriptionLineItemRequest;
    }
    client_core::mock_then! {
        UpdateSubscriptionLineItemThen;
        status ok: &types::SubscriptionLineItemResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteSubscriptionLineItemWhen, DELETE, "^/subscriptions/lineitems/[^/]*$";
        path id = "^/subscriptions/lineitems/{}$";
        body body: &types::DeleteSubscriptionLineItemRequest;
    }
    client_core::mock_then! {
        DeleteSubscriptionLineItemThen;
        status ok: &types::SubscriptionLineItemResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QuerySubscriptionWhen, POST, "^/subscriptions/search$";
        body body: &types::SubscriptionFilter;
    }
    client_core::mock_then! {
        QuerySubscriptionThen;
        status ok: &types::ListSubscriptionsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionUsageWhen, POST, "^/subscriptions/usage$";
        body body: &types::GetUsageBySubscriptionRequest;
    }
    client_core::mock_then! {
        GetSubscriptionUsageThen;
        status ok: &types::GetUsageBySubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionWhen, GET, "^/subscriptions/[^/]*$";
        path id = "^/subscriptions/{}$";
    }
    client_core::mock_then! {
        GetSubscriptionThen;
        status ok: &types::SubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateSubscriptionWhen, PUT, "^/subscriptions/[^/]*$";
        path id = "^/subscriptions/{}$";
        body body: &types::UpdateSubscriptionRequest;
    }
    client_core::mock_then! {
        UpdateSubscriptionThen;
        status ok: &types::SubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ActivateSubscriptionWhen, POST, "^/subscriptions/[^/]*/activate$";
        path id = "^/subscriptions/{}/activate$";
        body body: &types::ActivateDraftSubscriptionRequest;
    }
    client_core::mock_then! {
        ActivateSubscriptionThen;
        status ok: &types::SubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionAddonAssociationsWhen, GET, "^/subscriptions/[^/]*/addons/associations$";
        path id = "^/subscriptions/{}/addons/associations$";
    }
    client_core::mock_then! {
        GetSubscriptionAddonAssociationsThen;
        status ok: &types::AddonAssociationResponseList = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CancelSubscriptionWhen, POST, "^/subscriptions/[^/]*/cancel$";
        path id = "^/subscriptions/{}/cancel$";
        body body: &types::CancelSubscriptionRequest;
    }
    client_core::mock_then! {
        CancelSubscriptionThen;
        status ok: &types::CancelSubscriptionResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ExecuteSubscriptionChangeWhen, POST, "^/subscriptions/[^/]*/change/execute$";
        path id = "^/subscriptions/{}/change/execute$";
        body body: &types::SubscriptionChangeRequest;
    }
    client_core::mock_then! {
        ExecuteSubscriptionChangeThen;
        status ok: &types::SubscriptionChangeExecuteResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        PreviewSubscriptionChangeWhen, POST, "^/subscriptions/[^/]*/change/preview$";
        path id = "^/subscriptions/{}/change/preview$";
        body body: &types::SubscriptionChangeRequest;
    }
    client_core::mock_then! {
        PreviewSubscriptionChangeThen;
        status ok: &types::SubscriptionChangePreviewResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ExecuteSubscriptionPlanChangeV2When, POST, "^/subscriptions/[^/]*/change/v2/execute$";
        path id = "^/subscriptions/{}/change/v2/execute$";
        body body: &types::SubscriptionChangeV2Request;
    }
    client_core::mock_then! {
        ExecuteSubscriptionPlanChangeV2Then;
        status ok: &types::SubscriptionChangeV2Response = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        PreviewSubscriptionPlanChangeV2When, POST, "^/subscriptions/[^/]*/change/v2/preview$";
        path id = "^/subscriptions/{}/change/v2/preview$";
        body body: &types::SubscriptionChangeV2Request;
    }
    client_core::mock_then! {
        PreviewSubscriptionPlanChangeV2Then;
        status ok: &types::SubscriptionChangeV2Response = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionEntitlementsWhen, GET, "^/subscriptions/[^/]*/entitlements$";
        path id = "^/subscriptions/{}/entitlements$";
        query_each feature_ids: ::std::vec::Vec<::std::string::String> = "feature_ids";
    }
    client_core::mock_then! {
        GetSubscriptionEntitlementsThen;
        status ok: &types::SubscriptionEntitlementsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionUpcomingGrantsWhen, GET, "^/subscriptions/[^/]*/grants/upcoming$";
        path id = "^/subscriptions/{}/grants/upcoming$";
    }
    client_core::mock_then! {
        GetSubscriptionUpcomingGrantsThen;
        status ok: &types::ListCreditGrantApplicationsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateSubscriptionLineItemWhen, POST, "^/subscriptions/[^/]*/lineitems$";
        path id = "^/subscriptions/{}/lineitems$";
        body body: &types::CreateSubscriptionLineItemRequest;
    }
    client_core::mock_then! {
        CreateSubscriptionLineItemThen;
        status created: &types::SubscriptionLineItemResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ExecuteSubscriptionModifyWhen, POST, "^/subscriptions/[^/]*/modify/execute$";
        path id = "^/subscriptions/{}/modify/execute$";
        body body: &types::ExecuteSubscriptionModifyRequest;
    }
    client_core::mock_then! {
        ExecuteSubscriptionModifyThen;
        status ok: &types::SubscriptionModifyResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        PreviewSubscriptionModifyWhen, POST, "^/subscriptions/[^/]*/modify/preview$";
        path id = "^/subscriptions/{}/modify/preview$";
        body body: &types::ExecuteSubscriptionModifyRequest;
    }
    client_core::mock_then! {
        PreviewSubscriptionModifyThen;
        status ok: &types::SubscriptionModifyResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionV2When, GET, "^/subscriptions/[^/]*/v2$";
        path id = "^/subscriptions/{}/v2$";
        query_ref expand: str = "expand";
    }
    client_core::mock_then! {
        GetSubscriptionV2Then;
        status ok: &types::SubscriptionResponseV2 = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListTasksWhen, GET, "^/tasks$";
        query_ref created_by: str = "created_by";
        query_ref end_time: str = "end_time";
        query entity_type: types::ListTasksEntityType = "entity_type";
        query_ref expand: str = "expand";
        query limit: ::std::num::NonZeroU64 = "limit";
        query offset: u64 = "offset";
        query order: types::ListTasksOrder = "order";
        query_ref scheduled_task_id: str = "scheduled_task_id";
        query_ref sort: str = "sort";
        query_ref start_time: str = "start_time";
        query status: types::ListTasksStatus = "status";
        query task_status: types::ListTasksTaskStatus = "task_status";
        query task_type: types::ListTasksTaskType = "task_type";
    }
    client_core::mock_then! {
        ListTasksThen;
        status ok: &types::ListTasksResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTaskResultWhen, GET, "^/tasks/result$";
        query_req workflow_id: &str = "workflow_id";
    }
    client_core::mock_then! {
        GetTaskResultThen;
        status ok: &types::ModelsTemporalWorkflowResult = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListScheduledTasksWhen, GET, "^/tasks/scheduled$";
        query_ref connection_id: str = "connection_id";
        query enabled: bool = "enabled";
        query_ref entity_type: str = "entity_type";
        query_ref interval: str = "interval";
        query limit: i64 = "limit";
        query offset: i64 = "offset";
    }
    client_core::mock_then! {
        ListScheduledTasksThen;
        status ok: &types::ListScheduledTasksResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateScheduledTaskWhen, POST, "^/tasks/scheduled$";
        body body: &types::CreateScheduledTaskRequest;
    }
    client_core::mock_then! {
        CreateScheduledTaskThen;
        status created: &types::ScheduledTaskResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ScheduleDraftFinalizationWhen, POST, "^/tasks/scheduled/schedule-draft-finalization$";
    }
    client_core::mock_then! {
        ScheduleDraftFinalizationThen;
        status ok: &types::AnyObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ScheduleUpdateBillingPeriodWhen, POST, "^/tasks/scheduled/schedule-update-billing-period$";
        body body: &types::AnyObject;
    }
    client_core::mock_then! {
        ScheduleUpdateBillingPeriodThen;
        status ok: &types::AnyObject = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetScheduledTaskWhen, GET, "^/tasks/scheduled/[^/]*$";
        path id = "^/tasks/scheduled/{}$";
    }
    client_core::mock_then! {
        GetScheduledTaskThen;
        status ok: &types::ScheduledTaskResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateScheduledTaskWhen, PUT, "^/tasks/scheduled/[^/]*$";
        path id = "^/tasks/scheduled/{}$";
        body body: &types::UpdateScheduledTaskRequest;
    }
    client_core::mock_then! {
        UpdateScheduledTaskThen;
        status ok: &types::ScheduledTaskResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteScheduledTaskWhen, DELETE, "^/tasks/scheduled/[^/]*$";
        path id = "^/tasks/scheduled/{}$";
    }
    client_core::mock_then! {
        DeleteScheduledTaskThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        TriggerScheduledTaskRunWhen, POST, "^/tasks/scheduled/[^/]*/run$";
        path id = "^/tasks/scheduled/{}/run$";
        body body: &types::TriggerForceRunRequest;
    }
    client_core::mock_then! {
        TriggerScheduledTaskRunThen;
        status ok: &types::TriggerForceRunResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTaskWhen, GET, "^/tasks/[^/]*$";
        path id = "^/tasks/{}$";
    }
    client_core::mock_then! {
        GetTaskThen;
        status ok: &types::TaskResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DownloadTaskExportWhen, GET, "^/tasks/[^/]*/download$";
        path id = "^/tasks/{}/download$";
    }
    client_core::mock_then! {
        DownloadTaskExportThen;
        status ok: &types::StringMap = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateTaskStatusWhen, PUT, "^/tasks/[^/]*/status$";
        path id = "^/tasks/{}/status$";
        body body: &types::UpdateTaskStatusRequest;
    }
    client_core::mock_then! {
        UpdateTaskStatusThen;
        status ok: &types::SuccessResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListTaxAssociationsWhen, GET, "^/taxes/associations$";
        query_ref entity_id: str = "entity_id";
        query_ref entity_type: str = "entity_type";
        query_ref external_customer_id: str = "external_customer_id";
        query_ref tax_rate_id: str = "tax_rate_id";
    }
    client_core::mock_then! {
        ListTaxAssociationsThen;
        status ok: &types::ListTaxAssociationsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateTaxAssociationWhen, POST, "^/taxes/associations$";
        body body: &types::CreateTaxAssociationRequest;
    }
    client_core::mock_then! {
        CreateTaxAssociationThen;
        status ok: &types::TaxAssociationResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTaxAssociationWhen, GET, "^/taxes/associations/[^/]*$";
        path id = "^/taxes/associations/{}$";
    }
    client_core::mock_then! {
        GetTaxAssociationThen;
        status ok: &types::TaxAssociationResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateTaxAssociationWhen, PUT, "^/taxes/associations/[^/]*$";
        path id = "^/taxes/associations/{}$";
        body body: &types::TaxAssociationUpdateRequest;
    }
    client_core::mock_then! {
        UpdateTaxAssociationThen;
        status ok: &types::TaxAssociationResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteTaxAssociationWhen, DELETE, "^/taxes/associations/[^/]*$";
        path id = "^/taxes/associations/{}$";
    }
    client_core::mock_then! {
        DeleteTaxAssociationThen;
        status ok: &types::TaxAssociationResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTaxRatesWhen, GET, "^/taxes/rates$";
        query_ref end_time: str = "end_time";
        query_ref expand: str = "expand";
        query limit: ::std::num::NonZeroU64 = "limit";
        query offset: u64 = "offset";
        query order: types::GetTaxRatesOrder = "order";
        query scope: types::GetTaxRatesScope = "scope";
        query_ref start_time: str = "start_time";
        query status: types::GetTaxRatesStatus = "status";
        query_each taxrate_codes: ::std::vec::Vec<::std::string::String> = "taxrate_codes";
        query_each taxrate_ids: ::std::vec::Vec<::std::string::String> = "taxrate_ids";
    }
    client_core::mock_then! {
        GetTaxRatesThen;
        status ok: &types::ListTaxRatesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateTaxRateWhen, POST, "^/taxes/rates$";
        body body: &types::CreateTaxRateRequest;
    }
    client_core::mock_then! {
        CreateTaxRateThen;
        status created: &types::TaxRateResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTaxRateWhen, GET, "^/taxes/rates/[^/]*$";
        path id = "^/taxes/rates/{}$";
    }
    client_core::mock_then! {
        GetTaxRateThen;
        status ok: &types::TaxRateResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateTaxRateWhen, PUT, "^/taxes/rates/[^/]*$";
        path id = "^/taxes/rates/{}$";
        body body: &types::UpdateTaxRateRequest;
    }
    client_core::mock_then! {
        UpdateTaxRateThen;
        status ok: &types::TaxRateResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteTaxRateWhen, DELETE, "^/taxes/rates/[^/]*$";
        path id = "^/taxes/rates/{}$";
    }
    client_core::mock_then! {
        DeleteTaxRateThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTenantBillingUsageWhen, GET, "^/tenant/billing$";
    }
    client_core::mock_then! {
        GetTenantBillingUsageThen;
        status ok: &types::TenantBillingUsage = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateTenantWhen, PUT, "^/tenants/update$";
        body body: &types::UpdateTenantRequest;
    }
    client_core::mock_then! {
        UpdateTenantThen;
        status ok: &types::TenantResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetTenantByIdWhen, GET, "^/tenants/[^/]*$";
        path id = "^/tenants/{}$";
    }
    client_core::mock_then! {
        GetTenantByIdThen;
        status ok: &types::TenantResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        SearchUsageRecordsWhen, POST, "^/usage-records/search$";
        body body: &types::UsageRecordFilter;
    }
    client_core::mock_then! {
        SearchUsageRecordsThen;
        status ok: &types::ListUsageRecordsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateUserWhen, POST, "^/users$";
        body body: &types::CreateUserRequest;
    }
    client_core::mock_then! {
        CreateUserThen;
        status created: &types::CreateUserResponse = 201;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetUserInfoWhen, GET, "^/users/me$";
    }
    client_core::mock_then! {
        GetUserInfoThen;
        status ok: &types::UserResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateUserWhen, PUT, "^/users/me$";
        body body: &types::UpdateUserRequest;
    }
    client_core::mock_then! {
        UpdateUserThen;
        status ok: &types::UpdateUserResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryUserWhen, POST, "^/users/search$";
        body body: &types::UserFilter;
    }
    client_core::mock_then! {
        QueryUserThen;
        status ok: &types::ListUsersResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateServiceAccountWhen, PUT, "^/users/[^/]*$";
        path id = "^/users/{}$";
        body body: &types::UpdateServiceAccountRequest;
    }
    client_core::mock_then! {
        UpdateServiceAccountThen;
        status ok: &types::UpdateServiceAccountResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        DeleteServiceAccountWhen, DELETE, "^/users/[^/]*$";
        path id = "^/users/{}$";
    }
    client_core::mock_then! {
        DeleteServiceAccountThen;
        status no_content = 204;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateUserRolesWhen, PUT, "^/users/[^/]*/roles$";
        path id = "^/users/{}/roles$";
        body body: &types::UpdateUserRolesRequest;
    }
    client_core::mock_then! {
        UpdateUserRolesThen;
        status ok: &types::UpdateUserRolesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListAllSubscriptionSchedulesWhen, GET, "^/subscription-schedules$";
        query limit: i64 = "limit";
        query offset: i64 = "offset";
        query pending_only: bool = "pending_only";
        query_ref subscription_id: str = "subscription_id";
    }
    client_core::mock_then! {
        ListAllSubscriptionSchedulesThen;
        status ok: &types::GetPendingSchedulesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetSubscriptionScheduleWhen, GET, "^/subscription-schedules/[^/]*$";
        path id = "^/subscription-schedules/{}$";
    }
    client_core::mock_then! {
        GetSubscriptionScheduleThen;
        status ok: &types::SubscriptionScheduleResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CancelSubscriptionScheduleWhen, POST, "^/subscriptions/schedules/[^/]*/cancel$";
        path schedule_id = "^/subscriptions/schedules/{}/cancel$";
        body body: &types::CancelScheduleRequest;
    }
    client_core::mock_then! {
        CancelSubscriptionScheduleThen;
        status ok: &types::CancelScheduleResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        ListSubscriptionSchedulesWhen, GET, "^/subscriptions/[^/]*/schedules$";
        path subscription_id = "^/subscriptions/{}/schedules$";
    }
    client_core::mock_then! {
        ListSubscriptionSchedulesThen;
        status ok: &types::GetPendingSchedulesResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        CreateWalletWhen, POST, "^/wallets$";
        body body: &types::CreateWalletRequest;
    }
    client_core::mock_then! {
        CreateWalletThen;
        status ok: &types::WalletResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryWalletWhen, POST, "^/wallets/search$";
        body body: &types::WalletFilter;
    }
    client_core::mock_then! {
        QueryWalletThen;
        status ok: &types::ListWalletsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryWalletTransactionWhen, POST, "^/wallets/transactions/search$";
        body body: &types::WalletTransactionFilter;
    }
    client_core::mock_then! {
        QueryWalletTransactionThen;
        status ok: &types::ListWalletTransactionsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetWalletWhen, GET, "^/wallets/[^/]*$";
        path id = "^/wallets/{}$";
    }
    client_core::mock_then! {
        GetWalletThen;
        status ok: &types::WalletResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        UpdateWalletWhen, PUT, "^/wallets/[^/]*$";
        path id = "^/wallets/{}$";
        body body: &types::UpdateWalletRequest;
    }
    client_core::mock_then! {
        UpdateWalletThen;
        status ok: &types::WalletResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetWalletBalanceWhen, GET, "^/wallets/[^/]*/balance/real-time$";
        path id = "^/wallets/{}/balance/real-time$";
        query_ref expand: str = "expand";
    }
    client_core::mock_then! {
        GetWalletBalanceThen;
        status ok: &types::WalletBalanceResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        TerminateWalletWhen, POST, "^/wallets/[^/]*/terminate$";
        path id = "^/wallets/{}/terminate$";
    }
    client_core::mock_then! {
        TerminateWalletThen;
        status ok: &types::WalletResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        TopUpWalletWhen, POST, "^/wallets/[^/]*/top-up$";
        path id = "^/wallets/{}/top-up$";
        body body: &types::TopUpWalletRequest;
    }
    client_core::mock_then! {
        TopUpWalletThen;
        status ok: &types::TopUpWalletResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        GetWalletTransactionsWhen, GET, "^/wallets/[^/]*/transactions$";
        path id = "^/wallets/{}/transactions$";
        query_ref created_by: str = "created_by";
        query credits_available_gt: f64 = "credits_available_gt";
        query_ref end_time: str = "end_time";
        query_ref expand: str = "expand";
        query_ref expiry_date_after: str = "expiry_date_after";
        query_ref expiry_date_before: str = "expiry_date_before";
        query limit: ::std::num::NonZeroU64 = "limit";
        query offset: u64 = "offset";
        query order: types::GetWalletTransactionsOrder = "order";
        query priority: i64 = "priority";
        query_ref query_id: str = "id";
        query_ref reference_id: str = "reference_id";
        query_ref reference_type: str = "reference_type";
        query_ref start_time: str = "start_time";
        query status: types::GetWalletTransactionsStatus = "status";
        query transaction_reason: types::GetWalletTransactionsTransactionReason = "transaction_reason";
        query transaction_status: types::GetWalletTransactionsTransactionStatus = "transaction_status";
        query type_: types::GetWalletTransactionsType = "type";
    }
    client_core::mock_then! {
        GetWalletTransactionsThen;
        status ok: &types::ListWalletTransactionsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
    client_core::mock_when! {
        QueryWorkflowWhen, POST, "^/workflows/search$";
        body body: &types::WorkflowExecutionFilter;
    }
    client_core::mock_then! {
        QueryWorkflowThen;
        status ok: &types::ListWorkflowsResponse = 200;
        range client_error: &types::ErrorResponse = 4;
        range server_error: &types::ErrorResponse = 5;
    }
}
client_core::mock_server_ext! {
    /// One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.
    ///
    /// Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `FlexpriceMockServerExt::method(&server, |when, then| ...)`.
    FlexpriceMockServerExt;
    create_addon: CreateAddonWhen, CreateAddonThen;
    get_addon_by_lookup_key: GetAddonByLookupKeyWhen, GetAddonByLookupKeyThen;
    query_addon: QueryAddonWhen, QueryAddonThen;
    get_addon: GetAddonWhen, GetAddonThen;
    update_addon: UpdateAddonWhen, UpdateAddonThen;
    delete_addon: DeleteAddonWhen, DeleteAddonThen;
    get_addon_credit_grants: GetAddonCreditGrantsWhen, GetAddonCreditGrantsThen;
    get_addon_entitlements: GetAddonEntitlementsWhen, GetAddonEntitlementsThen;
    query_alert_log: QueryAlertLogWhen, QueryAlertLogThen;
    create_alert_settings: CreateAlertSettingsWhen, CreateAlertSettingsThen;
    query_alert_settings: QueryAlertSettingsWhen, QueryAlertSettingsThen;
    get_alert_settings: GetAlertSettingsWhen, GetAlertSettingsThen;
    update_alert_settings: UpdateAlertSettingsWhen, UpdateAlertSettingsThen;
    delete_alert_settings: DeleteAlertSettingsWhen, DeleteAlertSettingsThen;
    create_checkout_session: CreateCheckoutSessionWhen, CreateCheckoutSessionThen;
    get_checkout_session: GetCheckoutSessionWhen, GetCheckoutSessionThen;
    delete_checkout_session: DeleteCheckoutSessionWhen, DeleteCheckoutSessionThen;
    create_costsheet: CreateCostsheetWhen, CreateCostsheetThen;
    get_active_costsheet: GetActiveCostsheetWhen, GetActiveCostsheetThen;
    get_detailed_cost_analytics: GetDetailedCostAnalyticsWhen, GetDetailedCostAnalyticsThen;
    query_costsheet: QueryCostsheetWhen, QueryCostsheetThen;
    get_costsheet: GetCostsheetWhen, GetCostsheetThen;
    update_costsheet: UpdateCostsheetWhen, UpdateCostsheetThen;
    delete_costsheet: DeleteCostsheetWhen, DeleteCostsheetThen;
    create_coupon: CreateCouponWhen, CreateCouponThen;
    list_coupon_associations: ListCouponAssociationsWhen, ListCouponAssociationsThen;
    get_coupon_association: GetCouponAssociationWhen, GetCouponAssociationThen;
    get_coupon_by_code: GetCouponByCodeWhen, GetCouponByCodeThen;
    query_coupon: QueryCouponWhen, QueryCouponThen;
    get_coupon: GetCouponWhen, GetCouponThen;
    update_coupon: UpdateCouponWhen, UpdateCouponThen;
    delete_coupon: DeleteCouponWhen, DeleteCouponThen;
    create_credit_grant: CreateCreditGrantWhen, CreateCreditGrantThen;
    get_credit_grant: GetCreditGrantWhen, GetCreditGrantThen;
    update_credit_grant: UpdateCreditGrantWhen, UpdateCreditGrantThen;
    delete_credit_grant: DeleteCreditGrantWhen, DeleteCreditGrantThen;
    create_credit_note: CreateCreditNoteWhen, CreateCreditNoteThen;
    get_credit_note: GetCreditNoteWhen, GetCreditNoteThen;
    process_credit_note: ProcessCreditNoteWhen, ProcessCreditNoteThen;
    void_credit_note: VoidCreditNoteWhen, VoidCreditNoteThen;
    update_customer: UpdateCustomerWhen, UpdateCustomerThen;
    create_customer: CreateCustomerWhen, CreateCustomerThen;
    get_customer_by_external_id: GetCustomerByExternalIdWhen, GetCustomerByExternalIdThen;
    get_customer_entitlements_by_external_id: GetCustomerEntitlementsByExternalIdWhen, GetCustomerEntitlementsByExternalIdThen;
    get_subscriptions_for_customer: GetSubscriptionsForCustomerWhen, GetSubscriptionsForCustomerThen;
    query_customer: QueryCustomerWhen, QueryCustomerThen;
    get_customer_usage_summary: GetCustomerUsageSummaryWhen, GetCustomerUsageSummaryThen;
    get_customer_wallets: GetCustomerWalletsWhen, GetCustomerWalletsThen;
    get_customer: GetCustomerWhen, GetCustomerThen;
    delete_customer: DeleteCustomerWhen, DeleteCustomerThen;
    get_customer_entitlements: GetCustomerEntitlementsWhen, GetCustomerEntitlementsThen;
    get_customer_upcoming_grants: GetCustomerUpcomingGrantsWhen, GetCustomerUpcomingGrantsThen;
    get_customer_invoice_summary: GetCustomerInvoiceSummaryWhen, GetCustomerInvoiceSummaryThen;
    get_wallets_by_customer_id: GetWalletsByCustomerIdWhen, GetWalletsByCustomerIdThen;
    create_entitlement: CreateEntitlementWhen, CreateEntitlementThen;
    create_entitlements_bulk: CreateEntitlementsBulkWhen, CreateEntitlementsBulkThen;
    query_entitlement: QueryEntitlementWhen, QueryEntitlementThen;
    get_entitlement: GetEntitlementWhen, GetEntitlementThen;
    update_entitlement: UpdateEntitlementWhen, UpdateEntitlementThen;
    delete_entitlement: DeleteEntitlementWhen, DeleteEntitlementThen;
    clone_environment: CloneEnvironmentWhen, CloneEnvironmentThen;
    ingest_event: IngestEventWhen, IngestEventThen;
    get_usage_analytics: GetUsageAnalyticsWhen, GetUsageAnalyticsThen;
    ingest_events_bulk: IngestEventsBulkWhen, IngestEventsBulkThen;
    get_huggingface_inference_data: GetHuggingfaceInferenceDataWhen, GetHuggingfaceInferenceDataThen;
    get_event: GetEventWhen, GetEventThen;
    list_raw_events: ListRawEventsWhen, ListRawEventsThen;
    get_usage_statistics: GetUsageStatisticsWhen, GetUsageStatisticsThen;
    get_usage_by_meter: GetUsageByMeterWhen, GetUsageByMeterThen;
    create_feature: CreateFeatureWhen, CreateFeatureThen;
    query_feature: QueryFeatureWhen, QueryFeatureThen;
    update_feature: UpdateFeatureWhen, UpdateFeatureThen;
    delete_feature: DeleteFeatureWhen, DeleteFeatureThen;
    clone_feature: CloneFeatureWhen, CloneFeatureThen;
    create_group: CreateGroupWhen, CreateGroupThen;
    query_group: QueryGroupWhen, QueryGroupThen;
    get_group: GetGroupWhen, GetGroupThen;
    delete_group: DeleteGroupWhen, DeleteGroupThen;
    get_integration_config: GetIntegrationConfigWhen, GetIntegrationConfigThen;
    link_integration_mapping: LinkIntegrationMappingWhen, LinkIntegrationMappingThen;
    delink_integration_mapping: DelinkIntegrationMappingWhen, DelinkIntegrationMappingThen;
    get_entity_integration_mappings: GetEntityIntegrationMappingsWhen, GetEntityIntegrationMappingsThen;
    create_invoice: CreateInvoiceWhen, CreateInvoiceThen;
    get_invoice_preview: GetInvoicePreviewWhen, GetInvoicePreviewThen;
    query_invoice: QueryInvoiceWhen, QueryInvoiceThen;
    get_invoice: GetInvoiceWhen, GetInvoiceThen;
    update_invoice: UpdateInvoiceWhen, UpdateInvoiceThen;
    trigger_invoice_comms_webhook: TriggerInvoiceCommsWebhookWhen, TriggerInvoiceCommsWebhookThen;
    finalize_invoice: FinalizeInvoiceWhen, FinalizeInvoiceThen;
    update_invoice_payment_status: UpdateInvoicePaymentStatusWhen, UpdateInvoicePaymentStatusThen;
    attempt_invoice_payment: AttemptInvoicePaymentWhen, AttemptInvoicePaymentThen;
    get_invoice_pdf: GetInvoicePdfWhen, GetInvoicePdfThen;
    recalculate_invoice: RecalculateInvoiceWhen, RecalculateInvoiceThen;
    recalculate_invoice_v2: RecalculateInvoiceV2When, RecalculateInvoiceV2Then;
    void_invoice: VoidInvoiceWhen, VoidInvoiceThen;
    create_marketplace_agreement: CreateMarketplaceAgreementWhen, CreateMarketplaceAgreementThen;
    list_payments: ListPaymentsWhen, ListPaymentsThen;
    create_payment: CreatePaymentWhen, CreatePaymentThen;
    get_payment: GetPaymentWhen, GetPaymentThen;
    update_payment: UpdatePaymentWhen, UpdatePaymentThen;
    delete_payment: DeletePaymentWhen, DeletePaymentThen;
    process_payment: ProcessPaymentWhen, ProcessPaymentThen;
    create_plan: CreatePlanWhen, CreatePlanThen;
    query_plan: QueryPlanWhen, QueryPlanThen;
    get_plan: GetPlanWhen, GetPlanThen;
    update_plan: UpdatePlanWhen, UpdatePlanThen;
    delete_plan: DeletePlanWhen, DeletePlanThen;
    clone_plan: ClonePlanWhen, ClonePlanThen;
    get_plan_credit_grants: GetPlanCreditGrantsWhen, GetPlanCreditGrantsThen;
    get_plan_entitlements: GetPlanEntitlementsWhen, GetPlanEntitlementsThen;
    sync_plan_prices: SyncPlanPricesWhen, SyncPlanPricesThen;
    create_price: CreatePriceWhen, CreatePriceThen;
    create_prices_bulk: CreatePricesBulkWhen, CreatePricesBulkThen;
    get_price_by_lookup_key: GetPriceByLookupKeyWhen, GetPriceByLookupKeyThen;
    query_price: QueryPriceWhen, QueryPriceThen;
    list_price_units: ListPriceUnitsWhen, ListPriceUnitsThen;
    create_price_unit: CreatePriceUnitWhen, CreatePriceUnitThen;
    get_price_unit_by_code: GetPriceUnitByCodeWhen, GetPriceUnitByCodeThen;
    query_price_unit: QueryPriceUnitWhen, QueryPriceUnitThen;
    get_price_unit: GetPriceUnitWhen, GetPriceUnitThen;
    update_price_unit: UpdatePriceUnitWhen, UpdatePriceUnitThen;
    delete_price_unit: DeletePriceUnitWhen, DeletePriceUnitThen;
    get_price: GetPriceWhen, GetPriceThen;
    update_price: UpdatePriceWhen, UpdatePriceThen;
    delete_price: DeletePriceWhen, DeletePriceThen;
    list_rbac_roles: ListRbacRolesWhen, ListRbacRolesThen;
    get_rbac_role: GetRbacRoleWhen, GetRbacRoleThen;
    list_api_keys: ListApiKeysWhen, ListApiKeysThen;
    create_api_key: CreateApiKeyWhen, CreateApiKeyThen;
    delete_api_key: DeleteApiKeyWhen, DeleteApiKeyThen;
    create_subscription: CreateSubscriptionWhen, CreateSubscriptionThen;
    add_subscription_addon: AddSubscriptionAddonWhen, AddSubscriptionAddonThen;
    remove_subscription_addon: RemoveSubscriptionAddonWhen, RemoveSubscriptionAddonThen;
    query_subscription_line_items: QuerySubscriptionLineItemsWhen, QuerySubscriptionLineItemsThen;
    update_subscription_line_item: UpdateSubscriptionLineItemWhen, UpdateSubscriptionLineItemThen;
    delete_subscription_line_item: DeleteSubscriptionLineItemWhen, DeleteSubscriptionLineItemThen;
    query_subscription: QuerySubscriptionWhen, QuerySubscriptionThen;
    get_subscription_usage: GetSubscriptionUsageWhen, GetSubscriptionUsageThen;
    get_subscription: GetSubscriptionWhen, GetSubscriptionThen;
    update_subscription: UpdateSubscriptionWhen, UpdateSubscriptionThen;
    activate_subscription: ActivateSubscriptionWhen, ActivateSubscriptionThen;
    get_subscription_addon_associations: GetSubscriptionAddonAssociationsWhen, GetSubscriptionAddonAssociationsThen;
    cancel_subscription: CancelSubscriptionWhen, CancelSubscriptionThen;
    execute_subscription_change: ExecuteSubscriptionChangeWhen, ExecuteSubscriptionChangeThen;
    preview_subscription_change: PreviewSubscriptionChangeWhen, PreviewSubscriptionChangeThen;
    execute_subscription_plan_change_v2: ExecuteSubscriptionPlanChangeV2When, ExecuteSubscriptionPlanChangeV2Then;
    preview_subscription_plan_change_v2: PreviewSubscriptionPlanChangeV2When, PreviewSubscriptionPlanChangeV2Then;
    get_subscription_entitlements: GetSubscriptionEntitlementsWhen, GetSubscriptionEntitlementsThen;
    get_subscription_upcoming_grants: GetSubscriptionUpcomingGrantsWhen, GetSubscriptionUpcomingGrantsThen;
    create_subscription_line_item: CreateSubscriptionLineItemWhen, CreateSubscriptionLineItemThen;
    execute_subscription_modify: ExecuteSubscriptionModifyWhen, ExecuteSubscriptionModifyThen;
    preview_subscription_modify: PreviewSubscriptionModifyWhen, PreviewSubscriptionModifyThen;
    get_subscription_v2: GetSubscriptionV2When, GetSubscriptionV2Then;
    list_tasks: ListTasksWhen, ListTasksThen;
    get_task_result: GetTaskResultWhen, GetTaskResultThen;
    list_scheduled_tasks: ListScheduledTasksWhen, ListScheduledTasksThen;
    create_scheduled_task: CreateScheduledTaskWhen, CreateScheduledTaskThen;
    schedule_draft_finalization: ScheduleDraftFinalizationWhen, ScheduleDraftFinalizationThen;
    schedule_update_billing_period: ScheduleUpdateBillingPeriodWhen, ScheduleUpdateBillingPeriodThen;
    get_scheduled_task: GetScheduledTaskWhen, GetScheduledTaskThen;
    update_scheduled_task: UpdateScheduledTaskWhen, UpdateScheduledTaskThen;
    delete_scheduled_task: DeleteScheduledTaskWhen, DeleteScheduledTaskThen;
    trigger_scheduled_task_run: TriggerScheduledTaskRunWhen, TriggerScheduledTaskRunThen;
    get_task: GetTaskWhen, GetTaskThen;
    download_task_export: DownloadTaskExportWhen, DownloadTaskExportThen;
    update_task_status: UpdateTaskStatusWhen, UpdateTaskStatusThen;
    list_tax_associations: ListTaxAssociationsWhen, ListTaxAssociationsThen;
    create_tax_association: CreateTaxAssociationWhen, CreateTaxAssociationThen;
    get_tax_association: GetTaxAssociationWhen, GetTaxAssociationThen;
    update_tax_association: UpdateTaxAssociationWhen, UpdateTaxAssociationThen;
    delete_tax_association: DeleteTaxAssociationWhen, DeleteTaxAssociationThen;
    get_tax_rates: GetTaxRatesWhen, GetTaxRatesThen;
    create_tax_rate: CreateTaxRateWhen, CreateTaxRateThen;
    get_tax_rate: GetTaxRateWhen, GetTaxRateThen;
    update_tax_rate: UpdateTaxRateWhen, UpdateTaxRateThen;
    delete_tax_rate: DeleteTaxRateWhen, DeleteTaxRateThen;
    get_tenant_billing_usage: GetTenantBillingUsageWhen, GetTenantBillingUsageThen;
    update_tenant: UpdateTenantWhen, UpdateTenantThen;
    get_tenant_by_id: GetTenantByIdWhen, GetTenantByIdThen;
    search_usage_records: SearchUsageRecordsWhen, SearchUsageRecordsThen;
    create_user: CreateUserWhen, CreateUserThen;
    get_user_info: GetUserInfoWhen, GetUserInfoThen;
    update_user: UpdateUserWhen, UpdateUserThen;
    query_user: QueryUserWhen, QueryUserThen;
    update_service_account: UpdateServiceAccountWhen, UpdateServiceAccountThen;
    delete_service_account: DeleteServiceAccountWhen, DeleteServiceAccountThen;
    update_user_roles: UpdateUserRolesWhen, UpdateUserRolesThen;
    list_all_subscription_schedules: ListAllSubscriptionSchedulesWhen, ListAllSubscriptionSchedulesThen;
    get_subscription_schedule: GetSubscriptionScheduleWhen, GetSubscriptionScheduleThen;
    cancel_subscription_schedule: CancelSubscriptionScheduleWhen, CancelSubscriptionScheduleThen;
    list_subscription_schedules: ListSubscriptionSchedulesWhen, ListSubscriptionSchedulesThen;
    create_wallet: CreateWalletWhen, CreateWalletThen;
    query_wallet: QueryWalletWhen, QueryWalletThen;
    query_wallet_transaction: QueryWalletTransactionWhen, QueryWalletTransactionThen;
    get_wallet: GetWalletWhen, GetWalletThen;
    update_wallet: UpdateWalletWhen, UpdateWalletThen;
    get_wallet_balance: GetWalletBalanceWhen, GetWalletBalanceThen;
    terminate_wallet: TerminateWalletWhen, TerminateWalletThen;
    top_up_wallet: TopUpWalletWhen, TopUpWalletThen;
    get_wallet_transactions: GetWalletTransactionsWhen, GetWalletTransactionsThen;
    query_workflow: QueryWorkflowWhen, QueryWorkflowThen;
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::FlexpriceMockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
