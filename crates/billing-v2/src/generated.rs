// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An entitlement currently active for the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ActiveEntitlement {
        ///The ID of the entitlement.
        pub entitlement_id: ::std::string::String,
        ///When the access to the entitlement expires, in ms since epoch; null means lifetime access.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub expires_at: ::std::option::Option<i64>,
        pub object: ActiveEntitlementObject,
    }
    ///A page of the customer's active entitlements.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ActiveEntitlementList {
        ///Details about each object.
        pub items: ::std::vec::Vec<ActiveEntitlement>,
        ///URL to access the next page of the customer's active entitlements. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `customer.active_entitlement`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ActiveEntitlementObject {
        #[serde(rename = "customer.active_entitlement")]
        CustomerActiveEntitlement,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`AmazonAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AmazonAppCreate {
        pub amazon: AmazonAppCreateAmazon,
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: AmazonAppCreateType,
    }
    ///`AmazonAppCreateAmazon`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AmazonAppCreateAmazon {
        pub package_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
    }
    ///`AmazonAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AmazonAppCreateType {
        #[serde(rename = "amazon")]
        Amazon,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An app of the project. Besides the fields below, an app carries one object named after its store (`app_store`, `play_store`, `stripe`, ...) with that store's settings; those are kept as JSON in `extra`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct App {
        ///When the app was created, in ms since epoch.
        pub created_at: i64,
        ///The ID of the app.
        pub id: ::std::string::String,
        ///The name of the app.
        pub name: ::std::string::String,
        pub object: AppObject,
        ///The ID of the project the app belongs to.
        pub project_id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: AppType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AppCreate {
        AmazonAppCreate(AmazonAppCreate),
        AppStoreAppCreate(AppStoreAppCreate),
        MacAppStoreAppCreate(MacAppStoreAppCreate),
        PlayStoreAppCreate(PlayStoreAppCreate),
        StripeAppCreate(StripeAppCreate),
        RcBillingAppCreate(RcBillingAppCreate),
        RokuAppCreate(RokuAppCreate),
        PaddleAppCreate(PaddleAppCreate),
    }
    impl ::std::convert::From<AmazonAppCreate> for AppCreate {
        #[inline]
        fn from(value: AmazonAppCreate) -> Self {
            Self::AmazonAppCreate(value)
        }
    }
    impl ::std::convert::From<AppStoreAppCreate> for AppCreate {
        #[inline]
        fn from(value: AppStoreAppCreate) -> Self {
            Self::AppStoreAppCreate(value)
        }
    }
    impl ::std::convert::From<MacAppStoreAppCreate> for AppCreate {
        #[inline]
        fn from(value: MacAppStoreAppCreate) -> Self {
            Self::MacAppStoreAppCreate(value)
        }
    }
    impl ::std::convert::From<PlayStoreAppCreate> for AppCreate {
        #[inline]
        fn from(value: PlayStoreAppCreate) -> Self {
            Self::PlayStoreAppCreate(value)
        }
    }
    impl ::std::convert::From<StripeAppCreate> for AppCreate {
        #[inline]
        fn from(value: StripeAppCreate) -> Self {
            Self::StripeAppCreate(value)
        }
    }
    impl ::std::convert::From<RcBillingAppCreate> for AppCreate {
        #[inline]
        fn from(value: RcBillingAppCreate) -> Self {
            Self::RcBillingAppCreate(value)
        }
    }
    impl ::std::convert::From<RokuAppCreate> for AppCreate {
        #[inline]
        fn from(value: RokuAppCreate) -> Self {
            Self::RokuAppCreate(value)
        }
    }
    impl ::std::convert::From<PaddleAppCreate> for AppCreate {
        #[inline]
        fn from(value: PaddleAppCreate) -> Self {
            Self::PaddleAppCreate(value)
        }
    }
    ///String representing the object's type (always `app`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AppObject {
        #[serde(rename = "app")]
        App,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`AppStoreAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AppStoreAppCreate {
        pub app_store: AppStoreAppCreateAppStore,
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: AppStoreAppCreateType,
    }
    ///`AppStoreAppCreateAppStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AppStoreAppCreateAppStore {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key_issuer: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_vendor_number: ::std::option::Option<
            ::std::string::String,
        >,
        pub bundle_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_key_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_key_issuer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_private_key: ::std::option::Option<::std::string::String>,
    }
    ///`AppStoreAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AppStoreAppCreateType {
        #[serde(rename = "app_store")]
        AppStore,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The store or platform of the app.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AppType {
        #[serde(rename = "amazon")]
        Amazon,
        #[serde(rename = "app_store")]
        AppStore,
        #[serde(rename = "mac_app_store")]
        MacAppStore,
        #[serde(rename = "play_store")]
        PlayStore,
        #[serde(rename = "stripe")]
        Stripe,
        #[serde(rename = "rc_billing")]
        RcBilling,
        #[serde(rename = "roku")]
        Roku,
        #[serde(rename = "paddle")]
        Paddle,
        #[serde(rename = "test_store")]
        TestStore,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Assign or clear an offering override for a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AssignOfferingRequest {
        ///The ID of the offering to assign to the customer. Set to null to clear any existing override.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub offering_id: ::std::option::Option<::std::string::String>,
    }
    ///`AttachProductsToEntitlementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AttachProductsToEntitlementRequest {
        pub product_ids: ::std::vec::Vec<::std::string::String>,
    }
    ///`AttachProductsToPackageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AttachProductsToPackageRequest {
        pub products: ::std::vec::Vec<PackageProductIdAssociation>,
    }
    ///An attribute to set. `value` is always sent, so an explicit null clears the attribute.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AttributeInput {
        ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
        pub name: ::std::string::String,
        ///The value of the attribute (at most 500 characters); null clears it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///`AuditLog`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AuditLog {
        pub action_type: ::std::string::String,
        pub actor_identifier: ::std::string::String,
        pub actor_type: AuditLogActorType,
        pub additional_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        pub id: ::std::string::String,
        pub object: AuditLogObject,
        pub occurred_at: i64,
        pub project_id: ::std::string::String,
        pub target_identifier: ::std::string::String,
        pub target_type: ::std::string::String,
    }
    ///`AuditLogActorType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AuditLogActorType {
        #[serde(rename = "user")]
        User,
        #[serde(rename = "system")]
        System,
        #[serde(rename = "api_key")]
        ApiKey,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`AuditLogObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AuditLogObject {
        #[serde(rename = "audit_log")]
        AuditLog,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`AuthenticatedManagementUrl`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AuthenticatedManagementUrl {
        pub management_url: ::std::string::String,
        pub object: AuthenticatedManagementUrlObject,
    }
    ///`AuthenticatedManagementUrlObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AuthenticatedManagementUrlObject {
        #[serde(rename = "authenticated_management_url")]
        AuthenticatedManagementUrl,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The auto-renewal status of the subscription. New values may appear.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum AutoRenewalStatus {
        #[serde(rename = "will_renew")]
        WillRenew,
        #[serde(rename = "will_not_renew")]
        WillNotRenew,
        #[serde(rename = "will_change_product")]
        WillChangeProduct,
        #[serde(rename = "will_pause")]
        WillPause,
        #[serde(rename = "requires_price_increase_consent")]
        RequiresPriceIncreaseConsent,
        #[serde(rename = "has_already_renewed")]
        HasAlreadyRenewed,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One entry of the blocked-customers map.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct BlockedCustomer {
        ///When the block was last updated, in ms since epoch.
        pub updated_at_ms: i64,
    }
    ///String representing the object's type. Objects of the same type share the same value.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum BlockedCustomerObject {
        #[serde(rename = "blocked_customer")]
        BlockedCustomer,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The blocked customers of the project: besides `object`, every key is the ID of a blocked customer and maps to when the customer was last blocked or updated (in `extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct BlockedCustomers {
        pub object: BlockedCustomerObject,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<::std::string::String, BlockedCustomer>,
    }
    ///`ChartData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartData {
        pub category: ::std::string::String,
        pub description: ::std::string::String,
        pub display_name: ::std::string::String,
        pub display_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub documentation_link: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_date: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filtering_allowed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_computed_at: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measures: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        pub object: ChartDataObject,
        pub resolution: ChartDataResolution,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segmenting_allowed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segments: ::std::option::Option<::std::vec::Vec<ChartDataSegmentsItem>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segments_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_date: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unsupported_params: ::std::option::Option<ChartDataUnsupportedParams>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_selectors: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        pub values: ::std::vec::Vec<ChartDataValuesItem>,
        pub yaxis: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub yaxis_currency: ::std::option::Option<::std::string::String>,
    }
    ///`ChartDataObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ChartDataObject {
        #[serde(rename = "chart_data")]
        ChartData,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ChartDataResolution`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ChartDataResolution {
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "week")]
        Week,
        #[serde(rename = "month")]
        Month,
        #[serde(rename = "quarter")]
        Quarter,
        #[serde(rename = "year")]
        Year,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ChartDataSegmentsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ChartDataSegmentsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    ///`ChartDataUnsupportedParams`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ChartDataUnsupportedParams {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub filters: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segment: ::std::option::Option<::std::string::String>,
    }
    ///`ChartDataValuesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ChartDataValuesItem {
        Array(::std::vec::Vec<::std::option::Option<f64>>),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::option::Option<f64>>>
    for ChartDataValuesItem {
        #[inline]
        fn from(value: ::std::vec::Vec<::std::option::Option<f64>>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ChartDataValuesItem {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`ChartFilterOption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartFilterOption {
        pub display_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_display_name: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        pub options: ::std::vec::Vec<ChartFilterOptionOptionsItem>,
    }
    ///`ChartFilterOptionOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartFilterOptionOptionsItem {
        pub display_name: ::std::string::String,
        pub id: ::std::string::String,
    }
    ///`ChartOptions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartOptions {
        pub filters: ::std::vec::Vec<ChartFilterOption>,
        pub object: ChartOptionsObject,
        pub resolutions: ::std::vec::Vec<ChartOptionsResolutionsItem>,
        pub segments: ::std::vec::Vec<ChartSegmentOption>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_selectors: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ChartOptionsUserSelectorsValue,
            >,
        >,
    }
    ///`ChartOptionsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ChartOptionsObject {
        #[serde(rename = "chart_options")]
        ChartOptions,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ChartOptionsResolutionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartOptionsResolutionsItem {
        pub display_name: ::std::string::String,
        pub id: ::std::string::String,
    }
    ///`ChartOptionsUserSelectorsValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ChartOptionsUserSelectorsValue {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<ChartOptionsUserSelectorsValueOptionsItem>,
    }
    ///`ChartOptionsUserSelectorsValueOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartOptionsUserSelectorsValueOptionsItem {
        pub display_name: ::std::string::String,
        pub id: ::std::string::String,
    }
    ///`ChartSegmentOption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ChartSegmentOption {
        pub display_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_display_name: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
    }
    ///`Collaborator`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Collaborator {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub accepted_at: ::std::option::Option<i64>,
        pub email: ::std::string::String,
        pub has_mfa: bool,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub object: CollaboratorObject,
        pub role: ::std::string::String,
    }
    ///`CollaboratorObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CollaboratorObject {
        #[serde(rename = "collaborator")]
        Collaborator,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`CreateAppStoreConnectInAppPurchaseInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct CreateAppStoreConnectInAppPurchaseInput(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for CreateAppStoreConnectInAppPurchaseInput {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAppStoreConnectInAppPurchaseInput>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: CreateAppStoreConnectInAppPurchaseInput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for CreateAppStoreConnectInAppPurchaseInput {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`CreateAppStoreConnectSubscriptionInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateAppStoreConnectSubscriptionInput {
        pub duration: CreateAppStoreConnectSubscriptionInputDuration,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_group_id: ::std::option::Option<::std::string::String>,
        pub subscription_group_name: ::std::string::String,
    }
    ///`CreateAppStoreConnectSubscriptionInputDuration`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CreateAppStoreConnectSubscriptionInputDuration {
        #[serde(rename = "ONE_WEEK")]
        OneWeek,
        #[serde(rename = "ONE_MONTH")]
        OneMonth,
        #[serde(rename = "TWO_MONTHS")]
        TwoMonths,
        #[serde(rename = "THREE_MONTHS")]
        ThreeMonths,
        #[serde(rename = "SIX_MONTHS")]
        SixMonths,
        #[serde(rename = "ONE_YEAR")]
        OneYear,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An attribute to set on a new customer. The value cannot be null here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateCustomerAttribute {
        ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
        pub name: ::std::string::String,
        ///The value of the attribute (at most 500 characters).
        pub value: ::std::string::String,
    }
    ///The body of "Create a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateCustomerRequest {
        ///Attributes to set on the new customer (at most 50).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attributes: ::std::vec::Vec<CreateCustomerAttribute>,
        ///The ID of the customer
        pub id: ::std::string::String,
    }
    ///`CreateEntitlementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateEntitlementRequest {
        pub display_name: ::std::string::String,
        pub lookup_key: ::std::string::String,
    }
    ///`CreateOfferingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateOfferingRequest {
        pub display_name: ::std::string::String,
        pub lookup_key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<OfferingMetadata>,
    }
    ///`CreatePackagesRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatePackagesRequest {
        pub display_name: ::std::string::String,
        pub lookup_key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<i64>,
    }
    ///`CreatePaywallRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreatePaywallRequest {
        pub offering_id: ::std::string::String,
    }
    ///`CreateProductInStoreRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CreateProductInStoreRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store_information: ::std::option::Option<
            CreateProductInStoreRequestStoreInformation,
        >,
    }
    ///`CreateProductInStoreRequestStoreInformation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CreateProductInStoreRequestStoreInformation {
        SubscriptionInput(CreateAppStoreConnectSubscriptionInput),
        InAppPurchaseInput(CreateAppStoreConnectInAppPurchaseInput),
    }
    impl ::std::convert::From<CreateAppStoreConnectSubscriptionInput>
    for CreateProductInStoreRequestStoreInformation {
        #[inline]
        fn from(value: CreateAppStoreConnectSubscriptionInput) -> Self {
            Self::SubscriptionInput(value)
        }
    }
    impl ::std::convert::From<CreateAppStoreConnectInAppPurchaseInput>
    for CreateProductInStoreRequestStoreInformation {
        #[inline]
        fn from(value: CreateAppStoreConnectInAppPurchaseInput) -> Self {
            Self::InAppPurchaseInput(value)
        }
    }
    ///`CreateProductInStoreResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProductInStoreResponse {
        pub created_product: StoreProduct,
    }
    ///`CreateProductRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProductRequest {
        pub app_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        pub store_identifier: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<ProductSubscriptionInput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ProductType,
    }
    ///`CreateVirtualCurrencyRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateVirtualCurrencyRequest {
        pub code: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_grants: ::std::option::Option<
            ::std::vec::Vec<VirtualCurrencyProductGrantInput>,
        >,
    }
    ///`CreateWebhookIntegrationInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateWebhookIntegrationInput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_header: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<CreateWebhookIntegrationInputEnvironment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_types: ::std::option::Option<::std::vec::Vec<WebhookEventType>>,
        pub name: ::std::string::String,
        pub url: ::std::string::String,
    }
    ///`CreateWebhookIntegrationInputEnvironment`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CreateWebhookIntegrationInputEnvironment {
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Customer {
        ///List of the entitlements currently active for the customer, as a list envelope. This property is only available in the "Get a customer" endpoint; it may be null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_entitlements: ::std::option::Option<ActiveEntitlementList>,
        ///List of the attributes of the customer, as a list envelope. This is an expandable property, only available in the "Get a customer" endpoint; it may be null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CustomerAttributeList>,
        ///The experiment the customer is enrolled in; null when the customer is in no experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment: ::std::option::Option<ExperimentEnrollment>,
        ///The first time the customer was seen, in ms since epoch
        pub first_seen_at: i64,
        ///The ID of the customer
        pub id: ::std::string::String,
        ///The last app version the customer was seen on
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_seen_app_version: ::std::option::Option<::std::string::String>,
        ///The last time the customer was seen, in ms since epoch
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_seen_at: ::std::option::Option<i64>,
        ///The last country the customer was seen in
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_seen_country: ::std::option::Option<::std::string::String>,
        ///The last platform the customer was seen on
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_seen_platform: ::std::option::Option<::std::string::String>,
        ///The last platform version the customer was seen on
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_seen_platform_version: ::std::option::Option<::std::string::String>,
        pub object: CustomerObject,
        ///ID of the project to which the customer belongs
        pub project_id: ::std::string::String,
    }
    ///An alias of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerAlias {
        ///When the alias was created, in ms since epoch.
        pub created_at: i64,
        ///The alias, an ID the customer is also known by.
        pub id: ::std::string::String,
        pub object: CustomerAliasObject,
    }
    ///A page of the customer's aliases.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerAliasList {
        ///Details about each object.
        pub items: ::std::vec::Vec<CustomerAlias>,
        ///URL to access the next page of the customer's aliases. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `customer.alias`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerAliasObject {
        #[serde(rename = "customer.alias")]
        CustomerAlias,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An attribute of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerAttribute {
        ///The name of the attribute.
        pub name: ::std::string::String,
        pub object: CustomerAttributeObject,
        ///When the attribute was last updated, in ms since epoch.
        pub updated_at: i64,
        ///The value of the attribute; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///A page of the customer's attributes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerAttributeList {
        ///Details about each object.
        pub items: ::std::vec::Vec<CustomerAttribute>,
        ///URL to access the next page of the customer's attributes. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `customer.attribute`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerAttributeObject {
        #[serde(rename = "customer.attribute")]
        CustomerAttribute,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A page of the project's customers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Customer>,
        ///URL to access the next page of the project's customers. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum CustomerObject {
        #[serde(rename = "customer")]
        Customer,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A deleted object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct DeletedObject {
        ///The date when the object was deleted in ms since epoch
        pub deleted_at: i64,
        ///The ID of the deleted object
        pub id: ::std::string::String,
        pub object: DeletedObjectType,
    }
    ///The type of the deleted object
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum DeletedObjectType {
        #[serde(rename = "app")]
        App,
        #[serde(rename = "customer")]
        Customer,
        #[serde(rename = "entitlement")]
        Entitlement,
        #[serde(rename = "offering")]
        Offering,
        #[serde(rename = "package")]
        Package,
        #[serde(rename = "paywall")]
        Paywall,
        #[serde(rename = "product")]
        Product,
        #[serde(rename = "virtual_currency")]
        VirtualCurrency,
        #[serde(rename = "webhook_integration")]
        WebhookIntegration,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`DetachProductsFromEntitlementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct DetachProductsFromEntitlementRequest {
        pub product_ids: ::std::vec::Vec<::std::string::String>,
    }
    ///`DetachProductsFromPackageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct DetachProductsFromPackageRequest {
        pub product_ids: ::std::vec::Vec<::std::string::String>,
    }
    ///`Duration`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Duration {
        #[serde(rename = "P1W")]
        P1w,
        #[serde(rename = "P1M")]
        P1m,
        #[serde(rename = "P2M")]
        P2m,
        #[serde(rename = "P3M")]
        P3m,
        #[serde(rename = "P6M")]
        P6m,
        #[serde(rename = "P1Y")]
        P1y,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`EligibilityCriteria`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum EligibilityCriteria {
        #[serde(rename = "all")]
        All,
        #[serde(rename = "google_sdk_lt_6")]
        GoogleSdkLt6,
        #[serde(rename = "google_sdk_ge_6")]
        GoogleSdkGe6,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An entitlement a subscription or a purchase gives access to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Entitlement {
        ///When the entitlement was created, in ms since epoch.
        pub created_at: i64,
        ///The display name of the entitlement.
        pub display_name: ::std::string::String,
        ///The ID of the entitlement.
        pub id: ::std::string::String,
        ///The identifier of the entitlement used in apps.
        pub lookup_key: ::std::string::String,
        pub object: EntitlementObject,
        ///The products attached to the entitlement, as a list envelope; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub products: ::std::option::Option<ProductList>,
        ///The ID of the project the entitlement belongs to.
        pub project_id: ::std::string::String,
    }
    ///The entitlements of a subscription or a purchase, as a list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct EntitlementList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Entitlement>,
        ///URL to access the next page of the entitlements. If not present / null, there is no next page. Follow it exactly as returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `entitlement`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum EntitlementObject {
        #[serde(rename = "entitlement")]
        Entitlement,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The store environment (`production` or `sandbox`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Environment {
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The error body of every failed request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Error {
        ///How long to wait before retrying, in milliseconds (on a 429 it gives the same wait as the `Retry-After` header, which is in seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backoff_ms: ::std::option::Option<i64>,
        ///A link to documentation about the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub doc_url: ::std::option::Option<::std::string::String>,
        ///A human-readable description of the error.
        pub message: ::std::string::String,
        pub object: ErrorObject,
        ///The request parameter the error is about, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Whether the request can be retried.
        pub retryable: bool,
        #[serde(rename = "type")]
        pub type_: ErrorType,
    }
    ///String representing the object's type (always `error`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorObject {
        #[serde(rename = "error")]
        Error,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The kind of error. New values may appear.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorType {
        #[serde(rename = "parameter_error")]
        ParameterError,
        #[serde(rename = "resource_already_exists")]
        ResourceAlreadyExists,
        #[serde(rename = "resource_missing")]
        ResourceMissing,
        #[serde(rename = "idempotency_error")]
        IdempotencyError,
        #[serde(rename = "rate_limit_error")]
        RateLimitError,
        #[serde(rename = "authentication_error")]
        AuthenticationError,
        #[serde(rename = "authorization_error")]
        AuthorizationError,
        #[serde(rename = "store_error")]
        StoreError,
        #[serde(rename = "server_error")]
        ServerError,
        #[serde(rename = "resource_locked_error")]
        ResourceLockedError,
        #[serde(rename = "unprocessable_entity_error")]
        UnprocessableEntityError,
        #[serde(rename = "invalid_request")]
        InvalidRequest,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The experiment a customer is enrolled in, and the variant the customer sees.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ExperimentEnrollment {
        ///The ID of the experiment.
        pub id: ::std::string::String,
        ///The name of the experiment.
        pub name: ::std::string::String,
        pub object: ExperimentEnrollmentObject,
        ///The variant the customer is enrolled in (one letter).
        pub variant: ::std::string::String,
    }
    ///String representing the object's type (always `experiment_enrollment`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ExperimentEnrollmentObject {
        #[serde(rename = "experiment_enrollment")]
        ExperimentEnrollment,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetChartDataAggregateItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetChartDataAggregateItem {
        #[serde(rename = "average")]
        Average,
        #[serde(rename = "total")]
        Total,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetChartDataChartName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetChartDataChartName {
        #[serde(rename = "actives")]
        Actives,
        #[serde(rename = "actives_movement")]
        ActivesMovement,
        #[serde(rename = "actives_new")]
        ActivesNew,
        #[serde(rename = "arr")]
        Arr,
        #[serde(rename = "churn")]
        Churn,
        #[serde(rename = "cohort_explorer")]
        CohortExplorer,
        #[serde(rename = "conversion_to_paying")]
        ConversionToPaying,
        #[serde(rename = "customers_new")]
        CustomersNew,
        #[serde(rename = "ltv_per_customer")]
        LtvPerCustomer,
        #[serde(rename = "ltv_per_paying_customer")]
        LtvPerPayingCustomer,
        #[serde(rename = "mrr")]
        Mrr,
        #[serde(rename = "mrr_movement")]
        MrrMovement,
        #[serde(rename = "refund_rate")]
        RefundRate,
        #[serde(rename = "revenue")]
        Revenue,
        #[serde(rename = "subscription_retention")]
        SubscriptionRetention,
        #[serde(rename = "subscription_status")]
        SubscriptionStatus,
        #[serde(rename = "trials")]
        Trials,
        #[serde(rename = "trials_movement")]
        TrialsMovement,
        #[serde(rename = "trials_new")]
        TrialsNew,
        #[serde(rename = "customers_active")]
        CustomersActive,
        #[serde(rename = "trial_conversion_rate")]
        TrialConversionRate,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetChartDataCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetChartDataCurrency {
        #[serde(rename = "USD")]
        Usd,
        #[serde(rename = "EUR")]
        Eur,
        #[serde(rename = "GBP")]
        Gbp,
        #[serde(rename = "AUD")]
        Aud,
        #[serde(rename = "CAD")]
        Cad,
        #[serde(rename = "JPY")]
        Jpy,
        #[serde(rename = "BRL")]
        Brl,
        #[serde(rename = "KRW")]
        Krw,
        #[serde(rename = "CNY")]
        Cny,
        #[serde(rename = "MXN")]
        Mxn,
        #[serde(rename = "SEK")]
        Sek,
        #[serde(rename = "PLN")]
        Pln,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetChartOptionsChartName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetChartOptionsChartName {
        #[serde(rename = "actives")]
        Actives,
        #[serde(rename = "actives_movement")]
        ActivesMovement,
        #[serde(rename = "actives_new")]
        ActivesNew,
        #[serde(rename = "arr")]
        Arr,
        #[serde(rename = "churn")]
        Churn,
        #[serde(rename = "cohort_explorer")]
        CohortExplorer,
        #[serde(rename = "conversion_to_paying")]
        ConversionToPaying,
        #[serde(rename = "customers_new")]
        CustomersNew,
        #[serde(rename = "ltv_per_customer")]
        LtvPerCustomer,
        #[serde(rename = "ltv_per_paying_customer")]
        LtvPerPayingCustomer,
        #[serde(rename = "mrr")]
        Mrr,
        #[serde(rename = "mrr_movement")]
        MrrMovement,
        #[serde(rename = "refund_rate")]
        RefundRate,
        #[serde(rename = "revenue")]
        Revenue,
        #[serde(rename = "subscription_retention")]
        SubscriptionRetention,
        #[serde(rename = "subscription_status")]
        SubscriptionStatus,
        #[serde(rename = "trials")]
        Trials,
        #[serde(rename = "trials_movement")]
        TrialsMovement,
        #[serde(rename = "trials_new")]
        TrialsNew,
        #[serde(rename = "customers_active")]
        CustomersActive,
        #[serde(rename = "trial_conversion_rate")]
        TrialConversionRate,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetCustomerExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetCustomerExpandItem {
        #[serde(rename = "attributes")]
        Attributes,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetEntitlementExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetEntitlementExpandItem {
        #[serde(rename = "product")]
        Product,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetOfferingExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetOfferingExpandItem {
        #[serde(rename = "package")]
        Package,
        #[serde(rename = "package.product")]
        PackageProduct,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetOverviewMetricsCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetOverviewMetricsCurrency {
        #[serde(rename = "USD")]
        Usd,
        #[serde(rename = "EUR")]
        Eur,
        #[serde(rename = "GBP")]
        Gbp,
        #[serde(rename = "AUD")]
        Aud,
        #[serde(rename = "CAD")]
        Cad,
        #[serde(rename = "JPY")]
        Jpy,
        #[serde(rename = "BRL")]
        Brl,
        #[serde(rename = "KRW")]
        Krw,
        #[serde(rename = "CNY")]
        Cny,
        #[serde(rename = "MXN")]
        Mxn,
        #[serde(rename = "SEK")]
        Sek,
        #[serde(rename = "PLN")]
        Pln,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetPackageExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetPackageExpandItem {
        #[serde(rename = "product")]
        Product,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetPaywallExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetPaywallExpandItem {
        #[serde(rename = "offering")]
        Offering,
        #[serde(rename = "components")]
        Components,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`GetProductExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum GetProductExpandItem {
        #[serde(rename = "app")]
        App,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Grant an entitlement to a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GrantEntitlementRequest {
        ///The ID of the entitlement to grant to the customer.
        pub entitlement_id: ::std::string::String,
        ///The date after which the access to the entitlement expires in ms since epoch.
        pub expires_at: i64,
    }
    ///An invoice of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Invoice {
        ///The ID of the invoice
        pub id: ::std::string::String,
        ///A URL of the invoice; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_url: ::std::option::Option<::std::string::String>,
        ///When the invoice was issued, in ms since epoch.
        pub issued_at: i64,
        ///The line items of the invoice.
        pub line_items: ::std::vec::Vec<InvoiceLineItem>,
        pub object: InvoiceObject,
        ///When the invoice was paid, in ms since epoch; absent or null while unpaid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_at: ::std::option::Option<i64>,
        ///The total amount of the invoice.
        pub total_amount: MonetaryAmount,
    }
    ///A line item of an invoice.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct InvoiceLineItem {
        pub object: InvoiceLineItemObject,
        ///The display name of the product; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_display_name: ::std::option::Option<::std::string::String>,
        ///The duration of the product as an ISO 8601 duration; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_duration: ::std::option::Option<::std::string::String>,
        ///The identifier of the product.
        pub product_identifier: ::std::string::String,
        ///The quantity.
        pub quantity: i64,
        ///The amount per unit.
        pub unit_amount: MonetaryAmount,
    }
    ///String representing the object's type (always `invoice.line_item`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum InvoiceLineItemObject {
        #[serde(rename = "invoice.line_item")]
        InvoiceLineItem,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A page of the customer's invoices.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct InvoiceList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Invoice>,
        ///URL to access the next page of the customer's invoice. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `invoice`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum InvoiceObject {
        #[serde(rename = "invoice")]
        Invoice,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListApps`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListApps {
        pub items: ::std::vec::Vec<App>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListAppsObject,
        pub url: ::std::string::String,
    }
    ///`ListAppsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListAppsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListAuditLogs`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListAuditLogs {
        pub items: ::std::vec::Vec<AuditLog>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListAuditLogsObject,
        pub url: ::std::string::String,
    }
    ///`ListAuditLogsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListAuditLogsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListCollaborators`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListCollaborators {
        pub items: ::std::vec::Vec<Collaborator>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListCollaboratorsObject,
        pub url: ::std::string::String,
    }
    ///`ListCollaboratorsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListCollaboratorsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListEntitlements`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListEntitlements {
        pub items: ::std::vec::Vec<Entitlement>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListEntitlementsObject,
        pub url: ::std::string::String,
    }
    ///`ListEntitlementsExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListEntitlementsExpandItem {
        #[serde(rename = "items.product")]
        ItemsProduct,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListEntitlementsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListEntitlementsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListOfferings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListOfferings {
        pub items: ::std::vec::Vec<Offering>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListOfferingsObject,
        pub url: ::std::string::String,
    }
    ///`ListOfferingsExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListOfferingsExpandItem {
        #[serde(rename = "items.package")]
        ItemsPackage,
        #[serde(rename = "items.package.product")]
        ItemsPackageProduct,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListOfferingsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListOfferingsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPackages`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListPackages {
        pub items: ::std::vec::Vec<Package>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListPackagesObject,
        pub url: ::std::string::String,
    }
    ///`ListPackagesExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPackagesExpandItem {
        #[serde(rename = "items.product")]
        ItemsProduct,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPackagesObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPackagesObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPaywalls`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListPaywalls {
        pub items: ::std::vec::Vec<Paywall>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListPaywallsObject,
        pub url: ::std::string::String,
    }
    ///`ListPaywallsExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPaywallsExpandItem {
        #[serde(rename = "items.offering")]
        ItemsOffering,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPaywallsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPaywallsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListProducts`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListProducts {
        pub items: ::std::vec::Vec<Product>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListProductsObject,
        pub url: ::std::string::String,
    }
    ///`ListProductsExpandItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListProductsExpandItem {
        #[serde(rename = "items.app")]
        ItemsApp,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListProductsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListProductsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListProjects`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListProjects {
        pub items: ::std::vec::Vec<Project>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListProjectsObject,
        pub url: ::std::string::String,
    }
    ///`ListProjectsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListProjectsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPublicApiKeys`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListPublicApiKeys {
        pub items: ::std::vec::Vec<PublicApiKey>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListPublicApiKeysObject,
        pub url: ::std::string::String,
    }
    ///`ListPublicApiKeysObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPublicApiKeysObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListPurchases`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListPurchases {
        pub items: ::std::vec::Vec<Purchase>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListPurchasesObject,
        pub url: ::std::string::String,
    }
    ///`ListPurchasesObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListPurchasesObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListSubscriptionTransaction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListSubscriptionTransaction {
        pub items: ::std::vec::Vec<SubscriptionTransaction>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListSubscriptionTransactionObject,
        pub url: ::std::string::String,
    }
    ///`ListSubscriptionTransactionObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListSubscriptionTransactionObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListSubscriptions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListSubscriptions {
        pub items: ::std::vec::Vec<Subscription>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListSubscriptionsObject,
        pub url: ::std::string::String,
    }
    ///`ListSubscriptionsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListSubscriptionsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListVirtualCurrencies`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListVirtualCurrencies {
        pub items: ::std::vec::Vec<VirtualCurrency>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListVirtualCurrenciesObject,
        pub url: ::std::string::String,
    }
    ///`ListVirtualCurrenciesObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListVirtualCurrenciesObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ListWebhookIntegrations`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ListWebhookIntegrations {
        pub items: ::std::vec::Vec<WebhookIntegration>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListWebhookIntegrationsObject,
        pub url: ::std::string::String,
    }
    ///`ListWebhookIntegrationsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ListWebhookIntegrationsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`MacAppStoreAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MacAppStoreAppCreate {
        pub mac_app_store: MacAppStoreAppCreateMacAppStore,
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: MacAppStoreAppCreateType,
    }
    ///`MacAppStoreAppCreateMacAppStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MacAppStoreAppCreateMacAppStore {
        pub bundle_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
    }
    ///`MacAppStoreAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum MacAppStoreAppCreateType {
        #[serde(rename = "mac_app_store")]
        MacAppStore,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A monetary amount, broken down into gross, tax, commission and proceeds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct MonetaryAmount {
        ///The store's commission; absent when there is none to report.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission: ::std::option::Option<f64>,
        ///The ISO 4217 code of the currency of the amounts.
        pub currency: ::std::string::String,
        ///The gross amount.
        pub gross: f64,
        ///The proceeds.
        pub proceeds: f64,
        ///The tax.
        pub tax: f64,
    }
    ///`Offering`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Offering {
        pub created_at: i64,
        pub display_name: ::std::string::String,
        pub id: ::std::string::String,
        pub is_current: bool,
        pub lookup_key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<OfferingMetadata>,
        pub object: OfferingObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub packages: ::std::option::Option<OfferingPackages>,
        pub project_id: ::std::string::String,
    }
    ///`OfferingMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct OfferingMetadata(
        pub ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    );
    impl ::std::ops::Deref for OfferingMetadata {
        type Target = ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >;
        #[inline]
        fn deref(
            &self,
        ) -> &::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<OfferingMetadata>
    for ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > {
        #[inline]
        fn from(value: OfferingMetadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    > for OfferingMetadata {
        #[inline]
        fn from(
            value: ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///`OfferingObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OfferingObject {
        #[serde(rename = "offering")]
        Offering,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`OfferingPackages`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct OfferingPackages {
        pub items: ::std::vec::Vec<Package>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: OfferingPackagesObject,
        pub url: ::std::string::String,
    }
    ///`OfferingPackagesObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OfferingPackagesObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The details of a one-time product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct OneTimeProduct {
        ///Whether the product can be bought again once used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_consumable: ::std::option::Option<bool>,
    }
    ///`OverviewMetric`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct OverviewMetric {
        pub description: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_updated_at: ::std::option::Option<i64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_updated_at_iso8601: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub name: ::std::string::String,
        pub object: OverviewMetricObject,
        pub period: OverviewMetricPeriod,
        pub unit: ::std::string::String,
        pub value: f64,
    }
    ///`OverviewMetricObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OverviewMetricObject {
        #[serde(rename = "overview_metric")]
        OverviewMetric,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`OverviewMetricPeriod`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OverviewMetricPeriod {
        #[serde(rename = "P0D")]
        P0d,
        #[serde(rename = "P28D")]
        P28d,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`OverviewMetrics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct OverviewMetrics {
        pub metrics: ::std::vec::Vec<OverviewMetric>,
        pub object: OverviewMetricsObject,
    }
    ///`OverviewMetricsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum OverviewMetricsObject {
        #[serde(rename = "overview_metrics")]
        OverviewMetrics,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///How the customer owns the subscription or purchase.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Ownership {
        #[serde(rename = "purchased")]
        Purchased,
        #[serde(rename = "family_shared")]
        FamilyShared,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`Package`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Package {
        pub created_at: i64,
        pub display_name: ::std::string::String,
        pub id: ::std::string::String,
        pub lookup_key: ::std::string::String,
        pub object: PackageObject,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub position: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub products: ::std::option::Option<PackageProducts>,
    }
    ///`PackageObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PackageObject {
        #[serde(rename = "package")]
        Package,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`PackageProductAssociation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PackageProductAssociation {
        pub eligibility_criteria: EligibilityCriteria,
        pub product: Product,
    }
    ///`PackageProductIdAssociation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PackageProductIdAssociation {
        pub eligibility_criteria: EligibilityCriteria,
        pub product_id: ::std::string::String,
    }
    ///`PackageProducts`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PackageProducts {
        pub items: ::std::vec::Vec<PackageProductAssociation>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: PackageProductsObject,
        pub url: ::std::string::String,
    }
    ///`PackageProductsObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PackageProductsObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`PaddleAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PaddleAppCreate {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle: ::std::option::Option<PaddleAppCreatePaddle>,
        #[serde(rename = "type")]
        pub type_: PaddleAppCreateType,
    }
    ///`PaddleAppCreatePaddle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PaddleAppCreatePaddle {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle_is_sandbox: ::std::option::Option<bool>,
    }
    ///`PaddleAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PaddleAppCreateType {
        #[serde(rename = "paddle")]
        Paddle,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`Paywall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Paywall {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub components: ::std::option::Option<PaywallComponents>,
        pub created_at: i64,
        pub id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        pub object: PaywallObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offering: ::std::option::Option<Offering>,
        pub offering_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub published_at: ::std::option::Option<i64>,
    }
    ///`PaywallComponents`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PaywallComponents {
        pub draft: PaywallComponentsVersion,
        pub published: PaywallComponentsVersion,
    }
    ///`PaywallComponentsVersion`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaywallComponentsVersion(
        pub ::std::option::Option<PaywallComponentsVersionInner>,
    );
    impl ::std::ops::Deref for PaywallComponentsVersion {
        type Target = ::std::option::Option<PaywallComponentsVersionInner>;
        #[inline]
        fn deref(&self) -> &::std::option::Option<PaywallComponentsVersionInner> {
            &self.0
        }
    }
    impl ::std::convert::From<PaywallComponentsVersion>
    for ::std::option::Option<PaywallComponentsVersionInner> {
        #[inline]
        fn from(value: PaywallComponentsVersion) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<PaywallComponentsVersionInner>>
    for PaywallComponentsVersion {
        #[inline]
        fn from(value: ::std::option::Option<PaywallComponentsVersionInner>) -> Self {
            Self(value)
        }
    }
    ///`PaywallComponentsVersionInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PaywallComponentsVersionInner {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub components_config: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        pub components_localizations: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fonts: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub revision: ::std::option::Option<i64>,
    }
    ///`PaywallObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PaywallObject {
        #[serde(rename = "paywall")]
        Paywall,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A change to the subscription that takes effect at the next renewal.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PendingChanges {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<Product>,
    }
    ///`PlayStoreAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PlayStoreAppCreate {
        pub name: ::std::string::String,
        pub play_store: PlayStoreAppCreatePlayStore,
        #[serde(rename = "type")]
        pub type_: PlayStoreAppCreateType,
    }
    ///`PlayStoreAppCreatePlayStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PlayStoreAppCreatePlayStore {
        pub package_name: ::std::string::String,
    }
    ///`PlayStoreAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PlayStoreAppCreateType {
        #[serde(rename = "play_store")]
        PlayStore,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A product of the project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Product {
        ///The app the product belongs to, when expanded; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app: ::std::option::Option<App>,
        ///The ID of the app the product belongs to.
        pub app_id: ::std::string::String,
        ///When the product was created, in ms since epoch.
        pub created_at: i64,
        ///The display name of the product, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///The ID of the product.
        pub id: ::std::string::String,
        pub object: ProductObject,
        ///The one-time purchase details, for a one-time product; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub one_time: ::std::option::Option<OneTimeProduct>,
        ///The identifier of the product in its store.
        pub store_identifier: ::std::string::String,
        ///The subscription details, for a subscription product; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<SubscriptionProduct>,
        #[serde(rename = "type")]
        pub type_: ProductType,
    }
    ///A page of products, as a list envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProductList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Product>,
        ///URL to access the next page of the products. If not present / null, there is no next page. Follow it exactly as returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `product`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductObject {
        #[serde(rename = "product")]
        Product,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ProductSubscriptionInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ProductSubscriptionInput(
        pub ::std::option::Option<ProductSubscriptionInputInner>,
    );
    impl ::std::ops::Deref for ProductSubscriptionInput {
        type Target = ::std::option::Option<ProductSubscriptionInputInner>;
        #[inline]
        fn deref(&self) -> &::std::option::Option<ProductSubscriptionInputInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ProductSubscriptionInput>
    for ::std::option::Option<ProductSubscriptionInputInner> {
        #[inline]
        fn from(value: ProductSubscriptionInput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ProductSubscriptionInputInner>>
    for ProductSubscriptionInput {
        #[inline]
        fn from(value: ::std::option::Option<ProductSubscriptionInputInner>) -> Self {
            Self(value)
        }
    }
    ///`ProductSubscriptionInputInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProductSubscriptionInputInner {
        pub duration: Duration,
    }
    ///The type of the product.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductType {
        #[serde(rename = "subscription")]
        Subscription,
        #[serde(rename = "one_time")]
        OneTime,
        #[serde(rename = "consumable")]
        Consumable,
        #[serde(rename = "non_consumable")]
        NonConsumable,
        #[serde(rename = "non_renewing_subscription")]
        NonRenewingSubscription,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ProductsFromEntitlement`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProductsFromEntitlement {
        pub items: ::std::vec::Vec<Product>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ProductsFromEntitlementObject,
        pub url: ::std::string::String,
    }
    ///`ProductsFromEntitlementObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductsFromEntitlementObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ProductsFromPackage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProductsFromPackage {
        pub items: ::std::vec::Vec<PackageProductAssociation>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ProductsFromPackageObject,
        pub url: ::std::string::String,
    }
    ///`ProductsFromPackageObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProductsFromPackageObject {
        #[serde(rename = "list")]
        List,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`Project`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Project {
        pub created_at: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon_url_large: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        pub object: ProjectObject,
    }
    ///`ProjectCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ProjectCreate {
        pub name: ::std::string::String,
    }
    ///`ProjectObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ProjectObject {
        #[serde(rename = "project")]
        Project,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`PublicApiKey`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PublicApiKey {
        pub app_id: ::std::string::String,
        pub created_at: i64,
        pub environment: PublicApiKeyEnvironment,
        pub id: ::std::string::String,
        pub key: ::std::string::String,
        pub object: PublicApiKeyObject,
    }
    ///`PublicApiKeyEnvironment`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PublicApiKeyEnvironment {
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`PublicApiKeyObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PublicApiKeyObject {
        #[serde(rename = "public_api_key")]
        PublicApiKey,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A purchase (one-time or otherwise) associated with the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Purchase {
        ///The country of the purchase (ISO 3166-1 alpha-2), if known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///The ID of the customer the purchase belongs to.
        pub customer_id: ::std::string::String,
        ///The entitlements the purchase gives, as a list envelope.
        pub entitlements: EntitlementList,
        pub environment: Environment,
        ///The ID of the purchase.
        pub id: ::std::string::String,
        pub object: PurchaseObject,
        ///The ID of the customer who originally made the purchase.
        pub original_customer_id: ::std::string::String,
        pub ownership: Ownership,
        ///The ID of the offering presented when the purchase was made, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub presented_offering_id: ::std::option::Option<::std::string::String>,
        ///The ID of the purchased product.
        pub product_id: ::std::string::String,
        ///When the purchase was made, in ms since epoch.
        pub purchased_at: i64,
        ///The number of units purchased.
        pub quantity: i64,
        ///The revenue of the purchase in USD.
        pub revenue_in_usd: MonetaryAmount,
        pub status: PurchaseStatus,
        pub store: Store,
        ///The store's identifier of the purchase.
        pub store_purchase_identifier: client_core::LenientString,
    }
    ///A page of the customer's purchases.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct PurchaseList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Purchase>,
        ///URL to access the next page of the customer's purchases. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `purchase`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PurchaseObject {
        #[serde(rename = "purchase")]
        Purchase,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The status of the purchase.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum PurchaseStatus {
        #[serde(rename = "owned")]
        Owned,
        #[serde(rename = "refunded")]
        Refunded,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`RcBillingAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RcBillingAppCreate {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rc_billing: ::std::option::Option<RcBillingAppCreateRcBilling>,
        #[serde(rename = "type")]
        pub type_: RcBillingAppCreateType,
    }
    ///`RcBillingAppCreateRcBilling`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RcBillingAppCreateRcBilling {
        pub app_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_currency: ::std::option::Option<RcBillingCurrency>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_account_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub support_email: ::std::option::Option<::std::string::String>,
    }
    ///`RcBillingAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum RcBillingAppCreateType {
        #[serde(rename = "rc_billing")]
        RcBilling,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`RcBillingCurrency`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum RcBillingCurrency {
        #[serde(rename = "USD")]
        Usd,
        #[serde(rename = "EUR")]
        Eur,
        #[serde(rename = "JPY")]
        Jpy,
        #[serde(rename = "GBP")]
        Gbp,
        #[serde(rename = "AUD")]
        Aud,
        #[serde(rename = "CAD")]
        Cad,
        #[serde(rename = "BRL")]
        Brl,
        #[serde(rename = "KRW")]
        Krw,
        #[serde(rename = "CNY")]
        Cny,
        #[serde(rename = "MXN")]
        Mxn,
        #[serde(rename = "SEK")]
        Sek,
        #[serde(rename = "PLN")]
        Pln,
        #[serde(rename = "MYR")]
        Myr,
        #[serde(rename = "PHP")]
        Php,
        #[serde(rename = "CHF")]
        Chf,
        #[serde(rename = "SAR")]
        Sar,
        #[serde(rename = "TWD")]
        Twd,
        #[serde(rename = "NOK")]
        Nok,
        #[serde(rename = "DKK")]
        Dkk,
        #[serde(rename = "THB")]
        Thb,
        #[serde(rename = "NZD")]
        Nzd,
        #[serde(rename = "SGD")]
        Sgd,
        #[serde(rename = "HKD")]
        Hkd,
        #[serde(rename = "CZK")]
        Czk,
        #[serde(rename = "AED")]
        Aed,
        #[serde(rename = "CLP")]
        Clp,
        #[serde(rename = "COP")]
        Cop,
        #[serde(rename = "CRC")]
        Crc,
        #[serde(rename = "GEL")]
        Gel,
        #[serde(rename = "HUF")]
        Huf,
        #[serde(rename = "IDR")]
        Idr,
        #[serde(rename = "ILS")]
        Ils,
        #[serde(rename = "IQD")]
        Iqd,
        #[serde(rename = "JOD")]
        Jod,
        #[serde(rename = "KES")]
        Kes,
        #[serde(rename = "KZT")]
        Kzt,
        #[serde(rename = "MAD")]
        Mad,
        #[serde(rename = "PEN")]
        Pen,
        #[serde(rename = "QAR")]
        Qar,
        #[serde(rename = "RON")]
        Ron,
        #[serde(rename = "RSD")]
        Rsd,
        #[serde(rename = "TZS")]
        Tzs,
        #[serde(rename = "VND")]
        Vnd,
        #[serde(rename = "ZAR")]
        Zar,
        #[serde(rename = "TRY")]
        Try,
        #[serde(rename = "UAH")]
        Uah,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Revoke a granted entitlement from a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RevokeGrantedEntitlementRequest {
        ///The ID of the granted entitlement to revoke from the customer.
        pub entitlement_id: ::std::string::String,
    }
    ///`RokuAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RokuAppCreate {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku: ::std::option::Option<RokuAppCreateRoku>,
        #[serde(rename = "type")]
        pub type_: RokuAppCreateType,
    }
    ///`RokuAppCreateRoku`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct RokuAppCreateRoku {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_channel_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_channel_name: ::std::option::Option<::std::string::String>,
    }
    ///`RokuAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum RokuAppCreateType {
        #[serde(rename = "roku")]
        Roku,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Set a customer's attributes".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SetCustomerAttributesRequest {
        ///The attributes to set (1 to 50).
        pub attributes: ::std::vec::Vec<AttributeInput>,
    }
    ///The store the subscription or purchase was made in. New stores keep appearing: a value this client does not know is kept, never rejected.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Store {
        #[serde(rename = "amazon")]
        Amazon,
        #[serde(rename = "app_store")]
        AppStore,
        #[serde(rename = "mac_app_store")]
        MacAppStore,
        #[serde(rename = "play_store")]
        PlayStore,
        #[serde(rename = "promotional")]
        Promotional,
        #[serde(rename = "stripe")]
        Stripe,
        #[serde(rename = "rc_billing")]
        RcBilling,
        #[serde(rename = "roku")]
        Roku,
        #[serde(rename = "paddle")]
        Paddle,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`StoreKitConfigFile`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct StoreKitConfigFile {
        pub contents: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub object: StoreKitConfigFileObject,
    }
    ///`StoreKitConfigFileObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum StoreKitConfigFileObject {
        #[serde(rename = "store_kit_config_file")]
        StoreKitConfigFile,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`StoreProduct`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct StoreProduct {
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub object: StoreProductObject,
        pub product_identifier: ::std::string::String,
    }
    ///`StoreProductObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum StoreProductObject {
        #[serde(rename = "store_product")]
        StoreProduct,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`StripeAppCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct StripeAppCreate {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe: ::std::option::Option<StripeAppCreateStripe>,
        #[serde(rename = "type")]
        pub type_: StripeAppCreateType,
    }
    ///`StripeAppCreateStripe`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct StripeAppCreateStripe {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_account_id: ::std::option::Option<::std::string::String>,
    }
    ///`StripeAppCreateType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum StripeAppCreateType {
        #[serde(rename = "stripe")]
        Stripe,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A subscription associated with the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct Subscription {
        pub auto_renewal_status: AutoRenewalStatus,
        ///The country of the subscription (ISO 3166-1 alpha-2), if known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///When the current period ends, in ms since epoch; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_ends_at: ::std::option::Option<i64>,
        ///When the current period started, in ms since epoch.
        pub current_period_starts_at: i64,
        ///The ID of the customer the subscription belongs to.
        pub customer_id: ::std::string::String,
        ///When the subscription ends, in ms since epoch; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ends_at: ::std::option::Option<i64>,
        ///The entitlements the subscription gives, as a list envelope.
        pub entitlements: EntitlementList,
        pub environment: Environment,
        ///Whether the subscription currently gives access.
        pub gives_access: bool,
        ///The ID of the subscription.
        pub id: ::std::string::String,
        ///A URL where the customer can manage the subscription; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub management_url: ::std::option::Option<::std::string::String>,
        pub object: SubscriptionObject,
        ///The ID of the customer who originally made the subscription.
        pub original_customer_id: ::std::string::String,
        pub ownership: Ownership,
        ///A change that takes effect at the next renewal; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pending_changes: ::std::option::Option<PendingChanges>,
        ///Whether a payment is pending.
        pub pending_payment: bool,
        ///The ID of the offering presented when the subscription was made; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub presented_offering_id: ::std::option::Option<::std::string::String>,
        ///The ID of the subscribed product; may be absent or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///When the subscription started, in ms since epoch.
        pub starts_at: i64,
        pub status: SubscriptionStatus,
        pub store: Store,
        ///The store's identifier of the subscription.
        pub store_subscription_identifier: client_core::LenientString,
        ///The total revenue of the subscription in USD.
        pub total_revenue_in_usd: MonetaryAmount,
    }
    ///A page of the customer's subscriptions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SubscriptionList {
        ///Details about each object.
        pub items: ::std::vec::Vec<Subscription>,
        ///URL to access the next page of the customer's subscriptions. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `subscription`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SubscriptionObject {
        #[serde(rename = "subscription")]
        Subscription,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The durations of a subscription product, as ISO 8601 durations (each may be null).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct SubscriptionProduct {
        ///The length of one subscription period.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<::std::string::String>,
        ///The length of the grace period.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub grace_period_duration: ::std::option::Option<::std::string::String>,
        ///The length of the trial.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_duration: ::std::option::Option<::std::string::String>,
    }
    ///The status of the subscription. New values may appear.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SubscriptionStatus {
        #[serde(rename = "trialing")]
        Trialing,
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "in_grace_period")]
        InGracePeriod,
        #[serde(rename = "in_billing_retry")]
        InBillingRetry,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "unknown")]
        Unknown,
        #[serde(rename = "incomplete")]
        Incomplete,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        UnknownValue(::std::string::String),
    }
    ///`SubscriptionTransaction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SubscriptionTransaction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effective_expiration_date: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_date: ::std::option::Option<i64>,
        pub id: ::std::string::String,
        pub object: SubscriptionTransactionObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_store_identifier: ::std::option::Option<::std::string::String>,
        pub purchased_at: i64,
    }
    ///`SubscriptionTransactionObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum SubscriptionTransactionObject {
        #[serde(rename = "subscription_transaction")]
        SubscriptionTransaction,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Transfer customer's subscriptions and one-time purchases to another customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct TransferCustomerRequest {
        ///Optional. The IDs of the apps to filter the transfer by. When specified, only purchases and subscriptions associated with these apps will be transferred.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The ID of the customer to whom the subscriptions and one-time purchases will be transferred.
        pub target_customer_id: ::std::string::String,
    }
    ///The response of "Transfer customer's subscriptions and one-time purchases to another customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct TransferCustomerResponse {
        ///The original customer before the transfer
        pub source_customer: Customer,
        ///The target customer after the transfer
        pub target_customer: Customer,
    }
    ///`UpdateAppRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amazon: ::std::option::Option<UpdateAppRequestAmazon>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store: ::std::option::Option<UpdateAppRequestAppStore>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mac_app_store: ::std::option::Option<UpdateAppRequestMacAppStore>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle: ::std::option::Option<UpdateAppRequestPaddle>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub play_store: ::std::option::Option<UpdateAppRequestPlayStore>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rc_billing: ::std::option::Option<UpdateAppRequestRcBilling>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku: ::std::option::Option<UpdateAppRequestRoku>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe: ::std::option::Option<UpdateAppRequestStripe>,
    }
    ///`UpdateAppRequestAmazon`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestAmazon {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateAppRequestAppStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestAppStore {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_api_key_issuer: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_store_connect_vendor_number: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bundle_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_key_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_key_issuer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_private_key: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateAppRequestMacAppStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestMacAppStore {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bundle_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_secret: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateAppRequestPaddle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestPaddle {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paddle_is_sandbox: ::std::option::Option<bool>,
    }
    ///`UpdateAppRequestPlayStore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateAppRequestPlayStore {
        pub package_name: ::std::string::String,
    }
    ///`UpdateAppRequestRcBilling`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestRcBilling {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_currency: ::std::option::Option<RcBillingCurrency>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_account_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub support_email: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateAppRequestRoku`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestRoku {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_api_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_channel_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roku_channel_name: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateAppRequestStripe`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateAppRequestStripe {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_account_id: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateEntitlementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateEntitlementRequest {
        pub display_name: ::std::string::String,
    }
    ///`UpdateOfferingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateOfferingRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_current: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<OfferingMetadata>,
    }
    ///`UpdatePackageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdatePackageRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<::std::num::NonZeroU64>,
    }
    ///`UpdateVirtualCurrencyRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateVirtualCurrencyRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_grants: ::std::option::Option<
            ::std::vec::Vec<VirtualCurrencyProductGrantInput>,
        >,
    }
    ///`UpdateWebhookIntegrationInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateWebhookIntegrationInput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_header: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<UpdateWebhookIntegrationInputEnvironment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_types: ::std::option::Option<::std::vec::Vec<WebhookEventType>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateWebhookIntegrationInputEnvironment`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum UpdateWebhookIntegrationInputEnvironment {
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The body of "Create a virtual currencies transaction" and "Update a virtual currencies balance without creating a transaction".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrenciesAdjustmentRequest {
        ///The adjustments: each key is a virtual currency code, each value the (signed) amount to add to that currency's balance.
        pub adjustments: ::std::collections::HashMap<::std::string::String, i64>,
        ///The reference of the transaction
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    ///`VirtualCurrency`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrency {
        pub code: ::std::string::String,
        pub created_at: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        pub object: VirtualCurrencyObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_grants: ::std::option::Option<
            ::std::vec::Vec<VirtualCurrencyProductGrant>,
        >,
        pub project_id: ::std::string::String,
    }
    ///The customer's balance in one virtual currency.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrencyBalance {
        ///The balance in that currency.
        pub balance: i64,
        ///The code of the virtual currency.
        pub currency_code: ::std::string::String,
        ///The description of the virtual currency, when the server sends it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The name of the virtual currency, when the server sends it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub object: VirtualCurrencyBalanceObject,
    }
    ///A page of the customer's virtual currency balances.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrencyBalanceList {
        ///Details about each object.
        pub items: ::std::vec::Vec<VirtualCurrencyBalance>,
        ///URL to access the next page of the customer's balances. If not present / null, there is no next page. It is a relative URL carrying `starting_after`; follow it exactly as returned (never decoded and re-encoded).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page: ::std::option::Option<::std::string::String>,
        pub object: ListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type (always `virtual_currency_balance`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum VirtualCurrencyBalanceObject {
        #[serde(rename = "virtual_currency_balance")]
        VirtualCurrencyBalance,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`VirtualCurrencyObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum VirtualCurrencyObject {
        #[serde(rename = "virtual_currency")]
        VirtualCurrency,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`VirtualCurrencyProductGrant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrencyProductGrant {
        pub amount: ::std::num::NonZeroU64,
        pub expire_at_cycle_end: bool,
        pub object: VirtualCurrencyProductGrantObject,
        pub product_ids: ::std::vec::Vec<::std::string::String>,
        pub trial_amount: u64,
    }
    ///`VirtualCurrencyProductGrantInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrencyProductGrantInput {
        pub amount: ::std::num::NonZeroU64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expire_at_cycle_end: ::std::option::Option<bool>,
        pub product_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_amount: ::std::option::Option<u64>,
    }
    ///`VirtualCurrencyProductGrantObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum VirtualCurrencyProductGrantObject {
        #[serde(rename = "virtual_currency.product_grant")]
        VirtualCurrencyProductGrant,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Why a subscription was cancelled (`cancel_reason`) or expired (`expiration_reason`); `SUBSCRIPTION_PAUSED` only as an expiration reason.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookCancelReason {
        #[serde(rename = "UNSUBSCRIBE")]
        Unsubscribe,
        #[serde(rename = "BILLING_ERROR")]
        BillingError,
        #[serde(rename = "DEVELOPER_INITIATED")]
        DeveloperInitiated,
        #[serde(rename = "PRICE_INCREASE")]
        PriceIncrease,
        #[serde(rename = "CUSTOMER_SUPPORT")]
        CustomerSupport,
        #[serde(rename = "UNKNOWN")]
        Unknown,
        #[serde(rename = "SUBSCRIPTION_PAUSED")]
        SubscriptionPaused,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        UnknownValue(::std::string::String),
    }
    ///The type of a webhook event. New types are kept as `Unknown`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookDeliveryType {
        #[serde(rename = "TEST")]
        Test,
        #[serde(rename = "INITIAL_PURCHASE")]
        InitialPurchase,
        #[serde(rename = "RENEWAL")]
        Renewal,
        #[serde(rename = "CANCELLATION")]
        Cancellation,
        #[serde(rename = "UNCANCELLATION")]
        Uncancellation,
        #[serde(rename = "NON_RENEWING_PURCHASE")]
        NonRenewingPurchase,
        #[serde(rename = "SUBSCRIPTION_PAUSED")]
        SubscriptionPaused,
        #[serde(rename = "EXPIRATION")]
        Expiration,
        #[serde(rename = "BILLING_ISSUE")]
        BillingIssue,
        #[serde(rename = "PRODUCT_CHANGE")]
        ProductChange,
        #[serde(rename = "TRANSFER")]
        Transfer,
        #[serde(rename = "SUBSCRIBER_ALIAS")]
        SubscriberAlias,
        #[serde(rename = "SUBSCRIPTION_EXTENDED")]
        SubscriptionExtended,
        #[serde(rename = "TEMPORARY_ENTITLEMENT_GRANT")]
        TemporaryEntitlementGrant,
        #[serde(rename = "REFUND_REVERSED")]
        RefundReversed,
        #[serde(rename = "INVOICE_ISSUANCE")]
        InvoiceIssuance,
        #[serde(rename = "VIRTUAL_CURRENCY_TRANSACTION")]
        VirtualCurrencyTransaction,
        #[serde(rename = "EXPERIMENT_ENROLLMENT")]
        ExperimentEnrollment,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///The store environment of a purchase.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEnvironment {
        #[serde(rename = "SANDBOX")]
        Sandbox,
        #[serde(rename = "PRODUCTION")]
        Production,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`WebhookEventType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEventType {
        #[serde(rename = "initial_purchase")]
        InitialPurchase,
        #[serde(rename = "renewal")]
        Renewal,
        #[serde(rename = "product_change")]
        ProductChange,
        #[serde(rename = "cancellation")]
        Cancellation,
        #[serde(rename = "billing_issue")]
        BillingIssue,
        #[serde(rename = "non_renewing_purchase")]
        NonRenewingPurchase,
        #[serde(rename = "uncancellation")]
        Uncancellation,
        #[serde(rename = "transfer")]
        Transfer,
        #[serde(rename = "subscription_paused")]
        SubscriptionPaused,
        #[serde(rename = "expiration")]
        Expiration,
        #[serde(rename = "subscription_extended")]
        SubscriptionExtended,
        #[serde(rename = "invoice_issuance")]
        InvoiceIssuance,
        #[serde(rename = "temporary_entitlement_grant")]
        TemporaryEntitlementGrant,
        #[serde(rename = "refund_reversed")]
        RefundReversed,
        #[serde(rename = "virtual_currency_transaction")]
        VirtualCurrencyTransaction,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///An experiment enrollment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookExperiment {
        ///The experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment_id: ::std::option::Option<::std::string::String>,
        ///The variant assigned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment_variant: ::std::option::Option<::std::string::String>,
    }
    ///A customer was enrolled in an experiment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookExperimentEnrollmentEvent {
        ///Every app user id the customer has had; search these as well as `original_app_user_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The app (within the project) the event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        ///The customer's most recent app user id.
        pub app_user_id: ::std::string::String,
        ///When the event was created, in milliseconds since the Unix epoch (not necessarily when the purchase or change happened).
        pub event_timestamp_ms: i64,
        ///When the customer was enrolled (milliseconds since the Unix epoch).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment_enrolled_at_ms: ::std::option::Option<i64>,
        ///The experiment the customer was enrolled in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment_id: ::std::option::Option<::std::string::String>,
        ///The variant the customer was assigned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiment_variant: ::std::option::Option<::std::string::String>,
        ///The event id; a retried delivery keeps it, so it deduplicates deliveries.
        pub id: ::std::string::String,
        ///The first app user id the customer had.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_app_user_id: ::std::option::Option<::std::string::String>,
        ///The customer's attributes, by attribute name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscriber_attributes: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                WebhookSubscriberAttribute,
            >,
        >,
        #[serde(rename = "type")]
        pub type_: WebhookDeliveryType,
    }
    ///`WebhookIntegration`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookIntegration {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub app_id: ::std::option::Option<::std::string::String>,
        pub created_at: i64,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub environment: ::std::option::Option<WebhookIntegrationEnvironment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        pub object: WebhookIntegrationObject,
        pub project_id: ::std::string::String,
        pub url: ::std::string::String,
    }
    ///`WebhookIntegrationEnvironment`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookIntegrationEnvironment {
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "sandbox")]
        Sandbox,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`WebhookIntegrationObject`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookIntegrationObject {
        #[serde(rename = "webhook_integration")]
        WebhookIntegration,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A purchase or subscription lifecycle event (purchases, renewals, cancellations, expirations, billing issues, product changes, ...). Fields marked with an event type appear only on that type.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookLifecycleEvent {
        ///Every app user id the customer has had; search these as well as `original_app_user_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The app (within the project) the event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        ///The customer's most recent app user id.
        pub app_user_id: ::std::string::String,
        ///`SUBSCRIPTION_PAUSED` only (Play Store): when the paused subscription resumes (milliseconds since the Unix epoch).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_resume_at_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancel_reason: ::std::option::Option<WebhookCancelReason>,
        ///Estimated share of the price taken by the store as commission (0 to 1); null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission_percentage: ::std::option::Option<f64>,
        ///ISO 3166 two-letter country of the customer, from the SDK's last request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country_code: ::std::option::Option<::std::string::String>,
        ///ISO 4217 code of the currency the customer paid in; null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Deprecated: the single entitlement; read `entitlement_ids`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entitlement_id: ::std::option::Option<::std::string::String>,
        ///The entitlements the product unlocks; null when it unlocks none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entitlement_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<WebhookEnvironment>,
        ///When the event was created, in milliseconds since the Unix epoch (not necessarily when the purchase or change happened).
        pub event_timestamp_ms: i64,
        ///The experiments the subscription was enrolled in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub experiments: ::std::option::Option<::std::vec::Vec<WebhookExperiment>>,
        ///When the transaction expires (milliseconds since the Unix epoch); null for purchases that do not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_at_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_reason: ::std::option::Option<WebhookCancelReason>,
        ///`BILLING_ISSUE` only: when the grace period ends, if the subscription has one (milliseconds since the Unix epoch).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub grace_period_expiration_at_ms: ::std::option::Option<i64>,
        ///The event id; a retried delivery keeps it, so it deduplicates deliveries.
        pub id: ::std::string::String,
        ///Whether the purchase was shared through Apple Family Sharing (always false elsewhere).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_family_share: ::std::option::Option<bool>,
        ///`RENEWAL` only: whether the renewed period followed a free trial.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_trial_conversion: ::std::option::Option<bool>,
        ///Additional data the store attached, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///`PRODUCT_CHANGE` only: the product the customer moves to, when the store reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_product_id: ::std::option::Option<::std::string::String>,
        ///The offer or promotion code redeemed, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offer_code: ::std::option::Option<::std::string::String>,
        ///The first app user id the customer had.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_app_user_id: ::std::option::Option<::std::string::String>,
        ///The store's id of the subscription's first transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_type: ::std::option::Option<WebhookPeriodType>,
        ///The offering shown when the customer first bought; null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub presented_offering_id: ::std::option::Option<::std::string::String>,
        ///The price in US dollars; 0 for a free trial, negative for a refund, null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<f64>,
        ///The price experiments the subscription was enrolled in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_experiments: ::std::option::Option<
            ::std::vec::Vec<WebhookPriceExperiment>,
        >,
        ///The price in `currency`; 0 for a free trial, negative for a refund, null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_in_purchased_currency: ::std::option::Option<f64>,
        ///The product identifier (for newer Play Store products `<subscription id>:<base plan id>`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///When the transaction was made, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchased_at_ms: ::std::option::Option<i64>,
        ///How many renewals the subscription has had, starting at 1 (trial conversions count).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub renewal_number: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store: ::std::option::Option<WebhookStore>,
        ///The customer's attributes, by attribute name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscriber_attributes: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                WebhookSubscriberAttribute,
            >,
        >,
        ///Deprecated: estimated share left after commission.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub takehome_percentage: ::std::option::Option<f64>,
        ///Estimated share of the price taken as tax (0 to 1); null when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_percentage: ::std::option::Option<f64>,
        ///The store's transaction id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: WebhookDeliveryType,
    }
    ///The kind of period a transaction pays for: free trial, introductory price, standard, granted through the vendor, or Play Store prepaid.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookPeriodType {
        #[serde(rename = "TRIAL")]
        Trial,
        #[serde(rename = "INTRO")]
        Intro,
        #[serde(rename = "NORMAL")]
        Normal,
        #[serde(rename = "PROMOTIONAL")]
        Promotional,
        #[serde(rename = "PREPAID")]
        Prepaid,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A price experiment enrollment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookPriceExperiment {
        ///The price experiment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_experiment_id: ::std::option::Option<::std::string::String>,
        ///The variant assigned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_experiment_variant: ::std::option::Option<::std::string::String>,
    }
    ///The store a purchase was made in.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookStore {
        #[serde(rename = "AMAZON")]
        Amazon,
        #[serde(rename = "APP_STORE")]
        AppStore,
        #[serde(rename = "MAC_APP_STORE")]
        MacAppStore,
        #[serde(rename = "PADDLE")]
        Paddle,
        #[serde(rename = "PLAY_STORE")]
        PlayStore,
        #[serde(rename = "PROMOTIONAL")]
        Promotional,
        #[serde(rename = "RC_BILLING")]
        RcBilling,
        #[serde(rename = "ROKU")]
        Roku,
        #[serde(rename = "STRIPE")]
        Stripe,
        #[serde(rename = "TEST_STORE")]
        TestStore,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///One customer attribute.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookSubscriberAttribute {
        ///When it was last set (milliseconds since the Unix epoch).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at_ms: ::std::option::Option<i64>,
        ///The attribute's value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    ///Purchases and entitlements moved from some app user ids to others. Sent once, for the receiving customer; it has no `app_user_id`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookTransferEvent {
        ///Every app user id the customer has had; search these as well as `original_app_user_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The app (within the project) the event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<WebhookEnvironment>,
        ///When the event was created, in milliseconds since the Unix epoch (not necessarily when the purchase or change happened).
        pub event_timestamp_ms: i64,
        ///The event id; a retried delivery keeps it, so it deduplicates deliveries.
        pub id: ::std::string::String,
        ///The first app user id the customer had.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_app_user_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store: ::std::option::Option<WebhookStore>,
        ///The customer's attributes, by attribute name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscriber_attributes: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                WebhookSubscriberAttribute,
            >,
        >,
        ///The app user ids the purchases and entitlements were taken from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transferred_from: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///The app user ids that received them.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transferred_to: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(rename = "type")]
        pub type_: WebhookDeliveryType,
    }
    ///A virtual currency.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct WebhookVirtualCurrency {
        ///The currency's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Its description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Its display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    ///One change of a virtual currency balance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookVirtualCurrencyAdjustment {
        ///Units added (positive) or removed (negative).
        pub amount: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<WebhookVirtualCurrency>,
    }
    ///What caused a virtual currency transaction.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookVirtualCurrencySource {
        #[serde(rename = "in_app_purchase")]
        InAppPurchase,
        #[serde(rename = "admin_api")]
        AdminApi,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A change of a customer's virtual currency balances (granted by a purchase or renewal, taken back by a refund, or set through the API).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct WebhookVirtualCurrencyTransactionEvent {
        ///The balance changes this transaction made, one per currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adjustments: ::std::option::Option<
            ::std::vec::Vec<WebhookVirtualCurrencyAdjustment>,
        >,
        ///Every app user id the customer has had; search these as well as `original_app_user_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The app (within the project) the event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        ///The customer's most recent app user id.
        pub app_user_id: ::std::string::String,
        ///ISO 3166 two-letter country of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country_code: ::std::option::Option<::std::string::String>,
        ///When the event was created, in milliseconds since the Unix epoch (not necessarily when the purchase or change happened).
        pub event_timestamp_ms: i64,
        ///The event id; a retried delivery keeps it, so it deduplicates deliveries.
        pub id: ::std::string::String,
        ///The first app user id the customer had.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_app_user_id: ::std::option::Option<::std::string::String>,
        ///The display name of that product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_display_name: ::std::option::Option<::std::string::String>,
        ///The product whose purchase (or refund) caused the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_environment: ::std::option::Option<WebhookEnvironment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<WebhookVirtualCurrencySource>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store: ::std::option::Option<WebhookStore>,
        ///The customer's attributes, by attribute name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscriber_attributes: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                WebhookSubscriberAttribute,
            >,
        >,
        ///The store's transaction id of the purchase.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: WebhookDeliveryType,
        ///The id of this virtual currency transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_currency_transaction_id: ::std::option::Option<
            ::std::string::String,
        >,
    }
    /// Types for composing complex structures.
    pub mod builder {
        client_core::type_builder! {
            ActiveEntitlement;
            val entitlement_id: ::std::string::String,
            opt expires_at: i64,
            val object: super::ActiveEntitlementObject,
        }
        client_core::type_builder! {
            ActiveEntitlementList;
            val items: ::std::vec::Vec<super::ActiveEntitlement>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            AmazonAppCreate;
            val amazon: super::AmazonAppCreateAmazon,
            val name: ::std::string::String,
            val type_: super::AmazonAppCreateType,
        }
        client_core::type_builder! {
            AmazonAppCreateAmazon;
            val package_name: ::std::string::String,
            opt shared_secret: ::std::string::String,
        }
        client_core::type_builder! {
            App;
            val created_at: i64,
            val id: ::std::string::String,
            val name: ::std::string::String,
            val object: super::AppObject,
            val project_id: ::std::string::String,
            val type_: super::AppType,
            val extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }
        client_core::type_builder! {
            AppStoreAppCreate;
            val app_store: super::AppStoreAppCreateAppStore,
            val name: ::std::string::String,
            val type_: super::AppStoreAppCreateType,
        }
        client_core::type_builder! {
            AppStoreAppCreateAppStore;
            opt app_store_connect_api_key: ::std::string::String,
            opt app_store_connect_api_key_id: ::std::string::String,
            opt app_store_connect_api_key_issuer: ::std::string::String,
            opt app_store_connect_vendor_number: ::std::string::String,
            val bundle_id: ::std::string::String,
            opt shared_secret: ::std::string::String,
            opt subscription_key_id: ::std::string::String,
            opt subscription_key_issuer: ::std::string::String,
            opt subscription_private_key: ::std::string::String,
        }
        client_core::type_builder! {
            AssignOfferingRequest, from;
            opt offering_id: ::std::string::String,
        }
        client_core::type_builder! {
            AttachProductsToEntitlementRequest, from;
            val product_ids: ::std::vec::Vec<::std::string::String>,
        }
        client_core::type_builder! {
            AttachProductsToPackageRequest, from;
            val products: ::std::vec::Vec<super::PackageProductIdAssociation>,
        }
        client_core::type_builder! {
            AttributeInput;
            val name: ::std::string::String,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            AuditLog;
            val action_type: ::std::string::String,
            val actor_identifier: ::std::string::String,
            val actor_type: super::AuditLogActorType,
            val additional_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            val id: ::std::string::String,
            val object: super::AuditLogObject,
            val occurred_at: i64,
            val project_id: ::std::string::String,
            val target_identifier: ::std::string::String,
            val target_type: ::std::string::String,
        }
        client_core::type_builder! {
            AuthenticatedManagementUrl;
            val management_url: ::std::string::String,
            val object: super::AuthenticatedManagementUrlObject,
        }
        client_core::type_builder! {
            BlockedCustomer;
            val updated_at_ms: i64,
        }
        client_core::type_builder! {
            BlockedCustomers;
            val object: super::BlockedCustomerObject,
            val extra: ::std::collections::HashMap<::std::string::String, super::BlockedCustomer>,
        }
        client_core::type_builder! {
            ChartData;
            val category: ::std::string::String,
            val description: ::std::string::String,
            val display_name: ::std::string::String,
            val display_type: ::std::string::String,
            opt documentation_link: ::std::string::String,
            opt end_date: i64,
            opt filtering_allowed: bool,
            opt last_computed_at: i64,
            opt measures: ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            val object: super::ChartDataObject,
            val resolution: super::ChartDataResolution,
            opt segmenting_allowed: bool,
            opt segments: ::std::vec::Vec<super::ChartDataSegmentsItem>,
            opt segments_limit: i64,
            opt start_date: i64,
            opt summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            opt unsupported_params: super::ChartDataUnsupportedParams,
            opt user_selectors: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            val values: ::std::vec::Vec<super::ChartDataValuesItem>,
            val yaxis: ::std::string::String,
            opt yaxis_currency: ::std::string::String,
        }
        client_core::type_builder! {
            ChartDataSegmentsItem;
            opt display_name: ::std::string::String,
            opt id: ::std::string::String,
        }
        client_core::type_builder! {
            ChartDataUnsupportedParams;
            val filters: ::std::vec::Vec<::std::string::String> = Default::default(),
            opt segment: ::std::string::String,
        }
        client_core::type_builder! {
            ChartFilterOption;
            val display_name: ::std::string::String,
            opt group_display_name: ::std::string::String,
            val id: ::std::string::String,
            val options: ::std::vec::Vec<super::ChartFilterOptionOptionsItem>,
        }
        client_core::type_builder! {
            ChartFilterOptionOptionsItem;
            val display_name: ::std::string::String,
            val id: ::std::string::String,
        }
        client_core::type_builder! {
            ChartOptions;
            val filters: ::std::vec::Vec<super::ChartFilterOption>,
            val object: super::ChartOptionsObject,
            val resolutions: ::std::vec::Vec<super::ChartOptionsResolutionsItem>,
            val segments: ::std::vec::Vec<super::ChartSegmentOption>,
            opt user_selectors: ::std::collections::HashMap<::std::string::String, super::ChartOptionsUserSelectorsValue>,
        }
        client_core::type_builder! {
            ChartOptionsResolutionsItem;
            val display_name: ::std::string::String,
            val id: ::std::string::String,
        }
        client_core::type_builder! {
            ChartOptionsUserSelectorsValue;
            opt default: ::std::string::String,
            opt display_name: ::std::string::String,
            val options: ::std::vec::Vec<super::ChartOptionsUserSelectorsValueOptionsItem> = Default::default(),
        }
        client_core::type_builder! {
            ChartOptionsUserSelectorsValueOptionsItem;
            val display_name: ::std::string::String,
            val id: ::std::string::String,
        }
        client_core::type_builder! {
            ChartSegmentOption;
            val display_name: ::std::string::String,
            opt group_display_name: ::std::string::String,
            val id: ::std::string::String,
        }
        client_core::type_builder! {
            Collaborator;
            opt accepted_at: i64,
            val email: ::std::string::String,
            val has_mfa: bool,
            val id: ::std::string::String,
            opt name: ::std::string::String,
            val object: super::CollaboratorObject,
            val role: ::std::string::String,
        }
        client_core::type_builder! {
            CreateAppStoreConnectSubscriptionInput;
            val duration: super::CreateAppStoreConnectSubscriptionInputDuration,
            opt subscription_group_id: ::std::string::String,
            val subscription_group_name: ::std::string::String,
        }
        client_core::type_builder! {
            CreateCustomerAttribute;
            val name: ::std::string::String,
            val value: ::std::string::String,
        }
        client_core::type_builder! {
            CreateCustomerRequest, from;
            val attributes: ::std::vec::Vec<super::CreateCustomerAttribute> = Default::default(),
            val id: ::std::string::String,
        }
        client_core::type_builder! {
            CreateEntitlementRequest, from;
            val display_name: ::std::string::String,
            val lookup_key: ::std::string::String,
        }
        client_core::type_builder! {
            CreateOfferingRequest, from;
            val display_name: ::std::string::String,
            val lookup_key: ::std::string::String,
            opt metadata: super::OfferingMetadata,
        }
        client_core::type_builder! {
            CreatePackagesRequest, from;
            val display_name: ::std::string::String,
            val lookup_key: ::std::string::String,
            opt position: i64,
        }
        client_core::type_builder! {
            CreatePaywallRequest, from;
            val offering_id: ::std::string::String,
        }
        client_core::type_builder! {
            CreateProductInStoreRequest, from;
            opt store_information: super::CreateProductInStoreRequestStoreInformation,
        }
        client_core::type_builder! {
            CreateProductInStoreResponse;
            val created_product: super::StoreProduct,
        }
        client_core::type_builder! {
            CreateProductRequest, from;
            val app_id: ::std::string::String,
            opt display_name: ::std::string::String,
            val store_identifier: ::std::string::String,
            opt subscription: super::ProductSubscriptionInput,
            opt title: ::std::string::String,
            val type_: super::ProductType,
        }
        client_core::type_builder! {
            CreateVirtualCurrencyRequest, from;
            val code: ::std::string::String,
            opt description: ::std::string::String,
            val name: ::std::string::String,
            opt product_grants: ::std::vec::Vec<super::VirtualCurrencyProductGrantInput>,
        }
        client_core::type_builder! {
            CreateWebhookIntegrationInput, from;
            opt app_id: ::std::string::String,
            opt authorization_header: ::std::string::String,
            opt environment: super::CreateWebhookIntegrationInputEnvironment,
            opt event_types: ::std::vec::Vec<super::WebhookEventType>,
            val name: ::std::string::String,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            Customer;
            opt active_entitlements: super::ActiveEntitlementList,
            opt attributes: super::CustomerAttributeList,
            opt experiment: super::ExperimentEnrollment,
            val first_seen_at: i64,
            val id: ::std::string::String,
            opt last_seen_app_version: ::std::string::String,
            opt last_seen_at: i64,
            opt last_seen_country: ::std::string::String,
            opt last_seen_platform: ::std::string::String,
            opt last_seen_platform_version: ::std::string::String,
            val object: super::CustomerObject,
            val project_id: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerAlias;
            val created_at: i64,
            val id: ::std::string::String,
            val object: super::CustomerAliasObject,
        }
        client_core::type_builder! {
            CustomerAliasList;
            val items: ::std::vec::Vec<super::CustomerAlias>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerAttribute;
            val name: ::std::string::String,
            val object: super::CustomerAttributeObject,
            val updated_at: i64,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerAttributeList;
            val items: ::std::vec::Vec<super::CustomerAttribute>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            CustomerList;
            val items: ::std::vec::Vec<super::Customer>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            DeletedObject;
            val deleted_at: i64,
            val id: ::std::string::String,
            val object: super::DeletedObjectType,
        }
        client_core::type_builder! {
            DetachProductsFromEntitlementRequest, from;
            val product_ids: ::std::vec::Vec<::std::string::String>,
        }
        client_core::type_builder! {
            DetachProductsFromPackageRequest, from;
            val product_ids: ::std::vec::Vec<::std::string::String>,
        }
        client_core::type_builder! {
            Entitlement;
            val created_at: i64,
            val display_name: ::std::string::String,
            val id: ::std::string::String,
            val lookup_key: ::std::string::String,
            val object: super::EntitlementObject,
            opt products: super::ProductList,
            val project_id: ::std::string::String,
        }
        client_core::type_builder! {
            EntitlementList;
            val items: ::std::vec::Vec<super::Entitlement>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            Error;
            opt backoff_ms: i64,
            opt doc_url: ::std::string::String,
            val message: ::std::string::String,
            val object: super::ErrorObject,
            opt param: ::std::string::String,
            val retryable: bool,
            val type_: super::ErrorType,
        }
        client_core::type_builder! {
            ExperimentEnrollment;
            val id: ::std::string::String,
            val name: ::std::string::String,
            val object: super::ExperimentEnrollmentObject,
            val variant: ::std::string::String,
        }
        client_core::type_builder! {
            GrantEntitlementRequest, from;
            val entitlement_id: ::std::string::String,
            val expires_at: i64,
        }
        client_core::type_builder! {
            Invoice;
            val id: ::std::string::String,
            opt invoice_url: ::std::string::String,
            val issued_at: i64,
            val line_items: ::std::vec::Vec<super::InvoiceLineItem>,
            val object: super::InvoiceObject,
            opt paid_at: i64,
            val total_amount: super::MonetaryAmount,
        }
        client_core::type_builder! {
            InvoiceLineItem;
            val object: super::InvoiceLineItemObject,
            opt product_display_name: ::std::string::String,
            opt product_duration: ::std::string::String,
            val product_identifier: ::std::string::String,
            val quantity: i64,
            val unit_amount: super::MonetaryAmount,
        }
        client_core::type_builder! {
            InvoiceList;
            val items: ::std::vec::Vec<super::Invoice>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListApps;
            val items: ::std::vec::Vec<super::App>,
            opt next_page: ::std::string::String,
            val object: super::ListAppsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListAuditLogs;
            val items: ::std::vec::Vec<super::AuditLog>,
            opt next_page: ::std::string::String,
            val object: super::ListAuditLogsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListCollaborators;
            val items: ::std::vec::Vec<super::Collaborator>,
            opt next_page: ::std::string::String,
            val object: super::ListCollaboratorsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListEntitlements;
            val items: ::std::vec::Vec<super::Entitlement>,
            opt next_page: ::std::string::String,
            val object: super::ListEntitlementsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListOfferings;
            val items: ::std::vec::Vec<super::Offering>,
            opt next_page: ::std::string::String,
            val object: super::ListOfferingsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListPackages;
            val items: ::std::vec::Vec<super::Package>,
            opt next_page: ::std::string::String,
            val object: super::ListPackagesObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListPaywalls;
            val items: ::std::vec::Vec<super::Paywall>,
            opt next_page: ::std::string::String,
            val object: super::ListPaywallsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListProducts;
            val items: ::std::vec::Vec<super::Product>,
            opt next_page: ::std::string::String,
            val object: super::ListProductsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListProjects;
            val items: ::std::vec::Vec<super::Project>,
            opt next_page: ::std::string::String,
            val object: super::ListProjectsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListPublicApiKeys;
            val items: ::std::vec::Vec<super::PublicApiKey>,
            opt next_page: ::std::string::String,
            val object: super::ListPublicApiKeysObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListPurchases;
            val items: ::std::vec::Vec<super::Purchase>,
            opt next_page: ::std::string::String,
            val object: super::ListPurchasesObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListSubscriptionTransaction;
            val items: ::std::vec::Vec<super::SubscriptionTransaction>,
            opt next_page: ::std::string::String,
            val object: super::ListSubscriptionTransactionObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListSubscriptions;
            val items: ::std::vec::Vec<super::Subscription>,
            opt next_page: ::std::string::String,
            val object: super::ListSubscriptionsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListVirtualCurrencies;
            val items: ::std::vec::Vec<super::VirtualCurrency>,
            opt next_page: ::std::string::String,
            val object: super::ListVirtualCurrenciesObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ListWebhookIntegrations;
            val items: ::std::vec::Vec<super::WebhookIntegration>,
            opt next_page: ::std::string::String,
            val object: super::ListWebhookIntegrationsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            MacAppStoreAppCreate;
            val mac_app_store: super::MacAppStoreAppCreateMacAppStore,
            val name: ::std::string::String,
            val type_: super::MacAppStoreAppCreateType,
        }
        client_core::type_builder! {
            MacAppStoreAppCreateMacAppStore;
            val bundle_id: ::std::string::String,
            opt shared_secret: ::std::string::String,
        }
        client_core::type_builder! {
            MonetaryAmount;
            opt commission: f64,
            val currency: ::std::string::String,
            val gross: f64,
            val proceeds: f64,
            val tax: f64,
        }
        client_core::type_builder! {
            Offering;
            val created_at: i64,
            val display_name: ::std::string::String,
            val id: ::std::string::String,
            val is_current: bool,
            val lookup_key: ::std::string::String,
            opt metadata: super::OfferingMetadata,
            val object: super::OfferingObject,
            opt packages: super::OfferingPackages,
            val project_id: ::std::string::String,
        }
        client_core::type_builder! {
            OfferingPackages;
            val items: ::std::vec::Vec<super::Package>,
            opt next_page: ::std::string::String,
            val object: super::OfferingPackagesObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            OneTimeProduct;
            opt is_consumable: bool,
        }
        client_core::type_builder! {
            OverviewMetric;
            val description: ::std::string::String,
            val id: ::std::string::String,
            opt last_updated_at: i64,
            opt last_updated_at_iso8601: ::chrono::DateTime<::chrono::offset::Utc>,
            val name: ::std::string::String,
            val object: super::OverviewMetricObject,
            val period: super::OverviewMetricPeriod,
            val unit: ::std::string::String,
            val value: f64,
        }
        client_core::type_builder! {
            OverviewMetrics;
            val metrics: ::std::vec::Vec<super::OverviewMetric>,
            val object: super::OverviewMetricsObject,
        }
        client_core::type_builder! {
            Package;
            val created_at: i64,
            val display_name: ::std::string::String,
            val id: ::std::string::String,
            val lookup_key: ::std::string::String,
            val object: super::PackageObject,
            opt position: i64,
            opt products: super::PackageProducts,
        }
        client_core::type_builder! {
            PackageProductAssociation;
            val eligibility_criteria: super::EligibilityCriteria,
            val product: super::Product,
        }
        client_core::type_builder! {
            PackageProductIdAssociation;
            val eligibility_criteria: super::EligibilityCriteria,
            val product_id: ::std::string::String,
        }
        client_core::type_builder! {
            PackageProducts;
            val items: ::std::vec::Vec<super::PackageProductAssociation>,
            opt next_page: ::std::string::String,
            val object: super::PackageProductsObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            PaddleAppCreate;
            val name: ::std::string::String,
            opt paddle: super::PaddleAppCreatePaddle,
            val type_: super::PaddleAppCreateType,
        }
        client_core::type_builder! {
            PaddleAppCreatePaddle;
            opt paddle_api_key: ::std::string::String,
            opt paddle_is_sandbox: bool,
        }
        client_core::type_builder! {
            Paywall;
            opt components: super::PaywallComponents,
            val created_at: i64,
            val id: ::std::string::String,
            opt name: ::std::string::String,
            val object: super::PaywallObject,
            opt offering: super::Offering,
            val offering_id: ::std::string::String,
            opt published_at: i64,
        }
        client_core::type_builder! {
            PaywallComponents;
            val draft: super::PaywallComponentsVersion,
            val published: super::PaywallComponentsVersion,
        }
        client_core::type_builder! {
            PaywallComponentsVersionInner;
            opt components_config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            val components_localizations: ::std::collections::HashMap<::std::string::String, ::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            opt default_locale: ::std::string::String,
            opt fonts: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            opt revision: i64,
        }
        client_core::type_builder! {
            PendingChanges;
            opt product: super::Product,
        }
        client_core::type_builder! {
            PlayStoreAppCreate;
            val name: ::std::string::String,
            val play_store: super::PlayStoreAppCreatePlayStore,
            val type_: super::PlayStoreAppCreateType,
        }
        client_core::type_builder! {
            PlayStoreAppCreatePlayStore;
            val package_name: ::std::string::String,
        }
        client_core::type_builder! {
            Product;
            opt app: super::App,
            val app_id: ::std::string::String,
            val created_at: i64,
            opt display_name: ::std::string::String,
            val id: ::std::string::String,
            val object: super::ProductObject,
            opt one_time: super::OneTimeProduct,
            val store_identifier: ::std::string::String,
            opt subscription: super::SubscriptionProduct,
            val type_: super::ProductType,
        }
        client_core::type_builder! {
            ProductList;
            val items: ::std::vec::Vec<super::Product>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ProductSubscriptionInputInner;
            val duration: super::Duration,
        }
        client_core::type_builder! {
            ProductsFromEntitlement;
            val items: ::std::vec::Vec<super::Product>,
            opt next_page: ::std::string::String,
            val object: super::ProductsFromEntitlementObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            ProductsFromPackage;
            val items: ::std::vec::Vec<super::PackageProductAssociation>,
            opt next_page: ::std::string::String,
            val object: super::ProductsFromPackageObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            Project;
            val created_at: i64,
            opt icon_url: ::std::string::String,
            opt icon_url_large: ::std::string::String,
            val id: ::std::string::String,
            val name: ::std::string::String,
            val object: super::ProjectObject,
        }
        client_core::type_builder! {
            ProjectCreate, from;
            val name: ::std::string::String,
        }
        client_core::type_builder! {
            PublicApiKey;
            val app_id: ::std::string::String,
            val created_at: i64,
            val environment: super::PublicApiKeyEnvironment,
            val id: ::std::string::String,
            val key: ::std::string::String,
            val object: super::PublicApiKeyObject,
        }
        client_core::type_builder! {
            Purchase;
            opt country: ::std::string::String,
            val customer_id: ::std::string::String,
            val entitlements: super::EntitlementList,
            val environment: super::Environment,
            val id: ::std::string::String,
            val object: super::PurchaseObject,
            val original_customer_id: ::std::string::String,
            val ownership: super::Ownership,
            opt presented_offering_id: ::std::string::String,
            val product_id: ::std::string::String,
            val purchased_at: i64,
            val quantity: i64,
            val revenue_in_usd: super::MonetaryAmount,
            val status: super::PurchaseStatus,
            val store: super::Store,
            val store_purchase_identifier: client_core::LenientString,
        }
        client_core::type_builder! {
            PurchaseList;
            val items: ::std::vec::Vec<super::Purchase>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            RcBillingAppCreate;
            val name: ::std::string::String,
            opt rc_billing: super::RcBillingAppCreateRcBilling,
            val type_: super::RcBillingAppCreateType,
        }
        client_core::type_builder! {
            RcBillingAppCreateRcBilling;
            val app_name: ::std::string::String,
            opt default_currency: super::RcBillingCurrency,
            opt stripe_account_id: ::std::string::String,
            opt support_email: ::std::string::String,
        }
        client_core::type_builder! {
            RevokeGrantedEntitlementRequest, from;
            val entitlement_id: ::std::string::String,
        }
        client_core::type_builder! {
            RokuAppCreate;
            val name: ::std::string::String,
            opt roku: super::RokuAppCreateRoku,
            val type_: super::RokuAppCreateType,
        }
        client_core::type_builder! {
            RokuAppCreateRoku;
            opt roku_api_key: ::std::string::String,
            opt roku_channel_id: ::std::string::String,
            opt roku_channel_name: ::std::string::String,
        }
        client_core::type_builder! {
            SetCustomerAttributesRequest, from;
            val attributes: ::std::vec::Vec<super::AttributeInput>,
        }
        client_core::type_builder! {
            StoreKitConfigFile;
            val contents: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            val object: super::StoreKitConfigFileObject,
        }
        client_core::type_builder! {
            StoreProduct;
            val id: ::std::string::String,
            opt name: ::std::string::String,
            val object: super::StoreProductObject,
            val product_identifier: ::std::string::String,
        }
        client_core::type_builder! {
            StripeAppCreate;
            val name: ::std::string::String,
            opt stripe: super::StripeAppCreateStripe,
            val type_: super::StripeAppCreateType,
        }
        client_core::type_builder! {
            StripeAppCreateStripe;
            opt stripe_account_id: ::std::string::String,
        }
        client_core::type_builder! {
            Subscription;
            val auto_renewal_status: super::AutoRenewalStatus,
            opt country: ::std::string::String,
            opt current_period_ends_at: i64,
            val current_period_starts_at: i64,
            val customer_id: ::std::string::String,
            opt ends_at: i64,
            val entitlements: super::EntitlementList,
            val environment: super::Environment,
            val gives_access: bool,
            val id: ::std::string::String,
            opt management_url: ::std::string::String,
            val object: super::SubscriptionObject,
            val original_customer_id: ::std::string::String,
            val ownership: super::Ownership,
            opt pending_changes: super::PendingChanges,
            val pending_payment: bool,
            opt presented_offering_id: ::std::string::String,
            opt product_id: ::std::string::String,
            val starts_at: i64,
            val status: super::SubscriptionStatus,
            val store: super::Store,
            val store_subscription_identifier: client_core::LenientString,
            val total_revenue_in_usd: super::MonetaryAmount,
        }
        client_core::type_builder! {
            SubscriptionList;
            val items: ::std::vec::Vec<super::Subscription>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            SubscriptionProduct;
            opt duration: ::std::string::String,
            opt grace_period_duration: ::std::string::String,
            opt trial_duration: ::std::string::String,
        }
        client_core::type_builder! {
            SubscriptionTransaction;
            opt effective_expiration_date: i64,
            opt expiration_date: i64,
            val id: ::std::string::String,
            val object: super::SubscriptionTransactionObject,
            opt product_store_identifier: ::std::string::String,
            val purchased_at: i64,
        }
        client_core::type_builder! {
            TransferCustomerRequest, from;
            opt app_ids: ::std::vec::Vec<::std::string::String>,
            val target_customer_id: ::std::string::String,
        }
        client_core::type_builder! {
            TransferCustomerResponse;
            val source_customer: super::Customer,
            val target_customer: super::Customer,
        }
        client_core::type_builder! {
            UpdateAppRequest, from;
            opt amazon: super::UpdateAppRequestAmazon,
            opt app_store: super::UpdateAppRequestAppStore,
            opt mac_app_store: super::UpdateAppRequestMacAppStore,
            opt name: ::std::string::String,
            opt paddle: super::UpdateAppRequestPaddle,
            opt play_store: super::UpdateAppRequestPlayStore,
            opt rc_billing: super::UpdateAppRequestRcBilling,
            opt roku: super::UpdateAppRequestRoku,
            opt stripe: super::UpdateAppRequestStripe,
        }
        client_core::type_builder! {
            UpdateAppRequestAmazon;
            opt package_name: ::std::string::String,
            opt shared_secret: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestAppStore;
            opt app_store_connect_api_key: ::std::string::String,
            opt app_store_connect_api_key_id: ::std::string::String,
            opt app_store_connect_api_key_issuer: ::std::string::String,
            opt app_store_connect_vendor_number: ::std::string::String,
            opt bundle_id: ::std::string::String,
            opt shared_secret: ::std::string::String,
            opt subscription_key_id: ::std::string::String,
            opt subscription_key_issuer: ::std::string::String,
            opt subscription_private_key: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestMacAppStore;
            opt bundle_id: ::std::string::String,
            opt shared_secret: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestPaddle;
            opt paddle_api_key: ::std::string::String,
            opt paddle_is_sandbox: bool,
        }
        client_core::type_builder! {
            UpdateAppRequestPlayStore;
            val package_name: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestRcBilling;
            opt app_name: ::std::string::String,
            opt default_currency: super::RcBillingCurrency,
            opt stripe_account_id: ::std::string::String,
            opt support_email: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestRoku;
            opt roku_api_key: ::std::string::String,
            opt roku_channel_id: ::std::string::String,
            opt roku_channel_name: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateAppRequestStripe;
            opt stripe_account_id: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateEntitlementRequest, from;
            val display_name: ::std::string::String,
        }
        client_core::type_builder! {
            UpdateOfferingRequest, from;
            opt display_name: ::std::string::String,
            opt is_current: bool,
            opt metadata: super::OfferingMetadata,
        }
        client_core::type_builder! {
            UpdatePackageRequest, from;
            opt display_name: ::std::string::String,
            opt position: ::std::num::NonZeroU64,
        }
        client_core::type_builder! {
            UpdateVirtualCurrencyRequest, from;
            opt description: ::std::string::String,
            opt name: ::std::string::String,
            opt product_grants: ::std::vec::Vec<super::VirtualCurrencyProductGrantInput>,
        }
        client_core::type_builder! {
            UpdateWebhookIntegrationInput, from;
            opt app_id: ::std::string::String,
            opt authorization_header: ::std::string::String,
            opt environment: super::UpdateWebhookIntegrationInputEnvironment,
            opt event_types: ::std::vec::Vec<super::WebhookEventType>,
            opt name: ::std::string::String,
            opt url: ::std::string::String,
        }
        client_core::type_builder! {
            VirtualCurrenciesAdjustmentRequest, from;
            val adjustments: ::std::collections::HashMap<::std::string::String, i64>,
            opt reference: ::std::string::String,
        }
        client_core::type_builder! {
            VirtualCurrency;
            val code: ::std::string::String,
            val created_at: i64,
            opt description: ::std::string::String,
            val name: ::std::string::String,
            val object: super::VirtualCurrencyObject,
            opt product_grants: ::std::vec::Vec<super::VirtualCurrencyProductGrant>,
            val project_id: ::std::string::String,
        }
        client_core::type_builder! {
            VirtualCurrencyBalance;
            val balance: i64,
            val currency_code: ::std::string::String,
            opt description: ::std::string::String,
            opt name: ::std::string::String,
            val object: super::VirtualCurrencyBalanceObject,
        }
        client_core::type_builder! {
            VirtualCurrencyBalanceList;
            val items: ::std::vec::Vec<super::VirtualCurrencyBalance>,
            opt next_page: ::std::string::String,
            val object: super::ListObject,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            VirtualCurrencyProductGrant;
            val amount: ::std::num::NonZeroU64,
            val expire_at_cycle_end: bool,
            val object: super::VirtualCurrencyProductGrantObject,
            val product_ids: ::std::vec::Vec<::std::string::String>,
            val trial_amount: u64,
        }
        client_core::type_builder! {
            VirtualCurrencyProductGrantInput;
            val amount: ::std::num::NonZeroU64,
            opt expire_at_cycle_end: bool,
            val product_ids: ::std::vec::Vec<::std::string::String>,
            opt trial_amount: u64,
        }
        client_core::type_builder! {
            WebhookExperiment;
            opt experiment_id: ::std::string::String,
            opt experiment_variant: ::std::string::String,
        }
        client_core::type_builder! {
            WebhookExperimentEnrollmentEvent;
            opt aliases: ::std::vec::Vec<::std::string::String>,
            opt app_id: ::std::string::String,
            val app_user_id: ::std::string::String,
            val event_timestamp_ms: i64,
            opt experiment_enrolled_at_ms: i64,
            opt experiment_id: ::std::string::String,
            opt experiment_variant: ::std::string::String,
            val id: ::std::string::String,
            opt original_app_user_id: ::std::string::String,
            opt subscriber_attributes: ::std::collections::HashMap<::std::string::String, super::WebhookSubscriberAttribute>,
            val type_: super::WebhookDeliveryType,
        }
        client_core::type_builder! {
            WebhookIntegration;
            opt app_id: ::std::string::String,
            val created_at: i64,
            opt environment: super::WebhookIntegrationEnvironment,
            opt event_types: ::std::vec::Vec<::std::string::String>,
            val id: ::std::string::String,
            val name: ::std::string::String,
            val object: super::WebhookIntegrationObject,
            val project_id: ::std::string::String,
            val url: ::std::string::String,
        }
        client_core::type_builder! {
            WebhookLifecycleEvent;
            opt aliases: ::std::vec::Vec<::std::string::String>,
            opt app_id: ::std::string::String,
            val app_user_id: ::std::string::String,
            opt auto_resume_at_ms: i64,
            opt cancel_reason: super::WebhookCancelReason,
            opt commission_percentage: f64,
            opt country_code: ::std::string::String,
            opt currency: ::std::string::String,
            opt entitlement_id: ::std::string::String,
            opt entitlement_ids: ::std::vec::Vec<::std::string::String>,
            opt environment: super::WebhookEnvironment,
            val event_timestamp_ms: i64,
            opt experiments: ::std::vec::Vec<super::WebhookExperiment>,
            opt expiration_at_ms: i64,
            opt expiration_reason: super::WebhookCancelReason,
            opt grace_period_expiration_at_ms: i64,
            val id: ::std::string::String,
            opt is_family_share: bool,
            opt is_trial_conversion: bool,
            opt metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            opt new_product_id: ::std::string::String,
            opt offer_code: ::std::string::String,
            opt original_app_user_id: ::std::string::String,
            opt original_transaction_id: ::std::string::String,
            opt period_type: super::WebhookPeriodType,
            opt presented_offering_id: ::std::string::String,
            opt price: f64,
            opt price_experiments: ::std::vec::Vec<super::WebhookPriceExperiment>,
            opt price_in_purchased_currency: f64,
            opt product_id: ::std::string::String,
            opt purchased_at_ms: i64,
            opt renewal_number: i64,
            opt store: super::WebhookStore,
            opt subscriber_attributes: ::std::collections::HashMap<::std::string::String, super::WebhookSubscriberAttribute>,
            opt takehome_percentage: f64,
            opt tax_percentage: f64,
            opt transaction_id: ::std::string::String,
            val type_: super::WebhookDeliveryType,
        }
        client_core::type_builder! {
            WebhookPriceExperiment;
            opt price_experiment_id: ::std::string::String,
            opt price_experiment_variant: ::std::string::String,
        }
        client_core::type_builder! {
            WebhookSubscriberAttribute;
            opt updated_at_ms: i64,
            opt value: ::std::string::String,
        }
        client_core::type_builder! {
            WebhookTransferEvent;
            opt aliases: ::std::vec::Vec<::std::string::String>,
            opt app_id: ::std::string::String,
            opt environment: super::WebhookEnvironment,
            val event_timestamp_ms: i64,
            val id: ::std::string::String,
            opt original_app_user_id: ::std::string::String,
            opt store: super::WebhookStore,
            opt subscriber_attributes: ::std::collections::HashMap<::std::string::String, super::WebhookSubscriberAttribute>,
            opt transferred_from: ::std::vec::Vec<::std::string::String>,
            opt transferred_to: ::std::vec::Vec<::std::string::String>,
            val type_: super::WebhookDeliveryType,
        }
        client_core::type_builder! {
            WebhookVirtualCurrency;
            opt code: ::std::string::String,
            opt description: ::std::string::String,
            opt name: ::std::string::String,
        }
        client_core::type_builder! {
            WebhookVirtualCurrencyAdjustment;
            val amount: i64,
            opt currency: super::WebhookVirtualCurrency,
        }
        client_core::type_builder! {
            WebhookVirtualCurrencyTransactionEvent;
            opt adjustments: ::std::vec::Vec<super::WebhookVirtualCurrencyAdjustment>,
            opt aliases: ::std::vec::Vec<::std::string::String>,
            opt app_id: ::std::string::String,
            val app_user_id: ::std::string::String,
            opt country_code: ::std::string::String,
            val event_timestamp_ms: i64,
            val id: ::std::string::String,
            opt original_app_user_id: ::std::string::String,
            opt product_display_name: ::std::string::String,
            opt product_id: ::std::string::String,
            opt purchase_environment: super::WebhookEnvironment,
            opt source: super::WebhookVirtualCurrencySource,
            opt store: super::WebhookStore,
            opt subscriber_attributes: ::std::collections::HashMap<::std::string::String, super::WebhookSubscriberAttribute>,
            opt transaction_id: ::std::string::String,
            val type_: super::WebhookDeliveryType,
            opt virtual_currency_transaction_id: ::std::string::String,
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    client_core::tolerant_enum! {
        ActiveEntitlementObject, self::error::ConversionError, Unknown;
        CustomerActiveEntitlement = "customer.active_entitlement",
    }
    client_core::tolerant_enum! {
        AmazonAppCreateType, self::error::ConversionError, Unknown;
        Amazon = "amazon",
    }
    client_core::tolerant_enum! {
        AppObject, self::error::ConversionError, Unknown;
        App = "app",
    }
    client_core::tolerant_enum! {
        AppStoreAppCreateType, self::error::ConversionError, Unknown;
        AppStore = "app_store",
    }
    client_core::tolerant_enum! {
        AppType, self::error::ConversionError, Unknown;
        Amazon = "amazon",
        AppStore = "app_store",
        MacAppStore = "mac_app_store",
        PlayStore = "play_store",
        Stripe = "stripe",
        RcBilling = "rc_billing",
        Roku = "roku",
        Paddle = "paddle",
        TestStore = "test_store",
    }
    client_core::tolerant_enum! {
        AuditLogActorType, self::error::ConversionError, Unknown;
        User = "user",
        System = "system",
        ApiKey = "api_key",
    }
    client_core::tolerant_enum! {
        AuditLogObject, self::error::ConversionError, Unknown;
        AuditLog = "audit_log",
    }
    client_core::tolerant_enum! {
        AuthenticatedManagementUrlObject, self::error::ConversionError, Unknown;
        AuthenticatedManagementUrl = "authenticated_management_url",
    }
    client_core::tolerant_enum! {
        AutoRenewalStatus, self::error::ConversionError, Unknown;
        WillRenew = "will_renew",
        WillNotRenew = "will_not_renew",
        WillChangeProduct = "will_change_product",
        WillPause = "will_pause",
        RequiresPriceIncreaseConsent = "requires_price_increase_consent",
        HasAlreadyRenewed = "has_already_renewed",
    }
    client_core::tolerant_enum! {
        BlockedCustomerObject, self::error::ConversionError, Unknown;
        BlockedCustomer = "blocked_customer",
    }
    client_core::tolerant_enum! {
        ChartDataObject, self::error::ConversionError, Unknown;
        ChartData = "chart_data",
    }
    client_core::tolerant_enum! {
        ChartDataResolution, self::error::ConversionError, Unknown;
        Day = "day",
        Week = "week",
        Month = "month",
        Quarter = "quarter",
        Year = "year",
    }
    client_core::tolerant_enum! {
        ChartOptionsObject, self::error::ConversionError, Unknown;
        ChartOptions = "chart_options",
    }
    client_core::tolerant_enum! {
        CollaboratorObject, self::error::ConversionError, Unknown;
        Collaborator = "collaborator",
    }
    client_core::tolerant_enum! {
        CreateAppStoreConnectSubscriptionInputDuration, self::error::ConversionError, Unknown;
        OneWeek = "ONE_WEEK",
        OneMonth = "ONE_MONTH",
        TwoMonths = "TWO_MONTHS",
        ThreeMonths = "THREE_MONTHS",
        SixMonths = "SIX_MONTHS",
        OneYear = "ONE_YEAR",
    }
    client_core::tolerant_enum! {
        CreateWebhookIntegrationInputEnvironment, self::error::ConversionError, Unknown;
        Production = "production",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        CustomerAliasObject, self::error::ConversionError, Unknown;
        CustomerAlias = "customer.alias",
    }
    client_core::tolerant_enum! {
        CustomerAttributeObject, self::error::ConversionError, Unknown;
        CustomerAttribute = "customer.attribute",
    }
    client_core::tolerant_enum! {
        CustomerObject, self::error::ConversionError, Unknown;
        Customer = "customer",
    }
    client_core::tolerant_enum! {
        DeletedObjectType, self::error::ConversionError, Unknown;
        App = "app",
        Customer = "customer",
        Entitlement = "entitlement",
        Offering = "offering",
        Package = "package",
        Paywall = "paywall",
        Product = "product",
        VirtualCurrency = "virtual_currency",
        WebhookIntegration = "webhook_integration",
    }
    client_core::tolerant_enum! {
        Duration, self::error::ConversionError, Unknown;
        P1w = "P1W",
        P1m = "P1M",
        P2m = "P2M",
        P3m = "P3M",
        P6m = "P6M",
        P1y = "P1Y",
    }
    client_core::tolerant_enum! {
        EligibilityCriteria, self::error::ConversionError, Unknown;
        All = "all",
        GoogleSdkLt6 = "google_sdk_lt_6",
        GoogleSdkGe6 = "google_sdk_ge_6",
    }
    client_core::tolerant_enum! {
        EntitlementObject, self::error::ConversionError, Unknown;
        Entitlement = "entitlement",
    }
    client_core::tolerant_enum! {
        Environment, self::error::ConversionError, Unknown;
        Production = "production",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        ErrorObject, self::error::ConversionError, Unknown;
        Error = "error",
    }
    client_core::tolerant_enum! {
        ErrorType, self::error::ConversionError, Unknown;
        ParameterError = "parameter_error",
        ResourceAlreadyExists = "resource_already_exists",
        ResourceMissing = "resource_missing",
        IdempotencyError = "idempotency_error",
        RateLimitError = "rate_limit_error",
        AuthenticationError = "authentication_error",
        AuthorizationError = "authorization_error",
        StoreError = "store_error",
        ServerError = "server_error",
        ResourceLockedError = "resource_locked_error",
        UnprocessableEntityError = "unprocessable_entity_error",
        InvalidRequest = "invalid_request",
    }
    client_core::tolerant_enum! {
        ExperimentEnrollmentObject, self::error::ConversionError, Unknown;
        ExperimentEnrollment = "experiment_enrollment",
    }
    client_core::tolerant_enum! {
        GetChartDataAggregateItem, self::error::ConversionError, Unknown;
        Average = "average",
        Total = "total",
    }
    client_core::tolerant_enum! {
        GetChartDataChartName, self::error::ConversionError, Unknown;
        Actives = "actives",
        ActivesMovement = "actives_movement",
        ActivesNew = "actives_new",
        Arr = "arr",
        Churn = "churn",
        CohortExplorer = "cohort_explorer",
        ConversionToPaying = "conversion_to_paying",
        CustomersNew = "customers_new",
        LtvPerCustomer = "ltv_per_customer",
        LtvPerPayingCustomer = "ltv_per_paying_customer",
        Mrr = "mrr",
        MrrMovement = "mrr_movement",
        RefundRate = "refund_rate",
        Revenue = "revenue",
        SubscriptionRetention = "subscription_retention",
        SubscriptionStatus = "subscription_status",
        Trials = "trials",
        TrialsMovement = "trials_movement",
        TrialsNew = "trials_new",
        CustomersActive = "customers_active",
        TrialConversionRate = "trial_conversion_rate",
    }
    client_core::tolerant_enum! {
        GetChartDataCurrency, self::error::ConversionError, Unknown;
        Usd = "USD",
        Eur = "EUR",
        Gbp = "GBP",
        Aud = "AUD",
        Cad = "CAD",
        Jpy = "JPY",
        Brl = "BRL",
        Krw = "KRW",
        Cny = "CNY",
        Mxn = "MXN",
        Sek = "SEK",
        Pln = "PLN",
    }
    client_core::tolerant_enum! {
        GetChartOptionsChartName, self::error::ConversionError, Unknown;
        Actives = "actives",
        ActivesMovement = "actives_movement",
        ActivesNew = "actives_new",
        Arr = "arr",
        Churn = "churn",
        CohortExplorer = "cohort_explorer",
        ConversionToPaying = "conversion_to_paying",
        CustomersNew = "customers_new",
        LtvPerCustomer = "ltv_per_customer",
        LtvPerPayingCustomer = "ltv_per_paying_customer",
        Mrr = "mrr",
        MrrMovement = "mrr_movement",
        RefundRate = "refund_rate",
        Revenue = "revenue",
        SubscriptionRetention = "subscription_retention",
        SubscriptionStatus = "subscription_status",
        Trials = "trials",
        TrialsMovement = "trials_movement",
        TrialsNew = "trials_new",
        CustomersActive = "customers_active",
        TrialConversionRate = "trial_conversion_rate",
    }
    client_core::tolerant_enum! {
        GetCustomerExpandItem, self::error::ConversionError, Unknown;
        Attributes = "attributes",
    }
    client_core::tolerant_enum! {
        GetEntitlementExpandItem, self::error::ConversionError, Unknown;
        Product = "product",
    }
    client_core::tolerant_enum! {
        GetOfferingExpandItem, self::error::ConversionError, Unknown;
        Package = "package",
        PackageProduct = "package.product",
    }
    client_core::tolerant_enum! {
        GetOverviewMetricsCurrency, self::error::ConversionError, Unknown;
        Usd = "USD",
        Eur = "EUR",
        Gbp = "GBP",
        Aud = "AUD",
        Cad = "CAD",
        Jpy = "JPY",
        Brl = "BRL",
        Krw = "KRW",
        Cny = "CNY",
        Mxn = "MXN",
        Sek = "SEK",
        Pln = "PLN",
    }
    client_core::tolerant_enum! {
        GetPackageExpandItem, self::error::ConversionError, Unknown;
        Product = "product",
    }
    client_core::tolerant_enum! {
        GetPaywallExpandItem, self::error::ConversionError, Unknown;
        Offering = "offering",
        Components = "components",
    }
    client_core::tolerant_enum! {
        GetProductExpandItem, self::error::ConversionError, Unknown;
        App = "app",
    }
    client_core::tolerant_enum! {
        InvoiceLineItemObject, self::error::ConversionError, Unknown;
        InvoiceLineItem = "invoice.line_item",
    }
    client_core::tolerant_enum! {
        InvoiceObject, self::error::ConversionError, Unknown;
        Invoice = "invoice",
    }
    client_core::tolerant_enum! {
        ListAppsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListAuditLogsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListCollaboratorsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListEntitlementsExpandItem, self::error::ConversionError, Unknown;
        ItemsProduct = "items.product",
    }
    client_core::tolerant_enum! {
        ListEntitlementsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListOfferingsExpandItem, self::error::ConversionError, Unknown;
        ItemsPackage = "items.package",
        ItemsPackageProduct = "items.package.product",
    }
    client_core::tolerant_enum! {
        ListOfferingsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListPackagesExpandItem, self::error::ConversionError, Unknown;
        ItemsProduct = "items.product",
    }
    client_core::tolerant_enum! {
        ListPackagesObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListPaywallsExpandItem, self::error::ConversionError, Unknown;
        ItemsOffering = "items.offering",
    }
    client_core::tolerant_enum! {
        ListPaywallsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListProductsExpandItem, self::error::ConversionError, Unknown;
        ItemsApp = "items.app",
    }
    client_core::tolerant_enum! {
        ListProductsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListProjectsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListPublicApiKeysObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListPurchasesObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListSubscriptionTransactionObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListSubscriptionsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListVirtualCurrenciesObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ListWebhookIntegrationsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        MacAppStoreAppCreateType, self::error::ConversionError, Unknown;
        MacAppStore = "mac_app_store",
    }
    client_core::tolerant_enum! {
        OfferingObject, self::error::ConversionError, Unknown;
        Offering = "offering",
    }
    client_core::tolerant_enum! {
        OfferingPackagesObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        OverviewMetricObject, self::error::ConversionError, Unknown;
        OverviewMetric = "overview_metric",
    }
    client_core::tolerant_enum! {
        OverviewMetricPeriod, self::error::ConversionError, Unknown;
        P0d = "P0D",
        P28d = "P28D",
    }
    client_core::tolerant_enum! {
        OverviewMetricsObject, self::error::ConversionError, Unknown;
        OverviewMetrics = "overview_metrics",
    }
    client_core::tolerant_enum! {
        Ownership, self::error::ConversionError, Unknown;
        Purchased = "purchased",
        FamilyShared = "family_shared",
    }
    client_core::tolerant_enum! {
        PackageObject, self::error::ConversionError, Unknown;
        Package = "package",
    }
    client_core::tolerant_enum! {
        PackageProductsObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        PaddleAppCreateType, self::error::ConversionError, Unknown;
        Paddle = "paddle",
    }
    client_core::tolerant_enum! {
        PaywallObject, self::error::ConversionError, Unknown;
        Paywall = "paywall",
    }
    client_core::tolerant_enum! {
        PlayStoreAppCreateType, self::error::ConversionError, Unknown;
        PlayStore = "play_store",
    }
    client_core::tolerant_enum! {
        ProductObject, self::error::ConversionError, Unknown;
        Product = "product",
    }
    client_core::tolerant_enum! {
        ProductType, self::error::ConversionError, Unknown;
        Subscription = "subscription",
        OneTime = "one_time",
        Consumable = "consumable",
        NonConsumable = "non_consumable",
        NonRenewingSubscription = "non_renewing_subscription",
    }
    client_core::tolerant_enum! {
        ProductsFromEntitlementObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ProductsFromPackageObject, self::error::ConversionError, Unknown;
        List = "list",
    }
    client_core::tolerant_enum! {
        ProjectObject, self::error::ConversionError, Unknown;
        Project = "project",
    }
    client_core::tolerant_enum! {
        PublicApiKeyEnvironment, self::error::ConversionError, Unknown;
        Production = "production",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        PublicApiKeyObject, self::error::ConversionError, Unknown;
        PublicApiKey = "public_api_key",
    }
    client_core::tolerant_enum! {
        PurchaseObject, self::error::ConversionError, Unknown;
        Purchase = "purchase",
    }
    client_core::tolerant_enum! {
        PurchaseStatus, self::error::ConversionError, Unknown;
        Owned = "owned",
        Refunded = "refunded",
    }
    client_core::tolerant_enum! {
        RcBillingAppCreateType, self::error::ConversionError, Unknown;
        RcBilling = "rc_billing",
    }
    client_core::tolerant_enum! {
        RcBillingCurrency, self::error::ConversionError, Unknown;
        Usd = "USD",
        Eur = "EUR",
        Jpy = "JPY",
        Gbp = "GBP",
        Aud = "AUD",
        Cad = "CAD",
        Brl = "BRL",
        Krw = "KRW",
        Cny = "CNY",
        Mxn = "MXN",
        Sek = "SEK",
        Pln = "PLN",
        Myr = "MYR",
        Php = "PHP",
        Chf = "CHF",
        Sar = "SAR",
        Twd = "TWD",
        Nok = "NOK",
        Dkk = "DKK",
        Thb = "THB",
        Nzd = "NZD",
        Sgd = "SGD",
        Hkd = "HKD",
        Czk = "CZK",
        Aed = "AED",
        Clp = "CLP",
        Cop = "COP",
        Crc = "CRC",
        Gel = "GEL",
        Huf = "HUF",
        Idr = "IDR",
        Ils = "ILS",
        Iqd = "IQD",
        Jod = "JOD",
        Kes = "KES",
        Kzt = "KZT",
        Mad = "MAD",
        Pen = "PEN",
        Qar = "QAR",
        Ron = "RON",
        Rsd = "RSD",
        Tzs = "TZS",
        Vnd = "VND",
        Zar = "ZAR",
        Try = "TRY",
        Uah = "UAH",
    }
    client_core::tolerant_enum! {
        RokuAppCreateType, self::error::ConversionError, Unknown;
        Roku = "roku",
    }
    client_core::tolerant_enum! {
        Store, self::error::ConversionError, Unknown;
        Amazon = "amazon",
        AppStore = "app_store",
        MacAppStore = "mac_app_store",
        PlayStore = "play_store",
        Promotional = "promotional",
        Stripe = "stripe",
        RcBilling = "rc_billing",
        Roku = "roku",
        Paddle = "paddle",
    }
    client_core::tolerant_enum! {
        StoreKitConfigFileObject, self::error::ConversionError, Unknown;
        StoreKitConfigFile = "store_kit_config_file",
    }
    client_core::tolerant_enum! {
        StoreProductObject, self::error::ConversionError, Unknown;
        StoreProduct = "store_product",
    }
    client_core::tolerant_enum! {
        StripeAppCreateType, self::error::ConversionError, Unknown;
        Stripe = "stripe",
    }
    client_core::tolerant_enum! {
        SubscriptionObject, self::error::ConversionError, Unknown;
        Subscription = "subscription",
    }
    client_core::tolerant_enum! {
        SubscriptionStatus, self::error::ConversionError, UnknownValue;
        Trialing = "trialing",
        Active = "active",
        Expired = "expired",
        InGracePeriod = "in_grace_period",
        InBillingRetry = "in_billing_retry",
        Paused = "paused",
        Unknown = "unknown",
        Incomplete = "incomplete",
    }
    client_core::tolerant_enum! {
        SubscriptionTransactionObject, self::error::ConversionError, Unknown;
        SubscriptionTransaction = "subscription_transaction",
    }
    client_core::tolerant_enum! {
        UpdateWebhookIntegrationInputEnvironment, self::error::ConversionError, Unknown;
        Production = "production",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        VirtualCurrencyBalanceObject, self::error::ConversionError, Unknown;
        VirtualCurrencyBalance = "virtual_currency_balance",
    }
    client_core::tolerant_enum! {
        VirtualCurrencyObject, self::error::ConversionError, Unknown;
        VirtualCurrency = "virtual_currency",
    }
    client_core::tolerant_enum! {
        VirtualCurrencyProductGrantObject, self::error::ConversionError, Unknown;
        VirtualCurrencyProductGrant = "virtual_currency.product_grant",
    }
    client_core::tolerant_enum! {
        WebhookCancelReason, self::error::ConversionError, UnknownValue;
        Unsubscribe = "UNSUBSCRIBE",
        BillingError = "BILLING_ERROR",
        DeveloperInitiated = "DEVELOPER_INITIATED",
        PriceIncrease = "PRICE_INCREASE",
        CustomerSupport = "CUSTOMER_SUPPORT",
        Unknown = "UNKNOWN",
        SubscriptionPaused = "SUBSCRIPTION_PAUSED",
    }
    client_core::tolerant_enum! {
        WebhookDeliveryType, self::error::ConversionError, Unknown;
        Test = "TEST",
        InitialPurchase = "INITIAL_PURCHASE",
        Renewal = "RENEWAL",
        Cancellation = "CANCELLATION",
        Uncancellation = "UNCANCELLATION",
        NonRenewingPurchase = "NON_RENEWING_PURCHASE",
        SubscriptionPaused = "SUBSCRIPTION_PAUSED",
        Expiration = "EXPIRATION",
        BillingIssue = "BILLING_ISSUE",
        ProductChange = "PRODUCT_CHANGE",
        Transfer = "TRANSFER",
        SubscriberAlias = "SUBSCRIBER_ALIAS",
        SubscriptionExtended = "SUBSCRIPTION_EXTENDED",
        TemporaryEntitlementGrant = "TEMPORARY_ENTITLEMENT_GRANT",
        RefundReversed = "REFUND_REVERSED",
        InvoiceIssuance = "INVOICE_ISSUANCE",
        VirtualCurrencyTransaction = "VIRTUAL_CURRENCY_TRANSACTION",
        ExperimentEnrollment = "EXPERIMENT_ENROLLMENT",
    }
    client_core::tolerant_enum! {
        WebhookEnvironment, self::error::ConversionError, Unknown;
        Sandbox = "SANDBOX",
        Production = "PRODUCTION",
    }
    client_core::tolerant_enum! {
        WebhookEventType, self::error::ConversionError, Unknown;
        InitialPurchase = "initial_purchase",
        Renewal = "renewal",
        ProductChange = "product_change",
        Cancellation = "cancellation",
        BillingIssue = "billing_issue",
        NonRenewingPurchase = "non_renewing_purchase",
        Uncancellation = "uncancellation",
        Transfer = "transfer",
        SubscriptionPaused = "subscription_paused",
        Expiration = "expiration",
        SubscriptionExtended = "subscription_extended",
        InvoiceIssuance = "invoice_issuance",
        TemporaryEntitlementGrant = "temporary_entitlement_grant",
        RefundReversed = "refund_reversed",
        VirtualCurrencyTransaction = "virtual_currency_transaction",
    }
    client_core::tolerant_enum! {
        WebhookIntegrationEnvironment, self::error::ConversionError, Unknown;
        Production = "production",
        Sandbox = "sandbox",
    }
    client_core::tolerant_enum! {
        WebhookIntegrationObject, self::error::ConversionError, Unknown;
        WebhookIntegration = "webhook_integration",
    }
    client_core::tolerant_enum! {
        WebhookPeriodType, self::error::ConversionError, Unknown;
        Trial = "TRIAL",
        Intro = "INTRO",
        Normal = "NORMAL",
        Promotional = "PROMOTIONAL",
        Prepaid = "PREPAID",
    }
    client_core::tolerant_enum! {
        WebhookStore, self::error::ConversionError, Unknown;
        Amazon = "AMAZON",
        AppStore = "APP_STORE",
        MacAppStore = "MAC_APP_STORE",
        Paddle = "PADDLE",
        PlayStore = "PLAY_STORE",
        Promotional = "PROMOTIONAL",
        RcBilling = "RC_BILLING",
        Roku = "ROKU",
        Stripe = "STRIPE",
        TestStore = "TEST_STORE",
    }
    client_core::tolerant_enum! {
        WebhookVirtualCurrencySource, self::error::ConversionError, Unknown;
        InAppPurchase = "in_app_purchase",
        AdminApi = "admin_api",
    }
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
    #[inline]
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
    #[inline]
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
    #[inline]
    fn api_version() -> &'static str {
        "2.0.0"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
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
    /// Sends a `GET` request to `/projects/{project_id}/customers`
    #[inline]
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        builder::ListCustomers::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers`
    #[inline]
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}`
    #[inline]
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/customers/{customer_id}`
    #[inline]
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        builder::DeleteCustomer::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/assign_offering`
    #[inline]
    pub fn assign_customer_offering(&self) -> builder::AssignCustomerOffering<'_> {
        builder::AssignCustomerOffering::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/grant_entitlement`
    #[inline]
    pub fn grant_customer_entitlement(&self) -> builder::GrantCustomerEntitlement<'_> {
        builder::GrantCustomerEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement`
    #[inline]
    pub fn revoke_customer_granted_entitlement(
        &self,
    ) -> builder::RevokeCustomerGrantedEntitlement<'_> {
        builder::RevokeCustomerGrantedEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/transfer`
    #[inline]
    pub fn transfer_customer(&self) -> builder::TransferCustomer<'_> {
        builder::TransferCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/active_entitlements`
    #[inline]
    pub fn list_customer_active_entitlements(
        &self,
    ) -> builder::ListCustomerActiveEntitlements<'_> {
        builder::ListCustomerActiveEntitlements::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/aliases`
    #[inline]
    pub fn list_customer_aliases(&self) -> builder::ListCustomerAliases<'_> {
        builder::ListCustomerAliases::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/attributes`
    #[inline]
    pub fn list_customer_attributes(&self) -> builder::ListCustomerAttributes<'_> {
        builder::ListCustomerAttributes::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/attributes`
    #[inline]
    pub fn set_customer_attributes(&self) -> builder::SetCustomerAttributes<'_> {
        builder::SetCustomerAttributes::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/purchases`
    #[inline]
    pub fn list_customer_purchases(&self) -> builder::ListCustomerPurchases<'_> {
        builder::ListCustomerPurchases::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/subscriptions`
    #[inline]
    pub fn list_customer_subscriptions(&self) -> builder::ListCustomerSubscriptions<'_> {
        builder::ListCustomerSubscriptions::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies`
    #[inline]
    pub fn list_customer_virtual_currency_balances(
        &self,
    ) -> builder::ListCustomerVirtualCurrencyBalances<'_> {
        builder::ListCustomerVirtualCurrencyBalances::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions`
    #[inline]
    pub fn create_virtual_currencies_transaction(
        &self,
    ) -> builder::CreateVirtualCurrenciesTransaction<'_> {
        builder::CreateVirtualCurrenciesTransaction::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance`
    #[inline]
    pub fn update_virtual_currencies_balance(
        &self,
    ) -> builder::UpdateVirtualCurrenciesBalance<'_> {
        builder::UpdateVirtualCurrenciesBalance::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/blocked_customers`
    #[inline]
    pub fn list_blocked_customers(&self) -> builder::ListBlockedCustomers<'_> {
        builder::ListBlockedCustomers::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/blocked_customers/{customer_id}`
    #[inline]
    pub fn block_customer(&self) -> builder::BlockCustomer<'_> {
        builder::BlockCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/customers/blocked_customers/{customer_id}`
    #[inline]
    pub fn unblock_customer(&self) -> builder::UnblockCustomer<'_> {
        builder::UnblockCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/invoices`
    #[inline]
    pub fn list_customer_invoices(&self) -> builder::ListCustomerInvoices<'_> {
        builder::ListCustomerInvoices::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file`
    #[inline]
    pub fn get_invoice_file(&self) -> builder::GetInvoiceFile<'_> {
        builder::GetInvoiceFile::new(self)
    }
    /// Sends a `GET` request to `/projects`
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        builder::ListProjects::new(self)
    }
    /// Sends a `POST` request to `/projects`
    #[inline]
    pub fn create_project(&self) -> builder::CreateProject<'_> {
        builder::CreateProject::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/apps`
    #[inline]
    pub fn list_apps(&self) -> builder::ListApps<'_> {
        builder::ListApps::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/apps`
    #[inline]
    pub fn create_app(&self) -> builder::CreateApp<'_> {
        builder::CreateApp::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/apps/{app_id}`
    #[inline]
    pub fn get_app(&self) -> builder::GetApp<'_> {
        builder::GetApp::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/apps/{app_id}`
    #[inline]
    pub fn update_app(&self) -> builder::UpdateApp<'_> {
        builder::UpdateApp::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/apps/{app_id}`
    #[inline]
    pub fn delete_app(&self) -> builder::DeleteApp<'_> {
        builder::DeleteApp::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/apps/{app_id}/public_api_keys`
    #[inline]
    pub fn list_app_public_api_keys(&self) -> builder::ListAppPublicApiKeys<'_> {
        builder::ListAppPublicApiKeys::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/apps/{app_id}/store_kit_config`
    #[inline]
    pub fn get_app_storekit_config(&self) -> builder::GetAppStorekitConfig<'_> {
        builder::GetAppStorekitConfig::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/audit_logs`
    #[inline]
    pub fn list_audit_logs(&self) -> builder::ListAuditLogs<'_> {
        builder::ListAuditLogs::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/charts/{chart_name}`
    #[inline]
    pub fn get_chart_data(&self) -> builder::GetChartData<'_> {
        builder::GetChartData::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/charts/{chart_name}/options`
    #[inline]
    pub fn get_chart_options(&self) -> builder::GetChartOptions<'_> {
        builder::GetChartOptions::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/collaborators`
    #[inline]
    pub fn list_collaborators(&self) -> builder::ListCollaborators<'_> {
        builder::ListCollaborators::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/entitlements`
    #[inline]
    pub fn list_entitlements(&self) -> builder::ListEntitlements<'_> {
        builder::ListEntitlements::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/entitlements`
    #[inline]
    pub fn create_entitlement(&self) -> builder::CreateEntitlement<'_> {
        builder::CreateEntitlement::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/entitlements/{entitlement_id}`
    #[inline]
    pub fn get_entitlement(&self) -> builder::GetEntitlement<'_> {
        builder::GetEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/entitlements/{entitlement_id}`
    #[inline]
    pub fn update_entitlement(&self) -> builder::UpdateEntitlement<'_> {
        builder::UpdateEntitlement::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/entitlements/{entitlement_id}`
    #[inline]
    pub fn delete_entitlement(&self) -> builder::DeleteEntitlement<'_> {
        builder::DeleteEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/entitlements/{entitlement_id}/actions/attach_products`
    #[inline]
    pub fn attach_products_to_entitlement(
        &self,
    ) -> builder::AttachProductsToEntitlement<'_> {
        builder::AttachProductsToEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/entitlements/{entitlement_id}/actions/detach_products`
    #[inline]
    pub fn detach_products_from_entitlement(
        &self,
    ) -> builder::DetachProductsFromEntitlement<'_> {
        builder::DetachProductsFromEntitlement::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/entitlements/{entitlement_id}/products`
    #[inline]
    pub fn get_products_from_entitlement(
        &self,
    ) -> builder::GetProductsFromEntitlement<'_> {
        builder::GetProductsFromEntitlement::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/integrations/webhooks`
    #[inline]
    pub fn list_webhook_integrations(&self) -> builder::ListWebhookIntegrations<'_> {
        builder::ListWebhookIntegrations::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/integrations/webhooks`
    #[inline]
    pub fn create_webhook_integration(&self) -> builder::CreateWebhookIntegration<'_> {
        builder::CreateWebhookIntegration::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/integrations/webhooks/{webhook_integration_id}`
    #[inline]
    pub fn get_webhook_integration(&self) -> builder::GetWebhookIntegration<'_> {
        builder::GetWebhookIntegration::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/integrations/webhooks/{webhook_integration_id}`
    #[inline]
    pub fn update_webhook_integration(&self) -> builder::UpdateWebhookIntegration<'_> {
        builder::UpdateWebhookIntegration::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/integrations/webhooks/{webhook_integration_id}`
    #[inline]
    pub fn delete_webhook_integration(&self) -> builder::DeleteWebhookIntegration<'_> {
        builder::DeleteWebhookIntegration::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/metrics/overview`
    #[inline]
    pub fn get_overview_metrics(&self) -> builder::GetOverviewMetrics<'_> {
        builder::GetOverviewMetrics::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/offerings`
    #[inline]
    pub fn list_offerings(&self) -> builder::ListOfferings<'_> {
        builder::ListOfferings::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/offerings`
    #[inline]
    pub fn create_offering(&self) -> builder::CreateOffering<'_> {
        builder::CreateOffering::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/offerings/{offering_id}`
    #[inline]
    pub fn get_offering(&self) -> builder::GetOffering<'_> {
        builder::GetOffering::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/offerings/{offering_id}`
    #[inline]
    pub fn update_offering(&self) -> builder::UpdateOffering<'_> {
        builder::UpdateOffering::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/offerings/{offering_id}`
    #[inline]
    pub fn delete_offering(&self) -> builder::DeleteOffering<'_> {
        builder::DeleteOffering::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/offerings/{offering_id}/packages`
    #[inline]
    pub fn list_packages(&self) -> builder::ListPackages<'_> {
        builder::ListPackages::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/offerings/{offering_id}/packages`
    #[inline]
    pub fn create_packages(&self) -> builder::CreatePackages<'_> {
        builder::CreatePackages::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/packages/{package_id}`
    #[inline]
    pub fn get_package(&self) -> builder::GetPackage<'_> {
        builder::GetPackage::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/packages/{package_id}`
    #[inline]
    pub fn update_package(&self) -> builder::UpdatePackage<'_> {
        builder::UpdatePackage::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/packages/{package_id}`
    #[inline]
    pub fn delete_package_from_offering(
        &self,
    ) -> builder::DeletePackageFromOffering<'_> {
        builder::DeletePackageFromOffering::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/packages/{package_id}/actions/attach_products`
    #[inline]
    pub fn attach_products_to_package(&self) -> builder::AttachProductsToPackage<'_> {
        builder::AttachProductsToPackage::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/packages/{package_id}/actions/detach_products`
    #[inline]
    pub fn detach_products_from_package(
        &self,
    ) -> builder::DetachProductsFromPackage<'_> {
        builder::DetachProductsFromPackage::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/packages/{package_id}/products`
    #[inline]
    pub fn get_products_from_package(&self) -> builder::GetProductsFromPackage<'_> {
        builder::GetProductsFromPackage::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/paywalls`
    #[inline]
    pub fn list_paywalls(&self) -> builder::ListPaywalls<'_> {
        builder::ListPaywalls::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/paywalls`
    #[inline]
    pub fn create_paywall(&self) -> builder::CreatePaywall<'_> {
        builder::CreatePaywall::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/paywalls/{paywall_id}`
    #[inline]
    pub fn get_paywall(&self) -> builder::GetPaywall<'_> {
        builder::GetPaywall::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/paywalls/{paywall_id}`
    #[inline]
    pub fn delete_paywall(&self) -> builder::DeletePaywall<'_> {
        builder::DeletePaywall::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/products`
    #[inline]
    pub fn list_products(&self) -> builder::ListProducts<'_> {
        builder::ListProducts::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/products`
    #[inline]
    pub fn create_product(&self) -> builder::CreateProduct<'_> {
        builder::CreateProduct::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/products/{product_id}`
    #[inline]
    pub fn get_product(&self) -> builder::GetProduct<'_> {
        builder::GetProduct::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/products/{product_id}`
    #[inline]
    pub fn delete_product(&self) -> builder::DeleteProduct<'_> {
        builder::DeleteProduct::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/products/{product_id}/create_in_store`
    #[inline]
    pub fn create_product_in_store(&self) -> builder::CreateProductInStore<'_> {
        builder::CreateProductInStore::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/purchases`
    #[inline]
    pub fn search_purchases(&self) -> builder::SearchPurchases<'_> {
        builder::SearchPurchases::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/purchases/{purchase_id}`
    #[inline]
    pub fn get_purchase(&self) -> builder::GetPurchase<'_> {
        builder::GetPurchase::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/purchases/{purchase_id}/actions/refund`
    #[inline]
    pub fn refund_purchase(&self) -> builder::RefundPurchase<'_> {
        builder::RefundPurchase::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/purchases/{purchase_id}/entitlements`
    #[inline]
    pub fn list_purchase_entitlements(&self) -> builder::ListPurchaseEntitlements<'_> {
        builder::ListPurchaseEntitlements::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/subscriptions`
    #[inline]
    pub fn search_subscriptions(&self) -> builder::SearchSubscriptions<'_> {
        builder::SearchSubscriptions::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/subscriptions/{subscription_id}`
    #[inline]
    pub fn get_subscription(&self) -> builder::GetSubscription<'_> {
        builder::GetSubscription::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/subscriptions/{subscription_id}/actions/cancel`
    #[inline]
    pub fn cancel_subscription(&self) -> builder::CancelSubscription<'_> {
        builder::CancelSubscription::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/subscriptions/{subscription_id}/actions/refund`
    #[inline]
    pub fn refund_subscription(&self) -> builder::RefundSubscription<'_> {
        builder::RefundSubscription::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/subscriptions/{subscription_id}/authenticated_management_url`
    #[inline]
    pub fn get_authorized_subscription_management_url(
        &self,
    ) -> builder::GetAuthorizedSubscriptionManagementUrl<'_> {
        builder::GetAuthorizedSubscriptionManagementUrl::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/subscriptions/{subscription_id}/entitlements`
    #[inline]
    pub fn list_subscription_entitlements(
        &self,
    ) -> builder::ListSubscriptionEntitlements<'_> {
        builder::ListSubscriptionEntitlements::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/subscriptions/{subscription_id}/transactions`
    #[inline]
    pub fn get_play_store_or_app_store_subscription_transactions(
        &self,
    ) -> builder::GetPlayStoreOrAppStoreSubscriptionTransactions<'_> {
        builder::GetPlayStoreOrAppStoreSubscriptionTransactions::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/subscriptions/{subscription_id}/transactions/{transaction_id}/actions/refund`
    #[inline]
    pub fn refund_play_store_subscription_transaction(
        &self,
    ) -> builder::RefundPlayStoreSubscriptionTransaction<'_> {
        builder::RefundPlayStoreSubscriptionTransaction::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/virtual_currencies`
    #[inline]
    pub fn list_virtual_currencies(&self) -> builder::ListVirtualCurrencies<'_> {
        builder::ListVirtualCurrencies::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/virtual_currencies`
    #[inline]
    pub fn create_virtual_currency(&self) -> builder::CreateVirtualCurrency<'_> {
        builder::CreateVirtualCurrency::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/virtual_currencies/{virtual_currency_code}`
    #[inline]
    pub fn get_virtual_currency(&self) -> builder::GetVirtualCurrency<'_> {
        builder::GetVirtualCurrency::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/virtual_currencies/{virtual_currency_code}`
    #[inline]
    pub fn update_virtual_currency(&self) -> builder::UpdateVirtualCurrency<'_> {
        builder::UpdateVirtualCurrency::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/virtual_currencies/{virtual_currency_code}`
    #[inline]
    pub fn delete_virtual_currency(&self) -> builder::DeleteVirtualCurrency<'_> {
        builder::DeleteVirtualCurrency::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use client_core::QueryParamExt as _;
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_customers`]

[`Client::list_customers`]: super::Client::list_customers*/
    #[derive(Debug, Clone)]
    pub struct ListCustomers<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        search: Result<Option<::std::string::String>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomers -> types::CustomerList, crate::Error;
        req project_id: ::std::string::String,
        opt limit: i64,
        opt search: ::std::string::String,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomers<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerList>, Error<types::Error>> {
            let Self { client, project_id, limit, search, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("search", &search)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customers",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_customer`]

[`Client::create_customer`]: super::Client::create_customer*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateCustomerRequest, String>,
    }
    client_core::op_builder! {
        CreateCustomer -> types::Customer, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateCustomerRequest as types::builder::CreateCustomerRequest,
    }
    impl<'a> CreateCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateCustomerRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetCustomerExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetCustomer -> types::Customer, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetCustomerExpandItem>,
    }
    impl<'a> GetCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::Error>> {
            let Self { client, project_id, customer_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_customer`]

[`Client::delete_customer`]: super::Client::delete_customer*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteCustomer -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
    }
    impl<'a> DeleteCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, customer_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::assign_customer_offering`]

[`Client::assign_customer_offering`]: super::Client::assign_customer_offering*/
    #[derive(Debug, Clone)]
    pub struct AssignCustomerOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::AssignOfferingRequest, String>,
    }
    client_core::op_builder! {
        AssignCustomerOffering -> (), crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        built body: types::AssignOfferingRequest as types::builder::AssignOfferingRequest,
    }
    impl<'a> AssignCustomerOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, project_id, customer_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AssignOfferingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/actions/assign_offering", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "assign_customer_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::grant_customer_entitlement`]

