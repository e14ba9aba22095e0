// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 ccfec2d12503b13470aad1bfce4f1c71dde5b06596efdfe15fd4540941eb8fa8).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Customer response object containing all customer information
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerResponse {
        ///AddressCity is the city of the customer's address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_city: ::std::option::Option<::std::string::String>,
        ///AddressCountry is the country of the customer's address (ISO 3166-1 alpha-2)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_country: ::std::option::Option<::std::string::String>,
        ///AddressLine1 is the first line of the customer's address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1: ::std::option::Option<::std::string::String>,
        ///AddressLine2 is the second line of the customer's address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line2: ::std::option::Option<::std::string::String>,
        ///AddressPostalCode is the postal code of the customer's address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_postal_code: ::std::option::Option<::std::string::String>,
        ///AddressState is the state of the customer's address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_state: ::std::option::Option<::std::string::String>,
        ///Contact details of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        ///When the customer was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Who created the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by: ::std::option::Option<::std::string::String>,
        ///Email is the email of the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///EnvironmentID is the environment identifier for the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        ///ExternalID is the external identifier for the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///ID is the unique identifier for the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Integration mappings of the customer.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub integrations: ::std::vec::Vec<EntityIntegrationMapping>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        ///Name is the name of the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///Tenant identifier of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tenant_id: ::std::option::Option<::std::string::String>,
        ///Time zone of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
        ///When the customer was last updated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Who last updated the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_by: ::std::option::Option<::std::string::String>,
    }
    impl CustomerResponse {
        pub fn builder() -> builder::CustomerResponse {
            Default::default()
        }
    }
    ///An integration mapping of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct EntityIntegrationMapping {
        ///When the mapping was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Who created the mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by: ::std::option::Option<::std::string::String>,
        ///Identifier of the mapped entity.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity_type: ::std::option::Option<IntegrationEntityType>,
        ///Environment identifier of the mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Provider-specific data of the mapping, any JSON object.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Identifier of the entity at the integration provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_entity_id: ::std::option::Option<::std::string::String>,
        ///Type of the integration provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///Tenant identifier of the mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tenant_id: ::std::option::Option<::std::string::String>,
        ///When the mapping was last updated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Who last updated the mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_by: ::std::option::Option<::std::string::String>,
    }
    impl EntityIntegrationMapping {
        pub fn builder() -> builder::EntityIntegrationMapping {
            Default::default()
        }
    }
    ///The machine-readable kind of error. New codes may appear; they are kept verbatim.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorCode {
        #[serde(rename = "http_client_error")]
        HttpClientError,
        #[serde(rename = "system_error")]
        SystemError,
        #[serde(rename = "internal_error")]
        InternalError,
        #[serde(rename = "not_found")]
        NotFound,
        #[serde(rename = "already_exists")]
        AlreadyExists,
        #[serde(rename = "version_conflict")]
        VersionConflict,
        #[serde(rename = "validation_error")]
        ValidationError,
        #[serde(rename = "invalid_operation")]
        InvalidOperation,
        #[serde(rename = "permission_denied")]
        PermissionDenied,
        #[serde(rename = "database_error")]
        DatabaseError,
        #[serde(rename = "service_unavailable")]
        ServiceUnavailable,
        #[serde(rename = "too_many_requests")]
        TooManyRequests,
        #[serde(rename = "not_implemented")]
        NotImplemented,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The error of a legacy error body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///Internal error detail.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub internal_error: ::std::option::Option<::std::string::String>,
        ///Error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    /**An error body, in either shape: the flat one current servers send (`code`, `message`,
