// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 4025f10add565520a9a4deea4270ae85ed75357fdf5d62c603937d2e49c61178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

/*! Typed `httpmock` helpers for tests of code that uses this client (the `mock`
 feature): a `MockServerExt` method per operation declares what the request must
 hold (`when`) and what the server answers (`then`) with the crate's own types.

 The trait is named for the crate, so the mocks of several crates can be imported side
 by side; where two crates have a method of the same name, call it through the trait:
 `Trait::method(&server, |when, then| ...)`.*/
pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::*;
    pub struct ListCustomersWhen(::httpmock::When);
    impl ListCustomersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/customers$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomersThen(::httpmock::Then);
    impl ListCustomersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateCustomerWhen(::httpmock::When);
    impl CreateCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/customers$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateCustomerRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCustomerThen(::httpmock::Then);
    impl CreateCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetCustomerWhen(::httpmock::When);
    impl GetCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/customers/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/customers/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetCustomerExpandItem>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| when.query_param("expand", item.to_string()),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct GetCustomerThen(::httpmock::Then);
    impl GetCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteCustomerWhen(::httpmock::When);
    impl DeleteCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/customers/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/customers/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCustomerThen(::httpmock::Then);
    impl DeleteCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeletedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AssignCustomerOfferingWhen(::httpmock::When);
    impl AssignCustomerOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/actions/assign_offering$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/actions/assign_offering$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/actions/assign_offering$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AssignOfferingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AssignCustomerOfferingThen(::httpmock::Then);
    impl AssignCustomerOfferingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GrantCustomerEntitlementWhen(::httpmock::When);
    impl GrantCustomerEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/actions/grant_entitlement$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/actions/grant_entitlement$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/actions/grant_entitlement$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::GrantEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GrantCustomerEntitlementThen(::httpmock::Then);
    impl GrantCustomerEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RevokeCustomerGrantedEntitlementWhen(::httpmock::When);
    impl RevokeCustomerGrantedEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/actions/revoke_granted_entitlement$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/actions/revoke_granted_entitlement$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/actions/revoke_granted_entitlement$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::RevokeGrantedEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RevokeCustomerGrantedEntitlementThen(::httpmock::Then);
    impl RevokeCustomerGrantedEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct TransferCustomerWhen(::httpmock::When);
    impl TransferCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/actions/transfer$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/actions/transfer$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/actions/transfer$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::TransferCustomerRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TransferCustomerThen(::httpmock::Then);
    impl TransferCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransferCustomerResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerActiveEntitlementsWhen(::httpmock::When);
    impl ListCustomerActiveEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/active_entitlements$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/active_entitlements$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/active_entitlements$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerActiveEntitlementsThen(::httpmock::Then);
    impl ListCustomerActiveEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ActiveEntitlementList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerAliasesWhen(::httpmock::When);
    impl ListCustomerAliasesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*/aliases$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/aliases$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/aliases$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerAliasesThen(::httpmock::Then);
    impl ListCustomerAliasesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerAliasList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerAttributesWhen(::httpmock::When);
    impl ListCustomerAttributesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*/attributes$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/attributes$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/attributes$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerAttributesThen(::httpmock::Then);
    impl ListCustomerAttributesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerAttributeList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SetCustomerAttributesWhen(::httpmock::When);
    impl SetCustomerAttributesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*/attributes$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/attributes$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/attributes$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SetCustomerAttributesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SetCustomerAttributesThen(::httpmock::Then);
    impl SetCustomerAttributesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerAttributeList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerPurchasesWhen(::httpmock::When);
    impl ListCustomerPurchasesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*/purchases$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/purchases$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/purchases$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn environment<T>(self, value: T) -> Self
        where
            T: Into<Option<types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerPurchasesThen(::httpmock::Then);
    impl ListCustomerPurchasesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PurchaseList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerSubscriptionsWhen(::httpmock::When);
    impl ListCustomerSubscriptionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/subscriptions$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/subscriptions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/subscriptions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn environment<T>(self, value: T) -> Self
        where
            T: Into<Option<types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerSubscriptionsThen(::httpmock::Then);
    impl ListCustomerSubscriptionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerVirtualCurrencyBalancesWhen(::httpmock::When);
    impl ListCustomerVirtualCurrencyBalancesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/virtual_currencies$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/virtual_currencies$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/virtual_currencies$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_empty_balances<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_empty_balances", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_empty_balances"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerVirtualCurrencyBalancesThen(::httpmock::Then);
    impl ListCustomerVirtualCurrencyBalancesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VirtualCurrencyBalanceList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateVirtualCurrenciesTransactionWhen(::httpmock::When);
    impl CreateVirtualCurrenciesTransactionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/virtual_currencies/transactions$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/virtual_currencies/transactions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/virtual_currencies/transactions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_empty_balances<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_empty_balances", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_empty_balances"))
            }
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::VirtualCurrenciesAdjustmentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateVirtualCurrenciesTransactionThen(::httpmock::Then);
    impl CreateVirtualCurrenciesTransactionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VirtualCurrencyBalanceList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateVirtualCurrenciesBalanceWhen(::httpmock::When);
    impl UpdateVirtualCurrenciesBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/virtual_currencies/update_balance$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/virtual_currencies/update_balance$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/virtual_currencies/update_balance$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_empty_balances<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_empty_balances", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_empty_balances"))
            }
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::VirtualCurrenciesAdjustmentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateVirtualCurrenciesBalanceThen(::httpmock::Then);
    impl UpdateVirtualCurrenciesBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VirtualCurrencyBalanceList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListBlockedCustomersWhen(::httpmock::When);
    impl ListBlockedCustomersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/blocked_customers$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/blocked_customers$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListBlockedCustomersThen(::httpmock::Then);
    impl ListBlockedCustomersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BlockedCustomers) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct BlockCustomerWhen(::httpmock::When);
    impl BlockCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/blocked_customers/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/blocked_customers/.*$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/blocked_customers/{}$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct BlockCustomerThen(::httpmock::Then);
    impl BlockCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UnblockCustomerWhen(::httpmock::When);
    impl UnblockCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/blocked_customers/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/blocked_customers/.*$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/blocked_customers/{}$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct UnblockCustomerThen(::httpmock::Then);
    impl UnblockCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCustomerInvoicesWhen(::httpmock::When);
    impl ListCustomerInvoicesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/customers/[^/]*/invoices$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/invoices$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/invoices$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListCustomerInvoicesThen(::httpmock::Then);
    impl ListCustomerInvoicesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetInvoiceFileWhen(::httpmock::When);
    impl GetInvoiceFileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/customers/[^/]*/invoices/[^/]*/file$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/customers/.*/invoices/.*/file$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/{}/invoices/.*/file$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn invoice_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/customers/.*/invoices/{}/file$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetInvoiceFileThen(::httpmock::Then);
    impl GetInvoiceFileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn found(self) -> Self {
            Self(self.0.status(302u16))
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn success(self, status: u16, value: ::serde_json::Value) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
}
/** One method per operation on [`MockServer`]: `when` declares what the request must hold, `then` what the server answers.

 Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `BillingV2MockServerExt::method(&server, |when, then| ...)`.*/