[`Client::grant_customer_entitlement`]: super::Client::grant_customer_entitlement*/
    #[derive(Debug, Clone)]
    pub struct GrantCustomerEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::GrantEntitlementRequest, String>,
    }
    client_core::op_builder! {
        GrantCustomerEntitlement -> types::Customer, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        built body: types::GrantEntitlementRequest as types::builder::GrantEntitlementRequest,
    }
    impl<'a> GrantCustomerEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::Error>> {
            let Self { client, project_id, customer_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GrantEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/actions/grant_entitlement", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "grant_customer_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::revoke_customer_granted_entitlement`]

[`Client::revoke_customer_granted_entitlement`]: super::Client::revoke_customer_granted_entitlement*/
    #[derive(Debug, Clone)]
    pub struct RevokeCustomerGrantedEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::RevokeGrantedEntitlementRequest, String>,
    }
    client_core::op_builder! {
        RevokeCustomerGrantedEntitlement -> types::Customer, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        built body: types::RevokeGrantedEntitlementRequest as types::builder::RevokeGrantedEntitlementRequest,
    }
    impl<'a> RevokeCustomerGrantedEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::Error>> {
            let Self { client, project_id, customer_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RevokeGrantedEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/actions/revoke_granted_entitlement", client
                .baseurl, client_core::PathSegment(& project_id),
                client_core::PathSegment(& customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "revoke_customer_granted_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::transfer_customer`]

