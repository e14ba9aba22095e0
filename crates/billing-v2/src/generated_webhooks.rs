// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

/*! Webhook deliveries of this API: [`Webhooks`] verifies one (its `Authorization` header) and decodes it
 into an [`Event`]: a variant per event the spec lists, with its typed payload (at `/event` in the body, its name at `/event/type`),
 or [`Event::Unknown`] for an event this version does not know.*/
pub use client_core::webhook::{HeaderMap, WebhookError};
/// One verified webhook event.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Event {
    /// `BILLING_ISSUE`: the payload is [`crate::types::WebhookLifecycleEvent`].
    BillingIssue(crate::types::WebhookLifecycleEvent),
    /// `CANCELLATION`: the payload is [`crate::types::WebhookLifecycleEvent`].
    Cancellation(crate::types::WebhookLifecycleEvent),
    /// `EXPERIMENT_ENROLLMENT`: the payload is [`crate::types::WebhookExperimentEnrollmentEvent`].
    ExperimentEnrollment(crate::types::WebhookExperimentEnrollmentEvent),
    /// `EXPIRATION`: the payload is [`crate::types::WebhookLifecycleEvent`].
    Expiration(crate::types::WebhookLifecycleEvent),
    /// `INITIAL_PURCHASE`: the payload is [`crate::types::WebhookLifecycleEvent`].
    InitialPurchase(crate::types::WebhookLifecycleEvent),
    /// `INVOICE_ISSUANCE`: the payload is [`crate::types::WebhookLifecycleEvent`].
    InvoiceIssuance(crate::types::WebhookLifecycleEvent),
    /// `NON_RENEWING_PURCHASE`: the payload is [`crate::types::WebhookLifecycleEvent`].
    NonRenewingPurchase(crate::types::WebhookLifecycleEvent),
    /// `PRODUCT_CHANGE`: the payload is [`crate::types::WebhookLifecycleEvent`].
    ProductChange(crate::types::WebhookLifecycleEvent),
    /// `REFUND_REVERSED`: the payload is [`crate::types::WebhookLifecycleEvent`].
    RefundReversed(crate::types::WebhookLifecycleEvent),
    /// `RENEWAL`: the payload is [`crate::types::WebhookLifecycleEvent`].
    Renewal(crate::types::WebhookLifecycleEvent),
    /// `SUBSCRIBER_ALIAS`: the payload is [`crate::types::WebhookLifecycleEvent`].
    SubscriberAlias(crate::types::WebhookLifecycleEvent),
    /// `SUBSCRIPTION_EXTENDED`: the payload is [`crate::types::WebhookLifecycleEvent`].
    SubscriptionExtended(crate::types::WebhookLifecycleEvent),
    /// `SUBSCRIPTION_PAUSED`: the payload is [`crate::types::WebhookLifecycleEvent`].
    SubscriptionPaused(crate::types::WebhookLifecycleEvent),
    /// `TEMPORARY_ENTITLEMENT_GRANT`: the payload is [`crate::types::WebhookLifecycleEvent`].
    TemporaryEntitlementGrant(crate::types::WebhookLifecycleEvent),
    /// `TEST`: the payload is [`crate::types::WebhookLifecycleEvent`].
    Test(crate::types::WebhookLifecycleEvent),
    /// `TRANSFER`: the payload is [`crate::types::WebhookTransferEvent`].
    Transfer(crate::types::WebhookTransferEvent),
    /// `UNCANCELLATION`: the payload is [`crate::types::WebhookLifecycleEvent`].
    Uncancellation(crate::types::WebhookLifecycleEvent),
    /// `VIRTUAL_CURRENCY_TRANSACTION`: the payload is [`crate::types::WebhookVirtualCurrencyTransactionEvent`].
    VirtualCurrencyTransaction(crate::types::WebhookVirtualCurrencyTransactionEvent),
    /// An event the spec does not list (the vendor added it after this crate was
    /// generated): its name and its payload as JSON, kept whole. Acknowledge it
    /// (answer 2xx) so the vendor does not retry it.
    Unknown {
        /// The event's name as the delivery gives it.
        type_name: String,
        /// The event's payload.
        payload: serde_json::Value,
    },
}
impl Event {
    /// Every event name the spec lists, in the order of the variants.
    pub const TYPE_NAMES: &'static [&'static str] = &[
        "BILLING_ISSUE",
        "CANCELLATION",
        "EXPERIMENT_ENROLLMENT",
        "EXPIRATION",
        "INITIAL_PURCHASE",
        "INVOICE_ISSUANCE",
        "NON_RENEWING_PURCHASE",
        "PRODUCT_CHANGE",
        "REFUND_REVERSED",
        "RENEWAL",
        "SUBSCRIBER_ALIAS",
        "SUBSCRIPTION_EXTENDED",
        "SUBSCRIPTION_PAUSED",
        "TEMPORARY_ENTITLEMENT_GRANT",
        "TEST",
        "TRANSFER",
        "UNCANCELLATION",
        "VIRTUAL_CURRENCY_TRANSACTION",
    ];
    /// Where a delivery body holds the event's name (a JSON pointer).
    pub const NAME_AT: &'static str = "/event/type";
    /// Where a delivery body holds the payload (a JSON pointer; empty: the whole body).
    pub const PAYLOAD_AT: &'static str = "/event";
    /// The event's name, as the delivery gives it.
    pub fn type_name(&self) -> &str {
        match self {
            Self::BillingIssue(_) => "BILLING_ISSUE",
            Self::Cancellation(_) => "CANCELLATION",
            Self::ExperimentEnrollment(_) => "EXPERIMENT_ENROLLMENT",
            Self::Expiration(_) => "EXPIRATION",
            Self::InitialPurchase(_) => "INITIAL_PURCHASE",
            Self::InvoiceIssuance(_) => "INVOICE_ISSUANCE",
            Self::NonRenewingPurchase(_) => "NON_RENEWING_PURCHASE",
            Self::ProductChange(_) => "PRODUCT_CHANGE",
            Self::RefundReversed(_) => "REFUND_REVERSED",
            Self::Renewal(_) => "RENEWAL",
            Self::SubscriberAlias(_) => "SUBSCRIBER_ALIAS",
            Self::SubscriptionExtended(_) => "SUBSCRIPTION_EXTENDED",
            Self::SubscriptionPaused(_) => "SUBSCRIPTION_PAUSED",
            Self::TemporaryEntitlementGrant(_) => "TEMPORARY_ENTITLEMENT_GRANT",
            Self::Test(_) => "TEST",
            Self::Transfer(_) => "TRANSFER",
            Self::Uncancellation(_) => "UNCANCELLATION",
            Self::VirtualCurrencyTransaction(_) => "VIRTUAL_CURRENCY_TRANSACTION",
            Self::Unknown { type_name, .. } => type_name,
        }
    }
    /// Decodes a delivery body **without verifying it**: only for a body that was
    /// verified some other way. [`Webhooks::verify`] verifies and decodes.
    pub fn from_json(body: &[u8]) -> Result<Self, WebhookError> {
        let (type_name, payload) = client_core::webhook::split_event(
            body,
            Self::NAME_AT,
            Self::PAYLOAD_AT,
        )?;
        Self::from_parts(type_name, payload)
    }
    /// Decodes the payload of the event called `type_name`.
    pub fn from_parts(
        type_name: String,
        payload: serde_json::Value,
    ) -> Result<Self, WebhookError> {
        use client_core::webhook::decode_payload as decode;
        Ok(
            match type_name.as_str() {
                "BILLING_ISSUE" => Self::BillingIssue(decode(&type_name, payload)?),
                "CANCELLATION" => Self::Cancellation(decode(&type_name, payload)?),
                "EXPERIMENT_ENROLLMENT" => {
                    Self::ExperimentEnrollment(decode(&type_name, payload)?)
                }
                "EXPIRATION" => Self::Expiration(decode(&type_name, payload)?),
                "INITIAL_PURCHASE" => Self::InitialPurchase(decode(&type_name, payload)?),
                "INVOICE_ISSUANCE" => Self::InvoiceIssuance(decode(&type_name, payload)?),
                "NON_RENEWING_PURCHASE" => {
                    Self::NonRenewingPurchase(decode(&type_name, payload)?)
                }
                "PRODUCT_CHANGE" => Self::ProductChange(decode(&type_name, payload)?),
                "REFUND_REVERSED" => Self::RefundReversed(decode(&type_name, payload)?),
                "RENEWAL" => Self::Renewal(decode(&type_name, payload)?),
                "SUBSCRIBER_ALIAS" => Self::SubscriberAlias(decode(&type_name, payload)?),
                "SUBSCRIPTION_EXTENDED" => {
                    Self::SubscriptionExtended(decode(&type_name, payload)?)
                }
                "SUBSCRIPTION_PAUSED" => {
                    Self::SubscriptionPaused(decode(&type_name, payload)?)
                }
                "TEMPORARY_ENTITLEMENT_GRANT" => {
                    Self::TemporaryEntitlementGrant(decode(&type_name, payload)?)
                }
                "TEST" => Self::Test(decode(&type_name, payload)?),
                "TRANSFER" => Self::Transfer(decode(&type_name, payload)?),
                "UNCANCELLATION" => Self::Uncancellation(decode(&type_name, payload)?),
                "VIRTUAL_CURRENCY_TRANSACTION" => {
                    Self::VirtualCurrencyTransaction(decode(&type_name, payload)?)
                }
                _ => {
                    Self::Unknown {
                        type_name,
                        payload,
                    }
                }
            },
        )
    }
}
/// Verifies deliveries by their `Authorization` header (compared in constant time
/// with the value configured at the vendor) and decodes them. The value never
/// shows in `Debug` or in an error.
#[derive(Debug, Clone)]
pub struct Webhooks {
    verifier: client_core::webhook::AuthorizationHeader,
}
impl Webhooks {
    /// For the `Authorization` header value configured at the vendor.
    pub fn new(
        authorization: impl Into<client_core::Secret>,
    ) -> Result<Self, WebhookError> {
        Ok(Self {
            verifier: client_core::webhook::AuthorizationHeader::new(authorization)?,
        })
    }
    /// Verifies a delivery's `Authorization` header, then decodes its body.
    pub fn verify(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Event, WebhookError> {
        self.verifier.verify(headers)?;
        Event::from_json(body)
    }
}
