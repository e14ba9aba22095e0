// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 4b26f0df6984f9999f3e0bc13d003fa204318a2448c836af011abb8cb9dea3af).
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address_city: {e}")
                    });
                self
            }
            pub fn address_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for address_country: {e}"
                        )
                    });
                self
            }
            pub fn address_line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address_line1: {e}")
                    });
                self
            }
            pub fn address_line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address_line2: {e}")
                    });
                self
            }
            pub fn address_postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for address_postal_code: {e}"
                        )
                    });
                self
            }
            pub fn address_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address_state: {e}")
                    });
                self
            }
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for environment_id: {e}"
                        )
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tenant_id: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_by: {e}")
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn entity_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity_id: {e}")
                    });
                self
            }
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationEntityType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.entity_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity_type: {e}")
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for environment_id: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_entity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_entity_id: {e}"
                        )
                    });
                self
            }
            pub fn provider_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_type: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tenant_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_by: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityIntegrationMapping>
        for super::EntityIntegrationMapping {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityIntegrationMapping,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.internal_error = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internal_error: {e}"
                        )
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for http_status_code: {e}"
                        )
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
        impl ::std::convert::TryFrom<FlatError> for super::FlatError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FlatError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
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
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LegacyError> for super::LegacyError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LegacyError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    success: value.success?,
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