[`Client::transfer_customer`]: super::Client::transfer_customer*/
    #[derive(Debug, Clone)]
    pub struct TransferCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::TransferCustomerRequest, String>,
    }
    client_core::op_builder! {
        TransferCustomer -> types::TransferCustomerResponse, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        built body: types::TransferCustomerRequest as types::builder::TransferCustomerRequest,
    }
    impl<'a> TransferCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::TransferCustomerResponse>,
            Error<types::Error>,
        > {
            let Self { client, project_id, customer_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::TransferCustomerRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/actions/transfer", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "transfer_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_active_entitlements`]

[`Client::list_customer_active_entitlements`]: super::Client::list_customer_active_entitlements*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerActiveEntitlements<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerActiveEntitlements -> types::ActiveEntitlementList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerActiveEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ActiveEntitlementList>, Error<types::Error>> {
            let Self { client, project_id, customer_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/active_entitlements", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_active_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_aliases`]

[`Client::list_customer_aliases`]: super::Client::list_customer_aliases*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerAliases<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerAliases -> types::CustomerAliasList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerAliases<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerAliasList>, Error<types::Error>> {
            let Self { client, project_id, customer_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/aliases", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_aliases",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_attributes`]

[`Client::list_customer_attributes`]: super::Client::list_customer_attributes*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerAttributes<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerAttributes -> types::CustomerAttributeList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerAttributes<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerAttributeList>, Error<types::Error>> {
            let Self { client, project_id, customer_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/attributes", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_attributes",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::set_customer_attributes`]

[`Client::set_customer_attributes`]: super::Client::set_customer_attributes*/
    #[derive(Debug, Clone)]
    pub struct SetCustomerAttributes<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::SetCustomerAttributesRequest, String>,
    }
    client_core::op_builder! {
        SetCustomerAttributes -> types::CustomerAttributeList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        built body: types::SetCustomerAttributesRequest as types::builder::SetCustomerAttributesRequest,
    }
    impl<'a> SetCustomerAttributes<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CustomerAttributeList>, Error<types::Error>> {
            let Self { client, project_id, customer_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SetCustomerAttributesRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/attributes", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_customer_attributes",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_purchases`]

[`Client::list_customer_purchases`]: super::Client::list_customer_purchases*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerPurchases<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        environment: Result<Option<types::Environment>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerPurchases -> types::PurchaseList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt environment: types::Environment,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerPurchases<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::PurchaseList>, Error<types::Error>> {
            let Self {
                client,
                project_id,
                customer_id,
                environment,
                limit,
                starting_after,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/purchases", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_purchases",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_subscriptions`]

[`Client::list_customer_subscriptions`]: super::Client::list_customer_subscriptions*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerSubscriptions<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        environment: Result<Option<types::Environment>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerSubscriptions -> types::SubscriptionList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt environment: types::Environment,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerSubscriptions<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SubscriptionList>, Error<types::Error>> {
            let Self {
                client,
                project_id,
                customer_id,
                environment,
                limit,
                starting_after,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let environment = environment.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/subscriptions", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("environment", &environment)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_subscriptions",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_customer_virtual_currency_balances`]

[`Client::list_customer_virtual_currency_balances`]: super::Client::list_customer_virtual_currency_balances*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerVirtualCurrencyBalances<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        include_empty_balances: Result<Option<bool>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerVirtualCurrencyBalances -> types::VirtualCurrencyBalanceList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt include_empty_balances: bool,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerVirtualCurrencyBalances<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::VirtualCurrencyBalanceList>,
            Error<types::Error>,
        > {
            let Self {
                client,
                project_id,
                customer_id,
                include_empty_balances,
                limit,
                starting_after,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let include_empty_balances = include_empty_balances
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/virtual_currencies", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("include_empty_balances", &include_empty_balances)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_virtual_currency_balances",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_virtual_currencies_transaction`]

[`Client::create_virtual_currencies_transaction`]: super::Client::create_virtual_currencies_transaction*/
    #[derive(Debug, Clone)]
    pub struct CreateVirtualCurrenciesTransaction<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        include_empty_balances: Result<Option<bool>, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::VirtualCurrenciesAdjustmentRequest, String>,
    }
    client_core::op_builder! {
        CreateVirtualCurrenciesTransaction -> types::VirtualCurrencyBalanceList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt include_empty_balances: bool,
        opt idempotency_key: ::std::string::String,
        built body: types::VirtualCurrenciesAdjustmentRequest as types::builder::VirtualCurrenciesAdjustmentRequest,
    }
    impl<'a> CreateVirtualCurrenciesTransaction<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::VirtualCurrencyBalanceList>,
            Error<types::Error>,
        > {
            let Self {
                client,
                project_id,
                customer_id,
                include_empty_balances,
                idempotency_key,
                body,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let include_empty_balances = include_empty_balances
                .map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::VirtualCurrenciesAdjustmentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/virtual_currencies/transactions", client
                .baseurl, client_core::PathSegment(& project_id),
                client_core::PathSegment(& customer_id),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query_opt("include_empty_balances", &include_empty_balances)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_virtual_currencies_transaction",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_virtual_currencies_balance`]

[`Client::update_virtual_currencies_balance`]: super::Client::update_virtual_currencies_balance*/
    #[derive(Debug, Clone)]
    pub struct UpdateVirtualCurrenciesBalance<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        include_empty_balances: Result<Option<bool>, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::VirtualCurrenciesAdjustmentRequest, String>,
    }
    client_core::op_builder! {
        UpdateVirtualCurrenciesBalance -> types::VirtualCurrencyBalanceList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt include_empty_balances: bool,
        opt idempotency_key: ::std::string::String,
        built body: types::VirtualCurrenciesAdjustmentRequest as types::builder::VirtualCurrenciesAdjustmentRequest,
    }
    impl<'a> UpdateVirtualCurrenciesBalance<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::VirtualCurrencyBalanceList>,
            Error<types::Error>,
        > {
            let Self {
                client,
                project_id,
                customer_id,
                include_empty_balances,
                idempotency_key,
                body,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let include_empty_balances = include_empty_balances
                .map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::VirtualCurrenciesAdjustmentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/virtual_currencies/update_balance", client
                .baseurl, client_core::PathSegment(& project_id),
                client_core::PathSegment(& customer_id),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            } else {
                header_map
                    .append(
                        "Idempotency-Key",
                        ::client_core::idempotency_key().try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query_opt("include_empty_balances", &include_empty_balances)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_virtual_currencies_balance",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_blocked_customers`]

[`Client::list_blocked_customers`]: super::Client::list_blocked_customers*/
    #[derive(Debug, Clone)]
    pub struct ListBlockedCustomers<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        ListBlockedCustomers -> types::BlockedCustomers, crate::Error;
        req project_id: ::std::string::String,
    }
    impl<'a> ListBlockedCustomers<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::BlockedCustomers>, Error<types::Error>> {
            let Self { client, project_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/blocked_customers", client.baseurl,
                client_core::PathSegment(& project_id),
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
                operation_id: "list_blocked_customers",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::block_customer`]

[`Client::block_customer`]: super::Client::block_customer*/
    #[derive(Debug, Clone)]
    pub struct BlockCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        BlockCustomer -> (), crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
    }
    impl<'a> BlockCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, project_id, customer_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/blocked_customers/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "block_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::unblock_customer`]

[`Client::unblock_customer`]: super::Client::unblock_customer*/
    #[derive(Debug, Clone)]
    pub struct UnblockCustomer<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        UnblockCustomer -> (), crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
    }
    impl<'a> UnblockCustomer<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, project_id, customer_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/blocked_customers/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "unblock_customer",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_empty(response).await
        }
    }
    /**Builder for [`Client::list_customer_invoices`]

[`Client::list_customer_invoices`]: super::Client::list_customer_invoices*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerInvoices<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCustomerInvoices -> types::InvoiceList, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCustomerInvoices<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::InvoiceList>, Error<types::Error>> {
            let Self { client, project_id, customer_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/invoices", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_invoices",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_invoice_file`]

[`Client::get_invoice_file`]: super::Client::get_invoice_file*/
    #[derive(Debug, Clone)]
    pub struct GetInvoiceFile<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        customer_id: Result<::std::string::String, String>,
        invoice_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetInvoiceFile -> ByteStream, crate::Error;
        req project_id: ::std::string::String,
        req customer_id: ::std::string::String,
        req invoice_id: ::std::string::String,
    }
    impl<'a> GetInvoiceFile<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, project_id, customer_id, invoice_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/customers/{}/invoices/{}/file", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                customer_id), client_core::PathSegment(& invoice_id),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).build()?;
            let info = OperationInfo {
                operation_id: "get_invoice_file",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond_stream(response).await
        }
    }
    /**Builder for [`Client::list_projects`]

[`Client::list_projects`]: super::Client::list_projects*/
    #[derive(Debug, Clone)]
    pub struct ListProjects<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListProjects -> types::ListProjects, crate::Error;
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListProjects<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListProjects>, Error<types::Error>> {
            let Self { client, limit, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/projects", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_projects",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_project`]

[`Client::create_project`]: super::Client::create_project*/
    #[derive(Debug, Clone)]
    pub struct CreateProject<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ProjectCreate, String>,
    }
    client_core::op_builder! {
        CreateProject -> types::Project, crate::Error;
        built body: types::ProjectCreate as types::builder::ProjectCreate,
    }
    impl<'a> CreateProject<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Project>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ProjectCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/projects", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_project",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_apps`]

[`Client::list_apps`]: super::Client::list_apps*/
    #[derive(Debug, Clone)]
    pub struct ListApps<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListApps -> types::ListApps, crate::Error;
        req project_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListApps<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListApps>, Error<types::Error>> {
            let Self { client, project_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_apps",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_app`]

[`Client::create_app`]: super::Client::create_app*/
    #[derive(Debug, Clone)]
    pub struct CreateApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::AppCreate, String>,
    }
    client_core::op_builder! {
        CreateApp -> types::App, crate::Error;
        req project_id: ::std::string::String,
        req body: types::AppCreate,
    }
    impl<'a> CreateApp<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::App>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_app",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_app`]

[`Client::get_app`]: super::Client::get_app*/
    #[derive(Debug, Clone)]
    pub struct GetApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetApp -> types::App, crate::Error;
        req project_id: ::std::string::String,
        req app_id: ::std::string::String,
    }
    impl<'a> GetApp<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::App>, Error<types::Error>> {
            let Self { client, project_id, app_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& app_id),
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
                operation_id: "get_app",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_app`]

[`Client::update_app`]: super::Client::update_app*/
    #[derive(Debug, Clone)]
    pub struct UpdateApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateAppRequest, String>,
    }
    client_core::op_builder! {
        UpdateApp -> types::App, crate::Error;
        req project_id: ::std::string::String,
        req app_id: ::std::string::String,
        built body: types::UpdateAppRequest as types::builder::UpdateAppRequest,
    }
    impl<'a> UpdateApp<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::App>, Error<types::Error>> {
            let Self { client, project_id, app_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAppRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& app_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_app",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_app`]

