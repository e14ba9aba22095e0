// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
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
        ListCustomersWhen, GET, "^/projects/[^/]*/customers$";
        path project_id = "^/projects/{}/customers$";
        query limit: i64 = "limit";
        query_ref search: str = "search";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomersThen;
        status ok: &types::CustomerList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateCustomerWhen, POST, "^/projects/[^/]*/customers$";
        path project_id = "^/projects/{}/customers$";
        body body: &types::CreateCustomerRequest;
    }
    client_core::mock_then! {
        CreateCustomerThen;
        status created: &types::Customer = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetCustomerWhen, GET, "^/projects/[^/]*/customers/[^/]*$";
        path project_id = "^/projects/{}/customers/.*$";
        path customer_id = "^/projects/.*/customers/{}$";
        query_each expand: ::std::vec::Vec<types::GetCustomerExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetCustomerThen;
        status ok: &types::Customer = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteCustomerWhen, DELETE, "^/projects/[^/]*/customers/[^/]*$";
        path project_id = "^/projects/{}/customers/.*$";
        path customer_id = "^/projects/.*/customers/{}$";
    }
    client_core::mock_then! {
        DeleteCustomerThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        AssignCustomerOfferingWhen, POST, "^/projects/[^/]*/customers/[^/]*/actions/assign_offering$";
        path project_id = "^/projects/{}/customers/.*/actions/assign_offering$";
        path customer_id = "^/projects/.*/customers/{}/actions/assign_offering$";
        body body: &types::AssignOfferingRequest;
    }
    client_core::mock_then! {
        AssignCustomerOfferingThen;
        range success = 2;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GrantCustomerEntitlementWhen, POST, "^/projects/[^/]*/customers/[^/]*/actions/grant_entitlement$";
        path project_id = "^/projects/{}/customers/.*/actions/grant_entitlement$";
        path customer_id = "^/projects/.*/customers/{}/actions/grant_entitlement$";
        body body: &types::GrantEntitlementRequest;
    }
    client_core::mock_then! {
        GrantCustomerEntitlementThen;
        status created: &types::Customer = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        RevokeCustomerGrantedEntitlementWhen, POST, "^/projects/[^/]*/customers/[^/]*/actions/revoke_granted_entitlement$";
        path project_id = "^/projects/{}/customers/.*/actions/revoke_granted_entitlement$";
        path customer_id = "^/projects/.*/customers/{}/actions/revoke_granted_entitlement$";
        body body: &types::RevokeGrantedEntitlementRequest;
    }
    client_core::mock_then! {
        RevokeCustomerGrantedEntitlementThen;
        status ok: &types::Customer = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        TransferCustomerWhen, POST, "^/projects/[^/]*/customers/[^/]*/actions/transfer$";
        path project_id = "^/projects/{}/customers/.*/actions/transfer$";
        path customer_id = "^/projects/.*/customers/{}/actions/transfer$";
        body body: &types::TransferCustomerRequest;
    }
    client_core::mock_then! {
        TransferCustomerThen;
        status ok: &types::TransferCustomerResponse = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerActiveEntitlementsWhen, GET, "^/projects/[^/]*/customers/[^/]*/active_entitlements$";
        path project_id = "^/projects/{}/customers/.*/active_entitlements$";
        path customer_id = "^/projects/.*/customers/{}/active_entitlements$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerActiveEntitlementsThen;
        status ok: &types::ActiveEntitlementList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerAliasesWhen, GET, "^/projects/[^/]*/customers/[^/]*/aliases$";
        path project_id = "^/projects/{}/customers/.*/aliases$";
        path customer_id = "^/projects/.*/customers/{}/aliases$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerAliasesThen;
        status ok: &types::CustomerAliasList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerAttributesWhen, GET, "^/projects/[^/]*/customers/[^/]*/attributes$";
        path project_id = "^/projects/{}/customers/.*/attributes$";
        path customer_id = "^/projects/.*/customers/{}/attributes$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerAttributesThen;
        status ok: &types::CustomerAttributeList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        SetCustomerAttributesWhen, POST, "^/projects/[^/]*/customers/[^/]*/attributes$";
        path project_id = "^/projects/{}/customers/.*/attributes$";
        path customer_id = "^/projects/.*/customers/{}/attributes$";
        body body: &types::SetCustomerAttributesRequest;
    }
    client_core::mock_then! {
        SetCustomerAttributesThen;
        status ok: &types::CustomerAttributeList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerPurchasesWhen, GET, "^/projects/[^/]*/customers/[^/]*/purchases$";
        path project_id = "^/projects/{}/customers/.*/purchases$";
        path customer_id = "^/projects/.*/customers/{}/purchases$";
        query environment: types::Environment = "environment";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerPurchasesThen;
        status ok: &types::PurchaseList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerSubscriptionsWhen, GET, "^/projects/[^/]*/customers/[^/]*/subscriptions$";
        path project_id = "^/projects/{}/customers/.*/subscriptions$";
        path customer_id = "^/projects/.*/customers/{}/subscriptions$";
        query environment: types::Environment = "environment";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerSubscriptionsThen;
        status ok: &types::SubscriptionList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerVirtualCurrencyBalancesWhen, GET, "^/projects/[^/]*/customers/[^/]*/virtual_currencies$";
        path project_id = "^/projects/{}/customers/.*/virtual_currencies$";
        path customer_id = "^/projects/.*/customers/{}/virtual_currencies$";
        query include_empty_balances: bool = "include_empty_balances";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerVirtualCurrencyBalancesThen;
        status ok: &types::VirtualCurrencyBalanceList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateVirtualCurrenciesTransactionWhen, POST, "^/projects/[^/]*/customers/[^/]*/virtual_currencies/transactions$";
        path project_id = "^/projects/{}/customers/.*/virtual_currencies/transactions$";
        path customer_id = "^/projects/.*/customers/{}/virtual_currencies/transactions$";
        query include_empty_balances: bool = "include_empty_balances";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::VirtualCurrenciesAdjustmentRequest;
    }
    client_core::mock_then! {
        CreateVirtualCurrenciesTransactionThen;
        status ok: &types::VirtualCurrencyBalanceList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateVirtualCurrenciesBalanceWhen, POST, "^/projects/[^/]*/customers/[^/]*/virtual_currencies/update_balance$";
        path project_id = "^/projects/{}/customers/.*/virtual_currencies/update_balance$";
        path customer_id = "^/projects/.*/customers/{}/virtual_currencies/update_balance$";
        query include_empty_balances: bool = "include_empty_balances";
        header_ref idempotency_key: str = "Idempotency-Key";
        body body: &types::VirtualCurrenciesAdjustmentRequest;
    }
    client_core::mock_then! {
        UpdateVirtualCurrenciesBalanceThen;
        status ok: &types::VirtualCurrencyBalanceList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListBlockedCustomersWhen, GET, "^/projects/[^/]*/customers/blocked_customers$";
        path project_id = "^/projects/{}/customers/blocked_customers$";
    }
    client_core::mock_then! {
        ListBlockedCustomersThen;
        status ok: &types::BlockedCustomers = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        BlockCustomerWhen, POST, "^/projects/[^/]*/customers/blocked_customers/[^/]*$";
        path project_id = "^/projects/{}/customers/blocked_customers/.*$";
        path customer_id = "^/projects/.*/customers/blocked_customers/{}$";
    }
    client_core::mock_then! {
        BlockCustomerThen;
        range success = 2;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UnblockCustomerWhen, DELETE, "^/projects/[^/]*/customers/blocked_customers/[^/]*$";
        path project_id = "^/projects/{}/customers/blocked_customers/.*$";
        path customer_id = "^/projects/.*/customers/blocked_customers/{}$";
    }
    client_core::mock_then! {
        UnblockCustomerThen;
        range success = 2;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCustomerInvoicesWhen, GET, "^/projects/[^/]*/customers/[^/]*/invoices$";
        path project_id = "^/projects/{}/customers/.*/invoices$";
        path customer_id = "^/projects/.*/customers/{}/invoices$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCustomerInvoicesThen;
        status ok: &types::InvoiceList = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetInvoiceFileWhen, GET, "^/projects/[^/]*/customers/[^/]*/invoices/[^/]*/file$";
        path project_id = "^/projects/{}/customers/.*/invoices/.*/file$";
        path customer_id = "^/projects/.*/customers/{}/invoices/.*/file$";
        path invoice_id = "^/projects/.*/customers/.*/invoices/{}/file$";
    }
    client_core::mock_then! {
        GetInvoiceFileThen;
        status found = 302;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
        range_value success: ::serde_json::Value = 2;
    }
    client_core::mock_when! {
        ListProjectsWhen, GET, "^/projects$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListProjectsThen;
        status ok: &types::ListProjects = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateProjectWhen, POST, "^/projects$";
        body body: &types::ProjectCreate;
    }
    client_core::mock_then! {
        CreateProjectThen;
        status ok: &types::Project = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListAppsWhen, GET, "^/projects/[^/]*/apps$";
        path project_id = "^/projects/{}/apps$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListAppsThen;
        status ok: &types::ListApps = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateAppWhen, POST, "^/projects/[^/]*/apps$";
        path project_id = "^/projects/{}/apps$";
        body body: &types::AppCreate;
    }
    client_core::mock_then! {
        CreateAppThen;
        status created: &types::App = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetAppWhen, GET, "^/projects/[^/]*/apps/[^/]*$";
        path project_id = "^/projects/{}/apps/.*$";
        path app_id = "^/projects/.*/apps/{}$";
    }
    client_core::mock_then! {
        GetAppThen;
        status ok: &types::App = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateAppWhen, POST, "^/projects/[^/]*/apps/[^/]*$";
        path project_id = "^/projects/{}/apps/.*$";
        path app_id = "^/projects/.*/apps/{}$";
        body body: &types::UpdateAppRequest;
    }
    client_core::mock_then! {
        UpdateAppThen;
        status ok: &types::App = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteAppWhen, DELETE, "^/projects/[^/]*/apps/[^/]*$";
        path project_id = "^/projects/{}/apps/.*$";
        path app_id = "^/projects/.*/apps/{}$";
    }
    client_core::mock_then! {
        DeleteAppThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListAppPublicApiKeysWhen, GET, "^/projects/[^/]*/apps/[^/]*/public_api_keys$";
        path project_id = "^/projects/{}/apps/.*/public_api_keys$";
        path app_id = "^/projects/.*/apps/{}/public_api_keys$";
    }
    client_core::mock_then! {
        ListAppPublicApiKeysThen;
        status ok: &types::ListPublicApiKeys = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetAppStorekitConfigWhen, GET, "^/projects/[^/]*/apps/[^/]*/store_kit_config$";
        path project_id = "^/projects/{}/apps/.*/store_kit_config$";
        path app_id = "^/projects/.*/apps/{}/store_kit_config$";
    }
    client_core::mock_then! {
        GetAppStorekitConfigThen;
        status ok: &types::StoreKitConfigFile = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListAuditLogsWhen, GET, "^/projects/[^/]*/audit_logs$";
        path project_id = "^/projects/{}/audit_logs$";
        query_ref end_date: ::chrono::naive::NaiveDate = "end_date";
        query limit: i64 = "limit";
        query_ref start_date: ::chrono::naive::NaiveDate = "start_date";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListAuditLogsThen;
        status ok: &types::ListAuditLogs = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetChartDataWhen, GET, "^/projects/[^/]*/charts/[^/]*$";
        path project_id = "^/projects/{}/charts/.*$";
        path chart_name: types::GetChartDataChartName = "^/projects/.*/charts/{}$";
        query_each aggregate: ::std::vec::Vec<types::GetChartDataAggregateItem> = "aggregate";
        query currency: types::GetChartDataCurrency = "currency";
        query_ref end_date: ::chrono::naive::NaiveDate = "end_date";
        query_ref filters: str = "filters";
        query realtime: bool = "realtime";
        query_ref resolution: str = "resolution";
        query_ref segment: str = "segment";
        query_ref selectors: str = "selectors";
        query_ref start_date: ::chrono::naive::NaiveDate = "start_date";
    }
    client_core::mock_then! {
        GetChartDataThen;
        status ok: &types::ChartData = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetChartOptionsWhen, GET, "^/projects/[^/]*/charts/[^/]*/options$";
        path project_id = "^/projects/{}/charts/.*/options$";
        path chart_name: types::GetChartOptionsChartName = "^/projects/.*/charts/{}/options$";
        query realtime: bool = "realtime";
    }
    client_core::mock_then! {
        GetChartOptionsThen;
        status ok: &types::ChartOptions = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListCollaboratorsWhen, GET, "^/projects/[^/]*/collaborators$";
        path project_id = "^/projects/{}/collaborators$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListCollaboratorsThen;
        status ok: &types::ListCollaborators = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListEntitlementsWhen, GET, "^/projects/[^/]*/entitlements$";
        path project_id = "^/projects/{}/entitlements$";
        query_each expand: ::std::vec::Vec<types::ListEntitlementsExpandItem> = "expand";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListEntitlementsThen;
        status ok: &types::ListEntitlements = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateEntitlementWhen, POST, "^/projects/[^/]*/entitlements$";
        path project_id = "^/projects/{}/entitlements$";
        body body: &types::CreateEntitlementRequest;
    }
    client_core::mock_then! {
        CreateEntitlementThen;
        status created: &types::Entitlement = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetEntitlementWhen, GET, "^/projects/[^/]*/entitlements/[^/]*$";
        path project_id = "^/projects/{}/entitlements/.*$";
        path entitlement_id = "^/projects/.*/entitlements/{}$";
        query_each expand: ::std::vec::Vec<types::GetEntitlementExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateEntitlementWhen, POST, "^/projects/[^/]*/entitlements/[^/]*$";
        path project_id = "^/projects/{}/entitlements/.*$";
        path entitlement_id = "^/projects/.*/entitlements/{}$";
        body body: &types::UpdateEntitlementRequest;
    }
    client_core::mock_then! {
        UpdateEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteEntitlementWhen, DELETE, "^/projects/[^/]*/entitlements/[^/]*$";
        path project_id = "^/projects/{}/entitlements/.*$";
        path entitlement_id = "^/projects/.*/entitlements/{}$";
    }
    client_core::mock_then! {
        DeleteEntitlementThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        AttachProductsToEntitlementWhen, POST, "^/projects/[^/]*/entitlements/[^/]*/actions/attach_products$";
        path project_id = "^/projects/{}/entitlements/.*/actions/attach_products$";
        path entitlement_id = "^/projects/.*/entitlements/{}/actions/attach_products$";
        body body: &types::AttachProductsToEntitlementRequest;
    }
    client_core::mock_then! {
        AttachProductsToEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DetachProductsFromEntitlementWhen, POST, "^/projects/[^/]*/entitlements/[^/]*/actions/detach_products$";
        path project_id = "^/projects/{}/entitlements/.*/actions/detach_products$";
        path entitlement_id = "^/projects/.*/entitlements/{}/actions/detach_products$";
        body body: &types::DetachProductsFromEntitlementRequest;
    }
    client_core::mock_then! {
        DetachProductsFromEntitlementThen;
        status ok: &types::Entitlement = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetProductsFromEntitlementWhen, GET, "^/projects/[^/]*/entitlements/[^/]*/products$";
        path project_id = "^/projects/{}/entitlements/.*/products$";
        path entitlement_id = "^/projects/.*/entitlements/{}/products$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        GetProductsFromEntitlementThen;
        status ok: &types::ProductsFromEntitlement = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListWebhookIntegrationsWhen, GET, "^/projects/[^/]*/integrations/webhooks$";
        path project_id = "^/projects/{}/integrations/webhooks$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListWebhookIntegrationsThen;
        status ok: &types::ListWebhookIntegrations = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateWebhookIntegrationWhen, POST, "^/projects/[^/]*/integrations/webhooks$";
        path project_id = "^/projects/{}/integrations/webhooks$";
        body body: &types::CreateWebhookIntegrationInput;
    }
    client_core::mock_then! {
        CreateWebhookIntegrationThen;
        status created: &types::WebhookIntegration = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetWebhookIntegrationWhen, GET, "^/projects/[^/]*/integrations/webhooks/[^/]*$";
        path project_id = "^/projects/{}/integrations/webhooks/.*$";
        path webhook_integration_id = "^/projects/.*/integrations/webhooks/{}$";
    }
    client_core::mock_then! {
        GetWebhookIntegrationThen;
        status ok: &types::WebhookIntegration = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateWebhookIntegrationWhen, POST, "^/projects/[^/]*/integrations/webhooks/[^/]*$";
        path project_id = "^/projects/{}/integrations/webhooks/.*$";
        path webhook_integration_id = "^/projects/.*/integrations/webhooks/{}$";
        body body: &types::UpdateWebhookIntegrationInput;
    }
    client_core::mock_then! {
        UpdateWebhookIntegrationThen;
        status ok: &types::WebhookIntegration = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteWebhookIntegrationWhen, DELETE, "^/projects/[^/]*/integrations/webhooks/[^/]*$";
        path project_id = "^/projects/{}/integrations/webhooks/.*$";
        path webhook_integration_id = "^/projects/.*/integrations/webhooks/{}$";
    }
    client_core::mock_then! {
        DeleteWebhookIntegrationThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetOverviewMetricsWhen, GET, "^/projects/[^/]*/metrics/overview$";
        path project_id = "^/projects/{}/metrics/overview$";
        query currency: types::GetOverviewMetricsCurrency = "currency";
    }
    client_core::mock_then! {
        GetOverviewMetricsThen;
        status ok: &types::OverviewMetrics = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListOfferingsWhen, GET, "^/projects/[^/]*/offerings$";
        path project_id = "^/projects/{}/offerings$";
        query_each expand: ::std::vec::Vec<types::ListOfferingsExpandItem> = "expand";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListOfferingsThen;
        status ok: &types::ListOfferings = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateOfferingWhen, POST, "^/projects/[^/]*/offerings$";
        path project_id = "^/projects/{}/offerings$";
        body body: &types::CreateOfferingRequest;
    }
    client_core::mock_then! {
        CreateOfferingThen;
        status created: &types::Offering = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetOfferingWhen, GET, "^/projects/[^/]*/offerings/[^/]*$";
        path project_id = "^/projects/{}/offerings/.*$";
        path offering_id = "^/projects/.*/offerings/{}$";
        query_each expand: ::std::vec::Vec<types::GetOfferingExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetOfferingThen;
        status ok: &types::Offering = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateOfferingWhen, POST, "^/projects/[^/]*/offerings/[^/]*$";
        path project_id = "^/projects/{}/offerings/.*$";
        path offering_id = "^/projects/.*/offerings/{}$";
        body body: &types::UpdateOfferingRequest;
    }
    client_core::mock_then! {
        UpdateOfferingThen;
        status ok: &types::Offering = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteOfferingWhen, DELETE, "^/projects/[^/]*/offerings/[^/]*$";
        path project_id = "^/projects/{}/offerings/.*$";
        path offering_id = "^/projects/.*/offerings/{}$";
    }
    client_core::mock_then! {
        DeleteOfferingThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListPackagesWhen, GET, "^/projects/[^/]*/offerings/[^/]*/packages$";
        path project_id = "^/projects/{}/offerings/.*/packages$";
        path offering_id = "^/projects/.*/offerings/{}/packages$";
        query_each expand: ::std::vec::Vec<types::ListPackagesExpandItem> = "expand";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListPackagesThen;
        status ok: &types::ListPackages = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreatePackagesWhen, POST, "^/projects/[^/]*/offerings/[^/]*/packages$";
        path project_id = "^/projects/{}/offerings/.*/packages$";
        path offering_id = "^/projects/.*/offerings/{}/packages$";
        body body: &types::CreatePackagesRequest;
    }
    client_core::mock_then! {
        CreatePackagesThen;
        status created: &types::Package = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetPackageWhen, GET, "^/projects/[^/]*/packages/[^/]*$";
        path project_id = "^/projects/{}/packages/.*$";
        path package_id = "^/projects/.*/packages/{}$";
        query_each expand: ::std::vec::Vec<types::GetPackageExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetPackageThen;
        status ok: &types::Package = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdatePackageWhen, POST, "^/projects/[^/]*/packages/[^/]*$";
        path project_id = "^/projects/{}/packages/.*$";
        path package_id = "^/projects/.*/packages/{}$";
        body body: &types::UpdatePackageRequest;
    }
    client_core::mock_then! {
        UpdatePackageThen;
        status ok: &types::Package = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeletePackageFromOfferingWhen, DELETE, "^/projects/[^/]*/packages/[^/]*$";
        path project_id = "^/projects/{}/packages/.*$";
        path package_id = "^/projects/.*/packages/{}$";
    }
    client_core::mock_then! {
        DeletePackageFromOfferingThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        AttachProductsToPackageWhen, POST, "^/projects/[^/]*/packages/[^/]*/actions/attach_products$";
        path project_id = "^/projects/{}/packages/.*/actions/attach_products$";
        path package_id = "^/projects/.*/packages/{}/actions/attach_products$";
        body body: &types::AttachProductsToPackageRequest;
    }
    client_core::mock_then! {
        AttachProductsToPackageThen;
        status ok: &types::Package = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DetachProductsFromPackageWhen, POST, "^/projects/[^/]*/packages/[^/]*/actions/detach_products$";
        path project_id = "^/projects/{}/packages/.*/actions/detach_products$";
        path package_id = "^/projects/.*/packages/{}/actions/detach_products$";
        body body: &types::DetachProductsFromPackageRequest;
    }
    client_core::mock_then! {
        DetachProductsFromPackageThen;
        status ok: &types::Package = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetProductsFromPackageWhen, GET, "^/projects/[^/]*/packages/[^/]*/products$";
        path project_id = "^/projects/{}/packages/.*/products$";
        path package_id = "^/projects/.*/packages/{}/products$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        GetProductsFromPackageThen;
        status ok: &types::ProductsFromPackage = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListPaywallsWhen, GET, "^/projects/[^/]*/paywalls$";
        path project_id = "^/projects/{}/paywalls$";
        query_each expand: ::std::vec::Vec<types::ListPaywallsExpandItem> = "expand";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListPaywallsThen;
        status ok: &types::ListPaywalls = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreatePaywallWhen, POST, "^/projects/[^/]*/paywalls$";
        path project_id = "^/projects/{}/paywalls$";
        body body: &types::CreatePaywallRequest;
    }
    client_core::mock_then! {
        CreatePaywallThen;
        status created: &types::Paywall = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetPaywallWhen, GET, "^/projects/[^/]*/paywalls/[^/]*$";
        path project_id = "^/projects/{}/paywalls/.*$";
        path paywall_id = "^/projects/.*/paywalls/{}$";
        query_each expand: ::std::vec::Vec<types::GetPaywallExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetPaywallThen;
        status ok: &types::Paywall = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeletePaywallWhen, DELETE, "^/projects/[^/]*/paywalls/[^/]*$";
        path project_id = "^/projects/{}/paywalls/.*$";
        path paywall_id = "^/projects/.*/paywalls/{}$";
    }
    client_core::mock_then! {
        DeletePaywallThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListProductsWhen, GET, "^/projects/[^/]*/products$";
        path project_id = "^/projects/{}/products$";
        query_ref app_id: str = "app_id";
        query_each expand: ::std::vec::Vec<types::ListProductsExpandItem> = "expand";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListProductsThen;
        status ok: &types::ListProducts = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateProductWhen, POST, "^/projects/[^/]*/products$";
        path project_id = "^/projects/{}/products$";
        body body: &types::CreateProductRequest;
    }
    client_core::mock_then! {
        CreateProductThen;
        status created: &types::Product = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetProductWhen, GET, "^/projects/[^/]*/products/[^/]*$";
        path project_id = "^/projects/{}/products/.*$";
        path product_id = "^/projects/.*/products/{}$";
        query_each expand: ::std::vec::Vec<types::GetProductExpandItem> = "expand";
    }
    client_core::mock_then! {
        GetProductThen;
        status ok: &types::Product = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteProductWhen, DELETE, "^/projects/[^/]*/products/[^/]*$";
        path project_id = "^/projects/{}/products/.*$";
        path product_id = "^/projects/.*/products/{}$";
    }
    client_core::mock_then! {
        DeleteProductThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateProductInStoreWhen, POST, "^/projects/[^/]*/products/[^/]*/create_in_store$";
        path project_id = "^/projects/{}/products/.*/create_in_store$";
        path product_id = "^/projects/.*/products/{}/create_in_store$";
        body body: &types::CreateProductInStoreRequest;
    }
    client_core::mock_then! {
        CreateProductInStoreThen;
        status created: &types::CreateProductInStoreResponse = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        SearchPurchasesWhen, GET, "^/projects/[^/]*/purchases$";
        path project_id = "^/projects/{}/purchases$";
        query_req store_purchase_identifier: &str = "store_purchase_identifier";
    }
    client_core::mock_then! {
        SearchPurchasesThen;
        status ok: &types::ListPurchases = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetPurchaseWhen, GET, "^/projects/[^/]*/purchases/[^/]*$";
        path project_id = "^/projects/{}/purchases/.*$";
        path purchase_id = "^/projects/.*/purchases/{}$";
    }
    client_core::mock_then! {
        GetPurchaseThen;
        status ok: &types::Purchase = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        RefundPurchaseWhen, POST, "^/projects/[^/]*/purchases/[^/]*/actions/refund$";
        path project_id = "^/projects/{}/purchases/.*/actions/refund$";
        path purchase_id = "^/projects/.*/purchases/{}/actions/refund$";
    }
    client_core::mock_then! {
        RefundPurchaseThen;
        status ok: &types::Purchase = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListPurchaseEntitlementsWhen, GET, "^/projects/[^/]*/purchases/[^/]*/entitlements$";
        path project_id = "^/projects/{}/purchases/.*/entitlements$";
        path purchase_id = "^/projects/.*/purchases/{}/entitlements$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListPurchaseEntitlementsThen;
        status ok: &types::ListEntitlements = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        SearchSubscriptionsWhen, GET, "^/projects/[^/]*/subscriptions$";
        path project_id = "^/projects/{}/subscriptions$";
        query_req store_subscription_identifier: &str = "store_subscription_identifier";
    }
    client_core::mock_then! {
        SearchSubscriptionsThen;
        status ok: &types::ListSubscriptions = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetSubscriptionWhen, GET, "^/projects/[^/]*/subscriptions/[^/]*$";
        path project_id = "^/projects/{}/subscriptions/.*$";
        path subscription_id = "^/projects/.*/subscriptions/{}$";
    }
    client_core::mock_then! {
        GetSubscriptionThen;
        status ok: &types::Subscription = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CancelSubscriptionWhen, POST, "^/projects/[^/]*/subscriptions/[^/]*/actions/cancel$";
        path project_id = "^/projects/{}/subscriptions/.*/actions/cancel$";
        path subscription_id = "^/projects/.*/subscriptions/{}/actions/cancel$";
    }
    client_core::mock_then! {
        CancelSubscriptionThen;
        status ok: &types::Subscription = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        RefundSubscriptionWhen, POST, "^/projects/[^/]*/subscriptions/[^/]*/actions/refund$";
        path project_id = "^/projects/{}/subscriptions/.*/actions/refund$";
        path subscription_id = "^/projects/.*/subscriptions/{}/actions/refund$";
    }
    client_core::mock_then! {
        RefundSubscriptionThen;
        status ok: &types::Subscription = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetAuthorizedSubscriptionManagementUrlWhen, GET, "^/projects/[^/]*/subscriptions/[^/]*/authenticated_management_url$";
        path project_id = "^/projects/{}/subscriptions/.*/authenticated_management_url$";
        path subscription_id = "^/projects/.*/subscriptions/{}/authenticated_management_url$";
    }
    client_core::mock_then! {
        GetAuthorizedSubscriptionManagementUrlThen;
        status ok: &types::AuthenticatedManagementUrl = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListSubscriptionEntitlementsWhen, GET, "^/projects/[^/]*/subscriptions/[^/]*/entitlements$";
        path project_id = "^/projects/{}/subscriptions/.*/entitlements$";
        path subscription_id = "^/projects/.*/subscriptions/{}/entitlements$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListSubscriptionEntitlementsThen;
        status ok: &types::ListEntitlements = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetPlayStoreOrAppStoreSubscriptionTransactionsWhen, GET, "^/projects/[^/]*/subscriptions/[^/]*/transactions$";
        path project_id = "^/projects/{}/subscriptions/.*/transactions$";
        path subscription_id = "^/projects/.*/subscriptions/{}/transactions$";
    }
    client_core::mock_then! {
        GetPlayStoreOrAppStoreSubscriptionTransactionsThen;
        status ok: &types::ListSubscriptionTransaction = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        RefundPlayStoreSubscriptionTransactionWhen, POST, "^/projects/[^/]*/subscriptions/[^/]*/transactions/[^/]*/actions/refund$";
        path project_id = "^/projects/{}/subscriptions/.*/transactions/.*/actions/refund$";
        path subscription_id = "^/projects/.*/subscriptions/{}/transactions/.*/actions/refund$";
        path transaction_id = "^/projects/.*/subscriptions/.*/transactions/{}/actions/refund$";
    }
    client_core::mock_then! {
        RefundPlayStoreSubscriptionTransactionThen;
        status ok: &types::SubscriptionTransaction = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        ListVirtualCurrenciesWhen, GET, "^/projects/[^/]*/virtual_currencies$";
        path project_id = "^/projects/{}/virtual_currencies$";
        query limit: i64 = "limit";
        query_ref starting_after: str = "starting_after";
    }
    client_core::mock_then! {
        ListVirtualCurrenciesThen;
        status ok: &types::ListVirtualCurrencies = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        CreateVirtualCurrencyWhen, POST, "^/projects/[^/]*/virtual_currencies$";
        path project_id = "^/projects/{}/virtual_currencies$";
        body body: &types::CreateVirtualCurrencyRequest;
    }
    client_core::mock_then! {
        CreateVirtualCurrencyThen;
        status created: &types::VirtualCurrency = 201;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        GetVirtualCurrencyWhen, GET, "^/projects/[^/]*/virtual_currencies/[^/]*$";
        path project_id = "^/projects/{}/virtual_currencies/.*$";
        path virtual_currency_code = "^/projects/.*/virtual_currencies/{}$";
    }
    client_core::mock_then! {
        GetVirtualCurrencyThen;
        status ok: &types::VirtualCurrency = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        UpdateVirtualCurrencyWhen, POST, "^/projects/[^/]*/virtual_currencies/[^/]*$";
        path project_id = "^/projects/{}/virtual_currencies/.*$";
        path virtual_currency_code = "^/projects/.*/virtual_currencies/{}$";
        body body: &types::UpdateVirtualCurrencyRequest;
    }
    client_core::mock_then! {
        UpdateVirtualCurrencyThen;
        status ok: &types::VirtualCurrency = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
    client_core::mock_when! {
        DeleteVirtualCurrencyWhen, DELETE, "^/projects/[^/]*/virtual_currencies/[^/]*$";
        path project_id = "^/projects/{}/virtual_currencies/.*$";
        path virtual_currency_code = "^/projects/.*/virtual_currencies/{}$";
    }
    client_core::mock_then! {
        DeleteVirtualCurrencyThen;
        status ok: &types::DeletedObject = 200;
        range client_error: &types::Error = 4;
        range server_error: &types::Error = 5;
    }
}
client_core::mock_server_ext! {
    /// One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.
    ///
    /// Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `BillingV2MockServerExt::method(&server, |when, then| ...)`.
    BillingV2MockServerExt;
    list_customers: ListCustomersWhen, ListCustomersThen;
    create_customer: CreateCustomerWhen, CreateCustomerThen;
    get_customer: GetCustomerWhen, GetCustomerThen;
    delete_customer: DeleteCustomerWhen, DeleteCustomerThen;
    assign_customer_offering: AssignCustomerOfferingWhen, AssignCustomerOfferingThen;
    grant_customer_entitlement: GrantCustomerEntitlementWhen, GrantCustomerEntitlementThen;
    revoke_customer_granted_entitlement: RevokeCustomerGrantedEntitlementWhen, RevokeCustomerGrantedEntitlementThen;
    transfer_customer: TransferCustomerWhen, TransferCustomerThen;
    list_customer_active_entitlements: ListCustomerActiveEntitlementsWhen, ListCustomerActiveEntitlementsThen;
    list_customer_aliases: ListCustomerAliasesWhen, ListCustomerAliasesThen;
    list_customer_attributes: ListCustomerAttributesWhen, ListCustomerAttributesThen;
    set_customer_attributes: SetCustomerAttributesWhen, SetCustomerAttributesThen;
    list_customer_purchases: ListCustomerPurchasesWhen, ListCustomerPurchasesThen;
    list_customer_subscriptions: ListCustomerSubscriptionsWhen, ListCustomerSubscriptionsThen;
    list_customer_virtual_currency_balances: ListCustomerVirtualCurrencyBalancesWhen, ListCustomerVirtualCurrencyBalancesThen;
    create_virtual_currencies_transaction: CreateVirtualCurrenciesTransactionWhen, CreateVirtualCurrenciesTransactionThen;
    update_virtual_currencies_balance: UpdateVirtualCurrenciesBalanceWhen, UpdateVirtualCurrenciesBalanceThen;
    list_blocked_customers: ListBlockedCustomersWhen, ListBlockedCustomersThen;
    block_customer: BlockCustomerWhen, BlockCustomerThen;
    unblock_customer: UnblockCustomerWhen, UnblockCustomerThen;
    list_customer_invoices: ListCustomerInvoicesWhen, ListCustomerInvoicesThen;
    get_invoice_file: GetInvoiceFileWhen, GetInvoiceFileThen;
    list_projects: ListProjectsWhen, ListProjectsThen;
    create_project: CreateProjectWhen, CreateProjectThen;
    list_apps: ListAppsWhen, ListAppsThen;
    create_app: CreateAppWhen, CreateAppThen;
    get_app: GetAppWhen, GetAppThen;
    update_app: UpdateAppWhen, UpdateAppThen;
    delete_app: DeleteAppWhen, DeleteAppThen;
    list_app_public_api_keys: ListAppPublicApiKeysWhen, ListAppPublicApiKeysThen;
    get_app_storekit_config: GetAppStorekitConfigWhen, GetAppStorekitConfigThen;
    list_audit_logs: ListAuditLogsWhen, ListAuditLogsThen;
    get_chart_data: GetChartDataWhen, GetChartDataThen;
    get_chart_options: GetChartOptionsWhen, GetChartOptionsThen;
    list_collaborators: ListCollaboratorsWhen, ListCollaboratorsThen;
    list_entitlements: ListEntitlementsWhen, ListEntitlementsThen;
    create_entitlement: CreateEntitlementWhen, CreateEntitlementThen;
    get_entitlement: GetEntitlementWhen, GetEntitlementThen;
    update_entitlement: UpdateEntitlementWhen, UpdateEntitlementThen;
    delete_entitlement: DeleteEntitlementWhen, DeleteEntitlementThen;
    attach_products_to_entitlement: AttachProductsToEntitlementWhen, AttachProductsToEntitlementThen;
    detach_products_from_entitlement: DetachProductsFromEntitlementWhen, DetachProductsFromEntitlementThen;
    get_products_from_entitlement: GetProductsFromEntitlementWhen, GetProductsFromEntitlementThen;
    list_webhook_integrations: ListWebhookIntegrationsWhen, ListWebhookIntegrationsThen;
    create_webhook_integration: CreateWebhookIntegrationWhen, CreateWebhookIntegrationThen;
    get_webhook_integration: GetWebhookIntegrationWhen, GetWebhookIntegrationThen;
    update_webhook_integration: UpdateWebhookIntegrationWhen, UpdateWebhookIntegrationThen;
    delete_webhook_integration: DeleteWebhookIntegrationWhen, DeleteWebhookIntegrationThen;
    get_overview_metrics: GetOverviewMetricsWhen, GetOverviewMetricsThen;
    list_offerings: ListOfferingsWhen, ListOfferingsThen;
    create_offering: CreateOfferingWhen, CreateOfferingThen;
    get_offering: GetOfferingWhen, GetOfferingThen;
    update_offering: UpdateOfferingWhen, UpdateOfferingThen;
    delete_offering: DeleteOfferingWhen, DeleteOfferingThen;
    list_packages: ListPackagesWhen, ListPackagesThen;
    create_packages: CreatePackagesWhen, CreatePackagesThen;
    get_package: GetPackageWhen, GetPackageThen;
    update_package: UpdatePackageWhen, UpdatePackageThen;
    delete_package_from_offering: DeletePackageFromOfferingWhen, DeletePackageFromOfferingThen;
    attach_products_to_package: AttachProductsToPackageWhen, AttachProductsToPackageThen;
    detach_products_from_package: DetachProductsFromPackageWhen, DetachProductsFromPackageThen;
    get_products_from_package: GetProductsFromPackageWhen, GetProductsFromPackageThen;
    list_paywalls: ListPaywallsWhen, ListPaywallsThen;
    create_paywall: CreatePaywallWhen, CreatePaywallThen;
    get_paywall: GetPaywallWhen, GetPaywallThen;
    delete_paywall: DeletePaywallWhen, DeletePaywallThen;
    list_products: ListProductsWhen, ListProductsThen;
    create_product: CreateProductWhen, CreateProductThen;
    get_product: GetProductWhen, GetProductThen;
    delete_product: DeleteProductWhen, DeleteProductThen;
    create_product_in_store: CreateProductInStoreWhen, CreateProductInStoreThen;
    search_purchases: SearchPurchasesWhen, SearchPurchasesThen;
    get_purchase: GetPurchaseWhen, GetPurchaseThen;
    refund_purchase: RefundPurchaseWhen, RefundPurchaseThen;
    list_purchase_entitlements: ListPurchaseEntitlementsWhen, ListPurchaseEntitlementsThen;
    search_subscriptions: SearchSubscriptionsWhen, SearchSubscriptionsThen;
    get_subscription: GetSubscriptionWhen, GetSubscriptionThen;
    cancel_subscription: CancelSubscriptionWhen, CancelSubscriptionThen;
    refund_subscription: RefundSubscriptionWhen, RefundSubscriptionThen;
    get_authorized_subscription_management_url: GetAuthorizedSubscriptionManagementUrlWhen, GetAuthorizedSubscriptionManagementUrlThen;
    list_subscription_entitlements: ListSubscriptionEntitlementsWhen, ListSubscriptionEntitlementsThen;
    get_play_store_or_app_store_subscription_transactions: GetPlayStoreOrAppStoreSubscriptionTransactionsWhen, GetPlayStoreOrAppStoreSubscriptionTransactionsThen;
    refund_play_store_subscription_transaction: RefundPlayStoreSubscriptionTransactionWhen, RefundPlayStoreSubscriptionTransactionThen;
    list_virtual_currencies: ListVirtualCurrenciesWhen, ListVirtualCurrenciesThen;
    create_virtual_currency: CreateVirtualCurrencyWhen, CreateVirtualCurrencyThen;
    get_virtual_currency: GetVirtualCurrencyWhen, GetVirtualCurrencyThen;
    update_virtual_currency: UpdateVirtualCurrencyWhen, UpdateVirtualCurrencyThen;
    delete_virtual_currency: DeleteVirtualCurrencyWhen, DeleteVirtualCurrencyThen;
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::BillingV2MockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
