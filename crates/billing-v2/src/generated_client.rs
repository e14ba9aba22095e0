// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 4025f10add565520a9a4deea4270ae85ed75357fdf5d62c603937d2e49c61178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::{PageLimits, Paginated, PaginationError};
pub use client_core::{StreamExt, TryStreamExt};
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
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
    /// Bounds every stream of this client: a page limit, the run of empty pages that ends a stream. Without it, streams have no page limit and stop after [`PageLimits::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row.
    pub fn with_page_limits(mut self, limits: PageLimits) -> Self {
        self.page_limits = limits;
        self
    }
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
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        self.inner.list_customers()
    }
    /// Create a customer
    ///
    /// `POST /projects/{project_id}/customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        self.inner.create_customer()
    }
    /// Get a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        self.inner.get_customer()
    }
    /// Delete a customer
    ///
    /// `DELETE /projects/{project_id}/customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::DeletedObject`], or an [`Error`].
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        self.inner.delete_customer()
    }
    /// Assign or clear an offering override for a customer
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/assign_offering`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    pub fn assign_customer_offering(&self) -> builder::AssignCustomerOffering<'_> {
        self.inner.assign_customer_offering()
    }
    /// Grant an entitlement to a customer unless one already exists. As a side effect, a promotional subscription is created
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/grant_entitlement`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    pub fn grant_customer_entitlement(&self) -> builder::GrantCustomerEntitlement<'_> {
        self.inner.grant_customer_entitlement()
    }
    /// Revoke a granted entitlement from a customer. As a side effect, the promotional subscription associated with the granted entitlement is expired
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Customer`], or an [`Error`].
    pub fn revoke_customer_granted_entitlement(
        &self,
    ) -> builder::RevokeCustomerGrantedEntitlement<'_> {
        self.inner.revoke_customer_granted_entitlement()
    }
    /// Transfer customer's subscriptions and one-time purchases to another customer
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/actions/transfer`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::TransferCustomerResponse`], or an [`Error`].
    pub fn transfer_customer(&self) -> builder::TransferCustomer<'_> {
        self.inner.transfer_customer()
    }
    /// Get a list of customer's active entitlements
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/active_entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ActiveEntitlementList`], or an [`Error`].
    pub fn list_customer_active_entitlements(
        &self,
    ) -> builder::ListCustomerActiveEntitlements<'_> {
        self.inner.list_customer_active_entitlements()
    }
    /// Get a list of the customer's aliases
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/aliases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAliasList`], or an [`Error`].
    pub fn list_customer_aliases(&self) -> builder::ListCustomerAliases<'_> {
        self.inner.list_customer_aliases()
    }
    /// Get a list of the customer's attributes
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/attributes`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAttributeList`], or an [`Error`].
    pub fn list_customer_attributes(&self) -> builder::ListCustomerAttributes<'_> {
        self.inner.list_customer_attributes()
    }
    /// Set a customer's attributes
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/attributes`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerAttributeList`], or an [`Error`].
    pub fn set_customer_attributes(&self) -> builder::SetCustomerAttributes<'_> {
        self.inner.set_customer_attributes()
    }
    /// Get a list of purchases associated with a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/purchases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PurchaseList`], or an [`Error`].
    pub fn list_customer_purchases(&self) -> builder::ListCustomerPurchases<'_> {
        self.inner.list_customer_purchases()
    }
    /// Get a list of subscriptions associated with a customer
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/subscriptions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SubscriptionList`], or an [`Error`].
    pub fn list_customer_subscriptions(&self) -> builder::ListCustomerSubscriptions<'_> {
        self.inner.list_customer_subscriptions()
    }
    /// Get a list of customer's virtual currencies balances
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/virtual_currencies`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    pub fn list_customer_virtual_currency_balances(
        &self,
    ) -> builder::ListCustomerVirtualCurrencyBalances<'_> {
        self.inner.list_customer_virtual_currency_balances()
    }
    /// Create a virtual currencies transaction
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    pub fn create_virtual_currencies_transaction(
        &self,
    ) -> builder::CreateVirtualCurrenciesTransaction<'_> {
        self.inner.create_virtual_currencies_transaction()
    }
    /// Update a virtual currencies balance without creating a transaction
    ///
    /// `POST /projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::VirtualCurrencyBalanceList`], or an [`Error`].
    pub fn update_virtual_currencies_balance(
        &self,
    ) -> builder::UpdateVirtualCurrenciesBalance<'_> {
        self.inner.update_virtual_currencies_balance()
    }
    /// List blocked customers
    ///
    /// `GET /projects/{project_id}/customers/blocked_customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::BlockedCustomers`], or an [`Error`].
    pub fn list_blocked_customers(&self) -> builder::ListBlockedCustomers<'_> {
        self.inner.list_blocked_customers()
    }
    /// Add a customer to the block list
    ///
    /// `POST /projects/{project_id}/customers/blocked_customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    pub fn block_customer(&self) -> builder::BlockCustomer<'_> {
        self.inner.block_customer()
    }
    /// Remove a customer from the block list
    ///
    /// `DELETE /projects/{project_id}/customers/blocked_customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    pub fn unblock_customer(&self) -> builder::UnblockCustomer<'_> {
        self.inner.unblock_customer()
    }
    /// Get a list of the customer's invoices
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/invoices`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::InvoiceList`], or an [`Error`].
    pub fn list_customer_invoices(&self) -> builder::ListCustomerInvoices<'_> {
        self.inner.list_customer_invoices()
    }
    /// Get an invoice
    ///
    /// `GET /projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `ByteStream`, or an [`Error`].
    pub fn get_invoice_file(&self) -> builder::GetInvoiceFile<'_> {
        self.inner.get_invoice_file()
    }
    /// Streams every [`types::Customer`] of [`Client::list_customers`], following `next_page` as the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client: it can be moved into a spawned task. For other parameters, build the request with [`Client::list_customers`] and pass it to [`Client::paginate`].
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
    /// Streams every item of a list request built as usual (any builder of a list operation: [`builder::ListCustomers`], ...), within the same rules as the `stream_*` methods. The stream borrows the client; the `stream_*` methods own theirs.
    pub fn paginate<'a, B: Paginated<'a, Error = types::Error>>(
        &'a self,
        first: B,
    ) -> ItemStream<'a, B::Item> {
        client_core::paginate(self.pager(B::OPERATION), first.first_page())
    }
}
impl std::fmt::Debug for Client {
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomers<'a> {
    type Page = types::CustomerList;
    type Item = types::Customer;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customers";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerActiveEntitlements<'a> {
    type Page = types::ActiveEntitlementList;
    type Item = types::ActiveEntitlement;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_active_entitlements";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerAliases<'a> {
    type Page = types::CustomerAliasList;
    type Item = types::CustomerAlias;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_aliases";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerAttributes<'a> {
    type Page = types::CustomerAttributeList;
    type Item = types::CustomerAttribute;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_attributes";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerPurchases<'a> {
    type Page = types::PurchaseList;
    type Item = types::Purchase;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_purchases";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerSubscriptions<'a> {
    type Page = types::SubscriptionList;
    type Item = types::Subscription;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_subscriptions";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerVirtualCurrencyBalances<'a> {
    type Page = types::VirtualCurrencyBalanceList;
    type Item = types::VirtualCurrencyBalance;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_virtual_currency_balances";
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
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {
        (self.items, self.next_page)
    }
}
impl<'a> Paginated<'a> for builder::ListCustomerInvoices<'a> {
    type Page = types::InvoiceList;
    type Item = types::Invoice;
    type Error = types::Error;
    const OPERATION: &'static str = "list_customer_invoices";
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