[`Client::delete_app`]: super::Client::delete_app*/
    #[derive(Debug, Clone)]
    pub struct DeleteApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteApp -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req app_id: ::std::string::String,
    }
    impl<'a> DeleteApp<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, app_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& app_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_app",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_app_public_api_keys`]

[`Client::list_app_public_api_keys`]: super::Client::list_app_public_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListAppPublicApiKeys<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        ListAppPublicApiKeys -> types::ListPublicApiKeys, crate::Error;
        req project_id: ::std::string::String,
        req app_id: ::std::string::String,
    }
    impl<'a> ListAppPublicApiKeys<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListPublicApiKeys>, Error<types::Error>> {
            let Self { client, project_id, app_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps/{}/public_api_keys", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                app_id),
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
                operation_id: "list_app_public_api_keys",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_app_storekit_config`]

[`Client::get_app_storekit_config`]: super::Client::get_app_storekit_config*/
    #[derive(Debug, Clone)]
    pub struct GetAppStorekitConfig<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetAppStorekitConfig -> types::StoreKitConfigFile, crate::Error;
        req project_id: ::std::string::String,
        req app_id: ::std::string::String,
    }
    impl<'a> GetAppStorekitConfig<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::StoreKitConfigFile>, Error<types::Error>> {
            let Self { client, project_id, app_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/apps/{}/store_kit_config", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                app_id),
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
                operation_id: "get_app_storekit_config",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_audit_logs`]

