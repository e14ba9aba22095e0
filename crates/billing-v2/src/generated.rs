// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 4025f10add565520a9a4deea4270ae85ed75357fdf5d62c603937d2e49c61178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
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
    impl ActiveEntitlement {
        pub fn builder() -> builder::ActiveEntitlement {
            Default::default()
        }
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
    impl ActiveEntitlementList {
        pub fn builder() -> builder::ActiveEntitlementList {
            Default::default()
        }
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
    impl App {
        pub fn builder() -> builder::App {
            Default::default()
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
    impl AssignOfferingRequest {
        pub fn builder() -> builder::AssignOfferingRequest {
            Default::default()
        }
    }
    ///An attribute to set. `value` is always sent, so an explicit null clears the attribute.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct AttributeInput {
        ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
        pub name: AttributeInputName,
        ///The value of the attribute (at most 500 characters); null clears it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<AttributeInputValue>,
    }
    impl AttributeInput {
        pub fn builder() -> builder::AttributeInput {
            Default::default()
        }
    }
    ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AttributeInputName(::std::string::String);
    client_core::string_newtype!(AttributeInputName, self::error::ConversionError);
    impl ::std::str::FromStr for AttributeInputName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The value of the attribute (at most 500 characters); null clears it.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AttributeInputValue(::std::string::String);
    client_core::string_newtype!(AttributeInputValue, self::error::ConversionError);
    impl ::std::str::FromStr for AttributeInputValue {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 500usize {
                return Err("longer than 500 characters".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl BlockedCustomer {
        pub fn builder() -> builder::BlockedCustomer {
            Default::default()
        }
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
    impl BlockedCustomers {
        pub fn builder() -> builder::BlockedCustomers {
            Default::default()
        }
    }
    ///An attribute to set on a new customer. The value cannot be null here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateCustomerAttribute {
        ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
        pub name: CreateCustomerAttributeName,
        ///The value of the attribute (at most 500 characters).
        pub value: CreateCustomerAttributeValue,
    }
    impl CreateCustomerAttribute {
        pub fn builder() -> builder::CreateCustomerAttribute {
            Default::default()
        }
    }
    ///The name of the attribute: a reserved name starting with `$` (such as `$email`) or a custom name (a letter, then letters, digits, `_` or `-`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCustomerAttributeName(::std::string::String);
    client_core::string_newtype!(
        CreateCustomerAttributeName, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateCustomerAttributeName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    ///The value of the attribute (at most 500 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCustomerAttributeValue(::std::string::String);
    client_core::string_newtype!(
        CreateCustomerAttributeValue, self::error::ConversionError
    );
    impl ::std::str::FromStr for CreateCustomerAttributeValue {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 500usize {
                return Err("longer than 500 characters".into());
            }
            Ok(Self(value.to_string()))
        }
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
    impl CreateCustomerRequest {
        pub fn builder() -> builder::CreateCustomerRequest {
            Default::default()
        }
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
    impl Customer {
        pub fn builder() -> builder::Customer {
            Default::default()
        }
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
    impl CustomerAlias {
        pub fn builder() -> builder::CustomerAlias {
            Default::default()
        }
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
    impl CustomerAliasList {
        pub fn builder() -> builder::CustomerAliasList {
            Default::default()
        }
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
    impl CustomerAttribute {
        pub fn builder() -> builder::CustomerAttribute {
            Default::default()
        }
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
    impl CustomerAttributeList {
        pub fn builder() -> builder::CustomerAttributeList {
            Default::default()
        }
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
    impl CustomerList {
        pub fn builder() -> builder::CustomerList {
            Default::default()
        }
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
    impl DeletedObject {
        pub fn builder() -> builder::DeletedObject {
            Default::default()
        }
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
    impl Entitlement {
        pub fn builder() -> builder::Entitlement {
            Default::default()
        }
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
    impl EntitlementList {
        pub fn builder() -> builder::EntitlementList {
            Default::default()
        }
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
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
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
    impl ExperimentEnrollment {
        pub fn builder() -> builder::ExperimentEnrollment {
            Default::default()
        }
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
    ///The body of "Grant an entitlement to a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct GrantEntitlementRequest {
        ///The ID of the entitlement to grant to the customer.
        pub entitlement_id: ::std::string::String,
        ///The date after which the access to the entitlement expires in ms since epoch.
        pub expires_at: i64,
    }
    impl GrantEntitlementRequest {
        pub fn builder() -> builder::GrantEntitlementRequest {
            Default::default()
        }
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
    impl Invoice {
        pub fn builder() -> builder::Invoice {
            Default::default()
        }
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
    impl InvoiceLineItem {
        pub fn builder() -> builder::InvoiceLineItem {
            Default::default()
        }
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
    impl InvoiceList {
        pub fn builder() -> builder::InvoiceList {
            Default::default()
        }
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
    impl MonetaryAmount {
        pub fn builder() -> builder::MonetaryAmount {
            Default::default()
        }
    }
    ///The details of a one-time product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct OneTimeProduct {
        ///Whether the product can be bought again once used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_consumable: ::std::option::Option<bool>,
    }
    impl OneTimeProduct {
        pub fn builder() -> builder::OneTimeProduct {
            Default::default()
        }
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
    ///A change to the subscription that takes effect at the next renewal.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PendingChanges {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<Product>,
    }
    impl PendingChanges {
        pub fn builder() -> builder::PendingChanges {
            Default::default()
        }
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
    impl Product {
        pub fn builder() -> builder::Product {
            Default::default()
        }
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
    impl ProductList {
        pub fn builder() -> builder::ProductList {
            Default::default()
        }
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
        pub store_purchase_identifier: ::std::string::String,
    }
    impl Purchase {
        pub fn builder() -> builder::Purchase {
            Default::default()
        }
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
    impl PurchaseList {
        pub fn builder() -> builder::PurchaseList {
            Default::default()
        }
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
    ///The body of "Revoke a granted entitlement from a customer".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct RevokeGrantedEntitlementRequest {
        ///The ID of the granted entitlement to revoke from the customer.
        pub entitlement_id: ::std::string::String,
    }
    impl RevokeGrantedEntitlementRequest {
        pub fn builder() -> builder::RevokeGrantedEntitlementRequest {
            Default::default()
        }
    }
    ///The body of "Set a customer's attributes".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct SetCustomerAttributesRequest {
        ///The attributes to set (1 to 50).
        pub attributes: ::std::vec::Vec<AttributeInput>,
    }
    impl SetCustomerAttributesRequest {
        pub fn builder() -> builder::SetCustomerAttributesRequest {
            Default::default()
        }
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
        pub store_subscription_identifier: ::std::string::String,
        ///The total revenue of the subscription in USD.
        pub total_revenue_in_usd: MonetaryAmount,
    }
    impl Subscription {
        pub fn builder() -> builder::Subscription {
            Default::default()
        }
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
    impl SubscriptionList {
        pub fn builder() -> builder::SubscriptionList {
            Default::default()
        }
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
    impl SubscriptionProduct {
        pub fn builder() -> builder::SubscriptionProduct {
            Default::default()
        }
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
    impl TransferCustomerRequest {
        pub fn builder() -> builder::TransferCustomerRequest {
            Default::default()
        }
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
    impl TransferCustomerResponse {
        pub fn builder() -> builder::TransferCustomerResponse {
            Default::default()
        }
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
    impl VirtualCurrenciesAdjustmentRequest {
        pub fn builder() -> builder::VirtualCurrenciesAdjustmentRequest {
            Default::default()
        }
    }
    ///The customer's balance in one virtual currency.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct VirtualCurrencyBalance {
        ///The balance in that currency.
        pub balance: i64,
        ///The code of the virtual currency.
        pub currency_code: ::std::string::String,
        ///The name of the virtual currency, when the server sends it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub object: VirtualCurrencyBalanceObject,
    }
    impl VirtualCurrencyBalance {
        pub fn builder() -> builder::VirtualCurrencyBalance {
            Default::default()
        }
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
    impl VirtualCurrencyBalanceList {
        pub fn builder() -> builder::VirtualCurrencyBalanceList {
            Default::default()
        }
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
    ///The type of a webhook event. New types are kept as `Unknown`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum WebhookEventType {
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
    impl WebhookExperiment {
        pub fn builder() -> builder::WebhookExperiment {
            Default::default()
        }
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
        pub type_: WebhookEventType,
    }
    impl WebhookExperimentEnrollmentEvent {
        pub fn builder() -> builder::WebhookExperimentEnrollmentEvent {
            Default::default()
        }
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
        pub type_: WebhookEventType,
    }
    impl WebhookLifecycleEvent {
        pub fn builder() -> builder::WebhookLifecycleEvent {
            Default::default()
        }
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
    impl WebhookPriceExperiment {
        pub fn builder() -> builder::WebhookPriceExperiment {
            Default::default()
        }
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
    impl WebhookSubscriberAttribute {
        pub fn builder() -> builder::WebhookSubscriberAttribute {
            Default::default()
        }
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
        pub type_: WebhookEventType,
    }
    impl WebhookTransferEvent {
        pub fn builder() -> builder::WebhookTransferEvent {
            Default::default()
        }
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
    impl WebhookVirtualCurrency {
        pub fn builder() -> builder::WebhookVirtualCurrency {
            Default::default()
        }
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
    impl WebhookVirtualCurrencyAdjustment {
        pub fn builder() -> builder::WebhookVirtualCurrencyAdjustment {
            Default::default()
        }
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
        pub type_: WebhookEventType,
        ///The id of this virtual currency transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_currency_transaction_id: ::std::option::Option<
            ::std::string::String,
        >,
    }
    impl WebhookVirtualCurrencyTransactionEvent {
        pub fn builder() -> builder::WebhookVirtualCurrencyTransactionEvent {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ActiveEntitlement {
            entitlement_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::ActiveEntitlementObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActiveEntitlement {
            fn default() -> Self {
                Self {
                    entitlement_id: Err(
                        "no value supplied for entitlement_id".to_string(),
                    ),
                    expires_at: Ok(None),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl ActiveEntitlement {
            pub fn entitlement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for entitlement_id: {e}"
                        )
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.expires_at = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActiveEntitlementObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActiveEntitlement> for super::ActiveEntitlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActiveEntitlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ActiveEntitlement",
                    &[
                        value.entitlement_id.as_ref().err(),
                        value.expires_at.as_ref().err(),
                        value.object.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    entitlement_id: value.entitlement_id?,
                    expires_at: value.expires_at?,
                    object: value.object?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActiveEntitlementList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::ActiveEntitlement>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ActiveEntitlementList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ActiveEntitlementList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ActiveEntitlement>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActiveEntitlementList>
        for super::ActiveEntitlementList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActiveEntitlementList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ActiveEntitlementList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct App {
            created_at: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::AppObject, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::AppType, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for App {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    project_id: Err("no value supplied for project_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl App {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AppObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AppType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<App> for super::App {
            type Error = super::error::ConversionError;
            fn try_from(
                value: App,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "App",
                    &[
                        value.created_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.project_id.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.extra.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    name: value.name?,
                    object: value.object?,
                    project_id: value.project_id?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssignOfferingRequest {
            offering_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssignOfferingRequest {
            fn default() -> Self {
                Self { offering_id: Ok(None) }
            }
        }
        impl AssignOfferingRequest {
            pub fn offering_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.offering_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AssignOfferingRequest>
        for super::AssignOfferingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssignOfferingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AssignOfferingRequest",
                    &[value.offering_id.as_ref().err()],
                )?;
                Ok(Self {
                    offering_id: value.offering_id?,
                })
            }
        }
        impl ::std::convert::From<super::AssignOfferingRequest>
        for AssignOfferingRequest {
            fn from(value: super::AssignOfferingRequest) -> Self {
                Self {
                    offering_id: Ok(value.offering_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttributeInput {
            name: ::std::result::Result<
                super::AttributeInputName,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<super::AttributeInputValue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttributeInput {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Ok(None),
                }
            }
        }
        impl AttributeInput {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AttributeInputName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::AttributeInputValue>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<AttributeInput> for super::AttributeInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttributeInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "AttributeInput",
                    &[value.name.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct BlockedCustomer {
            updated_at_ms: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for BlockedCustomer {
            fn default() -> Self {
                Self {
                    updated_at_ms: Err("no value supplied for updated_at_ms".to_string()),
                }
            }
        }
        impl BlockedCustomer {
            pub fn updated_at_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at_ms: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BlockedCustomer> for super::BlockedCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BlockedCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "BlockedCustomer",
                    &[value.updated_at_ms.as_ref().err()],
                )?;
                Ok(Self {
                    updated_at_ms: value.updated_at_ms?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct BlockedCustomers {
            object: ::std::result::Result<
                super::BlockedCustomerObject,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::BlockedCustomer,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BlockedCustomers {
            fn default() -> Self {
                Self {
                    object: Err("no value supplied for object".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BlockedCustomers {
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BlockedCustomerObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::BlockedCustomer,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BlockedCustomers> for super::BlockedCustomers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BlockedCustomers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "BlockedCustomers",
                    &[value.object.as_ref().err(), value.extra.as_ref().err()],
                )?;
                Ok(Self {
                    object: value.object?,
                    extra: value.extra?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCustomerAttribute {
            name: ::std::result::Result<
                super::CreateCustomerAttributeName,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                super::CreateCustomerAttributeValue,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCustomerAttribute {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl CreateCustomerAttribute {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateCustomerAttributeName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateCustomerAttributeValue>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCustomerAttribute>
        for super::CreateCustomerAttribute {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCustomerAttribute,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateCustomerAttribute",
                    &[value.name.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCustomerRequest {
            attributes: ::std::result::Result<
                ::std::vec::Vec<super::CreateCustomerAttribute>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateCustomerRequest {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl CreateCustomerRequest {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateCustomerAttribute>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCustomerRequest>
        for super::CreateCustomerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCustomerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CreateCustomerRequest",
                    &[value.attributes.as_ref().err(), value.id.as_ref().err()],
                )?;
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCustomerRequest>
        for CreateCustomerRequest {
            fn from(value: super::CreateCustomerRequest) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Customer {
            active_entitlements: ::std::result::Result<
                ::std::option::Option<super::ActiveEntitlementList>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<super::CustomerAttributeList>,
                ::std::string::String,
            >,
            experiment: ::std::result::Result<
                ::std::option::Option<super::ExperimentEnrollment>,
                ::std::string::String,
            >,
            first_seen_at: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_seen_app_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_seen_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen_platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen_platform_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::CustomerObject, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    active_entitlements: Ok(Default::default()),
                    attributes: Ok(Default::default()),
                    experiment: Ok(Default::default()),
                    first_seen_at: Err(
                        "no value supplied for first_seen_at".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    last_seen_app_version: Ok(None),
                    last_seen_at: Ok(None),
                    last_seen_country: Ok(None),
                    last_seen_platform: Ok(None),
                    last_seen_platform_version: Ok(None),
                    object: Err("no value supplied for object".to_string()),
                    project_id: Err("no value supplied for project_id".to_string()),
                }
            }
        }
        impl Customer {
            pub fn active_entitlements<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ActiveEntitlementList>,
            {
                self.active_entitlements = Ok(value.into_option());
                self
            }
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::CustomerAttributeList>,
            {
                self.attributes = Ok(value.into_option());
                self
            }
            pub fn experiment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ExperimentEnrollment>,
            {
                self.experiment = Ok(value.into_option());
                self
            }
            pub fn first_seen_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.first_seen_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_seen_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_seen_app_version<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.last_seen_app_version = Ok(value.into_option());
                self
            }
            pub fn last_seen_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.last_seen_at = Ok(value.into_option());
                self
            }
            pub fn last_seen_country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.last_seen_country = Ok(value.into_option());
                self
            }
            pub fn last_seen_platform<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.last_seen_platform = Ok(value.into_option());
                self
            }
            pub fn last_seen_platform_version<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.last_seen_platform_version = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Customer",
                    &[
                        value.active_entitlements.as_ref().err(),
                        value.attributes.as_ref().err(),
                        value.experiment.as_ref().err(),
                        value.first_seen_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.last_seen_app_version.as_ref().err(),
                        value.last_seen_at.as_ref().err(),
                        value.last_seen_country.as_ref().err(),
                        value.last_seen_platform.as_ref().err(),
                        value.last_seen_platform_version.as_ref().err(),
                        value.object.as_ref().err(),
                        value.project_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    active_entitlements: value.active_entitlements?,
                    attributes: value.attributes?,
                    experiment: value.experiment?,
                    first_seen_at: value.first_seen_at?,
                    id: value.id?,
                    last_seen_app_version: value.last_seen_app_version?,
                    last_seen_at: value.last_seen_at?,
                    last_seen_country: value.last_seen_country?,
                    last_seen_platform: value.last_seen_platform?,
                    last_seen_platform_version: value.last_seen_platform_version?,
                    object: value.object?,
                    project_id: value.project_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAlias {
            created_at: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::CustomerAliasObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerAlias {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl CustomerAlias {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerAliasObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAlias> for super::CustomerAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerAlias",
                    &[
                        value.created_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAliasList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::CustomerAlias>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerAliasList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerAliasList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerAlias>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAliasList> for super::CustomerAliasList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAliasList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerAliasList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAttribute {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::CustomerAttributeObject,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<i64, ::std::string::String>,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerAttribute {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl CustomerAttribute {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerAttributeObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAttribute> for super::CustomerAttribute {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAttribute,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerAttribute",
                    &[
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.updated_at.as_ref().err(),
                        value.value.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    name: value.name?,
                    object: value.object?,
                    updated_at: value.updated_at?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAttributeList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::CustomerAttribute>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerAttributeList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerAttributeList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerAttribute>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAttributeList>
        for super::CustomerAttributeList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAttributeList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerAttributeList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Customer>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Customer>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerList> for super::CustomerList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "CustomerList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedObject {
            deleted_at: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::DeletedObjectType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedObject {
            fn default() -> Self {
                Self {
                    deleted_at: Err("no value supplied for deleted_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeletedObject {
            pub fn deleted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeletedObjectType>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeletedObject> for super::DeletedObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "DeletedObject",
                    &[
                        value.deleted_at.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    deleted_at: value.deleted_at?,
                    id: value.id?,
                    object: value.object?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Entitlement {
            created_at: ::std::result::Result<i64, ::std::string::String>,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            lookup_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::EntitlementObject,
                ::std::string::String,
            >,
            products: ::std::result::Result<
                ::std::option::Option<super::ProductList>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Entitlement {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    lookup_key: Err("no value supplied for lookup_key".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    products: Ok(Default::default()),
                    project_id: Err("no value supplied for project_id".to_string()),
                }
            }
        }
        impl Entitlement {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn lookup_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.lookup_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lookup_key: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntitlementObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn products<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::ProductList>,
            {
                self.products = Ok(value.into_option());
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Entitlement> for super::Entitlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Entitlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Entitlement",
                    &[
                        value.created_at.as_ref().err(),
                        value.display_name.as_ref().err(),
                        value.id.as_ref().err(),
                        value.lookup_key.as_ref().err(),
                        value.object.as_ref().err(),
                        value.products.as_ref().err(),
                        value.project_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    created_at: value.created_at?,
                    display_name: value.display_name?,
                    id: value.id?,
                    lookup_key: value.lookup_key?,
                    object: value.object?,
                    products: value.products?,
                    project_id: value.project_id?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntitlementList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Entitlement>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EntitlementList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl EntitlementList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Entitlement>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntitlementList> for super::EntitlementList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntitlementList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "EntitlementList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            backoff_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            doc_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ErrorObject, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retryable: ::std::result::Result<bool, ::std::string::String>,
            type_: ::std::result::Result<super::ErrorType, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    backoff_ms: Ok(Default::default()),
                    doc_url: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    param: Ok(Default::default()),
                    retryable: Err("no value supplied for retryable".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Error {
            pub fn backoff_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.backoff_ms = Ok(value.into_option());
                self
            }
            pub fn doc_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.doc_url = Ok(value.into_option());
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.param = Ok(value.into_option());
                self
            }
            pub fn retryable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.retryable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for retryable: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Error",
                    &[
                        value.backoff_ms.as_ref().err(),
                        value.doc_url.as_ref().err(),
                        value.message.as_ref().err(),
                        value.object.as_ref().err(),
                        value.param.as_ref().err(),
                        value.retryable.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    backoff_ms: value.backoff_ms?,
                    doc_url: value.doc_url?,
                    message: value.message?,
                    object: value.object?,
                    param: value.param?,
                    retryable: value.retryable?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExperimentEnrollment {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::ExperimentEnrollmentObject,
                ::std::string::String,
            >,
            variant: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ExperimentEnrollment {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    variant: Err("no value supplied for variant".to_string()),
                }
            }
        }
        impl ExperimentEnrollment {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExperimentEnrollmentObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn variant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.variant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for variant: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExperimentEnrollment>
        for super::ExperimentEnrollment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExperimentEnrollment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ExperimentEnrollment",
                    &[
                        value.id.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                        value.variant.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    object: value.object?,
                    variant: value.variant?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct GrantEntitlementRequest {
            entitlement_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for GrantEntitlementRequest {
            fn default() -> Self {
                Self {
                    entitlement_id: Err(
                        "no value supplied for entitlement_id".to_string(),
                    ),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                }
            }
        }
        impl GrantEntitlementRequest {
            pub fn entitlement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for entitlement_id: {e}"
                        )
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GrantEntitlementRequest>
        for super::GrantEntitlementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GrantEntitlementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "GrantEntitlementRequest",
                    &[
                        value.entitlement_id.as_ref().err(),
                        value.expires_at.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    entitlement_id: value.entitlement_id?,
                    expires_at: value.expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::GrantEntitlementRequest>
        for GrantEntitlementRequest {
            fn from(value: super::GrantEntitlementRequest) -> Self {
                Self {
                    entitlement_id: Ok(value.entitlement_id),
                    expires_at: Ok(value.expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Invoice {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invoice_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issued_at: ::std::result::Result<i64, ::std::string::String>,
            line_items: ::std::result::Result<
                ::std::vec::Vec<super::InvoiceLineItem>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::InvoiceObject, ::std::string::String>,
            paid_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<
                super::MonetaryAmount,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Invoice {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    invoice_url: Ok(Default::default()),
                    issued_at: Err("no value supplied for issued_at".to_string()),
                    line_items: Err("no value supplied for line_items".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    paid_at: Ok(Default::default()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                }
            }
        }
        impl Invoice {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn invoice_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.invoice_url = Ok(value.into_option());
                self
            }
            pub fn issued_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.issued_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issued_at: {e}")
                    });
                self
            }
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InvoiceLineItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_items: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InvoiceObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn paid_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.paid_at = Ok(value.into_option());
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonetaryAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Invoice> for super::Invoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Invoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Invoice",
                    &[
                        value.id.as_ref().err(),
                        value.invoice_url.as_ref().err(),
                        value.issued_at.as_ref().err(),
                        value.line_items.as_ref().err(),
                        value.object.as_ref().err(),
                        value.paid_at.as_ref().err(),
                        value.total_amount.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    id: value.id?,
                    invoice_url: value.invoice_url?,
                    issued_at: value.issued_at?,
                    line_items: value.line_items?,
                    object: value.object?,
                    paid_at: value.paid_at?,
                    total_amount: value.total_amount?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceLineItem {
            object: ::std::result::Result<
                super::InvoiceLineItemObject,
                ::std::string::String,
            >,
            product_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_duration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<i64, ::std::string::String>,
            unit_amount: ::std::result::Result<
                super::MonetaryAmount,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceLineItem {
            fn default() -> Self {
                Self {
                    object: Err("no value supplied for object".to_string()),
                    product_display_name: Ok(Default::default()),
                    product_duration: Ok(Default::default()),
                    product_identifier: Err(
                        "no value supplied for product_identifier".to_string(),
                    ),
                    quantity: Err("no value supplied for quantity".to_string()),
                    unit_amount: Err("no value supplied for unit_amount".to_string()),
                }
            }
        }
        impl InvoiceLineItem {
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InvoiceLineItemObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn product_display_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_display_name = Ok(value.into_option());
                self
            }
            pub fn product_duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_duration = Ok(value.into_option());
                self
            }
            pub fn product_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_identifier: {e}"
                        )
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn unit_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonetaryAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceLineItem> for super::InvoiceLineItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceLineItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "InvoiceLineItem",
                    &[
                        value.object.as_ref().err(),
                        value.product_display_name.as_ref().err(),
                        value.product_duration.as_ref().err(),
                        value.product_identifier.as_ref().err(),
                        value.quantity.as_ref().err(),
                        value.unit_amount.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    object: value.object?,
                    product_display_name: value.product_display_name?,
                    product_duration: value.product_duration?,
                    product_identifier: value.product_identifier?,
                    quantity: value.quantity?,
                    unit_amount: value.unit_amount?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Invoice>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InvoiceList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl InvoiceList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Invoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceList> for super::InvoiceList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "InvoiceList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonetaryAmount {
            commission: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            gross: ::std::result::Result<f64, ::std::string::String>,
            proceeds: ::std::result::Result<f64, ::std::string::String>,
            tax: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for MonetaryAmount {
            fn default() -> Self {
                Self {
                    commission: Ok(Default::default()),
                    currency: Err("no value supplied for currency".to_string()),
                    gross: Err("no value supplied for gross".to_string()),
                    proceeds: Err("no value supplied for proceeds".to_string()),
                    tax: Err("no value supplied for tax".to_string()),
                }
            }
        }
        impl MonetaryAmount {
            pub fn commission<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.commission = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn gross<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.gross = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gross: {e}")
                    });
                self
            }
            pub fn proceeds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.proceeds = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proceeds: {e}")
                    });
                self
            }
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MonetaryAmount> for super::MonetaryAmount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonetaryAmount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "MonetaryAmount",
                    &[
                        value.commission.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.gross.as_ref().err(),
                        value.proceeds.as_ref().err(),
                        value.tax.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    commission: value.commission?,
                    currency: value.currency?,
                    gross: value.gross?,
                    proceeds: value.proceeds?,
                    tax: value.tax?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct OneTimeProduct {
            is_consumable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OneTimeProduct {
            fn default() -> Self {
                Self {
                    is_consumable: Ok(Default::default()),
                }
            }
        }
        impl OneTimeProduct {
            pub fn is_consumable<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_consumable = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<OneTimeProduct> for super::OneTimeProduct {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OneTimeProduct,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "OneTimeProduct",
                    &[value.is_consumable.as_ref().err()],
                )?;
                Ok(Self {
                    is_consumable: value.is_consumable?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingChanges {
            product: ::std::result::Result<
                ::std::option::Option<super::Product>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingChanges {
            fn default() -> Self {
                Self {
                    product: Ok(Default::default()),
                }
            }
        }
        impl PendingChanges {
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::Product>,
            {
                self.product = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<PendingChanges> for super::PendingChanges {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PendingChanges,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "PendingChanges",
                    &[value.product.as_ref().err()],
                )?;
                Ok(Self { product: value.product? })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Product {
            app: ::std::result::Result<
                ::std::option::Option<super::App>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            created_at: ::std::result::Result<i64, ::std::string::String>,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::ProductObject, ::std::string::String>,
            one_time: ::std::result::Result<
                ::std::option::Option<super::OneTimeProduct>,
                ::std::string::String,
            >,
            store_identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            subscription: ::std::result::Result<
                ::std::option::Option<super::SubscriptionProduct>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::ProductType, ::std::string::String>,
        }
        impl ::std::default::Default for Product {
            fn default() -> Self {
                Self {
                    app: Ok(Default::default()),
                    app_id: Err("no value supplied for app_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    display_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    one_time: Ok(Default::default()),
                    store_identifier: Err(
                        "no value supplied for store_identifier".to_string(),
                    ),
                    subscription: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Product {
            pub fn app<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::App>,
            {
                self.app = Ok(value.into_option());
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn one_time<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::OneTimeProduct>,
            {
                self.one_time = Ok(value.into_option());
                self
            }
            pub fn store_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.store_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for store_identifier: {e}"
                        )
                    });
                self
            }
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::SubscriptionProduct>,
            {
                self.subscription = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Product> for super::Product {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Product,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Product",
                    &[
                        value.app.as_ref().err(),
                        value.app_id.as_ref().err(),
                        value.created_at.as_ref().err(),
                        value.display_name.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.one_time.as_ref().err(),
                        value.store_identifier.as_ref().err(),
                        value.subscription.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    app: value.app?,
                    app_id: value.app_id?,
                    created_at: value.created_at?,
                    display_name: value.display_name?,
                    id: value.id?,
                    object: value.object?,
                    one_time: value.one_time?,
                    store_identifier: value.store_identifier?,
                    subscription: value.subscription?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Product>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProductList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ProductList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Product>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductList> for super::ProductList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "ProductList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Purchase {
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            entitlements: ::std::result::Result<
                super::EntitlementList,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                super::Environment,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<super::PurchaseObject, ::std::string::String>,
            original_customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ownership: ::std::result::Result<super::Ownership, ::std::string::String>,
            presented_offering_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            purchased_at: ::std::result::Result<i64, ::std::string::String>,
            quantity: ::std::result::Result<i64, ::std::string::String>,
            revenue_in_usd: ::std::result::Result<
                super::MonetaryAmount,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::PurchaseStatus, ::std::string::String>,
            store: ::std::result::Result<super::Store, ::std::string::String>,
            store_purchase_identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Purchase {
            fn default() -> Self {
                Self {
                    country: Ok(Default::default()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    entitlements: Err("no value supplied for entitlements".to_string()),
                    environment: Err("no value supplied for environment".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    original_customer_id: Err(
                        "no value supplied for original_customer_id".to_string(),
                    ),
                    ownership: Err("no value supplied for ownership".to_string()),
                    presented_offering_id: Ok(Default::default()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    purchased_at: Err("no value supplied for purchased_at".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    revenue_in_usd: Err(
                        "no value supplied for revenue_in_usd".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    store: Err("no value supplied for store".to_string()),
                    store_purchase_identifier: Err(
                        "no value supplied for store_purchase_identifier".to_string(),
                    ),
                }
            }
        }
        impl Purchase {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.country = Ok(value.into_option());
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn entitlements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntitlementList>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlements = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entitlements: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Environment>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PurchaseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn original_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.original_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn ownership<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Ownership>,
                T::Error: ::std::fmt::Display,
            {
                self.ownership = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ownership: {e}")
                    });
                self
            }
            pub fn presented_offering_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.presented_offering_id = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn purchased_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.purchased_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchased_at: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn revenue_in_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonetaryAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.revenue_in_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for revenue_in_usd: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PurchaseStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Store>,
                T::Error: ::std::fmt::Display,
            {
                self.store = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for store: {e}")
                    });
                self
            }
            pub fn store_purchase_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.store_purchase_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for store_purchase_identifier: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Purchase> for super::Purchase {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Purchase,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Purchase",
                    &[
                        value.country.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.entitlements.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.id.as_ref().err(),
                        value.object.as_ref().err(),
                        value.original_customer_id.as_ref().err(),
                        value.ownership.as_ref().err(),
                        value.presented_offering_id.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.purchased_at.as_ref().err(),
                        value.quantity.as_ref().err(),
                        value.revenue_in_usd.as_ref().err(),
                        value.status.as_ref().err(),
                        value.store.as_ref().err(),
                        value.store_purchase_identifier.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    country: value.country?,
                    customer_id: value.customer_id?,
                    entitlements: value.entitlements?,
                    environment: value.environment?,
                    id: value.id?,
                    object: value.object?,
                    original_customer_id: value.original_customer_id?,
                    ownership: value.ownership?,
                    presented_offering_id: value.presented_offering_id?,
                    product_id: value.product_id?,
                    purchased_at: value.purchased_at?,
                    quantity: value.quantity?,
                    revenue_in_usd: value.revenue_in_usd?,
                    status: value.status?,
                    store: value.store?,
                    store_purchase_identifier: value.store_purchase_identifier?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct PurchaseList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Purchase>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PurchaseList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl PurchaseList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Purchase>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PurchaseList> for super::PurchaseList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PurchaseList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "PurchaseList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeGrantedEntitlementRequest {
            entitlement_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RevokeGrantedEntitlementRequest {
            fn default() -> Self {
                Self {
                    entitlement_id: Err(
                        "no value supplied for entitlement_id".to_string(),
                    ),
                }
            }
        }
        impl RevokeGrantedEntitlementRequest {
            pub fn entitlement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for entitlement_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeGrantedEntitlementRequest>
        for super::RevokeGrantedEntitlementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeGrantedEntitlementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "RevokeGrantedEntitlementRequest",
                    &[value.entitlement_id.as_ref().err()],
                )?;
                Ok(Self {
                    entitlement_id: value.entitlement_id?,
                })
            }
        }
        impl ::std::convert::From<super::RevokeGrantedEntitlementRequest>
        for RevokeGrantedEntitlementRequest {
            fn from(value: super::RevokeGrantedEntitlementRequest) -> Self {
                Self {
                    entitlement_id: Ok(value.entitlement_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SetCustomerAttributesRequest {
            attributes: ::std::result::Result<
                ::std::vec::Vec<super::AttributeInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SetCustomerAttributesRequest {
            fn default() -> Self {
                Self {
                    attributes: Err("no value supplied for attributes".to_string()),
                }
            }
        }
        impl SetCustomerAttributesRequest {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AttributeInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SetCustomerAttributesRequest>
        for super::SetCustomerAttributesRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SetCustomerAttributesRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SetCustomerAttributesRequest",
                    &[value.attributes.as_ref().err()],
                )?;
                Ok(Self {
                    attributes: value.attributes?,
                })
            }
        }
        impl ::std::convert::From<super::SetCustomerAttributesRequest>
        for SetCustomerAttributesRequest {
            fn from(value: super::SetCustomerAttributesRequest) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Subscription {
            auto_renewal_status: ::std::result::Result<
                super::AutoRenewalStatus,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_period_ends_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_period_starts_at: ::std::result::Result<i64, ::std::string::String>,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ends_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            entitlements: ::std::result::Result<
                super::EntitlementList,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                super::Environment,
                ::std::string::String,
            >,
            gives_access: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            management_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::SubscriptionObject,
                ::std::string::String,
            >,
            original_customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ownership: ::std::result::Result<super::Ownership, ::std::string::String>,
            pending_changes: ::std::result::Result<
                ::std::option::Option<super::PendingChanges>,
                ::std::string::String,
            >,
            pending_payment: ::std::result::Result<bool, ::std::string::String>,
            presented_offering_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            starts_at: ::std::result::Result<i64, ::std::string::String>,
            status: ::std::result::Result<
                super::SubscriptionStatus,
                ::std::string::String,
            >,
            store: ::std::result::Result<super::Store, ::std::string::String>,
            store_subscription_identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            total_revenue_in_usd: ::std::result::Result<
                super::MonetaryAmount,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Subscription {
            fn default() -> Self {
                Self {
                    auto_renewal_status: Err(
                        "no value supplied for auto_renewal_status".to_string(),
                    ),
                    country: Ok(Default::default()),
                    current_period_ends_at: Ok(Default::default()),
                    current_period_starts_at: Err(
                        "no value supplied for current_period_starts_at".to_string(),
                    ),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    ends_at: Ok(Default::default()),
                    entitlements: Err("no value supplied for entitlements".to_string()),
                    environment: Err("no value supplied for environment".to_string()),
                    gives_access: Err("no value supplied for gives_access".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    management_url: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    original_customer_id: Err(
                        "no value supplied for original_customer_id".to_string(),
                    ),
                    ownership: Err("no value supplied for ownership".to_string()),
                    pending_changes: Ok(Default::default()),
                    pending_payment: Err(
                        "no value supplied for pending_payment".to_string(),
                    ),
                    presented_offering_id: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    starts_at: Err("no value supplied for starts_at".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    store: Err("no value supplied for store".to_string()),
                    store_subscription_identifier: Err(
                        "no value supplied for store_subscription_identifier".to_string(),
                    ),
                    total_revenue_in_usd: Err(
                        "no value supplied for total_revenue_in_usd".to_string(),
                    ),
                }
            }
        }
        impl Subscription {
            pub fn auto_renewal_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AutoRenewalStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_renewal_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_renewal_status: {e}"
                        )
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.country = Ok(value.into_option());
                self
            }
            pub fn current_period_ends_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.current_period_ends_at = Ok(value.into_option());
                self
            }
            pub fn current_period_starts_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.current_period_starts_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period_starts_at: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn ends_at<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.ends_at = Ok(value.into_option());
                self
            }
            pub fn entitlements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntitlementList>,
                T::Error: ::std::fmt::Display,
            {
                self.entitlements = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entitlements: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Environment>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn gives_access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.gives_access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gives_access: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn management_url<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.management_url = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SubscriptionObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn original_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.original_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn ownership<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Ownership>,
                T::Error: ::std::fmt::Display,
            {
                self.ownership = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ownership: {e}")
                    });
                self
            }
            pub fn pending_changes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::PendingChanges>,
            {
                self.pending_changes = Ok(value.into_option());
                self
            }
            pub fn pending_payment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_payment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_payment: {e}"
                        )
                    });
                self
            }
            pub fn presented_offering_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.presented_offering_id = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn starts_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.starts_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starts_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SubscriptionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Store>,
                T::Error: ::std::fmt::Display,
            {
                self.store = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for store: {e}")
                    });
                self
            }
            pub fn store_subscription_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.store_subscription_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for store_subscription_identifier: {e}"
                        )
                    });
                self
            }
            pub fn total_revenue_in_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonetaryAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.total_revenue_in_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_revenue_in_usd: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Subscription> for super::Subscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Subscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "Subscription",
                    &[
                        value.auto_renewal_status.as_ref().err(),
                        value.country.as_ref().err(),
                        value.current_period_ends_at.as_ref().err(),
                        value.current_period_starts_at.as_ref().err(),
                        value.customer_id.as_ref().err(),
                        value.ends_at.as_ref().err(),
                        value.entitlements.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.gives_access.as_ref().err(),
                        value.id.as_ref().err(),
                        value.management_url.as_ref().err(),
                        value.object.as_ref().err(),
                        value.original_customer_id.as_ref().err(),
                        value.ownership.as_ref().err(),
                        value.pending_changes.as_ref().err(),
                        value.pending_payment.as_ref().err(),
                        value.presented_offering_id.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.starts_at.as_ref().err(),
                        value.status.as_ref().err(),
                        value.store.as_ref().err(),
                        value.store_subscription_identifier.as_ref().err(),
                        value.total_revenue_in_usd.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    auto_renewal_status: value.auto_renewal_status?,
                    country: value.country?,
                    current_period_ends_at: value.current_period_ends_at?,
                    current_period_starts_at: value.current_period_starts_at?,
                    customer_id: value.customer_id?,
                    ends_at: value.ends_at?,
                    entitlements: value.entitlements?,
                    environment: value.environment?,
                    gives_access: value.gives_access?,
                    id: value.id?,
                    management_url: value.management_url?,
                    object: value.object?,
                    original_customer_id: value.original_customer_id?,
                    ownership: value.ownership?,
                    pending_changes: value.pending_changes?,
                    pending_payment: value.pending_payment?,
                    presented_offering_id: value.presented_offering_id?,
                    product_id: value.product_id?,
                    starts_at: value.starts_at?,
                    status: value.status?,
                    store: value.store?,
                    store_subscription_identifier: value.store_subscription_identifier?,
                    total_revenue_in_usd: value.total_revenue_in_usd?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Subscription>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SubscriptionList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SubscriptionList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Subscription>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionList> for super::SubscriptionList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SubscriptionList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionProduct {
            duration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            grace_period_duration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trial_duration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionProduct {
            fn default() -> Self {
                Self {
                    duration: Ok(Default::default()),
                    grace_period_duration: Ok(Default::default()),
                    trial_duration: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionProduct {
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.duration = Ok(value.into_option());
                self
            }
            pub fn grace_period_duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.grace_period_duration = Ok(value.into_option());
                self
            }
            pub fn trial_duration<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.trial_duration = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionProduct>
        for super::SubscriptionProduct {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionProduct,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "SubscriptionProduct",
                    &[
                        value.duration.as_ref().err(),
                        value.grace_period_duration.as_ref().err(),
                        value.trial_duration.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    duration: value.duration?,
                    grace_period_duration: value.grace_period_duration?,
                    trial_duration: value.trial_duration?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferCustomerRequest {
            app_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            target_customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransferCustomerRequest {
            fn default() -> Self {
                Self {
                    app_ids: Ok(Default::default()),
                    target_customer_id: Err(
                        "no value supplied for target_customer_id".to_string(),
                    ),
                }
            }
        }
        impl TransferCustomerRequest {
            pub fn app_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.app_ids = Ok(value.into_option());
                self
            }
            pub fn target_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_customer_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransferCustomerRequest>
        for super::TransferCustomerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferCustomerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "TransferCustomerRequest",
                    &[
                        value.app_ids.as_ref().err(),
                        value.target_customer_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    app_ids: value.app_ids?,
                    target_customer_id: value.target_customer_id?,
                })
            }
        }
        impl ::std::convert::From<super::TransferCustomerRequest>
        for TransferCustomerRequest {
            fn from(value: super::TransferCustomerRequest) -> Self {
                Self {
                    app_ids: Ok(value.app_ids),
                    target_customer_id: Ok(value.target_customer_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferCustomerResponse {
            source_customer: ::std::result::Result<
                super::Customer,
                ::std::string::String,
            >,
            target_customer: ::std::result::Result<
                super::Customer,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransferCustomerResponse {
            fn default() -> Self {
                Self {
                    source_customer: Err(
                        "no value supplied for source_customer".to_string(),
                    ),
                    target_customer: Err(
                        "no value supplied for target_customer".to_string(),
                    ),
                }
            }
        }
        impl TransferCustomerResponse {
            pub fn source_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.source_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_customer: {e}"
                        )
                    });
                self
            }
            pub fn target_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.target_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_customer: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransferCustomerResponse>
        for super::TransferCustomerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferCustomerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "TransferCustomerResponse",
                    &[
                        value.source_customer.as_ref().err(),
                        value.target_customer.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    source_customer: value.source_customer?,
                    target_customer: value.target_customer?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualCurrenciesAdjustmentRequest {
            adjustments: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualCurrenciesAdjustmentRequest {
            fn default() -> Self {
                Self {
                    adjustments: Err("no value supplied for adjustments".to_string()),
                    reference: Ok(Default::default()),
                }
            }
        }
        impl VirtualCurrenciesAdjustmentRequest {
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.adjustments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adjustments: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.reference = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualCurrenciesAdjustmentRequest>
        for super::VirtualCurrenciesAdjustmentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualCurrenciesAdjustmentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "VirtualCurrenciesAdjustmentRequest",
                    &[value.adjustments.as_ref().err(), value.reference.as_ref().err()],
                )?;
                Ok(Self {
                    adjustments: value.adjustments?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualCurrenciesAdjustmentRequest>
        for VirtualCurrenciesAdjustmentRequest {
            fn from(value: super::VirtualCurrenciesAdjustmentRequest) -> Self {
                Self {
                    adjustments: Ok(value.adjustments),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualCurrencyBalance {
            balance: ::std::result::Result<i64, ::std::string::String>,
            currency_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::VirtualCurrencyBalanceObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualCurrencyBalance {
            fn default() -> Self {
                Self {
                    balance: Err("no value supplied for balance".to_string()),
                    currency_code: Err(
                        "no value supplied for currency_code".to_string(),
                    ),
                    name: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl VirtualCurrencyBalance {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn currency_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_code: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VirtualCurrencyBalanceObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualCurrencyBalance>
        for super::VirtualCurrencyBalance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualCurrencyBalance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "VirtualCurrencyBalance",
                    &[
                        value.balance.as_ref().err(),
                        value.currency_code.as_ref().err(),
                        value.name.as_ref().err(),
                        value.object.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    balance: value.balance?,
                    currency_code: value.currency_code?,
                    name: value.name?,
                    object: value.object?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualCurrencyBalanceList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::VirtualCurrencyBalance>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ListObject, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for VirtualCurrencyBalanceList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_page: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl VirtualCurrencyBalanceList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VirtualCurrencyBalance>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.next_page = Ok(value.into_option());
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualCurrencyBalanceList>
        for super::VirtualCurrencyBalanceList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualCurrencyBalanceList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "VirtualCurrencyBalanceList",
                    &[
                        value.items.as_ref().err(),
                        value.next_page.as_ref().err(),
                        value.object.as_ref().err(),
                        value.url.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    items: value.items?,
                    next_page: value.next_page?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookExperiment {
            experiment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            experiment_variant: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookExperiment {
            fn default() -> Self {
                Self {
                    experiment_id: Ok(Default::default()),
                    experiment_variant: Ok(Default::default()),
                }
            }
        }
        impl WebhookExperiment {
            pub fn experiment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.experiment_id = Ok(value.into_option());
                self
            }
            pub fn experiment_variant<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.experiment_variant = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookExperiment> for super::WebhookExperiment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookExperiment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookExperiment",
                    &[
                        value.experiment_id.as_ref().err(),
                        value.experiment_variant.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    experiment_id: value.experiment_id?,
                    experiment_variant: value.experiment_variant?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookExperimentEnrollmentEvent {
            aliases: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            app_user_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            event_timestamp_ms: ::std::result::Result<i64, ::std::string::String>,
            experiment_enrolled_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            experiment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            experiment_variant: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            original_app_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subscriber_attributes: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookExperimentEnrollmentEvent {
            fn default() -> Self {
                Self {
                    aliases: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    app_user_id: Err("no value supplied for app_user_id".to_string()),
                    event_timestamp_ms: Err(
                        "no value supplied for event_timestamp_ms".to_string(),
                    ),
                    experiment_enrolled_at_ms: Ok(Default::default()),
                    experiment_id: Ok(Default::default()),
                    experiment_variant: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    original_app_user_id: Ok(Default::default()),
                    subscriber_attributes: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookExperimentEnrollmentEvent {
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.aliases = Ok(value.into_option());
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn app_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_user_id: {e}")
                    });
                self
            }
            pub fn event_timestamp_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.event_timestamp_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_timestamp_ms: {e}"
                        )
                    });
                self
            }
            pub fn experiment_enrolled_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.experiment_enrolled_at_ms = Ok(value.into_option());
                self
            }
            pub fn experiment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.experiment_id = Ok(value.into_option());
                self
            }
            pub fn experiment_variant<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.experiment_variant = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn original_app_user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.original_app_user_id = Ok(value.into_option());
                self
            }
            pub fn subscriber_attributes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
            {
                self.subscriber_attributes = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookExperimentEnrollmentEvent>
        for super::WebhookExperimentEnrollmentEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookExperimentEnrollmentEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookExperimentEnrollmentEvent",
                    &[
                        value.aliases.as_ref().err(),
                        value.app_id.as_ref().err(),
                        value.app_user_id.as_ref().err(),
                        value.event_timestamp_ms.as_ref().err(),
                        value.experiment_enrolled_at_ms.as_ref().err(),
                        value.experiment_id.as_ref().err(),
                        value.experiment_variant.as_ref().err(),
                        value.id.as_ref().err(),
                        value.original_app_user_id.as_ref().err(),
                        value.subscriber_attributes.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    aliases: value.aliases?,
                    app_id: value.app_id?,
                    app_user_id: value.app_user_id?,
                    event_timestamp_ms: value.event_timestamp_ms?,
                    experiment_enrolled_at_ms: value.experiment_enrolled_at_ms?,
                    experiment_id: value.experiment_id?,
                    experiment_variant: value.experiment_variant?,
                    id: value.id?,
                    original_app_user_id: value.original_app_user_id?,
                    subscriber_attributes: value.subscriber_attributes?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookLifecycleEvent {
            aliases: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            app_user_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            auto_resume_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cancel_reason: ::std::result::Result<
                ::std::option::Option<super::WebhookCancelReason>,
                ::std::string::String,
            >,
            commission_percentage: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entitlement_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entitlement_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<super::WebhookEnvironment>,
                ::std::string::String,
            >,
            event_timestamp_ms: ::std::result::Result<i64, ::std::string::String>,
            experiments: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WebhookExperiment>>,
                ::std::string::String,
            >,
            expiration_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            expiration_reason: ::std::result::Result<
                ::std::option::Option<super::WebhookCancelReason>,
                ::std::string::String,
            >,
            grace_period_expiration_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_family_share: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_trial_conversion: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            new_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offer_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            original_app_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            original_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            period_type: ::std::result::Result<
                ::std::option::Option<super::WebhookPeriodType>,
                ::std::string::String,
            >,
            presented_offering_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            price_experiments: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WebhookPriceExperiment>>,
                ::std::string::String,
            >,
            price_in_purchased_currency: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purchased_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            renewal_number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            store: ::std::result::Result<
                ::std::option::Option<super::WebhookStore>,
                ::std::string::String,
            >,
            subscriber_attributes: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
                ::std::string::String,
            >,
            takehome_percentage: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            tax_percentage: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookLifecycleEvent {
            fn default() -> Self {
                Self {
                    aliases: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    app_user_id: Err("no value supplied for app_user_id".to_string()),
                    auto_resume_at_ms: Ok(Default::default()),
                    cancel_reason: Ok(Default::default()),
                    commission_percentage: Ok(Default::default()),
                    country_code: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    entitlement_id: Ok(Default::default()),
                    entitlement_ids: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    event_timestamp_ms: Err(
                        "no value supplied for event_timestamp_ms".to_string(),
                    ),
                    experiments: Ok(Default::default()),
                    expiration_at_ms: Ok(Default::default()),
                    expiration_reason: Ok(Default::default()),
                    grace_period_expiration_at_ms: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_family_share: Ok(Default::default()),
                    is_trial_conversion: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    new_product_id: Ok(Default::default()),
                    offer_code: Ok(Default::default()),
                    original_app_user_id: Ok(Default::default()),
                    original_transaction_id: Ok(Default::default()),
                    period_type: Ok(Default::default()),
                    presented_offering_id: Ok(Default::default()),
                    price: Ok(Default::default()),
                    price_experiments: Ok(Default::default()),
                    price_in_purchased_currency: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    purchased_at_ms: Ok(Default::default()),
                    renewal_number: Ok(Default::default()),
                    store: Ok(Default::default()),
                    subscriber_attributes: Ok(Default::default()),
                    takehome_percentage: Ok(Default::default()),
                    tax_percentage: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookLifecycleEvent {
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.aliases = Ok(value.into_option());
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn app_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_user_id: {e}")
                    });
                self
            }
            pub fn auto_resume_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.auto_resume_at_ms = Ok(value.into_option());
                self
            }
            pub fn cancel_reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCancelReason>,
            {
                self.cancel_reason = Ok(value.into_option());
                self
            }
            pub fn commission_percentage<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.commission_percentage = Ok(value.into_option());
                self
            }
            pub fn country_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.country_code = Ok(value.into_option());
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.currency = Ok(value.into_option());
                self
            }
            pub fn entitlement_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.entitlement_id = Ok(value.into_option());
                self
            }
            pub fn entitlement_ids<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.entitlement_ids = Ok(value.into_option());
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEnvironment>,
            {
                self.environment = Ok(value.into_option());
                self
            }
            pub fn event_timestamp_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.event_timestamp_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_timestamp_ms: {e}"
                        )
                    });
                self
            }
            pub fn experiments<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<super::WebhookExperiment>>,
            {
                self.experiments = Ok(value.into_option());
                self
            }
            pub fn expiration_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.expiration_at_ms = Ok(value.into_option());
                self
            }
            pub fn expiration_reason<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookCancelReason>,
            {
                self.expiration_reason = Ok(value.into_option());
                self
            }
            pub fn grace_period_expiration_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.grace_period_expiration_at_ms = Ok(value.into_option());
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_family_share<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_family_share = Ok(value.into_option());
                self
            }
            pub fn is_trial_conversion<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<bool>,
            {
                self.is_trial_conversion = Ok(value.into_option());
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.metadata = Ok(value.into_option());
                self
            }
            pub fn new_product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.new_product_id = Ok(value.into_option());
                self
            }
            pub fn offer_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.offer_code = Ok(value.into_option());
                self
            }
            pub fn original_app_user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.original_app_user_id = Ok(value.into_option());
                self
            }
            pub fn original_transaction_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.original_transaction_id = Ok(value.into_option());
                self
            }
            pub fn period_type<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookPeriodType>,
            {
                self.period_type = Ok(value.into_option());
                self
            }
            pub fn presented_offering_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.presented_offering_id = Ok(value.into_option());
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.price = Ok(value.into_option());
                self
            }
            pub fn price_experiments<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::vec::Vec<super::WebhookPriceExperiment>,
                >,
            {
                self.price_experiments = Ok(value.into_option());
                self
            }
            pub fn price_in_purchased_currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.price_in_purchased_currency = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn purchased_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.purchased_at_ms = Ok(value.into_option());
                self
            }
            pub fn renewal_number<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.renewal_number = Ok(value.into_option());
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookStore>,
            {
                self.store = Ok(value.into_option());
                self
            }
            pub fn subscriber_attributes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
            {
                self.subscriber_attributes = Ok(value.into_option());
                self
            }
            pub fn takehome_percentage<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.takehome_percentage = Ok(value.into_option());
                self
            }
            pub fn tax_percentage<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<f64>,
            {
                self.tax_percentage = Ok(value.into_option());
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.transaction_id = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookLifecycleEvent>
        for super::WebhookLifecycleEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookLifecycleEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookLifecycleEvent",
                    &[
                        value.aliases.as_ref().err(),
                        value.app_id.as_ref().err(),
                        value.app_user_id.as_ref().err(),
                        value.auto_resume_at_ms.as_ref().err(),
                        value.cancel_reason.as_ref().err(),
                        value.commission_percentage.as_ref().err(),
                        value.country_code.as_ref().err(),
                        value.currency.as_ref().err(),
                        value.entitlement_id.as_ref().err(),
                        value.entitlement_ids.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.event_timestamp_ms.as_ref().err(),
                        value.experiments.as_ref().err(),
                        value.expiration_at_ms.as_ref().err(),
                        value.expiration_reason.as_ref().err(),
                        value.grace_period_expiration_at_ms.as_ref().err(),
                        value.id.as_ref().err(),
                        value.is_family_share.as_ref().err(),
                        value.is_trial_conversion.as_ref().err(),
                        value.metadata.as_ref().err(),
                        value.new_product_id.as_ref().err(),
                        value.offer_code.as_ref().err(),
                        value.original_app_user_id.as_ref().err(),
                        value.original_transaction_id.as_ref().err(),
                        value.period_type.as_ref().err(),
                        value.presented_offering_id.as_ref().err(),
                        value.price.as_ref().err(),
                        value.price_experiments.as_ref().err(),
                        value.price_in_purchased_currency.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.purchased_at_ms.as_ref().err(),
                        value.renewal_number.as_ref().err(),
                        value.store.as_ref().err(),
                        value.subscriber_attributes.as_ref().err(),
                        value.takehome_percentage.as_ref().err(),
                        value.tax_percentage.as_ref().err(),
                        value.transaction_id.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    aliases: value.aliases?,
                    app_id: value.app_id?,
                    app_user_id: value.app_user_id?,
                    auto_resume_at_ms: value.auto_resume_at_ms?,
                    cancel_reason: value.cancel_reason?,
                    commission_percentage: value.commission_percentage?,
                    country_code: value.country_code?,
                    currency: value.currency?,
                    entitlement_id: value.entitlement_id?,
                    entitlement_ids: value.entitlement_ids?,
                    environment: value.environment?,
                    event_timestamp_ms: value.event_timestamp_ms?,
                    experiments: value.experiments?,
                    expiration_at_ms: value.expiration_at_ms?,
                    expiration_reason: value.expiration_reason?,
                    grace_period_expiration_at_ms: value.grace_period_expiration_at_ms?,
                    id: value.id?,
                    is_family_share: value.is_family_share?,
                    is_trial_conversion: value.is_trial_conversion?,
                    metadata: value.metadata?,
                    new_product_id: value.new_product_id?,
                    offer_code: value.offer_code?,
                    original_app_user_id: value.original_app_user_id?,
                    original_transaction_id: value.original_transaction_id?,
                    period_type: value.period_type?,
                    presented_offering_id: value.presented_offering_id?,
                    price: value.price?,
                    price_experiments: value.price_experiments?,
                    price_in_purchased_currency: value.price_in_purchased_currency?,
                    product_id: value.product_id?,
                    purchased_at_ms: value.purchased_at_ms?,
                    renewal_number: value.renewal_number?,
                    store: value.store?,
                    subscriber_attributes: value.subscriber_attributes?,
                    takehome_percentage: value.takehome_percentage?,
                    tax_percentage: value.tax_percentage?,
                    transaction_id: value.transaction_id?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPriceExperiment {
            price_experiment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price_experiment_variant: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookPriceExperiment {
            fn default() -> Self {
                Self {
                    price_experiment_id: Ok(Default::default()),
                    price_experiment_variant: Ok(Default::default()),
                }
            }
        }
        impl WebhookPriceExperiment {
            pub fn price_experiment_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.price_experiment_id = Ok(value.into_option());
                self
            }
            pub fn price_experiment_variant<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.price_experiment_variant = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPriceExperiment>
        for super::WebhookPriceExperiment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPriceExperiment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookPriceExperiment",
                    &[
                        value.price_experiment_id.as_ref().err(),
                        value.price_experiment_variant.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    price_experiment_id: value.price_experiment_id?,
                    price_experiment_variant: value.price_experiment_variant?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookSubscriberAttribute {
            updated_at_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookSubscriberAttribute {
            fn default() -> Self {
                Self {
                    updated_at_ms: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl WebhookSubscriberAttribute {
            pub fn updated_at_ms<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<i64>,
            {
                self.updated_at_ms = Ok(value.into_option());
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.value = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookSubscriberAttribute>
        for super::WebhookSubscriberAttribute {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookSubscriberAttribute,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookSubscriberAttribute",
                    &[value.updated_at_ms.as_ref().err(), value.value.as_ref().err()],
                )?;
                Ok(Self {
                    updated_at_ms: value.updated_at_ms?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookTransferEvent {
            aliases: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<super::WebhookEnvironment>,
                ::std::string::String,
            >,
            event_timestamp_ms: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            original_app_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            store: ::std::result::Result<
                ::std::option::Option<super::WebhookStore>,
                ::std::string::String,
            >,
            subscriber_attributes: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
                ::std::string::String,
            >,
            transferred_from: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            transferred_to: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookTransferEvent {
            fn default() -> Self {
                Self {
                    aliases: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    event_timestamp_ms: Err(
                        "no value supplied for event_timestamp_ms".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    original_app_user_id: Ok(Default::default()),
                    store: Ok(Default::default()),
                    subscriber_attributes: Ok(Default::default()),
                    transferred_from: Ok(Default::default()),
                    transferred_to: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookTransferEvent {
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.aliases = Ok(value.into_option());
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEnvironment>,
            {
                self.environment = Ok(value.into_option());
                self
            }
            pub fn event_timestamp_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.event_timestamp_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_timestamp_ms: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn original_app_user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.original_app_user_id = Ok(value.into_option());
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookStore>,
            {
                self.store = Ok(value.into_option());
                self
            }
            pub fn subscriber_attributes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
            {
                self.subscriber_attributes = Ok(value.into_option());
                self
            }
            pub fn transferred_from<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.transferred_from = Ok(value.into_option());
                self
            }
            pub fn transferred_to<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.transferred_to = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookTransferEvent>
        for super::WebhookTransferEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookTransferEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookTransferEvent",
                    &[
                        value.aliases.as_ref().err(),
                        value.app_id.as_ref().err(),
                        value.environment.as_ref().err(),
                        value.event_timestamp_ms.as_ref().err(),
                        value.id.as_ref().err(),
                        value.original_app_user_id.as_ref().err(),
                        value.store.as_ref().err(),
                        value.subscriber_attributes.as_ref().err(),
                        value.transferred_from.as_ref().err(),
                        value.transferred_to.as_ref().err(),
                        value.type_.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    aliases: value.aliases?,
                    app_id: value.app_id?,
                    environment: value.environment?,
                    event_timestamp_ms: value.event_timestamp_ms?,
                    id: value.id?,
                    original_app_user_id: value.original_app_user_id?,
                    store: value.store?,
                    subscriber_attributes: value.subscriber_attributes?,
                    transferred_from: value.transferred_from?,
                    transferred_to: value.transferred_to?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookVirtualCurrency {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookVirtualCurrency {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl WebhookVirtualCurrency {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.code = Ok(value.into_option());
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.description = Ok(value.into_option());
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.name = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookVirtualCurrency>
        for super::WebhookVirtualCurrency {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookVirtualCurrency,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookVirtualCurrency",
                    &[
                        value.code.as_ref().err(),
                        value.description.as_ref().err(),
                        value.name.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    code: value.code?,
                    description: value.description?,
                    name: value.name?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookVirtualCurrencyAdjustment {
            amount: ::std::result::Result<i64, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::option::Option<super::WebhookVirtualCurrency>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookVirtualCurrencyAdjustment {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Ok(Default::default()),
                }
            }
        }
        impl WebhookVirtualCurrencyAdjustment {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookVirtualCurrency>,
            {
                self.currency = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookVirtualCurrencyAdjustment>
        for super::WebhookVirtualCurrencyAdjustment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookVirtualCurrencyAdjustment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookVirtualCurrencyAdjustment",
                    &[value.amount.as_ref().err(), value.currency.as_ref().err()],
                )?;
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookVirtualCurrencyTransactionEvent {
            adjustments: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<super::WebhookVirtualCurrencyAdjustment>,
                >,
                ::std::string::String,
            >,
            aliases: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            app_user_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_timestamp_ms: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            original_app_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purchase_environment: ::std::result::Result<
                ::std::option::Option<super::WebhookEnvironment>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::WebhookVirtualCurrencySource>,
                ::std::string::String,
            >,
            store: ::std::result::Result<
                ::std::option::Option<super::WebhookStore>,
                ::std::string::String,
            >,
            subscriber_attributes: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
            virtual_currency_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookVirtualCurrencyTransactionEvent {
            fn default() -> Self {
                Self {
                    adjustments: Ok(Default::default()),
                    aliases: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    app_user_id: Err("no value supplied for app_user_id".to_string()),
                    country_code: Ok(Default::default()),
                    event_timestamp_ms: Err(
                        "no value supplied for event_timestamp_ms".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    original_app_user_id: Ok(Default::default()),
                    product_display_name: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    purchase_environment: Ok(Default::default()),
                    source: Ok(Default::default()),
                    store: Ok(Default::default()),
                    subscriber_attributes: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    virtual_currency_transaction_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookVirtualCurrencyTransactionEvent {
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::vec::Vec<super::WebhookVirtualCurrencyAdjustment>,
                >,
            {
                self.adjustments = Ok(value.into_option());
                self
            }
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::vec::Vec<::std::string::String>>,
            {
                self.aliases = Ok(value.into_option());
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.app_id = Ok(value.into_option());
                self
            }
            pub fn app_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_user_id: {e}")
                    });
                self
            }
            pub fn country_code<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.country_code = Ok(value.into_option());
                self
            }
            pub fn event_timestamp_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.event_timestamp_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_timestamp_ms: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn original_app_user_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.original_app_user_id = Ok(value.into_option());
                self
            }
            pub fn product_display_name<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_display_name = Ok(value.into_option());
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.product_id = Ok(value.into_option());
                self
            }
            pub fn purchase_environment<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookEnvironment>,
            {
                self.purchase_environment = Ok(value.into_option());
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookVirtualCurrencySource>,
            {
                self.source = Ok(value.into_option());
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<super::WebhookStore>,
            {
                self.store = Ok(value.into_option());
                self
            }
            pub fn subscriber_attributes<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebhookSubscriberAttribute,
                    >,
                >,
            {
                self.subscriber_attributes = Ok(value.into_option());
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.transaction_id = Ok(value.into_option());
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn virtual_currency_transaction_id<T>(mut self, value: T) -> Self
            where
                T: client_core::IntoOption<::std::string::String>,
            {
                self.virtual_currency_transaction_id = Ok(value.into_option());
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookVirtualCurrencyTransactionEvent>
        for super::WebhookVirtualCurrencyTransactionEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookVirtualCurrencyTransactionEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                client_core::check_builder(
                    "WebhookVirtualCurrencyTransactionEvent",
                    &[
                        value.adjustments.as_ref().err(),
                        value.aliases.as_ref().err(),
                        value.app_id.as_ref().err(),
                        value.app_user_id.as_ref().err(),
                        value.country_code.as_ref().err(),
                        value.event_timestamp_ms.as_ref().err(),
                        value.id.as_ref().err(),
                        value.original_app_user_id.as_ref().err(),
                        value.product_display_name.as_ref().err(),
                        value.product_id.as_ref().err(),
                        value.purchase_environment.as_ref().err(),
                        value.source.as_ref().err(),
                        value.store.as_ref().err(),
                        value.subscriber_attributes.as_ref().err(),
                        value.transaction_id.as_ref().err(),
                        value.type_.as_ref().err(),
                        value.virtual_currency_transaction_id.as_ref().err(),
                    ],
                )?;
                Ok(Self {
                    adjustments: value.adjustments?,
                    aliases: value.aliases?,
                    app_id: value.app_id?,
                    app_user_id: value.app_user_id?,
                    country_code: value.country_code?,
                    event_timestamp_ms: value.event_timestamp_ms?,
                    id: value.id?,
                    original_app_user_id: value.original_app_user_id?,
                    product_display_name: value.product_display_name?,
                    product_id: value.product_id?,
                    purchase_environment: value.purchase_environment?,
                    source: value.source?,
                    store: value.store?,
                    subscriber_attributes: value.subscriber_attributes?,
                    transaction_id: value.transaction_id?,
                    type_: value.type_?,
                    virtual_currency_transaction_id: value
                        .virtual_currency_transaction_id?,
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
    impl ActiveEntitlementObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerActiveEntitlement => "customer.active_entitlement",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ActiveEntitlementObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer.active_entitlement" => Self::CustomerActiveEntitlement,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ActiveEntitlementObject, self::error::ConversionError);
    impl AppObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::App => "app",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AppObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "app" => Self::App,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AppObject, self::error::ConversionError);
    impl AppType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Amazon => "amazon",
                Self::AppStore => "app_store",
                Self::MacAppStore => "mac_app_store",
                Self::PlayStore => "play_store",
                Self::Stripe => "stripe",
                Self::RcBilling => "rc_billing",
                Self::Roku => "roku",
                Self::Paddle => "paddle",
                Self::TestStore => "test_store",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AppType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "amazon" => Self::Amazon,
                "app_store" => Self::AppStore,
                "mac_app_store" => Self::MacAppStore,
                "play_store" => Self::PlayStore,
                "stripe" => Self::Stripe,
                "rc_billing" => Self::RcBilling,
                "roku" => Self::Roku,
                "paddle" => Self::Paddle,
                "test_store" => Self::TestStore,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AppType, self::error::ConversionError);
    impl AutoRenewalStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::WillRenew => "will_renew",
                Self::WillNotRenew => "will_not_renew",
                Self::WillChangeProduct => "will_change_product",
                Self::WillPause => "will_pause",
                Self::RequiresPriceIncreaseConsent => "requires_price_increase_consent",
                Self::HasAlreadyRenewed => "has_already_renewed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AutoRenewalStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "will_renew" => Self::WillRenew,
                "will_not_renew" => Self::WillNotRenew,
                "will_change_product" => Self::WillChangeProduct,
                "will_pause" => Self::WillPause,
                "requires_price_increase_consent" => Self::RequiresPriceIncreaseConsent,
                "has_already_renewed" => Self::HasAlreadyRenewed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(AutoRenewalStatus, self::error::ConversionError);
    impl BlockedCustomerObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::BlockedCustomer => "blocked_customer",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for BlockedCustomerObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "blocked_customer" => Self::BlockedCustomer,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(BlockedCustomerObject, self::error::ConversionError);
    impl CustomerAliasObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerAlias => "customer.alias",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerAliasObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer.alias" => Self::CustomerAlias,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerAliasObject, self::error::ConversionError);
    impl CustomerAttributeObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerAttribute => "customer.attribute",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerAttributeObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer.attribute" => Self::CustomerAttribute,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerAttributeObject, self::error::ConversionError);
    impl CustomerObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Customer => "customer",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "customer" => Self::Customer,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(CustomerObject, self::error::ConversionError);
    impl DeletedObjectType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::App => "app",
                Self::Customer => "customer",
                Self::Entitlement => "entitlement",
                Self::Offering => "offering",
                Self::Package => "package",
                Self::Paywall => "paywall",
                Self::Product => "product",
                Self::VirtualCurrency => "virtual_currency",
                Self::WebhookIntegration => "webhook_integration",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for DeletedObjectType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "app" => Self::App,
                "customer" => Self::Customer,
                "entitlement" => Self::Entitlement,
                "offering" => Self::Offering,
                "package" => Self::Package,
                "paywall" => Self::Paywall,
                "product" => Self::Product,
                "virtual_currency" => Self::VirtualCurrency,
                "webhook_integration" => Self::WebhookIntegration,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(DeletedObjectType, self::error::ConversionError);
    impl EntitlementObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Entitlement => "entitlement",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for EntitlementObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "entitlement" => Self::Entitlement,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(EntitlementObject, self::error::ConversionError);
    impl Environment {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Production => "production",
                Self::Sandbox => "sandbox",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for Environment {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "production" => Self::Production,
                "sandbox" => Self::Sandbox,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(Environment, self::error::ConversionError);
    impl ErrorObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Error => "error",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "error" => Self::Error,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorObject, self::error::ConversionError);
    impl ErrorType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ParameterError => "parameter_error",
                Self::ResourceAlreadyExists => "resource_already_exists",
                Self::ResourceMissing => "resource_missing",
                Self::IdempotencyError => "idempotency_error",
                Self::RateLimitError => "rate_limit_error",
                Self::AuthenticationError => "authentication_error",
                Self::AuthorizationError => "authorization_error",
                Self::StoreError => "store_error",
                Self::ServerError => "server_error",
                Self::ResourceLockedError => "resource_locked_error",
                Self::UnprocessableEntityError => "unprocessable_entity_error",
                Self::InvalidRequest => "invalid_request",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "parameter_error" => Self::ParameterError,
                "resource_already_exists" => Self::ResourceAlreadyExists,
                "resource_missing" => Self::ResourceMissing,
                "idempotency_error" => Self::IdempotencyError,
                "rate_limit_error" => Self::RateLimitError,
                "authentication_error" => Self::AuthenticationError,
                "authorization_error" => Self::AuthorizationError,
                "store_error" => Self::StoreError,
                "server_error" => Self::ServerError,
                "resource_locked_error" => Self::ResourceLockedError,
                "unprocessable_entity_error" => Self::UnprocessableEntityError,
                "invalid_request" => Self::InvalidRequest,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorType, self::error::ConversionError);
    impl ExperimentEnrollmentObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ExperimentEnrollment => "experiment_enrollment",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ExperimentEnrollmentObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "experiment_enrollment" => Self::ExperimentEnrollment,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        ExperimentEnrollmentObject, self::error::ConversionError
    );
    impl GetCustomerExpandItem {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Attributes => "attributes",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for GetCustomerExpandItem {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "attributes" => Self::Attributes,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(GetCustomerExpandItem, self::error::ConversionError);
    impl InvoiceLineItemObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvoiceLineItem => "invoice.line_item",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceLineItemObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "invoice.line_item" => Self::InvoiceLineItem,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(InvoiceLineItemObject, self::error::ConversionError);
    impl InvoiceObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Invoice => "invoice",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "invoice" => Self::Invoice,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(InvoiceObject, self::error::ConversionError);
    impl ListObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::List => "list",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ListObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "list" => Self::List,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ListObject, self::error::ConversionError);
    impl Ownership {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Purchased => "purchased",
                Self::FamilyShared => "family_shared",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for Ownership {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "purchased" => Self::Purchased,
                "family_shared" => Self::FamilyShared,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(Ownership, self::error::ConversionError);
    impl ProductObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Product => "product",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ProductObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "product" => Self::Product,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ProductObject, self::error::ConversionError);
    impl ProductType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Subscription => "subscription",
                Self::OneTime => "one_time",
                Self::Consumable => "consumable",
                Self::NonConsumable => "non_consumable",
                Self::NonRenewingSubscription => "non_renewing_subscription",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ProductType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "subscription" => Self::Subscription,
                "one_time" => Self::OneTime,
                "consumable" => Self::Consumable,
                "non_consumable" => Self::NonConsumable,
                "non_renewing_subscription" => Self::NonRenewingSubscription,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ProductType, self::error::ConversionError);
    impl PurchaseObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Purchase => "purchase",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PurchaseObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "purchase" => Self::Purchase,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(PurchaseObject, self::error::ConversionError);
    impl PurchaseStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Owned => "owned",
                Self::Refunded => "refunded",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PurchaseStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "owned" => Self::Owned,
                "refunded" => Self::Refunded,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(PurchaseStatus, self::error::ConversionError);
    impl Store {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Amazon => "amazon",
                Self::AppStore => "app_store",
                Self::MacAppStore => "mac_app_store",
                Self::PlayStore => "play_store",
                Self::Promotional => "promotional",
                Self::Stripe => "stripe",
                Self::RcBilling => "rc_billing",
                Self::Roku => "roku",
                Self::Paddle => "paddle",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for Store {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "amazon" => Self::Amazon,
                "app_store" => Self::AppStore,
                "mac_app_store" => Self::MacAppStore,
                "play_store" => Self::PlayStore,
                "promotional" => Self::Promotional,
                "stripe" => Self::Stripe,
                "rc_billing" => Self::RcBilling,
                "roku" => Self::Roku,
                "paddle" => Self::Paddle,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(Store, self::error::ConversionError);
    impl SubscriptionObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Subscription => "subscription",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SubscriptionObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "subscription" => Self::Subscription,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(SubscriptionObject, self::error::ConversionError);
    impl SubscriptionStatus {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Trialing => "trialing",
                Self::Active => "active",
                Self::Expired => "expired",
                Self::InGracePeriod => "in_grace_period",
                Self::InBillingRetry => "in_billing_retry",
                Self::Paused => "paused",
                Self::Unknown => "unknown",
                Self::Incomplete => "incomplete",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SubscriptionStatus {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "trialing" => Self::Trialing,
                "active" => Self::Active,
                "expired" => Self::Expired,
                "in_grace_period" => Self::InGracePeriod,
                "in_billing_retry" => Self::InBillingRetry,
                "paused" => Self::Paused,
                "unknown" => Self::Unknown,
                "incomplete" => Self::Incomplete,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(SubscriptionStatus, self::error::ConversionError);
    impl VirtualCurrencyBalanceObject {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::VirtualCurrencyBalance => "virtual_currency_balance",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for VirtualCurrencyBalanceObject {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "virtual_currency_balance" => Self::VirtualCurrencyBalance,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        VirtualCurrencyBalanceObject, self::error::ConversionError
    );
    impl WebhookCancelReason {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Unsubscribe => "UNSUBSCRIBE",
                Self::BillingError => "BILLING_ERROR",
                Self::DeveloperInitiated => "DEVELOPER_INITIATED",
                Self::PriceIncrease => "PRICE_INCREASE",
                Self::CustomerSupport => "CUSTOMER_SUPPORT",
                Self::Unknown => "UNKNOWN",
                Self::SubscriptionPaused => "SUBSCRIPTION_PAUSED",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookCancelReason {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "UNSUBSCRIBE" => Self::Unsubscribe,
                "BILLING_ERROR" => Self::BillingError,
                "DEVELOPER_INITIATED" => Self::DeveloperInitiated,
                "PRICE_INCREASE" => Self::PriceIncrease,
                "CUSTOMER_SUPPORT" => Self::CustomerSupport,
                "UNKNOWN" => Self::Unknown,
                "SUBSCRIPTION_PAUSED" => Self::SubscriptionPaused,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookCancelReason, self::error::ConversionError);
    impl WebhookEnvironment {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Sandbox => "SANDBOX",
                Self::Production => "PRODUCTION",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookEnvironment {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "SANDBOX" => Self::Sandbox,
                "PRODUCTION" => Self::Production,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookEnvironment, self::error::ConversionError);
    impl WebhookEventType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Test => "TEST",
                Self::InitialPurchase => "INITIAL_PURCHASE",
                Self::Renewal => "RENEWAL",
                Self::Cancellation => "CANCELLATION",
                Self::Uncancellation => "UNCANCELLATION",
                Self::NonRenewingPurchase => "NON_RENEWING_PURCHASE",
                Self::SubscriptionPaused => "SUBSCRIPTION_PAUSED",
                Self::Expiration => "EXPIRATION",
                Self::BillingIssue => "BILLING_ISSUE",
                Self::ProductChange => "PRODUCT_CHANGE",
                Self::Transfer => "TRANSFER",
                Self::SubscriberAlias => "SUBSCRIBER_ALIAS",
                Self::SubscriptionExtended => "SUBSCRIPTION_EXTENDED",
                Self::TemporaryEntitlementGrant => "TEMPORARY_ENTITLEMENT_GRANT",
                Self::RefundReversed => "REFUND_REVERSED",
                Self::InvoiceIssuance => "INVOICE_ISSUANCE",
                Self::VirtualCurrencyTransaction => "VIRTUAL_CURRENCY_TRANSACTION",
                Self::ExperimentEnrollment => "EXPERIMENT_ENROLLMENT",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookEventType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "TEST" => Self::Test,
                "INITIAL_PURCHASE" => Self::InitialPurchase,
                "RENEWAL" => Self::Renewal,
                "CANCELLATION" => Self::Cancellation,
                "UNCANCELLATION" => Self::Uncancellation,
                "NON_RENEWING_PURCHASE" => Self::NonRenewingPurchase,
                "SUBSCRIPTION_PAUSED" => Self::SubscriptionPaused,
                "EXPIRATION" => Self::Expiration,
                "BILLING_ISSUE" => Self::BillingIssue,
                "PRODUCT_CHANGE" => Self::ProductChange,
                "TRANSFER" => Self::Transfer,
                "SUBSCRIBER_ALIAS" => Self::SubscriberAlias,
                "SUBSCRIPTION_EXTENDED" => Self::SubscriptionExtended,
                "TEMPORARY_ENTITLEMENT_GRANT" => Self::TemporaryEntitlementGrant,
                "REFUND_REVERSED" => Self::RefundReversed,
                "INVOICE_ISSUANCE" => Self::InvoiceIssuance,
                "VIRTUAL_CURRENCY_TRANSACTION" => Self::VirtualCurrencyTransaction,
                "EXPERIMENT_ENROLLMENT" => Self::ExperimentEnrollment,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookEventType, self::error::ConversionError);
    impl WebhookPeriodType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Trial => "TRIAL",
                Self::Intro => "INTRO",
                Self::Normal => "NORMAL",
                Self::Promotional => "PROMOTIONAL",
                Self::Prepaid => "PREPAID",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookPeriodType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "TRIAL" => Self::Trial,
                "INTRO" => Self::Intro,
                "NORMAL" => Self::Normal,
                "PROMOTIONAL" => Self::Promotional,
                "PREPAID" => Self::Prepaid,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookPeriodType, self::error::ConversionError);
    impl WebhookStore {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Amazon => "AMAZON",
                Self::AppStore => "APP_STORE",
                Self::MacAppStore => "MAC_APP_STORE",
                Self::Paddle => "PADDLE",
                Self::PlayStore => "PLAY_STORE",
                Self::Promotional => "PROMOTIONAL",
                Self::RcBilling => "RC_BILLING",
                Self::Roku => "ROKU",
                Self::Stripe => "STRIPE",
                Self::TestStore => "TEST_STORE",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookStore {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "AMAZON" => Self::Amazon,
                "APP_STORE" => Self::AppStore,
                "MAC_APP_STORE" => Self::MacAppStore,
                "PADDLE" => Self::Paddle,
                "PLAY_STORE" => Self::PlayStore,
                "PROMOTIONAL" => Self::Promotional,
                "RC_BILLING" => Self::RcBilling,
                "ROKU" => Self::Roku,
                "STRIPE" => Self::Stripe,
                "TEST_STORE" => Self::TestStore,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(WebhookStore, self::error::ConversionError);
    impl WebhookVirtualCurrencySource {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InAppPurchase => "in_app_purchase",
                Self::AdminApi => "admin_api",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookVirtualCurrencySource {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "in_app_purchase" => Self::InAppPurchase,
                "admin_api" => Self::AdminApi,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(
        WebhookVirtualCurrencySource, self::error::ConversionError
    );
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
        "2.0.0"
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
    /// Sends a `GET` request to `/projects/{project_id}/customers`
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        builder::ListCustomers::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers`
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}`
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/customers/{customer_id}`
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        builder::DeleteCustomer::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/assign_offering`
    pub fn assign_customer_offering(&self) -> builder::AssignCustomerOffering<'_> {
        builder::AssignCustomerOffering::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/grant_entitlement`
    pub fn grant_customer_entitlement(&self) -> builder::GrantCustomerEntitlement<'_> {
        builder::GrantCustomerEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement`
    pub fn revoke_customer_granted_entitlement(
        &self,
    ) -> builder::RevokeCustomerGrantedEntitlement<'_> {
        builder::RevokeCustomerGrantedEntitlement::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/actions/transfer`
    pub fn transfer_customer(&self) -> builder::TransferCustomer<'_> {
        builder::TransferCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/active_entitlements`
    pub fn list_customer_active_entitlements(
        &self,
    ) -> builder::ListCustomerActiveEntitlements<'_> {
        builder::ListCustomerActiveEntitlements::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/aliases`
    pub fn list_customer_aliases(&self) -> builder::ListCustomerAliases<'_> {
        builder::ListCustomerAliases::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/attributes`
    pub fn list_customer_attributes(&self) -> builder::ListCustomerAttributes<'_> {
        builder::ListCustomerAttributes::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/attributes`
    pub fn set_customer_attributes(&self) -> builder::SetCustomerAttributes<'_> {
        builder::SetCustomerAttributes::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/purchases`
    pub fn list_customer_purchases(&self) -> builder::ListCustomerPurchases<'_> {
        builder::ListCustomerPurchases::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/subscriptions`
    pub fn list_customer_subscriptions(&self) -> builder::ListCustomerSubscriptions<'_> {
        builder::ListCustomerSubscriptions::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies`
    pub fn list_customer_virtual_currency_balances(
        &self,
    ) -> builder::ListCustomerVirtualCurrencyBalances<'_> {
        builder::ListCustomerVirtualCurrencyBalances::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions`
    pub fn create_virtual_currencies_transaction(
        &self,
    ) -> builder::CreateVirtualCurrenciesTransaction<'_> {
        builder::CreateVirtualCurrenciesTransaction::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance`
    pub fn update_virtual_currencies_balance(
        &self,
    ) -> builder::UpdateVirtualCurrenciesBalance<'_> {
        builder::UpdateVirtualCurrenciesBalance::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/blocked_customers`
    pub fn list_blocked_customers(&self) -> builder::ListBlockedCustomers<'_> {
        builder::ListBlockedCustomers::new(self)
    }
    /// Sends a `POST` request to `/projects/{project_id}/customers/blocked_customers/{customer_id}`
    pub fn block_customer(&self) -> builder::BlockCustomer<'_> {
        builder::BlockCustomer::new(self)
    }
    /// Sends a `DELETE` request to `/projects/{project_id}/customers/blocked_customers/{customer_id}`
    pub fn unblock_customer(&self) -> builder::UnblockCustomer<'_> {
        builder::UnblockCustomer::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/invoices`
    pub fn list_customer_invoices(&self) -> builder::ListCustomerInvoices<'_> {
        builder::ListCustomerInvoices::new(self)
    }
    /// Sends a `GET` request to `/projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file`
    pub fn get_invoice_file(&self) -> builder::GetInvoiceFile<'_> {
        builder::GetInvoiceFile::new(self)
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
    impl<'a> ListCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                search: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::CustomerList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> CreateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCustomerRequest>,
            <V as std::convert::TryInto<
                types::CreateCustomerRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCustomerRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCustomerRequest,
            ) -> types::builder::CreateCustomerRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::Customer>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                expand: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn expand<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::GetCustomerExpandItem>>,
        {
            self.expand = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < GetCustomerExpandItem >` for expand failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::Customer>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> DeleteCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::DeletedObject>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> AssignCustomerOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignOfferingRequest>,
            <V as std::convert::TryInto<
                types::AssignOfferingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AssignOfferingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssignOfferingRequest,
            ) -> types::builder::AssignOfferingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> GrantCustomerEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GrantEntitlementRequest>,
            <V as std::convert::TryInto<
                types::GrantEntitlementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GrantEntitlementRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GrantEntitlementRequest,
            ) -> types::builder::GrantEntitlementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::Customer>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> RevokeCustomerGrantedEntitlement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RevokeGrantedEntitlementRequest>,
            <V as std::convert::TryInto<
                types::RevokeGrantedEntitlementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RevokeGrantedEntitlementRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RevokeGrantedEntitlementRequest,
            ) -> types::builder::RevokeGrantedEntitlementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::Customer>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> TransferCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransferCustomerRequest>,
            <V as std::convert::TryInto<
                types::TransferCustomerRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TransferCustomerRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransferCustomerRequest,
            ) -> types::builder::TransferCustomerRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::TransferCustomerResponse>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerActiveEntitlements<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::ActiveEntitlementList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerAliases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::CustomerAliasList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerAttributes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::CustomerAttributeList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> SetCustomerAttributes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetCustomerAttributesRequest>,
            <V as std::convert::TryInto<
                types::SetCustomerAttributesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SetCustomerAttributesRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SetCustomerAttributesRequest,
            ) -> types::builder::SetCustomerAttributesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::CustomerAttributeList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerPurchases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                environment: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::PurchaseList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerSubscriptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                environment: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Environment>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Environment` for environment failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::SubscriptionList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerVirtualCurrencyBalances<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                include_empty_balances: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn include_empty_balances<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_empty_balances = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_empty_balances failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::VirtualCurrencyBalanceList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> CreateVirtualCurrenciesTransaction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                include_empty_balances: Ok(None),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn include_empty_balances<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_empty_balances = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_empty_balances failed".to_string()
                });
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VirtualCurrenciesAdjustmentRequest>,
            <V as std::convert::TryInto<
                types::VirtualCurrenciesAdjustmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `VirtualCurrenciesAdjustmentRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VirtualCurrenciesAdjustmentRequest,
            ) -> types::builder::VirtualCurrenciesAdjustmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::VirtualCurrencyBalanceList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> UpdateVirtualCurrenciesBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                include_empty_balances: Ok(None),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn include_empty_balances<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_empty_balances = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_empty_balances failed".to_string()
                });
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VirtualCurrenciesAdjustmentRequest>,
            <V as std::convert::TryInto<
                types::VirtualCurrenciesAdjustmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `VirtualCurrenciesAdjustmentRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VirtualCurrenciesAdjustmentRequest,
            ) -> types::builder::VirtualCurrenciesAdjustmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::VirtualCurrencyBalanceList>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
        }
    }
    /**Builder for [`Client::list_blocked_customers`]

[`Client::list_blocked_customers`]: super::Client::list_blocked_customers*/
    #[derive(Debug, Clone)]
    pub struct ListBlockedCustomers<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
    }
    impl<'a> ListBlockedCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            ResponseValue<types::BlockedCustomers>,
            crate::Error,
        > {
            client_core::call(self.send_raw()).await
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
    impl<'a> BlockCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> UnblockCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
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
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> ListCustomerInvoices<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
        ) -> ::std::result::Result<ResponseValue<types::InvoiceList>, crate::Error> {
            client_core::call(self.send_raw()).await
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
    impl<'a> GetInvoiceFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                invoice_id: Err("invoice_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's own error type.
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
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
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
        ) -> ::std::result::Result<ResponseValue<ByteStream>, crate::Error> {
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
    (
        "assign_customer_offering",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/assign_offering",
    ),
    (
        "block_customer",
        "POST",
        "/projects/{project_id}/customers/blocked_customers/{customer_id}",
    ),
    ("create_customer", "POST", "/projects/{project_id}/customers"),
    (
        "create_virtual_currencies_transaction",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/virtual_currencies/transactions",
    ),
    ("delete_customer", "DELETE", "/projects/{project_id}/customers/{customer_id}"),
    ("get_customer", "GET", "/projects/{project_id}/customers/{customer_id}"),
    (
        "get_invoice_file",
        "GET",
        "/projects/{project_id}/customers/{customer_id}/invoices/{invoice_id}/file",
    ),
    (
        "grant_customer_entitlement",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/grant_entitlement",
    ),
    (
        "list_blocked_customers",
        "GET",
        "/projects/{project_id}/customers/blocked_customers",
    ),
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
    (
        "revoke_customer_granted_entitlement",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/actions/revoke_granted_entitlement",
    ),
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
    (
        "update_virtual_currencies_balance",
        "POST",
        "/projects/{project_id}/customers/{customer_id}/virtual_currencies/update_balance",
    ),
];
