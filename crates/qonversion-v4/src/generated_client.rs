// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 a69e708128ae5fbe3b43fde30759aa07de425a7876434b173451df3efe9ecf6a).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
// To change this file, edit the spec and run the command again.

pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy,
    RetryReason, WaitSource,
};
pub use client_core::{HeaderMap, StatusCode};
pub use client_core::{PageLimits, PaginationError};
pub use client_core::{StreamExt, TryStreamExt};
pub use crate::generated::{ByteStream, ResponseValue, builder, types};
/// The code progenitor generated, with its own constructors: use [`Client`] instead.
#[doc(hidden)]
pub use crate::generated::Client as Operations;
/// The error of every call: the HTTP status, the API's error body (decoded, or the raw bytes when it does not decode) and the request id; see [`client_core::Error`].
pub type Error = client_core::Error<types::ErrorResponse>;
/// The items of every page of a list, one page in memory at a time; see the `stream_*` methods.
pub type ItemStream<'a, T> = client_core::ItemStream<'a, T, types::ErrorResponse>;
/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v4";
/// A Qonversion REST API v4 client. Every operation is a method returning a request builder: set its parameters, then `send()`. List operations also stream their items across pages (`stream_*`).
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
        crate::hooks::check_secret_key(credential.expose())?;
        let parts = options
            .build(
                default_base_url,
                &client_core::Auth::Bearer(credential.clone()),
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                None,
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
    /// Create a user
    ///
    /// `POST /users`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::User`], or an [`Error`].
    #[inline]
    pub fn v4_create_user(&self) -> builder::V4CreateUser<'_> {
        self.inner.v4_create_user()
    }
    /// Get a user
    ///
    /// `GET /users/{user_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::User`], or an [`Error`].
    #[inline]
    pub fn v4_get_user(&self) -> builder::V4GetUser<'_> {
        self.inner.v4_get_user()
    }
    /// List properties for a user
    ///
    /// `GET /users/{user_id}/properties`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UserPropertyList`], or an [`Error`].
    #[inline]
    pub fn v4_list_user_properties(&self) -> builder::V4ListUserProperties<'_> {
        self.inner.v4_list_user_properties()
    }
    /// Set (upsert) properties for a user
    ///
    /// `POST /users/{user_id}/properties`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UserPropertiesSetResult`], or an [`Error`].
    #[inline]
    pub fn v4_set_user_properties(&self) -> builder::V4SetUserProperties<'_> {
        self.inner.v4_set_user_properties()
    }
    /// Create an identity link
    ///
    /// `POST /identities`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Identity`], or an [`Error`].
    #[inline]
    pub fn v4_create_identity(&self) -> builder::V4CreateIdentity<'_> {
        self.inner.v4_create_identity()
    }
    /// Get an identity by external ID
    ///
    /// `GET /identities/{identity_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Identity`], or an [`Error`].
    #[inline]
    pub fn v4_get_identity(&self) -> builder::V4GetIdentity<'_> {
        self.inner.v4_get_identity()
    }
    /// List entitlement definitions
    ///
    /// `GET /entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::EntitlementList`], or an [`Error`].
    #[inline]
    pub fn v4_list_entitlements(&self) -> builder::V4ListEntitlements<'_> {
        self.inner.v4_list_entitlements()
    }
    /// Get an entitlement definition
    ///
    /// `GET /entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn v4_get_entitlement(&self) -> builder::V4GetEntitlement<'_> {
        self.inner.v4_get_entitlement()
    }
    /// Delete an entitlement definition
    ///
    /// `DELETE /entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_entitlement(&self) -> builder::V4DeleteEntitlement<'_> {
        self.inner.v4_delete_entitlement()
    }
    /// Update an entitlement definition (partial)
    ///
    /// `PATCH /entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Entitlement`], or an [`Error`].
    #[inline]
    pub fn v4_update_entitlement(&self) -> builder::V4UpdateEntitlement<'_> {
        self.inner.v4_update_entitlement()
    }
    /// List user entitlements
    ///
    /// `GET /users/{user_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UserEntitlementList`], or an [`Error`].
    #[inline]
    pub fn v4_list_user_entitlements(&self) -> builder::V4ListUserEntitlements<'_> {
        self.inner.v4_list_user_entitlements()
    }
    /// Grant an entitlement to a user
    ///
    /// `POST /users/{user_id}/entitlements`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UserEntitlement`], or an [`Error`].
    #[inline]
    pub fn v4_grant_user_entitlement(&self) -> builder::V4GrantUserEntitlement<'_> {
        self.inner.v4_grant_user_entitlement()
    }
    /// Revoke a user entitlement
    ///
    /// `DELETE /users/{user_id}/entitlements/{entitlement_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_revoke_user_entitlement(&self) -> builder::V4RevokeUserEntitlement<'_> {
        self.inner.v4_revoke_user_entitlement()
    }
    /// List purchases for a user
    ///
    /// `GET /users/{user_id}/purchases`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::PurchaseList`], or an [`Error`].
    #[inline]
    pub fn v4_list_user_purchases(&self) -> builder::V4ListUserPurchases<'_> {
        self.inner.v4_list_user_purchases()
    }
    /// List products
    ///
    /// `GET /products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ProductList`], or an [`Error`].
    #[inline]
    pub fn v4_list_products(&self) -> builder::V4ListProducts<'_> {
        self.inner.v4_list_products()
    }
    /// Create a product
    ///
    /// `POST /products`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Product`], or an [`Error`].
    #[inline]
    pub fn v4_create_product(&self) -> builder::V4CreateProduct<'_> {
        self.inner.v4_create_product()
    }
    /// Get a product
    ///
    /// `GET /products/{product_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Product`], or an [`Error`].
    #[inline]
    pub fn v4_get_product(&self) -> builder::V4GetProduct<'_> {
        self.inner.v4_get_product()
    }
    /// Delete a product
    ///
    /// `DELETE /products/{product_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_product(&self) -> builder::V4DeleteProduct<'_> {
        self.inner.v4_delete_product()
    }
    /// Update a product (partial)
    ///
    /// `PATCH /products/{product_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Product`], or an [`Error`].
    #[inline]
    pub fn v4_update_product(&self) -> builder::V4UpdateProduct<'_> {
        self.inner.v4_update_product()
    }
    /// List offerings
    ///
    /// `GET /offerings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::OfferingList`], or an [`Error`].
    #[inline]
    pub fn v4_list_offerings(&self) -> builder::V4ListOfferings<'_> {
        self.inner.v4_list_offerings()
    }
    /// Create an offering
    ///
    /// `POST /offerings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn v4_create_offering(&self) -> builder::V4CreateOffering<'_> {
        self.inner.v4_create_offering()
    }
    /// Get an offering
    ///
    /// `GET /offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn v4_get_offering(&self) -> builder::V4GetOffering<'_> {
        self.inner.v4_get_offering()
    }
    /// Delete an offering
    ///
    /// `DELETE /offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_offering(&self) -> builder::V4DeleteOffering<'_> {
        self.inner.v4_delete_offering()
    }
    /// Update an offering (partial)
    ///
    /// `PATCH /offerings/{offering_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn v4_update_offering(&self) -> builder::V4UpdateOffering<'_> {
        self.inner.v4_update_offering()
    }
    /// Mark this offering as the project's main offering
    ///
    /// `POST /offerings/{offering_id}/set-main`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Offering`], or an [`Error`].
    #[inline]
    pub fn v4_set_main_offering(&self) -> builder::V4SetMainOffering<'_> {
        self.inner.v4_set_main_offering()
    }
    /// List remote configurations
    ///
    /// `GET /remote-configurations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::RemoteConfigurationList`], or an [`Error`].
    #[inline]
    pub fn v4_list_remote_configurations(
        &self,
    ) -> builder::V4ListRemoteConfigurations<'_> {
        self.inner.v4_list_remote_configurations()
    }
    /// Create a remote configuration
    ///
    /// `POST /remote-configurations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_create_remote_configuration(
        &self,
    ) -> builder::V4CreateRemoteConfiguration<'_> {
        self.inner.v4_create_remote_configuration()
    }
    /// Get a remote configuration
    ///
    /// `GET /remote-configurations/{config_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_remote_configuration(&self) -> builder::V4GetRemoteConfiguration<'_> {
        self.inner.v4_get_remote_configuration()
    }
    /// Replace a remote configuration
    ///
    /// `PUT /remote-configurations/{config_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_replace_remote_configuration(
        &self,
    ) -> builder::V4ReplaceRemoteConfiguration<'_> {
        self.inner.v4_replace_remote_configuration()
    }
    /// Delete a remote configuration
    ///
    /// `DELETE /remote-configurations/{config_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_remote_configuration(
        &self,
    ) -> builder::V4DeleteRemoteConfiguration<'_> {
        self.inner.v4_delete_remote_configuration()
    }
    /// Change status (draft, active, paused)
    ///
    /// `PATCH /remote-configurations/{config_id}/status`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_change_remote_configuration_status(
        &self,
    ) -> builder::V4ChangeRemoteConfigurationStatus<'_> {
        self.inner.v4_change_remote_configuration_status()
    }
    /// Get the payload mapping
    ///
    /// `GET /remote-configurations/{config_id}/payload-mapping`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4GetRemoteConfigurationPayloadMapping<'_> {
        self.inner.v4_get_remote_configuration_payload_mapping()
    }
    /// Set the payload mapping
    ///
    /// `POST /remote-configurations/{config_id}/payload-mapping`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_set_remote_configuration_payload_mapping(
        &self,
    ) -> builder::V4SetRemoteConfigurationPayloadMapping<'_> {
        self.inner.v4_set_remote_configuration_payload_mapping()
    }
    /// Attach a user to this configuration
    ///
    /// `POST /remote-configurations/{config_id}/users/{user_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_attach_remote_configuration_user(
        &self,
    ) -> builder::V4AttachRemoteConfigurationUser<'_> {
        self.inner.v4_attach_remote_configuration_user()
    }
    /// Detach a user
    ///
    /// `DELETE /remote-configurations/{config_id}/users/{user_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_detach_remote_configuration_user(
        &self,
    ) -> builder::V4DetachRemoteConfigurationUser<'_> {
        self.inner.v4_detach_remote_configuration_user()
    }
    /// List customers
    ///
    /// `GET /customers`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerList`], or an [`Error`].
    #[inline]
    pub fn v4_list_customers(&self) -> builder::V4ListCustomers<'_> {
        self.inner.v4_list_customers()
    }
    /// Get aggregated customer metrics
    ///
    /// `GET /customers/metrics`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerMetrics`], or an [`Error`].
    #[inline]
    pub fn v4_get_customer_metrics(&self) -> builder::V4GetCustomerMetrics<'_> {
        self.inner.v4_get_customer_metrics()
    }
    /// Get a customer
    ///
    /// `GET /customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerResponse`], or an [`Error`].
    #[inline]
    pub fn v4_get_customer(&self) -> builder::V4GetCustomer<'_> {
        self.inner.v4_get_customer()
    }
    /// Delete a customer (GDPR)
    ///
    /// `DELETE /customers/{customer_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_customer(&self) -> builder::V4DeleteCustomer<'_> {
        self.inner.v4_delete_customer()
    }
    /// List customer permissions
    ///
    /// `GET /customers/{customer_id}/permissions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerPermissionList`], or an [`Error`].
    #[inline]
    pub fn v4_list_customer_permissions(
        &self,
    ) -> builder::V4ListCustomerPermissions<'_> {
        self.inner.v4_list_customer_permissions()
    }
    /// Grant a permission to a customer
    ///
    /// `POST /customers/{customer_id}/permissions`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerPermissionGrant`], or an [`Error`].
    #[inline]
    pub fn v4_grant_customer_permission(
        &self,
    ) -> builder::V4GrantCustomerPermission<'_> {
        self.inner.v4_grant_customer_permission()
    }
    /// Revoke a customer permission
    ///
    /// `DELETE /customers/{customer_id}/permissions/{permission_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_revoke_customer_permission(
        &self,
    ) -> builder::V4RevokeCustomerPermission<'_> {
        self.inner.v4_revoke_customer_permission()
    }
    /// Set customer properties
    ///
    /// `POST /customers/{customer_id}/properties`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::CustomerPropertiesResult`], or an [`Error`].
    #[inline]
    pub fn v4_set_customer_properties(&self) -> builder::V4SetCustomerProperties<'_> {
        self.inner.v4_set_customer_properties()
    }
    /// List segments
    ///
    /// `GET /segments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SegmentList`], or an [`Error`].
    #[inline]
    pub fn v4_list_segments(&self) -> builder::V4ListSegments<'_> {
        self.inner.v4_list_segments()
    }
    /// Create a segment
    ///
    /// `POST /segments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Segment`], or an [`Error`].
    #[inline]
    pub fn v4_create_segment(&self) -> builder::V4CreateSegment<'_> {
        self.inner.v4_create_segment()
    }
    /// List system segments
    ///
    /// `GET /segments/system`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::SegmentList`], or an [`Error`].
    #[inline]
    pub fn v4_list_system_segments(&self) -> builder::V4ListSystemSegments<'_> {
        self.inner.v4_list_system_segments()
    }
    /// Get a segment
    ///
    /// `GET /segments/{segment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Segment`], or an [`Error`].
    #[inline]
    pub fn v4_get_segment(&self) -> builder::V4GetSegment<'_> {
        self.inner.v4_get_segment()
    }
    /// Update a segment (full replace)
    ///
    /// `PUT /segments/{segment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Segment`], or an [`Error`].
    #[inline]
    pub fn v4_update_segment(&self) -> builder::V4UpdateSegment<'_> {
        self.inner.v4_update_segment()
    }
    /// Delete a segment
    ///
    /// `DELETE /segments/{segment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_segment(&self) -> builder::V4DeleteSegment<'_> {
        self.inner.v4_delete_segment()
    }
    /// List experiments
    ///
    /// `GET /experiments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ExperimentList`], or an [`Error`].
    #[inline]
    pub fn v4_list_experiments(&self) -> builder::V4ListExperiments<'_> {
        self.inner.v4_list_experiments()
    }
    /// Create an experiment
    ///
    /// `POST /experiments`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Experiment`], or an [`Error`].
    #[inline]
    pub fn v4_create_experiment(&self) -> builder::V4CreateExperiment<'_> {
        self.inner.v4_create_experiment()
    }
    /// Get experiments analytics summary
    ///
    /// `GET /experiments/summary`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_experiments_summary(&self) -> builder::V4GetExperimentsSummary<'_> {
        self.inner.v4_get_experiments_summary()
    }
    /// Get an experiment
    ///
    /// `GET /experiments/{experiment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Experiment`], or an [`Error`].
    #[inline]
    pub fn v4_get_experiment(&self) -> builder::V4GetExperiment<'_> {
        self.inner.v4_get_experiment()
    }
    /// Delete an experiment
    ///
    /// `DELETE /experiments/{experiment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_experiment(&self) -> builder::V4DeleteExperiment<'_> {
        self.inner.v4_delete_experiment()
    }
    /// Partially update an experiment
    ///
    /// `PATCH /experiments/{experiment_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Experiment`], or an [`Error`].
    #[inline]
    pub fn v4_update_experiment(&self) -> builder::V4UpdateExperiment<'_> {
        self.inner.v4_update_experiment()
    }
    /// List experiment groups
    ///
    /// `GET /experiments/{experiment_id}/groups`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ExperimentGroupList`], or an [`Error`].
    #[inline]
    pub fn v4_list_experiment_groups(&self) -> builder::V4ListExperimentGroups<'_> {
        self.inner.v4_list_experiment_groups()
    }
    /// Create an experiment group
    ///
    /// `POST /experiments/{experiment_id}/groups`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ExperimentGroup`], or an [`Error`].
    #[inline]
    pub fn v4_create_experiment_group(&self) -> builder::V4CreateExperimentGroup<'_> {
        self.inner.v4_create_experiment_group()
    }
    /// Delete an experiment group
    ///
    /// `DELETE /experiments/{experiment_id}/groups/{group_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_experiment_group(&self) -> builder::V4DeleteExperimentGroup<'_> {
        self.inner.v4_delete_experiment_group()
    }
    /// Update an experiment group
    ///
    /// `PATCH /experiments/{experiment_id}/groups/{group_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_update_experiment_group(&self) -> builder::V4UpdateExperimentGroup<'_> {
        self.inner.v4_update_experiment_group()
    }
    /// Change experiment status
    ///
    /// `POST /experiments/{experiment_id}/status`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Experiment`], or an [`Error`].
    #[inline]
    pub fn v4_change_experiment_status(&self) -> builder::V4ChangeExperimentStatus<'_> {
        self.inner.v4_change_experiment_status()
    }
    /// Attach a user to an experiment group
    ///
    /// `POST /experiments/{experiment_id}/users/{user_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_attach_experiment_user(&self) -> builder::V4AttachExperimentUser<'_> {
        self.inner.v4_attach_experiment_user()
    }
    /// Detach a user from an experiment
    ///
    /// `DELETE /experiments/{experiment_id}/users/{user_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_detach_experiment_user(&self) -> builder::V4DetachExperimentUser<'_> {
        self.inner.v4_detach_experiment_user()
    }
    /// List screens
    ///
    /// `GET /screens`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScreenList`], or an [`Error`].
    #[inline]
    pub fn v4_list_screens(&self) -> builder::V4ListScreens<'_> {
        self.inner.v4_list_screens()
    }
    /// Create a screen
    ///
    /// `POST /screens`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Screen`], or an [`Error`].
    #[inline]
    pub fn v4_create_screen(&self) -> builder::V4CreateScreen<'_> {
        self.inner.v4_create_screen()
    }
    /// Get screens analytics overview
    ///
    /// `GET /screens/analytics/overview`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_screens_analytics_overview(
        &self,
    ) -> builder::V4GetScreensAnalyticsOverview<'_> {
        self.inner.v4_get_screens_analytics_overview()
    }
    /// Get a screen
    ///
    /// `GET /screens/{screen_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Screen`], or an [`Error`].
    #[inline]
    pub fn v4_get_screen(&self) -> builder::V4GetScreen<'_> {
        self.inner.v4_get_screen()
    }
    /// Update a screen
    ///
    /// `PUT /screens/{screen_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Screen`], or an [`Error`].
    #[inline]
    pub fn v4_update_screen(&self) -> builder::V4UpdateScreen<'_> {
        self.inner.v4_update_screen()
    }
    /// Delete a screen
    ///
    /// `DELETE /screens/{screen_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_screen(&self) -> builder::V4DeleteScreen<'_> {
        self.inner.v4_delete_screen()
    }
    /// Get per-screen analytics
    ///
    /// `GET /screens/{screen_id}/analytics`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_screen_analytics(&self) -> builder::V4GetScreenAnalytics<'_> {
        self.inner.v4_get_screen_analytics()
    }
    /// Duplicate a screen
    ///
    /// `POST /screens/{screen_id}/copy`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Screen`], or an [`Error`].
    #[inline]
    pub fn v4_copy_screen(&self) -> builder::V4CopyScreen<'_> {
        self.inner.v4_copy_screen()
    }
    /// Publish a screen
    ///
    /// `POST /screens/{screen_id}/publish`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_publish_screen(&self) -> builder::V4PublishScreen<'_> {
        self.inner.v4_publish_screen()
    }
    /// Get analytics card data
    ///
    /// `GET /analytics/cards/{card_code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnalyticsCardRows`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_card(&self) -> builder::V4GetAnalyticsCard<'_> {
        self.inner.v4_get_analytics_card()
    }
    /// Get analytics chart data
    ///
    /// `GET /analytics/charts/{chart_code}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnalyticsChart`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_chart(&self) -> builder::V4GetAnalyticsChart<'_> {
        self.inner.v4_get_analytics_chart()
    }
    /// Get analytics chart metadata
    ///
    /// `GET /analytics/charts/{chart_code}/meta`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnalyticsChartMeta`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_chart_meta(&self) -> builder::V4GetAnalyticsChartMeta<'_> {
        self.inner.v4_get_analytics_chart_meta()
    }
    /// Get cohort analytics data
    ///
    /// `GET /analytics/cohorts`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_cohorts(&self) -> builder::V4GetAnalyticsCohorts<'_> {
        self.inner.v4_get_analytics_cohorts()
    }
    /// Get cohort analytics metadata
    ///
    /// `GET /analytics/cohorts/meta`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_cohorts_meta(
        &self,
    ) -> builder::V4GetAnalyticsCohortsMeta<'_> {
        self.inner.v4_get_analytics_cohorts_meta()
    }
    /// Get supported analytics currencies
    ///
    /// `GET /analytics/currencies`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_currencies(&self) -> builder::V4GetAnalyticsCurrencies<'_> {
        self.inner.v4_get_analytics_currencies()
    }
    /// Get analytics insights
    ///
    /// `GET /analytics/insights`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AnalyticsInsights`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_insights(&self) -> builder::V4GetAnalyticsInsights<'_> {
        self.inner.v4_get_analytics_insights()
    }
    /// Get LTV analytics data
    ///
    /// `GET /analytics/ltv`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_ltv(&self) -> builder::V4GetAnalyticsLtv<'_> {
        self.inner.v4_get_analytics_ltv()
    }
    /// Get LTV analytics metadata
    ///
    /// `GET /analytics/ltv/meta`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_ltv_meta(&self) -> builder::V4GetAnalyticsLtvMeta<'_> {
        self.inner.v4_get_analytics_ltv_meta()
    }
    /// Get LTV trial-conversion analytics data
    ///
    /// `GET /analytics/ltv/trial-conversion`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_analytics_ltv_trial_conversion(
        &self,
    ) -> builder::V4GetAnalyticsLtvTrialConversion<'_> {
        self.inner.v4_get_analytics_ltv_trial_conversion()
    }
    /// Create scheduled report
    ///
    /// `POST /scheduled-reports`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScheduledReport`], or an [`Error`].
    #[inline]
    pub fn v4_create_scheduled_report(&self) -> builder::V4CreateScheduledReport<'_> {
        self.inner.v4_create_scheduled_report()
    }
    /// List scheduled report destinations
    ///
    /// `GET /scheduled-reports/destinations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_list_scheduled_report_destinations(
        &self,
    ) -> builder::V4ListScheduledReportDestinations<'_> {
        self.inner.v4_list_scheduled_report_destinations()
    }
    /// Update scheduled report
    ///
    /// `PUT /scheduled-reports/{report_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::ScheduledReport`], or an [`Error`].
    #[inline]
    pub fn v4_update_scheduled_report(&self) -> builder::V4UpdateScheduledReport<'_> {
        self.inner.v4_update_scheduled_report()
    }
    /// Send a test scheduled report
    ///
    /// `POST /scheduled-reports/{report_id}/send-test`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_send_test_scheduled_report(
        &self,
    ) -> builder::V4SendTestScheduledReport<'_> {
        self.inner.v4_send_test_scheduled_report()
    }
    /// List integrations
    ///
    /// `GET /integrations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::IntegrationList`], or an [`Error`].
    #[inline]
    pub fn v4_list_integrations(&self) -> builder::V4ListIntegrations<'_> {
        self.inner.v4_list_integrations()
    }
    /// Create integration
    ///
    /// `POST /integrations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Integration`], or an [`Error`].
    #[inline]
    pub fn v4_create_integration(&self) -> builder::V4CreateIntegration<'_> {
        self.inner.v4_create_integration()
    }
    /// Get supported-provider catalog
    ///
    /// `GET /integrations/meta`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_integrations_meta(&self) -> builder::V4GetIntegrationsMeta<'_> {
        self.inner.v4_get_integrations_meta()
    }
    /// Delete integration
    ///
    /// `DELETE /integrations/{integration_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_integration(&self) -> builder::V4DeleteIntegration<'_> {
        self.inner.v4_delete_integration()
    }
    /// Update integration status
    ///
    /// `POST /integrations/{integration_id}/status`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Integration`], or an [`Error`].
    #[inline]
    pub fn v4_update_integration_status(
        &self,
    ) -> builder::V4UpdateIntegrationStatus<'_> {
        self.inner.v4_update_integration_status()
    }
    /// List automations
    ///
    /// `GET /automations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::AutomationList`], or an [`Error`].
    #[inline]
    pub fn v4_list_automations(&self) -> builder::V4ListAutomations<'_> {
        self.inner.v4_list_automations()
    }
    /// Create an automation
    ///
    /// `POST /automations`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Automation`], or an [`Error`].
    #[inline]
    pub fn v4_create_automation(&self) -> builder::V4CreateAutomation<'_> {
        self.inner.v4_create_automation()
    }
    /// Get an automation
    ///
    /// `GET /automations/{automation_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Automation`], or an [`Error`].
    #[inline]
    pub fn v4_get_automation(&self) -> builder::V4GetAutomation<'_> {
        self.inner.v4_get_automation()
    }
    /// Replace an automation (all mutable fields required)
    ///
    /// `PUT /automations/{automation_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::Automation`], or an [`Error`].
    #[inline]
    pub fn v4_replace_automation(&self) -> builder::V4ReplaceAutomation<'_> {
        self.inner.v4_replace_automation()
    }
    /// Delete an automation
    ///
    /// `DELETE /automations/{automation_id}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_delete_automation(&self) -> builder::V4DeleteAutomation<'_> {
        self.inner.v4_delete_automation()
    }
    /// Toggle active / inactive / paused
    ///
    /// `PATCH /automations/{automation_id}/status`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of `()`, or an [`Error`].
    #[inline]
    pub fn v4_update_automation_status(&self) -> builder::V4UpdateAutomationStatus<'_> {
        self.inner.v4_update_automation_status()
    }
    /// Get project settings
    ///
    /// `GET /project-settings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_get_project_settings(&self) -> builder::V4GetProjectSettings<'_> {
        self.inner.v4_get_project_settings()
    }
    /// Update project settings
    ///
    /// `PATCH /project-settings`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_update_project_settings(&self) -> builder::V4UpdateProjectSettings<'_> {
        self.inner.v4_update_project_settings()
    }
    /// Regenerate project secret key
    ///
    /// `POST /project-settings/regenerate-secret`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::UndocumentedObject`], or an [`Error`].
    #[inline]
    pub fn v4_regenerate_project_secret(
        &self,
    ) -> builder::V4RegenerateProjectSecret<'_> {
        self.inner.v4_regenerate_project_secret()
    }
    /// Get store configuration (apple or google)
    ///
    /// `GET /project-settings/stores/{platform}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StoreConfig`], or an [`Error`].
    #[inline]
    pub fn v4_get_store_config(&self) -> builder::V4GetStoreConfig<'_> {
        self.inner.v4_get_store_config()
    }
    /// Update store configuration (apple or google)
    ///
    /// `POST /project-settings/stores/{platform}`: set the parameters on the returned builder, then `send()` it; the answer is a [`ResponseValue`] of [`types::StoreConfig`], or an [`Error`].
    #[inline]
    pub fn v4_update_store_config(&self) -> builder::V4UpdateStoreConfig<'_> {
        self.inner.v4_update_store_config()
    }
    /// Streams every [`types::Entitlement`] of [`Client::v4_list_entitlements`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_entitlements`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_entitlements(&self) -> ItemStream<'static, types::Entitlement> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_entitlements();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Purchase`] of [`Client::v4_list_user_purchases`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_user_purchases`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_user_purchases(
        &self,
        user_id: &str,
    ) -> ItemStream<'static, types::Purchase> {
        let client = self.clone();
        let user_id = user_id.to_string();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                let user_id = user_id.clone();
                Box::pin(async move {
                    let request = client.v4_list_user_purchases().user_id(user_id);
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Product`] of [`Client::v4_list_products`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_products`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_products(&self) -> ItemStream<'static, types::Product> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_products();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Offering`] of [`Client::v4_list_offerings`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_offerings`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_offerings(&self) -> ItemStream<'static, types::Offering> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_offerings();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::UndocumentedObject`] of [`Client::v4_list_remote_configurations`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_remote_configurations`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_remote_configurations(
        &self,
    ) -> ItemStream<'static, types::UndocumentedObject> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_remote_configurations();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::CustomerListItem`] of [`Client::v4_list_customers`], requesting pages 1, 2, ... until the list says it is over. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_customers`] and pass it to [`Client::paginate_pages`].
    #[inline]
    pub fn stream_customers(&self) -> ItemStream<'static, types::CustomerListItem> {
        let client = self.clone();
        client_core::paginate_numbered(
            self.page_limits,
            None,
            move |page: u64| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_customers();
                    let request = request.page(page);
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Segment`] of [`Client::v4_list_segments`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_segments`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_segments(&self) -> ItemStream<'static, types::Segment> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_segments();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Screen`] of [`Client::v4_list_screens`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_screens`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_screens(&self) -> ItemStream<'static, types::Screen> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_screens();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every [`types::Automation`] of [`Client::v4_list_automations`], sending each page's `next_cursor` back as `starting_after` while `has_more` is true. It ends with a [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit ([`Client::with_page_limits`]), or when the server says it restarted the list from the top ([`PaginationError::Restarted`], raised before any item of that page). The stream owns a clone of the client. For other parameters, build the request with [`Client::v4_list_automations`] and pass it to [`Client::paginate_cursor`].
    #[inline]
    pub fn stream_automations(&self) -> ItemStream<'static, types::Automation> {
        let client = self.clone();
        client_core::paginate_cursor(
            self.page_limits,
            Some("X-Qon-Pagination-Restarted"),
            move |cursor: Option<String>| {
                let client = client.clone();
                Box::pin(async move {
                    let request = client.v4_list_automations();
                    let request = match cursor {
                        Some(c) => request.starting_after(c),
                        None => request,
                    };
                    request.send().await
                })
            },
        )
    }
    /// Streams every item of a list request built as usual (any builder of such a list: [`builder::V4ListEntitlements`], ...), within the same rules as its `stream_*` method. The stream borrows the client.
    pub fn paginate_cursor<
        'a,
        B: client_core::CursorPaginated<'a, Error = types::ErrorResponse>,
    >(&'a self, first: B) -> ItemStream<'a, B::Item> {
        client_core::paginate_cursor(
            self.page_limits,
            B::RESTART_HEADER,
            move |token| first.fetch(token),
        )
    }
    /// Streams every item of a list request built as usual (any builder of such a list: [`builder::V4ListCustomers`], ...), within the same rules as its `stream_*` method. The stream borrows the client.
    pub fn paginate_pages<
        'a,
        B: client_core::NumberedPaginated<'a, Error = types::ErrorResponse>,
    >(&'a self, first: B) -> ItemStream<'a, B::Item> {
        client_core::paginate_numbered(
            self.page_limits,
            B::RESTART_HEADER,
            move |token| first.fetch(token),
        )
    }
}
impl std::fmt::Debug for Client {
    #[inline]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("qonversion_v4::Client")
            .field("base_url", &self.inner.baseurl)
            .field("credential", &self.credential)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}
impl client_core::CursorPage for types::EntitlementList {
    type Item = types::Entitlement;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListEntitlements<'a> {
    type Page = types::EntitlementList;
    type Item = types::Entitlement;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::PurchaseList {
    type Item = types::Purchase;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListUserPurchases<'a> {
    type Page = types::PurchaseList;
    type Item = types::Purchase;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::ProductList {
    type Item = types::Product;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListProducts<'a> {
    type Page = types::ProductList;
    type Item = types::Product;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::OfferingList {
    type Item = types::Offering;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListOfferings<'a> {
    type Page = types::OfferingList;
    type Item = types::Offering;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::RemoteConfigurationList {
    type Item = types::UndocumentedObject;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListRemoteConfigurations<'a> {
    type Page = types::RemoteConfigurationList;
    type Item = types::UndocumentedObject;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::NumberedPage for types::CustomerList {
    type Item = types::CustomerListItem;
    #[inline]
    fn into_numbered_parts(self) -> (Vec<Self::Item>, client_core::PagesLeft) {
        (self.data, client_core::PagesLeft::HasMore(self.has_more))
    }
}
impl<'a> client_core::NumberedPaginated<'a> for builder::V4ListCustomers<'a> {
    type Page = types::CustomerList;
    type Item = types::CustomerListItem;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = None;
    #[inline]
    fn fetch(
        &self,
        page: u64,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = self.clone().page(page);
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::SegmentList {
    type Item = types::Segment;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListSegments<'a> {
    type Page = types::SegmentList;
    type Item = types::Segment;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::ScreenList {
    type Item = types::Screen;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListScreens<'a> {
    type Page = types::ScreenList;
    type Item = types::Screen;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
impl client_core::CursorPage for types::AutomationList {
    type Item = types::Automation;
    #[inline]
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
impl<'a> client_core::CursorPaginated<'a> for builder::V4ListAutomations<'a> {
    type Page = types::AutomationList;
    type Item = types::Automation;
    type Error = types::ErrorResponse;
    const RESTART_HEADER: Option<&'static str> = Some("X-Qon-Pagination-Restarted");
    #[inline]
    fn fetch(
        &self,
        cursor: Option<String>,
    ) -> std::pin::Pin<
        Box<
            dyn Future<
                Output = Result<
                    ResponseValue<Self::Page>,
                    client_core::Error<Self::Error>,
                >,
            > + Send + 'a,
        >,
    > {
        let request = match cursor {
            Some(c) => self.clone().starting_after(c),
            None => self.clone(),
        };
        Box::pin(request.send())
    }
}