[`Client::list_audit_logs`]: super::Client::list_audit_logs*/
    #[derive(Debug, Clone)]
    pub struct ListAuditLogs<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        limit: Result<Option<i64>, String>,
        start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListAuditLogs -> types::ListAuditLogs, crate::Error;
        req project_id: ::std::string::String,
        opt end_date: ::chrono::naive::NaiveDate,
        opt limit: i64,
        opt start_date: ::chrono::naive::NaiveDate,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListAuditLogs<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListAuditLogs>, Error<types::Error>> {
            let Self {
                client,
                project_id,
                end_date,
                limit,
                start_date,
                starting_after,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/audit_logs", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("end_date", &end_date)
                .query_opt("limit", &limit)
                .query_opt("start_date", &start_date)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_audit_logs",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_chart_data`]

[`Client::get_chart_data`]: super::Client::get_chart_data*/
    #[derive(Debug, Clone)]
    pub struct GetChartData<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        chart_name: Result<types::GetChartDataChartName, String>,
        aggregate: Result<
            Option<::std::vec::Vec<types::GetChartDataAggregateItem>>,
            String,
        >,
        currency: Result<Option<types::GetChartDataCurrency>, String>,
        end_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        filters: Result<Option<::std::string::String>, String>,
        realtime: Result<Option<bool>, String>,
        resolution: Result<Option<::std::string::String>, String>,
        segment: Result<Option<::std::string::String>, String>,
        selectors: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::chrono::naive::NaiveDate>, String>,
    }
    client_core::op_builder! {
        GetChartData -> types::ChartData, crate::Error;
        req project_id: ::std::string::String,
        req chart_name: types::GetChartDataChartName,
        opt aggregate: ::std::vec::Vec<types::GetChartDataAggregateItem>,
        opt currency: types::GetChartDataCurrency,
        opt end_date: ::chrono::naive::NaiveDate,
        opt filters: ::std::string::String,
        opt realtime: bool,
        opt resolution: ::std::string::String,
        opt segment: ::std::string::String,
        opt selectors: ::std::string::String,
        opt start_date: ::chrono::naive::NaiveDate,
    }
    impl<'a> GetChartData<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ChartData>, Error<types::Error>> {
            let Self {
                client,
                project_id,
                chart_name,
                aggregate,
                currency,
                end_date,
                filters,
                realtime,
                resolution,
                segment,
                selectors,
                start_date,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let chart_name = chart_name.map_err(Error::InvalidRequest)?;
            let aggregate = aggregate.map_err(Error::InvalidRequest)?;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let filters = filters.map_err(Error::InvalidRequest)?;
            let realtime = realtime.map_err(Error::InvalidRequest)?;
            let resolution = resolution.map_err(Error::InvalidRequest)?;
            let segment = segment.map_err(Error::InvalidRequest)?;
            let selectors = selectors.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/charts/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& chart_name),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("aggregate", &aggregate)
                .query_opt("currency", &currency)
                .query_opt("end_date", &end_date)
                .query_opt("filters", &filters)
                .query_opt("realtime", &realtime)
                .query_opt("resolution", &resolution)
                .query_opt("segment", &segment)
                .query_opt("selectors", &selectors)
                .query_opt("start_date", &start_date)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chart_data",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_chart_options`]

[`Client::get_chart_options`]: super::Client::get_chart_options*/
    #[derive(Debug, Clone)]
    pub struct GetChartOptions<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        chart_name: Result<types::GetChartOptionsChartName, String>,
        realtime: Result<Option<bool>, String>,
    }
    client_core::op_builder! {
        GetChartOptions -> types::ChartOptions, crate::Error;
        req project_id: ::std::string::String,
        req chart_name: types::GetChartOptionsChartName,
        opt realtime: bool,
    }
    impl<'a> GetChartOptions<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ChartOptions>, Error<types::Error>> {
            let Self { client, project_id, chart_name, realtime } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let chart_name = chart_name.map_err(Error::InvalidRequest)?;
            let realtime = realtime.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/charts/{}/options", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                chart_name),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("realtime", &realtime)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chart_options",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_collaborators`]

[`Client::list_collaborators`]: super::Client::list_collaborators*/
    #[derive(Debug, Clone)]
    pub struct ListCollaborators<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListCollaborators -> types::ListCollaborators, crate::Error;
        req project_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListCollaborators<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListCollaborators>, Error<types::Error>> {
            let Self { client, project_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/collaborators", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_collaborators",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_entitlements`]