pub trait BillingV2MockServerExt {
    fn list_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCustomersWhen, operations::ListCustomersThen);
    fn create_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCustomerWhen, operations::CreateCustomerThen);
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen);
    fn delete_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCustomerWhen, operations::DeleteCustomerThen);
    fn assign_customer_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignCustomerOfferingWhen,
            operations::AssignCustomerOfferingThen,
        );
    fn grant_customer_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GrantCustomerEntitlementWhen,
            operations::GrantCustomerEntitlementThen,
        );
    fn revoke_customer_granted_entitlement<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RevokeCustomerGrantedEntitlementWhen,
            operations::RevokeCustomerGrantedEntitlementThen,
        );
    fn transfer_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransferCustomerWhen, operations::TransferCustomerThen);
    fn list_customer_active_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerActiveEntitlementsWhen,
            operations::ListCustomerActiveEntitlementsThen,
        );
    fn list_customer_aliases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerAliasesWhen,
            operations::ListCustomerAliasesThen,
        );
    fn list_customer_attributes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerAttributesWhen,
            operations::ListCustomerAttributesThen,
        );
    fn set_customer_attributes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SetCustomerAttributesWhen,
            operations::SetCustomerAttributesThen,
        );
    fn list_customer_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerPurchasesWhen,
            operations::ListCustomerPurchasesThen,
        );
    fn list_customer_subscriptions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerSubscriptionsWhen,
            operations::ListCustomerSubscriptionsThen,
        );
    fn list_customer_virtual_currency_balances<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerVirtualCurrencyBalancesWhen,
            operations::ListCustomerVirtualCurrencyBalancesThen,
        );
    fn create_virtual_currencies_transaction<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualCurrenciesTransactionWhen,
            operations::CreateVirtualCurrenciesTransactionThen,
        );
    fn update_virtual_currencies_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualCurrenciesBalanceWhen,
            operations::UpdateVirtualCurrenciesBalanceThen,
        );
    fn list_blocked_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListBlockedCustomersWhen,
            operations::ListBlockedCustomersThen,
        );
    fn block_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::BlockCustomerWhen, operations::BlockCustomerThen);
    fn unblock_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UnblockCustomerWhen, operations::UnblockCustomerThen);
    fn list_customer_invoices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerInvoicesWhen,
            operations::ListCustomerInvoicesThen,
        );
    fn get_invoice_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoiceFileWhen, operations::GetInvoiceFileThen);
}
impl BillingV2MockServerExt for ::httpmock::MockServer {
    fn list_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCustomersWhen, operations::ListCustomersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomersWhen::new(when),
                operations::ListCustomersThen::new(then),
            )
        })
    }
    fn create_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCustomerWhen, operations::CreateCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCustomerWhen::new(when),
                operations::CreateCustomerThen::new(then),
            )
        })
    }
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerWhen::new(when),
                operations::GetCustomerThen::new(then),
            )
        })
    }
    fn delete_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCustomerWhen, operations::DeleteCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCustomerWhen::new(when),
                operations::DeleteCustomerThen::new(then),
            )
        })
    }
    fn assign_customer_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignCustomerOfferingWhen,
            operations::AssignCustomerOfferingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AssignCustomerOfferingWhen::new(when),
                operations::AssignCustomerOfferingThen::new(then),
            )
        })
    }
    fn grant_customer_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GrantCustomerEntitlementWhen,
            operations::GrantCustomerEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GrantCustomerEntitlementWhen::new(when),
                operations::GrantCustomerEntitlementThen::new(then),
            )
        })
    }
    fn revoke_customer_granted_entitlement<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RevokeCustomerGrantedEntitlementWhen,
            operations::RevokeCustomerGrantedEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RevokeCustomerGrantedEntitlementWhen::new(when),
                operations::RevokeCustomerGrantedEntitlementThen::new(then),
            )
        })
    }
    fn transfer_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransferCustomerWhen, operations::TransferCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TransferCustomerWhen::new(when),
                operations::TransferCustomerThen::new(then),
            )
        })
    }
    fn list_customer_active_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerActiveEntitlementsWhen,
            operations::ListCustomerActiveEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerActiveEntitlementsWhen::new(when),
                operations::ListCustomerActiveEntitlementsThen::new(then),
            )
        })
    }
    fn list_customer_aliases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerAliasesWhen,
            operations::ListCustomerAliasesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerAliasesWhen::new(when),
                operations::ListCustomerAliasesThen::new(then),
            )
        })
    }
    fn list_customer_attributes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerAttributesWhen,
            operations::ListCustomerAttributesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerAttributesWhen::new(when),
                operations::ListCustomerAttributesThen::new(then),
            )
        })
    }
    fn set_customer_attributes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SetCustomerAttributesWhen,
            operations::SetCustomerAttributesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SetCustomerAttributesWhen::new(when),
                operations::SetCustomerAttributesThen::new(then),
            )
        })
    }
    fn list_customer_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerPurchasesWhen,
            operations::ListCustomerPurchasesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerPurchasesWhen::new(when),
                operations::ListCustomerPurchasesThen::new(then),
            )
        })
    }
    fn list_customer_subscriptions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerSubscriptionsWhen,
            operations::ListCustomerSubscriptionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerSubscriptionsWhen::new(when),
                operations::ListCustomerSubscriptionsThen::new(then),
            )
        })
    }
    fn list_customer_virtual_currency_balances<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerVirtualCurrencyBalancesWhen,
            operations::ListCustomerVirtualCurrencyBalancesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerVirtualCurrencyBalancesWhen::new(when),
                operations::ListCustomerVirtualCurrencyBalancesThen::new(then),
            )
        })
    }
    fn create_virtual_currencies_transaction<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualCurrenciesTransactionWhen,
            operations::CreateVirtualCurrenciesTransactionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateVirtualCurrenciesTransactionWhen::new(when),
                operations::CreateVirtualCurrenciesTransactionThen::new(then),
            )
        })
    }
    fn update_virtual_currencies_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualCurrenciesBalanceWhen,
            operations::UpdateVirtualCurrenciesBalanceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateVirtualCurrenciesBalanceWhen::new(when),
                operations::UpdateVirtualCurrenciesBalanceThen::new(then),
            )
        })
    }
    fn list_blocked_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListBlockedCustomersWhen,
            operations::ListBlockedCustomersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListBlockedCustomersWhen::new(when),
                operations::ListBlockedCustomersThen::new(then),
            )
        })
    }
    fn block_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::BlockCustomerWhen, operations::BlockCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::BlockCustomerWhen::new(when),
                operations::BlockCustomerThen::new(then),
            )
        })
    }
    fn unblock_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UnblockCustomerWhen, operations::UnblockCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UnblockCustomerWhen::new(when),
                operations::UnblockCustomerThen::new(then),
            )
        })
    }
    fn list_customer_invoices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCustomerInvoicesWhen,
            operations::ListCustomerInvoicesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCustomerInvoicesWhen::new(when),
                operations::ListCustomerInvoicesThen::new(then),
            )
        })
    }
    fn get_invoice_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoiceFileWhen, operations::GetInvoiceFileThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetInvoiceFileWhen::new(when),
                operations::GetInvoiceFileThen::new(then),
            )
        })
    }
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::BillingV2MockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
