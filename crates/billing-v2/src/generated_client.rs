// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::{PageLimits, PaginationError};
pub use client_core::{StreamExt, TryStreamExt};
pub use client_core::Paginated;
pub use client_core::LenientString;
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::Error>;
/// The items of every page of a list, one page in memory at a time; see [`Client::paginate`].
pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, types::Error>;
/// The path the API puts in front of a `next_page` path (the documented server's).
const SERVER_PATH: &str = "/v2";
/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.revenuecat.com/v2";
/// A Billing API v2 client. Every operation is a method returning a request builder: set its parameters, then `send()`. List operations also stream their items across pages (`stream_*`, [`Client::paginate`]).
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: client_core::Secret,
    page_limits: client_core::PageLimits,
}
impl Client {
    /// A client for the documented base URL, authenticated with the secret key, sent as `Authorization: Bearer <key>` (marked sensitive, never shown).
    pub fn new(secret_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(secret_key, ClientOptions::new())
    }
    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        secret_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let default_base_url = DEFAULT_BASE_URL;
        let credential = client_core::Secret::new(secret_key);
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Bearer(credential.clone()),
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                Some(crate::hooks::backoff_from_body),
            )?;
        Ok(Self {
            inner: crate::generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
            credential,
            page_limits: client_core::PageLimits::new(),
        })
    }
    /// The base URL requests go to.
    #[inline]
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
    /// Bounds every stream of this client: a page limit, the run of empty pages that ends a stream. Without it, streams have no page limit and stop after [`PageLimits::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row.
    #[inline]
    pub fn with_page_limits(mut self, limits: PageLimits) -> Self {
        self.page_limits = limits;
        self
    }
    #[inline]
    fn pager(&self, operation_id: &'static str) -> client_core::Pager {
        client_core::Pager::new(
            &self.inner.inner,
            &self.inner.client,
            &self.inner.baseurl,
            SERVER_PATH,
            operation_id,
            self.page_limits,
        )
    }
    /// Get a list of customers
    ///
    /// `GET /projects/{project_id}/customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerList`], or an [`Error`].
    #[inline]
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        self.inner.list_customers()
    }
    /// Create a customer
    ///
    /// `POST /projects/{project_id}/customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    #[inline]
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        self.inner.create_customer()
    }
    /// Get a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    #[inline]
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        self.inner.get_customer()
    }
    /// Delete a customer
    ///
    /// `DELETE /projects/{project_id}/customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        self.inner.delete_customer()
    }
    /// Assign or clear an offering override for a customer
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/assign_offering`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn assign_customer_offering(&self) -> builder::AssignCustomerOffering<'_> {
        self.inner.assign_customer_offering()
    }
    /// Grant an entitlement to a customer unless one already exists. As a side effect, a promotional subscription is created
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/grant_entitlement`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    #[inline]
    pub fn grant_customer_entitlement(&self) -> builder::GrantCustomerEntitlement<'_> {
        self.inner.grant_customer_entitlement()
    }
    /// Revoke a granted entitlement from a customer. As a side effect, the promotional subscription associated with the granted entitlement is expired
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    #[inline]
    pub fn revoke_customer_granted_entitlement(
        &self,
    ) -> builder::RevokeCustomerGrantedEntitlement<'_> {
        self.inner.revoke_customer_granted_entitlement()
    }
    /// Transfer customer's subscriptions and one-time purchases to another customer
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/transfer`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TransferCustomerResponse`], or an [`Error`].
    #[inline]
    pub fn transfer_customer(&self) -> builder::TransferCustomer<'_> {
        self.inner.transfer_customer()
    }
    /// Get a list of customer's active entitlements
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/active_entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ActiveEntitlementList`], or an [`Error`].
    #[inline]
    pub fn list_customer_active_entitlements(
        &self,
    ) -> builder::ListCustomerActiveEntitlements<'_> {
        self.inner.list_customer_active_entitlements()
    }
    /// Get a list of the customer's aliases
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/aliases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAliasList`], or an [`Error`].
    #[inline]
    pub fn list_customer_aliases(&self) -> builder::ListCustomerAliases<'_> {
        self.inner.list_customer_aliases()
    }
    /// Get a list of the customer's attributes
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/attributes`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAttributeList`], or an [`Error`].
    #[inline]
    pub fn list_customer_attributes(&self) -> builder::ListCustomerAttributes<'_> {
        self.inner.list_customer_attributes()
    }
    /// Set a customer's attributes
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/attributes`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAttributeList`], or an [`Error`].
    #[inline]
    pub fn set_customer_attributes(&self) -> builder::SetCustomerAttributes<'_> {
        self.inner.set_customer_attributes()
    }
    /// Get a list of purchases associated with a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/purchases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PurchaseList`], or an [`Error`].
    #[inline]
    pub fn list_customer_purchases(&self) -> builder::ListCustomerPurchases<'_> {
        self.inner.list_customer_purchases()
    }
    /// Get a list of subscriptions associated with a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionList`], or an [`Error`].
    #[inline]
    pub fn list_customer_subscriptions(&self) -> builder::ListCustomerSubscriptions<'_> {
        self.inner.list_customer_subscriptions()
    }
    /// Get a list of customer's virtual currencies balances
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/virtual_currencies`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    #[inline]
    pub fn list_customer_virtual_currency_balances(
        &self,
    ) -> builder::ListCustomerVirtualCurrencyBalances<'_> {
        self.inner.list_customer_virtual_currency_balances()
    }
    /// Create a virtual currencies transaction
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    #[inline]
    pub fn create_virtual_currencies_transaction(
        &self,
    ) -> builder::CreateVirtualCurrenciesTransaction<'_> {
        self.inner.create_virtual_currencies_transaction()
    }
    /// Update a virtual currencies balance without creating a transaction
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    #[inline]
    pub fn update_virtual_currencies_balance(
        &self,
    ) -> builder::UpdateVirtualCurrenciesBalance<'_> {
        self.inner.update_virtual_currencies_balance()
    }
    /// List blocked customers
    ///
    /// `GET /projects/{project_id}/customers/blocked_customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::BlockedCustomers`], or an [`Error`].
    #[inline]
    pub fn list_blocked_customers(&self) -> builder::ListBlockedCustomers<'_> {
        self.inner.list_blocked_customers()
    }
    /// Add a customer to the block list
    ///
    /// `POST /projects/{project_id}/customers/blocked_customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn block_customer(&self) -> builder::BlockCustomer<'_> {
        self.inner.block_customer()
    }
    /// Remove a customer from the block list
    ///
    /// `DELETE /projects/{project_id}/customers/blocked_customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn unblock_customer(&self) -> builder::UnblockCustomer<'_> {
        self.inner.unblock_customer()
    }
    /// Get a list of the customer's invoices
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/invoices`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceList`], or an [`Error`].
    #[inline]
    pub fn list_customer_invoices(&self) -> builder::ListCustomerInvoices<'_> {
        self.inner.list_customer_invoices()
    }
    /// Get an invoice
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `ByteStream`, or an [`Error`].
    #[inline]
    pub fn get_invoice_file(&self) -> builder::GetInvoiceFile<'_> {
        self.inner.get_invoice_file()
    }
    /// List projects
    ///
    /// `GET /projects`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListProjects`], or an [`Error`].
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        self.inner.list_projects()
    }
    /// Create a project
    ///
    /// `POST /projects`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Project`], or an [`Error`].
    #[inline]
    pub fn create_project(&self) -> builder::CreateProject<'_> {
        self.inner.create_project()
    }
    /// List apps
    ///
    /// `GET /projects/{project_id}/apps`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListApps`], or an [`Error`].
    #[inline]
    pub fn list_apps(&self) -> builder::ListApps<'_> {
        self.inner.list_apps()
    }
    /// Create an app
    ///
    /// `POST /projects/{project_id}/apps`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::App`], or an [`Error`].
    #[inline]
    pub fn create_app(&self) -> builder::CreateApp<'_> {
        self.inner.create_app()
    }
    /// Get an app
    ///
    /// `GET /projects/{project_id}/apps/{app_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::App`], or an [`Error`].
    #[inline]
    pub fn get_app(&self) -> builder::GetApp<'_> {
        self.inner.get_app()
    }
    /// Update an app
    ///
    /// `POST /projects/{project_id}/apps/{app_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::App`], or an [`Error`].
    #[inline]
    pub fn update_app(&self) -> builder::UpdateApp<'_> {
        self.inner.update_app()
    }
    /// Delete an app
    ///
    /// `DELETE /projects/{project_id}/apps/{app_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_app(&self) -> builder::DeleteApp<'_> {
        self.inner.delete_app()
    }
    /// List public API keys of an app
    ///
    /// `GET /projects/{project_id}/apps/{app_id}/public_api_keys`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPublicApiKeys`], or an [`Error`].
    #[inline]
    pub fn list_app_public_api_keys(&self) -> builder::ListAppPublicApiKeys<'_> {
        self.inner.list_app_public_api_keys()
    }
    /// Get the StoreKit configuration of an app
    ///
    /// `GET /projects/{project_id}/apps/{app_id}/store_kit_config`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StoreKitConfigFile`], or an [`Error`].
    #[inline]
    pub fn get_app_storekit_config(&self) -> builder::GetAppStorekitConfig<'_> {
        self.inner.get_app_storekit_config()
    }
    /// List audit logs
    ///
    /// `GET /projects/{project_id}/audit_logs`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListAuditLogs`], or an [`Error`].
    #[inline]
    pub fn list_audit_logs(&self) -> builder::ListAuditLogs<'_> {
        self.inner.list_audit_logs()
    }
    /// Get chart data
    ///
    /// `GET /projects/{project_id}/charts/{chart_name}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ChartData`], or an [`Error`].
    #[inline]
    pub fn get_chart_data(&self) -> builder::GetChartData<'_> {
        self.inner.get_chart_data()
    }
    /// Get chart options
    ///
    /// `GET /projects/{project_id}/charts/{chart_name}/options`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ChartOptions`], or an [`Error`].
    #[inline]
    pub fn get_chart_options(&self) -> builder::GetChartOptions<'_> {
        self.inner.get_chart_options()
    }
    /// List collaborators
    ///
    /// `GET /projects/{project_id}/collaborators`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCollaborators`], or an [`Error`].
    #[inline]
    pub fn list_collaborators(&self) -> builder::ListCollaborators<'_> {
        self.inner.list_collaborators()
    }
    /// List entitlements
    ///
    /// `GET /projects/{project_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlements`], or an [`Error`].
    #[inline]
    pub fn list_entitlements(&self) -> builder::ListEntitlements<'_> {
        self.inner.list_entitlements()
    }
    /// Create an entitlement
    ///
    /// `POST /projects/{project_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn create_entitlement(&self) -> builder::CreateEntitlement<'_> {
        self.inner.create_entitlement()
    }
    /// Get an entitlement
    ///
    /// `GET /projects/{project_id}/entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn get_entitlement(&self) -> builder::GetEntitlement<'_> {
        self.inner.get_entitlement()
    }
    /// Update an entitlement
    ///
    /// `POST /projects/{project_id}/entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn update_entitlement(&self) -> builder::UpdateEntitlement<'_> {
        self.inner.update_entitlement()
    }
    /// Delete an entitlement
    ///
    /// `DELETE /projects/{project_id}/entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_entitlement(&self) -> builder::DeleteEntitlement<'_> {
        self.inner.delete_entitlement()
    }
    /// Attach products to an entitlement
    ///
    /// `POST /projects/{project_id}/entitlements/{entitlement_id}/actions/attach_products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn attach_products_to_entitlement(
        &self,
    ) -> builder::AttachProductsToEntitlement<'_> {
        self.inner.attach_products_to_entitlement()
    }
    /// Detach products from an entitlement
    ///
    /// `POST /projects/{project_id}/entitlements/{entitlement_id}/actions/detach_products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn detach_products_from_entitlement(
        &self,
    ) -> builder::DetachProductsFromEntitlement<'_> {
        self.inner.detach_products_from_entitlement()
    }
    /// List the products of an entitlement
    ///
    /// `GET /projects/{project_id}/entitlements/{entitlement_id}/products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ProductsFromEntitlement`], or an [`Error`].
    #[inline]
    pub fn get_products_from_entitlement(
        &self,
    ) -> builder::GetProductsFromEntitlement<'_> {
        self.inner.get_products_from_entitlement()
    }
    /// List webhook integrations
    ///
    /// `GET /projects/{project_id}/integrations/webhooks`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListWebhookIntegrations`], or an [`Error`].
    #[inline]
    pub fn list_webhook_integrations(&self) -> builder::ListWebhookIntegrations<'_> {
        self.inner.list_webhook_integrations()
    }
    /// Create a webhook integration
    ///
    /// `POST /projects/{project_id}/integrations/webhooks`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WebhookIntegration`], or an [`Error`].
    #[inline]
    pub fn create_webhook_integration(&self) -> builder::CreateWebhookIntegration<'_> {
        self.inner.create_webhook_integration()
    }
    /// Get a webhook integration
    ///
    /// `GET /projects/{project_id}/integrations/webhooks/{webhook_integration_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WebhookIntegration`], or an [`Error`].
    #[inline]
    pub fn get_webhook_integration(&self) -> builder::GetWebhookIntegration<'_> {
        self.inner.get_webhook_integration()
    }
    /// Update a webhook integration
    ///
    /// `POST /projects/{project_id}/integrations/webhooks/{webhook_integration_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WebhookIntegration`], or an [`Error`].
    #[inline]
    pub fn update_webhook_integration(&self) -> builder::UpdateWebhookIntegration<'_> {
        self.inner.update_webhook_integration()
    }
    /// Delete a webhook integration
    ///
    /// `DELETE /projects/{project_id}/integrations/webhooks/{webhook_integration_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_webhook_integration(&self) -> builder::DeleteWebhookIntegration<'_> {
        self.inner.delete_webhook_integration()
    }
    /// Get overview metrics
    ///
    /// `GET /projects/{project_id}/metrics/overview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::OverviewMetrics`], or an [`Error`].
    #[inline]
    pub fn get_overview_metrics(&self) -> builder::GetOverviewMetrics<'_> {
        self.inner.get_overview_metrics()
    }
    /// List offerings
    ///
    /// `GET /projects/{project_id}/offerings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListOfferings`], or an [`Error`].
    #[inline]
    pub fn list_offerings(&self) -> builder::ListOfferings<'_> {
        self.inner.list_offerings()
    }
    /// Create an offering
    ///
    /// `POST /projects/{project_id}/offerings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn create_offering(&self) -> builder::CreateOffering<'_> {
        self.inner.create_offering()
    }
    /// Get an offering
    ///
    /// `GET /projects/{project_id}/offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn get_offering(&self) -> builder::GetOffering<'_> {
        self.inner.get_offering()
    }
    /// Update an offering
    ///
    /// `POST /projects/{project_id}/offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn update_offering(&self) -> builder::UpdateOffering<'_> {
        self.inner.update_offering()
    }
    /// Delete an offering
    ///
    /// `DELETE /projects/{project_id}/offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_offering(&self) -> builder::DeleteOffering<'_> {
        self.inner.delete_offering()
    }
    /// List the packages of an offering
    ///
    /// `GET /projects/{project_id}/offerings/{offering_id}/packages`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPackages`], or an [`Error`].
    #[inline]
    pub fn list_packages(&self) -> builder::ListPackages<'_> {
        self.inner.list_packages()
    }
    /// Create a package
    ///
    /// `POST /projects/{project_id}/offerings/{offering_id}/packages`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Package`], or an [`Error`].
    #[inline]
    pub fn create_packages(&self) -> builder::CreatePackages<'_> {
        self.inner.create_packages()
    }
    /// Get a package
    ///
    /// `GET /projects/{project_id}/packages/{package_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Package`], or an [`Error`].
    #[inline]
    pub fn get_package(&self) -> builder::GetPackage<'_> {
        self.inner.get_package()
    }
    /// Update a package
    ///
    /// `POST /projects/{project_id}/packages/{package_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Package`], or an [`Error`].
    #[inline]
    pub fn update_package(&self) -> builder::UpdatePackage<'_> {
        self.inner.update_package()
    }
    /// Delete a package
    ///
    /// `DELETE /projects/{project_id}/packages/{package_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_package_from_offering(
        &self,
    ) -> builder::DeletePackageFromOffering<'_> {
        self.inner.delete_package_from_offering()
    }
    /// Attach products to a package
    ///
    /// `POST /projects/{project_id}/packages/{package_id}/actions/attach_products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Package`], or an [`Error`].
    #[inline]
    pub fn attach_products_to_package(&self) -> builder::AttachProductsToPackage<'_> {
        self.inner.attach_products_to_package()
    }
    /// Detach products from a package
    ///
    /// `POST /projects/{project_id}/packages/{package_id}/actions/detach_products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Package`], or an [`Error`].
    #[inline]
    pub fn detach_products_from_package(
        &self,
    ) -> builder::DetachProductsFromPackage<'_> {
        self.inner.detach_products_from_package()
    }
    /// List the products of a package
    ///
    /// `GET /projects/{project_id}/packages/{package_id}/products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ProductsFromPackage`], or an [`Error`].
    #[inline]
    pub fn get_products_from_package(&self) -> builder::GetProductsFromPackage<'_> {
        self.inner.get_products_from_package()
    }
    /// List paywalls
    ///
    /// `GET /projects/{project_id}/paywalls`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPaywalls`], or an [`Error`].
    #[inline]
    pub fn list_paywalls(&self) -> builder::ListPaywalls<'_> {
        self.inner.list_paywalls()
    }
    /// Create a paywall
    ///
    /// `POST /projects/{project_id}/paywalls`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Paywall`], or an [`Error`].
    #[inline]
    pub fn create_paywall(&self) -> builder::CreatePaywall<'_> {
        self.inner.create_paywall()
    }
    /// Get a paywall
    ///
    /// `GET /projects/{project_id}/paywalls/{paywall_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Paywall`], or an [`Error`].
    #[inline]
    pub fn get_paywall(&self) -> builder::GetPaywall<'_> {
        self.inner.get_paywall()
    }
    /// Delete a paywall
    ///
    /// `DELETE /projects/{project_id}/paywalls/{paywall_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_paywall(&self) -> builder::DeletePaywall<'_> {
        self.inner.delete_paywall()
    }
    /// List products
    ///
    /// `GET /projects/{project_id}/products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListProducts`], or an [`Error`].
    #[inline]
    pub fn list_products(&self) -> builder::ListProducts<'_> {
        self.inner.list_products()
    }
    /// Create a product
    ///
    /// `POST /projects/{project_id}/products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Product`], or an [`Error`].
    #[inline]
    pub fn create_product(&self) -> builder::CreateProduct<'_> {
        self.inner.create_product()
    }
    /// Get a product
    ///
    /// `GET /projects/{project_id}/products/{product_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Product`], or an [`Error`].
    #[inline]
    pub fn get_product(&self) -> builder::GetProduct<'_> {
        self.inner.get_product()
    }
    /// Delete a product
    ///
    /// `DELETE /projects/{project_id}/products/{product_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_product(&self) -> builder::DeleteProduct<'_> {
        self.inner.delete_product()
    }
    /// Create a product in its store
    ///
    /// `POST /projects/{project_id}/products/{product_id}/create_in_store`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateProductInStoreResponse`], or an [`Error`].
    #[inline]
    pub fn create_product_in_store(&self) -> builder::CreateProductInStore<'_> {
        self.inner.create_product_in_store()
    }
    /// Search purchases
    ///
    /// `GET /projects/{project_id}/purchases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPurchases`], or an [`Error`].
    #[inline]
    pub fn search_purchases(&self) -> builder::SearchPurchases<'_> {
        self.inner.search_purchases()
    }
    /// Get a purchase
    ///
    /// `GET /projects/{project_id}/purchases/{purchase_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Purchase`], or an [`Error`].
    #[inline]
    pub fn get_purchase(&self) -> builder::GetPurchase<'_> {
        self.inner.get_purchase()
    }
    /// Refund a purchase
    ///
    /// `POST /projects/{project_id}/purchases/{purchase_id}/actions/refund`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Purchase`], or an [`Error`].
    #[inline]
    pub fn refund_purchase(&self) -> builder::RefundPurchase<'_> {
        self.inner.refund_purchase()
    }
    /// List the entitlements of a purchase
    ///
    /// `GET /projects/{project_id}/purchases/{purchase_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlements`], or an [`Error`].
    #[inline]
    pub fn list_purchase_entitlements(&self) -> builder::ListPurchaseEntitlements<'_> {
        self.inner.list_purchase_entitlements()
    }
    /// Search subscriptions
    ///
    /// `GET /projects/{project_id}/subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSubscriptions`], or an [`Error`].
    #[inline]
    pub fn search_subscriptions(&self) -> builder::SearchSubscriptions<'_> {
        self.inner.search_subscriptions()
    }
    /// Get a subscription
    ///
    /// `GET /projects/{project_id}/subscriptions/{subscription_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Subscription`], or an [`Error`].
    #[inline]
    pub fn get_subscription(&self) -> builder::GetSubscription<'_> {
        self.inner.get_subscription()
    }
    /// Cancel a subscription
    ///
    /// `POST /projects/{project_id}/subscriptions/{subscription_id}/actions/cancel`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Subscription`], or an [`Error`].
    #[inline]
    pub fn cancel_subscription(&self) -> builder::CancelSubscription<'_> {
        self.inner.cancel_subscription()
    }
    /// Refund a subscription
    ///
    /// `POST /projects/{project_id}/subscriptions/{subscription_id}/actions/refund`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Subscription`], or an [`Error`].
    #[inline]
    pub fn refund_subscription(&self) -> builder::RefundSubscription<'_> {
        self.inner.refund_subscription()
    }
    /// Get an authenticated management URL
    ///
    /// `GET /projects/{project_id}/subscriptions/{subscription_id}/authenticated_management_url`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AuthenticatedManagementUrl`], or an [`Error`].
    #[inline]
    pub fn get_authorized_subscription_management_url(
        &self,
    ) -> builder::GetAuthorizedSubscriptionManagementUrl<'_> {
        self.inner.get_authorized_subscription_management_url()
    }
    /// List the entitlements of a subscription
    ///
    /// `GET /projects/{project_id}/subscriptions/{subscription_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlements`], or an [`Error`].
    #[inline]
    pub fn list_subscription_entitlements(
        &self,
    ) -> builder::ListSubscriptionEntitlements<'_> {
        self.inner.list_subscription_entitlements()
    }
    /// List the transactions of a subscription
    ///
    /// `GET /projects/{project_id}/subscriptions/{subscription_id}/transactions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSubscriptionTransaction`], or an [`Error`].
    #[inline]
    pub fn get_play_store_or_app_store_subscription_transactions(
        &self,
    ) -> builder::GetPlayStoreOrAppStoreSubscriptionTransactions<'_> {
        self.inner.get_play_store_or_app_store_subscription_transactions()
    }
    /// Refund a subscription transaction
    ///
    /// `POST /projects/{project_id}/subscriptions/{subscription_id}/transactions/{transaction_id}/actions/refund`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionTransaction`], or an [`Error`].
    #[inline]
    pub fn refund_play_store_subscription_transaction(
        &self,
    ) -> builder::RefundPlayStoreSubscriptionTransaction<'_> {
        self.inner.refund_play_store_subscription_transaction()
    }
    /// List virtual currencies
    ///
    /// `GET /projects/{project_id}/virtual_currencies`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListVirtualCurrencies`], or an [`Error`].
    #[inline]
    pub fn list_virtual_currencies(&self) -> builder::ListVirtualCurrencies<'_> {
        self.inner.list_virtual_currencies()
    }
    /// Create a virtual currency
    ///
    /// `POST /projects/{project_id}/virtual_currencies`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrency`], or an [`Error`].
    #[inline]
    pub fn create_virtual_currency(&self) -> builder::CreateVirtualCurrency<'_> {
        self.inner.create_virtual_currency()
    }
    /// Get a virtual currency
    ///
    /// `GET /projects/{project_id}/virtual_currencies/{virtual_currency_code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrency`], or an [`Error`].
    #[inline]
    pub fn get_virtual_currency(&self) -> builder::GetVirtualCurrency<'_> {
        self.inner.get_virtual_currency()
    }
    /// Update a virtual currency
    ///
    /// `POST /projects/{project_id}/virtual_currencies/{virtual_currency_code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrency`], or an [`Error`].
    #[inline]
    pub fn update_virtual_currency(&self) -> builder::UpdateVirtualCurrency<'_> {
        self.inner.update_virtual_currency()
    }
    /// Delete a virtual currency
    ///
    /// `DELETE /projects/{project_id}/virtual_currencies/{virtual_currency_code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    #[inline]
    pub fn delete_virtual_currency(&self) -> builder::DeleteVirtualCurrency<'_> {
        self.inner.delete_virtual_currency()
    }
    /// Streams every [`types::Customer`] of [`Client::list_customers`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customers`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customers(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Customer> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::CustomerList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customers()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customers"), first)
    }
    /// Streams every [`types::ActiveEntitlement`] of [`Client::list_customer_active_entitlements`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_active_entitlements`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_active_entitlements(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::ActiveEntitlement> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ActiveEntitlementList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_active_entitlements()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_active_entitlements"), first)
    }
    /// Streams every [`types::CustomerAlias`] of [`Client::list_customer_aliases`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_aliases`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_aliases(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::CustomerAlias> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::CustomerAliasList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_aliases()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_aliases"), first)
    }
    /// Streams every [`types::CustomerAttribute`] of [`Client::list_customer_attributes`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_attributes`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_attributes(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::CustomerAttribute> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::CustomerAttributeList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_attributes()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_attributes"), first)
    }
    /// Streams every [`types::Purchase`] of [`Client::list_customer_purchases`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_purchases`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_purchases(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::Purchase> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::PurchaseList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_purchases()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_purchases"), first)
    }
    /// Streams every [`types::Subscription`] of [`Client::list_customer_subscriptions`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_subscriptions`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_subscriptions(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::Subscription> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::SubscriptionList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_subscriptions()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_subscriptions"), first)
    }
    /// Streams every [`types::VirtualCurrencyBalance`] of [`Client::list_customer_virtual_currency_balances`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_virtual_currency_balances`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_virtual_currency_balances(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::VirtualCurrencyBalance> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::VirtualCurrencyBalanceList,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_virtual_currency_balances()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(
            self.pager("list_customer_virtual_currency_balances"),
            first,
        )
    }
    /// Streams every [`types::Invoice`] of [`Client::list_customer_invoices`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customer_invoices`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_customer_invoices(
        &self,
        project_id: &str,
        customer_id: &str,
    ) -> ItemStream<'static, types::Invoice> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let customer_id = customer_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<types::InvoiceList, client_core::Error<types::Error>>,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_customer_invoices()
                .project_id(project_id)
                .customer_id(customer_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_customer_invoices"), first)
    }
    /// Streams every [`types::Project`] of [`Client::list_projects`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_projects`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_projects(&self) -> ItemStream<'static, types::Project> {
        let client = self.clone();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListProjects,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client.list_projects().send().await.map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_projects"), first)
    }
    /// Streams every [`types::App`] of [`Client::list_apps`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_apps`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_apps(&self, project_id: &str) -> ItemStream<'static, types::App> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<types::ListApps, client_core::Error<types::Error>>,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_apps()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_apps"), first)
    }
    /// Streams every [`types::PublicApiKey`] of [`Client::list_app_public_api_keys`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_app_public_api_keys`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_app_public_api_keys(
        &self,
        project_id: &str,
        app_id: &str,
    ) -> ItemStream<'static, types::PublicApiKey> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let app_id = app_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListPublicApiKeys,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_app_public_api_keys()
                .project_id(project_id)
                .app_id(app_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_app_public_api_keys"), first)
    }
    /// Streams every [`types::AuditLog`] of [`Client::list_audit_logs`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_audit_logs`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_audit_logs(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::AuditLog> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListAuditLogs,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_audit_logs()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_audit_logs"), first)
    }
    /// Streams every [`types::Collaborator`] of [`Client::list_collaborators`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_collaborators`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_collaborators(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Collaborator> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListCollaborators,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_collaborators()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_collaborators"), first)
    }
    /// Streams every [`types::Entitlement`] of [`Client::list_entitlements`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_entitlements`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_entitlements(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Entitlement> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListEntitlements,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_entitlements()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_entitlements"), first)
    }
    /// Streams every [`types::Product`] of [`Client::get_products_from_entitlement`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::get_products_from_entitlement`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_get_products_from_entitlement(
        &self,
        project_id: &str,
        entitlement_id: &str,
    ) -> ItemStream<'static, types::Product> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let entitlement_id = entitlement_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ProductsFromEntitlement,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .get_products_from_entitlement()
                .project_id(project_id)
                .entitlement_id(entitlement_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("get_products_from_entitlement"), first)
    }
    /// Streams every [`types::WebhookIntegration`] of [`Client::list_webhook_integrations`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_webhook_integrations`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_webhook_integrations(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::WebhookIntegration> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListWebhookIntegrations,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_webhook_integrations()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_webhook_integrations"), first)
    }
    /// Streams every [`types::Offering`] of [`Client::list_offerings`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_offerings`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_offerings(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Offering> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListOfferings,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_offerings()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_offerings"), first)
    }
    /// Streams every [`types::Package`] of [`Client::list_packages`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_packages`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_packages(
        &self,
        project_id: &str,
        offering_id: &str,
    ) -> ItemStream<'static, types::Package> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let offering_id = offering_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListPackages,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_packages()
                .project_id(project_id)
                .offering_id(offering_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_packages"), first)
    }
    /// Streams every [`types::PackageProductAssociation`] of [`Client::get_products_from_package`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::get_products_from_package`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_get_products_from_package(
        &self,
        project_id: &str,
        package_id: &str,
    ) -> ItemStream<'static, types::PackageProductAssociation> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let package_id = package_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ProductsFromPackage,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .get_products_from_package()
                .project_id(project_id)
                .package_id(package_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("get_products_from_package"), first)
    }
    /// Streams every [`types::Paywall`] of [`Client::list_paywalls`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_paywalls`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_paywalls(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Paywall> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListPaywalls,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_paywalls()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_paywalls"), first)
    }
    /// Streams every [`types::Product`] of [`Client::list_products`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_products`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_products(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::Product> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListProducts,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_products()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_products"), first)
    }
    /// Streams every [`types::Purchase`] of [`Client::search_purchases`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::search_purchases`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_search_purchases(
        &self,
        project_id: &str,
        store_purchase_identifier: &str,
    ) -> ItemStream<'static, types::Purchase> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let store_purchase_identifier = store_purchase_identifier.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListPurchases,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .search_purchases()
                .project_id(project_id)
                .store_purchase_identifier(store_purchase_identifier)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("search_purchases"), first)
    }
    /// Streams every [`types::Entitlement`] of [`Client::list_purchase_entitlements`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_purchase_entitlements`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_purchase_entitlements(
        &self,
        project_id: &str,
        purchase_id: &str,
    ) -> ItemStream<'static, types::Entitlement> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let purchase_id = purchase_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListEntitlements,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_purchase_entitlements()
                .project_id(project_id)
                .purchase_id(purchase_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_purchase_entitlements"), first)
    }
    /// Streams every [`types::Subscription`] of [`Client::search_subscriptions`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::search_subscriptions`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_search_subscriptions(
        &self,
        project_id: &str,
        store_subscription_identifier: &str,
    ) -> ItemStream<'static, types::Subscription> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let store_subscription_identifier = store_subscription_identifier.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListSubscriptions,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .search_subscriptions()
                .project_id(project_id)
                .store_subscription_identifier(store_subscription_identifier)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("search_subscriptions"), first)
    }
    /// Streams every [`types::Entitlement`] of [`Client::list_subscription_entitlements`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_subscription_entitlements`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_subscription_entitlements(
        &self,
        project_id: &str,
        subscription_id: &str,
    ) -> ItemStream<'static, types::Entitlement> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let subscription_id = subscription_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListEntitlements,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_subscription_entitlements()
                .project_id(project_id)
                .subscription_id(subscription_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_subscription_entitlements"), first)
    }
    /// Streams every [`types::SubscriptionTransaction`] of [`Client::get_play_store_or_app_store_subscription_transactions`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::get_play_store_or_app_store_subscription_transactions`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_get_play_store_or_app_store_subscription_transactions(
        &self,
        project_id: &str,
        subscription_id: &str,
    ) -> ItemStream<'static, types::SubscriptionTransaction> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let subscription_id = subscription_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListSubscriptionTransaction,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .get_play_store_or_app_store_subscription_transactions()
                .project_id(project_id)
                .subscription_id(subscription_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(
            self.pager("get_play_store_or_app_store_subscription_transactions"),
            first,
        )
    }
    /// Streams every [`types::VirtualCurrency`] of [`Client::list_virtual_currencies`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_virtual_currencies`] and pass it to [`Client::paginate`].
    #[inline]
    pub fn stream_virtual_currencies(
        &self,
        project_id: &str,
    ) -> ItemStream<'static, types::VirtualCurrency> {
        let client = self.clone();
        let project_id = project_id.to_string();
        let first: std::pin::Pin<
            Box<
                dyn Future<
                    Output = Result<
                        types::ListVirtualCurrencies,
                        client_core::Error<types::Error>,
                    >,
                > + Send,
            >,
        > = Box::pin(async move {
            client
                .list_virtual_currencies()
                .project_id(project_id)
                .send()
                .await
                .map(ResponseValue::into_inner)
        });
        client_core::paginate(self.pager("list_virtual_currencies"), first)
    }
    /// Streams every item of a list request built as usual (any builder of a list operation: [`builder::ListCustomers`], ...), within the same rules as the `stream_*` methods. The stream borrows the client; the `stream_*` methods own theirs.
    pub fn paginate<'a, B: Paginated<'a, Error = types::Error>>(
        &'a self,
        first: B,
    ) -> ItemStream<'a, B::Item> {
        client_core::paginate(self.pager(B::OPERATION), first.first_page())
    }
}
impl std::fmt::Debug for Client {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("billing_v2::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
impl client_core::ListPage for types::CustomerList {
    type Item = types::Customer;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomers<'a> {
    type Page = types::CustomerList;
    type Item = types::Customer;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customers";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ActiveEntitlementList {
    type Item = types::ActiveEntitlement;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerActiveEntitlements<'a> {
    type Page = types::ActiveEntitlementList;
    type Item = types::ActiveEntitlement;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_active_entitlements";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::CustomerAliasList {
    type Item = types::CustomerAlias;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerAliases<'a> {
    type Page = types::CustomerAliasList;
    type Item = types::CustomerAlias;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_aliases";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::CustomerAttributeList {
    type Item = types::CustomerAttribute;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerAttributes<'a> {
    type Page = types::CustomerAttributeList;
    type Item = types::CustomerAttribute;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_attributes";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::PurchaseList {
    type Item = types::Purchase;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerPurchases<'a> {
    type Page = types::PurchaseList;
    type Item = types::Purchase;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_purchases";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::SubscriptionList {
    type Item = types::Subscription;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerSubscriptions<'a> {
    type Page = types::SubscriptionList;
    type Item = types::Subscription;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_subscriptions";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::VirtualCurrencyBalanceList {
    type Item = types::VirtualCurrencyBalance;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerVirtualCurrencyBalances<'a> {
    type Page = types::VirtualCurrencyBalanceList;
    type Item = types::VirtualCurrencyBalance;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_virtual_currency_balances";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::InvoiceList {
    type Item = types::Invoice;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerInvoices<'a> {
    type Page = types::InvoiceList;
    type Item = types::Invoice;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_invoices";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListProjects {
    type Item = types::Project;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListProjects<'a> {
    type Page = types::ListProjects;
    type Item = types::Project;
    type Error = types::Error;
    const OPERATION: &'static str = "list_projects";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListApps {
    type Item = types::App;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListApps<'a> {
    type Page = types::ListApps;
    type Item = types::App;
    type Error = types::Error;
    const OPERATION: &'static str = "list_apps";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListPublicApiKeys {
    type Item = types::PublicApiKey;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListAppPublicApiKeys<'a> {
    type Page = types::ListPublicApiKeys;
    type Item = types::PublicApiKey;
    type Error = types::Error;
    const OPERATION: &'static str = "list_app_public_api_keys";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListAuditLogs {
    type Item = types::AuditLog;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListAuditLogs<'a> {
    type Page = types::ListAuditLogs;
    type Item = types::AuditLog;
    type Error = types::Error;
    const OPERATION: &'static str = "list_audit_logs";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListCollaborators {
    type Item = types::Collaborator;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCollaborators<'a> {
    type Page = types::ListCollaborators;
    type Item = types::Collaborator;
    type Error = types::Error;
    const OPERATION: &'static str = "list_collaborators";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListEntitlements {
    type Item = types::Entitlement;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListEntitlements<'a> {
    type Page = types::ListEntitlements;
    type Item = types::Entitlement;
    type Error = types::Error;
    const OPERATION: &'static str = "list_entitlements";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ProductsFromEntitlement {
    type Item = types::Product;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::GetProductsFromEntitlement<'a> {
    type Page = types::ProductsFromEntitlement;
    type Item = types::Product;
    type Error = types::Error;
    const OPERATION: &'static str = "get_products_from_entitlement";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListWebhookIntegrations {
    type Item = types::WebhookIntegration;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListWebhookIntegrations<'a> {
    type Page = types::ListWebhookIntegrations;
    type Item = types::WebhookIntegration;
    type Error = types::Error;
    const OPERATION: &'static str = "list_webhook_integrations";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListOfferings {
    type Item = types::Offering;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListOfferings<'a> {
    type Page = types::ListOfferings;
    type Item = types::Offering;
    type Error = types::Error;
    const OPERATION: &'static str = "list_offerings";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListPackages {
    type Item = types::Package;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListPackages<'a> {
    type Page = types::ListPackages;
    type Item = types::Package;
    type Error = types::Error;
    const OPERATION: &'static str = "list_packages";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ProductsFromPackage {
    type Item = types::PackageProductAssociation;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::GetProductsFromPackage<'a> {
    type Page = types::ProductsFromPackage;
    type Item = types::PackageProductAssociation;
    type Error = types::Error;
    const OPERATION: &'static str = "get_products_from_package";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListPaywalls {
    type Item = types::Paywall;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListPaywalls<'a> {
    type Page = types::ListPaywalls;
    type Item = types::Paywall;
    type Error = types::Error;
    const OPERATION: &'static str = "list_paywalls";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListProducts {
    type Item = types::Product;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListProducts<'a> {
    type Page = types::ListProducts;
    type Item = types::Product;
    type Error = types::Error;
    const OPERATION: &'static str = "list_products";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListPurchases {
    type Item = types::Purchase;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::SearchPurchases<'a> {
    type Page = types::ListPurchases;
    type Item = types::Purchase;
    type Error = types::Error;
    const OPERATION: &'static str = "search_purchases";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl<'a> Paginated<'a> for builder::ListPurchaseEntitlements<'a> {
    type Page = types::ListEntitlements;
    type Item = types::Entitlement;
    type Error = types::Error;
    const OPERATION: &'static str = "list_purchase_entitlements";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListSubscriptions {
    type Item = types::Subscription;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::SearchSubscriptions<'a> {
    type Page = types::ListSubscriptions;
    type Item = types::Subscription;
    type Error = types::Error;
    const OPERATION: &'static str = "search_subscriptions";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl<'a> Paginated<'a> for builder::ListSubscriptionEntitlements<'a> {
    type Page = types::ListEntitlements;
    type Item = types::Entitlement;
    type Error = types::Error;
    const OPERATION: &'static str = "list_subscription_entitlements";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListSubscriptionTransaction {
    type Item = types::SubscriptionTransaction;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::GetPlayStoreOrAppStoreSubscriptionTransactions<'a> {
    type Page = types::ListSubscriptionTransaction;
    type Item = types::SubscriptionTransaction;
    type Error = types::Error;
    const OPERATION: &'static str = "get_play_store_or_app_store_subscription_transactions";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
impl client_core::ListPage for types::ListVirtualCurrencies {
    type Item = types::VirtualCurrency;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListVirtualCurrencies<'a> {
    type Page = types::ListVirtualCurrencies;
    type Item = types::VirtualCurrency;
    type Error = types::Error;
    const OPERATION: &'static str = "list_virtual_currencies";
    #[inline]
    fn first_page(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<Self::Page, client_core::Error<Self::Error>>,
            > + Send + 'a,
        >,
    > {
        Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
    }
}