[`Client::list_entitlements`]: super::Client::list_entitlements*/
    #[derive(Debug, Clone)]
    pub struct ListEntitlements<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        expand: Result<
            Option<::std::vec::Vec<types::ListEntitlementsExpandItem>>,
            String,
        >,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListEntitlements -> types::ListEntitlements, crate::Error;
        req project_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::ListEntitlementsExpandItem>,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListEntitlements>, Error<types::Error>> {
            let Self { client, project_id, expand, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_entitlement`]

[`Client::create_entitlement`]: super::Client::create_entitlement*/
    #[derive(Debug, Clone)]
    pub struct CreateEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateEntitlementRequest, String>,
    }
    client_core::op_builder! {
        CreateEntitlement -> types::Entitlement, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateEntitlementRequest as types::builder::CreateEntitlementRequest,
    }
    impl<'a> CreateEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_entitlement`]

[`Client::get_entitlement`]: super::Client::get_entitlement*/
    #[derive(Debug, Clone)]
    pub struct GetEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetEntitlementExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetEntitlement -> types::Entitlement, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetEntitlementExpandItem>,
    }
    impl<'a> GetEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_entitlement`]

[`Client::update_entitlement`]: super::Client::update_entitlement*/
    #[derive(Debug, Clone)]
    pub struct UpdateEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateEntitlementRequest, String>,
    }
    client_core::op_builder! {
        UpdateEntitlement -> types::Entitlement, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
        built body: types::UpdateEntitlementRequest as types::builder::UpdateEntitlementRequest,
    }
    impl<'a> UpdateEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_entitlement`]