`http_status_code`, `details`) or the nested legacy one (`success: false`, `error.message`,
`error.internal_error`). `code()` and `message()` read either.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorResponse {
        FlatError(FlatError),
        LegacyError(LegacyError),
    }
    impl ::std::convert::From<FlatError> for ErrorResponse {
        fn from(value: FlatError) -> Self {
            Self::FlatError(value)
        }
    }
    impl ::std::convert::From<LegacyError> for ErrorResponse {
        fn from(value: LegacyError) -> Self {
            Self::LegacyError(value)
        }
    }
    ///The flat error body current servers send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct FlatError {
        pub code: ErrorCode,
        ///More about the error, any JSON object; absent when there is nothing more.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The HTTP status of the response, repeated in the body.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub http_status_code: ::std::option::Option<i64>,
        ///A human-readable description of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl FlatError {
        pub fn builder() -> builder::FlatError {
            Default::default()
        }
    }
    ///Type of the entity an integration mapping maps.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum IntegrationEntityType {
        #[serde(rename = "customer")]
        Customer,
        #[serde(rename = "plan")]
        Plan,
        #[serde(rename = "invoice")]
        Invoice,
        #[serde(rename = "subscription")]
        Subscription,
        #[serde(rename = "payment")]
        Payment,
        #[serde(rename = "credit_note")]
        CreditNote,
        #[serde(rename = "addon")]
        Addon,
        #[serde(rename = "item")]
        Item,
        #[serde(rename = "item_price")]
        ItemPrice,
        #[serde(rename = "price")]
        Price,
        #[serde(rename = "invoice_line_item")]
        InvoiceLineItem,
        #[serde(rename = "subscription_line_item")]
        SubscriptionLineItem,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The nested error body older deployments send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct LegacyError {
        pub error: ErrorDetail,
        ///Success flag; `false` on an error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl LegacyError {
        pub fn builder() -> builder::LegacyError {
            Default::default()
        }
    }
    ///Metadata, a string-to-string map.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Metadata(
        pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    );
    impl ::std::ops::Deref for Metadata {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
            &self.0
        }
    }
    impl ::std::convert::From<Metadata>
    for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
        fn from(value: Metadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    > for Metadata {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::string::String,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///Status of a customer or an integration mapping.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Status {
        #[serde(rename = "published")]
        Published,
        #[serde(rename = "deleted")]
        Deleted,
        #[serde(rename = "archived")]
        Archived,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `AlertCondition` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookAlertCondition {
        #[serde(rename = "above")]
        Above,
        #[serde(rename = "below")]
        Below,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a feature/wallet balance alert delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookAlertPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_status: ::std::option::Option<WebhookAlertState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_type: ::std::option::Option<WebhookAlertType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_balance: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_balance: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookAlertPayload {
        pub fn builder() -> builder::WebhookAlertPayload {
            Default::default()
        }
    }
    ///Alert thresholds of a wallet.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookAlertSettings {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub critical: ::std::option::Option<WebhookAlertThreshold>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub info: ::std::option::Option<WebhookAlertThreshold>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub warning: ::std::option::Option<WebhookAlertThreshold>,
    }
    impl WebhookAlertSettings {
        pub fn builder() -> builder::WebhookAlertSettings {
            Default::default()
        }
    }
    ///Values of `AlertState` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookAlertState {
        #[serde(rename = "ok")]
        Ok,
        #[serde(rename = "info")]
        Info,
        #[serde(rename = "warning")]
        Warning,
        #[serde(rename = "in_alarm")]
        InAlarm,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One alert threshold.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookAlertThreshold {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub condition: ::std::option::Option<WebhookAlertCondition>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold: ::std::option::Option<::std::string::String>,
    }
    impl WebhookAlertThreshold {
        pub fn builder() -> builder::WebhookAlertThreshold {
            Default::default()
        }
    }
    ///Values of `AlertType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookAlertType {
        #[serde(rename = "low_ongoing_balance")]
        LowOngoingBalance,
        #[serde(rename = "low_credit_balance")]
        LowCreditBalance,
        #[serde(rename = "feature_wallet_balance")]
        FeatureWalletBalance,
        #[serde(rename = "subscription_spend")]
        SubscriptionSpend,
        #[serde(rename = "subscription_line_item_spend")]
        SubscriptionLineItemSpend,
        #[serde(rename = "subscription_group_spend")]
        SubscriptionGroupSpend,
        #[serde(rename = "entitlement_grant_threshold")]
        EntitlementGrantThreshold,
        #[serde(rename = "entitlement_grant_exhausted")]
        EntitlementGrantExhausted,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `BillingCadence` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookBillingCadence {
        #[serde(rename = "RECURRING")]
        Recurring,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `BillingPeriod` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookBillingPeriod {
        #[serde(rename = "MONTHLY")]
        Monthly,
        #[serde(rename = "ANNUAL")]
        Annual,
        #[serde(rename = "WEEKLY")]
        Weekly,
        #[serde(rename = "DAILY")]
        Daily,
        #[serde(rename = "QUARTERLY")]
        Quarterly,
        #[serde(rename = "HALF_YEARLY")]
        HalfYearly,
        #[serde(rename = "ONETIME")]
        Onetime,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `CheckoutAction` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCheckoutAction {
        #[serde(rename = "create_subscription")]
        CreateSubscription,
        #[serde(rename = "modify_subscription")]
        ModifySubscription,
        #[serde(rename = "wallet_topup")]
        WalletTopup,
        #[serde(rename = "add_addon")]
        AddAddon,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `CheckoutPaymentProvider` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCheckoutPaymentProvider {
        #[serde(rename = "razorpay")]
        Razorpay,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A checkout session as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCheckoutSession {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<WebhookCheckoutAction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancelled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkout_invoice_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkout_payment_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkout_status: ::std::option::Option<WebhookCheckoutStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_action: ::std::option::Option<WebhookPaymentAction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_provider: ::std::option::Option<WebhookCheckoutPaymentProvider>,
    }
    impl WebhookCheckoutSession {
        pub fn builder() -> builder::WebhookCheckoutSession {
            Default::default()
        }
    }
    ///Body of a checkout session delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCheckoutSessionPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkout_session: ::std::option::Option<WebhookCheckoutSession>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
    }
    impl WebhookCheckoutSessionPayload {
        pub fn builder() -> builder::WebhookCheckoutSessionPayload {
            Default::default()
        }
    }
    ///Values of `CheckoutStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCheckoutStatus {
        #[serde(rename = "initiated")]
        Initiated,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "failed")]
        Failed,
        #[serde(rename = "expired")]
        Expired,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a delivery asking the receiver to send an invoice to its customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCommunicationPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<WebhookInvoice>,
    }
    impl WebhookCommunicationPayload {
        pub fn builder() -> builder::WebhookCommunicationPayload {
            Default::default()
        }
    }
    ///A credit note as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCreditNote {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_note_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_note_status: ::std::option::Option<WebhookCreditNoteStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_note_type: ::std::option::Option<WebhookCreditNoteType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finalized_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memo: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<WebhookMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<WebhookCreditNoteReason>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voided_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl WebhookCreditNote {
        pub fn builder() -> builder::WebhookCreditNote {
            Default::default()
        }
    }
    ///Body of a credit note delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCreditNotePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_note: ::std::option::Option<WebhookCreditNote>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
    }
    impl WebhookCreditNotePayload {
        pub fn builder() -> builder::WebhookCreditNotePayload {
            Default::default()
        }
    }
    ///Values of `CreditNoteReason` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCreditNoteReason {
        #[serde(rename = "DUPLICATE")]
        Duplicate,
        #[serde(rename = "FRAUDULENT")]
        Fraudulent,
        #[serde(rename = "ORDER_CHANGE")]
        OrderChange,
        #[serde(rename = "UNSATISFACTORY")]
        Unsatisfactory,
        #[serde(rename = "SERVICE_ISSUE")]
        ServiceIssue,
        #[serde(rename = "BILLING_ERROR")]
        BillingError,
        #[serde(rename = "SUBSCRIPTION_CANCELLATION")]
        SubscriptionCancellation,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `CreditNoteStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCreditNoteStatus {
        #[serde(rename = "DRAFT")]
        Draft,
        #[serde(rename = "FINALIZED")]
        Finalized,
        #[serde(rename = "VOIDED")]
        Voided,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `CreditNoteType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCreditNoteType {
        #[serde(rename = "ADJUSTMENT")]
        Adjustment,
        #[serde(rename = "REFUND")]
        Refund,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A customer as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCustomer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line2: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl WebhookCustomer {
        pub fn builder() -> builder::WebhookCustomer {
            Default::default()
        }
    }
    ///Body of a customer delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookCustomerPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<WebhookCustomer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
    }
    impl WebhookCustomerPayload {
        pub fn builder() -> builder::WebhookCustomerPayload {
            Default::default()
        }
    }
    ///An entitlement as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookEntitlement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity_type: ::std::option::Option<WebhookEntitlementEntityType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature_type: ::std::option::Option<WebhookFeatureType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_soft_limit: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_value: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage_reset_period: ::std::option::Option<
            WebhookEntitlementUsageResetPeriod,
        >,
    }
    impl WebhookEntitlement {
        pub fn builder() -> builder::WebhookEntitlement {
            Default::default()
        }
    }
    ///Values of `EntitlementEntityType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEntitlementEntityType {
        #[serde(rename = "PLAN")]
        Plan,
        #[serde(rename = "SUBSCRIPTION")]
        Subscription,
        #[serde(rename = "ADDON")]
        Addon,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of an entitlement delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookEntitlementPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entitlement: ::std::option::Option<WebhookEntitlement>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
    }
    impl WebhookEntitlementPayload {
        pub fn builder() -> builder::WebhookEntitlementPayload {
            Default::default()
        }
    }
    ///Values of `EntitlementUsageResetPeriod` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEntitlementUsageResetPeriod {
        #[serde(rename = "MONTHLY")]
        Monthly,
        #[serde(rename = "ANNUAL")]
        Annual,
        #[serde(rename = "WEEKLY")]
        Weekly,
        #[serde(rename = "DAILY")]
        Daily,
        #[serde(rename = "QUARTERLY")]
        Quarterly,
        #[serde(rename = "HALF_YEARLY")]
        HalfYearly,
        #[serde(rename = "NEVER")]
        Never,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The name of a webhook event.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEventName {
        #[serde(rename = "subscription.created")]
        SubscriptionCreated,
        #[serde(rename = "subscription.draft.created")]
        SubscriptionDraftCreated,
        #[serde(rename = "subscription.activated")]
        SubscriptionActivated,
        #[serde(rename = "subscription.updated")]
        SubscriptionUpdated,
        #[serde(rename = "subscription.paused")]
        SubscriptionPaused,
        #[serde(rename = "subscription.cancelled")]
        SubscriptionCancelled,
        #[serde(rename = "subscription.resumed")]
        SubscriptionResumed,
        #[serde(rename = "subscription.plan_changed")]
        SubscriptionPlanChanged,
        #[serde(rename = "subscription.phase.created")]
        SubscriptionPhaseCreated,
        #[serde(rename = "subscription.phase.updated")]
        SubscriptionPhaseUpdated,
        #[serde(rename = "subscription.phase.deleted")]
        SubscriptionPhaseDeleted,
        #[serde(rename = "feature.created")]
        FeatureCreated,
        #[serde(rename = "feature.updated")]
        FeatureUpdated,
        #[serde(rename = "feature.deleted")]
        FeatureDeleted,
        #[serde(rename = "feature.wallet_balance.alert")]
        FeatureWalletBalanceAlert,
        #[serde(rename = "entitlement.created")]
        EntitlementCreated,
        #[serde(rename = "entitlement.updated")]
        EntitlementUpdated,
        #[serde(rename = "entitlement.deleted")]
        EntitlementDeleted,
        #[serde(rename = "wallet.created")]
        WalletCreated,
        #[serde(rename = "wallet.updated")]
        WalletUpdated,
        #[serde(rename = "wallet.terminated")]
        WalletTerminated,
        #[serde(rename = "wallet.transaction.created")]
        WalletTransactionCreated,
        #[serde(rename = "wallet.transaction.updated")]
        WalletTransactionUpdated,
        #[serde(rename = "payment.created")]
        PaymentCreated,
        #[serde(rename = "payment.updated")]
        PaymentUpdated,
        #[serde(rename = "payment.failed")]
        PaymentFailed,
        #[serde(rename = "payment.success")]
        PaymentSuccess,
        #[serde(rename = "payment.pending")]
        PaymentPending,
        #[serde(rename = "customer.created")]
        CustomerCreated,
        #[serde(rename = "customer.updated")]
        CustomerUpdated,
        #[serde(rename = "customer.deleted")]
        CustomerDeleted,
        #[serde(rename = "invoice.update.finalized")]
        InvoiceUpdateFinalized,
        #[serde(rename = "invoice.update.payment")]
        InvoiceUpdatePayment,
        #[serde(rename = "invoice.update.voided")]
        InvoiceUpdateVoided,
        #[serde(rename = "invoice.update")]
        InvoiceUpdate,
        #[serde(rename = "invoice.payment.overdue")]
        InvoicePaymentOverdue,
        #[serde(rename = "wallet.credit_balance.dropped")]
        WalletCreditBalanceDropped,
        #[serde(rename = "wallet.credit_balance.recovered")]
        WalletCreditBalanceRecovered,
        #[serde(rename = "wallet.ongoing_balance.dropped")]
        WalletOngoingBalanceDropped,
        #[serde(rename = "wallet.ongoing_balance.recovered")]
        WalletOngoingBalanceRecovered,
        #[serde(rename = "wallet.ongoing_balance.updated")]
        WalletOngoingBalanceUpdated,
        #[serde(rename = "subscription.spend.threshold_reached")]
        SubscriptionSpendThresholdReached,
        #[serde(rename = "subscription.spend.threshold_recovered")]
        SubscriptionSpendThresholdRecovered,
        #[serde(rename = "subscription.line_item_spend.threshold_reached")]
        SubscriptionLineItemSpendThresholdReached,
        #[serde(rename = "subscription.line_item_spend.threshold_recovered")]
        SubscriptionLineItemSpendThresholdRecovered,
        #[serde(rename = "subscription.group_spend.threshold_reached")]
        SubscriptionGroupSpendThresholdReached,
        #[serde(rename = "subscription.group_spend.threshold_recovered")]
        SubscriptionGroupSpendThresholdRecovered,
        #[serde(rename = "entitlement.grant.exhausted")]
        EntitlementGrantExhausted,
        #[serde(rename = "subscription.renewal.due")]
        SubscriptionRenewalDue,
        #[serde(rename = "invoice.communication.triggered")]
        InvoiceCommunicationTriggered,
        #[serde(rename = "credit_note.created")]
        CreditNoteCreated,
        #[serde(rename = "credit_note.updated")]
        CreditNoteUpdated,
        #[serde(rename = "checkout.session.initiated")]
        CheckoutSessionInitiated,
        #[serde(rename = "checkout.session.completed")]
        CheckoutSessionCompleted,
        #[serde(rename = "checkout.session.failed")]
        CheckoutSessionFailed,
        #[serde(rename = "checkout.session.expired")]
        CheckoutSessionExpired,
        #[serde(rename = "event.rejected")]
        EventRejected,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A feature as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookFeature {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lookup_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<WebhookMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meter_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<WebhookFeatureType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_plural: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_singular: ::std::option::Option<::std::string::String>,
    }
    impl WebhookFeature {
        pub fn builder() -> builder::WebhookFeature {
            Default::default()
        }
    }
    ///Body of a feature delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookFeaturePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature: ::std::option::Option<WebhookFeature>,
    }
    impl WebhookFeaturePayload {
        pub fn builder() -> builder::WebhookFeaturePayload {
            Default::default()
        }
    }
    ///Values of `FeatureType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookFeatureType {
        #[serde(rename = "metered")]
        Metered,
        #[serde(rename = "boolean")]
        Boolean,
        #[serde(rename = "static")]
        Static,
        #[serde(rename = "config")]
        Config,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An invoice as webhooks carry it (line items only on finalized and voided).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookInvoice {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_due: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_paid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_remaining: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<WebhookCustomer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub due_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finalized_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_pdf_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_status: ::std::option::Option<WebhookInvoiceStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_type: ::std::option::Option<WebhookInvoiceType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line_items: ::std::option::Option<::std::vec::Vec<WebhookInvoiceLineItem>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<WebhookMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_status: ::std::option::Option<WebhookPaymentStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<WebhookSubscription>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtotal: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voided_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl WebhookInvoice {
        pub fn builder() -> builder::WebhookInvoice {
            Default::default()
        }
    }
    ///An invoice line item as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookInvoiceLineItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub plan_display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::std::string::String>,
    }
    impl WebhookInvoiceLineItem {
        pub fn builder() -> builder::WebhookInvoiceLineItem {
            Default::default()
        }
    }
    ///Body of an invoice delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookInvoicePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<WebhookInvoice>,
    }
    impl WebhookInvoicePayload {
        pub fn builder() -> builder::WebhookInvoicePayload {
            Default::default()
        }
    }
    ///Values of `InvoiceStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookInvoiceStatus {
        #[serde(rename = "DRAFT")]
        Draft,
        #[serde(rename = "FINALIZED")]
        Finalized,
        #[serde(rename = "VOIDED")]
        Voided,
        #[serde(rename = "SKIPPED")]
        Skipped,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `InvoiceType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookInvoiceType {
        #[serde(rename = "SUBSCRIPTION")]
        Subscription,
        #[serde(rename = "ONE_OFF")]
        OneOff,
        #[serde(rename = "CREDIT")]
        Credit,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Free-form string key/value pairs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct WebhookMetadata(
        pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    );
    impl ::std::ops::Deref for WebhookMetadata {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookMetadata>
    for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
        fn from(value: WebhookMetadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    > for WebhookMetadata {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::string::String,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///Values of `PauseStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPauseStatus {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "scheduled")]
        Scheduled,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "cancelled")]
        Cancelled,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A payment as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookPayment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_type: ::std::option::Option<WebhookPaymentDestinationType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_gateway: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_type: ::std::option::Option<WebhookPaymentMethodType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_status: ::std::option::Option<WebhookPaymentStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refunded_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub succeeded_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voided_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl WebhookPayment {
        pub fn builder() -> builder::WebhookPayment {
            Default::default()
        }
    }
    ///`WebhookPaymentAction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookPaymentAction {
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<WebhookPaymentActionType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl WebhookPaymentAction {
        pub fn builder() -> builder::WebhookPaymentAction {
            Default::default()
        }
    }
    ///Values of `PaymentActionType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPaymentActionType {
        #[serde(rename = "checkout_url")]
        CheckoutUrl,
        #[serde(rename = "payment_link")]
        PaymentLink,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `PaymentDestinationType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPaymentDestinationType {
        #[serde(rename = "INVOICE")]
        Invoice,
        #[serde(rename = "CUSTOMER")]
        Customer,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `PaymentMethodType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPaymentMethodType {
        #[serde(rename = "CARD")]
        Card,
        #[serde(rename = "ACH")]
        Ach,
        #[serde(rename = "OFFLINE")]
        Offline,
        #[serde(rename = "CREDITS")]
        Credits,
        #[serde(rename = "PAYMENT_LINK")]
        PaymentLink,
        #[serde(rename = "UPI")]
        Upi,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a payment delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookPaymentPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment: ::std::option::Option<WebhookPayment>,
    }
    impl WebhookPaymentPayload {
        pub fn builder() -> builder::WebhookPaymentPayload {
            Default::default()
        }
    }
    ///Values of `PaymentStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPaymentStatus {
        #[serde(rename = "INITIATED")]
        Initiated,
        #[serde(rename = "PENDING")]
        Pending,
        #[serde(rename = "PROCESSING")]
        Processing,
        #[serde(rename = "SUCCEEDED")]
        Succeeded,
        #[serde(rename = "OVERPAID")]
        Overpaid,
        #[serde(rename = "FAILED")]
        Failed,
        #[serde(rename = "REFUNDED")]
        Refunded,
        #[serde(rename = "PARTIALLY_REFUNDED")]
        PartiallyRefunded,
        #[serde(rename = "VOIDED")]
        Voided,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The usage event that was rejected.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookRejectedEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl WebhookRejectedEventData {
        pub fn builder() -> builder::WebhookRejectedEventData {
            Default::default()
        }
    }
    ///Body of a delivery reporting a usage event that was not ingested.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookRejectedEventPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<WebhookRejectedEventData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<WebhookRejectedEventReason>,
    }
    impl WebhookRejectedEventPayload {
        pub fn builder() -> builder::WebhookRejectedEventPayload {
            Default::default()
        }
    }
    ///Values of `RejectedEventReason` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookRejectedEventReason {
        #[serde(rename = "no_meter_for_event_name")]
        NoMeterForEventName,
        #[serde(rename = "no_matching_meter")]
        NoMatchingMeter,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a spend threshold delivery (subscription, line item or group).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSpendAlertPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_status: ::std::option::Option<WebhookAlertState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_type: ::std::option::Option<WebhookAlertType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_spend: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<WebhookSubscription>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_line_item_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub triggered_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl WebhookSpendAlertPayload {
        pub fn builder() -> builder::WebhookSpendAlertPayload {
            Default::default()
        }
    }
    ///A subscription as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSubscription {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_cadence: ::std::option::Option<WebhookBillingCadence>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_period: ::std::option::Option<WebhookBillingPeriod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_period_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancel_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancel_at_period_end: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancelled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_end: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<WebhookCustomer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lookup_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<WebhookMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_subscription_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pause_status: ::std::option::Option<WebhookPauseStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub plan_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_status: ::std::option::Option<WebhookSubscriptionStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_type: ::std::option::Option<WebhookSubscriptionType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl WebhookSubscription {
        pub fn builder() -> builder::WebhookSubscription {
            Default::default()
        }
    }
    ///Body of a subscription delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSubscriptionPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<WebhookSubscription>,
    }
    impl WebhookSubscriptionPayload {
        pub fn builder() -> builder::WebhookSubscriptionPayload {
            Default::default()
        }
    }
    ///A subscription phase as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSubscriptionPhase {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookSubscriptionPhase {
        pub fn builder() -> builder::WebhookSubscriptionPhase {
            Default::default()
        }
    }
    ///Body of a subscription phase delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSubscriptionPhasePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phase: ::std::option::Option<WebhookSubscriptionPhase>,
    }
    impl WebhookSubscriptionPhasePayload {
        pub fn builder() -> builder::WebhookSubscriptionPhasePayload {
            Default::default()
        }
    }
    ///Values of `SubscriptionStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookSubscriptionStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "cancelled")]
        Cancelled,
        #[serde(rename = "incomplete")]
        Incomplete,
        #[serde(rename = "trialing")]
        Trialing,
        #[serde(rename = "draft")]
        Draft,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `SubscriptionType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookSubscriptionType {
        #[serde(rename = "standalone")]
        Standalone,
        #[serde(rename = "delegated_invoicing")]
        DelegatedInvoicing,
        #[serde(rename = "parent")]
        Parent,
        #[serde(rename = "inherited")]
        Inherited,
        #[serde(rename = "grouped_invoicing")]
        GroupedInvoicing,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a new wallet transaction delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookTransactionPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction: ::std::option::Option<WebhookWalletTransaction>,
    }
    impl WebhookTransactionPayload {
        pub fn builder() -> builder::WebhookTransactionPayload {
            Default::default()
        }
    }
    ///Values of `TransactionReason` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookTransactionReason {
        #[serde(rename = "INVOICE_PAYMENT")]
        InvoicePayment,
        #[serde(rename = "FREE_CREDIT_GRANT")]
        FreeCreditGrant,
        #[serde(rename = "SUBSCRIPTION_CREDIT_GRANT")]
        SubscriptionCreditGrant,
        #[serde(rename = "PURCHASED_CREDIT_INVOICED")]
        PurchasedCreditInvoiced,
        #[serde(rename = "PURCHASED_CREDIT_DIRECT")]
        PurchasedCreditDirect,
        #[serde(rename = "CREDIT_NOTE")]
        CreditNote,
        #[serde(rename = "CREDIT_EXPIRED")]
        CreditExpired,
        #[serde(rename = "WALLET_TERMINATION")]
        WalletTermination,
        #[serde(rename = "MANUAL_BALANCE_DEBIT")]
        ManualBalanceDebit,
        #[serde(rename = "CREDIT_ADJUSTMENT")]
        CreditAdjustment,
        #[serde(rename = "INVOICE_VOID_REFUND")]
        InvoiceVoidRefund,
        #[serde(rename = "PURCHASED_CREDIT_BONUS")]
        PurchasedCreditBonus,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `TransactionStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookTransactionStatus {
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "failed")]
        Failed,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `TransactionType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookTransactionType {
        #[serde(rename = "credit")]
        Credit,
        #[serde(rename = "debit")]
        Debit,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Body of a wallet transaction update delivery.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookTransactionUpdatedPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_transaction: ::std::option::Option<WebhookWalletTransaction>,
    }
    impl WebhookTransactionUpdatedPayload {
        pub fn builder() -> builder::WebhookTransactionUpdatedPayload {
            Default::default()
        }
    }
    ///A wallet as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookWallet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversion_rate: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_balance: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet_status: ::std::option::Option<WebhookWalletStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet_type: ::std::option::Option<WebhookWalletType>,
    }
    impl WebhookWallet {
        pub fn builder() -> builder::WebhookWallet {
            Default::default()
        }
    }
    ///The alert state of a wallet.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookWalletAlertInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_settings: ::std::option::Option<WebhookAlertSettings>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_balance: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_balance: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl WebhookWalletAlertInfo {
        pub fn builder() -> builder::WebhookWalletAlertInfo {
            Default::default()
        }
    }
    ///Body of a wallet delivery, with the alert that caused it, if any.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookWalletPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alert: ::std::option::Option<WebhookWalletAlertInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<WebhookEventName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet: ::std::option::Option<WebhookWallet>,
    }
    impl WebhookWalletPayload {
        pub fn builder() -> builder::WebhookWalletPayload {
            Default::default()
        }
    }
    ///Values of `WalletStatus` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookWalletStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "frozen")]
        Frozen,
        #[serde(rename = "closed")]
        Closed,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A wallet transaction as webhooks carry it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookWalletTransaction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_balance_after: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_balance_before: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<WebhookMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_type: ::std::option::Option<WebhookWalletTxReferenceType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_reason: ::std::option::Option<WebhookTransactionReason>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_status: ::std::option::Option<WebhookTransactionStatus>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<WebhookTransactionType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookWalletTransaction {
        pub fn builder() -> builder::WebhookWalletTransaction {
            Default::default()
        }
    }
    ///Values of `WalletTxReferenceType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookWalletTxReferenceType {
        #[serde(rename = "PAYMENT")]
        Payment,
        #[serde(rename = "EXTERNAL")]
        External,
        #[serde(rename = "REQUEST")]
        Request,
        #[serde(rename = "INVOICE")]
        Invoice,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Values of `WalletType` (new values are kept as `Unknown`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookWalletType {
        #[serde(rename = "PRE_PAID")]
        PrePaid,
        #[serde(rename = "POST_PAID")]
        PostPaid,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CustomerResponse {
            address_city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            integrations: ::std::result::Result<
                ::std::vec::Vec<super::EntityIntegrationMapping>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            updated_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerResponse {
            fn default() -> Self {
                Self {
                    address_city: Ok(Default::default()),
                    address_country: Ok(Default::default()),
                    address_line1: Ok(Default::default()),
                    address_line2: Ok(Default::default()),
                    address_postal_code: Ok(Default::default()),
                    address_state: Ok(Default::default()),
                    contact: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    email: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    integrations: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tenant_id: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    updated_by: Ok(Default::default()),
                }
            }
        }
        impl CustomerResponse {
            pub fn address_city<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_city = Ok(value.into_option());
                self
            }
            pub fn address_country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_country = Ok(value.into_option());
                self
            }
            pub fn address_line1<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_line1 = Ok(value.into_option());
                self
            }
            pub fn address_line2<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_line2 = Ok(value.into_option());
                self
            }
            pub fn address_postal_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_postal_code = Ok(value.into_option());
                self
            }
            pub fn address_state<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_state = Ok(value.into_option());
                self
            }
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.contact = Ok(value.into_option());
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.created_by = Ok(value.into_option());
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.email = Ok(value.into_option());
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.environment_id = Ok(value.into_option());
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.external_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn integrations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::EntityIntegrationMapping>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.integrations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for integrations: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::Metadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::Status>,
            {
                self.status = Ok(value.into_option());
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.tenant_id = Ok(value.into_option());
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.timezone = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.updated_by = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerResponse> for super::CustomerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerResponse",
                    &[
                        value.address_city.as_ref().err(),
                        value.address_country.as_ref().err(),
                        value.address_line1.as_ref().err(),
                        value.address_line2.as_ref().err(),
                        value.address_postal_code.as_ref().err(),
                        value.address_state.as_ref().err(),
                        value.contact.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.created_by.as_ref().err(),
                        value.email.as_ref().err(),
                        value.environment_id.as_ref().err(),
                        value.external_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.integrations.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.name.as_ref().err(),
                        value.status.as_ref().err(),
                        value.tenant_id.as_ref().err(),
                        value.timezone.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.updated_by.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    address_city: value.address_city?,
                    address_country: value.address_country?,
                    address_line1: value.address_line1?,
                    address_line2: value.address_line2?,
                    address_postal_code: value.address_postal_code?,
                    address_state: value.address_state?,
                    contact: value.contact?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    email: value.email?,
                    environment_id: value.environment_id?,
                    external_id: value.external_id?,
                    id: value.id?,
                    integrations: value.integrations?,
                    metadata: value.metadata?,
                    name: value.name?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                    timezone: value.timezone?,
                    updated_at: value.updated_at?,
                    updated_by: value.updated_by?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityIntegrationMapping {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entity_type: ::std::result::Result<
                ::std::option::Option<super::IntegrationEntityType>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            provider_entity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            updated_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityIntegrationMapping {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    entity_id: Ok(Default::default()),
                    entity_type: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    provider_entity_id: Ok(Default::default()),
                    provider_type: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tenant_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    updated_by: Ok(Default::default()),
                }
            }
        }
        impl EntityIntegrationMapping {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.created_at = Ok(value.into_option());
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.created_by = Ok(value.into_option());
                self
            }
            pub fn entity_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.entity_id = Ok(value.into_option());
                self
            }
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::IntegrationEntityType>,
            {
                self.entity_type = Ok(value.into_option());
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.environment_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn provider_entity_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.provider_entity_id = Ok(value.into_option());
                self
            }
            pub fn provider_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.provider_type = Ok(value.into_option());
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::Status>,
            {
                self.status = Ok(value.into_option());
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.tenant_id = Ok(value.into_option());
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.updated_at = Ok(value.into_option());
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.updated_by = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<EntityIntegrationMapping>
        for super::EntityIntegrationMapping {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityIntegrationMapping,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "EntityIntegrationMapping",
                    &[
                        value.created_at.as_ref().err(),
                        value.created_by.as_ref().err(),
                        value.entity_id.as_ref().err(),
                        value.entity_type.as_ref().err(),
                        value.environment_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.provider_entity_id.as_ref().err(),
                        value.provider_type.as_ref().err(),
                        value.status.as_ref().err(),
                        value.tenant_id.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.updated_by.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    entity_id: value.entity_id?,
                    entity_type: value.entity_type?,
                    environment_id: value.environment_id?,
                    id: value.id?,
                    metadata: value.metadata?,
                    provider_entity_id: value.provider_entity_id?,
                    provider_type: value.provider_type?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                    updated_at: value.updated_at?,
                    updated_by: value.updated_by?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            internal_error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    internal_error: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn internal_error<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.internal_error = Ok(value.into_option());
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.message = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ErrorDetail",
                    &[value.internal_error.as_ref().err(), value.message.as_ref().err()],
                )?;
                Ok(Self {
                    internal_error: value.internal_error?,
                    message: value.message?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct FlatError {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            details: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            http_status_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FlatError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    details: Ok(Default::default()),
                    http_status_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl FlatError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn http_status_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.http_status_code = Ok(value.into_option());
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.message = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<FlatError> for super::FlatError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FlatError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "FlatError",
                    &[
                        value.code.as_ref().err(),
                        value.details.as_ref().err(),
                        value.http_status_code.as_ref().err(),
                        value.message.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    http_status_code: value.http_status_code?,
                    message: value.message?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct LegacyError {
            error: ::std::result::Result<super::ErrorDetail, ::std::string::String>,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LegacyError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl LegacyError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.success = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<LegacyError> for super::LegacyError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LegacyError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "LegacyError",
                    &[value.error.as_ref().err(), value.success.as_ref().err()],
                )?;
                Ok(Self {
                    error: value.error?,
                    success: value.success?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookAlertPayload {
            alert_status: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertState>,
                ::std::string::String,
            >,
            alert_type: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertType>,
                ::std::string::String,
            >,
            credit_balance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_balance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            feature_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            wallet_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAlertPayload {
            fn default() -> Self {
                Self {
                    alert_status: Ok(Default::default()),
                    alert_type: Ok(Default::default()),
                    credit_balance: Ok(Default::default()),
                    current_balance: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                    feature_id: Ok(Default::default()),
                    wallet_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookAlertPayload {
            pub fn alert_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertState>,
            {
                self.alert_status = Ok(value.into_option());
                self
            }
            pub fn alert_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertType>,
            {
                self.alert_type = Ok(value.into_option());
                self
            }
            pub fn credit_balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_balance = Ok(value.into_option());
                self
            }
            pub fn current_balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.current_balance = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn feature_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.feature_id = Ok(value.into_option());
                self
            }
            pub fn wallet_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.wallet_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAlertPayload>
        for super::WebhookAlertPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAlertPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookAlertPayload",
                    &[
                        value.alert_status.as_ref().err(),
                        value.alert_type.as_ref().err(),
                        value.credit_balance.as_ref().err(),
                        value.current_balance.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.event_type.as_ref().err(),
                        value.feature_id.as_ref().err(),
                        value.wallet_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alert_status: value.alert_status?,
                    alert_type: value.alert_type?,
                    credit_balance: value.credit_balance?,
                    current_balance: value.current_balance?,
                    customer_id: value.customer_id?,
                    event_type: value.event_type?,
                    feature_id: value.feature_id?,
                    wallet_id: value.wallet_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookAlertSettings {
            alert_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            critical: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertThreshold>,
                ::std::string::String,
            >,
            info: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertThreshold>,
                ::std::string::String,
            >,
            warning: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertThreshold>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAlertSettings {
            fn default() -> Self {
                Self {
                    alert_enabled: Ok(Default::default()),
                    critical: Ok(Default::default()),
                    info: Ok(Default::default()),
                    warning: Ok(Default::default()),
                }
            }
        }
        impl WebhookAlertSettings {
            pub fn alert_enabled<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.alert_enabled = Ok(value.into_option());
                self
            }
            pub fn critical<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertThreshold>,
            {
                self.critical = Ok(value.into_option());
                self
            }
            pub fn info<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertThreshold>,
            {
                self.info = Ok(value.into_option());
                self
            }
            pub fn warning<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertThreshold>,
            {
                self.warning = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAlertSettings>
        for super::WebhookAlertSettings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAlertSettings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookAlertSettings",
                    &[
                        value.alert_enabled.as_ref().err(),
                        value.critical.as_ref().err(),
                        value.info.as_ref().err(),
                        value.warning.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alert_enabled: value.alert_enabled?,
                    critical: value.critical?,
                    info: value.info?,
                    warning: value.warning?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookAlertThreshold {
            condition: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertCondition>,
                ::std::string::String,
            >,
            threshold: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAlertThreshold {
            fn default() -> Self {
                Self {
                    condition: Ok(Default::default()),
                    threshold: Ok(Default::default()),
                }
            }
        }
        impl WebhookAlertThreshold {
            pub fn condition<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertCondition>,
            {
                self.condition = Ok(value.into_option());
                self
            }
            pub fn threshold<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.threshold = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAlertThreshold>
        for super::WebhookAlertThreshold {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAlertThreshold,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookAlertThreshold",
                    &[value.condition.as_ref().err(), value.threshold.as_ref().err()],
                )?;
                Ok(Self {
                    condition: value.condition?,
                    threshold: value.threshold?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCheckoutSession {
            action: ::std::result::Result<
                ::std::option::Option<super::WebhookCheckoutAction>,
                ::std::string::String,
            >,
            cancelled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            checkout_invoice_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            checkout_payment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            checkout_status: ::std::result::Result<
                ::std::option::Option<super::WebhookCheckoutStatus>,
                ::std::string::String,
            >,
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            failure_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_action: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentAction>,
                ::std::string::String,
            >,
            payment_provider: ::std::result::Result<
                ::std::option::Option<super::WebhookCheckoutPaymentProvider>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCheckoutSession {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    cancelled_at: Ok(Default::default()),
                    checkout_invoice_id: Ok(Default::default()),
                    checkout_payment_id: Ok(Default::default()),
                    checkout_status: Ok(Default::default()),
                    completed_at: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    failure_reason: Ok(Default::default()),
                    id: Ok(Default::default()),
                    payment_action: Ok(Default::default()),
                    payment_provider: Ok(Default::default()),
                }
            }
        }
        impl WebhookCheckoutSession {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCheckoutAction>,
            {
                self.action = Ok(value.into_option());
                self
            }
            pub fn cancelled_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.cancelled_at = Ok(value.into_option());
                self
            }
            pub fn checkout_invoice_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.checkout_invoice_id = Ok(value.into_option());
                self
            }
            pub fn checkout_payment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.checkout_payment_id = Ok(value.into_option());
                self
            }
            pub fn checkout_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCheckoutStatus>,
            {
                self.checkout_status = Ok(value.into_option());
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.completed_at = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn failure_reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.failure_reason = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn payment_action<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentAction>,
            {
                self.payment_action = Ok(value.into_option());
                self
            }
            pub fn payment_provider<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCheckoutPaymentProvider>,
            {
                self.payment_provider = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCheckoutSession>
        for super::WebhookCheckoutSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCheckoutSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCheckoutSession",
                    &[
                        value.action.as_ref().err(),
                        value.cancelled_at.as_ref().err(),
                        value.checkout_invoice_id.as_ref().err(),
                        value.checkout_payment_id.as_ref().err(),
                        value.checkout_status.as_ref().err(),
                        value.completed_at.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.expires_at.as_ref().err(),
                        value.failure_reason.as_ref().err(),
                        value.id.as_ref().err(),
                        value.payment_action.as_ref().err(),
                        value.payment_provider.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    action: value.action?,
                    cancelled_at: value.cancelled_at?,
                    checkout_invoice_id: value.checkout_invoice_id?,
                    checkout_payment_id: value.checkout_payment_id?,
                    checkout_status: value.checkout_status?,
                    completed_at: value.completed_at?,
                    customer_id: value.customer_id?,
                    expires_at: value.expires_at?,
                    failure_reason: value.failure_reason?,
                    id: value.id?,
                    payment_action: value.payment_action?,
                    payment_provider: value.payment_provider?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCheckoutSessionPayload {
            checkout_session: ::std::result::Result<
                ::std::option::Option<super::WebhookCheckoutSession>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCheckoutSessionPayload {
            fn default() -> Self {
                Self {
                    checkout_session: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                }
            }
        }
        impl WebhookCheckoutSessionPayload {
            pub fn checkout_session<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCheckoutSession>,
            {
                self.checkout_session = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCheckoutSessionPayload>
        for super::WebhookCheckoutSessionPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCheckoutSessionPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCheckoutSessionPayload",
                    &[
                        value.checkout_session.as_ref().err(),
                        value.event_type.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    checkout_session: value.checkout_session?,
                    event_type: value.event_type?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCommunicationPayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            invoice: ::std::result::Result<
                ::std::option::Option<super::WebhookInvoice>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCommunicationPayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    invoice: Ok(Default::default()),
                }
            }
        }
        impl WebhookCommunicationPayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookInvoice>,
            {
                self.invoice = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCommunicationPayload>
        for super::WebhookCommunicationPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCommunicationPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCommunicationPayload",
                    &[value.event_type.as_ref().err(), value.invoice.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    invoice: value.invoice?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCreditNote {
            credit_note_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_note_status: ::std::result::Result<
                ::std::option::Option<super::WebhookCreditNoteStatus>,
                ::std::string::String,
            >,
            credit_note_type: ::std::result::Result<
                ::std::option::Option<super::WebhookCreditNoteType>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finalized_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::WebhookMetadata>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<super::WebhookCreditNoteReason>,
                ::std::string::String,
            >,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voided_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCreditNote {
            fn default() -> Self {
                Self {
                    credit_note_number: Ok(Default::default()),
                    credit_note_status: Ok(Default::default()),
                    credit_note_type: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    finalized_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    invoice_id: Ok(Default::default()),
                    memo: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    subscription_id: Ok(Default::default()),
                    total_amount: Ok(Default::default()),
                    voided_at: Ok(Default::default()),
                }
            }
        }
        impl WebhookCreditNote {
            pub fn credit_note_number<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_note_number = Ok(value.into_option());
                self
            }
            pub fn credit_note_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCreditNoteStatus>,
            {
                self.credit_note_status = Ok(value.into_option());
                self
            }
            pub fn credit_note_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCreditNoteType>,
            {
                self.credit_note_type = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn finalized_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.finalized_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.invoice_id = Ok(value.into_option());
                self
            }
            pub fn memo<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.memo = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookMetadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCreditNoteReason>,
            {
                self.reason = Ok(value.into_option());
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.subscription_id = Ok(value.into_option());
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.total_amount = Ok(value.into_option());
                self
            }
            pub fn voided_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.voided_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCreditNote> for super::WebhookCreditNote {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCreditNote,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCreditNote",
                    &[
                        value.credit_note_number.as_ref().err(),
                        value.credit_note_status.as_ref().err(),
                        value.credit_note_type.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.finalized_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.invoice_id.as_ref().err(),
                        value.memo.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.reason.as_ref().err(),
                        value.subscription_id.as_ref().err(),
                        value.total_amount.as_ref().err(),
                        value.voided_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    credit_note_number: value.credit_note_number?,
                    credit_note_status: value.credit_note_status?,
                    credit_note_type: value.credit_note_type?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    finalized_at: value.finalized_at?,
                    id: value.id?,
                    invoice_id: value.invoice_id?,
                    memo: value.memo?,
                    metadata: value.metadata?,
                    reason: value.reason?,
                    subscription_id: value.subscription_id?,
                    total_amount: value.total_amount?,
                    voided_at: value.voided_at?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCreditNotePayload {
            credit_note: ::std::result::Result<
                ::std::option::Option<super::WebhookCreditNote>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCreditNotePayload {
            fn default() -> Self {
                Self {
                    credit_note: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                }
            }
        }
        impl WebhookCreditNotePayload {
            pub fn credit_note<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCreditNote>,
            {
                self.credit_note = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCreditNotePayload>
        for super::WebhookCreditNotePayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCreditNotePayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCreditNotePayload",
                    &[value.credit_note.as_ref().err(), value.event_type.as_ref().err()],
                )?;
                Ok(Self {
                    credit_note: value.credit_note?,
                    event_type: value.event_type?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCustomer {
            address_city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCustomer {
            fn default() -> Self {
                Self {
                    address_city: Ok(Default::default()),
                    address_country: Ok(Default::default()),
                    address_line1: Ok(Default::default()),
                    address_line2: Ok(Default::default()),
                    address_postal_code: Ok(Default::default()),
                    address_state: Ok(Default::default()),
                    email: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl WebhookCustomer {
            pub fn address_city<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_city = Ok(value.into_option());
                self
            }
            pub fn address_country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_country = Ok(value.into_option());
                self
            }
            pub fn address_line1<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_line1 = Ok(value.into_option());
                self
            }
            pub fn address_line2<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_line2 = Ok(value.into_option());
                self
            }
            pub fn address_postal_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_postal_code = Ok(value.into_option());
                self
            }
            pub fn address_state<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.address_state = Ok(value.into_option());
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.email = Ok(value.into_option());
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.environment_id = Ok(value.into_option());
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.external_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.timezone = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCustomer> for super::WebhookCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCustomer",
                    &[
                        value.address_city.as_ref().err(),
                        value.address_country.as_ref().err(),
                        value.address_line1.as_ref().err(),
                        value.address_line2.as_ref().err(),
                        value.address_postal_code.as_ref().err(),
                        value.address_state.as_ref().err(),
                        value.email.as_ref().err(),
                        value.environment_id.as_ref().err(),
                        value.external_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.name.as_ref().err(),
                        value.timezone.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    address_city: value.address_city?,
                    address_country: value.address_country?,
                    address_line1: value.address_line1?,
                    address_line2: value.address_line2?,
                    address_postal_code: value.address_postal_code?,
                    address_state: value.address_state?,
                    email: value.email?,
                    environment_id: value.environment_id?,
                    external_id: value.external_id?,
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    timezone: value.timezone?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCustomerPayload {
            customer: ::std::result::Result<
                ::std::option::Option<super::WebhookCustomer>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCustomerPayload {
            fn default() -> Self {
                Self {
                    customer: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                }
            }
        }
        impl WebhookCustomerPayload {
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCustomer>,
            {
                self.customer = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCustomerPayload>
        for super::WebhookCustomerPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCustomerPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookCustomerPayload",
                    &[value.customer.as_ref().err(), value.event_type.as_ref().err()],
                )?;
                Ok(Self {
                    customer: value.customer?,
                    event_type: value.event_type?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookEntitlement {
            entity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entity_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEntitlementEntityType>,
                ::std::string::String,
            >,
            feature_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            feature_type: ::std::result::Result<
                ::std::option::Option<super::WebhookFeatureType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_soft_limit: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            static_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            usage_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            usage_reset_period: ::std::result::Result<
                ::std::option::Option<super::WebhookEntitlementUsageResetPeriod>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEntitlement {
            fn default() -> Self {
                Self {
                    entity_id: Ok(Default::default()),
                    entity_type: Ok(Default::default()),
                    feature_id: Ok(Default::default()),
                    feature_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_enabled: Ok(Default::default()),
                    is_soft_limit: Ok(Default::default()),
                    static_value: Ok(Default::default()),
                    usage_limit: Ok(Default::default()),
                    usage_reset_period: Ok(Default::default()),
                }
            }
        }
        impl WebhookEntitlement {
            pub fn entity_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.entity_id = Ok(value.into_option());
                self
            }
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEntitlementEntityType>,
            {
                self.entity_type = Ok(value.into_option());
                self
            }
            pub fn feature_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.feature_id = Ok(value.into_option());
                self
            }
            pub fn feature_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookFeatureType>,
            {
                self.feature_type = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn is_enabled<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_enabled = Ok(value.into_option());
                self
            }
            pub fn is_soft_limit<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_soft_limit = Ok(value.into_option());
                self
            }
            pub fn static_value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.static_value = Ok(value.into_option());
                self
            }
            pub fn usage_limit<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.usage_limit = Ok(value.into_option());
                self
            }
            pub fn usage_reset_period<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEntitlementUsageResetPeriod>,
            {
                self.usage_reset_period = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEntitlement> for super::WebhookEntitlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEntitlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookEntitlement",
                    &[
                        value.entity_id.as_ref().err(),
                        value.entity_type.as_ref().err(),
                        value.feature_id.as_ref().err(),
                        value.feature_type.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_enabled.as_ref().err(),
                        value.is_soft_limit.as_ref().err(),
                        value.static_value.as_ref().err(),
                        value.usage_limit.as_ref().err(),
                        value.usage_reset_period.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    entity_id: value.entity_id?,
                    entity_type: value.entity_type?,
                    feature_id: value.feature_id?,
                    feature_type: value.feature_type?,
                    id: value.id?,
                    is_enabled: value.is_enabled?,
                    is_soft_limit: value.is_soft_limit?,
                    static_value: value.static_value?,
                    usage_limit: value.usage_limit?,
                    usage_reset_period: value.usage_reset_period?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookEntitlementPayload {
            entitlement: ::std::result::Result<
                ::std::option::Option<super::WebhookEntitlement>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEntitlementPayload {
            fn default() -> Self {
                Self {
                    entitlement: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                }
            }
        }
        impl WebhookEntitlementPayload {
            pub fn entitlement<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEntitlement>,
            {
                self.entitlement = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEntitlementPayload>
        for super::WebhookEntitlementPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEntitlementPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookEntitlementPayload",
                    &[value.entitlement.as_ref().err(), value.event_type.as_ref().err()],
                )?;
                Ok(Self {
                    entitlement: value.entitlement?,
                    event_type: value.event_type?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookFeature {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lookup_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::WebhookMetadata>,
                ::std::string::String,
            >,
            meter_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::WebhookFeatureType>,
                ::std::string::String,
            >,
            unit_plural: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unit_singular: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookFeature {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    lookup_key: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    meter_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    unit_plural: Ok(Default::default()),
                    unit_singular: Ok(Default::default()),
                }
            }
        }
        impl WebhookFeature {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.group_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn lookup_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.lookup_key = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookMetadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn meter_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.meter_id = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookFeatureType>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn unit_plural<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.unit_plural = Ok(value.into_option());
                self
            }
            pub fn unit_singular<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.unit_singular = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookFeature> for super::WebhookFeature {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookFeature,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookFeature",
                    &[
                        value.description.as_ref().err(),
                        value.group_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.lookup_key.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.meter_id.as_ref().err(),
                        value.name.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.unit_plural.as_ref().err(),
                        value.unit_singular.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    description: value.description?,
                    group_id: value.group_id?,
                    id: value.id?,
                    lookup_key: value.lookup_key?,
                    metadata: value.metadata?,
                    meter_id: value.meter_id?,
                    name: value.name?,
                    type_: value.type_?,
                    unit_plural: value.unit_plural?,
                    unit_singular: value.unit_singular?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookFeaturePayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            feature: ::std::result::Result<
                ::std::option::Option<super::WebhookFeature>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookFeaturePayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    feature: Ok(Default::default()),
                }
            }
        }
        impl WebhookFeaturePayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn feature<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookFeature>,
            {
                self.feature = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookFeaturePayload>
        for super::WebhookFeaturePayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookFeaturePayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookFeaturePayload",
                    &[value.event_type.as_ref().err(), value.feature.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    feature: value.feature?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookInvoice {
            amount_due: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount_paid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount_remaining: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            billing_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::WebhookCustomer>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finalized_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_pdf_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_status: ::std::result::Result<
                ::std::option::Option<super::WebhookInvoiceStatus>,
                ::std::string::String,
            >,
            invoice_type: ::std::result::Result<
                ::std::option::Option<super::WebhookInvoiceType>,
                ::std::string::String,
            >,
            line_items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WebhookInvoiceLineItem>>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::WebhookMetadata>,
                ::std::string::String,
            >,
            paid_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payment_status: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentStatus>,
                ::std::string::String,
            >,
            period_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            period_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            subscription: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscription>,
                ::std::string::String,
            >,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtotal: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            voided_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookInvoice {
            fn default() -> Self {
                Self {
                    amount_due: Ok(Default::default()),
                    amount_paid: Ok(Default::default()),
                    amount_remaining: Ok(Default::default()),
                    billing_reason: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    due_date: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    finalized_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    invoice_number: Ok(Default::default()),
                    invoice_pdf_url: Ok(Default::default()),
                    invoice_status: Ok(Default::default()),
                    invoice_type: Ok(Default::default()),
                    line_items: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    paid_at: Ok(Default::default()),
                    payment_status: Ok(Default::default()),
                    period_end: Ok(Default::default()),
                    period_start: Ok(Default::default()),
                    subscription: Ok(Default::default()),
                    subscription_id: Ok(Default::default()),
                    subtotal: Ok(Default::default()),
                    total: Ok(Default::default()),
                    voided_at: Ok(Default::default()),
                }
            }
        }
        impl WebhookInvoice {
            pub fn amount_due<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount_due = Ok(value.into_option());
                self
            }
            pub fn amount_paid<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount_paid = Ok(value.into_option());
                self
            }
            pub fn amount_remaining<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount_remaining = Ok(value.into_option());
                self
            }
            pub fn billing_reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.billing_reason = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCustomer>,
            {
                self.customer = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.due_date = Ok(value.into_option());
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.environment_id = Ok(value.into_option());
                self
            }
            pub fn finalized_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.finalized_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.invoice_number = Ok(value.into_option());
                self
            }
            pub fn invoice_pdf_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.invoice_pdf_url = Ok(value.into_option());
                self
            }
            pub fn invoice_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookInvoiceStatus>,
            {
                self.invoice_status = Ok(value.into_option());
                self
            }
            pub fn invoice_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookInvoiceType>,
            {
                self.invoice_type = Ok(value.into_option());
                self
            }
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::vec::Vec<super::WebhookInvoiceLineItem>,
                >,
            {
                self.line_items = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookMetadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn paid_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.paid_at = Ok(value.into_option());
                self
            }
            pub fn payment_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentStatus>,
            {
                self.payment_status = Ok(value.into_option());
                self
            }
            pub fn period_end<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.period_end = Ok(value.into_option());
                self
            }
            pub fn period_start<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.period_start = Ok(value.into_option());
                self
            }
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscription>,
            {
                self.subscription = Ok(value.into_option());
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.subscription_id = Ok(value.into_option());
                self
            }
            pub fn subtotal<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.subtotal = Ok(value.into_option());
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.total = Ok(value.into_option());
                self
            }
            pub fn voided_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.voided_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookInvoice> for super::WebhookInvoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookInvoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookInvoice",
                    &[
                        value.amount_due.as_ref().err(),
                        value.amount_paid.as_ref().err(),
                        value.amount_remaining.as_ref().err(),
                        value.billing_reason.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.customer.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.due_date.as_ref().err(),
                        value.environment_id.as_ref().err(),
                        value.finalized_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.invoice_number.as_ref().err(),
                        value.invoice_pdf_url.as_ref().err(),
                        value.invoice_status.as_ref().err(),
                        value.invoice_type.as_ref().err(),
                        value.line_items.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.paid_at.as_ref().err(),
                        value.payment_status.as_ref().err(),
                        value.period_end.as_ref().err(),
                        value.period_start.as_ref().err(),
                        value.subscription.as_ref().err(),
                        value.subscription_id.as_ref().err(),
                        value.subtotal.as_ref().err(),
                        value.total.as_ref().err(),
                        value.voided_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    amount_due: value.amount_due?,
                    amount_paid: value.amount_paid?,
                    amount_remaining: value.amount_remaining?,
                    billing_reason: value.billing_reason?,
                    currency: value.currency?,
                    customer: value.customer?,
                    customer_id: value.customer_id?,
                    due_date: value.due_date?,
                    environment_id: value.environment_id?,
                    finalized_at: value.finalized_at?,
                    id: value.id?,
                    invoice_number: value.invoice_number?,
                    invoice_pdf_url: value.invoice_pdf_url?,
                    invoice_status: value.invoice_status?,
                    invoice_type: value.invoice_type?,
                    line_items: value.line_items?,
                    metadata: value.metadata?,
                    paid_at: value.paid_at?,
                    payment_status: value.payment_status?,
                    period_end: value.period_end?,
                    period_start: value.period_start?,
                    subscription: value.subscription?,
                    subscription_id: value.subscription_id?,
                    subtotal: value.subtotal?,
                    total: value.total?,
                    voided_at: value.voided_at?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookInvoiceLineItem {
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            period_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            period_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            plan_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookInvoiceLineItem {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    period_end: Ok(Default::default()),
                    period_start: Ok(Default::default()),
                    plan_display_name: Ok(Default::default()),
                    price_id: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                }
            }
        }
        impl WebhookInvoiceLineItem {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount = Ok(value.into_option());
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.display_name = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn period_end<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.period_end = Ok(value.into_option());
                self
            }
            pub fn period_start<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.period_start = Ok(value.into_option());
                self
            }
            pub fn plan_display_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.plan_display_name = Ok(value.into_option());
                self
            }
            pub fn price_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.price_id = Ok(value.into_option());
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.quantity = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookInvoiceLineItem>
        for super::WebhookInvoiceLineItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookInvoiceLineItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookInvoiceLineItem",
                    &[
                        value.amount.as_ref().err(),
                        value.display_name.as_ref().err(),
                        value.id.as_ref().err(),
                        value.period_end.as_ref().err(),
                        value.period_start.as_ref().err(),
                        value.plan_display_name.as_ref().err(),
                        value.price_id.as_ref().err(),
                        value.quantity.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    amount: value.amount?,
                    display_name: value.display_name?,
                    id: value.id?,
                    period_end: value.period_end?,
                    period_start: value.period_start?,
                    plan_display_name: value.plan_display_name?,
                    price_id: value.price_id?,
                    quantity: value.quantity?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookInvoicePayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            invoice: ::std::result::Result<
                ::std::option::Option<super::WebhookInvoice>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookInvoicePayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    invoice: Ok(Default::default()),
                }
            }
        }
        impl WebhookInvoicePayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookInvoice>,
            {
                self.invoice = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookInvoicePayload>
        for super::WebhookInvoicePayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookInvoicePayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookInvoicePayload",
                    &[value.event_type.as_ref().err(), value.invoice.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    invoice: value.invoice?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPayment {
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            destination_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            destination_type: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentDestinationType>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_gateway: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentMethodType>,
                ::std::string::String,
            >,
            payment_status: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentStatus>,
                ::std::string::String,
            >,
            refunded_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            succeeded_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            voided_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookPayment {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    destination_id: Ok(Default::default()),
                    destination_type: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    failed_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    invoice_number: Ok(Default::default()),
                    payment_gateway: Ok(Default::default()),
                    payment_method_type: Ok(Default::default()),
                    payment_status: Ok(Default::default()),
                    refunded_at: Ok(Default::default()),
                    succeeded_at: Ok(Default::default()),
                    voided_at: Ok(Default::default()),
                }
            }
        }
        impl WebhookPayment {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn destination_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.destination_id = Ok(value.into_option());
                self
            }
            pub fn destination_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentDestinationType>,
            {
                self.destination_type = Ok(value.into_option());
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.error_message = Ok(value.into_option());
                self
            }
            pub fn failed_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.failed_at = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.invoice_number = Ok(value.into_option());
                self
            }
            pub fn payment_gateway<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.payment_gateway = Ok(value.into_option());
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentMethodType>,
            {
                self.payment_method_type = Ok(value.into_option());
                self
            }
            pub fn payment_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentStatus>,
            {
                self.payment_status = Ok(value.into_option());
                self
            }
            pub fn refunded_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.refunded_at = Ok(value.into_option());
                self
            }
            pub fn succeeded_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.succeeded_at = Ok(value.into_option());
                self
            }
            pub fn voided_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.voided_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPayment> for super::WebhookPayment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPayment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookPayment",
                    &[
                        value.amount.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.destination_id.as_ref().err(),
                        value.destination_type.as_ref().err(),
                        value.error_message.as_ref().err(),
                        value.failed_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.invoice_number.as_ref().err(),
                        value.payment_gateway.as_ref().err(),
                        value.payment_method_type.as_ref().err(),
                        value.payment_status.as_ref().err(),
                        value.refunded_at.as_ref().err(),
                        value.succeeded_at.as_ref().err(),
                        value.voided_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    destination_id: value.destination_id?,
                    destination_type: value.destination_type?,
                    error_message: value.error_message?,
                    failed_at: value.failed_at?,
                    id: value.id?,
                    invoice_number: value.invoice_number?,
                    payment_gateway: value.payment_gateway?,
                    payment_method_type: value.payment_method_type?,
                    payment_status: value.payment_status?,
                    refunded_at: value.refunded_at?,
                    succeeded_at: value.succeeded_at?,
                    voided_at: value.voided_at?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPaymentAction {
            type_: ::std::result::Result<
                ::std::option::Option<super::WebhookPaymentActionType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookPaymentAction {
            fn default() -> Self {
                Self {
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl WebhookPaymentAction {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPaymentActionType>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.url = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPaymentAction>
        for super::WebhookPaymentAction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPaymentAction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookPaymentAction",
                    &[value.type_.as_ref().err(), value.url.as_ref().err()],
                )?;
                Ok(Self {
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPaymentPayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            payment: ::std::result::Result<
                ::std::option::Option<super::WebhookPayment>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookPaymentPayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    payment: Ok(Default::default()),
                }
            }
        }
        impl WebhookPaymentPayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn payment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPayment>,
            {
                self.payment = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPaymentPayload>
        for super::WebhookPaymentPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPaymentPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookPaymentPayload",
                    &[value.event_type.as_ref().err(), value.payment.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    payment: value.payment?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookRejectedEventData {
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            properties: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookRejectedEventData {
            fn default() -> Self {
                Self {
                    customer_id: Ok(Default::default()),
                    event_name: Ok(Default::default()),
                    external_customer_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    properties: Ok(Default::default()),
                    source: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl WebhookRejectedEventData {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn event_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.event_name = Ok(value.into_option());
                self
            }
            pub fn external_customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.external_customer_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.properties = Ok(value.into_option());
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.source = Ok(value.into_option());
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.timestamp = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookRejectedEventData>
        for super::WebhookRejectedEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookRejectedEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookRejectedEventData",
                    &[
                        value.customer_id.as_ref().err(),
                        value.event_name.as_ref().err(),
                        value.external_customer_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.properties.as_ref().err(),
                        value.source.as_ref().err(),
                        value.timestamp.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    customer_id: value.customer_id?,
                    event_name: value.event_name?,
                    external_customer_id: value.external_customer_id?,
                    id: value.id?,
                    properties: value.properties?,
                    source: value.source?,
                    timestamp: value.timestamp?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookRejectedEventPayload {
            event: ::std::result::Result<
                ::std::option::Option<super::WebhookRejectedEventData>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<super::WebhookRejectedEventReason>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookRejectedEventPayload {
            fn default() -> Self {
                Self {
                    event: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                    reason: Ok(Default::default()),
                }
            }
        }
        impl WebhookRejectedEventPayload {
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookRejectedEventData>,
            {
                self.event = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookRejectedEventReason>,
            {
                self.reason = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookRejectedEventPayload>
        for super::WebhookRejectedEventPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookRejectedEventPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookRejectedEventPayload",
                    &[
                        value.event.as_ref().err(),
                        value.event_type.as_ref().err(),
                        value.reason.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    event: value.event?,
                    event_type: value.event_type?,
                    reason: value.reason?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSpendAlertPayload {
            alert_status: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertState>,
                ::std::string::String,
            >,
            alert_type: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertType>,
                ::std::string::String,
            >,
            current_spend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subscription: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscription>,
                ::std::string::String,
            >,
            subscription_line_item_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            threshold: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            triggered_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSpendAlertPayload {
            fn default() -> Self {
                Self {
                    alert_status: Ok(Default::default()),
                    alert_type: Ok(Default::default()),
                    current_spend: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    subscription: Ok(Default::default()),
                    subscription_line_item_id: Ok(Default::default()),
                    threshold: Ok(Default::default()),
                    triggered_at: Ok(Default::default()),
                }
            }
        }
        impl WebhookSpendAlertPayload {
            pub fn alert_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertState>,
            {
                self.alert_status = Ok(value.into_option());
                self
            }
            pub fn alert_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertType>,
            {
                self.alert_type = Ok(value.into_option());
                self
            }
            pub fn current_spend<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.current_spend = Ok(value.into_option());
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.group_id = Ok(value.into_option());
                self
            }
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscription>,
            {
                self.subscription = Ok(value.into_option());
                self
            }
            pub fn subscription_line_item_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.subscription_line_item_id = Ok(value.into_option());
                self
            }
            pub fn threshold<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.threshold = Ok(value.into_option());
                self
            }
            pub fn triggered_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.triggered_at = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSpendAlertPayload>
        for super::WebhookSpendAlertPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSpendAlertPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSpendAlertPayload",
                    &[
                        value.alert_status.as_ref().err(),
                        value.alert_type.as_ref().err(),
                        value.current_spend.as_ref().err(),
                        value.group_id.as_ref().err(),
                        value.subscription.as_ref().err(),
                        value.subscription_line_item_id.as_ref().err(),
                        value.threshold.as_ref().err(),
                        value.triggered_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alert_status: value.alert_status?,
                    alert_type: value.alert_type?,
                    current_spend: value.current_spend?,
                    group_id: value.group_id?,
                    subscription: value.subscription?,
                    subscription_line_item_id: value.subscription_line_item_id?,
                    threshold: value.threshold?,
                    triggered_at: value.triggered_at?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSubscription {
            billing_cadence: ::std::result::Result<
                ::std::option::Option<super::WebhookBillingCadence>,
                ::std::string::String,
            >,
            billing_period: ::std::result::Result<
                ::std::option::Option<super::WebhookBillingPeriod>,
                ::std::string::String,
            >,
            billing_period_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cancel_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cancel_at_period_end: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            cancelled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_period_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            current_period_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::WebhookCustomer>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lookup_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::WebhookMetadata>,
                ::std::string::String,
            >,
            parent_subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pause_status: ::std::result::Result<
                ::std::option::Option<super::WebhookPauseStatus>,
                ::std::string::String,
            >,
            plan_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            subscription_status: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscriptionStatus>,
                ::std::string::String,
            >,
            subscription_type: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscriptionType>,
                ::std::string::String,
            >,
            trial_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            trial_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSubscription {
            fn default() -> Self {
                Self {
                    billing_cadence: Ok(Default::default()),
                    billing_period: Ok(Default::default()),
                    billing_period_count: Ok(Default::default()),
                    cancel_at: Ok(Default::default()),
                    cancel_at_period_end: Ok(Default::default()),
                    cancelled_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    current_period_end: Ok(Default::default()),
                    current_period_start: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    end_date: Ok(Default::default()),
                    id: Ok(Default::default()),
                    lookup_key: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    parent_subscription_id: Ok(Default::default()),
                    pause_status: Ok(Default::default()),
                    plan_id: Ok(Default::default()),
                    start_date: Ok(Default::default()),
                    subscription_status: Ok(Default::default()),
                    subscription_type: Ok(Default::default()),
                    trial_end: Ok(Default::default()),
                    trial_start: Ok(Default::default()),
                }
            }
        }
        impl WebhookSubscription {
            pub fn billing_cadence<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookBillingCadence>,
            {
                self.billing_cadence = Ok(value.into_option());
                self
            }
            pub fn billing_period<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookBillingPeriod>,
            {
                self.billing_period = Ok(value.into_option());
                self
            }
            pub fn billing_period_count<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.billing_period_count = Ok(value.into_option());
                self
            }
            pub fn cancel_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.cancel_at = Ok(value.into_option());
                self
            }
            pub fn cancel_at_period_end<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.cancel_at_period_end = Ok(value.into_option());
                self
            }
            pub fn cancelled_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.cancelled_at = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn current_period_end<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.current_period_end = Ok(value.into_option());
                self
            }
            pub fn current_period_start<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.current_period_start = Ok(value.into_option());
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCustomer>,
            {
                self.customer = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn end_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.end_date = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn lookup_key<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.lookup_key = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookMetadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn parent_subscription_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.parent_subscription_id = Ok(value.into_option());
                self
            }
            pub fn pause_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPauseStatus>,
            {
                self.pause_status = Ok(value.into_option());
                self
            }
            pub fn plan_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.plan_id = Ok(value.into_option());
                self
            }
            pub fn start_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.start_date = Ok(value.into_option());
                self
            }
            pub fn subscription_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscriptionStatus>,
            {
                self.subscription_status = Ok(value.into_option());
                self
            }
            pub fn subscription_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscriptionType>,
            {
                self.subscription_type = Ok(value.into_option());
                self
            }
            pub fn trial_end<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.trial_end = Ok(value.into_option());
                self
            }
            pub fn trial_start<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.trial_start = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSubscription>
        for super::WebhookSubscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSubscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSubscription",
                    &[
                        value.billing_cadence.as_ref().err(),
                        value.billing_period.as_ref().err(),
                        value.billing_period_count.as_ref().err(),
                        value.cancel_at.as_ref().err(),
                        value.cancel_at_period_end.as_ref().err(),
                        value.cancelled_at.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.current_period_end.as_ref().err(),
                        value.current_period_start.as_ref().err(),
                        value.customer.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.end_date.as_ref().err(),
                        value.id.as_ref().err(),
                        value.lookup_key.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.parent_subscription_id.as_ref().err(),
                        value.pause_status.as_ref().err(),
                        value.plan_id.as_ref().err(),
                        value.start_date.as_ref().err(),
                        value.subscription_status.as_ref().err(),
                        value.subscription_type.as_ref().err(),
                        value.trial_end.as_ref().err(),
                        value.trial_start.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    billing_cadence: value.billing_cadence?,
                    billing_period: value.billing_period?,
                    billing_period_count: value.billing_period_count?,
                    cancel_at: value.cancel_at?,
                    cancel_at_period_end: value.cancel_at_period_end?,
                    cancelled_at: value.cancelled_at?,
                    currency: value.currency?,
                    current_period_end: value.current_period_end?,
                    current_period_start: value.current_period_start?,
                    customer: value.customer?,
                    customer_id: value.customer_id?,
                    end_date: value.end_date?,
                    id: value.id?,
                    lookup_key: value.lookup_key?,
                    metadata: value.metadata?,
                    parent_subscription_id: value.parent_subscription_id?,
                    pause_status: value.pause_status?,
                    plan_id: value.plan_id?,
                    start_date: value.start_date?,
                    subscription_status: value.subscription_status?,
                    subscription_type: value.subscription_type?,
                    trial_end: value.trial_end?,
                    trial_start: value.trial_start?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSubscriptionPayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            subscription: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSubscriptionPayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    subscription: Ok(Default::default()),
                }
            }
        }
        impl WebhookSubscriptionPayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscription>,
            {
                self.subscription = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSubscriptionPayload>
        for super::WebhookSubscriptionPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSubscriptionPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSubscriptionPayload",
                    &[value.event_type.as_ref().err(), value.subscription.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    subscription: value.subscription?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSubscriptionPhase {
            end_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSubscriptionPhase {
            fn default() -> Self {
                Self {
                    end_date: Ok(Default::default()),
                    id: Ok(Default::default()),
                    start_date: Ok(Default::default()),
                    subscription_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookSubscriptionPhase {
            pub fn end_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.end_date = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn start_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.start_date = Ok(value.into_option());
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.subscription_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSubscriptionPhase>
        for super::WebhookSubscriptionPhase {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSubscriptionPhase,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSubscriptionPhase",
                    &[
                        value.end_date.as_ref().err(),
                        value.id.as_ref().err(),
                        value.start_date.as_ref().err(),
                        value.subscription_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    end_date: value.end_date?,
                    id: value.id?,
                    start_date: value.start_date?,
                    subscription_id: value.subscription_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSubscriptionPhasePayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            phase: ::std::result::Result<
                ::std::option::Option<super::WebhookSubscriptionPhase>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSubscriptionPhasePayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    phase: Ok(Default::default()),
                }
            }
        }
        impl WebhookSubscriptionPhasePayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn phase<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookSubscriptionPhase>,
            {
                self.phase = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSubscriptionPhasePayload>
        for super::WebhookSubscriptionPhasePayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSubscriptionPhasePayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSubscriptionPhasePayload",
                    &[value.event_type.as_ref().err(), value.phase.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    phase: value.phase?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookTransactionPayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            transaction: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletTransaction>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookTransactionPayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    transaction: Ok(Default::default()),
                }
            }
        }
        impl WebhookTransactionPayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn transaction<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletTransaction>,
            {
                self.transaction = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookTransactionPayload>
        for super::WebhookTransactionPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookTransactionPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookTransactionPayload",
                    &[value.event_type.as_ref().err(), value.transaction.as_ref().err()],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    transaction: value.transaction?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookTransactionUpdatedPayload {
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            updated_transaction: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletTransaction>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookTransactionUpdatedPayload {
            fn default() -> Self {
                Self {
                    event_type: Ok(Default::default()),
                    updated_transaction: Ok(Default::default()),
                }
            }
        }
        impl WebhookTransactionUpdatedPayload {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn updated_transaction<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletTransaction>,
            {
                self.updated_transaction = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookTransactionUpdatedPayload>
        for super::WebhookTransactionUpdatedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookTransactionUpdatedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookTransactionUpdatedPayload",
                    &[
                        value.event_type.as_ref().err(),
                        value.updated_transaction.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    event_type: value.event_type?,
                    updated_transaction: value.updated_transaction?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookWallet {
            balance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            conversion_rate: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_balance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            wallet_status: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletStatus>,
                ::std::string::String,
            >,
            wallet_type: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookWallet {
            fn default() -> Self {
                Self {
                    balance: Ok(Default::default()),
                    conversion_rate: Ok(Default::default()),
                    credit_balance: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    wallet_status: Ok(Default::default()),
                    wallet_type: Ok(Default::default()),
                }
            }
        }
        impl WebhookWallet {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.balance = Ok(value.into_option());
                self
            }
            pub fn conversion_rate<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.conversion_rate = Ok(value.into_option());
                self
            }
            pub fn credit_balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_balance = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn wallet_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletStatus>,
            {
                self.wallet_status = Ok(value.into_option());
                self
            }
            pub fn wallet_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletType>,
            {
                self.wallet_type = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookWallet> for super::WebhookWallet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookWallet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookWallet",
                    &[
                        value.balance.as_ref().err(),
                        value.conversion_rate.as_ref().err(),
                        value.credit_balance.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.id.as_ref().err(),
                        value.name.as_ref().err(),
                        value.wallet_status.as_ref().err(),
                        value.wallet_type.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    balance: value.balance?,
                    conversion_rate: value.conversion_rate?,
                    credit_balance: value.credit_balance?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    name: value.name?,
                    wallet_status: value.wallet_status?,
                    wallet_type: value.wallet_type?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookWalletAlertInfo {
            alert_settings: ::std::result::Result<
                ::std::option::Option<super::WebhookAlertSettings>,
                ::std::string::String,
            >,
            alert_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_balance: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            current_balance: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookWalletAlertInfo {
            fn default() -> Self {
                Self {
                    alert_settings: Ok(Default::default()),
                    alert_type: Ok(Default::default()),
                    credit_balance: Ok(Default::default()),
                    current_balance: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl WebhookWalletAlertInfo {
            pub fn alert_settings<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookAlertSettings>,
            {
                self.alert_settings = Ok(value.into_option());
                self
            }
            pub fn alert_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.alert_type = Ok(value.into_option());
                self
            }
            pub fn credit_balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.credit_balance = Ok(value.into_option());
                self
            }
            pub fn current_balance<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.current_balance = Ok(value.into_option());
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.state = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookWalletAlertInfo>
        for super::WebhookWalletAlertInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookWalletAlertInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookWalletAlertInfo",
                    &[
                        value.alert_settings.as_ref().err(),
                        value.alert_type.as_ref().err(),
                        value.credit_balance.as_ref().err(),
                        value.current_balance.as_ref().err(),
                        value.state.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alert_settings: value.alert_settings?,
                    alert_type: value.alert_type?,
                    credit_balance: value.credit_balance?,
                    current_balance: value.current_balance?,
                    state: value.state?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookWalletPayload {
            alert: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletAlertInfo>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<super::WebhookEventName>,
                ::std::string::String,
            >,
            wallet: ::std::result::Result<
                ::std::option::Option<super::WebhookWallet>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookWalletPayload {
            fn default() -> Self {
                Self {
                    alert: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                    wallet: Ok(Default::default()),
                }
            }
        }
        impl WebhookWalletPayload {
            pub fn alert<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletAlertInfo>,
            {
                self.alert = Ok(value.into_option());
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEventName>,
            {
                self.event_type = Ok(value.into_option());
                self
            }
            pub fn wallet<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWallet>,
            {
                self.wallet = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookWalletPayload>
        for super::WebhookWalletPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookWalletPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookWalletPayload",
                    &[
                        value.alert.as_ref().err(),
                        value.event_type.as_ref().err(),
                        value.wallet.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    alert: value.alert?,
                    event_type: value.event_type?,
                    wallet: value.wallet?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookWalletTransaction {
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_balance_after: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credit_balance_before: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::WebhookMetadata>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_type: ::std::result::Result<
                ::std::option::Option<super::WebhookWalletTxReferenceType>,
                ::std::string::String,
            >,
            transaction_reason: ::std::result::Result<
                ::std::option::Option<super::WebhookTransactionReason>,
                ::std::string::String,
            >,
            transaction_status: ::std::result::Result<
                ::std::option::Option<super::WebhookTransactionStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::WebhookTransactionType>,
                ::std::string::String,
            >,
            wallet_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookWalletTransaction {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    credit_amount: Ok(Default::default()),
                    credit_balance_after: Ok(Default::default()),
                    credit_balance_before: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    id: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    reference_type: Ok(Default::default()),
                    transaction_reason: Ok(Default::default()),
                    transaction_status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    wallet_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookWalletTransaction {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.amount = Ok(value.into_option());
                self
            }
            pub fn credit_amount<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_amount = Ok(value.into_option());
                self
            }
            pub fn credit_balance_after<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_balance_after = Ok(value.into_option());
                self
            }
            pub fn credit_balance_before<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.credit_balance_before = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.customer_id = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.expiry_date = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.id = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookMetadata>,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.reference_id = Ok(value.into_option());
                self
            }
            pub fn reference_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookWalletTxReferenceType>,
            {
                self.reference_type = Ok(value.into_option());
                self
            }
            pub fn transaction_reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookTransactionReason>,
            {
                self.transaction_reason = Ok(value.into_option());
                self
            }
            pub fn transaction_status<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookTransactionStatus>,
            {
                self.transaction_status = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookTransactionType>,
            {
                self.type_ = Ok(value.into_option());
                self
            }
            pub fn wallet_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.wallet_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookWalletTransaction>
        for super::WebhookWalletTransaction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookWalletTransaction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookWalletTransaction",
                    &[
                        value.amount.as_ref().err(),
                        value.credit_amount.as_ref().err(),
                        value.credit_balance_after.as_ref().err(),
                        value.credit_balance_before.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.description.as_ref().err(),
                        value.expiry_date.as_ref().err(),
                        value.id.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.reference_id.as_ref().err(),
                        value.reference_type.as_ref().err(),
                        value.transaction_reason.as_ref().err(),
                        value.transaction_status.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.wallet_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    amount: value.amount?,
                    credit_amount: value.credit_amount?,
                    credit_balance_after: value.credit_balance_after?,
                    credit_balance_before: value.credit_balance_before?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    description: value.description?,
                    expiry_date: value.expiry_date?,
                    id: value.id?,
                    metadata: value.metadata?,
                    reference_id: value.reference_id?,
                    reference_type: value.reference_type?,
                    transaction_reason: value.transaction_reason?,
                    transaction_status: value.transaction_status?,
                    type_: value.type_?,
                    wallet_id: value.wallet_id?,
                })
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl ErrorCode {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::HttpClientError => "http_client_error",
                Self::SystemError => "system_error",
                Self::InternalError => "internal_error",
                Self::NotFound => "not_found",
                Self::AlreadyExists => "already_exists",
                Self::VersionConflict => "version_conflict",
                Self::ValidationError => "validation_error",
                Self::InvalidOperation => "invalid_operation",
                Self::PermissionDenied => "permission_denied",
                Self::DatabaseError => "database_error",
                Self::ServiceUnavailable => "service_unavailable",
                Self::TooManyRequests => "too_many_requests",
                Self::NotImplemented => "not_implemented",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "http_client_error" => Self::HttpClientError,
                "system_error" => Self::SystemError,
                "internal_error" => Self::InternalError,
                "not_found" => Self::NotFound,
                "already_exists" => Self::AlreadyExists,
                "version_conflict" => Self::VersionConflict,
                "validation_error" => Self::ValidationError,
                "invalid_operation" => Self::InvalidOperation,
                "permission_denied" => Self::PermissionDenied,
                "database_error" => Self::DatabaseError,
                "service_unavailable" => Self::ServiceUnavailable,
                "too_many_requests" => Self::TooManyRequests,
                "not_implemented" => Self::NotImplemented,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorCode, self::error::ConversionError);
    impl IntegrationEntityType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Customer => "customer",
                Self::Plan => "plan",
                Self::Invoice => "invoice",
                Self::Subscription => "subscription",
                Self::Payment => "payment",
                Self::CreditNote => "credit_note",
                Self::Addon => "addon",
                Self::Item => "item",
                Self::ItemPrice => "item_price",
                Self::Price => "price",
                Self::InvoiceLineItem => "invoice_line_item",
                Self::SubscriptionLineItem => "subscription_line_item",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for IntegrationEntityType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer" => Self::Customer,
                "plan" => Self::Plan,
                "invoice" => Self::Invoice,
                "subscription" => Self::Subscription,
                "payment" => Self::Payment,
                "credit_note" => Self::CreditNote,
                "addon" => Self::Addon,
                "item" => Self::Item,
                "item_price" => Self::ItemPrice,
                "price" => Self::Price,
                "invoice_line_item" => Self::InvoiceLineItem,
                "subscription_line_item" => Self::SubscriptionLineItem,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(IntegrationEntityType, self::error::ConversionError);
    impl Status {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Published => "published",
                Self::Deleted => "deleted",
                Self::Archived => "archived",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for Status {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "published" => Self::Published,
                "deleted" => Self::Deleted,
                "archived" => Self::Archived,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(Status, self::error::ConversionError);
    impl WebhookAlertCondition {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Above => "above",
                Self::Below => "below",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookAlertCondition {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "above" => Self::Above,
                "below" => Self::Below,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookAlertCondition, self::error::ConversionError);
    impl WebhookAlertState {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ok => "ok",
                Self::Info => "info",
                Self::Warning => "warning",
                Self::InAlarm => "in_alarm",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookAlertState {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "ok" => Self::Ok,
                "info" => Self::Info,
                "warning" => Self::Warning,
                "in_alarm" => Self::InAlarm,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookAlertState, self::error::ConversionError);
    impl WebhookAlertType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::LowOngoingBalance => "low_ongoing_balance",
                Self::LowCreditBalance => "low_credit_balance",
                Self::FeatureWalletBalance => "feature_wallet_balance",
                Self::SubscriptionSpend => "subscription_spend",
                Self::SubscriptionLineItemSpend => "subscription_line_item_spend",
                Self::SubscriptionGroupSpend => "subscription_group_spend",
                Self::EntitlementGrantThreshold => "entitlement_grant_threshold",
                Self::EntitlementGrantExhausted => "entitlement_grant_exhausted",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookAlertType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "low_ongoing_balance" => Self::LowOngoingBalance,
                "low_credit_balance" => Self::LowCreditBalance,
                "feature_wallet_balance" => Self::FeatureWalletBalance,
                "subscription_spend" => Self::SubscriptionSpend,
                "subscription_line_item_spend" => Self::SubscriptionLineItemSpend,
                "subscription_group_spend" => Self::SubscriptionGroupSpend,
                "entitlement_grant_threshold" => Self::EntitlementGrantThreshold,
                "entitlement_grant_exhausted" => Self::EntitlementGrantExhausted,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookAlertType, self::error::ConversionError);
    impl WebhookBillingCadence {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Recurring => "RECURRING",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookBillingCadence {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "RECURRING" => Self::Recurring,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookBillingCadence, self::error::ConversionError);
    impl WebhookBillingPeriod {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Monthly => "MONTHLY",
                Self::Annual => "ANNUAL",
                Self::Weekly => "WEEKLY",
                Self::Daily => "DAILY",
                Self::Quarterly => "QUARTERLY",
                Self::HalfYearly => "HALF_YEARLY",
                Self::Onetime => "ONETIME",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookBillingPeriod {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "MONTHLY" => Self::Monthly,
                "ANNUAL" => Self::Annual,
                "WEEKLY" => Self::Weekly,
                "DAILY" => Self::Daily,
                "QUARTERLY" => Self::Quarterly,
                "HALF_YEARLY" => Self::HalfYearly,
                "ONETIME" => Self::Onetime,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookBillingPeriod, self::error::ConversionError);
    impl WebhookCheckoutAction {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CreateSubscription => "create_subscription",
                Self::ModifySubscription => "modify_subscription",
                Self::WalletTopup => "wallet_topup",
                Self::AddAddon => "add_addon",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCheckoutAction {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "create_subscription" => Self::CreateSubscription,
                "modify_subscription" => Self::ModifySubscription,
                "wallet_topup" => Self::WalletTopup,
                "add_addon" => Self::AddAddon,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCheckoutAction, self::error::ConversionError);
    impl WebhookCheckoutPaymentProvider {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Razorpay => "razorpay",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCheckoutPaymentProvider {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "razorpay" => Self::Razorpay,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookCheckoutPaymentProvider, self::error::ConversionError
    );
    impl WebhookCheckoutStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Initiated => "initiated",
                Self::Pending => "pending",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Expired => "expired",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCheckoutStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "initiated" => Self::Initiated,
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "expired" => Self::Expired,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCheckoutStatus, self::error::ConversionError);
    impl WebhookCreditNoteReason {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Duplicate => "DUPLICATE",
                Self::Fraudulent => "FRAUDULENT",
                Self::OrderChange => "ORDER_CHANGE",
                Self::Unsatisfactory => "UNSATISFACTORY",
                Self::ServiceIssue => "SERVICE_ISSUE",
                Self::BillingError => "BILLING_ERROR",
                Self::SubscriptionCancellation => "SUBSCRIPTION_CANCELLATION",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCreditNoteReason {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "DUPLICATE" => Self::Duplicate,
                "FRAUDULENT" => Self::Fraudulent,
                "ORDER_CHANGE" => Self::OrderChange,
                "UNSATISFACTORY" => Self::Unsatisfactory,
                "SERVICE_ISSUE" => Self::ServiceIssue,
                "BILLING_ERROR" => Self::BillingError,
                "SUBSCRIPTION_CANCELLATION" => Self::SubscriptionCancellation,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCreditNoteReason, self::error::ConversionError);
    impl WebhookCreditNoteStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "DRAFT",
                Self::Finalized => "FINALIZED",
                Self::Voided => "VOIDED",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCreditNoteStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "DRAFT" => Self::Draft,
                "FINALIZED" => Self::Finalized,
                "VOIDED" => Self::Voided,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCreditNoteStatus, self::error::ConversionError);
    impl WebhookCreditNoteType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Adjustment => "ADJUSTMENT",
                Self::Refund => "REFUND",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCreditNoteType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "ADJUSTMENT" => Self::Adjustment,
                "REFUND" => Self::Refund,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCreditNoteType, self::error::ConversionError);
    impl WebhookEntitlementEntityType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Plan => "PLAN",
                Self::Subscription => "SUBSCRIPTION",
                Self::Addon => "ADDON",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookEntitlementEntityType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "PLAN" => Self::Plan,
                "SUBSCRIPTION" => Self::Subscription,
                "ADDON" => Self::Addon,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookEntitlementEntityType, self::error::ConversionError
    );
    impl WebhookEntitlementUsageResetPeriod {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Monthly => "MONTHLY",
                Self::Annual => "ANNUAL",
                Self::Weekly => "WEEKLY",
                Self::Daily => "DAILY",
                Self::Quarterly => "QUARTERLY",
                Self::HalfYearly => "HALF_YEARLY",
                Self::Never => "NEVER",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookEntitlementUsageResetPeriod {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "MONTHLY" => Self::Monthly,
                "ANNUAL" => Self::Annual,
                "WEEKLY" => Self::Weekly,
                "DAILY" => Self::Daily,
                "QUARTERLY" => Self::Quarterly,
                "HALF_YEARLY" => Self::HalfYearly,
                "NEVER" => Self::Never,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookEntitlementUsageResetPeriod, self::error::ConversionError
    );
    impl WebhookEventName {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::SubscriptionCreated => "subscription.created",
                Self::SubscriptionDraftCreated => "subscription.draft.created",
                Self::SubscriptionActivated => "subscription.activated",
                Self::SubscriptionUpdated => "subscription.updated",
                Self::SubscriptionPaused => "subscription.paused",
                Self::SubscriptionCancelled => "subscription.cancelled",
                Self::SubscriptionResumed => "subscription.resumed",
                Self::SubscriptionPlanChanged => "subscription.plan_changed",
                Self::SubscriptionPhaseCreated => "subscription.phase.created",
                Self::SubscriptionPhaseUpdated => "subscription.phase.updated",
                Self::SubscriptionPhaseDeleted => "subscription.phase.deleted",
                Self::FeatureCreated => "feature.created",
                Self::FeatureUpdated => "feature.updated",
                Self::FeatureDeleted => "feature.deleted",
                Self::FeatureWalletBalanceAlert => "feature.wallet_balance.alert",
                Self::EntitlementCreated => "entitlement.created",
                Self::EntitlementUpdated => "entitlement.updated",
                Self::EntitlementDeleted => "entitlement.deleted",
                Self::WalletCreated => "wallet.created",
                Self::WalletUpdated => "wallet.updated",
                Self::WalletTerminated => "wallet.terminated",
                Self::WalletTransactionCreated => "wallet.transaction.created",
                Self::WalletTransactionUpdated => "wallet.transaction.updated",
                Self::PaymentCreated => "payment.created",
                Self::PaymentUpdated => "payment.updated",
                Self::PaymentFailed => "payment.failed",
                Self::PaymentSuccess => "payment.success",
                Self::PaymentPending => "payment.pending",
                Self::CustomerCreated => "customer.created",
                Self::CustomerUpdated => "customer.updated",
                Self::CustomerDeleted => "customer.deleted",
                Self::InvoiceUpdateFinalized => "invoice.update.finalized",
                Self::InvoiceUpdatePayment => "invoice.update.payment",
                Self::InvoiceUpdateVoided => "invoice.update.voided",
                Self::InvoiceUpdate => "invoice.update",
                Self::InvoicePaymentOverdue => "invoice.payment.overdue",
                Self::WalletCreditBalanceDropped => "wallet.credit_balance.dropped",
                Self::WalletCreditBalanceRecovered => "wallet.credit_balance.recovered",
                Self::WalletOngoingBalanceDropped => "wallet.ongoing_balance.dropped",
                Self::WalletOngoingBalanceRecovered => "wallet.ongoing_balance.recovered",
                Self::WalletOngoingBalanceUpdated => "wallet.ongoing_balance.updated",
                Self::SubscriptionSpendThresholdReached => {
                    "subscription.spend.threshold_reached"
                }
                Self::SubscriptionSpendThresholdRecovered => {
                    "subscription.spend.threshold_recovered"
                }
                Self::SubscriptionLineItemSpendThresholdReached => {
                    "subscription.line_item_spend.threshold_reached"
                }
                Self::SubscriptionLineItemSpendThresholdRecovered => {
                    "subscription.line_item_spend.threshold_recovered"
                }
                Self::SubscriptionGroupSpendThresholdReached => {
                    "subscription.group_spend.threshold_reached"
                }
                Self::SubscriptionGroupSpendThresholdRecovered => {
                    "subscription.group_spend.threshold_recovered"
                }
                Self::EntitlementGrantExhausted => "entitlement.grant.exhausted",
                Self::SubscriptionRenewalDue => "subscription.renewal.due",
                Self::InvoiceCommunicationTriggered => "invoice.communication.triggered",
                Self::CreditNoteCreated => "credit_note.created",
                Self::CreditNoteUpdated => "credit_note.updated",
                Self::CheckoutSessionInitiated => "checkout.session.initiated",
                Self::CheckoutSessionCompleted => "checkout.session.completed",
                Self::CheckoutSessionFailed => "checkout.session.failed",
                Self::CheckoutSessionExpired => "checkout.session.expired",
                Self::EventRejected => "event.rejected",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookEventName {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "subscription.created" => Self::SubscriptionCreated,
                "subscription.draft.created" => Self::SubscriptionDraftCreated,
                "subscription.activated" => Self::SubscriptionActivated,
                "subscription.updated" => Self::SubscriptionUpdated,
                "subscription.paused" => Self::SubscriptionPaused,
                "subscription.cancelled" => Self::SubscriptionCancelled,
                "subscription.resumed" => Self::SubscriptionResumed,
                "subscription.plan_changed" => Self::SubscriptionPlanChanged,
                "subscription.phase.created" => Self::SubscriptionPhaseCreated,
                "subscription.phase.updated" => Self::SubscriptionPhaseUpdated,
                "subscription.phase.deleted" => Self::SubscriptionPhaseDeleted,
                "feature.created" => Self::FeatureCreated,
                "feature.updated" => Self::FeatureUpdated,
                "feature.deleted" => Self::FeatureDeleted,
                "feature.wallet_balance.alert" => Self::FeatureWalletBalanceAlert,
                "entitlement.created" => Self::EntitlementCreated,
                "entitlement.updated" => Self::EntitlementUpdated,
                "entitlement.deleted" => Self::EntitlementDeleted,
                "wallet.created" => Self::WalletCreated,
                "wallet.updated" => Self::WalletUpdated,
                "wallet.terminated" => Self::WalletTerminated,
                "wallet.transaction.created" => Self::WalletTransactionCreated,
                "wallet.transaction.updated" => Self::WalletTransactionUpdated,
                "payment.created" => Self::PaymentCreated,
                "payment.updated" => Self::PaymentUpdated,
                "payment.failed" => Self::PaymentFailed,
                "payment.success" => Self::PaymentSuccess,
                "payment.pending" => Self::PaymentPending,
                "customer.created" => Self::CustomerCreated,
                "customer.updated" => Self::CustomerUpdated,
                "customer.deleted" => Self::CustomerDeleted,
                "invoice.update.finalized" => Self::InvoiceUpdateFinalized,
                "invoice.update.payment" => Self::InvoiceUpdatePayment,
                "invoice.update.voided" => Self::InvoiceUpdateVoided,
                "invoice.update" => Self::InvoiceUpdate,
                "invoice.payment.overdue" => Self::InvoicePaymentOverdue,
                "wallet.credit_balance.dropped" => Self::WalletCreditBalanceDropped,
                "wallet.credit_balance.recovered" => Self::WalletCreditBalanceRecovered,
                "wallet.ongoing_balance.dropped" => Self::WalletOngoingBalanceDropped,
                "wallet.ongoing_balance.recovered" => Self::WalletOngoingBalanceRecovered,
                "wallet.ongoing_balance.updated" => Self::WalletOngoingBalanceUpdated,
                "subscription.spend.threshold_reached" => {
                    Self::SubscriptionSpendThresholdReached
                }
                "subscription.spend.threshold_recovered" => {
                    Self::SubscriptionSpendThresholdRecovered
                }
                "subscription.line_item_spend.threshold_reached" => {
                    Self::SubscriptionLineItemSpendThresholdReached
                }
                "subscription.line_item_spend.threshold_recovered" => {
                    Self::SubscriptionLineItemSpendThresholdRecovered
                }
                "subscription.group_spend.threshold_reached" => {
                    Self::SubscriptionGroupSpendThresholdReached
                }
                "subscription.group_spend.threshold_recovered" => {
                    Self::SubscriptionGroupSpendThresholdRecovered
                }
                "entitlement.grant.exhausted" => Self::EntitlementGrantExhausted,
                "subscription.renewal.due" => Self::SubscriptionRenewalDue,
                "invoice.communication.triggered" => Self::InvoiceCommunicationTriggered,
                "credit_note.created" => Self::CreditNoteCreated,
                "credit_note.updated" => Self::CreditNoteUpdated,
                "checkout.session.initiated" => Self::CheckoutSessionInitiated,
                "checkout.session.completed" => Self::CheckoutSessionCompleted,
                "checkout.session.failed" => Self::CheckoutSessionFailed,
                "checkout.session.expired" => Self::CheckoutSessionExpired,
                "event.rejected" => Self::EventRejected,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookEventName, self::error::ConversionError);
    impl WebhookFeatureType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Metered => "metered",
                Self::Boolean => "boolean",
                Self::Static => "static",
                Self::Config => "config",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookFeatureType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "metered" => Self::Metered,
                "boolean" => Self::Boolean,
                "static" => Self::Static,
                "config" => Self::Config,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookFeatureType, self::error::ConversionError);
    impl WebhookInvoiceStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "DRAFT",
                Self::Finalized => "FINALIZED",
                Self::Voided => "VOIDED",
                Self::Skipped => "SKIPPED",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookInvoiceStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "DRAFT" => Self::Draft,
                "FINALIZED" => Self::Finalized,
                "VOIDED" => Self::Voided,
                "SKIPPED" => Self::Skipped,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookInvoiceStatus, self::error::ConversionError);
    impl WebhookInvoiceType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Subscription => "SUBSCRIPTION",
                Self::OneOff => "ONE_OFF",
                Self::Credit => "CREDIT",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookInvoiceType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "SUBSCRIPTION" => Self::Subscription,
                "ONE_OFF" => Self::OneOff,
                "CREDIT" => Self::Credit,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookInvoiceType, self::error::ConversionError);
    impl WebhookPauseStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::None => "none",
                Self::Active => "active",
                Self::Scheduled => "scheduled",
                Self::Completed => "completed",
                Self::Cancelled => "cancelled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPauseStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "none" => Self::None,
                "active" => Self::Active,
                "scheduled" => Self::Scheduled,
                "completed" => Self::Completed,
                "cancelled" => Self::Cancelled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookPauseStatus, self::error::ConversionError);
    impl WebhookPaymentActionType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CheckoutUrl => "checkout_url",
                Self::PaymentLink => "payment_link",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPaymentActionType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "checkout_url" => Self::CheckoutUrl,
                "payment_link" => Self::PaymentLink,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookPaymentActionType, self::error::ConversionError);
    impl WebhookPaymentDestinationType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Invoice => "INVOICE",
                Self::Customer => "CUSTOMER",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPaymentDestinationType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "INVOICE" => Self::Invoice,
                "CUSTOMER" => Self::Customer,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookPaymentDestinationType, self::error::ConversionError
    );
    impl WebhookPaymentMethodType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Card => "CARD",
                Self::Ach => "ACH",
                Self::Offline => "OFFLINE",
                Self::Credits => "CREDITS",
                Self::PaymentLink => "PAYMENT_LINK",
                Self::Upi => "UPI",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPaymentMethodType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "CARD" => Self::Card,
                "ACH" => Self::Ach,
                "OFFLINE" => Self::Offline,
                "CREDITS" => Self::Credits,
                "PAYMENT_LINK" => Self::PaymentLink,
                "UPI" => Self::Upi,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookPaymentMethodType, self::error::ConversionError);
    impl WebhookPaymentStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Initiated => "INITIATED",
                Self::Pending => "PENDING",
                Self::Processing => "PROCESSING",
                Self::Succeeded => "SUCCEEDED",
                Self::Overpaid => "OVERPAID",
                Self::Failed => "FAILED",
                Self::Refunded => "REFUNDED",
                Self::PartiallyRefunded => "PARTIALLY_REFUNDED",
                Self::Voided => "VOIDED",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPaymentStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "INITIATED" => Self::Initiated,
                "PENDING" => Self::Pending,
                "PROCESSING" => Self::Processing,
                "SUCCEEDED" => Self::Succeeded,
                "OVERPAID" => Self::Overpaid,
                "FAILED" => Self::Failed,
                "REFUNDED" => Self::Refunded,
                "PARTIALLY_REFUNDED" => Self::PartiallyRefunded,
                "VOIDED" => Self::Voided,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookPaymentStatus, self::error::ConversionError);
    impl WebhookRejectedEventReason {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::NoMeterForEventName => "no_meter_for_event_name",
                Self::NoMatchingMeter => "no_matching_meter",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookRejectedEventReason {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "no_meter_for_event_name" => Self::NoMeterForEventName,
                "no_matching_meter" => Self::NoMatchingMeter,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookRejectedEventReason, self::error::ConversionError
    );
    impl WebhookSubscriptionStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Paused => "paused",
                Self::Cancelled => "cancelled",
                Self::Incomplete => "incomplete",
                Self::Trialing => "trialing",
                Self::Draft => "draft",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookSubscriptionStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "paused" => Self::Paused,
                "cancelled" => Self::Cancelled,
                "incomplete" => Self::Incomplete,
                "trialing" => Self::Trialing,
                "draft" => Self::Draft,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookSubscriptionStatus, self::error::ConversionError);
    impl WebhookSubscriptionType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Standalone => "standalone",
                Self::DelegatedInvoicing => "delegated_invoicing",
                Self::Parent => "parent",
                Self::Inherited => "inherited",
                Self::GroupedInvoicing => "grouped_invoicing",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookSubscriptionType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "standalone" => Self::Standalone,
                "delegated_invoicing" => Self::DelegatedInvoicing,
                "parent" => Self::Parent,
                "inherited" => Self::Inherited,
                "grouped_invoicing" => Self::GroupedInvoicing,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookSubscriptionType, self::error::ConversionError);
    impl WebhookTransactionReason {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvoicePayment => "INVOICE_PAYMENT",
                Self::FreeCreditGrant => "FREE_CREDIT_GRANT",
                Self::SubscriptionCreditGrant => "SUBSCRIPTION_CREDIT_GRANT",
                Self::PurchasedCreditInvoiced => "PURCHASED_CREDIT_INVOICED",
                Self::PurchasedCreditDirect => "PURCHASED_CREDIT_DIRECT",
                Self::CreditNote => "CREDIT_NOTE",
                Self::CreditExpired => "CREDIT_EXPIRED",
                Self::WalletTermination => "WALLET_TERMINATION",
                Self::ManualBalanceDebit => "MANUAL_BALANCE_DEBIT",
                Self::CreditAdjustment => "CREDIT_ADJUSTMENT",
                Self::InvoiceVoidRefund => "INVOICE_VOID_REFUND",
                Self::PurchasedCreditBonus => "PURCHASED_CREDIT_BONUS",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookTransactionReason {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "INVOICE_PAYMENT" => Self::InvoicePayment,
                "FREE_CREDIT_GRANT" => Self::FreeCreditGrant,
                "SUBSCRIPTION_CREDIT_GRANT" => Self::SubscriptionCreditGrant,
                "PURCHASED_CREDIT_INVOICED" => Self::PurchasedCreditInvoiced,
                "PURCHASED_CREDIT_DIRECT" => Self::PurchasedCreditDirect,
                "CREDIT_NOTE" => Self::CreditNote,
                "CREDIT_EXPIRED" => Self::CreditExpired,
                "WALLET_TERMINATION" => Self::WalletTermination,
                "MANUAL_BALANCE_DEBIT" => Self::ManualBalanceDebit,
                "CREDIT_ADJUSTMENT" => Self::CreditAdjustment,
                "INVOICE_VOID_REFUND" => Self::InvoiceVoidRefund,
                "PURCHASED_CREDIT_BONUS" => Self::PurchasedCreditBonus,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookTransactionReason, self::error::ConversionError);
    impl WebhookTransactionStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookTransactionStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookTransactionStatus, self::error::ConversionError);
    impl WebhookTransactionType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Credit => "credit",
                Self::Debit => "debit",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookTransactionType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "credit" => Self::Credit,
                "debit" => Self::Debit,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookTransactionType, self::error::ConversionError);
    impl WebhookWalletStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Frozen => "frozen",
                Self::Closed => "closed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookWalletStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "frozen" => Self::Frozen,
                "closed" => Self::Closed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookWalletStatus, self::error::ConversionError);
    impl WebhookWalletTxReferenceType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Payment => "PAYMENT",
                Self::External => "EXTERNAL",
                Self::Request => "REQUEST",
                Self::Invoice => "INVOICE",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookWalletTxReferenceType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "PAYMENT" => Self::Payment,
                "EXTERNAL" => Self::External,
                "REQUEST" => Self::Request,
                "INVOICE" => Self::Invoice,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookWalletTxReferenceType, self::error::ConversionError
    );
    impl WebhookWalletType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::PrePaid => "PRE_PAID",
                Self::PostPaid => "POST_PAID",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookWalletType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "PRE_PAID" => Self::PrePaid,
                "POST_PAID" => Self::PostPaid,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookWalletType, self::error::ConversionError);
}
#[derive(Clone, Debug)]
/// The operations as progenitor generated them; users call the facade's `Client`.
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: client_core::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: client_core::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: client_core::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<client_core::Runtime> for Client {
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &client_core::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<client_core::Runtime>,
    {}
};
impl Client {
    /// Sends a `GET` request to `/customers/{id}`
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CustomerResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}", client.baseurl, client_core::PathSegment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => client_core::decode(response).await,
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(client_core::decode(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request. Errors carry the HTTP status, the API's decoded
        /// error body (or the raw bytes when it does not decode) and the request id.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CustomerResponse>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
    fn exec<'s, 'i>(
        &'s self,
        request: reqwest::Request,
        info: &'i OperationInfo,
    ) -> impl ::std::future::Future<
        Output = reqwest::Result<reqwest::Response>,
    > + use<'s, 'i> {
        let span = client_core::trace::request_span(
            OPERATION_PATHS,
            info,
            request.method(),
        );
        client_core::trace::in_span(
            span,
            client_core::execute(self.inner(), &self.client, request, info),
        )
    }
}
/// The spec's path template of each operation, for the request span (a concrete
/// path may hold a secret): (operation id, method, template), sorted by id.
const OPERATION_PATHS: &[(&str, &str, &str)] = &[
    ("get_customer", "GET", "/customers/{id}"),
];
