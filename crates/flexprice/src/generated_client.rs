// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 96f2eb3edc0a163972c327ce230a763c2c8cf810513d1bc8348f21c7f5eed1c5).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::{PageLimits, PaginationError};
pub use client_core::{StreamExt, TryStreamExt};
pub use client_core::OffsetPaginated;
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::ErrorResponse>;
/// The items of every page of a list, one page in memory at a time; see [`Client::paginate_offset`].
pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, types::ErrorResponse>;
/// The documented base URL (of the default region).
pub const DEFAULT_BASE_URL: &str = "https://us.api.flexprice.io/v1";
/// Where the account lives: each credential belongs to one region (the spec's `servers`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `https://us.api.flexprice.io/v1`, the default.
    #[default]
    Us,
    /// `https://api.cloud.flexprice.io/v1`.
    India,
}
impl Region {
    /// The region's base URL.
    #[inline]
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Us => "https://us.api.flexprice.io/v1",
            Region::India => "https://api.cloud.flexprice.io/v1",
        }
    }
}
/// A Flexprice API v1 client. Every operation is a method returning a request builder: set its parameters, then `send()`. List operations also stream their items across pages (`stream_*`, [`Client::paginate_offset`]).
///
/// Cloning is cheap: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::generated::Client,
    /// The credential, kept for the hand-written hooks; redacted in `Debug`.
    #[allow(dead_code)]
    pub(crate) credential: client_core::Secret,
    region: Option<Region>,
    page_limits: client_core::PageLimits,
}
impl Client {
    /// A client for the default region ([`Region::Us`]), authenticated with the API key, sent as `x-api-key` (marked sensitive, never shown).
    pub fn new(api_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::for_region(api_key, Region::default())
    }
    /// A client for the given region.
    pub fn for_region(
        api_key: impl Into<String>,
        region: Region,
    ) -> Result<Self, ConfigError> {
        Self::build(api_key.into(), Some(region), ClientOptions::new())
    }
    /// A client with a custom base URL, HTTP client, retry policy or timeouts; without [`ClientOptions::base_url`] it uses the default region.
    pub fn with_options(
        api_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let region = options.base_url_override().is_none().then_some(Region::default());
        Self::build(api_key.into(), region, options)
    }
    /// The region, unless a custom base URL was given.
    #[inline]
    pub fn region(&self) -> Option<Region> {
        self.region
    }
    #[inline]
    fn build(
        api_key: String,
        region: Option<Region>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let default_base_url = region.unwrap_or_default().base_url();
        let credential = client_core::Secret::new(api_key);
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Header("x-api-key", credential.clone()),
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                None,
            )?;
        Ok(Self {
            inner: crate::generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime.with_keyed_operations(crate::generated::KEYED_OPERATIONS),
            ),
            credential,
            region,
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
    /// Create addon
    ///
    /// `POST /addons`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateAddonResponse`], or an [`Error`].
    #[inline]
    pub fn create_addon(&self) -> builder::CreateAddon<'_> {
        self.inner.create_addon()
    }
    /// Get addon by lookup key
    ///
    /// `GET /addons/lookup/{lookup_key}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AddonResponse`], or an [`Error`].
    #[inline]
    pub fn get_addon_by_lookup_key(&self) -> builder::GetAddonByLookupKey<'_> {
        self.inner.get_addon_by_lookup_key()
    }
    /// Query addon
    ///
    /// `POST /addons/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListAddonsResponse`], or an [`Error`].
    #[inline]
    pub fn query_addon(&self) -> builder::QueryAddon<'_> {
        self.inner.query_addon()
    }
    /// Get addon
    ///
    /// `GET /addons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AddonResponse`], or an [`Error`].
    #[inline]
    pub fn get_addon(&self) -> builder::GetAddon<'_> {
        self.inner.get_addon()
    }
    /// Update addon
    ///
    /// `PUT /addons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AddonResponse`], or an [`Error`].
    #[inline]
    pub fn update_addon(&self) -> builder::UpdateAddon<'_> {
        self.inner.update_addon()
    }
    /// Delete addon
    ///
    /// `DELETE /addons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_addon(&self) -> builder::DeleteAddon<'_> {
        self.inner.delete_addon()
    }
    /// Get addon credit grants
    ///
    /// `GET /addons/{id}/creditgrants`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCreditGrantsResponse`], or an [`Error`].
    #[inline]
    pub fn get_addon_credit_grants(&self) -> builder::GetAddonCreditGrants<'_> {
        self.inner.get_addon_credit_grants()
    }
    /// Get addon entitlements
    ///
    /// `GET /addons/{id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn get_addon_entitlements(&self) -> builder::GetAddonEntitlements<'_> {
        self.inner.get_addon_entitlements()
    }
    /// Query alert log
    ///
    /// `POST /alerts/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListAlertLogsResponse`], or an [`Error`].
    #[inline]
    pub fn query_alert_log(&self) -> builder::QueryAlertLog<'_> {
        self.inner.query_alert_log()
    }
    /// Create alert settings
    ///
    /// `POST /alerts/setting`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AlertSettingsResponse`], or an [`Error`].
    #[inline]
    pub fn create_alert_settings(&self) -> builder::CreateAlertSettings<'_> {
        self.inner.create_alert_settings()
    }
    /// Query alert settings
    ///
    /// `POST /alerts/setting/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListAlertSettingsResponse`], or an [`Error`].
    #[inline]
    pub fn query_alert_settings(&self) -> builder::QueryAlertSettings<'_> {
        self.inner.query_alert_settings()
    }
    /// Get alert settings
    ///
    /// `GET /alerts/setting/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AlertSettingsResponse`], or an [`Error`].
    #[inline]
    pub fn get_alert_settings(&self) -> builder::GetAlertSettings<'_> {
        self.inner.get_alert_settings()
    }
    /// Update alert settings
    ///
    /// `PUT /alerts/setting/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AlertSettingsResponse`], or an [`Error`].
    #[inline]
    pub fn update_alert_settings(&self) -> builder::UpdateAlertSettings<'_> {
        self.inner.update_alert_settings()
    }
    /// Delete alert settings
    ///
    /// `DELETE /alerts/setting/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_alert_settings(&self) -> builder::DeleteAlertSettings<'_> {
        self.inner.delete_alert_settings()
    }
    /// Create checkout session
    ///
    /// `POST /checkout/sessions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CheckoutSessionResponse`], or an [`Error`].
    #[inline]
    pub fn create_checkout_session(&self) -> builder::CreateCheckoutSession<'_> {
        self.inner.create_checkout_session()
    }
    /// Get checkout session
    ///
    /// `GET /checkout/sessions/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CheckoutSessionResponse`], or an [`Error`].
    #[inline]
    pub fn get_checkout_session(&self) -> builder::GetCheckoutSession<'_> {
        self.inner.get_checkout_session()
    }
    /// Delete checkout session
    ///
    /// `DELETE /checkout/sessions/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_checkout_session(&self) -> builder::DeleteCheckoutSession<'_> {
        self.inner.delete_checkout_session()
    }
    /// Create costsheet
    ///
    /// `POST /costs`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateCostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn create_costsheet(&self) -> builder::CreateCostsheet<'_> {
        self.inner.create_costsheet()
    }
    /// Get active costsheet
    ///
    /// `GET /costs/active`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn get_active_costsheet(&self) -> builder::GetActiveCostsheet<'_> {
        self.inner.get_active_costsheet()
    }
    /// Get detailed cost analytics
    ///
    /// `POST /costs/analytics`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetDetailedCostAnalyticsResponse`], or an [`Error`].
    #[inline]
    pub fn get_detailed_cost_analytics(&self) -> builder::GetDetailedCostAnalytics<'_> {
        self.inner.get_detailed_cost_analytics()
    }
    /// Query costsheet
    ///
    /// `POST /costs/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn query_costsheet(&self) -> builder::QueryCostsheet<'_> {
        self.inner.query_costsheet()
    }
    /// Get costsheet
    ///
    /// `GET /costs/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetCostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn get_costsheet(&self) -> builder::GetCostsheet<'_> {
        self.inner.get_costsheet()
    }
    /// Update costsheet
    ///
    /// `PUT /costs/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UpdateCostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn update_costsheet(&self) -> builder::UpdateCostsheet<'_> {
        self.inner.update_costsheet()
    }
    /// Delete costsheet
    ///
    /// `DELETE /costs/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeleteCostsheetResponse`], or an [`Error`].
    #[inline]
    pub fn delete_costsheet(&self) -> builder::DeleteCostsheet<'_> {
        self.inner.delete_costsheet()
    }
    /// Create coupon
    ///
    /// `POST /coupons`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CouponResponse`], or an [`Error`].
    #[inline]
    pub fn create_coupon(&self) -> builder::CreateCoupon<'_> {
        self.inner.create_coupon()
    }
    /// List coupon associations
    ///
    /// `GET /coupons/associations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCouponAssociationsResponse`], or an [`Error`].
    #[inline]
    pub fn list_coupon_associations(&self) -> builder::ListCouponAssociations<'_> {
        self.inner.list_coupon_associations()
    }
    /// Get coupon association
    ///
    /// `GET /coupons/associations/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CouponAssociationResponse`], or an [`Error`].
    #[inline]
    pub fn get_coupon_association(&self) -> builder::GetCouponAssociation<'_> {
        self.inner.get_coupon_association()
    }
    /// Get coupon by code
    ///
    /// `GET /coupons/code/{code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CouponResponse`], or an [`Error`].
    #[inline]
    pub fn get_coupon_by_code(&self) -> builder::GetCouponByCode<'_> {
        self.inner.get_coupon_by_code()
    }
    /// Query coupon
    ///
    /// `POST /coupons/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCouponsResponse`], or an [`Error`].
    #[inline]
    pub fn query_coupon(&self) -> builder::QueryCoupon<'_> {
        self.inner.query_coupon()
    }
    /// Get coupon
    ///
    /// `GET /coupons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CouponResponse`], or an [`Error`].
    #[inline]
    pub fn get_coupon(&self) -> builder::GetCoupon<'_> {
        self.inner.get_coupon()
    }
    /// Update coupon
    ///
    /// `PUT /coupons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CouponResponse`], or an [`Error`].
    #[inline]
    pub fn update_coupon(&self) -> builder::UpdateCoupon<'_> {
        self.inner.update_coupon()
    }
    /// Delete coupon
    ///
    /// `DELETE /coupons/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StringMap`], or an [`Error`].
    #[inline]
    pub fn delete_coupon(&self) -> builder::DeleteCoupon<'_> {
        self.inner.delete_coupon()
    }
    /// Create credit grant
    ///
    /// `POST /creditgrants`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditGrantResponse`], or an [`Error`].
    #[inline]
    pub fn create_credit_grant(&self) -> builder::CreateCreditGrant<'_> {
        self.inner.create_credit_grant()
    }
    /// Get credit grant
    ///
    /// `GET /creditgrants/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditGrantResponse`], or an [`Error`].
    #[inline]
    pub fn get_credit_grant(&self) -> builder::GetCreditGrant<'_> {
        self.inner.get_credit_grant()
    }
    /// Update credit grant
    ///
    /// `PUT /creditgrants/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditGrantResponse`], or an [`Error`].
    #[inline]
    pub fn update_credit_grant(&self) -> builder::UpdateCreditGrant<'_> {
        self.inner.update_credit_grant()
    }
    /// Delete credit grant
    ///
    /// `DELETE /creditgrants/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_credit_grant(&self) -> builder::DeleteCreditGrant<'_> {
        self.inner.delete_credit_grant()
    }
    /// Create credit note
    ///
    /// `POST /creditnotes`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditNoteResponse`], or an [`Error`].
    #[inline]
    pub fn create_credit_note(&self) -> builder::CreateCreditNote<'_> {
        self.inner.create_credit_note()
    }
    /// Get credit note
    ///
    /// `GET /creditnotes/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditNoteResponse`], or an [`Error`].
    #[inline]
    pub fn get_credit_note(&self) -> builder::GetCreditNote<'_> {
        self.inner.get_credit_note()
    }
    /// Process credit note
    ///
    /// `POST /creditnotes/{id}/finalize`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditNoteResponse`], or an [`Error`].
    #[inline]
    pub fn process_credit_note(&self) -> builder::ProcessCreditNote<'_> {
        self.inner.process_credit_note()
    }
    /// Void credit note
    ///
    /// `POST /creditnotes/{id}/void`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreditNoteResponse`], or an [`Error`].
    #[inline]
    pub fn void_credit_note(&self) -> builder::VoidCreditNote<'_> {
        self.inner.void_credit_note()
    }
    /// Update customer
    ///
    /// `PUT /customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    #[inline]
    pub fn update_customer(&self) -> builder::UpdateCustomer<'_> {
        self.inner.update_customer()
    }
    /// Create customer
    ///
    /// `POST /customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    #[inline]
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        self.inner.create_customer()
    }
    /// Get customer by external ID
    ///
    /// `GET /customers/external/{external_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer_by_external_id(&self) -> builder::GetCustomerByExternalId<'_> {
        self.inner.get_customer_by_external_id()
    }
    /// Get customer entitlements by external ID
    ///
    /// `GET /customers/external/{external_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer_entitlements_by_external_id(
        &self,
    ) -> builder::GetCustomerEntitlementsByExternalId<'_> {
        self.inner.get_customer_entitlements_by_external_id()
    }
    /// Get subscriptions for customer
    ///
    /// `GET /customers/external/{external_id}/subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSubscriptionsResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscriptions_for_customer(
        &self,
    ) -> builder::GetSubscriptionsForCustomer<'_> {
        self.inner.get_subscriptions_for_customer()
    }
    /// Query customer
    ///
    /// `POST /customers/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCustomersResponse`], or an [`Error`].
    #[inline]
    pub fn query_customer(&self) -> builder::QueryCustomer<'_> {
        self.inner.query_customer()
    }
    /// Get customer usage summary
    ///
    /// `GET /customers/usage`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerUsageSummaryResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer_usage_summary(&self) -> builder::GetCustomerUsageSummary<'_> {
        self.inner.get_customer_usage_summary()
    }
    /// Get customer wallets
    ///
    /// `GET /customers/wallets`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponseList`], or an [`Error`].
    #[inline]
    pub fn get_customer_wallets(&self) -> builder::GetCustomerWallets<'_> {
        self.inner.get_customer_wallets()
    }
    /// Get customer
    ///
    /// `GET /customers/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        self.inner.get_customer()
    }
    /// Delete customer
    ///
    /// `DELETE /customers/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        self.inner.delete_customer()
    }
    /// Get customer entitlements
    ///
    /// `GET /customers/{id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer_entitlements(&self) -> builder::GetCustomerEntitlements<'_> {
        self.inner.get_customer_entitlements()
    }
    /// Get customer upcoming grants
    ///
    /// `GET /customers/{id}/grants/upcoming`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCreditGrantApplicationsResponse`], or an [`Error`].
    #[inline]
    pub fn get_customer_upcoming_grants(
        &self,
    ) -> builder::GetCustomerUpcomingGrants<'_> {
        self.inner.get_customer_upcoming_grants()
    }
    /// Get customer invoice summary
    ///
    /// `GET /customers/{id}/invoices/summary`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerMultiCurrencyInvoiceSummary`], or an [`Error`].
    #[inline]
    pub fn get_customer_invoice_summary(
        &self,
    ) -> builder::GetCustomerInvoiceSummary<'_> {
        self.inner.get_customer_invoice_summary()
    }
    /// Get wallets by customer ID
    ///
    /// `GET /customers/{id}/wallets`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponseList`], or an [`Error`].
    #[inline]
    pub fn get_wallets_by_customer_id(&self) -> builder::GetWalletsByCustomerId<'_> {
        self.inner.get_wallets_by_customer_id()
    }
    /// Create entitlement
    ///
    /// `POST /entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::EntitlementResponse`], or an [`Error`].
    #[inline]
    pub fn create_entitlement(&self) -> builder::CreateEntitlement<'_> {
        self.inner.create_entitlement()
    }
    /// Create entitlements bulk
    ///
    /// `POST /entitlements/bulk`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateBulkEntitlementResponse`], or an [`Error`].
    #[inline]
    pub fn create_entitlements_bulk(&self) -> builder::CreateEntitlementsBulk<'_> {
        self.inner.create_entitlements_bulk()
    }
    /// Query entitlement
    ///
    /// `POST /entitlements/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn query_entitlement(&self) -> builder::QueryEntitlement<'_> {
        self.inner.query_entitlement()
    }
    /// Get entitlement
    ///
    /// `GET /entitlements/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::EntitlementResponse`], or an [`Error`].
    #[inline]
    pub fn get_entitlement(&self) -> builder::GetEntitlement<'_> {
        self.inner.get_entitlement()
    }
    /// Update entitlement
    ///
    /// `PUT /entitlements/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::EntitlementResponse`], or an [`Error`].
    #[inline]
    pub fn update_entitlement(&self) -> builder::UpdateEntitlement<'_> {
        self.inner.update_entitlement()
    }
    /// Delete entitlement
    ///
    /// `DELETE /entitlements/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_entitlement(&self) -> builder::DeleteEntitlement<'_> {
        self.inner.delete_entitlement()
    }
    /// Clone environment
    ///
    /// `POST /environments/{id}/clone`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ModelsTemporalWorkflowResult`], or an [`Error`].
    #[inline]
    pub fn clone_environment(&self) -> builder::CloneEnvironment<'_> {
        self.inner.clone_environment()
    }
    /// Ingest event
    ///
    /// `POST /events`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StringMap`], or an [`Error`].
    #[inline]
    pub fn ingest_event(&self) -> builder::IngestEvent<'_> {
        self.inner.ingest_event()
    }
    /// Get usage analytics
    ///
    /// `POST /events/analytics`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetUsageAnalyticsResponse`], or an [`Error`].
    #[inline]
    pub fn get_usage_analytics(&self) -> builder::GetUsageAnalytics<'_> {
        self.inner.get_usage_analytics()
    }
    /// Ingest events bulk
    ///
    /// `POST /events/bulk`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StringMap`], or an [`Error`].
    #[inline]
    pub fn ingest_events_bulk(&self) -> builder::IngestEventsBulk<'_> {
        self.inner.ingest_events_bulk()
    }
    /// Get huggingface inference data
    ///
    /// `POST /events/huggingface-inference`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetHuggingFaceBillingDataResponse`], or an [`Error`].
    #[inline]
    pub fn get_huggingface_inference_data(
        &self,
    ) -> builder::GetHuggingfaceInferenceData<'_> {
        self.inner.get_huggingface_inference_data()
    }
    /// Get event
    ///
    /// `GET /events/lookup`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetEventByIdResponse`], or an [`Error`].
    #[inline]
    pub fn get_event(&self) -> builder::GetEvent<'_> {
        self.inner.get_event()
    }
    /// List raw events
    ///
    /// `POST /events/query`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetEventsResponse`], or an [`Error`].
    #[inline]
    pub fn list_raw_events(&self) -> builder::ListRawEvents<'_> {
        self.inner.list_raw_events()
    }
    /// Get usage statistics
    ///
    /// `POST /events/usage`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetUsageResponse`], or an [`Error`].
    #[inline]
    pub fn get_usage_statistics(&self) -> builder::GetUsageStatistics<'_> {
        self.inner.get_usage_statistics()
    }
    /// Get usage by meter
    ///
    /// `POST /events/usage/meter`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetUsageResponse`], or an [`Error`].
    #[inline]
    pub fn get_usage_by_meter(&self) -> builder::GetUsageByMeter<'_> {
        self.inner.get_usage_by_meter()
    }
    /// Create feature
    ///
    /// `POST /features`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::FeatureResponse`], or an [`Error`].
    #[inline]
    pub fn create_feature(&self) -> builder::CreateFeature<'_> {
        self.inner.create_feature()
    }
    /// Query feature
    ///
    /// `POST /features/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListFeaturesResponse`], or an [`Error`].
    #[inline]
    pub fn query_feature(&self) -> builder::QueryFeature<'_> {
        self.inner.query_feature()
    }
    /// Update feature
    ///
    /// `PUT /features/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::FeatureResponse`], or an [`Error`].
    #[inline]
    pub fn update_feature(&self) -> builder::UpdateFeature<'_> {
        self.inner.update_feature()
    }
    /// Delete feature
    ///
    /// `DELETE /features/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_feature(&self) -> builder::DeleteFeature<'_> {
        self.inner.delete_feature()
    }
    /// Clone feature
    ///
    /// `POST /features/{id}/clone`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::FeatureResponse`], or an [`Error`].
    #[inline]
    pub fn clone_feature(&self) -> builder::CloneFeature<'_> {
        self.inner.clone_feature()
    }
    /// Create group
    ///
    /// `POST /groups`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GroupResponse`], or an [`Error`].
    #[inline]
    pub fn create_group(&self) -> builder::CreateGroup<'_> {
        self.inner.create_group()
    }
    /// Query group
    ///
    /// `POST /groups/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListGroupsResponse`], or an [`Error`].
    #[inline]
    pub fn query_group(&self) -> builder::QueryGroup<'_> {
        self.inner.query_group()
    }
    /// Get group
    ///
    /// `GET /groups/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GroupResponse`], or an [`Error`].
    #[inline]
    pub fn get_group(&self) -> builder::GetGroup<'_> {
        self.inner.get_group()
    }
    /// Delete group
    ///
    /// `DELETE /groups/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_group(&self) -> builder::DeleteGroup<'_> {
        self.inner.delete_group()
    }
    /// Get integration config
    ///
    /// `GET /integrations/config`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::IntegrationConfigResponse`], or an [`Error`].
    #[inline]
    pub fn get_integration_config(&self) -> builder::GetIntegrationConfig<'_> {
        self.inner.get_integration_config()
    }
    /// Link integration mapping
    ///
    /// `POST /integrations/link`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::LinkIntegrationMappingResponse`], or an [`Error`].
    #[inline]
    pub fn link_integration_mapping(&self) -> builder::LinkIntegrationMapping<'_> {
        self.inner.link_integration_mapping()
    }
    /// Delink integration mapping
    ///
    /// `DELETE /integrations/link`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delink_integration_mapping(&self) -> builder::DelinkIntegrationMapping<'_> {
        self.inner.delink_integration_mapping()
    }
    /// Get entity integration mappings
    ///
    /// `GET /integrations/mappings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntityIntegrationMappingsResponse`], or an [`Error`].
    #[inline]
    pub fn get_entity_integration_mappings(
        &self,
    ) -> builder::GetEntityIntegrationMappings<'_> {
        self.inner.get_entity_integration_mappings()
    }
    /// Create invoice
    ///
    /// `POST /invoices`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn create_invoice(&self) -> builder::CreateInvoice<'_> {
        self.inner.create_invoice()
    }
    /// Get invoice preview
    ///
    /// `POST /invoices/preview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn get_invoice_preview(&self) -> builder::GetInvoicePreview<'_> {
        self.inner.get_invoice_preview()
    }
    /// Query invoice
    ///
    /// `POST /invoices/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListInvoicesResponse`], or an [`Error`].
    #[inline]
    pub fn query_invoice(&self) -> builder::QueryInvoice<'_> {
        self.inner.query_invoice()
    }
    /// Get invoice
    ///
    /// `GET /invoices/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn get_invoice(&self) -> builder::GetInvoice<'_> {
        self.inner.get_invoice()
    }
    /// Update invoice
    ///
    /// `PUT /invoices/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn update_invoice(&self) -> builder::UpdateInvoice<'_> {
        self.inner.update_invoice()
    }
    /// Trigger invoice comms webhook
    ///
    /// `POST /invoices/{id}/comms/trigger`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn trigger_invoice_comms_webhook(
        &self,
    ) -> builder::TriggerInvoiceCommsWebhook<'_> {
        self.inner.trigger_invoice_comms_webhook()
    }
    /// Finalize invoice
    ///
    /// `POST /invoices/{id}/finalize`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn finalize_invoice(&self) -> builder::FinalizeInvoice<'_> {
        self.inner.finalize_invoice()
    }
    /// Update invoice payment status
    ///
    /// `PUT /invoices/{id}/payment`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn update_invoice_payment_status(
        &self,
    ) -> builder::UpdateInvoicePaymentStatus<'_> {
        self.inner.update_invoice_payment_status()
    }
    /// Attempt invoice payment
    ///
    /// `POST /invoices/{id}/payment/attempt`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn attempt_invoice_payment(&self) -> builder::AttemptInvoicePayment<'_> {
        self.inner.attempt_invoice_payment()
    }
    /// Get invoice PDF
    ///
    /// `GET /invoices/{id}/pdf`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `ByteStream`, or an [`Error`].
    #[inline]
    pub fn get_invoice_pdf(&self) -> builder::GetInvoicePdf<'_> {
        self.inner.get_invoice_pdf()
    }
    /// Recalculate invoice
    ///
    /// `POST /invoices/{id}/recalculate`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ModelsTemporalWorkflowResult`], or an [`Error`].
    #[inline]
    pub fn recalculate_invoice(&self) -> builder::RecalculateInvoice<'_> {
        self.inner.recalculate_invoice()
    }
    /// Recalculate invoice v2
    ///
    /// `POST /invoices/{id}/recalculate-v2`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceResponse`], or an [`Error`].
    #[inline]
    pub fn recalculate_invoice_v2(&self) -> builder::RecalculateInvoiceV2<'_> {
        self.inner.recalculate_invoice_v2()
    }
    /// Void invoice
    ///
    /// `POST /invoices/{id}/void`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn void_invoice(&self) -> builder::VoidInvoice<'_> {
        self.inner.void_invoice()
    }
    /// Create marketplace agreement
    ///
    /// `POST /marketplace/agreements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::RegisterMarketplaceAgreementResponse`], or an [`Error`].
    #[inline]
    pub fn create_marketplace_agreement(
        &self,
    ) -> builder::CreateMarketplaceAgreement<'_> {
        self.inner.create_marketplace_agreement()
    }
    /// List payments
    ///
    /// `GET /payments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPaymentsResponse`], or an [`Error`].
    #[inline]
    pub fn list_payments(&self) -> builder::ListPayments<'_> {
        self.inner.list_payments()
    }
    /// Create payment
    ///
    /// `POST /payments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PaymentResponse`], or an [`Error`].
    #[inline]
    pub fn create_payment(&self) -> builder::CreatePayment<'_> {
        self.inner.create_payment()
    }
    /// Get payment
    ///
    /// `GET /payments/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PaymentResponse`], or an [`Error`].
    #[inline]
    pub fn get_payment(&self) -> builder::GetPayment<'_> {
        self.inner.get_payment()
    }
    /// Update payment
    ///
    /// `PUT /payments/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PaymentResponse`], or an [`Error`].
    #[inline]
    pub fn update_payment(&self) -> builder::UpdatePayment<'_> {
        self.inner.update_payment()
    }
    /// Delete payment
    ///
    /// `DELETE /payments/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_payment(&self) -> builder::DeletePayment<'_> {
        self.inner.delete_payment()
    }
    /// Process payment
    ///
    /// `POST /payments/{id}/process`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PaymentResponse`], or an [`Error`].
    #[inline]
    pub fn process_payment(&self) -> builder::ProcessPayment<'_> {
        self.inner.process_payment()
    }
    /// Create plan
    ///
    /// `POST /plans`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PlanResponse`], or an [`Error`].
    #[inline]
    pub fn create_plan(&self) -> builder::CreatePlan<'_> {
        self.inner.create_plan()
    }
    /// Query plan
    ///
    /// `POST /plans/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPlansResponse`], or an [`Error`].
    #[inline]
    pub fn query_plan(&self) -> builder::QueryPlan<'_> {
        self.inner.query_plan()
    }
    /// Get plan
    ///
    /// `GET /plans/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PlanResponse`], or an [`Error`].
    #[inline]
    pub fn get_plan(&self) -> builder::GetPlan<'_> {
        self.inner.get_plan()
    }
    /// Update plan
    ///
    /// `PUT /plans/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PlanResponse`], or an [`Error`].
    #[inline]
    pub fn update_plan(&self) -> builder::UpdatePlan<'_> {
        self.inner.update_plan()
    }
    /// Delete plan
    ///
    /// `DELETE /plans/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_plan(&self) -> builder::DeletePlan<'_> {
        self.inner.delete_plan()
    }
    /// Clone plan
    ///
    /// `POST /plans/{id}/clone`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PlanResponse`], or an [`Error`].
    #[inline]
    pub fn clone_plan(&self) -> builder::ClonePlan<'_> {
        self.inner.clone_plan()
    }
    /// Get plan credit grants
    ///
    /// `GET /plans/{id}/creditgrants`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCreditGrantsResponse`], or an [`Error`].
    #[inline]
    pub fn get_plan_credit_grants(&self) -> builder::GetPlanCreditGrants<'_> {
        self.inner.get_plan_credit_grants()
    }
    /// Get plan entitlements
    ///
    /// `GET /plans/{id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn get_plan_entitlements(&self) -> builder::GetPlanEntitlements<'_> {
        self.inner.get_plan_entitlements()
    }
    /// Sync plan prices
    ///
    /// `POST /plans/{id}/sync/subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ModelsTemporalWorkflowResult`], or an [`Error`].
    #[inline]
    pub fn sync_plan_prices(&self) -> builder::SyncPlanPrices<'_> {
        self.inner.sync_plan_prices()
    }
    /// Create price
    ///
    /// `POST /prices`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceResponse`], or an [`Error`].
    #[inline]
    pub fn create_price(&self) -> builder::CreatePrice<'_> {
        self.inner.create_price()
    }
    /// Create prices bulk
    ///
    /// `POST /prices/bulk`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateBulkPriceResponse`], or an [`Error`].
    #[inline]
    pub fn create_prices_bulk(&self) -> builder::CreatePricesBulk<'_> {
        self.inner.create_prices_bulk()
    }
    /// Get price by lookup key
    ///
    /// `GET /prices/lookup/{lookup_key}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceResponse`], or an [`Error`].
    #[inline]
    pub fn get_price_by_lookup_key(&self) -> builder::GetPriceByLookupKey<'_> {
        self.inner.get_price_by_lookup_key()
    }
    /// Query price
    ///
    /// `POST /prices/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPricesResponse`], or an [`Error`].
    #[inline]
    pub fn query_price(&self) -> builder::QueryPrice<'_> {
        self.inner.query_price()
    }
    /// List price units
    ///
    /// `GET /prices/units`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPriceUnitsResponse`], or an [`Error`].
    #[inline]
    pub fn list_price_units(&self) -> builder::ListPriceUnits<'_> {
        self.inner.list_price_units()
    }
    /// Create price unit
    ///
    /// `POST /prices/units`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreatePriceUnitResponse`], or an [`Error`].
    #[inline]
    pub fn create_price_unit(&self) -> builder::CreatePriceUnit<'_> {
        self.inner.create_price_unit()
    }
    /// Get price unit by code
    ///
    /// `GET /prices/units/code/{code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceUnitResponse`], or an [`Error`].
    #[inline]
    pub fn get_price_unit_by_code(&self) -> builder::GetPriceUnitByCode<'_> {
        self.inner.get_price_unit_by_code()
    }
    /// Query price unit
    ///
    /// `POST /prices/units/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListPriceUnitsResponse`], or an [`Error`].
    #[inline]
    pub fn query_price_unit(&self) -> builder::QueryPriceUnit<'_> {
        self.inner.query_price_unit()
    }
    /// Get price unit
    ///
    /// `GET /prices/units/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceUnitResponse`], or an [`Error`].
    #[inline]
    pub fn get_price_unit(&self) -> builder::GetPriceUnit<'_> {
        self.inner.get_price_unit()
    }
    /// Update price unit
    ///
    /// `PUT /prices/units/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceUnitResponse`], or an [`Error`].
    #[inline]
    pub fn update_price_unit(&self) -> builder::UpdatePriceUnit<'_> {
        self.inner.update_price_unit()
    }
    /// Delete price unit
    ///
    /// `DELETE /prices/units/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_price_unit(&self) -> builder::DeletePriceUnit<'_> {
        self.inner.delete_price_unit()
    }
    /// Get price
    ///
    /// `GET /prices/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceResponse`], or an [`Error`].
    #[inline]
    pub fn get_price(&self) -> builder::GetPrice<'_> {
        self.inner.get_price()
    }
    /// Update price
    ///
    /// `PUT /prices/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PriceResponse`], or an [`Error`].
    #[inline]
    pub fn update_price(&self) -> builder::UpdatePrice<'_> {
        self.inner.update_price()
    }
    /// Delete price
    ///
    /// `DELETE /prices/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn delete_price(&self) -> builder::DeletePrice<'_> {
        self.inner.delete_price()
    }
    /// List RBAC roles
    ///
    /// `GET /rbac/roles`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::JsonObject`], or an [`Error`].
    #[inline]
    pub fn list_rbac_roles(&self) -> builder::ListRbacRoles<'_> {
        self.inner.list_rbac_roles()
    }
    /// Get RBAC role
    ///
    /// `GET /rbac/roles/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::JsonObject`], or an [`Error`].
    #[inline]
    pub fn get_rbac_role(&self) -> builder::GetRbacRole<'_> {
        self.inner.get_rbac_role()
    }
    /// List API keys
    ///
    /// `GET /secrets/api/keys`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSecretsResponse`], or an [`Error`].
    #[inline]
    pub fn list_api_keys(&self) -> builder::ListApiKeys<'_> {
        self.inner.list_api_keys()
    }
    /// Create API key
    ///
    /// `POST /secrets/api/keys`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateApiKeyResponse`], or an [`Error`].
    #[inline]
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        self.inner.create_api_key()
    }
    /// Delete API key
    ///
    /// `DELETE /secrets/api/keys/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_api_key(&self) -> builder::DeleteApiKey<'_> {
        self.inner.delete_api_key()
    }
    /// Create subscription
    ///
    /// `POST /subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn create_subscription(&self) -> builder::CreateSubscription<'_> {
        self.inner.create_subscription()
    }
    /// Add subscription addon
    ///
    /// `POST /subscriptions/addon`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AddAddonToSubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn add_subscription_addon(&self) -> builder::AddSubscriptionAddon<'_> {
        self.inner.add_subscription_addon()
    }
    /// Remove subscription addon
    ///
    /// `DELETE /subscriptions/addon`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn remove_subscription_addon(&self) -> builder::RemoveSubscriptionAddon<'_> {
        self.inner.remove_subscription_addon()
    }
    /// Query subscription line items
    ///
    /// `POST /subscriptions/lineitems/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSubscriptionLineItemsResponse`], or an [`Error`].
    #[inline]
    pub fn query_subscription_line_items(
        &self,
    ) -> builder::QuerySubscriptionLineItems<'_> {
        self.inner.query_subscription_line_items()
    }
    /// Update subscription line item
    ///
    /// `PUT /subscriptions/lineitems/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionLineItemResponse`], or an [`Error`].
    #[inline]
    pub fn update_subscription_line_item(
        &self,
    ) -> builder::UpdateSubscriptionLineItem<'_> {
        self.inner.update_subscription_line_item()
    }
    /// Delete subscription line item
    ///
    /// `DELETE /subscriptions/lineitems/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionLineItemResponse`], or an [`Error`].
    #[inline]
    pub fn delete_subscription_line_item(
        &self,
    ) -> builder::DeleteSubscriptionLineItem<'_> {
        self.inner.delete_subscription_line_item()
    }
    /// Query subscription
    ///
    /// `POST /subscriptions/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListSubscriptionsResponse`], or an [`Error`].
    #[inline]
    pub fn query_subscription(&self) -> builder::QuerySubscription<'_> {
        self.inner.query_subscription()
    }
    /// Get subscription usage
    ///
    /// `POST /subscriptions/usage`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetUsageBySubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscription_usage(&self) -> builder::GetSubscriptionUsage<'_> {
        self.inner.get_subscription_usage()
    }
    /// Get subscription
    ///
    /// `GET /subscriptions/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscription(&self) -> builder::GetSubscription<'_> {
        self.inner.get_subscription()
    }
    /// Update subscription
    ///
    /// `PUT /subscriptions/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn update_subscription(&self) -> builder::UpdateSubscription<'_> {
        self.inner.update_subscription()
    }
    /// Activate subscription
    ///
    /// `POST /subscriptions/{id}/activate`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn activate_subscription(&self) -> builder::ActivateSubscription<'_> {
        self.inner.activate_subscription()
    }
    /// Get subscription addon associations
    ///
    /// `GET /subscriptions/{id}/addons/associations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AddonAssociationResponseList`], or an [`Error`].
    #[inline]
    pub fn get_subscription_addon_associations(
        &self,
    ) -> builder::GetSubscriptionAddonAssociations<'_> {
        self.inner.get_subscription_addon_associations()
    }
    /// Cancel subscription
    ///
    /// `POST /subscriptions/{id}/cancel`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CancelSubscriptionResponse`], or an [`Error`].
    #[inline]
    pub fn cancel_subscription(&self) -> builder::CancelSubscription<'_> {
        self.inner.cancel_subscription()
    }
    /// Execute subscription change
    ///
    /// `POST /subscriptions/{id}/change/execute`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionChangeExecuteResponse`], or an [`Error`].
    #[inline]
    pub fn execute_subscription_change(&self) -> builder::ExecuteSubscriptionChange<'_> {
        self.inner.execute_subscription_change()
    }
    /// Preview subscription change
    ///
    /// `POST /subscriptions/{id}/change/preview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionChangePreviewResponse`], or an [`Error`].
    #[inline]
    pub fn preview_subscription_change(&self) -> builder::PreviewSubscriptionChange<'_> {
        self.inner.preview_subscription_change()
    }
    /// Execute subscription plan change v2
    ///
    /// `POST /subscriptions/{id}/change/v2/execute`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionChangeV2Response`], or an [`Error`].
    #[inline]
    pub fn execute_subscription_plan_change_v2(
        &self,
    ) -> builder::ExecuteSubscriptionPlanChangeV2<'_> {
        self.inner.execute_subscription_plan_change_v2()
    }
    /// Preview subscription plan change v2
    ///
    /// `POST /subscriptions/{id}/change/v2/preview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionChangeV2Response`], or an [`Error`].
    #[inline]
    pub fn preview_subscription_plan_change_v2(
        &self,
    ) -> builder::PreviewSubscriptionPlanChangeV2<'_> {
        self.inner.preview_subscription_plan_change_v2()
    }
    /// Get subscription entitlements
    ///
    /// `GET /subscriptions/{id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionEntitlementsResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscription_entitlements(
        &self,
    ) -> builder::GetSubscriptionEntitlements<'_> {
        self.inner.get_subscription_entitlements()
    }
    /// Get subscription upcoming grants
    ///
    /// `GET /subscriptions/{id}/grants/upcoming`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListCreditGrantApplicationsResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscription_upcoming_grants(
        &self,
    ) -> builder::GetSubscriptionUpcomingGrants<'_> {
        self.inner.get_subscription_upcoming_grants()
    }
    /// Create subscription line item
    ///
    /// `POST /subscriptions/{id}/lineitems`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionLineItemResponse`], or an [`Error`].
    #[inline]
    pub fn create_subscription_line_item(
        &self,
    ) -> builder::CreateSubscriptionLineItem<'_> {
        self.inner.create_subscription_line_item()
    }
    /// Execute subscription modify
    ///
    /// `POST /subscriptions/{id}/modify/execute`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionModifyResponse`], or an [`Error`].
    #[inline]
    pub fn execute_subscription_modify(&self) -> builder::ExecuteSubscriptionModify<'_> {
        self.inner.execute_subscription_modify()
    }
    /// Preview subscription modify
    ///
    /// `POST /subscriptions/{id}/modify/preview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionModifyResponse`], or an [`Error`].
    #[inline]
    pub fn preview_subscription_modify(&self) -> builder::PreviewSubscriptionModify<'_> {
        self.inner.preview_subscription_modify()
    }
    /// Get subscription v2
    ///
    /// `GET /subscriptions/{id}/v2`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionResponseV2`], or an [`Error`].
    #[inline]
    pub fn get_subscription_v2(&self) -> builder::GetSubscriptionV2<'_> {
        self.inner.get_subscription_v2()
    }
    /// List tasks
    ///
    /// `GET /tasks`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListTasksResponse`], or an [`Error`].
    #[inline]
    pub fn list_tasks(&self) -> builder::ListTasks<'_> {
        self.inner.list_tasks()
    }
    /// Get task result
    ///
    /// `GET /tasks/result`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ModelsTemporalWorkflowResult`], or an [`Error`].
    #[inline]
    pub fn get_task_result(&self) -> builder::GetTaskResult<'_> {
        self.inner.get_task_result()
    }
    /// List scheduled tasks
    ///
    /// `GET /tasks/scheduled`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListScheduledTasksResponse`], or an [`Error`].
    #[inline]
    pub fn list_scheduled_tasks(&self) -> builder::ListScheduledTasks<'_> {
        self.inner.list_scheduled_tasks()
    }
    /// Create scheduled task
    ///
    /// `POST /tasks/scheduled`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScheduledTaskResponse`], or an [`Error`].
    #[inline]
    pub fn create_scheduled_task(&self) -> builder::CreateScheduledTask<'_> {
        self.inner.create_scheduled_task()
    }
    /// Schedule draft finalization
    ///
    /// `POST /tasks/scheduled/schedule-draft-finalization`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnyObject`], or an [`Error`].
    #[inline]
    pub fn schedule_draft_finalization(&self) -> builder::ScheduleDraftFinalization<'_> {
        self.inner.schedule_draft_finalization()
    }
    /// Schedule update billing period
    ///
    /// `POST /tasks/scheduled/schedule-update-billing-period`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnyObject`], or an [`Error`].
    #[inline]
    pub fn schedule_update_billing_period(
        &self,
    ) -> builder::ScheduleUpdateBillingPeriod<'_> {
        self.inner.schedule_update_billing_period()
    }
    /// Get scheduled task
    ///
    /// `GET /tasks/scheduled/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScheduledTaskResponse`], or an [`Error`].
    #[inline]
    pub fn get_scheduled_task(&self) -> builder::GetScheduledTask<'_> {
        self.inner.get_scheduled_task()
    }
    /// Update scheduled task
    ///
    /// `PUT /tasks/scheduled/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScheduledTaskResponse`], or an [`Error`].
    #[inline]
    pub fn update_scheduled_task(&self) -> builder::UpdateScheduledTask<'_> {
        self.inner.update_scheduled_task()
    }
    /// Delete scheduled task
    ///
    /// `DELETE /tasks/scheduled/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_scheduled_task(&self) -> builder::DeleteScheduledTask<'_> {
        self.inner.delete_scheduled_task()
    }
    /// Trigger scheduled task run
    ///
    /// `POST /tasks/scheduled/{id}/run`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TriggerForceRunResponse`], or an [`Error`].
    #[inline]
    pub fn trigger_scheduled_task_run(&self) -> builder::TriggerScheduledTaskRun<'_> {
        self.inner.trigger_scheduled_task_run()
    }
    /// Get task
    ///
    /// `GET /tasks/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaskResponse`], or an [`Error`].
    #[inline]
    pub fn get_task(&self) -> builder::GetTask<'_> {
        self.inner.get_task()
    }
    /// Download task export
    ///
    /// `GET /tasks/{id}/download`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StringMap`], or an [`Error`].
    #[inline]
    pub fn download_task_export(&self) -> builder::DownloadTaskExport<'_> {
        self.inner.download_task_export()
    }
    /// Update task status
    ///
    /// `PUT /tasks/{id}/status`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SuccessResponse`], or an [`Error`].
    #[inline]
    pub fn update_task_status(&self) -> builder::UpdateTaskStatus<'_> {
        self.inner.update_task_status()
    }
    /// List tax associations
    ///
    /// `GET /taxes/associations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListTaxAssociationsResponse`], or an [`Error`].
    #[inline]
    pub fn list_tax_associations(&self) -> builder::ListTaxAssociations<'_> {
        self.inner.list_tax_associations()
    }
    /// Create tax association
    ///
    /// `POST /taxes/associations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxAssociationResponse`], or an [`Error`].
    #[inline]
    pub fn create_tax_association(&self) -> builder::CreateTaxAssociation<'_> {
        self.inner.create_tax_association()
    }
    /// Get tax association
    ///
    /// `GET /taxes/associations/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxAssociationResponse`], or an [`Error`].
    #[inline]
    pub fn get_tax_association(&self) -> builder::GetTaxAssociation<'_> {
        self.inner.get_tax_association()
    }
    /// Update tax association
    ///
    /// `PUT /taxes/associations/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxAssociationResponse`], or an [`Error`].
    #[inline]
    pub fn update_tax_association(&self) -> builder::UpdateTaxAssociation<'_> {
        self.inner.update_tax_association()
    }
    /// Delete tax association
    ///
    /// `DELETE /taxes/associations/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxAssociationResponse`], or an [`Error`].
    #[inline]
    pub fn delete_tax_association(&self) -> builder::DeleteTaxAssociation<'_> {
        self.inner.delete_tax_association()
    }
    /// Get tax rates
    ///
    /// `GET /taxes/rates`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListTaxRatesResponse`], or an [`Error`].
    #[inline]
    pub fn get_tax_rates(&self) -> builder::GetTaxRates<'_> {
        self.inner.get_tax_rates()
    }
    /// Create tax rate
    ///
    /// `POST /taxes/rates`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxRateResponse`], or an [`Error`].
    #[inline]
    pub fn create_tax_rate(&self) -> builder::CreateTaxRate<'_> {
        self.inner.create_tax_rate()
    }
    /// Get tax rate
    ///
    /// `GET /taxes/rates/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxRateResponse`], or an [`Error`].
    #[inline]
    pub fn get_tax_rate(&self) -> builder::GetTaxRate<'_> {
        self.inner.get_tax_rate()
    }
    /// Update tax rate
    ///
    /// `PUT /taxes/rates/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TaxRateResponse`], or an [`Error`].
    #[inline]
    pub fn update_tax_rate(&self) -> builder::UpdateTaxRate<'_> {
        self.inner.update_tax_rate()
    }
    /// Delete tax rate
    ///
    /// `DELETE /taxes/rates/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_tax_rate(&self) -> builder::DeleteTaxRate<'_> {
        self.inner.delete_tax_rate()
    }
    /// Get tenant billing usage
    ///
    /// `GET /tenant/billing`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TenantBillingUsage`], or an [`Error`].
    #[inline]
    pub fn get_tenant_billing_usage(&self) -> builder::GetTenantBillingUsage<'_> {
        self.inner.get_tenant_billing_usage()
    }
    /// Update tenant
    ///
    /// `PUT /tenants/update`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TenantResponse`], or an [`Error`].
    #[inline]
    pub fn update_tenant(&self) -> builder::UpdateTenant<'_> {
        self.inner.update_tenant()
    }
    /// Get tenant by ID
    ///
    /// `GET /tenants/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TenantResponse`], or an [`Error`].
    #[inline]
    pub fn get_tenant_by_id(&self) -> builder::GetTenantById<'_> {
        self.inner.get_tenant_by_id()
    }
    /// Search usage records
    ///
    /// `POST /usage-records/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListUsageRecordsResponse`], or an [`Error`].
    #[inline]
    pub fn search_usage_records(&self) -> builder::SearchUsageRecords<'_> {
        self.inner.search_usage_records()
    }
    /// Create user
    ///
    /// `POST /users`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CreateUserResponse`], or an [`Error`].
    #[inline]
    pub fn create_user(&self) -> builder::CreateUser<'_> {
        self.inner.create_user()
    }
    /// Get user info
    ///
    /// `GET /users/me`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UserResponse`], or an [`Error`].
    #[inline]
    pub fn get_user_info(&self) -> builder::GetUserInfo<'_> {
        self.inner.get_user_info()
    }
    /// Update user
    ///
    /// `PUT /users/me`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UpdateUserResponse`], or an [`Error`].
    #[inline]
    pub fn update_user(&self) -> builder::UpdateUser<'_> {
        self.inner.update_user()
    }
    /// Query user
    ///
    /// `POST /users/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListUsersResponse`], or an [`Error`].
    #[inline]
    pub fn query_user(&self) -> builder::QueryUser<'_> {
        self.inner.query_user()
    }
    /// Update service account
    ///
    /// `PUT /users/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UpdateServiceAccountResponse`], or an [`Error`].
    #[inline]
    pub fn update_service_account(&self) -> builder::UpdateServiceAccount<'_> {
        self.inner.update_service_account()
    }
    /// Delete service account
    ///
    /// `DELETE /users/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn delete_service_account(&self) -> builder::DeleteServiceAccount<'_> {
        self.inner.delete_service_account()
    }
    /// Update user roles
    ///
    /// `PUT /users/{id}/roles`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UpdateUserRolesResponse`], or an [`Error`].
    #[inline]
    pub fn update_user_roles(&self) -> builder::UpdateUserRoles<'_> {
        self.inner.update_user_roles()
    }
    /// List all subscription schedules
    ///
    /// `GET /subscription-schedules`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetPendingSchedulesResponse`], or an [`Error`].
    #[inline]
    pub fn list_all_subscription_schedules(
        &self,
    ) -> builder::ListAllSubscriptionSchedules<'_> {
        self.inner.list_all_subscription_schedules()
    }
    /// Get subscription schedule
    ///
    /// `GET /subscription-schedules/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionScheduleResponse`], or an [`Error`].
    #[inline]
    pub fn get_subscription_schedule(&self) -> builder::GetSubscriptionSchedule<'_> {
        self.inner.get_subscription_schedule()
    }
    /// Cancel subscription schedule
    ///
    /// `POST /subscriptions/schedules/{schedule_id}/cancel`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CancelScheduleResponse`], or an [`Error`].
    #[inline]
    pub fn cancel_subscription_schedule(
        &self,
    ) -> builder::CancelSubscriptionSchedule<'_> {
        self.inner.cancel_subscription_schedule()
    }
    /// List subscription schedules
    ///
    /// `GET /subscriptions/{subscription_id}/schedules`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::GetPendingSchedulesResponse`], or an [`Error`].
    #[inline]
    pub fn list_subscription_schedules(&self) -> builder::ListSubscriptionSchedules<'_> {
        self.inner.list_subscription_schedules()
    }
    /// Create wallet
    ///
    /// `POST /wallets`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponse`], or an [`Error`].
    #[inline]
    pub fn create_wallet(&self) -> builder::CreateWallet<'_> {
        self.inner.create_wallet()
    }
    /// Query wallet
    ///
    /// `POST /wallets/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListWalletsResponse`], or an [`Error`].
    #[inline]
    pub fn query_wallet(&self) -> builder::QueryWallet<'_> {
        self.inner.query_wallet()
    }
    /// Query wallet transaction
    ///
    /// `POST /wallets/transactions/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListWalletTransactionsResponse`], or an [`Error`].
    #[inline]
    pub fn query_wallet_transaction(&self) -> builder::QueryWalletTransaction<'_> {
        self.inner.query_wallet_transaction()
    }
    /// Get wallet
    ///
    /// `GET /wallets/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponse`], or an [`Error`].
    #[inline]
    pub fn get_wallet(&self) -> builder::GetWallet<'_> {
        self.inner.get_wallet()
    }
    /// Update wallet
    ///
    /// `PUT /wallets/{id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponse`], or an [`Error`].
    #[inline]
    pub fn update_wallet(&self) -> builder::UpdateWallet<'_> {
        self.inner.update_wallet()
    }
    /// Get wallet balance
    ///
    /// `GET /wallets/{id}/balance/real-time`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletBalanceResponse`], or an [`Error`].
    #[inline]
    pub fn get_wallet_balance(&self) -> builder::GetWalletBalance<'_> {
        self.inner.get_wallet_balance()
    }
    /// Terminate wallet
    ///
    /// `POST /wallets/{id}/terminate`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::WalletResponse`], or an [`Error`].
    #[inline]
    pub fn terminate_wallet(&self) -> builder::TerminateWallet<'_> {
        self.inner.terminate_wallet()
    }
    /// Top up wallet
    ///
    /// `POST /wallets/{id}/top-up`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TopUpWalletResponse`], or an [`Error`].
    #[inline]
    pub fn top_up_wallet(&self) -> builder::TopUpWallet<'_> {
        self.inner.top_up_wallet()
    }
    /// Get wallet transactions
    ///
    /// `GET /wallets/{id}/transactions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListWalletTransactionsResponse`], or an [`Error`].
    #[inline]
    pub fn get_wallet_transactions(&self) -> builder::GetWalletTransactions<'_> {
        self.inner.get_wallet_transactions()
    }
    /// Query workflow
    ///
    /// `POST /workflows/search`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ListWorkflowsResponse`], or an [`Error`].
    #[inline]
    pub fn query_workflow(&self) -> builder::QueryWorkflow<'_> {
        self.inner.query_workflow()
    }
    /// Streams every [`types::AddonResponse`] of [`Client::query_addon`], page after page with the `offset` of the [`types::AddonFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_addon`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_addon(
        &self,
        filter: types::AddonFilter,
    ) -> ItemStream<'static, types::AddonResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListAddonsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_addon()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::AlertLogResponse`] of [`Client::query_alert_log`], page after page with the `offset` of the [`types::AlertLogFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_alert_log`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_alert_log(
        &self,
        filter: types::AlertLogFilter,
    ) -> ItemStream<'static, types::AlertLogResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListAlertLogsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_alert_log()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::AlertSettingsResponse`] of [`Client::query_alert_settings`], page after page with the `offset` of the [`types::AlertSettingsFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_alert_settings`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_alert_settings(
        &self,
        filter: types::AlertSettingsFilter,
    ) -> ItemStream<'static, types::AlertSettingsResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListAlertSettingsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_alert_settings()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::CouponAssociationResponse`] of [`Client::list_coupon_associations`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_coupon_associations`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_coupon_associations(
        &self,
    ) -> ItemStream<'static, types::CouponAssociationResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListCouponAssociationsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_coupon_associations()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::CouponResponse`] of [`Client::query_coupon`], page after page with the `offset` of the [`types::CouponFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_coupon`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_coupon(
        &self,
        filter: types::CouponFilter,
    ) -> ItemStream<'static, types::CouponResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListCouponsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_coupon()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::CustomerResponse`] of [`Client::query_customer`], page after page with the `offset` of the [`types::CustomerFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_customer`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_customer(
        &self,
        filter: types::CustomerFilter,
    ) -> ItemStream<'static, types::CustomerResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListCustomersResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_customer()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::EntitlementResponse`] of [`Client::query_entitlement`], page after page with the `offset` of the [`types::EntitlementFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_entitlement`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_entitlement(
        &self,
        filter: types::EntitlementFilter,
    ) -> ItemStream<'static, types::EntitlementResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListEntitlementsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_entitlement()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::FeatureResponse`] of [`Client::query_feature`], page after page with the `offset` of the [`types::FeatureFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_feature`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_feature(
        &self,
        filter: types::FeatureFilter,
    ) -> ItemStream<'static, types::FeatureResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListFeaturesResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_feature()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::GroupResponse`] of [`Client::query_group`], page after page with the `offset` of the [`types::GroupFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_group`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_group(
        &self,
        filter: types::GroupFilter,
    ) -> ItemStream<'static, types::GroupResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListGroupsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_group()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::InvoiceResponse`] of [`Client::query_invoice`], page after page with the `offset` of the [`types::InvoiceFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_invoice`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_invoice(
        &self,
        filter: types::InvoiceFilter,
    ) -> ItemStream<'static, types::InvoiceResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListInvoicesResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_invoice()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::PaymentResponse`] of [`Client::list_payments`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_payments`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_payments(&self) -> ItemStream<'static, types::PaymentResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListPaymentsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_payments()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::PlanResponse`] of [`Client::query_plan`], page after page with the `offset` of the [`types::PlanFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_plan`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_plan(
        &self,
        filter: types::PlanFilter,
    ) -> ItemStream<'static, types::PlanResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListPlansResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_plan()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::PriceResponse`] of [`Client::query_price`], page after page with the `offset` of the [`types::PriceFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_price`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_price(
        &self,
        filter: types::PriceFilter,
    ) -> ItemStream<'static, types::PriceResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListPricesResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_price()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::PriceUnitResponse`] of [`Client::list_price_units`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_price_units`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_price_units(&self) -> ItemStream<'static, types::PriceUnitResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListPriceUnitsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_price_units()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::PriceUnitResponse`] of [`Client::query_price_unit`], page after page with the `offset` of the [`types::PriceUnitFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_price_unit`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_price_unit(
        &self,
        filter: types::PriceUnitFilter,
    ) -> ItemStream<'static, types::PriceUnitResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListPriceUnitsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_price_unit()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::SecretResponse`] of [`Client::list_api_keys`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_api_keys`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_api_keys(&self) -> ItemStream<'static, types::SecretResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListSecretsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_api_keys()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::SubscriptionLineItemResponse`] of [`Client::query_subscription_line_items`], page after page with the `offset` of the [`types::SubscriptionLineItemFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_subscription_line_items`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_subscription_line_items(
        &self,
        filter: types::SubscriptionLineItemFilter,
    ) -> ItemStream<'static, types::SubscriptionLineItemResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListSubscriptionLineItemsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_subscription_line_items()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::SubscriptionResponse`] of [`Client::query_subscription`], page after page with the `offset` of the [`types::SubscriptionFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_subscription`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_subscription(
        &self,
        filter: types::SubscriptionFilter,
    ) -> ItemStream<'static, types::SubscriptionResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListSubscriptionsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_subscription()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::TaskResponse`] of [`Client::list_tasks`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_tasks`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_tasks(&self) -> ItemStream<'static, types::TaskResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListTasksResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_tasks()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::ScheduledTaskResponse`] of [`Client::list_scheduled_tasks`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::list_scheduled_tasks`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_scheduled_tasks(
        &self,
    ) -> ItemStream<'static, types::ScheduledTaskResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListScheduledTasksResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .list_scheduled_tasks()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::TaxRateResponse`] of [`Client::get_tax_rates`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::get_tax_rates`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_get_tax_rates(&self) -> ItemStream<'static, types::TaxRateResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListTaxRatesResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .get_tax_rates()
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::UsageRecordResponse`] of [`Client::search_usage_records`], page after page with the `offset` of the [`types::UsageRecordFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::search_usage_records`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_search_usage_records(
        &self,
        filter: types::UsageRecordFilter,
    ) -> ItemStream<'static, types::UsageRecordResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListUsageRecordsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .search_usage_records()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::UserResponse`] of [`Client::query_user`], page after page with the `offset` of the [`types::UserFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_user`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_user(
        &self,
        filter: types::UserFilter,
    ) -> ItemStream<'static, types::UserResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListUsersResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_user()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::WalletResponse`] of [`Client::query_wallet`], page after page with the `offset` of the [`types::WalletFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_wallet`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_wallet(
        &self,
        filter: types::WalletFilter,
    ) -> ItemStream<'static, types::WalletResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListWalletsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_wallet()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::WalletTransactionResponse`] of [`Client::query_wallet_transaction`], page after page with the `offset` of the [`types::WalletTransactionFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_wallet_transaction`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_wallet_transaction(
        &self,
        filter: types::WalletTransactionFilter,
    ) -> ItemStream<'static, types::WalletTransactionResponse> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListWalletTransactionsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_wallet_transaction()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::WalletTransactionResponse`] of [`Client::get_wallet_transactions`], page after page with the `offset` query parameter, from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::get_wallet_transactions`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_get_wallet_transactions(
        &self,
        id: &str,
    ) -> ItemStream<'static, types::WalletTransactionResponse> {
        let client = self.clone();
        let id = id.to_string();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let id = id.clone();
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListWalletTransactionsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .get_wallet_transactions()
                        .id(id)
                        .offset(offset)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every [`types::WorkflowExecutionDto`] of [`Client::query_workflow`], page after page with the `offset` of the [`types::WorkflowExecutionFilter`] filter (its other fields, `limit` included, are sent as given), from offset 0 until an empty page, a short page or the list's `total`. A server that ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone of the client. For other parameters, build the request with [`Client::query_workflow`] and pass it to [`Client::paginate_offset`].
    #[inline]
    pub fn stream_query_workflow(
        &self,
        filter: types::WorkflowExecutionFilter,
    ) -> ItemStream<'static, types::WorkflowExecutionDto> {
        let client = self.clone();
        client_core::paginate_offset(
            self.page_limits,
            0,
            move |offset: u64| {
                let client = client.clone();
                let mut body = filter.clone();
                body.offset = Some(offset);
                let page: std::pin::Pin<
                    Box<
                        dyn Future<
                            Output = Result<
                                types::ListWorkflowsResponse,
                                client_core::Error<types::ErrorResponse>,
                            >,
                        > + Send,
                    >,
                > = Box::pin(async move {
                    client
                        .query_workflow()
                        .body(body)
                        .send()
                        .await
                        .map(ResponseValue::into_inner)
                });
                page
            },
        )
    }
    /// Streams every item of an offset-paged list request built as usual (any builder of such an operation: [`builder::QueryAddon`], ...), from offset 0 (an offset set on the request is replaced), within the same rules as the `stream_*` methods. The stream borrows the client.
    pub fn paginate_offset<'a, B: OffsetPaginated<'a, Error = types::ErrorResponse>>(
        &'a self,
        request: B,
    ) -> ItemStream<'a, B::Item> {
        client_core::paginate_offset_request(self.page_limits, request)
    }
}
impl std::fmt::Debug for Client {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("flexprice::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("region", &self.region)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
impl client_core::OffsetPage for types::ListAddonsResponse {
    type Item = types::AddonResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryAddon<'a> {
    type Page = types::ListAddonsResponse;
    type Item = types::AddonResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_addon";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListAlertLogsResponse {
    type Item = types::AlertLogResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryAlertLog<'a> {
    type Page = types::ListAlertLogsResponse;
    type Item = types::AlertLogResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_alert_log";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListAlertSettingsResponse {
    type Item = types::AlertSettingsResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryAlertSettings<'a> {
    type Page = types::ListAlertSettingsResponse;
    type Item = types::AlertSettingsResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_alert_settings";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListCouponAssociationsResponse {
    type Item = types::CouponAssociationResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListCouponAssociations<'a> {
    type Page = types::ListCouponAssociationsResponse;
    type Item = types::CouponAssociationResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_coupon_associations";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListCouponsResponse {
    type Item = types::CouponResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryCoupon<'a> {
    type Page = types::ListCouponsResponse;
    type Item = types::CouponResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_coupon";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListCustomersResponse {
    type Item = types::CustomerResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryCustomer<'a> {
    type Page = types::ListCustomersResponse;
    type Item = types::CustomerResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_customer";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListEntitlementsResponse {
    type Item = types::EntitlementResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryEntitlement<'a> {
    type Page = types::ListEntitlementsResponse;
    type Item = types::EntitlementResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_entitlement";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListFeaturesResponse {
    type Item = types::FeatureResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryFeature<'a> {
    type Page = types::ListFeaturesResponse;
    type Item = types::FeatureResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_feature";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListGroupsResponse {
    type Item = types::GroupResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryGroup<'a> {
    type Page = types::ListGroupsResponse;
    type Item = types::GroupResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_group";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListInvoicesResponse {
    type Item = types::InvoiceResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryInvoice<'a> {
    type Page = types::ListInvoicesResponse;
    type Item = types::InvoiceResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_invoice";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListPaymentsResponse {
    type Item = types::PaymentResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListPayments<'a> {
    type Page = types::ListPaymentsResponse;
    type Item = types::PaymentResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_payments";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListPlansResponse {
    type Item = types::PlanResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryPlan<'a> {
    type Page = types::ListPlansResponse;
    type Item = types::PlanResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_plan";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListPricesResponse {
    type Item = types::PriceResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryPrice<'a> {
    type Page = types::ListPricesResponse;
    type Item = types::PriceResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_price";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListPriceUnitsResponse {
    type Item = types::PriceUnitResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListPriceUnits<'a> {
    type Page = types::ListPriceUnitsResponse;
    type Item = types::PriceUnitResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_price_units";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl<'a> OffsetPaginated<'a> for builder::QueryPriceUnit<'a> {
    type Page = types::ListPriceUnitsResponse;
    type Item = types::PriceUnitResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_price_unit";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListSecretsResponse {
    type Item = types::SecretResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListApiKeys<'a> {
    type Page = types::ListSecretsResponse;
    type Item = types::SecretResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_api_keys";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListSubscriptionLineItemsResponse {
    type Item = types::SubscriptionLineItemResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QuerySubscriptionLineItems<'a> {
    type Page = types::ListSubscriptionLineItemsResponse;
    type Item = types::SubscriptionLineItemResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_subscription_line_items";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListSubscriptionsResponse {
    type Item = types::SubscriptionResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QuerySubscription<'a> {
    type Page = types::ListSubscriptionsResponse;
    type Item = types::SubscriptionResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_subscription";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListTasksResponse {
    type Item = types::TaskResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListTasks<'a> {
    type Page = types::ListTasksResponse;
    type Item = types::TaskResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_tasks";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListScheduledTasksResponse {
    type Item = types::ScheduledTaskResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::ListScheduledTasks<'a> {
    type Page = types::ListScheduledTasksResponse;
    type Item = types::ScheduledTaskResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "list_scheduled_tasks";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListTaxRatesResponse {
    type Item = types::TaxRateResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::GetTaxRates<'a> {
    type Page = types::ListTaxRatesResponse;
    type Item = types::TaxRateResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "get_tax_rates";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListUsageRecordsResponse {
    type Item = types::UsageRecordResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::SearchUsageRecords<'a> {
    type Page = types::ListUsageRecordsResponse;
    type Item = types::UsageRecordResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "search_usage_records";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListUsersResponse {
    type Item = types::UserResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryUser<'a> {
    type Page = types::ListUsersResponse;
    type Item = types::UserResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_user";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListWalletsResponse {
    type Item = types::WalletResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryWallet<'a> {
    type Page = types::ListWalletsResponse;
    type Item = types::WalletResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_wallet";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListWalletTransactionsResponse {
    type Item = types::WalletTransactionResponse;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryWalletTransaction<'a> {
    type Page = types::ListWalletTransactionsResponse;
    type Item = types::WalletTransactionResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_wallet_transaction";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
impl<'a> OffsetPaginated<'a> for builder::GetWalletTransactions<'a> {
    type Page = types::ListWalletTransactionsResponse;
    type Item = types::WalletTransactionResponse;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "get_wallet_transactions";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.offset(offset)
    }
    #[inline]
    fn send_page(
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
impl client_core::OffsetPage for types::ListWorkflowsResponse {
    type Item = types::WorkflowExecutionDto;
    #[inline]
    fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {
        let position = self
            .pagination
            .map(|p| client_core::OffsetPosition::new(p.limit, p.offset, p.total))
            .unwrap_or_default();
        (self.items, position)
    }
}
impl<'a> OffsetPaginated<'a> for builder::QueryWorkflow<'a> {
    type Page = types::ListWorkflowsResponse;
    type Item = types::WorkflowExecutionDto;
    type Error = types::ErrorResponse;
    const OPERATION: &'static str = "query_workflow";
    #[inline]
    fn at_offset(self, offset: u64) -> Self {
        self.body_map(move |b| b.offset(Some(offset)))
    }
    #[inline]
    fn send_page(
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