[`Client::delete_entitlement`]: super::Client::delete_entitlement*/
    #[derive(Debug, Clone)]
    pub struct DeleteEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteEntitlement -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
    }
    impl<'a> DeleteEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::attach_products_to_entitlement`]

[`Client::attach_products_to_entitlement`]: super::Client::attach_products_to_entitlement*/
    #[derive(Debug, Clone)]
    pub struct AttachProductsToEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
        body: Result<types::builder::AttachProductsToEntitlementRequest, String>,
    }
    client_core::op_builder! {
        AttachProductsToEntitlement -> types::Entitlement, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
        built body: types::AttachProductsToEntitlementRequest as types::builder::AttachProductsToEntitlementRequest,
    }
    impl<'a> AttachProductsToEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AttachProductsToEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}/actions/attach_products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "attach_products_to_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::detach_products_from_entitlement`]

[`Client::detach_products_from_entitlement`]: super::Client::detach_products_from_entitlement*/
    #[derive(Debug, Clone)]
    pub struct DetachProductsFromEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
        body: Result<types::builder::DetachProductsFromEntitlementRequest, String>,
    }
    client_core::op_builder! {
        DetachProductsFromEntitlement -> types::Entitlement, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
        built body: types::DetachProductsFromEntitlementRequest as types::builder::DetachProductsFromEntitlementRequest,
    }
    impl<'a> DetachProductsFromEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Entitlement>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DetachProductsFromEntitlementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}/actions/detach_products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "detach_products_from_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_products_from_entitlement`]

[`Client::get_products_from_entitlement`]: super::Client::get_products_from_entitlement*/
    #[derive(Debug, Clone)]
    pub struct GetProductsFromEntitlement<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        entitlement_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        GetProductsFromEntitlement -> types::ProductsFromEntitlement, crate::Error;
        req project_id: ::std::string::String,
        req entitlement_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> GetProductsFromEntitlement<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ProductsFromEntitlement>, Error<types::Error>> {
            let Self { client, project_id, entitlement_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let entitlement_id = entitlement_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/entitlements/{}/products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                entitlement_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_products_from_entitlement",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_webhook_integrations`]

[`Client::list_webhook_integrations`]: super::Client::list_webhook_integrations*/
    #[derive(Debug, Clone)]
    pub struct ListWebhookIntegrations<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListWebhookIntegrations -> types::ListWebhookIntegrations, crate::Error;
        req project_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListWebhookIntegrations<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListWebhookIntegrations>, Error<types::Error>> {
            let Self { client, project_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/integrations/webhooks", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_integrations",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_webhook_integration`]

[`Client::create_webhook_integration`]: super::Client::create_webhook_integration*/
    #[derive(Debug, Clone)]
    pub struct CreateWebhookIntegration<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateWebhookIntegrationInput, String>,
    }
    client_core::op_builder! {
        CreateWebhookIntegration -> types::WebhookIntegration, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateWebhookIntegrationInput as types::builder::CreateWebhookIntegrationInput,
    }
    impl<'a> CreateWebhookIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::WebhookIntegration>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateWebhookIntegrationInput::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/integrations/webhooks", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_webhook_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_webhook_integration`]

[`Client::get_webhook_integration`]: super::Client::get_webhook_integration*/
    #[derive(Debug, Clone)]
    pub struct GetWebhookIntegration<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        webhook_integration_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetWebhookIntegration -> types::WebhookIntegration, crate::Error;
        req project_id: ::std::string::String,
        req webhook_integration_id: ::std::string::String,
    }
    impl<'a> GetWebhookIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::WebhookIntegration>, Error<types::Error>> {
            let Self { client, project_id, webhook_integration_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let webhook_integration_id = webhook_integration_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/integrations/webhooks/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                webhook_integration_id),
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
                operation_id: "get_webhook_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_webhook_integration`]

[`Client::update_webhook_integration`]: super::Client::update_webhook_integration*/
    #[derive(Debug, Clone)]
    pub struct UpdateWebhookIntegration<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        webhook_integration_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebhookIntegrationInput, String>,
    }
    client_core::op_builder! {
        UpdateWebhookIntegration -> types::WebhookIntegration, crate::Error;
        req project_id: ::std::string::String,
        req webhook_integration_id: ::std::string::String,
        built body: types::UpdateWebhookIntegrationInput as types::builder::UpdateWebhookIntegrationInput,
    }
    impl<'a> UpdateWebhookIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::WebhookIntegration>, Error<types::Error>> {
            let Self { client, project_id, webhook_integration_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let webhook_integration_id = webhook_integration_id
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateWebhookIntegrationInput::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/integrations/webhooks/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                webhook_integration_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_webhook_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_webhook_integration`]

[`Client::delete_webhook_integration`]: super::Client::delete_webhook_integration*/
    #[derive(Debug, Clone)]
    pub struct DeleteWebhookIntegration<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        webhook_integration_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteWebhookIntegration -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req webhook_integration_id: ::std::string::String,
    }
    impl<'a> DeleteWebhookIntegration<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, webhook_integration_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let webhook_integration_id = webhook_integration_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/integrations/webhooks/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                webhook_integration_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_webhook_integration",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_overview_metrics`]

[`Client::get_overview_metrics`]: super::Client::get_overview_metrics*/
    #[derive(Debug, Clone)]
    pub struct GetOverviewMetrics<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        currency: Result<Option<types::GetOverviewMetricsCurrency>, String>,
    }
    client_core::op_builder! {
        GetOverviewMetrics -> types::OverviewMetrics, crate::Error;
        req project_id: ::std::string::String,
        opt currency: types::GetOverviewMetricsCurrency,
    }
    impl<'a> GetOverviewMetrics<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::OverviewMetrics>, Error<types::Error>> {
            let Self { client, project_id, currency } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/metrics/overview", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("currency", &currency)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_overview_metrics",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_offerings`]

[`Client::list_offerings`]: super::Client::list_offerings*/
    #[derive(Debug, Clone)]
    pub struct ListOfferings<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::ListOfferingsExpandItem>>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListOfferings -> types::ListOfferings, crate::Error;
        req project_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::ListOfferingsExpandItem>,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListOfferings<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListOfferings>, Error<types::Error>> {
            let Self { client, project_id, expand, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offerings",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_offering`]

[`Client::create_offering`]: super::Client::create_offering*/
    #[derive(Debug, Clone)]
    pub struct CreateOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateOfferingRequest, String>,
    }
    client_core::op_builder! {
        CreateOffering -> types::Offering, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateOfferingRequest as types::builder::CreateOfferingRequest,
    }
    impl<'a> CreateOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_offering`]

[`Client::get_offering`]: super::Client::get_offering*/
    #[derive(Debug, Clone)]
    pub struct GetOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        offering_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetOfferingExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetOffering -> types::Offering, crate::Error;
        req project_id: ::std::string::String,
        req offering_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetOfferingExpandItem>,
    }
    impl<'a> GetOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::Error>> {
            let Self { client, project_id, offering_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_offering`]

[`Client::update_offering`]: super::Client::update_offering*/
    #[derive(Debug, Clone)]
    pub struct UpdateOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        offering_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOfferingRequest, String>,
    }
    client_core::op_builder! {
        UpdateOffering -> types::Offering, crate::Error;
        req project_id: ::std::string::String,
        req offering_id: ::std::string::String,
        built body: types::UpdateOfferingRequest as types::builder::UpdateOfferingRequest,
    }
    impl<'a> UpdateOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Offering>, Error<types::Error>> {
            let Self { client, project_id, offering_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_offering`]

[`Client::delete_offering`]: super::Client::delete_offering*/
    #[derive(Debug, Clone)]
    pub struct DeleteOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        offering_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteOffering -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req offering_id: ::std::string::String,
    }
    impl<'a> DeleteOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, offering_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_packages`]

[`Client::list_packages`]: super::Client::list_packages*/
    #[derive(Debug, Clone)]
    pub struct ListPackages<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        offering_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::ListPackagesExpandItem>>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListPackages -> types::ListPackages, crate::Error;
        req project_id: ::std::string::String,
        req offering_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::ListPackagesExpandItem>,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListPackages<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListPackages>, Error<types::Error>> {
            let Self {
                client,
                project_id,
                offering_id,
                expand,
                limit,
                starting_after,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings/{}/packages", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_packages",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_packages`]

[`Client::create_packages`]: super::Client::create_packages*/
    #[derive(Debug, Clone)]
    pub struct CreatePackages<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        offering_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreatePackagesRequest, String>,
    }
    client_core::op_builder! {
        CreatePackages -> types::Package, crate::Error;
        req project_id: ::std::string::String,
        req offering_id: ::std::string::String,
        built body: types::CreatePackagesRequest as types::builder::CreatePackagesRequest,
    }
    impl<'a> CreatePackages<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Package>, Error<types::Error>> {
            let Self { client, project_id, offering_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let offering_id = offering_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePackagesRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/offerings/{}/packages", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                offering_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_packages",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_package`]

[`Client::get_package`]: super::Client::get_package*/
    #[derive(Debug, Clone)]
    pub struct GetPackage<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetPackageExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetPackage -> types::Package, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetPackageExpandItem>,
    }
    impl<'a> GetPackage<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Package>, Error<types::Error>> {
            let Self { client, project_id, package_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_package",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_package`]

[`Client::update_package`]: super::Client::update_package*/
    #[derive(Debug, Clone)]
    pub struct UpdatePackage<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdatePackageRequest, String>,
    }
    client_core::op_builder! {
        UpdatePackage -> types::Package, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
        built body: types::UpdatePackageRequest as types::builder::UpdatePackageRequest,
    }
    impl<'a> UpdatePackage<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Package>, Error<types::Error>> {
            let Self { client, project_id, package_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePackageRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_package",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_package_from_offering`]

[`Client::delete_package_from_offering`]: super::Client::delete_package_from_offering*/
    #[derive(Debug, Clone)]
    pub struct DeletePackageFromOffering<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeletePackageFromOffering -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
    }
    impl<'a> DeletePackageFromOffering<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, package_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_package_from_offering",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::attach_products_to_package`]

[`Client::attach_products_to_package`]: super::Client::attach_products_to_package*/
    #[derive(Debug, Clone)]
    pub struct AttachProductsToPackage<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
        body: Result<types::builder::AttachProductsToPackageRequest, String>,
    }
    client_core::op_builder! {
        AttachProductsToPackage -> types::Package, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
        built body: types::AttachProductsToPackageRequest as types::builder::AttachProductsToPackageRequest,
    }
    impl<'a> AttachProductsToPackage<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Package>, Error<types::Error>> {
            let Self { client, project_id, package_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AttachProductsToPackageRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}/actions/attach_products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "attach_products_to_package",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::detach_products_from_package`]

[`Client::detach_products_from_package`]: super::Client::detach_products_from_package*/
    #[derive(Debug, Clone)]
    pub struct DetachProductsFromPackage<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
        body: Result<types::builder::DetachProductsFromPackageRequest, String>,
    }
    client_core::op_builder! {
        DetachProductsFromPackage -> types::Package, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
        built body: types::DetachProductsFromPackageRequest as types::builder::DetachProductsFromPackageRequest,
    }
    impl<'a> DetachProductsFromPackage<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Package>, Error<types::Error>> {
            let Self { client, project_id, package_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DetachProductsFromPackageRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}/actions/detach_products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "detach_products_from_package",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_products_from_package`]

