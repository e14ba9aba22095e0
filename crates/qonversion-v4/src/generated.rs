// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 50acfb0a897488e33836c456b561e79ab43bec81eadf6a52c8133dcf83941042).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Envelope `data`: bundles the customer record with attribution, user properties, device info,
and recent track events.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerData {
        ///Attribution data of the customer, as key/value pairs.
        #[serde(
            rename = "attributionData",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub attribution_data: ::std::vec::Vec<KeyValue>,
        ///Whether the customer's entitlements can be edited.
        #[serde(
            rename = "canEditEntitlements",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub can_edit_entitlements: ::std::option::Option<bool>,
        ///Whether the customer can be removed.
        #[serde(
            rename = "canRemoveCustomer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub can_remove_customer: ::std::option::Option<bool>,
        ///Conversion rate.
        #[serde(
            rename = "conversionRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversion_rate: ::std::option::Option<f64>,
        ///Currency code (for example `USD`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<CustomerRecord>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<Device>,
        ///Net payments of the customer.
        #[serde(
            rename = "netPayments",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub net_payments: ::std::option::Option<f64>,
        ///Recent track events of the customer.
        #[serde(
            rename = "trackEvents",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub track_events: ::std::vec::Vec<TrackEvent>,
        ///User properties of the customer, as key/value pairs.
        #[serde(
            rename = "userProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub user_properties: ::std::vec::Vec<KeyValue>,
    }
    impl CustomerData {
        pub fn builder() -> builder::CustomerData {
            Default::default()
        }
    }
    ///The customer record.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CustomerRecord {
        ///Customer identifier (in the example it equals the path's `customer_id`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///Country of the customer (for example `US`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        /**Environment of the customer, an integer (for example `2`). The values are not documented
