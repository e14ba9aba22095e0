// @generated: do not edit by hand.
// Source: specs/billing-v2.yaml (sha256 009d871aff07aeb849b5a3439300bde932c0e4e024f7a669961974ce737ca178).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, rewrites in xtask/src/rewrite/).
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
    pub struct ListProjectsWhen(::httpmock::When);
    impl ListProjectsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/projects$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
    pub struct ListProjectsThen(::httpmock::Then);
    impl ListProjectsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListProjects) -> Self {
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
    pub struct CreateProjectWhen(::httpmock::When);
    impl CreateProjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/projects$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ProjectCreate) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateProjectThen(::httpmock::Then);
    impl CreateProjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Project) -> Self {
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
    pub struct ListAppsWhen(::httpmock::When);
    impl ListAppsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/projects/[^/]*/apps$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/apps$", ::regex::escape(value)),
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
    pub struct ListAppsThen(::httpmock::Then);
    impl ListAppsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListApps) -> Self {
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
    pub struct CreateAppWhen(::httpmock::When);
    impl CreateAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/projects/[^/]*/apps$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/apps$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AppCreate) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateAppThen(::httpmock::Then);
    impl CreateAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::App) -> Self {
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
    pub struct GetAppWhen(::httpmock::When);
    impl GetAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/apps/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/apps/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/apps/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAppThen(::httpmock::Then);
    impl GetAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::App) -> Self {
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
    pub struct UpdateAppWhen(::httpmock::When);
    impl UpdateAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/apps/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/apps/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/apps/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAppRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateAppThen(::httpmock::Then);
    impl UpdateAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::App) -> Self {
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
    pub struct DeleteAppWhen(::httpmock::When);
    impl DeleteAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/apps/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/apps/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/apps/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteAppThen(::httpmock::Then);
    impl DeleteAppThen {
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
    pub struct ListAppPublicApiKeysWhen(::httpmock::When);
    impl ListAppPublicApiKeysWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/apps/[^/]*/public_api_keys$")
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
                        "^/projects/{}/apps/.*/public_api_keys$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/apps/{}/public_api_keys$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListAppPublicApiKeysThen(::httpmock::Then);
    impl ListAppPublicApiKeysThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPublicApiKeys) -> Self {
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
    pub struct GetAppStorekitConfigWhen(::httpmock::When);
    impl GetAppStorekitConfigWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/apps/[^/]*/store_kit_config$",
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
                        "^/projects/{}/apps/.*/store_kit_config$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/apps/{}/store_kit_config$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAppStorekitConfigThen(::httpmock::Then);
    impl GetAppStorekitConfigThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StoreKitConfigFile) -> Self {
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
    pub struct ListAuditLogsWhen(::httpmock::When);
    impl ListAuditLogsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/audit_logs$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/audit_logs$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
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
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
    pub struct ListAuditLogsThen(::httpmock::Then);
    impl ListAuditLogsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAuditLogs) -> Self {
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
    pub struct GetChartDataWhen(::httpmock::When);
    impl GetChartDataWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/charts/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/charts/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn chart_name(self, value: types::GetChartDataChartName) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/charts/{}$", ::regex::escape(& value.to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn aggregate<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetChartDataAggregateItem>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| when.query_param("aggregate", item.to_string()),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("aggregate"))
            }
        }
        pub fn currency<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetChartDataCurrency>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn filters<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("filters", value.to_string()))
            } else {
                Self(self.0.query_param_missing("filters"))
            }
        }
        pub fn realtime<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("realtime", value.to_string()))
            } else {
                Self(self.0.query_param_missing("realtime"))
            }
        }
        pub fn resolution<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("resolution", value.to_string()))
            } else {
                Self(self.0.query_param_missing("resolution"))
            }
        }
        pub fn segment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("segment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("segment"))
            }
        }
        pub fn selectors<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("selectors", value.to_string()))
            } else {
                Self(self.0.query_param_missing("selectors"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::naive::NaiveDate>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetChartDataThen(::httpmock::Then);
    impl GetChartDataThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChartData) -> Self {
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
    pub struct GetChartOptionsWhen(::httpmock::When);
    impl GetChartOptionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/charts/[^/]*/options$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/charts/.*/options$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn chart_name(self, value: types::GetChartOptionsChartName) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/charts/{}/options$", ::regex::escape(& value
                        .to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn realtime<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("realtime", value.to_string()))
            } else {
                Self(self.0.query_param_missing("realtime"))
            }
        }
    }
    pub struct GetChartOptionsThen(::httpmock::Then);
    impl GetChartOptionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChartOptions) -> Self {
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
    pub struct ListCollaboratorsWhen(::httpmock::When);
    impl ListCollaboratorsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/collaborators$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/collaborators$", ::regex::escape(value)),
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
    pub struct ListCollaboratorsThen(::httpmock::Then);
    impl ListCollaboratorsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCollaborators) -> Self {
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
    pub struct ListEntitlementsWhen(::httpmock::When);
    impl ListEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListEntitlementsExpandItem>>>,
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
    pub struct ListEntitlementsThen(::httpmock::Then);
    impl ListEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlements) -> Self {
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
    pub struct CreateEntitlementWhen(::httpmock::When);
    impl CreateEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateEntitlementThen(::httpmock::Then);
    impl CreateEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Entitlement) -> Self {
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
    pub struct GetEntitlementWhen(::httpmock::When);
    impl GetEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/entitlements/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/entitlements/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetEntitlementExpandItem>>>,
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
    pub struct GetEntitlementThen(::httpmock::Then);
    impl GetEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Entitlement) -> Self {
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
    pub struct UpdateEntitlementWhen(::httpmock::When);
    impl UpdateEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/entitlements/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/entitlements/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateEntitlementThen(::httpmock::Then);
    impl UpdateEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Entitlement) -> Self {
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
    pub struct DeleteEntitlementWhen(::httpmock::When);
    impl DeleteEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/entitlements/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/entitlements/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteEntitlementThen(::httpmock::Then);
    impl DeleteEntitlementThen {
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
    pub struct AttachProductsToEntitlementWhen(::httpmock::When);
    impl AttachProductsToEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/entitlements/[^/]*/actions/attach_products$",
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
                        "^/projects/{}/entitlements/.*/actions/attach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/entitlements/{}/actions/attach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AttachProductsToEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AttachProductsToEntitlementThen(::httpmock::Then);
    impl AttachProductsToEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Entitlement) -> Self {
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
    pub struct DetachProductsFromEntitlementWhen(::httpmock::When);
    impl DetachProductsFromEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/entitlements/[^/]*/actions/detach_products$",
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
                        "^/projects/{}/entitlements/.*/actions/detach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/entitlements/{}/actions/detach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::DetachProductsFromEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DetachProductsFromEntitlementThen(::httpmock::Then);
    impl DetachProductsFromEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Entitlement) -> Self {
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
    pub struct GetProductsFromEntitlementWhen(::httpmock::When);
    impl GetProductsFromEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/entitlements/[^/]*/products$",
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
                        "^/projects/{}/entitlements/.*/products$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/entitlements/{}/products$", ::regex::escape(value)
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
    pub struct GetProductsFromEntitlementThen(::httpmock::Then);
    impl GetProductsFromEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProductsFromEntitlement) -> Self {
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
    pub struct ListWebhookIntegrationsWhen(::httpmock::When);
    impl ListWebhookIntegrationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations/webhooks$")
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
                        "^/projects/{}/integrations/webhooks$", ::regex::escape(value)
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
    pub struct ListWebhookIntegrationsThen(::httpmock::Then);
    impl ListWebhookIntegrationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWebhookIntegrations) -> Self {
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
    pub struct CreateWebhookIntegrationWhen(::httpmock::When);
    impl CreateWebhookIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations/webhooks$")
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
                        "^/projects/{}/integrations/webhooks$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateWebhookIntegrationInput) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateWebhookIntegrationThen(::httpmock::Then);
    impl CreateWebhookIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::WebhookIntegration) -> Self {
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
    pub struct GetWebhookIntegrationWhen(::httpmock::When);
    impl GetWebhookIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/webhooks/[^/]*$",
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
                        "^/projects/{}/integrations/webhooks/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn webhook_integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/webhooks/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetWebhookIntegrationThen(::httpmock::Then);
    impl GetWebhookIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebhookIntegration) -> Self {
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
    pub struct UpdateWebhookIntegrationWhen(::httpmock::When);
    impl UpdateWebhookIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/webhooks/[^/]*$",
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
                        "^/projects/{}/integrations/webhooks/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn webhook_integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/webhooks/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateWebhookIntegrationInput) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateWebhookIntegrationThen(::httpmock::Then);
    impl UpdateWebhookIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebhookIntegration) -> Self {
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
    pub struct DeleteWebhookIntegrationWhen(::httpmock::When);
    impl DeleteWebhookIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/webhooks/[^/]*$",
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
                        "^/projects/{}/integrations/webhooks/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn webhook_integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/webhooks/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteWebhookIntegrationThen(::httpmock::Then);
    impl DeleteWebhookIntegrationThen {
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
    pub struct GetOverviewMetricsWhen(::httpmock::When);
    impl GetOverviewMetricsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/metrics/overview$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/metrics/overview$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn currency<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetOverviewMetricsCurrency>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency"))
            }
        }
    }
    pub struct GetOverviewMetricsThen(::httpmock::Then);
    impl GetOverviewMetricsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OverviewMetrics) -> Self {
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
    pub struct ListOfferingsWhen(::httpmock::When);
    impl ListOfferingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/offerings$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListOfferingsExpandItem>>>,
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
    pub struct ListOfferingsThen(::httpmock::Then);
    impl ListOfferingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListOfferings) -> Self {
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
    pub struct CreateOfferingWhen(::httpmock::When);
    impl CreateOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/offerings$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateOfferingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOfferingThen(::httpmock::Then);
    impl CreateOfferingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Offering) -> Self {
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
    pub struct GetOfferingWhen(::httpmock::When);
    impl GetOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/offerings/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetOfferingExpandItem>>>,
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
    pub struct GetOfferingThen(::httpmock::Then);
    impl GetOfferingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Offering) -> Self {
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
    pub struct UpdateOfferingWhen(::httpmock::When);
    impl UpdateOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/offerings/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOfferingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateOfferingThen(::httpmock::Then);
    impl UpdateOfferingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Offering) -> Self {
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
    pub struct DeleteOfferingWhen(::httpmock::When);
    impl DeleteOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/offerings/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOfferingThen(::httpmock::Then);
    impl DeleteOfferingThen {
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
    pub struct ListPackagesWhen(::httpmock::When);
    impl ListPackagesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings/[^/]*/packages$")
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
                        "^/projects/{}/offerings/.*/packages$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/offerings/{}/packages$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListPackagesExpandItem>>>,
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
    pub struct ListPackagesThen(::httpmock::Then);
    impl ListPackagesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPackages) -> Self {
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
    pub struct CreatePackagesWhen(::httpmock::When);
    impl CreatePackagesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/offerings/[^/]*/packages$")
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
                        "^/projects/{}/offerings/.*/packages$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/offerings/{}/packages$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreatePackagesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePackagesThen(::httpmock::Then);
    impl CreatePackagesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Package) -> Self {
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
    pub struct GetPackageWhen(::httpmock::When);
    impl GetPackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/packages/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/packages/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/packages/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetPackageExpandItem>>>,
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
    pub struct GetPackageThen(::httpmock::Then);
    impl GetPackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Package) -> Self {
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
    pub struct UpdatePackageWhen(::httpmock::When);
    impl UpdatePackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/packages/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/packages/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/packages/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePackageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePackageThen(::httpmock::Then);
    impl UpdatePackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Package) -> Self {
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
    pub struct DeletePackageFromOfferingWhen(::httpmock::When);
    impl DeletePackageFromOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/packages/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/packages/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/packages/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeletePackageFromOfferingThen(::httpmock::Then);
    impl DeletePackageFromOfferingThen {
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
    pub struct AttachProductsToPackageWhen(::httpmock::When);
    impl AttachProductsToPackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/packages/[^/]*/actions/attach_products$",
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
                        "^/projects/{}/packages/.*/actions/attach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/packages/{}/actions/attach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AttachProductsToPackageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AttachProductsToPackageThen(::httpmock::Then);
    impl AttachProductsToPackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Package) -> Self {
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
    pub struct DetachProductsFromPackageWhen(::httpmock::When);
    impl DetachProductsFromPackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/packages/[^/]*/actions/detach_products$",
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
                        "^/projects/{}/packages/.*/actions/detach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/packages/{}/actions/detach_products$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::DetachProductsFromPackageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DetachProductsFromPackageThen(::httpmock::Then);
    impl DetachProductsFromPackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Package) -> Self {
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
    pub struct GetProductsFromPackageWhen(::httpmock::When);
    impl GetProductsFromPackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/packages/[^/]*/products$")
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
                        "^/projects/{}/packages/.*/products$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn package_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/packages/{}/products$", ::regex::escape(value)
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
    pub struct GetProductsFromPackageThen(::httpmock::Then);
    impl GetProductsFromPackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProductsFromPackage) -> Self {
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
    pub struct ListPaywallsWhen(::httpmock::When);
    impl ListPaywallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/paywalls$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/paywalls$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListPaywallsExpandItem>>>,
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
    pub struct ListPaywallsThen(::httpmock::Then);
    impl ListPaywallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPaywalls) -> Self {
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
    pub struct CreatePaywallWhen(::httpmock::When);
    impl CreatePaywallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/paywalls$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/paywalls$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreatePaywallRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePaywallThen(::httpmock::Then);
    impl CreatePaywallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Paywall) -> Self {
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
    pub struct GetPaywallWhen(::httpmock::When);
    impl GetPaywallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/paywalls/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/paywalls/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn paywall_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/paywalls/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetPaywallExpandItem>>>,
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
    pub struct GetPaywallThen(::httpmock::Then);
    impl GetPaywallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Paywall) -> Self {
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
    pub struct DeletePaywallWhen(::httpmock::When);
    impl DeletePaywallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/paywalls/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/paywalls/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn paywall_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/paywalls/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeletePaywallThen(::httpmock::Then);
    impl DeletePaywallThen {
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
    pub struct ListProductsWhen(::httpmock::When);
    impl ListProductsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/products$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/products$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn app_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("app_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("app_id"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListProductsExpandItem>>>,
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
    pub struct ListProductsThen(::httpmock::Then);
    impl ListProductsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListProducts) -> Self {
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
    pub struct CreateProductWhen(::httpmock::When);
    impl CreateProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/products$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/products$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateProductRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateProductThen(::httpmock::Then);
    impl CreateProductThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Product) -> Self {
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
    pub struct GetProductWhen(::httpmock::When);
    impl GetProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/products/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/products/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/products/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::GetProductExpandItem>>>,
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
    pub struct GetProductThen(::httpmock::Then);
    impl GetProductThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Product) -> Self {
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
    pub struct DeleteProductWhen(::httpmock::When);
    impl DeleteProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/products/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/products/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/products/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteProductThen(::httpmock::Then);
    impl DeleteProductThen {
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
    pub struct CreateProductInStoreWhen(::httpmock::When);
    impl CreateProductInStoreWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/products/[^/]*/create_in_store$",
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
                        "^/projects/{}/products/.*/create_in_store$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/products/{}/create_in_store$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateProductInStoreRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateProductInStoreThen(::httpmock::Then);
    impl CreateProductInStoreThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateProductInStoreResponse) -> Self {
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
    pub struct SearchPurchasesWhen(::httpmock::When);
    impl SearchPurchasesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/purchases$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/purchases$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn store_purchase_identifier(self, value: &str) -> Self {
            Self(self.0.query_param("store_purchase_identifier", value.to_string()))
        }
    }
    pub struct SearchPurchasesThen(::httpmock::Then);
    impl SearchPurchasesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPurchases) -> Self {
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
    pub struct GetPurchaseWhen(::httpmock::When);
    impl GetPurchaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/purchases/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/purchases/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn purchase_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/purchases/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPurchaseThen(::httpmock::Then);
    impl GetPurchaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Purchase) -> Self {
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
    pub struct RefundPurchaseWhen(::httpmock::When);
    impl RefundPurchaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/purchases/[^/]*/actions/refund$",
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
                        "^/projects/{}/purchases/.*/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn purchase_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/purchases/{}/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RefundPurchaseThen(::httpmock::Then);
    impl RefundPurchaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Purchase) -> Self {
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
    pub struct ListPurchaseEntitlementsWhen(::httpmock::When);
    impl ListPurchaseEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/purchases/[^/]*/entitlements$",
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
                        "^/projects/{}/purchases/.*/entitlements$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn purchase_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/purchases/{}/entitlements$",
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
    pub struct ListPurchaseEntitlementsThen(::httpmock::Then);
    impl ListPurchaseEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlements) -> Self {
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
    pub struct SearchSubscriptionsWhen(::httpmock::When);
    impl SearchSubscriptionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/subscriptions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/subscriptions$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn store_subscription_identifier(self, value: &str) -> Self {
            Self(self.0.query_param("store_subscription_identifier", value.to_string()))
        }
    }
    pub struct SearchSubscriptionsThen(::httpmock::Then);
    impl SearchSubscriptionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSubscriptions) -> Self {
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
    pub struct GetSubscriptionWhen(::httpmock::When);
    impl GetSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/subscriptions/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/subscriptions/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/subscriptions/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSubscriptionThen(::httpmock::Then);
    impl GetSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Subscription) -> Self {
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
    pub struct CancelSubscriptionWhen(::httpmock::When);
    impl CancelSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/actions/cancel$",
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
                        "^/projects/{}/subscriptions/.*/actions/cancel$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/actions/cancel$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CancelSubscriptionThen(::httpmock::Then);
    impl CancelSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Subscription) -> Self {
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
    pub struct RefundSubscriptionWhen(::httpmock::When);
    impl RefundSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/actions/refund$",
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
                        "^/projects/{}/subscriptions/.*/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RefundSubscriptionThen(::httpmock::Then);
    impl RefundSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Subscription) -> Self {
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
    pub struct GetAuthorizedSubscriptionManagementUrlWhen(::httpmock::When);
    impl GetAuthorizedSubscriptionManagementUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/authenticated_management_url$",
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
                        "^/projects/{}/subscriptions/.*/authenticated_management_url$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/authenticated_management_url$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAuthorizedSubscriptionManagementUrlThen(::httpmock::Then);
    impl GetAuthorizedSubscriptionManagementUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AuthenticatedManagementUrl) -> Self {
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
    pub struct ListSubscriptionEntitlementsWhen(::httpmock::When);
    impl ListSubscriptionEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/entitlements$",
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
                        "^/projects/{}/subscriptions/.*/entitlements$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/entitlements$",
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
    pub struct ListSubscriptionEntitlementsThen(::httpmock::Then);
    impl ListSubscriptionEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlements) -> Self {
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
    pub struct GetPlayStoreOrAppStoreSubscriptionTransactionsWhen(::httpmock::When);
    impl GetPlayStoreOrAppStoreSubscriptionTransactionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/transactions$",
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
                        "^/projects/{}/subscriptions/.*/transactions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/transactions$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPlayStoreOrAppStoreSubscriptionTransactionsThen(::httpmock::Then);
    impl GetPlayStoreOrAppStoreSubscriptionTransactionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSubscriptionTransaction) -> Self {
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
    pub struct RefundPlayStoreSubscriptionTransactionWhen(::httpmock::When);
    impl RefundPlayStoreSubscriptionTransactionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/subscriptions/[^/]*/transactions/[^/]*/actions/refund$",
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
                        "^/projects/{}/subscriptions/.*/transactions/.*/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/{}/transactions/.*/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn transaction_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/subscriptions/.*/transactions/{}/actions/refund$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RefundPlayStoreSubscriptionTransactionThen(::httpmock::Then);
    impl RefundPlayStoreSubscriptionTransactionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionTransaction) -> Self {
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
    pub struct ListVirtualCurrenciesWhen(::httpmock::When);
    impl ListVirtualCurrenciesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/virtual_currencies$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/virtual_currencies$", ::regex::escape(value)),
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
    pub struct ListVirtualCurrenciesThen(::httpmock::Then);
    impl ListVirtualCurrenciesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListVirtualCurrencies) -> Self {
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
    pub struct CreateVirtualCurrencyWhen(::httpmock::When);
    impl CreateVirtualCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/virtual_currencies$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/virtual_currencies$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateVirtualCurrencyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateVirtualCurrencyThen(::httpmock::Then);
    impl CreateVirtualCurrencyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::VirtualCurrency) -> Self {
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
    pub struct GetVirtualCurrencyWhen(::httpmock::When);
    impl GetVirtualCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/virtual_currencies/[^/]*$")
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
                        "^/projects/{}/virtual_currencies/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn virtual_currency_code(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/virtual_currencies/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetVirtualCurrencyThen(::httpmock::Then);
    impl GetVirtualCurrencyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VirtualCurrency) -> Self {
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
    pub struct UpdateVirtualCurrencyWhen(::httpmock::When);
    impl UpdateVirtualCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/virtual_currencies/[^/]*$")
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
                        "^/projects/{}/virtual_currencies/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn virtual_currency_code(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/virtual_currencies/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateVirtualCurrencyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateVirtualCurrencyThen(::httpmock::Then);
    impl UpdateVirtualCurrencyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VirtualCurrency) -> Self {
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
    pub struct DeleteVirtualCurrencyWhen(::httpmock::When);
    impl DeleteVirtualCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/virtual_currencies/[^/]*$")
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
                        "^/projects/{}/virtual_currencies/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn virtual_currency_code(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/virtual_currencies/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteVirtualCurrencyThen(::httpmock::Then);
    impl DeleteVirtualCurrencyThen {
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
    fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
    fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
    fn list_apps<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAppsWhen, operations::ListAppsThen);
    fn create_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAppWhen, operations::CreateAppThen);
    fn get_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAppWhen, operations::GetAppThen);
    fn update_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAppWhen, operations::UpdateAppThen);
    fn delete_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAppWhen, operations::DeleteAppThen);
    fn list_app_public_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAppPublicApiKeysWhen,
            operations::ListAppPublicApiKeysThen,
        );
    fn get_app_storekit_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAppStorekitConfigWhen,
            operations::GetAppStorekitConfigThen,
        );
    fn list_audit_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAuditLogsWhen, operations::ListAuditLogsThen);
    fn get_chart_data<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetChartDataWhen, operations::GetChartDataThen);
    fn get_chart_options<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetChartOptionsWhen, operations::GetChartOptionsThen);
    fn list_collaborators<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCollaboratorsWhen, operations::ListCollaboratorsThen);
    fn list_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListEntitlementsWhen, operations::ListEntitlementsThen);
    fn create_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateEntitlementWhen, operations::CreateEntitlementThen);
    fn get_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetEntitlementWhen, operations::GetEntitlementThen);
    fn update_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateEntitlementWhen, operations::UpdateEntitlementThen);
    fn delete_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteEntitlementWhen, operations::DeleteEntitlementThen);
    fn attach_products_to_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachProductsToEntitlementWhen,
            operations::AttachProductsToEntitlementThen,
        );
    fn detach_products_from_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachProductsFromEntitlementWhen,
            operations::DetachProductsFromEntitlementThen,
        );
    fn get_products_from_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetProductsFromEntitlementWhen,
            operations::GetProductsFromEntitlementThen,
        );
    fn list_webhook_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWebhookIntegrationsWhen,
            operations::ListWebhookIntegrationsThen,
        );
    fn create_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateWebhookIntegrationWhen,
            operations::CreateWebhookIntegrationThen,
        );
    fn get_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWebhookIntegrationWhen,
            operations::GetWebhookIntegrationThen,
        );
    fn update_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateWebhookIntegrationWhen,
            operations::UpdateWebhookIntegrationThen,
        );
    fn delete_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteWebhookIntegrationWhen,
            operations::DeleteWebhookIntegrationThen,
        );
    fn get_overview_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOverviewMetricsWhen,
            operations::GetOverviewMetricsThen,
        );
    fn list_offerings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOfferingsWhen, operations::ListOfferingsThen);
    fn create_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOfferingWhen, operations::CreateOfferingThen);
    fn get_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOfferingWhen, operations::GetOfferingThen);
    fn update_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateOfferingWhen, operations::UpdateOfferingThen);
    fn delete_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOfferingWhen, operations::DeleteOfferingThen);
    fn list_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPackagesWhen, operations::ListPackagesThen);
    fn create_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePackagesWhen, operations::CreatePackagesThen);
    fn get_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPackageWhen, operations::GetPackageThen);
    fn update_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePackageWhen, operations::UpdatePackageThen);
    fn delete_package_from_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeletePackageFromOfferingWhen,
            operations::DeletePackageFromOfferingThen,
        );
    fn attach_products_to_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachProductsToPackageWhen,
            operations::AttachProductsToPackageThen,
        );
    fn detach_products_from_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachProductsFromPackageWhen,
            operations::DetachProductsFromPackageThen,
        );
    fn get_products_from_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetProductsFromPackageWhen,
            operations::GetProductsFromPackageThen,
        );
    fn list_paywalls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPaywallsWhen, operations::ListPaywallsThen);
    fn create_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePaywallWhen, operations::CreatePaywallThen);
    fn get_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaywallWhen, operations::GetPaywallThen);
    fn delete_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePaywallWhen, operations::DeletePaywallThen);
    fn list_products<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProductsWhen, operations::ListProductsThen);
    fn create_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProductWhen, operations::CreateProductThen);
    fn get_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProductWhen, operations::GetProductThen);
    fn delete_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteProductWhen, operations::DeleteProductThen);
    fn create_product_in_store<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateProductInStoreWhen,
            operations::CreateProductInStoreThen,
        );
    fn search_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchPurchasesWhen, operations::SearchPurchasesThen);
    fn get_purchase<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPurchaseWhen, operations::GetPurchaseThen);
    fn refund_purchase<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundPurchaseWhen, operations::RefundPurchaseThen);
    fn list_purchase_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListPurchaseEntitlementsWhen,
            operations::ListPurchaseEntitlementsThen,
        );
    fn search_subscriptions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchSubscriptionsWhen,
            operations::SearchSubscriptionsThen,
        );
    fn get_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSubscriptionWhen, operations::GetSubscriptionThen);
    fn cancel_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelSubscriptionWhen,
            operations::CancelSubscriptionThen,
        );
    fn refund_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RefundSubscriptionWhen,
            operations::RefundSubscriptionThen,
        );
    fn get_authorized_subscription_management_url<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAuthorizedSubscriptionManagementUrlWhen,
            operations::GetAuthorizedSubscriptionManagementUrlThen,
        );
    fn list_subscription_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListSubscriptionEntitlementsWhen,
            operations::ListSubscriptionEntitlementsThen,
        );
    fn get_play_store_or_app_store_subscription_transactions<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlayStoreOrAppStoreSubscriptionTransactionsWhen,
            operations::GetPlayStoreOrAppStoreSubscriptionTransactionsThen,
        );
    fn refund_play_store_subscription_transaction<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RefundPlayStoreSubscriptionTransactionWhen,
            operations::RefundPlayStoreSubscriptionTransactionThen,
        );
    fn list_virtual_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualCurrenciesWhen,
            operations::ListVirtualCurrenciesThen,
        );
    fn create_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualCurrencyWhen,
            operations::CreateVirtualCurrencyThen,
        );
    fn get_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualCurrencyWhen,
            operations::GetVirtualCurrencyThen,
        );
    fn update_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualCurrencyWhen,
            operations::UpdateVirtualCurrencyThen,
        );
    fn delete_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualCurrencyWhen,
            operations::DeleteVirtualCurrencyThen,
        );
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
    fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProjectsWhen::new(when),
                operations::ListProjectsThen::new(then),
            )
        })
    }
    fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateProjectWhen::new(when),
                operations::CreateProjectThen::new(then),
            )
        })
    }
    fn list_apps<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAppsWhen, operations::ListAppsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAppsWhen::new(when),
                operations::ListAppsThen::new(then),
            )
        })
    }
    fn create_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAppWhen, operations::CreateAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAppWhen::new(when),
                operations::CreateAppThen::new(then),
            )
        })
    }
    fn get_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAppWhen, operations::GetAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAppWhen::new(when),
                operations::GetAppThen::new(then),
            )
        })
    }
    fn update_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAppWhen, operations::UpdateAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateAppWhen::new(when),
                operations::UpdateAppThen::new(then),
            )
        })
    }
    fn delete_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAppWhen, operations::DeleteAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAppWhen::new(when),
                operations::DeleteAppThen::new(then),
            )
        })
    }
    fn list_app_public_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAppPublicApiKeysWhen,
            operations::ListAppPublicApiKeysThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAppPublicApiKeysWhen::new(when),
                operations::ListAppPublicApiKeysThen::new(then),
            )
        })
    }
    fn get_app_storekit_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAppStorekitConfigWhen,
            operations::GetAppStorekitConfigThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAppStorekitConfigWhen::new(when),
                operations::GetAppStorekitConfigThen::new(then),
            )
        })
    }
    fn list_audit_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAuditLogsWhen, operations::ListAuditLogsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAuditLogsWhen::new(when),
                operations::ListAuditLogsThen::new(then),
            )
        })
    }
    fn get_chart_data<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetChartDataWhen, operations::GetChartDataThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetChartDataWhen::new(when),
                operations::GetChartDataThen::new(then),
            )
        })
    }
    fn get_chart_options<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetChartOptionsWhen, operations::GetChartOptionsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetChartOptionsWhen::new(when),
                operations::GetChartOptionsThen::new(then),
            )
        })
    }
    fn list_collaborators<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCollaboratorsWhen, operations::ListCollaboratorsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCollaboratorsWhen::new(when),
                operations::ListCollaboratorsThen::new(then),
            )
        })
    }
    fn list_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListEntitlementsWhen, operations::ListEntitlementsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListEntitlementsWhen::new(when),
                operations::ListEntitlementsThen::new(then),
            )
        })
    }
    fn create_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateEntitlementWhen, operations::CreateEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateEntitlementWhen::new(when),
                operations::CreateEntitlementThen::new(then),
            )
        })
    }
    fn get_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetEntitlementWhen, operations::GetEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetEntitlementWhen::new(when),
                operations::GetEntitlementThen::new(then),
            )
        })
    }
    fn update_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateEntitlementWhen, operations::UpdateEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateEntitlementWhen::new(when),
                operations::UpdateEntitlementThen::new(then),
            )
        })
    }
    fn delete_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteEntitlementWhen, operations::DeleteEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteEntitlementWhen::new(when),
                operations::DeleteEntitlementThen::new(then),
            )
        })
    }
    fn attach_products_to_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachProductsToEntitlementWhen,
            operations::AttachProductsToEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AttachProductsToEntitlementWhen::new(when),
                operations::AttachProductsToEntitlementThen::new(then),
            )
        })
    }
    fn detach_products_from_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachProductsFromEntitlementWhen,
            operations::DetachProductsFromEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DetachProductsFromEntitlementWhen::new(when),
                operations::DetachProductsFromEntitlementThen::new(then),
            )
        })
    }
    fn get_products_from_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetProductsFromEntitlementWhen,
            operations::GetProductsFromEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetProductsFromEntitlementWhen::new(when),
                operations::GetProductsFromEntitlementThen::new(then),
            )
        })
    }
    fn list_webhook_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWebhookIntegrationsWhen,
            operations::ListWebhookIntegrationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListWebhookIntegrationsWhen::new(when),
                operations::ListWebhookIntegrationsThen::new(then),
            )
        })
    }
    fn create_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateWebhookIntegrationWhen,
            operations::CreateWebhookIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateWebhookIntegrationWhen::new(when),
                operations::CreateWebhookIntegrationThen::new(then),
            )
        })
    }
    fn get_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWebhookIntegrationWhen,
            operations::GetWebhookIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWebhookIntegrationWhen::new(when),
                operations::GetWebhookIntegrationThen::new(then),
            )
        })
    }
    fn update_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateWebhookIntegrationWhen,
            operations::UpdateWebhookIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateWebhookIntegrationWhen::new(when),
                operations::UpdateWebhookIntegrationThen::new(then),
            )
        })
    }
    fn delete_webhook_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteWebhookIntegrationWhen,
            operations::DeleteWebhookIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteWebhookIntegrationWhen::new(when),
                operations::DeleteWebhookIntegrationThen::new(then),
            )
        })
    }
    fn get_overview_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOverviewMetricsWhen,
            operations::GetOverviewMetricsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOverviewMetricsWhen::new(when),
                operations::GetOverviewMetricsThen::new(then),
            )
        })
    }
    fn list_offerings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOfferingsWhen, operations::ListOfferingsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOfferingsWhen::new(when),
                operations::ListOfferingsThen::new(then),
            )
        })
    }
    fn create_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOfferingWhen, operations::CreateOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOfferingWhen::new(when),
                operations::CreateOfferingThen::new(then),
            )
        })
    }
    fn get_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOfferingWhen, operations::GetOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOfferingWhen::new(when),
                operations::GetOfferingThen::new(then),
            )
        })
    }
    fn update_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateOfferingWhen, operations::UpdateOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateOfferingWhen::new(when),
                operations::UpdateOfferingThen::new(then),
            )
        })
    }
    fn delete_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOfferingWhen, operations::DeleteOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOfferingWhen::new(when),
                operations::DeleteOfferingThen::new(then),
            )
        })
    }
    fn list_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPackagesWhen, operations::ListPackagesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPackagesWhen::new(when),
                operations::ListPackagesThen::new(then),
            )
        })
    }
    fn create_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePackagesWhen, operations::CreatePackagesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePackagesWhen::new(when),
                operations::CreatePackagesThen::new(then),
            )
        })
    }
    fn get_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPackageWhen, operations::GetPackageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPackageWhen::new(when),
                operations::GetPackageThen::new(then),
            )
        })
    }
    fn update_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePackageWhen, operations::UpdatePackageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePackageWhen::new(when),
                operations::UpdatePackageThen::new(then),
            )
        })
    }
    fn delete_package_from_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeletePackageFromOfferingWhen,
            operations::DeletePackageFromOfferingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePackageFromOfferingWhen::new(when),
                operations::DeletePackageFromOfferingThen::new(then),
            )
        })
    }
    fn attach_products_to_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachProductsToPackageWhen,
            operations::AttachProductsToPackageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AttachProductsToPackageWhen::new(when),
                operations::AttachProductsToPackageThen::new(then),
            )
        })
    }
    fn detach_products_from_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachProductsFromPackageWhen,
            operations::DetachProductsFromPackageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DetachProductsFromPackageWhen::new(when),
                operations::DetachProductsFromPackageThen::new(then),
            )
        })
    }
    fn get_products_from_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetProductsFromPackageWhen,
            operations::GetProductsFromPackageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetProductsFromPackageWhen::new(when),
                operations::GetProductsFromPackageThen::new(then),
            )
        })
    }
    fn list_paywalls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPaywallsWhen, operations::ListPaywallsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPaywallsWhen::new(when),
                operations::ListPaywallsThen::new(then),
            )
        })
    }
    fn create_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePaywallWhen, operations::CreatePaywallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePaywallWhen::new(when),
                operations::CreatePaywallThen::new(then),
            )
        })
    }
    fn get_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaywallWhen, operations::GetPaywallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPaywallWhen::new(when),
                operations::GetPaywallThen::new(then),
            )
        })
    }
    fn delete_paywall<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePaywallWhen, operations::DeletePaywallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePaywallWhen::new(when),
                operations::DeletePaywallThen::new(then),
            )
        })
    }
    fn list_products<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProductsWhen, operations::ListProductsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProductsWhen::new(when),
                operations::ListProductsThen::new(then),
            )
        })
    }
    fn create_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProductWhen, operations::CreateProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateProductWhen::new(when),
                operations::CreateProductThen::new(then),
            )
        })
    }
    fn get_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProductWhen, operations::GetProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetProductWhen::new(when),
                operations::GetProductThen::new(then),
            )
        })
    }
    fn delete_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteProductWhen, operations::DeleteProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteProductWhen::new(when),
                operations::DeleteProductThen::new(then),
            )
        })
    }
    fn create_product_in_store<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateProductInStoreWhen,
            operations::CreateProductInStoreThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateProductInStoreWhen::new(when),
                operations::CreateProductInStoreThen::new(then),
            )
        })
    }
    fn search_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchPurchasesWhen, operations::SearchPurchasesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchPurchasesWhen::new(when),
                operations::SearchPurchasesThen::new(then),
            )
        })
    }
    fn get_purchase<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPurchaseWhen, operations::GetPurchaseThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPurchaseWhen::new(when),
                operations::GetPurchaseThen::new(then),
            )
        })
    }
    fn refund_purchase<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundPurchaseWhen, operations::RefundPurchaseThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefundPurchaseWhen::new(when),
                operations::RefundPurchaseThen::new(then),
            )
        })
    }
    fn list_purchase_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListPurchaseEntitlementsWhen,
            operations::ListPurchaseEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPurchaseEntitlementsWhen::new(when),
                operations::ListPurchaseEntitlementsThen::new(then),
            )
        })
    }
    fn search_subscriptions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchSubscriptionsWhen,
            operations::SearchSubscriptionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchSubscriptionsWhen::new(when),
                operations::SearchSubscriptionsThen::new(then),
            )
        })
    }
    fn get_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSubscriptionWhen, operations::GetSubscriptionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionWhen::new(when),
                operations::GetSubscriptionThen::new(then),
            )
        })
    }
    fn cancel_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelSubscriptionWhen,
            operations::CancelSubscriptionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelSubscriptionWhen::new(when),
                operations::CancelSubscriptionThen::new(then),
            )
        })
    }
    fn refund_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RefundSubscriptionWhen,
            operations::RefundSubscriptionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefundSubscriptionWhen::new(when),
                operations::RefundSubscriptionThen::new(then),
            )
        })
    }
    fn get_authorized_subscription_management_url<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAuthorizedSubscriptionManagementUrlWhen,
            operations::GetAuthorizedSubscriptionManagementUrlThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAuthorizedSubscriptionManagementUrlWhen::new(when),
                operations::GetAuthorizedSubscriptionManagementUrlThen::new(then),
            )
        })
    }
    fn list_subscription_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListSubscriptionEntitlementsWhen,
            operations::ListSubscriptionEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListSubscriptionEntitlementsWhen::new(when),
                operations::ListSubscriptionEntitlementsThen::new(then),
            )
        })
    }
    fn get_play_store_or_app_store_subscription_transactions<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlayStoreOrAppStoreSubscriptionTransactionsWhen,
            operations::GetPlayStoreOrAppStoreSubscriptionTransactionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPlayStoreOrAppStoreSubscriptionTransactionsWhen::new(
                    when,
                ),
                operations::GetPlayStoreOrAppStoreSubscriptionTransactionsThen::new(then),
            )
        })
    }
    fn refund_play_store_subscription_transaction<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RefundPlayStoreSubscriptionTransactionWhen,
            operations::RefundPlayStoreSubscriptionTransactionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefundPlayStoreSubscriptionTransactionWhen::new(when),
                operations::RefundPlayStoreSubscriptionTransactionThen::new(then),
            )
        })
    }
    fn list_virtual_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualCurrenciesWhen,
            operations::ListVirtualCurrenciesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualCurrenciesWhen::new(when),
                operations::ListVirtualCurrenciesThen::new(then),
            )
        })
    }
    fn create_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualCurrencyWhen,
            operations::CreateVirtualCurrencyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateVirtualCurrencyWhen::new(when),
                operations::CreateVirtualCurrencyThen::new(then),
            )
        })
    }
    fn get_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualCurrencyWhen,
            operations::GetVirtualCurrencyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualCurrencyWhen::new(when),
                operations::GetVirtualCurrencyThen::new(then),
            )
        })
    }
    fn update_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualCurrencyWhen,
            operations::UpdateVirtualCurrencyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateVirtualCurrencyWhen::new(when),
                operations::UpdateVirtualCurrencyThen::new(then),
            )
        })
    }
    fn delete_virtual_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualCurrencyWhen,
            operations::DeleteVirtualCurrencyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteVirtualCurrencyWhen::new(when),
                operations::DeleteVirtualCurrencyThen::new(then),
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