[`Client::get_products_from_package`]: super::Client::get_products_from_package*/
    #[derive(Debug, Clone)]
    pub struct GetProductsFromPackage<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        package_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        GetProductsFromPackage -> types::ProductsFromPackage, crate::Error;
        req project_id: ::std::string::String,
        req package_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> GetProductsFromPackage<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ProductsFromPackage>, Error<types::Error>> {
            let Self { client, project_id, package_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let package_id = package_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/packages/{}/products", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                package_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_products_from_package",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_paywalls`]

[`Client::list_paywalls`]: super::Client::list_paywalls*/
    #[derive(Debug, Clone)]
    pub struct ListPaywalls<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::ListPaywallsExpandItem>>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListPaywalls -> types::ListPaywalls, crate::Error;
        req project_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::ListPaywallsExpandItem>,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListPaywalls<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListPaywalls>, Error<types::Error>> {
            let Self { client, project_id, expand, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/paywalls", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_paywalls",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_paywall`]

[`Client::create_paywall`]: super::Client::create_paywall*/
    #[derive(Debug, Clone)]
    pub struct CreatePaywall<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreatePaywallRequest, String>,
    }
    client_core::op_builder! {
        CreatePaywall -> types::Paywall, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreatePaywallRequest as types::builder::CreatePaywallRequest,
    }
    impl<'a> CreatePaywall<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Paywall>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePaywallRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/paywalls", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_paywall",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_paywall`]

[`Client::get_paywall`]: super::Client::get_paywall*/
    #[derive(Debug, Clone)]
    pub struct GetPaywall<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        paywall_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetPaywallExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetPaywall -> types::Paywall, crate::Error;
        req project_id: ::std::string::String,
        req paywall_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetPaywallExpandItem>,
    }
    impl<'a> GetPaywall<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Paywall>, Error<types::Error>> {
            let Self { client, project_id, paywall_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let paywall_id = paywall_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/paywalls/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& paywall_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_paywall",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_paywall`]

[`Client::delete_paywall`]: super::Client::delete_paywall*/
    #[derive(Debug, Clone)]
    pub struct DeletePaywall<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        paywall_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeletePaywall -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req paywall_id: ::std::string::String,
    }
    impl<'a> DeletePaywall<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, paywall_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let paywall_id = paywall_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/paywalls/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& paywall_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_paywall",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_products`]

[`Client::list_products`]: super::Client::list_products*/
    #[derive(Debug, Clone)]
    pub struct ListProducts<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_id: Result<Option<::std::string::String>, String>,
        expand: Result<Option<::std::vec::Vec<types::ListProductsExpandItem>>, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListProducts -> types::ListProducts, crate::Error;
        req project_id: ::std::string::String,
        opt app_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::ListProductsExpandItem>,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListProducts<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListProducts>, Error<types::Error>> {
            let Self { client, project_id, app_id, expand, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/products", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("app_id", &app_id)
                .query_opt("expand", &expand)
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_products",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_product`]

[`Client::create_product`]: super::Client::create_product*/
    #[derive(Debug, Clone)]
    pub struct CreateProduct<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateProductRequest, String>,
    }
    client_core::op_builder! {
        CreateProduct -> types::Product, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateProductRequest as types::builder::CreateProductRequest,
    }
    impl<'a> CreateProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProductRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/products", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_product`]

[`Client::get_product`]: super::Client::get_product*/
    #[derive(Debug, Clone)]
    pub struct GetProduct<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        product_id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::GetProductExpandItem>>, String>,
    }
    client_core::op_builder! {
        GetProduct -> types::Product, crate::Error;
        req project_id: ::std::string::String,
        req product_id: ::std::string::String,
        opt expand: ::std::vec::Vec<types::GetProductExpandItem>,
    }
    impl<'a> GetProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::Error>> {
            let Self { client, project_id, product_id, expand } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/products/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("expand", &expand)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_product`]

[`Client::delete_product`]: super::Client::delete_product*/
    #[derive(Debug, Clone)]
    pub struct DeleteProduct<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        product_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteProduct -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req product_id: ::std::string::String,
    }
    impl<'a> DeleteProduct<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, product_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/products/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_product",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_product_in_store`]

[`Client::create_product_in_store`]: super::Client::create_product_in_store*/
    #[derive(Debug, Clone)]
    pub struct CreateProductInStore<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        product_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateProductInStoreRequest, String>,
    }
    client_core::op_builder! {
        CreateProductInStore -> types::CreateProductInStoreResponse, crate::Error;
        req project_id: ::std::string::String,
        req product_id: ::std::string::String,
        built body: types::CreateProductInStoreRequest as types::builder::CreateProductInStoreRequest,
    }
    impl<'a> CreateProductInStore<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CreateProductInStoreResponse>,
            Error<types::Error>,
        > {
            let Self { client, project_id, product_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProductInStoreRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/products/{}/create_in_store", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                product_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_product_in_store",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::search_purchases`]

[`Client::search_purchases`]: super::Client::search_purchases*/
    #[derive(Debug, Clone)]
    pub struct SearchPurchases<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        store_purchase_identifier: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        SearchPurchases -> types::ListPurchases, crate::Error;
        req project_id: ::std::string::String,
        req store_purchase_identifier: ::std::string::String,
    }
    impl<'a> SearchPurchases<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListPurchases>, Error<types::Error>> {
            let Self { client, project_id, store_purchase_identifier } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let store_purchase_identifier = store_purchase_identifier
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/purchases", client.baseurl, client_core::PathSegment(&
                project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "store_purchase_identifier",
                        &store_purchase_identifier,
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "search_purchases",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_purchase`]

[`Client::get_purchase`]: super::Client::get_purchase*/
    #[derive(Debug, Clone)]
    pub struct GetPurchase<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        purchase_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetPurchase -> types::Purchase, crate::Error;
        req project_id: ::std::string::String,
        req purchase_id: ::std::string::String,
    }
    impl<'a> GetPurchase<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Purchase>, Error<types::Error>> {
            let Self { client, project_id, purchase_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let purchase_id = purchase_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/purchases/{}", client.baseurl, client_core::PathSegment(&
                project_id), client_core::PathSegment(& purchase_id),
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
                operation_id: "get_purchase",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::refund_purchase`]

[`Client::refund_purchase`]: super::Client::refund_purchase*/
    #[derive(Debug, Clone)]
    pub struct RefundPurchase<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        purchase_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        RefundPurchase -> types::Purchase, crate::Error;
        req project_id: ::std::string::String,
        req purchase_id: ::std::string::String,
    }
    impl<'a> RefundPurchase<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Purchase>, Error<types::Error>> {
            let Self { client, project_id, purchase_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let purchase_id = purchase_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/purchases/{}/actions/refund", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                purchase_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_purchase",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_purchase_entitlements`]

[`Client::list_purchase_entitlements`]: super::Client::list_purchase_entitlements*/
    #[derive(Debug, Clone)]
    pub struct ListPurchaseEntitlements<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        purchase_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListPurchaseEntitlements -> types::ListEntitlements, crate::Error;
        req project_id: ::std::string::String,
        req purchase_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListPurchaseEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListEntitlements>, Error<types::Error>> {
            let Self { client, project_id, purchase_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let purchase_id = purchase_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/purchases/{}/entitlements", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                purchase_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_purchase_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::search_subscriptions`]

[`Client::search_subscriptions`]: super::Client::search_subscriptions*/
    #[derive(Debug, Clone)]
    pub struct SearchSubscriptions<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        store_subscription_identifier: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        SearchSubscriptions -> types::ListSubscriptions, crate::Error;
        req project_id: ::std::string::String,
        req store_subscription_identifier: ::std::string::String,
    }
    impl<'a> SearchSubscriptions<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListSubscriptions>, Error<types::Error>> {
            let Self { client, project_id, store_subscription_identifier } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let store_subscription_identifier = store_subscription_identifier
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "store_subscription_identifier",
                        &store_subscription_identifier,
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "search_subscriptions",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_subscription`]

[`Client::get_subscription`]: super::Client::get_subscription*/
    #[derive(Debug, Clone)]
    pub struct GetSubscription<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetSubscription -> types::Subscription, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
    }
    impl<'a> GetSubscription<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Subscription>, Error<types::Error>> {
            let Self { client, project_id, subscription_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                subscription_id),
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
                operation_id: "get_subscription",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::cancel_subscription`]

[`Client::cancel_subscription`]: super::Client::cancel_subscription*/
    #[derive(Debug, Clone)]
    pub struct CancelSubscription<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        CancelSubscription -> types::Subscription, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
    }
    impl<'a> CancelSubscription<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Subscription>, Error<types::Error>> {
            let Self { client, project_id, subscription_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/actions/cancel", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                subscription_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "cancel_subscription",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::refund_subscription`]

[`Client::refund_subscription`]: super::Client::refund_subscription*/
    #[derive(Debug, Clone)]
    pub struct RefundSubscription<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        RefundSubscription -> types::Subscription, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
    }
    impl<'a> RefundSubscription<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::Subscription>, Error<types::Error>> {
            let Self { client, project_id, subscription_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/actions/refund", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                subscription_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_subscription",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_authorized_subscription_management_url`]

[`Client::get_authorized_subscription_management_url`]: super::Client::get_authorized_subscription_management_url*/
    #[derive(Debug, Clone)]
    pub struct GetAuthorizedSubscriptionManagementUrl<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetAuthorizedSubscriptionManagementUrl -> types::AuthenticatedManagementUrl, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
    }
    impl<'a> GetAuthorizedSubscriptionManagementUrl<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::AuthenticatedManagementUrl>,
            Error<types::Error>,
        > {
            let Self { client, project_id, subscription_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/authenticated_management_url", client
                .baseurl, client_core::PathSegment(& project_id),
                client_core::PathSegment(& subscription_id),
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
                operation_id: "get_authorized_subscription_management_url",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_subscription_entitlements`]

[`Client::list_subscription_entitlements`]: super::Client::list_subscription_entitlements*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionEntitlements<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListSubscriptionEntitlements -> types::ListEntitlements, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListSubscriptionEntitlements<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListEntitlements>, Error<types::Error>> {
            let Self { client, project_id, subscription_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/entitlements", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                subscription_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_entitlements",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_play_store_or_app_store_subscription_transactions`]

[`Client::get_play_store_or_app_store_subscription_transactions`]: super::Client::get_play_store_or_app_store_subscription_transactions*/
    #[derive(Debug, Clone)]
    pub struct GetPlayStoreOrAppStoreSubscriptionTransactions<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetPlayStoreOrAppStoreSubscriptionTransactions -> types::ListSubscriptionTransaction, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
    }
    impl<'a> GetPlayStoreOrAppStoreSubscriptionTransactions<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionTransaction>,
            Error<types::Error>,
        > {
            let Self { client, project_id, subscription_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/transactions", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                subscription_id),
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
                operation_id: "get_play_store_or_app_store_subscription_transactions",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::refund_play_store_subscription_transaction`]

[`Client::refund_play_store_subscription_transaction`]: super::Client::refund_play_store_subscription_transaction*/
    #[derive(Debug, Clone)]
    pub struct RefundPlayStoreSubscriptionTransaction<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        subscription_id: Result<::std::string::String, String>,
        transaction_id: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        RefundPlayStoreSubscriptionTransaction -> types::SubscriptionTransaction, crate::Error;
        req project_id: ::std::string::String,
        req subscription_id: ::std::string::String,
        req transaction_id: ::std::string::String,
    }
    impl<'a> RefundPlayStoreSubscriptionTransaction<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SubscriptionTransaction>, Error<types::Error>> {
            let Self { client, project_id, subscription_id, transaction_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let subscription_id = subscription_id.map_err(Error::InvalidRequest)?;
            let transaction_id = transaction_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/subscriptions/{}/transactions/{}/actions/refund", client
                .baseurl, client_core::PathSegment(& project_id),
                client_core::PathSegment(& subscription_id), client_core::PathSegment(&
                transaction_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_play_store_subscription_transaction",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::list_virtual_currencies`]

[`Client::list_virtual_currencies`]: super::Client::list_virtual_currencies*/
    #[derive(Debug, Clone)]
    pub struct ListVirtualCurrencies<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    client_core::op_builder! {
        ListVirtualCurrencies -> types::ListVirtualCurrencies, crate::Error;
        req project_id: ::std::string::String,
        opt limit: i64,
        opt starting_after: ::std::string::String,
    }
    impl<'a> ListVirtualCurrencies<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListVirtualCurrencies>, Error<types::Error>> {
            let Self { client, project_id, limit, starting_after } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/virtual_currencies", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query_opt("limit", &limit)
                .query_opt("starting_after", &starting_after)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_virtual_currencies",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::create_virtual_currency`]

[`Client::create_virtual_currency`]: super::Client::create_virtual_currency*/
    #[derive(Debug, Clone)]
    pub struct CreateVirtualCurrency<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateVirtualCurrencyRequest, String>,
    }
    client_core::op_builder! {
        CreateVirtualCurrency -> types::VirtualCurrency, crate::Error;
        req project_id: ::std::string::String,
        built body: types::CreateVirtualCurrencyRequest as types::builder::CreateVirtualCurrencyRequest,
    }
    impl<'a> CreateVirtualCurrency<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::VirtualCurrency>, Error<types::Error>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateVirtualCurrencyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/virtual_currencies", client.baseurl,
                client_core::PathSegment(& project_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_virtual_currency",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::get_virtual_currency`]

[`Client::get_virtual_currency`]: super::Client::get_virtual_currency*/
    #[derive(Debug, Clone)]
    pub struct GetVirtualCurrency<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        virtual_currency_code: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        GetVirtualCurrency -> types::VirtualCurrency, crate::Error;
        req project_id: ::std::string::String,
        req virtual_currency_code: ::std::string::String,
    }
    impl<'a> GetVirtualCurrency<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::VirtualCurrency>, Error<types::Error>> {
            let Self { client, project_id, virtual_currency_code } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let virtual_currency_code = virtual_currency_code
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/virtual_currencies/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                virtual_currency_code),
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
                operation_id: "get_virtual_currency",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::update_virtual_currency`]

[`Client::update_virtual_currency`]: super::Client::update_virtual_currency*/
    #[derive(Debug, Clone)]
    pub struct UpdateVirtualCurrency<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        virtual_currency_code: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateVirtualCurrencyRequest, String>,
    }
    client_core::op_builder! {
        UpdateVirtualCurrency -> types::VirtualCurrency, crate::Error;
        req project_id: ::std::string::String,
        req virtual_currency_code: ::std::string::String,
        built body: types::UpdateVirtualCurrencyRequest as types::builder::UpdateVirtualCurrencyRequest,
    }
    impl<'a> UpdateVirtualCurrency<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::VirtualCurrency>, Error<types::Error>> {
            let Self { client, project_id, virtual_currency_code, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let virtual_currency_code = virtual_currency_code
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateVirtualCurrencyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/virtual_currencies/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                virtual_currency_code),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_virtual_currency",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
    /**Builder for [`Client::delete_virtual_currency`]

[`Client::delete_virtual_currency`]: super::Client::delete_virtual_currency*/
    #[derive(Debug, Clone)]
    pub struct DeleteVirtualCurrency<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        virtual_currency_code: Result<::std::string::String, String>,
    }
    client_core::op_builder! {
        DeleteVirtualCurrency -> types::DeletedObject, crate::Error;
        req project_id: ::std::string::String,
        req virtual_currency_code: ::std::string::String,
    }
    impl<'a> DeleteVirtualCurrency<'a> {
        /// Sends the request with progenitor's own error type.
        #[inline]
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::DeletedObject>, Error<types::Error>> {
            let Self { client, project_id, virtual_currency_code } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let virtual_currency_code = virtual_currency_code
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/projects/{}/virtual_currencies/{}", client.baseurl,
                client_core::PathSegment(& project_id), client_core::PathSegment(&
                virtual_currency_code),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_virtual_currency",
            };
            let result = client.exec(request, &info).await;
            let response = result?;
            client_core::respond(response).await
        }
    }
}
/// Every request runs through the runtime: retries with backoff, `Retry-After`,
/// and the bookkeeping that lets errors report status and request id.
impl ClientHooks<client_core::Runtime> for Client {
    #[inline]
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
    (
        "assign_customer_offering",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/assign_offering",
    ),
    (
        "attach_products_to_entitlement",
        "POST",
        "/projects/{project_id}/entitlements/{entitlement_id}/actions/attach_products",
    ),
    (
        "attach_products_to_package",
        "POST",
        "/projects/{project_id}/packages/{package_id}/actions/attach_products",
    ),
    (
        "block_customer",
        "POST",
        "/projects/{project_id}/customers/blocked_customers/{customer_id}",
    ),
    (
        "cancel_subscription",
        "POST",
        "/projects/{project_id}/subscriptions/{subscription_id}/actions/cancel",
    ),
    ("create_app", "POST", "/projects/{project_id}/apps"),
    ("create_customer", "POST", "/projects/{project_id}/customers"),
    ("create_entitlement", "POST", "/projects/{project_id}/entitlements"),
    ("create_offering", "POST", "/projects/{project_id}/offerings"),
    (
        "create_packages",
        "POST",
        "/projects/{project_id}/offerings/{offering_id}/packages",
    ),
    ("create_paywall", "POST", "/projects/{project_id}/paywalls"),
    ("create_product", "POST", "/projects/{project_id}/products"),
    (
        "create_product_in_store",
        "POST",
        "/projects/{project_id}/products/{product_id}/create_in_store",
    ),
    ("create_project", "POST", "/projects"),
    (
        "create_virtual_currencies_transaction",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions",
    ),
    ("create_virtual_currency", "POST", "/projects/{project_id}/virtual_currencies"),
    (
        "create_webhook_integration",
        "POST",
        "/projects/{project_id}/integrations/webhooks",
    ),
    ("delete_app", "DELETE", "/projects/{project_id}/apps/{app_id}"),
    ("delete_customer", "DELETE", "/projects/{project_id}/customers/{customer_id}"),
    (
        "delete_entitlement",
        "DELETE",
        "/projects/{project_id}/entitlements/{entitlement_id}",
    ),
    ("delete_offering", "DELETE", "/projects/{project_id}/offerings/{offering_id}"),
    (
        "delete_package_from_offering",
        "DELETE",
        "/projects/{project_id}/packages/{package_id}",
    ),
    ("delete_paywall", "DELETE", "/projects/{project_id}/paywalls/{paywall_id}"),
    ("delete_product", "DELETE", "/projects/{project_id}/products/{product_id}"),
    (
        "delete_virtual_currency",
        "DELETE",
        "/projects/{project_id}/virtual_currencies/{virtual_currency_code}",
    ),
    (
        "delete_webhook_integration",
        "DELETE",
        "/projects/{project_id}/integrations/webhooks/{webhook_integration_id}",
    ),
    (
        "detach_products_from_entitlement",
        "POST",
        "/projects/{project_id}/entitlements/{entitlement_id}/actions/detach_products",
    ),
    (
        "detach_products_from_package",
        "POST",
        "/projects/{project_id}/packages/{package_id}/actions/detach_products",
    ),
    ("get_app", "GET", "/projects/{project_id}/apps/{app_id}"),
    (
        "get_app_storekit_config",
        "GET",
        "/projects/{project_id}/apps/{app_id}/store_kit_config",
    ),
    (
        "get_authorized_subscription_management_url",
        "GET",
        "/projects/{project_id}/subscriptions/{subscription_id}/authenticated_management_url",
    ),
    ("get_chart_data", "GET", "/projects/{project_id}/charts/{chart_name}"),
    ("get_chart_options", "GET", "/projects/{project_id}/charts/{chart_name}/options"),
    ("get_customer", "GET", "/projects/{project_id}/customers/{customer_id}"),
    ("get_entitlement", "GET", "/projects/{project_id}/entitlements/{entitlement_id}"),
    (
        "get_invoice_file",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file",
    ),
    ("get_offering", "GET", "/projects/{project_id}/offerings/{offering_id}"),
    ("get_overview_metrics", "GET", "/projects/{project_id}/metrics/overview"),
    ("get_package", "GET", "/projects/{project_id}/packages/{package_id}"),
    ("get_paywall", "GET", "/projects/{project_id}/paywalls/{paywall_id}"),
    (
        "get_play_store_or_app_store_subscription_transactions",
        "GET",
        "/projects/{project_id}/subscriptions/{subscription_id}/transactions",
    ),
    ("get_product", "GET", "/projects/{project_id}/products/{product_id}"),
    (
        "get_products_from_entitlement",
        "GET",
        "/projects/{project_id}/entitlements/{entitlement_id}/products",
    ),
    (
        "get_products_from_package",
        "GET",
        "/projects/{project_id}/packages/{package_id}/products",
    ),
    ("get_purchase", "GET", "/projects/{project_id}/purchases/{purchase_id}"),
    (
        "get_subscription",
        "GET",
        "/projects/{project_id}/subscriptions/{subscription_id}",
    ),
    (
        "get_virtual_currency",
        "GET",
        "/projects/{project_id}/virtual_currencies/{virtual_currency_code}",
    ),
    (
        "get_webhook_integration",
        "GET",
        "/projects/{project_id}/integrations/webhooks/{webhook_integration_id}",
    ),
    (
        "grant_customer_entitlement",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/grant_entitlement",
    ),
    (
        "list_app_public_api_keys",
        "GET",
        "/projects/{project_id}/apps/{app_id}/public_api_keys",
    ),
    ("list_apps", "GET", "/projects/{project_id}/apps"),
    ("list_audit_logs", "GET", "/projects/{project_id}/audit_logs"),
    (
        "list_blocked_customers",
        "GET",
        "/projects/{project_id}/customers/blocked_customers",
    ),
    ("list_collaborators", "GET", "/projects/{project_id}/collaborators"),
    (
        "list_customer_active_entitlements",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/active_entitlements",
    ),
    (
        "list_customer_aliases",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/aliases",
    ),
    (
        "list_customer_attributes",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/attributes",
    ),
    (
        "list_customer_invoices",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/invoices",
    ),
    (
        "list_customer_purchases",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/purchases",
    ),
    (
        "list_customer_subscriptions",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/subscriptions",
    ),
    (
        "list_customer_virtual_currency_balances",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/virtual_currencies",
    ),
    ("list_customers", "GET", "/projects/{project_id}/customers"),
    ("list_entitlements", "GET", "/projects/{project_id}/entitlements"),
    ("list_offerings", "GET", "/projects/{project_id}/offerings"),
    ("list_packages", "GET", "/projects/{project_id}/offerings/{offering_id}/packages"),
    ("list_paywalls", "GET", "/projects/{project_id}/paywalls"),
    ("list_products", "GET", "/projects/{project_id}/products"),
    ("list_projects", "GET", "/projects"),
    (
        "list_purchase_entitlements",
        "GET",
        "/projects/{project_id}/purchases/{purchase_id}/entitlements",
    ),
    (
        "list_subscription_entitlements",
        "GET",
        "/projects/{project_id}/subscriptions/{subscription_id}/entitlements",
    ),
    ("list_virtual_currencies", "GET", "/projects/{project_id}/virtual_currencies"),
    ("list_webhook_integrations", "GET", "/projects/{project_id}/integrations/webhooks"),
    (
        "refund_play_store_subscription_transaction",
        "POST",
        "/projects/{project_id}/subscriptions/{subscription_id}/transactions/{transaction_id}/actions/refund",
    ),
    (
        "refund_purchase",
        "POST",
        "/projects/{project_id}/purchases/{purchase_id}/actions/refund",
    ),
    (
        "refund_subscription",
        "POST",
        "/projects/{project_id}/subscriptions/{subscription_id}/actions/refund",
    ),
    (
        "revoke_customer_granted_entitlement",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement",
    ),
    ("search_purchases", "GET", "/projects/{project_id}/purchases"),
    ("search_subscriptions", "GET", "/projects/{project_id}/subscriptions"),
    (
        "set_customer_attributes",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/attributes",
    ),
    (
        "transfer_customer",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/transfer",
    ),
    (
        "unblock_customer",
        "DELETE",
        "/projects/{project_id}/customers/blocked_customers/{customer_id}",
    ),
    ("update_app", "POST", "/projects/{project_id}/apps/{app_id}"),
    (
        "update_entitlement",
        "POST",
        "/projects/{project_id}/entitlements/{entitlement_id}",
    ),
    ("update_offering", "POST", "/projects/{project_id}/offerings/{offering_id}"),
    ("update_package", "POST", "/projects/{project_id}/packages/{package_id}"),
    (
        "update_virtual_currencies_balance",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance",
    ),
    (
        "update_virtual_currency",
        "POST",
        "/projects/{project_id}/virtual_currencies/{virtual_currency_code}",
    ),
    (
        "update_webhook_integration",
        "POST",
        "/projects/{project_id}/integrations/webhooks/{webhook_integration_id}",
    ),
];
