// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 96f2eb3edc0a163972c327ce230a763c2c8cf810513d1bc8348f21c7f5eed1c5).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

/*! Webhook deliveries of this API: [`Webhooks`] verifies one (its Standard Webhooks signature) and decodes it
 into an [`Event`]: a variant per event the spec lists, with its typed payload (the whole body, its name at `/event_type`),
 or [`Event::Unknown`] for an event this version does not know.*/
pub use client_core::webhook::{HeaderMap, WebhookError};
/// One verified webhook event.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Event {
    /// `checkout.session.completed`: the payload is [`crate::types::WebhookCheckoutSessionPayload`].
    CheckoutSessionCompleted(crate::types::WebhookCheckoutSessionPayload),
    /// `checkout.session.expired`: the payload is [`crate::types::WebhookCheckoutSessionPayload`].
    CheckoutSessionExpired(crate::types::WebhookCheckoutSessionPayload),
    /// `checkout.session.failed`: the payload is [`crate::types::WebhookCheckoutSessionPayload`].
    CheckoutSessionFailed(crate::types::WebhookCheckoutSessionPayload),
    /// `checkout.session.initiated`: the payload is [`crate::types::WebhookCheckoutSessionPayload`].
    CheckoutSessionInitiated(crate::types::WebhookCheckoutSessionPayload),
    /// `credit_note.created`: the payload is [`crate::types::WebhookCreditNotePayload`].
    CreditNoteCreated(crate::types::WebhookCreditNotePayload),
    /// `credit_note.updated`: the payload is [`crate::types::WebhookCreditNotePayload`].
    CreditNoteUpdated(crate::types::WebhookCreditNotePayload),
    /// `customer.created`: the payload is [`crate::types::WebhookCustomerPayload`].
    CustomerCreated(crate::types::WebhookCustomerPayload),
    /// `customer.deleted`: the payload is [`crate::types::WebhookCustomerPayload`].
    CustomerDeleted(crate::types::WebhookCustomerPayload),
    /// `customer.updated`: the payload is [`crate::types::WebhookCustomerPayload`].
    CustomerUpdated(crate::types::WebhookCustomerPayload),
    /// `entitlement.created`: the payload is [`crate::types::WebhookEntitlementPayload`].
    EntitlementCreated(crate::types::WebhookEntitlementPayload),
    /// `entitlement.deleted`: the payload is [`crate::types::WebhookEntitlementPayload`].
    EntitlementDeleted(crate::types::WebhookEntitlementPayload),
    /// `entitlement.updated`: the payload is [`crate::types::WebhookEntitlementPayload`].
    EntitlementUpdated(crate::types::WebhookEntitlementPayload),
    /// `event.rejected`: the payload is [`crate::types::WebhookRejectedEventPayload`].
    EventRejected(crate::types::WebhookRejectedEventPayload),
    /// `feature.created`: the payload is [`crate::types::WebhookFeaturePayload`].
    FeatureCreated(crate::types::WebhookFeaturePayload),
    /// `feature.deleted`: the payload is [`crate::types::WebhookFeaturePayload`].
    FeatureDeleted(crate::types::WebhookFeaturePayload),
    /// `feature.updated`: the payload is [`crate::types::WebhookFeaturePayload`].
    FeatureUpdated(crate::types::WebhookFeaturePayload),
    /// `feature.wallet_balance.alert`: the payload is [`crate::types::WebhookAlertPayload`].
    FeatureWalletBalanceAlert(crate::types::WebhookAlertPayload),
    /// `invoice.communication.triggered`: the payload is [`crate::types::WebhookCommunicationPayload`].
    InvoiceCommunicationTriggered(crate::types::WebhookCommunicationPayload),
    /// `invoice.create.drafted`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoiceCreateDrafted(crate::types::WebhookInvoicePayload),
    /// `invoice.payment.overdue`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoicePaymentOverdue(crate::types::WebhookInvoicePayload),
    /// `invoice.update`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoiceUpdate(crate::types::WebhookInvoicePayload),
    /// `invoice.update.finalized`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoiceUpdateFinalized(crate::types::WebhookInvoicePayload),
    /// `invoice.update.payment`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoiceUpdatePayment(crate::types::WebhookInvoicePayload),
    /// `invoice.update.voided`: the payload is [`crate::types::WebhookInvoicePayload`].
    InvoiceUpdateVoided(crate::types::WebhookInvoicePayload),
    /// `payment.created`: the payload is [`crate::types::WebhookPaymentPayload`].
    PaymentCreated(crate::types::WebhookPaymentPayload),
    /// `payment.failed`: the payload is [`crate::types::WebhookPaymentPayload`].
    PaymentFailed(crate::types::WebhookPaymentPayload),
    /// `payment.pending`: the payload is [`crate::types::WebhookPaymentPayload`].
    PaymentPending(crate::types::WebhookPaymentPayload),
    /// `payment.success`: the payload is [`crate::types::WebhookPaymentPayload`].
    PaymentSuccess(crate::types::WebhookPaymentPayload),
    /// `payment.updated`: the payload is [`crate::types::WebhookPaymentPayload`].
    PaymentUpdated(crate::types::WebhookPaymentPayload),
    /// `subscription.activated`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionActivated(crate::types::WebhookSubscriptionPayload),
    /// `subscription.cancelled`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionCancelled(crate::types::WebhookSubscriptionPayload),
    /// `subscription.created`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionCreated(crate::types::WebhookSubscriptionPayload),
    /// `subscription.draft.created`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionDraftCreated(crate::types::WebhookSubscriptionPayload),
    /// `subscription.group_spend.threshold_reached`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionGroupSpendThresholdReached(crate::types::WebhookSpendAlertPayload),
    /// `subscription.group_spend.threshold_recovered`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionGroupSpendThresholdRecovered(crate::types::WebhookSpendAlertPayload),
    /// `subscription.line_item_spend.threshold_reached`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionLineItemSpendThresholdReached(crate::types::WebhookSpendAlertPayload),
    /// `subscription.line_item_spend.threshold_recovered`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionLineItemSpendThresholdRecovered(crate::types::WebhookSpendAlertPayload),
    /// `subscription.paused`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionPaused(crate::types::WebhookSubscriptionPayload),
    /// `subscription.phase.created`: the payload is [`crate::types::WebhookSubscriptionPhasePayload`].
    SubscriptionPhaseCreated(crate::types::WebhookSubscriptionPhasePayload),
    /// `subscription.phase.deleted`: the payload is [`crate::types::WebhookSubscriptionPhasePayload`].
    SubscriptionPhaseDeleted(crate::types::WebhookSubscriptionPhasePayload),
    /// `subscription.phase.updated`: the payload is [`crate::types::WebhookSubscriptionPhasePayload`].
    SubscriptionPhaseUpdated(crate::types::WebhookSubscriptionPhasePayload),
    /// `subscription.plan_changed`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionPlanChanged(crate::types::WebhookSubscriptionPayload),
    /// `subscription.renewal.due`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionRenewalDue(crate::types::WebhookSubscriptionPayload),
    /// `subscription.resumed`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionResumed(crate::types::WebhookSubscriptionPayload),
    /// `subscription.spend.threshold_reached`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionSpendThresholdReached(crate::types::WebhookSpendAlertPayload),
    /// `subscription.spend.threshold_recovered`: the payload is [`crate::types::WebhookSpendAlertPayload`].
    SubscriptionSpendThresholdRecovered(crate::types::WebhookSpendAlertPayload),
    /// `subscription.updated`: the payload is [`crate::types::WebhookSubscriptionPayload`].
    SubscriptionUpdated(crate::types::WebhookSubscriptionPayload),
    /// `wallet.created`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletCreated(crate::types::WebhookWalletPayload),
    /// `wallet.credit_balance.dropped`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletCreditBalanceDropped(crate::types::WebhookWalletPayload),
    /// `wallet.credit_balance.recovered`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletCreditBalanceRecovered(crate::types::WebhookWalletPayload),
    /// `wallet.ongoing_balance.dropped`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletOngoingBalanceDropped(crate::types::WebhookWalletPayload),
    /// `wallet.ongoing_balance.recovered`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletOngoingBalanceRecovered(crate::types::WebhookWalletPayload),
    /// `wallet.ongoing_balance.updated`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletOngoingBalanceUpdated(crate::types::WebhookWalletPayload),
    /// `wallet.terminated`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletTerminated(crate::types::WebhookWalletPayload),
    /// `wallet.transaction.created`: the payload is [`crate::types::WebhookTransactionPayload`].
    WalletTransactionCreated(crate::types::WebhookTransactionPayload),
    /// `wallet.transaction.updated`: the payload is [`crate::types::WebhookTransactionUpdatedPayload`].
    WalletTransactionUpdated(crate::types::WebhookTransactionUpdatedPayload),
    /// `wallet.updated`: the payload is [`crate::types::WebhookWalletPayload`].
    WalletUpdated(crate::types::WebhookWalletPayload),
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
        "checkout.session.completed",
        "checkout.session.expired",
        "checkout.session.failed",
        "checkout.session.initiated",
        "credit_note.created",
        "credit_note.updated",
        "customer.created",
        "customer.deleted",
        "customer.updated",
        "entitlement.created",
        "entitlement.deleted",
        "entitlement.updated",
        "event.rejected",
        "feature.created",
        "feature.deleted",
        "feature.updated",
        "feature.wallet_balance.alert",
        "invoice.communication.triggered",
        "invoice.create.drafted",
        "invoice.payment.overdue",
        "invoice.update",
        "invoice.update.finalized",
        "invoice.update.payment",
        "invoice.update.voided",
        "payment.created",
        "payment.failed",
        "payment.pending",
        "payment.success",
        "payment.updated",
        "subscription.activated",
        "subscription.cancelled",
        "subscription.created",
        "subscription.draft.created",
        "subscription.group_spend.threshold_reached",
        "subscription.group_spend.threshold_recovered",
        "subscription.line_item_spend.threshold_reached",
        "subscription.line_item_spend.threshold_recovered",
        "subscription.paused",
        "subscription.phase.created",
        "subscription.phase.deleted",
        "subscription.phase.updated",
        "subscription.plan_changed",
        "subscription.renewal.due",
        "subscription.resumed",
        "subscription.spend.threshold_reached",
        "subscription.spend.threshold_recovered",
        "subscription.updated",
        "wallet.created",
        "wallet.credit_balance.dropped",
        "wallet.credit_balance.recovered",
        "wallet.ongoing_balance.dropped",
        "wallet.ongoing_balance.recovered",
        "wallet.ongoing_balance.updated",
        "wallet.terminated",
        "wallet.transaction.created",
        "wallet.transaction.updated",
        "wallet.updated",
    ];
    /// Where a delivery body holds the event's name (a JSON pointer).
    pub const NAME_AT: &'static str = "/event_type";
    /// Where a delivery body holds the payload (a JSON pointer; empty: the whole body).
    pub const PAYLOAD_AT: &'static str = "";
    /// The event's name, as the delivery gives it.
    pub fn type_name(&self) -> &str {
        match self {
            Self::CheckoutSessionCompleted(_) => "checkout.session.completed",
            Self::CheckoutSessionExpired(_) => "checkout.session.expired",
            Self::CheckoutSessionFailed(_) => "checkout.session.failed",
            Self::CheckoutSessionInitiated(_) => "checkout.session.initiated",
            Self::CreditNoteCreated(_) => "credit_note.created",
            Self::CreditNoteUpdated(_) => "credit_note.updated",
            Self::CustomerCreated(_) => "customer.created",
            Self::CustomerDeleted(_) => "customer.deleted",
            Self::CustomerUpdated(_) => "customer.updated",
            Self::EntitlementCreated(_) => "entitlement.created",
            Self::EntitlementDeleted(_) => "entitlement.deleted",
            Self::EntitlementUpdated(_) => "entitlement.updated",
            Self::EventRejected(_) => "event.rejected",
            Self::FeatureCreated(_) => "feature.created",
            Self::FeatureDeleted(_) => "feature.deleted",
            Self::FeatureUpdated(_) => "feature.updated",
            Self::FeatureWalletBalanceAlert(_) => "feature.wallet_balance.alert",
            Self::InvoiceCommunicationTriggered(_) => "invoice.communication.triggered",
            Self::InvoiceCreateDrafted(_) => "invoice.create.drafted",
            Self::InvoicePaymentOverdue(_) => "invoice.payment.overdue",
            Self::InvoiceUpdate(_) => "invoice.update",
            Self::InvoiceUpdateFinalized(_) => "invoice.update.finalized",
            Self::InvoiceUpdatePayment(_) => "invoice.update.payment",
            Self::InvoiceUpdateVoided(_) => "invoice.update.voided",
            Self::PaymentCreated(_) => "payment.created",
            Self::PaymentFailed(_) => "payment.failed",
            Self::PaymentPending(_) => "payment.pending",
            Self::PaymentSuccess(_) => "payment.success",
            Self::PaymentUpdated(_) => "payment.updated",
            Self::SubscriptionActivated(_) => "subscription.activated",
            Self::SubscriptionCancelled(_) => "subscription.cancelled",
            Self::SubscriptionCreated(_) => "subscription.created",
            Self::SubscriptionDraftCreated(_) => "subscription.draft.created",
            Self::SubscriptionGroupSpendThresholdReached(_) => {
                "subscription.group_spend.threshold_reached"
            }
            Self::SubscriptionGroupSpendThresholdRecovered(_) => {
                "subscription.group_spend.threshold_recovered"
            }
            Self::SubscriptionLineItemSpendThresholdReached(_) => {
                "subscription.line_item_spend.threshold_reached"
            }
            Self::SubscriptionLineItemSpendThresholdRecovered(_) => {
                "subscription.line_item_spend.threshold_recovered"
            }
            Self::SubscriptionPaused(_) => "subscription.paused",
            Self::SubscriptionPhaseCreated(_) => "subscription.phase.created",
            Self::SubscriptionPhaseDeleted(_) => "subscription.phase.deleted",
            Self::SubscriptionPhaseUpdated(_) => "subscription.phase.updated",
            Self::SubscriptionPlanChanged(_) => "subscription.plan_changed",
            Self::SubscriptionRenewalDue(_) => "subscription.renewal.due",
            Self::SubscriptionResumed(_) => "subscription.resumed",
            Self::SubscriptionSpendThresholdReached(_) => {
                "subscription.spend.threshold_reached"
            }
            Self::SubscriptionSpendThresholdRecovered(_) => {
                "subscription.spend.threshold_recovered"
            }
            Self::SubscriptionUpdated(_) => "subscription.updated",
            Self::WalletCreated(_) => "wallet.created",
            Self::WalletCreditBalanceDropped(_) => "wallet.credit_balance.dropped",
            Self::WalletCreditBalanceRecovered(_) => "wallet.credit_balance.recovered",
            Self::WalletOngoingBalanceDropped(_) => "wallet.ongoing_balance.dropped",
            Self::WalletOngoingBalanceRecovered(_) => "wallet.ongoing_balance.recovered",
            Self::WalletOngoingBalanceUpdated(_) => "wallet.ongoing_balance.updated",
            Self::WalletTerminated(_) => "wallet.terminated",
            Self::WalletTransactionCreated(_) => "wallet.transaction.created",
            Self::WalletTransactionUpdated(_) => "wallet.transaction.updated",
            Self::WalletUpdated(_) => "wallet.updated",
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
                "checkout.session.completed" => {
                    Self::CheckoutSessionCompleted(decode(&type_name, payload)?)
                }
                "checkout.session.expired" => {
                    Self::CheckoutSessionExpired(decode(&type_name, payload)?)
                }
                "checkout.session.failed" => {
                    Self::CheckoutSessionFailed(decode(&type_name, payload)?)
                }
                "checkout.session.initiated" => {
                    Self::CheckoutSessionInitiated(decode(&type_name, payload)?)
                }
                "credit_note.created" => {
                    Self::CreditNoteCreated(decode(&type_name, payload)?)
                }
                "credit_note.updated" => {
                    Self::CreditNoteUpdated(decode(&type_name, payload)?)
                }
                "customer.created" => Self::CustomerCreated(decode(&type_name, payload)?),
                "customer.deleted" => Self::CustomerDeleted(decode(&type_name, payload)?),
                "customer.updated" => Self::CustomerUpdated(decode(&type_name, payload)?),
                "entitlement.created" => {
                    Self::EntitlementCreated(decode(&type_name, payload)?)
                }
                "entitlement.deleted" => {
                    Self::EntitlementDeleted(decode(&type_name, payload)?)
                }
                "entitlement.updated" => {
                    Self::EntitlementUpdated(decode(&type_name, payload)?)
                }
                "event.rejected" => Self::EventRejected(decode(&type_name, payload)?),
                "feature.created" => Self::FeatureCreated(decode(&type_name, payload)?),
                "feature.deleted" => Self::FeatureDeleted(decode(&type_name, payload)?),
                "feature.updated" => Self::FeatureUpdated(decode(&type_name, payload)?),
                "feature.wallet_balance.alert" => {
                    Self::FeatureWalletBalanceAlert(decode(&type_name, payload)?)
                }
                "invoice.communication.triggered" => {
                    Self::InvoiceCommunicationTriggered(decode(&type_name, payload)?)
                }
                "invoice.create.drafted" => {
                    Self::InvoiceCreateDrafted(decode(&type_name, payload)?)
                }
                "invoice.payment.overdue" => {
                    Self::InvoicePaymentOverdue(decode(&type_name, payload)?)
                }
                "invoice.update" => Self::InvoiceUpdate(decode(&type_name, payload)?),
                "invoice.update.finalized" => {
                    Self::InvoiceUpdateFinalized(decode(&type_name, payload)?)
                }
                "invoice.update.payment" => {
                    Self::InvoiceUpdatePayment(decode(&type_name, payload)?)
                }
                "invoice.update.voided" => {
                    Self::InvoiceUpdateVoided(decode(&type_name, payload)?)
                }
                "payment.created" => Self::PaymentCreated(decode(&type_name, payload)?),
                "payment.failed" => Self::PaymentFailed(decode(&type_name, payload)?),
                "payment.pending" => Self::PaymentPending(decode(&type_name, payload)?),
                "payment.success" => Self::PaymentSuccess(decode(&type_name, payload)?),
                "payment.updated" => Self::PaymentUpdated(decode(&type_name, payload)?),
                "subscription.activated" => {
                    Self::SubscriptionActivated(decode(&type_name, payload)?)
                }
                "subscription.cancelled" => {
                    Self::SubscriptionCancelled(decode(&type_name, payload)?)
                }
                "subscription.created" => {
                    Self::SubscriptionCreated(decode(&type_name, payload)?)
                }
                "subscription.draft.created" => {
                    Self::SubscriptionDraftCreated(decode(&type_name, payload)?)
                }
                "subscription.group_spend.threshold_reached" => {
                    Self::SubscriptionGroupSpendThresholdReached(
                        decode(&type_name, payload)?,
                    )
                }
                "subscription.group_spend.threshold_recovered" => {
                    Self::SubscriptionGroupSpendThresholdRecovered(
                        decode(&type_name, payload)?,
                    )
                }
                "subscription.line_item_spend.threshold_reached" => {
                    Self::SubscriptionLineItemSpendThresholdReached(
                        decode(&type_name, payload)?,
                    )
                }
                "subscription.line_item_spend.threshold_recovered" => {
                    Self::SubscriptionLineItemSpendThresholdRecovered(
                        decode(&type_name, payload)?,
                    )
                }
                "subscription.paused" => {
                    Self::SubscriptionPaused(decode(&type_name, payload)?)
                }
                "subscription.phase.created" => {
                    Self::SubscriptionPhaseCreated(decode(&type_name, payload)?)
                }
                "subscription.phase.deleted" => {
                    Self::SubscriptionPhaseDeleted(decode(&type_name, payload)?)
                }
                "subscription.phase.updated" => {
                    Self::SubscriptionPhaseUpdated(decode(&type_name, payload)?)
                }
                "subscription.plan_changed" => {
                    Self::SubscriptionPlanChanged(decode(&type_name, payload)?)
                }
                "subscription.renewal.due" => {
                    Self::SubscriptionRenewalDue(decode(&type_name, payload)?)
                }
                "subscription.resumed" => {
                    Self::SubscriptionResumed(decode(&type_name, payload)?)
                }
                "subscription.spend.threshold_reached" => {
                    Self::SubscriptionSpendThresholdReached(decode(&type_name, payload)?)
                }
                "subscription.spend.threshold_recovered" => {
                    Self::SubscriptionSpendThresholdRecovered(
                        decode(&type_name, payload)?,
                    )
                }
                "subscription.updated" => {
                    Self::SubscriptionUpdated(decode(&type_name, payload)?)
                }
                "wallet.created" => Self::WalletCreated(decode(&type_name, payload)?),
                "wallet.credit_balance.dropped" => {
                    Self::WalletCreditBalanceDropped(decode(&type_name, payload)?)
                }
                "wallet.credit_balance.recovered" => {
                    Self::WalletCreditBalanceRecovered(decode(&type_name, payload)?)
                }
                "wallet.ongoing_balance.dropped" => {
                    Self::WalletOngoingBalanceDropped(decode(&type_name, payload)?)
                }
                "wallet.ongoing_balance.recovered" => {
                    Self::WalletOngoingBalanceRecovered(decode(&type_name, payload)?)
                }
                "wallet.ongoing_balance.updated" => {
                    Self::WalletOngoingBalanceUpdated(decode(&type_name, payload)?)
                }
                "wallet.terminated" => {
                    Self::WalletTerminated(decode(&type_name, payload)?)
                }
                "wallet.transaction.created" => {
                    Self::WalletTransactionCreated(decode(&type_name, payload)?)
                }
                "wallet.transaction.updated" => {
                    Self::WalletTransactionUpdated(decode(&type_name, payload)?)
                }
                "wallet.updated" => Self::WalletUpdated(decode(&type_name, payload)?),
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
/// Verifies deliveries signed the Standard Webhooks way (`svix-id`,
/// `svix-timestamp`, `svix-signature`) and decodes them. The secret never shows
/// in `Debug` or in an error.
#[derive(Debug, Clone)]
pub struct Webhooks {
    verifier: client_core::webhook::StandardWebhooks,
}
impl Webhooks {
    /// For the endpoint's signing secret (`whsec_...`).
    pub fn new(secret: impl Into<client_core::Secret>) -> Result<Self, WebhookError> {
        Ok(Self {
            verifier: client_core::webhook::StandardWebhooks::new(secret)?,
        })
    }
    /// Sets how far a delivery's timestamp may be from the clock, either way
    /// (default: [`client_core::webhook::DEFAULT_TOLERANCE`], five minutes).
    pub fn tolerance(mut self, tolerance: std::time::Duration) -> Self {
        self.verifier = self.verifier.tolerance(tolerance);
        self
    }
    /// Verifies a delivery (its headers and its body, as the bytes received) and
    /// decodes it.
    pub fn verify(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Event, WebhookError> {
        self.verifier.verify(headers, body)?;
        Event::from_json(body)
    }
    /// [`Webhooks::verify`] as if the clock read `now`.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: std::time::SystemTime,
    ) -> Result<Event, WebhookError> {
        self.verifier.verify_at(headers, body, now)?;
        Event::from_json(body)
    }
    /// The `svix-signature` value the vendor would send for a delivery: for
    /// testing a handler end to end.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        self.verifier.sign(id, timestamp, body)
    }
}
