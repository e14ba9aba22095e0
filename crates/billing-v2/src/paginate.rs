//! Streams over list operations that follow `next_page` exactly as the server sent it.

use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;

use crate::generated::builder;
use crate::{Client, Error, ResponseValue, types};

/// A stream of the items of every page of a list, one page in memory at a time.
pub type ItemStream<'a, T> = BoxStream<'a, Result<T, Error>>;

/// The path prefix the API puts in front of `next_page` (`/v2/projects/...`).
const API_PATH_PREFIX: &str = "/v2";

/// A list builder whose pages can be streamed: configure the first request as usual, then
/// hand it to [`Client::paginate`].
pub trait Paginated<'a>: Send + 'a {
    /// The page type (`CustomerList`, ...).
    type Page: DeserializeOwned + Send;
    /// The item type (`Customer`, ...).
    type Item: Send + 'a;
    /// A name for the requests that follow `next_page`, in retry events.
    const OPERATION: &'static str;
    /// Sends the first request.
    fn first_page(self)
    -> futures::future::BoxFuture<'a, Result<ResponseValue<Self::Page>, Error>>;
    /// Splits a page into its items and its `next_page`.
    fn split(page: Self::Page) -> (Vec<Self::Item>, Option<String>);
}

macro_rules! paginated {
    ($($builder:ident => $page:ident of $item:ident, via $method:ident, $stream:ident($($arg:ident),*);)*) => {
        $(
            impl<'a> Paginated<'a> for builder::$builder<'a> {
                type Page = types::$page;
                type Item = types::$item;
                const OPERATION: &'static str = stringify!($method);
                fn first_page(self) -> futures::future::BoxFuture<'a, Result<ResponseValue<Self::Page>, Error>> {
                    Box::pin(self.send())
                }
                fn split(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
                    (page.items, page.next_page)
                }
            }
        )*

        impl Client {
            $(
                #[doc = concat!(
                    "Streams every [`types::", stringify!($item), "`] of `", stringify!($method),
                    "`, following `next_page`. For other parameters (`limit`, filters), build the ",
                    "request with [`Client::", stringify!($method), "`](crate::Operations::", stringify!($method),
                    ") and pass it to [`Client::paginate`]."
                )]
                pub fn $stream(&self, $($arg: &str),*) -> ItemStream<'_, types::$item> {
                    self.paginate(self.inner.$method()$(.$arg($arg.to_string()))*)
                }
            )*
        }
    };
}

paginated! {
    ListCustomers => CustomerList of Customer, via list_customers, stream_customers(project_id);
    ListCustomerActiveEntitlements => ActiveEntitlementList of ActiveEntitlement,
        via list_customer_active_entitlements, stream_customer_active_entitlements(project_id, customer_id);
    ListCustomerAliases => CustomerAliasList of CustomerAlias,
        via list_customer_aliases, stream_customer_aliases(project_id, customer_id);
    ListCustomerAttributes => CustomerAttributeList of CustomerAttribute,
        via list_customer_attributes, stream_customer_attributes(project_id, customer_id);
    ListCustomerPurchases => PurchaseList of Purchase,
        via list_customer_purchases, stream_customer_purchases(project_id, customer_id);
    ListCustomerSubscriptions => SubscriptionList of Subscription,
        via list_customer_subscriptions, stream_customer_subscriptions(project_id, customer_id);
    ListCustomerVirtualCurrencyBalances => VirtualCurrencyBalanceList of VirtualCurrencyBalance,
        via list_customer_virtual_currency_balances, stream_customer_virtual_currency_balances(project_id, customer_id);
    ListCustomerInvoices => InvoiceList of Invoice,
        via list_customer_invoices, stream_customer_invoices(project_id, customer_id);
}

/// Resolves `next_page` against the configured base URL without decoding or re-encoding it:
/// cursors such as `$RCAnonymousID:abc` must reach the server byte for byte.
pub(crate) fn next_page_url(base_url: &str, next_page: &str) -> Result<String, String> {
    if let Some(rest) = next_page.strip_prefix(API_PATH_PREFIX)
        && (rest.starts_with('/') || rest.starts_with('?'))
    {
        return Ok(format!("{base_url}{rest}"));
    }
    if next_page.starts_with('/') {
        let origin = url::Url::parse(base_url)
            .map_err(|e| e.to_string())?
            .origin()
            .ascii_serialization();
        return Ok(format!("{origin}{next_page}"));
    }
    let absolute =
        url::Url::parse(next_page).map_err(|e| format!("next_page is not a URL: {e}"))?;
    let base = url::Url::parse(base_url).map_err(|e| e.to_string())?;
    if absolute.origin() != base.origin() {
        // Never send the credential to another host.
        return Err("next_page points to another host".into());
    }
    Ok(next_page.to_string())
}

enum Cursor<B> {
    First(B),
    Next(String),
    Done,
}

impl Client {
    /// Streams every item of a list, following `next_page` until the server sends none.
    ///
    /// ```no_run
    /// # async fn run(client: billing_v2::Client) -> Result<(), billing_v2::Error> {
    /// use futures::TryStreamExt;
    /// let first = client.list_customers().project_id("proj1ab2c3d4").limit(100);
    /// let customers: Vec<_> = client.paginate(first).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn paginate<'a, B: Paginated<'a>>(&'a self, first: B) -> ItemStream<'a, B::Item> {
        stream::try_unfold(Cursor::First(first), move |cursor| async move {
            let (page, previous) = match cursor {
                Cursor::First(b) => (b.first_page().await?.into_inner(), None),
                Cursor::Next(url) => {
                    let page = client_core::get_json::<B::Page, types::Error>(
                        &self.inner.inner,
                        &self.inner.client,
                        &url,
                        B::OPERATION,
                    )
                    .await?
                    .into_inner();
                    (page, Some(url))
                }
                Cursor::Done => return Ok(None),
            };
            let (items, next_page) = B::split(page);
            let next = match next_page.filter(|n| !n.is_empty()) {
                None => Cursor::Done,
                Some(n) => {
                    let url =
                        next_page_url(&self.inner.baseurl, &n).map_err(Error::InvalidRequest)?;
                    if previous.as_deref() == Some(url.as_str()) {
                        return Err(Error::InvalidRequest(format!(
                            "the server returned the page it was asked for as next_page again: {n}"
                        )));
                    }
                    Cursor::Next(url)
                }
            };
            Ok(Some((stream::iter(items.into_iter().map(Ok)), next)))
        })
        .try_flatten()
        .boxed()
    }
}