publicly, so it is a plain integer, not a closed enum.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        ///External identity of the customer (for example an email).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_identity: ::std::option::Option<::std::string::String>,
        ///When the customer was last seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_seen: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Platform of the customer (for example `iOS`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///When the customer was first seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Customer status, a string (for example `active`); new values may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl CustomerRecord {
        pub fn builder() -> builder::CustomerRecord {
            Default::default()
        }
    }
    /**Customer object wrapped in the v4 envelope (object, url, data). The data block bundles the
customer record with attribution, user properties, device info, and recent track events.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomerResponse {
        pub data: CustomerData,
        ///Envelope `object`, the kind of object in `data` (`customer` for this endpoint).
        pub object: ::std::string::String,
        ///Envelope `url`, the path of the resource (e.g. `/v4/customers/customer_abc123`).
        pub url: ::std::string::String,
    }
    impl CustomerResponse {
        pub fn builder() -> builder::CustomerResponse {
            Default::default()
        }
    }
    ///Device info of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Device {
        ///App version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_version: ::std::option::Option<::std::string::String>,
        ///Device model.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        ///OS version of the device.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
        ///Platform of the device (`iOS` in the example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///Qonversion SDK version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sdk_version: ::std::option::Option<::std::string::String>,
    }
    impl Device {
        pub fn builder() -> builder::Device {
            Default::default()
        }
    }
    /**Machine-readable error code. These are the known codes; more may come, so this is an
open set. `control_unauthorized` comes with 401 (missing or bad key) and `control_forbidden`
with 403 (valid key without permission).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorCode {
        #[serde(rename = "invalid_data")]
        InvalidData,
        #[serde(rename = "invalid_request")]
        InvalidRequest,
        #[serde(rename = "control_unauthorized")]
        ControlUnauthorized,
        #[serde(rename = "control_forbidden")]
        ControlForbidden,
        #[serde(rename = "not_implemented")]
        NotImplemented,
        #[serde(rename = "not_found")]
        NotFound,
        #[serde(rename = "already_exists")]
        AlreadyExists,
        #[serde(rename = "purchase_fraud")]
        PurchaseFraud,
        #[serde(rename = "relation_not_found")]
        RelationNotFound,
        #[serde(rename = "storage_error")]
        StorageError,
        #[serde(rename = "network_error")]
        NetworkError,
        #[serde(rename = "unknown_error")]
        UnknownError,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A field-level error detail.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///The field the detail is about.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        ///What is wrong with the field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///The error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ErrorObject {
        pub code: ErrorCode,
        /**Field-level details. Absent (not null, not empty) when the error is not about specific
fields.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<ErrorDetail>,
        ///Human-readable error message.
        pub message: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ErrorType,
    }
    impl ErrorObject {
        pub fn builder() -> builder::ErrorObject {
            Default::default()
        }
    }
    /**Error body: every v4 error includes type, code, and field-level details so an agent
can self-correct without parsing prose.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[non_exhaustive]
    pub struct ErrorResponse {
        pub error: ErrorObject,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///Error category.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorType {
        #[serde(rename = "request")]
        Request,
        #[serde(rename = "resource")]
        Resource,
        #[serde(rename = "logical")]
        Logical,
        #[serde(rename = "internal")]
        Internal,
        /// A value this client does not know yet, kept verbatim so that a new
        /// server value never fails decoding.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///A key/value pair, as used for attribution data and user properties.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct KeyValue {
        ///The key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl KeyValue {
        pub fn builder() -> builder::KeyValue {
            Default::default()
        }
    }
    ///A recent track event of the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct TrackEvent {
        ///When the event happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Event name (e.g. `subscription_started`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<::std::string::String>,
        ///Product identifier the event relates to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<::std::string::String>,
        ///Revenue of the event in USD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revenue_usd: ::std::option::Option<f64>,
    }
    impl TrackEvent {
        pub fn builder() -> builder::TrackEvent {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CustomerData {
            attribution_data: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
            can_edit_entitlements: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            can_remove_customer: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            conversion_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::CustomerRecord>,
                ::std::string::String,
            >,
            device: ::std::result::Result<
                ::std::option::Option<super::Device>,
                ::std::string::String,
            >,
            net_payments: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            track_events: ::std::result::Result<
                ::std::vec::Vec<super::TrackEvent>,
                ::std::string::String,
            >,
            user_properties: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerData {
            fn default() -> Self {
                Self {
                    attribution_data: Ok(Default::default()),
                    can_edit_entitlements: Ok(Default::default()),
                    can_remove_customer: Ok(Default::default()),
                    conversion_rate: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    device: Ok(Default::default()),
                    net_payments: Ok(Default::default()),
                    track_events: Ok(Default::default()),
                    user_properties: Ok(Default::default()),
                }
            }
        }
        impl CustomerData {
            pub fn attribution_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.attribution_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attribution_data: {e}"
                        )
                    });
                self
            }
            pub fn can_edit_entitlements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_edit_entitlements = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for can_edit_entitlements: {e}"
                        )
                    });
                self
            }
            pub fn can_remove_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_remove_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for can_remove_customer: {e}"
                        )
                    });
                self
            }
            pub fn conversion_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversion_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversion_rate: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CustomerRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Device>>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device: {e}")
                    });
                self
            }
            pub fn net_payments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.net_payments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_payments: {e}")
                    });
                self
            }
            pub fn track_events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TrackEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.track_events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for track_events: {e}")
                    });
                self
            }
            pub fn user_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_properties: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerData> for super::CustomerData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attribution_data: value.attribution_data?,
                    can_edit_entitlements: value.can_edit_entitlements?,
                    can_remove_customer: value.can_remove_customer?,
                    conversion_rate: value.conversion_rate?,
                    currency: value.currency?,
                    customer: value.customer?,
                    device: value.device?,
                    net_payments: value.net_payments?,
                    track_events: value.track_events?,
                    user_properties: value.user_properties?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerRecord {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            external_identity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            since: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerRecord {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    country: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    external_identity: Ok(Default::default()),
                    last_seen: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    since: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CustomerRecord {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn external_identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_identity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_identity: {e}"
                        )
                    });
                self
            }
            pub fn last_seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_seen: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn since<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.since = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for since: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerRecord> for super::CustomerRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    country: value.country?,
                    environment: value.environment?,
                    external_identity: value.external_identity?,
                    last_seen: value.last_seen?,
                    platform: value.platform?,
                    since: value.since?,
                    status: value.status?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerResponse {
            data: ::std::result::Result<super::CustomerData, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CustomerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<CustomerResponse> for super::CustomerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                    url: value.url?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct Device {
            app_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sdk_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Device {
            fn default() -> Self {
                Self {
                    app_version: Ok(Default::default()),
                    device_model: Ok(Default::default()),
                    os_version: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    sdk_version: Ok(Default::default()),
                }
            }
        }
        impl Device {
            pub fn app_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_version: {e}")
                    });
                self
            }
            pub fn device_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_model: {e}")
                    });
                self
            }
            pub fn os_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_version: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn sdk_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sdk_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sdk_version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Device> for super::Device {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Device,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_version: value.app_version?,
                    device_model: value.device_model?,
                    os_version: value.os_version?,
                    platform: value.platform?,
                    sdk_version: value.sdk_version?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            field: ::std::result::Result<
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
                    field: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    field: value.field?,
                    message: value.message?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorObject {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            details: ::std::result::Result<
                ::std::vec::Vec<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::ErrorType, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorObject {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    details: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ErrorObject {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
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
        impl ::std::convert::TryFrom<ErrorObject> for super::ErrorObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<super::ErrorObject, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorObject>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyValue {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyValue {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl KeyValue {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<KeyValue> for super::KeyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrackEvent {
            at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revenue_usd: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrackEvent {
            fn default() -> Self {
                Self {
                    at: Ok(Default::default()),
                    event: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    revenue_usd: Ok(Default::default()),
                }
            }
        }
        impl TrackEvent {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn revenue_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.revenue_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revenue_usd: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrackEvent> for super::TrackEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrackEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at: value.at?,
                    event: value.event?,
                    product_id: value.product_id?,
                    revenue_usd: value.revenue_usd?,
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
                Self::InvalidData => "invalid_data",
                Self::InvalidRequest => "invalid_request",
                Self::ControlUnauthorized => "control_unauthorized",
                Self::ControlForbidden => "control_forbidden",
                Self::NotImplemented => "not_implemented",
                Self::NotFound => "not_found",
                Self::AlreadyExists => "already_exists",
                Self::PurchaseFraud => "purchase_fraud",
                Self::RelationNotFound => "relation_not_found",
                Self::StorageError => "storage_error",
                Self::NetworkError => "network_error",
                Self::UnknownError => "unknown_error",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorCode {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "invalid_data" => Self::InvalidData,
                "invalid_request" => Self::InvalidRequest,
                "control_unauthorized" => Self::ControlUnauthorized,
                "control_forbidden" => Self::ControlForbidden,
                "not_implemented" => Self::NotImplemented,
                "not_found" => Self::NotFound,
                "already_exists" => Self::AlreadyExists,
                "purchase_fraud" => Self::PurchaseFraud,
                "relation_not_found" => Self::RelationNotFound,
                "storage_error" => Self::StorageError,
                "network_error" => Self::NetworkError,
                "unknown_error" => Self::UnknownError,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorCode, self::error::ConversionError);
    impl ErrorType {
        /// The value as it travels on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Request => "request",
                Self::Resource => "resource",
                Self::Logical => "logical",
                Self::Internal => "internal",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ErrorType {
        /// Never fails: a value not in the spec is kept in the catch-all variant.
        fn from(value: &str) -> Self {
            match value {
                "request" => Self::Request,
                "resource" => Self::Resource,
                "logical" => Self::Logical,
                "internal" => Self::Internal,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    client_core::tolerant_enum!(ErrorType, self::error::ConversionError);
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
        "v4"
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
    /// Sends a `GET` request to `/customers/{customer_id}`
    pub fn v4_get_customer(&self) -> builder::V4GetCustomer<'_> {
        builder::V4GetCustomer::new(self)
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
    /**Builder for [`Client::v4_get_customer`]

[`Client::v4_get_customer`]: super::Client::v4_get_customer*/
    #[derive(Debug, Clone)]
    pub struct V4GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> V4GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
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
        ) -> Result<
            ResponseValue<types::CustomerResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}", client.baseurl, client_core::PathSegment(&
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
                .build()?;
            let info = OperationInfo {
                operation_id: "v4_get_customer",
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
    ("v4_get_customer", "GET", "/customers/{customer_id}"),
];
