// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 a69e708128ae5fbe3b43fde30759aa07de425a7876434b173451df3efe9ecf6a).
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
    pub struct V4CreateUserWhen(::httpmock::When);
    impl V4CreateUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/users$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn body(self, value: &types::CreateUserRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateUserThen(::httpmock::Then);
    impl V4CreateUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::User) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetUserWhen(::httpmock::When);
    impl V4GetUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/users/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/users/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetUserThen(::httpmock::Then);
    impl V4GetUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::User) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListUserPropertiesWhen(::httpmock::When);
    impl V4ListUserPropertiesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/users/[^/]*/properties$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/properties$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4ListUserPropertiesThen(::httpmock::Then);
    impl V4ListUserPropertiesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserPropertyList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4SetUserPropertiesWhen(::httpmock::When);
    impl V4SetUserPropertiesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/users/[^/]*/properties$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/properties$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
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
        pub fn body(self, value: &types::SetPropertiesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4SetUserPropertiesThen(::httpmock::Then);
    impl V4SetUserPropertiesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserPropertiesSetResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateIdentityWhen(::httpmock::When);
    impl V4CreateIdentityWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/identities$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn body(self, value: &types::CreateIdentityRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateIdentityThen(::httpmock::Then);
    impl V4CreateIdentityThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Identity) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetIdentityWhen(::httpmock::When);
    impl V4GetIdentityWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/identities/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn identity_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/identities/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetIdentityThen(::httpmock::Then);
    impl V4GetIdentityThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Identity) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListEntitlementsWhen(::httpmock::When);
    impl V4ListEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/entitlements$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListEntitlementsThen(::httpmock::Then);
    impl V4ListEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EntitlementList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetEntitlementWhen(::httpmock::When);
    impl V4GetEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/entitlements/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetEntitlementThen(::httpmock::Then);
    impl V4GetEntitlementThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteEntitlementWhen(::httpmock::When);
    impl V4DeleteEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/entitlements/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteEntitlementThen(::httpmock::Then);
    impl V4DeleteEntitlementThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateEntitlementWhen(::httpmock::When);
    impl V4UpdateEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/entitlements/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateEntitlementThen(::httpmock::Then);
    impl V4UpdateEntitlementThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListUserEntitlementsWhen(::httpmock::When);
    impl V4ListUserEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/users/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4ListUserEntitlementsThen(::httpmock::Then);
    impl V4ListUserEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserEntitlementList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GrantUserEntitlementWhen(::httpmock::When);
    impl V4GrantUserEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/users/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::GrantEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4GrantUserEntitlementThen(::httpmock::Then);
    impl V4GrantUserEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserEntitlement) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4RevokeUserEntitlementWhen(::httpmock::When);
    impl V4RevokeUserEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/users/[^/]*/entitlements/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/entitlements/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn entitlement_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/.*/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4RevokeUserEntitlementThen(::httpmock::Then);
    impl V4RevokeUserEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListUserPurchasesWhen(::httpmock::When);
    impl V4ListUserPurchasesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/users/[^/]*/purchases$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/purchases$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn filter_platform<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[platform]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[platform]"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListUserPurchasesThen(::httpmock::Then);
    impl V4ListUserPurchasesThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListProductsWhen(::httpmock::When);
    impl V4ListProductsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/products$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn filter_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[type]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[type]"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListProductsThen(::httpmock::Then);
    impl V4ListProductsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProductList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateProductWhen(::httpmock::When);
    impl V4CreateProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/products$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateProductRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateProductThen(::httpmock::Then);
    impl V4CreateProductThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetProductWhen(::httpmock::When);
    impl V4GetProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/products/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/products/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetProductThen(::httpmock::Then);
    impl V4GetProductThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteProductWhen(::httpmock::When);
    impl V4DeleteProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/products/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/products/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteProductThen(::httpmock::Then);
    impl V4DeleteProductThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateProductWhen(::httpmock::When);
    impl V4UpdateProductWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/products/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/products/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateProductThen(::httpmock::Then);
    impl V4UpdateProductThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListOfferingsWhen(::httpmock::When);
    impl V4ListOfferingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/offerings$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListOfferingsThen(::httpmock::Then);
    impl V4ListOfferingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OfferingList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateOfferingWhen(::httpmock::When);
    impl V4CreateOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/offerings$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateOfferingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateOfferingThen(::httpmock::Then);
    impl V4CreateOfferingThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetOfferingWhen(::httpmock::When);
    impl V4GetOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/offerings/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetOfferingThen(::httpmock::Then);
    impl V4GetOfferingThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteOfferingWhen(::httpmock::When);
    impl V4DeleteOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/offerings/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteOfferingThen(::httpmock::Then);
    impl V4DeleteOfferingThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateOfferingWhen(::httpmock::When);
    impl V4UpdateOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/offerings/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/offerings/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOfferingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateOfferingThen(::httpmock::Then);
    impl V4UpdateOfferingThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4SetMainOfferingWhen(::httpmock::When);
    impl V4SetMainOfferingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/offerings/[^/]*/set-main$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn offering_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/offerings/{}/set-main$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
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
    }
    pub struct V4SetMainOfferingThen(::httpmock::Then);
    impl V4SetMainOfferingThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListRemoteConfigurationsWhen(::httpmock::When);
    impl V4ListRemoteConfigurationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/remote-configurations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListRemoteConfigurationsThen(::httpmock::Then);
    impl V4ListRemoteConfigurationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RemoteConfigurationList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateRemoteConfigurationWhen(::httpmock::When);
    impl V4CreateRemoteConfigurationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/remote-configurations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateRemoteConfigurationThen(::httpmock::Then);
    impl V4CreateRemoteConfigurationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetRemoteConfigurationWhen(::httpmock::When);
    impl V4GetRemoteConfigurationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/remote-configurations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetRemoteConfigurationThen(::httpmock::Then);
    impl V4GetRemoteConfigurationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ReplaceRemoteConfigurationWhen(::httpmock::When);
    impl V4ReplaceRemoteConfigurationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/remote-configurations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4ReplaceRemoteConfigurationThen(::httpmock::Then);
    impl V4ReplaceRemoteConfigurationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteRemoteConfigurationWhen(::httpmock::When);
    impl V4DeleteRemoteConfigurationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/remote-configurations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteRemoteConfigurationThen(::httpmock::Then);
    impl V4DeleteRemoteConfigurationThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ChangeRemoteConfigurationStatusWhen(::httpmock::When);
    impl V4ChangeRemoteConfigurationStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*/status$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/{}/status$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4ChangeRemoteConfigurationStatusThen(::httpmock::Then);
    impl V4ChangeRemoteConfigurationStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetRemoteConfigurationPayloadMappingWhen(::httpmock::When);
    impl V4GetRemoteConfigurationPayloadMappingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/remote-configurations/[^/]*/payload-mapping$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/{}/payload-mapping$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetRemoteConfigurationPayloadMappingThen(::httpmock::Then);
    impl V4GetRemoteConfigurationPayloadMappingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4SetRemoteConfigurationPayloadMappingWhen(::httpmock::When);
    impl V4SetRemoteConfigurationPayloadMappingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/remote-configurations/[^/]*/payload-mapping$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/{}/payload-mapping$",
                        ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4SetRemoteConfigurationPayloadMappingThen(::httpmock::Then);
    impl V4SetRemoteConfigurationPayloadMappingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4AttachRemoteConfigurationUserWhen(::httpmock::When);
    impl V4AttachRemoteConfigurationUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*/users/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/{}/users/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/.*/users/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4AttachRemoteConfigurationUserThen(::httpmock::Then);
    impl V4AttachRemoteConfigurationUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DetachRemoteConfigurationUserWhen(::httpmock::When);
    impl V4DetachRemoteConfigurationUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/remote-configurations/[^/]*/users/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn config_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/{}/users/.*$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/remote-configurations/.*/users/{}$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DetachRemoteConfigurationUserThen(::httpmock::Then);
    impl V4DetachRemoteConfigurationUserThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListCustomersWhen(::httpmock::When);
    impl V4ListCustomersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn environment<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn filter_status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[status][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[status][]"))
            }
        }
        pub fn filter_target_platform<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param("filter[target_platform][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[target_platform][]"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
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
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort_by", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn sort_order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::SortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort_order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort_order"))
            }
        }
    }
    pub struct V4ListCustomersThen(::httpmock::Then);
    impl V4ListCustomersThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetCustomerMetricsWhen(::httpmock::When);
    impl V4GetCustomerMetricsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers/metrics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn filter_status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when.query_param("filter[status][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[status][]"))
            }
        }
        pub fn filter_target_platform<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| {
                                when
                                    .query_param("filter[target_platform][]", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("filter[target_platform][]"))
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
    }
    pub struct V4GetCustomerMetricsThen(::httpmock::Then);
    impl V4GetCustomerMetricsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerMetrics) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetCustomerWhen(::httpmock::When);
    impl V4GetCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetCustomerThen(::httpmock::Then);
    impl V4GetCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteCustomerWhen(::httpmock::When);
    impl V4DeleteCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/customers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteCustomerThen(::httpmock::Then);
    impl V4DeleteCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListCustomerPermissionsWhen(::httpmock::When);
    impl V4ListCustomerPermissionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/permissions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/permissions$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4ListCustomerPermissionsThen(::httpmock::Then);
    impl V4ListCustomerPermissionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerPermissionList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GrantCustomerPermissionWhen(::httpmock::When);
    impl V4GrantCustomerPermissionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/permissions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/permissions$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::GrantPermissionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4GrantCustomerPermissionThen(::httpmock::Then);
    impl V4GrantCustomerPermissionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CustomerPermissionGrant) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4RevokeCustomerPermissionWhen(::httpmock::When);
    impl V4RevokeCustomerPermissionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/permissions/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/permissions/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn permission_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/.*/permissions/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4RevokeCustomerPermissionThen(::httpmock::Then);
    impl V4RevokeCustomerPermissionThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4SetCustomerPropertiesWhen(::httpmock::When);
    impl V4SetCustomerPropertiesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/properties$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/properties$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SetPropertiesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4SetCustomerPropertiesThen(::httpmock::Then);
    impl V4SetCustomerPropertiesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerPropertiesResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListSegmentsWhen(::httpmock::When);
    impl V4ListSegmentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/segments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListSegmentsThen(::httpmock::Then);
    impl V4ListSegmentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SegmentList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateSegmentWhen(::httpmock::When);
    impl V4CreateSegmentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/segments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn body(self, value: &types::CreateSegmentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateSegmentThen(::httpmock::Then);
    impl V4CreateSegmentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Segment) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListSystemSegmentsWhen(::httpmock::When);
    impl V4ListSystemSegmentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/segments/system$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4ListSystemSegmentsThen(::httpmock::Then);
    impl V4ListSystemSegmentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SegmentList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetSegmentWhen(::httpmock::When);
    impl V4GetSegmentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/segments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn segment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/segments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetSegmentThen(::httpmock::Then);
    impl V4GetSegmentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Segment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateSegmentWhen(::httpmock::When);
    impl V4UpdateSegmentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/segments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn segment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/segments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateSegmentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateSegmentThen(::httpmock::Then);
    impl V4UpdateSegmentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Segment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteSegmentWhen(::httpmock::When);
    impl V4DeleteSegmentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/segments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn segment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/segments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteSegmentThen(::httpmock::Then);
    impl V4DeleteSegmentThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListExperimentsWhen(::httpmock::When);
    impl V4ListExperimentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/experiments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4ListExperimentsThen(::httpmock::Then);
    impl V4ListExperimentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ExperimentList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateExperimentWhen(::httpmock::When);
    impl V4CreateExperimentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/experiments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateExperimentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateExperimentThen(::httpmock::Then);
    impl V4CreateExperimentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Experiment) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetExperimentsSummaryWhen(::httpmock::When);
    impl V4GetExperimentsSummaryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/experiments/summary$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetExperimentsSummaryThen(::httpmock::Then);
    impl V4GetExperimentsSummaryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetExperimentWhen(::httpmock::When);
    impl V4GetExperimentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/experiments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetExperimentThen(::httpmock::Then);
    impl V4GetExperimentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Experiment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteExperimentWhen(::httpmock::When);
    impl V4DeleteExperimentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/experiments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteExperimentThen(::httpmock::Then);
    impl V4DeleteExperimentThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateExperimentWhen(::httpmock::When);
    impl V4UpdateExperimentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/experiments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateExperimentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateExperimentThen(::httpmock::Then);
    impl V4UpdateExperimentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Experiment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListExperimentGroupsWhen(::httpmock::When);
    impl V4ListExperimentGroupsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/groups$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/groups$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4ListExperimentGroupsThen(::httpmock::Then);
    impl V4ListExperimentGroupsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ExperimentGroupList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateExperimentGroupWhen(::httpmock::When);
    impl V4CreateExperimentGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/groups$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/groups$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateExperimentGroupRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateExperimentGroupThen(::httpmock::Then);
    impl V4CreateExperimentGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ExperimentGroup) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteExperimentGroupWhen(::httpmock::When);
    impl V4DeleteExperimentGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/groups/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/groups/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn group_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/.*/groups/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteExperimentGroupThen(::httpmock::Then);
    impl V4DeleteExperimentGroupThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateExperimentGroupWhen(::httpmock::When);
    impl V4UpdateExperimentGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/groups/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/groups/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn group_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/.*/groups/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UndocumentedBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateExperimentGroupThen(::httpmock::Then);
    impl V4UpdateExperimentGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ChangeExperimentStatusWhen(::httpmock::When);
    impl V4ChangeExperimentStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/status$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/status$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ChangeExperimentStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4ChangeExperimentStatusThen(::httpmock::Then);
    impl V4ChangeExperimentStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Experiment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4AttachExperimentUserWhen(::httpmock::When);
    impl V4AttachExperimentUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/users/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/users/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/.*/users/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AttachExperimentUserRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4AttachExperimentUserThen(::httpmock::Then);
    impl V4AttachExperimentUserThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DetachExperimentUserWhen(::httpmock::When);
    impl V4DetachExperimentUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/experiments/[^/]*/users/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn experiment_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/{}/users/.*$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn user_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/experiments/.*/users/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DetachExperimentUserThen(::httpmock::Then);
    impl V4DetachExperimentUserThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListScreensWhen(::httpmock::When);
    impl V4ListScreensWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/screens$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListScreensThen(::httpmock::Then);
    impl V4ListScreensThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScreenList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateScreenWhen(::httpmock::When);
    impl V4CreateScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/screens$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ScreenNameRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateScreenThen(::httpmock::Then);
    impl V4CreateScreenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Screen) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetScreensAnalyticsOverviewWhen(::httpmock::When);
    impl V4GetScreensAnalyticsOverviewWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/screens/analytics/overview$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetScreensAnalyticsOverviewThen(::httpmock::Then);
    impl V4GetScreensAnalyticsOverviewThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetScreenWhen(::httpmock::When);
    impl V4GetScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/screens/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/screens/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn render<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("render", value.to_string()))
            } else {
                Self(self.0.query_param_missing("render"))
            }
        }
    }
    pub struct V4GetScreenThen(::httpmock::Then);
    impl V4GetScreenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Screen) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateScreenWhen(::httpmock::When);
    impl V4UpdateScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/screens/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/screens/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ScreenNameRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateScreenThen(::httpmock::Then);
    impl V4UpdateScreenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Screen) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteScreenWhen(::httpmock::When);
    impl V4DeleteScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/screens/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/screens/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteScreenThen(::httpmock::Then);
    impl V4DeleteScreenThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetScreenAnalyticsWhen(::httpmock::When);
    impl V4GetScreenAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/screens/[^/]*/analytics$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/screens/{}/analytics$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetScreenAnalyticsThen(::httpmock::Then);
    impl V4GetScreenAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CopyScreenWhen(::httpmock::When);
    impl V4CopyScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/screens/[^/]*/copy$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/screens/{}/copy$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4CopyScreenThen(::httpmock::Then);
    impl V4CopyScreenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Screen) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4PublishScreenWhen(::httpmock::When);
    impl V4PublishScreenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/screens/[^/]*/publish$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn screen_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/screens/{}/publish$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4PublishScreenThen(::httpmock::Then);
    impl V4PublishScreenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsCardWhen(::httpmock::When);
    impl V4GetAnalyticsCardWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/cards/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn card_code(self, value: types::AnalyticsCardCode) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/analytics/cards/{}$", ::regex::escape(& value.to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn currency<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency"))
            }
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn from<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from"))
            }
        }
        pub fn max_series<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("max_series", value.to_string()))
            } else {
                Self(self.0.query_param_missing("max_series"))
            }
        }
        pub fn segmentation<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("segmentation", value.to_string()))
            } else {
                Self(self.0.query_param_missing("segmentation"))
            }
        }
        pub fn to<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to"))
            }
        }
        pub fn unit<T>(self, value: T) -> Self
        where
            T: Into<Option<types::AnalyticsUnit>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("unit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("unit"))
            }
        }
    }
    pub struct V4GetAnalyticsCardThen(::httpmock::Then);
    impl V4GetAnalyticsCardThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnalyticsCardRows) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsChartWhen(::httpmock::When);
    impl V4GetAnalyticsChartWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/charts/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn chart_code(self, value: types::AnalyticsChartCode) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/analytics/charts/{}$", ::regex::escape(& value.to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn currency<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency"))
            }
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn from<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from"))
            }
        }
        pub fn max_series<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("max_series", value.to_string()))
            } else {
                Self(self.0.query_param_missing("max_series"))
            }
        }
        pub fn segmentation<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("segmentation", value.to_string()))
            } else {
                Self(self.0.query_param_missing("segmentation"))
            }
        }
        pub fn to<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to"))
            }
        }
        pub fn unit<T>(self, value: T) -> Self
        where
            T: Into<Option<types::AnalyticsUnit>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("unit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("unit"))
            }
        }
    }
    pub struct V4GetAnalyticsChartThen(::httpmock::Then);
    impl V4GetAnalyticsChartThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnalyticsChart) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsChartMetaWhen(::httpmock::When);
    impl V4GetAnalyticsChartMetaWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/charts/[^/]*/meta$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn chart_code(self, value: types::AnalyticsChartCode) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/analytics/charts/{}/meta$", ::regex::escape(& value
                        .to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetAnalyticsChartMetaThen(::httpmock::Then);
    impl V4GetAnalyticsChartMetaThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnalyticsChartMeta) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsCohortsWhen(::httpmock::When);
    impl V4GetAnalyticsCohortsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/cohorts$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetAnalyticsCohortsThen(::httpmock::Then);
    impl V4GetAnalyticsCohortsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsCohortsMetaWhen(::httpmock::When);
    impl V4GetAnalyticsCohortsMetaWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/cohorts/meta$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetAnalyticsCohortsMetaThen(::httpmock::Then);
    impl V4GetAnalyticsCohortsMetaThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsCurrenciesWhen(::httpmock::When);
    impl V4GetAnalyticsCurrenciesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/currencies$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetAnalyticsCurrenciesThen(::httpmock::Then);
    impl V4GetAnalyticsCurrenciesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsInsightsWhen(::httpmock::When);
    impl V4GetAnalyticsInsightsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/insights$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
        pub fn force<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("force", value.to_string()))
            } else {
                Self(self.0.query_param_missing("force"))
            }
        }
        pub fn period<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("period", value.to_string()))
            } else {
                Self(self.0.query_param_missing("period"))
            }
        }
    }
    pub struct V4GetAnalyticsInsightsThen(::httpmock::Then);
    impl V4GetAnalyticsInsightsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnalyticsInsights) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsLtvWhen(::httpmock::When);
    impl V4GetAnalyticsLtvWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/ltv$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn currency<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency"))
            }
        }
        pub fn environment<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::Environment>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("environment", value.to_string()))
            } else {
                Self(self.0.query_param_missing("environment"))
            }
        }
    }
    pub struct V4GetAnalyticsLtvThen(::httpmock::Then);
    impl V4GetAnalyticsLtvThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsLtvMetaWhen(::httpmock::When);
    impl V4GetAnalyticsLtvMetaWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/analytics/ltv/meta$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetAnalyticsLtvMetaThen(::httpmock::Then);
    impl V4GetAnalyticsLtvMetaThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAnalyticsLtvTrialConversionWhen(::httpmock::When);
    impl V4GetAnalyticsLtvTrialConversionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/ltv/trial-conversion$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetAnalyticsLtvTrialConversionThen(::httpmock::Then);
    impl V4GetAnalyticsLtvTrialConversionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateScheduledReportWhen(::httpmock::When);
    impl V4CreateScheduledReportWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/scheduled-reports$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ScheduledReportRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateScheduledReportThen(::httpmock::Then);
    impl V4CreateScheduledReportThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ScheduledReport) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListScheduledReportDestinationsWhen(::httpmock::When);
    impl V4ListScheduledReportDestinationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/scheduled-reports/destinations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4ListScheduledReportDestinationsThen(::httpmock::Then);
    impl V4ListScheduledReportDestinationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateScheduledReportWhen(::httpmock::When);
    impl V4UpdateScheduledReportWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/scheduled-reports/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn report_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/scheduled-reports/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ScheduledReportRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateScheduledReportThen(::httpmock::Then);
    impl V4UpdateScheduledReportThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledReport) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4SendTestScheduledReportWhen(::httpmock::When);
    impl V4SendTestScheduledReportWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/scheduled-reports/[^/]*/send-test$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn report_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/scheduled-reports/{}/send-test$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4SendTestScheduledReportThen(::httpmock::Then);
    impl V4SendTestScheduledReportThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListIntegrationsWhen(::httpmock::When);
    impl V4ListIntegrationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/integrations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4ListIntegrationsThen(::httpmock::Then);
    impl V4ListIntegrationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IntegrationList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateIntegrationWhen(::httpmock::When);
    impl V4CreateIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/integrations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn body(self, value: &types::CreateIntegrationRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateIntegrationThen(::httpmock::Then);
    impl V4CreateIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Integration) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetIntegrationsMetaWhen(::httpmock::When);
    impl V4GetIntegrationsMetaWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/integrations/meta$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetIntegrationsMetaThen(::httpmock::Then);
    impl V4GetIntegrationsMetaThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteIntegrationWhen(::httpmock::When);
    impl V4DeleteIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/integrations/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/integrations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteIntegrationThen(::httpmock::Then);
    impl V4DeleteIntegrationThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateIntegrationStatusWhen(::httpmock::When);
    impl V4UpdateIntegrationStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/integrations/[^/]*/status$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/integrations/{}/status$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::IntegrationStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateIntegrationStatusThen(::httpmock::Then);
    impl V4UpdateIntegrationStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Integration) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ListAutomationsWhen(::httpmock::When);
    impl V4ListAutomationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/automations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
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
    pub struct V4ListAutomationsThen(::httpmock::Then);
    impl V4ListAutomationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AutomationList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4CreateAutomationWhen(::httpmock::When);
    impl V4CreateAutomationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/automations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AutomationRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4CreateAutomationThen(::httpmock::Then);
    impl V4CreateAutomationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Automation) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetAutomationWhen(::httpmock::When);
    impl V4GetAutomationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/automations/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn automation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/automations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetAutomationThen(::httpmock::Then);
    impl V4GetAutomationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Automation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4ReplaceAutomationWhen(::httpmock::When);
    impl V4ReplaceAutomationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/automations/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn automation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/automations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AutomationRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4ReplaceAutomationThen(::httpmock::Then);
    impl V4ReplaceAutomationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Automation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4DeleteAutomationWhen(::httpmock::When);
    impl V4DeleteAutomationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/automations/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn automation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/automations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4DeleteAutomationThen(::httpmock::Then);
    impl V4DeleteAutomationThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateAutomationStatusWhen(::httpmock::When);
    impl V4UpdateAutomationStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/automations/[^/]*/status$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn automation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/automations/{}/status$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AutomationStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateAutomationStatusThen(::httpmock::Then);
    impl V4UpdateAutomationStatusThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetProjectSettingsWhen(::httpmock::When);
    impl V4GetProjectSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/project-settings$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4GetProjectSettingsThen(::httpmock::Then);
    impl V4GetProjectSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateProjectSettingsWhen(::httpmock::When);
    impl V4UpdateProjectSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/project-settings$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateProjectSettingsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateProjectSettingsThen(::httpmock::Then);
    impl V4UpdateProjectSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4RegenerateProjectSecretWhen(::httpmock::When);
    impl V4RegenerateProjectSecretWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/project-settings/regenerate-secret$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct V4RegenerateProjectSecretThen(::httpmock::Then);
    impl V4RegenerateProjectSecretThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UndocumentedObject) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4GetStoreConfigWhen(::httpmock::When);
    impl V4GetStoreConfigWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/project-settings/stores/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn platform(self, value: types::StorePlatform) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/project-settings/stores/{}$", ::regex::escape(& value
                        .to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct V4GetStoreConfigThen(::httpmock::Then);
    impl V4GetStoreConfigThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StoreConfig) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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
    pub struct V4UpdateStoreConfigWhen(::httpmock::When);
    impl V4UpdateStoreConfigWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/project-settings/stores/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn platform(self, value: types::StorePlatform) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/project-settings/stores/{}$", ::regex::escape(& value
                        .to_string())
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
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
        pub fn body(self, value: &types::StoreConfigRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct V4UpdateStoreConfigThen(::httpmock::Then);
    impl V4UpdateStoreConfigThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StoreConfig) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
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

 Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `QonversionV4MockServerExt::method(&server, |when, then| ...)`.*/
pub trait QonversionV4MockServerExt {
    fn v4_create_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateUserWhen, operations::V4CreateUserThen);
    fn v4_get_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetUserWhen, operations::V4GetUserThen);
    fn v4_list_user_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserPropertiesWhen,
            operations::V4ListUserPropertiesThen,
        );
    fn v4_set_user_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetUserPropertiesWhen,
            operations::V4SetUserPropertiesThen,
        );
    fn v4_create_identity<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateIdentityWhen, operations::V4CreateIdentityThen);
    fn v4_get_identity<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetIdentityWhen, operations::V4GetIdentityThen);
    fn v4_list_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListEntitlementsWhen,
            operations::V4ListEntitlementsThen,
        );
    fn v4_get_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetEntitlementWhen, operations::V4GetEntitlementThen);
    fn v4_delete_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteEntitlementWhen,
            operations::V4DeleteEntitlementThen,
        );
    fn v4_update_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateEntitlementWhen,
            operations::V4UpdateEntitlementThen,
        );
    fn v4_list_user_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserEntitlementsWhen,
            operations::V4ListUserEntitlementsThen,
        );
    fn v4_grant_user_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GrantUserEntitlementWhen,
            operations::V4GrantUserEntitlementThen,
        );
    fn v4_revoke_user_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RevokeUserEntitlementWhen,
            operations::V4RevokeUserEntitlementThen,
        );
    fn v4_list_user_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserPurchasesWhen,
            operations::V4ListUserPurchasesThen,
        );
    fn v4_list_products<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListProductsWhen, operations::V4ListProductsThen);
    fn v4_create_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateProductWhen, operations::V4CreateProductThen);
    fn v4_get_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetProductWhen, operations::V4GetProductThen);
    fn v4_delete_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteProductWhen, operations::V4DeleteProductThen);
    fn v4_update_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateProductWhen, operations::V4UpdateProductThen);
    fn v4_list_offerings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListOfferingsWhen, operations::V4ListOfferingsThen);
    fn v4_create_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateOfferingWhen, operations::V4CreateOfferingThen);
    fn v4_get_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetOfferingWhen, operations::V4GetOfferingThen);
    fn v4_delete_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteOfferingWhen, operations::V4DeleteOfferingThen);
    fn v4_update_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateOfferingWhen, operations::V4UpdateOfferingThen);
    fn v4_set_main_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4SetMainOfferingWhen, operations::V4SetMainOfferingThen);
    fn v4_list_remote_configurations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListRemoteConfigurationsWhen,
            operations::V4ListRemoteConfigurationsThen,
        );
    fn v4_create_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateRemoteConfigurationWhen,
            operations::V4CreateRemoteConfigurationThen,
        );
    fn v4_get_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetRemoteConfigurationWhen,
            operations::V4GetRemoteConfigurationThen,
        );
    fn v4_replace_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ReplaceRemoteConfigurationWhen,
            operations::V4ReplaceRemoteConfigurationThen,
        );
    fn v4_delete_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteRemoteConfigurationWhen,
            operations::V4DeleteRemoteConfigurationThen,
        );
    fn v4_change_remote_configuration_status<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ChangeRemoteConfigurationStatusWhen,
            operations::V4ChangeRemoteConfigurationStatusThen,
        );
    fn v4_get_remote_configuration_payload_mapping<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetRemoteConfigurationPayloadMappingWhen,
            operations::V4GetRemoteConfigurationPayloadMappingThen,
        );
    fn v4_set_remote_configuration_payload_mapping<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetRemoteConfigurationPayloadMappingWhen,
            operations::V4SetRemoteConfigurationPayloadMappingThen,
        );
    fn v4_attach_remote_configuration_user<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4AttachRemoteConfigurationUserWhen,
            operations::V4AttachRemoteConfigurationUserThen,
        );
    fn v4_detach_remote_configuration_user<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DetachRemoteConfigurationUserWhen,
            operations::V4DetachRemoteConfigurationUserThen,
        );
    fn v4_list_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListCustomersWhen, operations::V4ListCustomersThen);
    fn v4_get_customer_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetCustomerMetricsWhen,
            operations::V4GetCustomerMetricsThen,
        );
    fn v4_get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetCustomerWhen, operations::V4GetCustomerThen);
    fn v4_delete_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteCustomerWhen, operations::V4DeleteCustomerThen);
    fn v4_list_customer_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListCustomerPermissionsWhen,
            operations::V4ListCustomerPermissionsThen,
        );
    fn v4_grant_customer_permission<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GrantCustomerPermissionWhen,
            operations::V4GrantCustomerPermissionThen,
        );
    fn v4_revoke_customer_permission<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RevokeCustomerPermissionWhen,
            operations::V4RevokeCustomerPermissionThen,
        );
    fn v4_set_customer_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetCustomerPropertiesWhen,
            operations::V4SetCustomerPropertiesThen,
        );
    fn v4_list_segments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListSegmentsWhen, operations::V4ListSegmentsThen);
    fn v4_create_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateSegmentWhen, operations::V4CreateSegmentThen);
    fn v4_list_system_segments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListSystemSegmentsWhen,
            operations::V4ListSystemSegmentsThen,
        );
    fn v4_get_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetSegmentWhen, operations::V4GetSegmentThen);
    fn v4_update_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateSegmentWhen, operations::V4UpdateSegmentThen);
    fn v4_delete_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteSegmentWhen, operations::V4DeleteSegmentThen);
    fn v4_list_experiments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListExperimentsWhen, operations::V4ListExperimentsThen);
    fn v4_create_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateExperimentWhen,
            operations::V4CreateExperimentThen,
        );
    fn v4_get_experiments_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetExperimentsSummaryWhen,
            operations::V4GetExperimentsSummaryThen,
        );
    fn v4_get_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetExperimentWhen, operations::V4GetExperimentThen);
    fn v4_delete_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteExperimentWhen,
            operations::V4DeleteExperimentThen,
        );
    fn v4_update_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateExperimentWhen,
            operations::V4UpdateExperimentThen,
        );
    fn v4_list_experiment_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListExperimentGroupsWhen,
            operations::V4ListExperimentGroupsThen,
        );
    fn v4_create_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateExperimentGroupWhen,
            operations::V4CreateExperimentGroupThen,
        );
    fn v4_delete_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteExperimentGroupWhen,
            operations::V4DeleteExperimentGroupThen,
        );
    fn v4_update_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateExperimentGroupWhen,
            operations::V4UpdateExperimentGroupThen,
        );
    fn v4_change_experiment_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ChangeExperimentStatusWhen,
            operations::V4ChangeExperimentStatusThen,
        );
    fn v4_attach_experiment_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4AttachExperimentUserWhen,
            operations::V4AttachExperimentUserThen,
        );
    fn v4_detach_experiment_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DetachExperimentUserWhen,
            operations::V4DetachExperimentUserThen,
        );
    fn v4_list_screens<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListScreensWhen, operations::V4ListScreensThen);
    fn v4_create_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateScreenWhen, operations::V4CreateScreenThen);
    fn v4_get_screens_analytics_overview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetScreensAnalyticsOverviewWhen,
            operations::V4GetScreensAnalyticsOverviewThen,
        );
    fn v4_get_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetScreenWhen, operations::V4GetScreenThen);
    fn v4_update_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateScreenWhen, operations::V4UpdateScreenThen);
    fn v4_delete_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteScreenWhen, operations::V4DeleteScreenThen);
    fn v4_get_screen_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetScreenAnalyticsWhen,
            operations::V4GetScreenAnalyticsThen,
        );
    fn v4_copy_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CopyScreenWhen, operations::V4CopyScreenThen);
    fn v4_publish_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4PublishScreenWhen, operations::V4PublishScreenThen);
    fn v4_get_analytics_card<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCardWhen,
            operations::V4GetAnalyticsCardThen,
        );
    fn v4_get_analytics_chart<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsChartWhen,
            operations::V4GetAnalyticsChartThen,
        );
    fn v4_get_analytics_chart_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsChartMetaWhen,
            operations::V4GetAnalyticsChartMetaThen,
        );
    fn v4_get_analytics_cohorts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCohortsWhen,
            operations::V4GetAnalyticsCohortsThen,
        );
    fn v4_get_analytics_cohorts_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCohortsMetaWhen,
            operations::V4GetAnalyticsCohortsMetaThen,
        );
    fn v4_get_analytics_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCurrenciesWhen,
            operations::V4GetAnalyticsCurrenciesThen,
        );
    fn v4_get_analytics_insights<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsInsightsWhen,
            operations::V4GetAnalyticsInsightsThen,
        );
    fn v4_get_analytics_ltv<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetAnalyticsLtvWhen, operations::V4GetAnalyticsLtvThen);
    fn v4_get_analytics_ltv_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsLtvMetaWhen,
            operations::V4GetAnalyticsLtvMetaThen,
        );
    fn v4_get_analytics_ltv_trial_conversion<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsLtvTrialConversionWhen,
            operations::V4GetAnalyticsLtvTrialConversionThen,
        );
    fn v4_create_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateScheduledReportWhen,
            operations::V4CreateScheduledReportThen,
        );
    fn v4_list_scheduled_report_destinations<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListScheduledReportDestinationsWhen,
            operations::V4ListScheduledReportDestinationsThen,
        );
    fn v4_update_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateScheduledReportWhen,
            operations::V4UpdateScheduledReportThen,
        );
    fn v4_send_test_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SendTestScheduledReportWhen,
            operations::V4SendTestScheduledReportThen,
        );
    fn v4_list_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListIntegrationsWhen,
            operations::V4ListIntegrationsThen,
        );
    fn v4_create_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateIntegrationWhen,
            operations::V4CreateIntegrationThen,
        );
    fn v4_get_integrations_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetIntegrationsMetaWhen,
            operations::V4GetIntegrationsMetaThen,
        );
    fn v4_delete_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteIntegrationWhen,
            operations::V4DeleteIntegrationThen,
        );
    fn v4_update_integration_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateIntegrationStatusWhen,
            operations::V4UpdateIntegrationStatusThen,
        );
    fn v4_list_automations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListAutomationsWhen, operations::V4ListAutomationsThen);
    fn v4_create_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateAutomationWhen,
            operations::V4CreateAutomationThen,
        );
    fn v4_get_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetAutomationWhen, operations::V4GetAutomationThen);
    fn v4_replace_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ReplaceAutomationWhen,
            operations::V4ReplaceAutomationThen,
        );
    fn v4_delete_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteAutomationWhen,
            operations::V4DeleteAutomationThen,
        );
    fn v4_update_automation_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateAutomationStatusWhen,
            operations::V4UpdateAutomationStatusThen,
        );
    fn v4_get_project_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetProjectSettingsWhen,
            operations::V4GetProjectSettingsThen,
        );
    fn v4_update_project_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateProjectSettingsWhen,
            operations::V4UpdateProjectSettingsThen,
        );
    fn v4_regenerate_project_secret<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RegenerateProjectSecretWhen,
            operations::V4RegenerateProjectSecretThen,
        );
    fn v4_get_store_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetStoreConfigWhen, operations::V4GetStoreConfigThen);
    fn v4_update_store_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateStoreConfigWhen,
            operations::V4UpdateStoreConfigThen,
        );
}
impl QonversionV4MockServerExt for ::httpmock::MockServer {
    fn v4_create_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateUserWhen, operations::V4CreateUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateUserWhen::new(when),
                operations::V4CreateUserThen::new(then),
            )
        })
    }
    fn v4_get_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetUserWhen, operations::V4GetUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetUserWhen::new(when),
                operations::V4GetUserThen::new(then),
            )
        })
    }
    fn v4_list_user_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserPropertiesWhen,
            operations::V4ListUserPropertiesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListUserPropertiesWhen::new(when),
                operations::V4ListUserPropertiesThen::new(then),
            )
        })
    }
    fn v4_set_user_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetUserPropertiesWhen,
            operations::V4SetUserPropertiesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4SetUserPropertiesWhen::new(when),
                operations::V4SetUserPropertiesThen::new(then),
            )
        })
    }
    fn v4_create_identity<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateIdentityWhen, operations::V4CreateIdentityThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateIdentityWhen::new(when),
                operations::V4CreateIdentityThen::new(then),
            )
        })
    }
    fn v4_get_identity<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetIdentityWhen, operations::V4GetIdentityThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetIdentityWhen::new(when),
                operations::V4GetIdentityThen::new(then),
            )
        })
    }
    fn v4_list_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListEntitlementsWhen,
            operations::V4ListEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListEntitlementsWhen::new(when),
                operations::V4ListEntitlementsThen::new(then),
            )
        })
    }
    fn v4_get_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetEntitlementWhen, operations::V4GetEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetEntitlementWhen::new(when),
                operations::V4GetEntitlementThen::new(then),
            )
        })
    }
    fn v4_delete_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteEntitlementWhen,
            operations::V4DeleteEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteEntitlementWhen::new(when),
                operations::V4DeleteEntitlementThen::new(then),
            )
        })
    }
    fn v4_update_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateEntitlementWhen,
            operations::V4UpdateEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateEntitlementWhen::new(when),
                operations::V4UpdateEntitlementThen::new(then),
            )
        })
    }
    fn v4_list_user_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserEntitlementsWhen,
            operations::V4ListUserEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListUserEntitlementsWhen::new(when),
                operations::V4ListUserEntitlementsThen::new(then),
            )
        })
    }
    fn v4_grant_user_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GrantUserEntitlementWhen,
            operations::V4GrantUserEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GrantUserEntitlementWhen::new(when),
                operations::V4GrantUserEntitlementThen::new(then),
            )
        })
    }
    fn v4_revoke_user_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RevokeUserEntitlementWhen,
            operations::V4RevokeUserEntitlementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4RevokeUserEntitlementWhen::new(when),
                operations::V4RevokeUserEntitlementThen::new(then),
            )
        })
    }
    fn v4_list_user_purchases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListUserPurchasesWhen,
            operations::V4ListUserPurchasesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListUserPurchasesWhen::new(when),
                operations::V4ListUserPurchasesThen::new(then),
            )
        })
    }
    fn v4_list_products<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListProductsWhen, operations::V4ListProductsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListProductsWhen::new(when),
                operations::V4ListProductsThen::new(then),
            )
        })
    }
    fn v4_create_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateProductWhen, operations::V4CreateProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateProductWhen::new(when),
                operations::V4CreateProductThen::new(then),
            )
        })
    }
    fn v4_get_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetProductWhen, operations::V4GetProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetProductWhen::new(when),
                operations::V4GetProductThen::new(then),
            )
        })
    }
    fn v4_delete_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteProductWhen, operations::V4DeleteProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteProductWhen::new(when),
                operations::V4DeleteProductThen::new(then),
            )
        })
    }
    fn v4_update_product<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateProductWhen, operations::V4UpdateProductThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateProductWhen::new(when),
                operations::V4UpdateProductThen::new(then),
            )
        })
    }
    fn v4_list_offerings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListOfferingsWhen, operations::V4ListOfferingsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListOfferingsWhen::new(when),
                operations::V4ListOfferingsThen::new(then),
            )
        })
    }
    fn v4_create_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateOfferingWhen, operations::V4CreateOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateOfferingWhen::new(when),
                operations::V4CreateOfferingThen::new(then),
            )
        })
    }
    fn v4_get_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetOfferingWhen, operations::V4GetOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetOfferingWhen::new(when),
                operations::V4GetOfferingThen::new(then),
            )
        })
    }
    fn v4_delete_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteOfferingWhen, operations::V4DeleteOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteOfferingWhen::new(when),
                operations::V4DeleteOfferingThen::new(then),
            )
        })
    }
    fn v4_update_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateOfferingWhen, operations::V4UpdateOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateOfferingWhen::new(when),
                operations::V4UpdateOfferingThen::new(then),
            )
        })
    }
    fn v4_set_main_offering<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4SetMainOfferingWhen, operations::V4SetMainOfferingThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4SetMainOfferingWhen::new(when),
                operations::V4SetMainOfferingThen::new(then),
            )
        })
    }
    fn v4_list_remote_configurations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListRemoteConfigurationsWhen,
            operations::V4ListRemoteConfigurationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListRemoteConfigurationsWhen::new(when),
                operations::V4ListRemoteConfigurationsThen::new(then),
            )
        })
    }
    fn v4_create_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateRemoteConfigurationWhen,
            operations::V4CreateRemoteConfigurationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateRemoteConfigurationWhen::new(when),
                operations::V4CreateRemoteConfigurationThen::new(then),
            )
        })
    }
    fn v4_get_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetRemoteConfigurationWhen,
            operations::V4GetRemoteConfigurationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetRemoteConfigurationWhen::new(when),
                operations::V4GetRemoteConfigurationThen::new(then),
            )
        })
    }
    fn v4_replace_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ReplaceRemoteConfigurationWhen,
            operations::V4ReplaceRemoteConfigurationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ReplaceRemoteConfigurationWhen::new(when),
                operations::V4ReplaceRemoteConfigurationThen::new(then),
            )
        })
    }
    fn v4_delete_remote_configuration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteRemoteConfigurationWhen,
            operations::V4DeleteRemoteConfigurationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteRemoteConfigurationWhen::new(when),
                operations::V4DeleteRemoteConfigurationThen::new(then),
            )
        })
    }
    fn v4_change_remote_configuration_status<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ChangeRemoteConfigurationStatusWhen,
            operations::V4ChangeRemoteConfigurationStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ChangeRemoteConfigurationStatusWhen::new(when),
                operations::V4ChangeRemoteConfigurationStatusThen::new(then),
            )
        })
    }
    fn v4_get_remote_configuration_payload_mapping<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetRemoteConfigurationPayloadMappingWhen,
            operations::V4GetRemoteConfigurationPayloadMappingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetRemoteConfigurationPayloadMappingWhen::new(when),
                operations::V4GetRemoteConfigurationPayloadMappingThen::new(then),
            )
        })
    }
    fn v4_set_remote_configuration_payload_mapping<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetRemoteConfigurationPayloadMappingWhen,
            operations::V4SetRemoteConfigurationPayloadMappingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4SetRemoteConfigurationPayloadMappingWhen::new(when),
                operations::V4SetRemoteConfigurationPayloadMappingThen::new(then),
            )
        })
    }
    fn v4_attach_remote_configuration_user<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4AttachRemoteConfigurationUserWhen,
            operations::V4AttachRemoteConfigurationUserThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4AttachRemoteConfigurationUserWhen::new(when),
                operations::V4AttachRemoteConfigurationUserThen::new(then),
            )
        })
    }
    fn v4_detach_remote_configuration_user<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DetachRemoteConfigurationUserWhen,
            operations::V4DetachRemoteConfigurationUserThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DetachRemoteConfigurationUserWhen::new(when),
                operations::V4DetachRemoteConfigurationUserThen::new(then),
            )
        })
    }
    fn v4_list_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListCustomersWhen, operations::V4ListCustomersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListCustomersWhen::new(when),
                operations::V4ListCustomersThen::new(then),
            )
        })
    }
    fn v4_get_customer_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetCustomerMetricsWhen,
            operations::V4GetCustomerMetricsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetCustomerMetricsWhen::new(when),
                operations::V4GetCustomerMetricsThen::new(then),
            )
        })
    }
    fn v4_get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetCustomerWhen, operations::V4GetCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetCustomerWhen::new(when),
                operations::V4GetCustomerThen::new(then),
            )
        })
    }
    fn v4_delete_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteCustomerWhen, operations::V4DeleteCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteCustomerWhen::new(when),
                operations::V4DeleteCustomerThen::new(then),
            )
        })
    }
    fn v4_list_customer_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListCustomerPermissionsWhen,
            operations::V4ListCustomerPermissionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListCustomerPermissionsWhen::new(when),
                operations::V4ListCustomerPermissionsThen::new(then),
            )
        })
    }
    fn v4_grant_customer_permission<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GrantCustomerPermissionWhen,
            operations::V4GrantCustomerPermissionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GrantCustomerPermissionWhen::new(when),
                operations::V4GrantCustomerPermissionThen::new(then),
            )
        })
    }
    fn v4_revoke_customer_permission<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RevokeCustomerPermissionWhen,
            operations::V4RevokeCustomerPermissionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4RevokeCustomerPermissionWhen::new(when),
                operations::V4RevokeCustomerPermissionThen::new(then),
            )
        })
    }
    fn v4_set_customer_properties<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SetCustomerPropertiesWhen,
            operations::V4SetCustomerPropertiesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4SetCustomerPropertiesWhen::new(when),
                operations::V4SetCustomerPropertiesThen::new(then),
            )
        })
    }
    fn v4_list_segments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListSegmentsWhen, operations::V4ListSegmentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListSegmentsWhen::new(when),
                operations::V4ListSegmentsThen::new(then),
            )
        })
    }
    fn v4_create_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateSegmentWhen, operations::V4CreateSegmentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateSegmentWhen::new(when),
                operations::V4CreateSegmentThen::new(then),
            )
        })
    }
    fn v4_list_system_segments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListSystemSegmentsWhen,
            operations::V4ListSystemSegmentsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListSystemSegmentsWhen::new(when),
                operations::V4ListSystemSegmentsThen::new(then),
            )
        })
    }
    fn v4_get_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetSegmentWhen, operations::V4GetSegmentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetSegmentWhen::new(when),
                operations::V4GetSegmentThen::new(then),
            )
        })
    }
    fn v4_update_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateSegmentWhen, operations::V4UpdateSegmentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateSegmentWhen::new(when),
                operations::V4UpdateSegmentThen::new(then),
            )
        })
    }
    fn v4_delete_segment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteSegmentWhen, operations::V4DeleteSegmentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteSegmentWhen::new(when),
                operations::V4DeleteSegmentThen::new(then),
            )
        })
    }
    fn v4_list_experiments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListExperimentsWhen, operations::V4ListExperimentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListExperimentsWhen::new(when),
                operations::V4ListExperimentsThen::new(then),
            )
        })
    }
    fn v4_create_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateExperimentWhen,
            operations::V4CreateExperimentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateExperimentWhen::new(when),
                operations::V4CreateExperimentThen::new(then),
            )
        })
    }
    fn v4_get_experiments_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetExperimentsSummaryWhen,
            operations::V4GetExperimentsSummaryThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetExperimentsSummaryWhen::new(when),
                operations::V4GetExperimentsSummaryThen::new(then),
            )
        })
    }
    fn v4_get_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetExperimentWhen, operations::V4GetExperimentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetExperimentWhen::new(when),
                operations::V4GetExperimentThen::new(then),
            )
        })
    }
    fn v4_delete_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteExperimentWhen,
            operations::V4DeleteExperimentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteExperimentWhen::new(when),
                operations::V4DeleteExperimentThen::new(then),
            )
        })
    }
    fn v4_update_experiment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateExperimentWhen,
            operations::V4UpdateExperimentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateExperimentWhen::new(when),
                operations::V4UpdateExperimentThen::new(then),
            )
        })
    }
    fn v4_list_experiment_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListExperimentGroupsWhen,
            operations::V4ListExperimentGroupsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListExperimentGroupsWhen::new(when),
                operations::V4ListExperimentGroupsThen::new(then),
            )
        })
    }
    fn v4_create_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateExperimentGroupWhen,
            operations::V4CreateExperimentGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateExperimentGroupWhen::new(when),
                operations::V4CreateExperimentGroupThen::new(then),
            )
        })
    }
    fn v4_delete_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteExperimentGroupWhen,
            operations::V4DeleteExperimentGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteExperimentGroupWhen::new(when),
                operations::V4DeleteExperimentGroupThen::new(then),
            )
        })
    }
    fn v4_update_experiment_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateExperimentGroupWhen,
            operations::V4UpdateExperimentGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateExperimentGroupWhen::new(when),
                operations::V4UpdateExperimentGroupThen::new(then),
            )
        })
    }
    fn v4_change_experiment_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ChangeExperimentStatusWhen,
            operations::V4ChangeExperimentStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ChangeExperimentStatusWhen::new(when),
                operations::V4ChangeExperimentStatusThen::new(then),
            )
        })
    }
    fn v4_attach_experiment_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4AttachExperimentUserWhen,
            operations::V4AttachExperimentUserThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4AttachExperimentUserWhen::new(when),
                operations::V4AttachExperimentUserThen::new(then),
            )
        })
    }
    fn v4_detach_experiment_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DetachExperimentUserWhen,
            operations::V4DetachExperimentUserThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DetachExperimentUserWhen::new(when),
                operations::V4DetachExperimentUserThen::new(then),
            )
        })
    }
    fn v4_list_screens<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListScreensWhen, operations::V4ListScreensThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListScreensWhen::new(when),
                operations::V4ListScreensThen::new(then),
            )
        })
    }
    fn v4_create_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CreateScreenWhen, operations::V4CreateScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateScreenWhen::new(when),
                operations::V4CreateScreenThen::new(then),
            )
        })
    }
    fn v4_get_screens_analytics_overview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetScreensAnalyticsOverviewWhen,
            operations::V4GetScreensAnalyticsOverviewThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetScreensAnalyticsOverviewWhen::new(when),
                operations::V4GetScreensAnalyticsOverviewThen::new(then),
            )
        })
    }
    fn v4_get_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetScreenWhen, operations::V4GetScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetScreenWhen::new(when),
                operations::V4GetScreenThen::new(then),
            )
        })
    }
    fn v4_update_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4UpdateScreenWhen, operations::V4UpdateScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateScreenWhen::new(when),
                operations::V4UpdateScreenThen::new(then),
            )
        })
    }
    fn v4_delete_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4DeleteScreenWhen, operations::V4DeleteScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteScreenWhen::new(when),
                operations::V4DeleteScreenThen::new(then),
            )
        })
    }
    fn v4_get_screen_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetScreenAnalyticsWhen,
            operations::V4GetScreenAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetScreenAnalyticsWhen::new(when),
                operations::V4GetScreenAnalyticsThen::new(then),
            )
        })
    }
    fn v4_copy_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4CopyScreenWhen, operations::V4CopyScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CopyScreenWhen::new(when),
                operations::V4CopyScreenThen::new(then),
            )
        })
    }
    fn v4_publish_screen<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4PublishScreenWhen, operations::V4PublishScreenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4PublishScreenWhen::new(when),
                operations::V4PublishScreenThen::new(then),
            )
        })
    }
    fn v4_get_analytics_card<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCardWhen,
            operations::V4GetAnalyticsCardThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsCardWhen::new(when),
                operations::V4GetAnalyticsCardThen::new(then),
            )
        })
    }
    fn v4_get_analytics_chart<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsChartWhen,
            operations::V4GetAnalyticsChartThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsChartWhen::new(when),
                operations::V4GetAnalyticsChartThen::new(then),
            )
        })
    }
    fn v4_get_analytics_chart_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsChartMetaWhen,
            operations::V4GetAnalyticsChartMetaThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsChartMetaWhen::new(when),
                operations::V4GetAnalyticsChartMetaThen::new(then),
            )
        })
    }
    fn v4_get_analytics_cohorts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCohortsWhen,
            operations::V4GetAnalyticsCohortsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsCohortsWhen::new(when),
                operations::V4GetAnalyticsCohortsThen::new(then),
            )
        })
    }
    fn v4_get_analytics_cohorts_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCohortsMetaWhen,
            operations::V4GetAnalyticsCohortsMetaThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsCohortsMetaWhen::new(when),
                operations::V4GetAnalyticsCohortsMetaThen::new(then),
            )
        })
    }
    fn v4_get_analytics_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsCurrenciesWhen,
            operations::V4GetAnalyticsCurrenciesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsCurrenciesWhen::new(when),
                operations::V4GetAnalyticsCurrenciesThen::new(then),
            )
        })
    }
    fn v4_get_analytics_insights<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsInsightsWhen,
            operations::V4GetAnalyticsInsightsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsInsightsWhen::new(when),
                operations::V4GetAnalyticsInsightsThen::new(then),
            )
        })
    }
    fn v4_get_analytics_ltv<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetAnalyticsLtvWhen, operations::V4GetAnalyticsLtvThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsLtvWhen::new(when),
                operations::V4GetAnalyticsLtvThen::new(then),
            )
        })
    }
    fn v4_get_analytics_ltv_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsLtvMetaWhen,
            operations::V4GetAnalyticsLtvMetaThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsLtvMetaWhen::new(when),
                operations::V4GetAnalyticsLtvMetaThen::new(then),
            )
        })
    }
    fn v4_get_analytics_ltv_trial_conversion<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetAnalyticsLtvTrialConversionWhen,
            operations::V4GetAnalyticsLtvTrialConversionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAnalyticsLtvTrialConversionWhen::new(when),
                operations::V4GetAnalyticsLtvTrialConversionThen::new(then),
            )
        })
    }
    fn v4_create_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateScheduledReportWhen,
            operations::V4CreateScheduledReportThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateScheduledReportWhen::new(when),
                operations::V4CreateScheduledReportThen::new(then),
            )
        })
    }
    fn v4_list_scheduled_report_destinations<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListScheduledReportDestinationsWhen,
            operations::V4ListScheduledReportDestinationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListScheduledReportDestinationsWhen::new(when),
                operations::V4ListScheduledReportDestinationsThen::new(then),
            )
        })
    }
    fn v4_update_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateScheduledReportWhen,
            operations::V4UpdateScheduledReportThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateScheduledReportWhen::new(when),
                operations::V4UpdateScheduledReportThen::new(then),
            )
        })
    }
    fn v4_send_test_scheduled_report<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4SendTestScheduledReportWhen,
            operations::V4SendTestScheduledReportThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4SendTestScheduledReportWhen::new(when),
                operations::V4SendTestScheduledReportThen::new(then),
            )
        })
    }
    fn v4_list_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ListIntegrationsWhen,
            operations::V4ListIntegrationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListIntegrationsWhen::new(when),
                operations::V4ListIntegrationsThen::new(then),
            )
        })
    }
    fn v4_create_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateIntegrationWhen,
            operations::V4CreateIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateIntegrationWhen::new(when),
                operations::V4CreateIntegrationThen::new(then),
            )
        })
    }
    fn v4_get_integrations_meta<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetIntegrationsMetaWhen,
            operations::V4GetIntegrationsMetaThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetIntegrationsMetaWhen::new(when),
                operations::V4GetIntegrationsMetaThen::new(then),
            )
        })
    }
    fn v4_delete_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteIntegrationWhen,
            operations::V4DeleteIntegrationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteIntegrationWhen::new(when),
                operations::V4DeleteIntegrationThen::new(then),
            )
        })
    }
    fn v4_update_integration_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateIntegrationStatusWhen,
            operations::V4UpdateIntegrationStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateIntegrationStatusWhen::new(when),
                operations::V4UpdateIntegrationStatusThen::new(then),
            )
        })
    }
    fn v4_list_automations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4ListAutomationsWhen, operations::V4ListAutomationsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ListAutomationsWhen::new(when),
                operations::V4ListAutomationsThen::new(then),
            )
        })
    }
    fn v4_create_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4CreateAutomationWhen,
            operations::V4CreateAutomationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4CreateAutomationWhen::new(when),
                operations::V4CreateAutomationThen::new(then),
            )
        })
    }
    fn v4_get_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetAutomationWhen, operations::V4GetAutomationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetAutomationWhen::new(when),
                operations::V4GetAutomationThen::new(then),
            )
        })
    }
    fn v4_replace_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4ReplaceAutomationWhen,
            operations::V4ReplaceAutomationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4ReplaceAutomationWhen::new(when),
                operations::V4ReplaceAutomationThen::new(then),
            )
        })
    }
    fn v4_delete_automation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4DeleteAutomationWhen,
            operations::V4DeleteAutomationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4DeleteAutomationWhen::new(when),
                operations::V4DeleteAutomationThen::new(then),
            )
        })
    }
    fn v4_update_automation_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateAutomationStatusWhen,
            operations::V4UpdateAutomationStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateAutomationStatusWhen::new(when),
                operations::V4UpdateAutomationStatusThen::new(then),
            )
        })
    }
    fn v4_get_project_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4GetProjectSettingsWhen,
            operations::V4GetProjectSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetProjectSettingsWhen::new(when),
                operations::V4GetProjectSettingsThen::new(then),
            )
        })
    }
    fn v4_update_project_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateProjectSettingsWhen,
            operations::V4UpdateProjectSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateProjectSettingsWhen::new(when),
                operations::V4UpdateProjectSettingsThen::new(then),
            )
        })
    }
    fn v4_regenerate_project_secret<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4RegenerateProjectSecretWhen,
            operations::V4RegenerateProjectSecretThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4RegenerateProjectSecretWhen::new(when),
                operations::V4RegenerateProjectSecretThen::new(then),
            )
        })
    }
    fn v4_get_store_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::V4GetStoreConfigWhen, operations::V4GetStoreConfigThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4GetStoreConfigWhen::new(when),
                operations::V4GetStoreConfigThen::new(then),
            )
        })
    }
    fn v4_update_store_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::V4UpdateStoreConfigWhen,
            operations::V4UpdateStoreConfigThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::V4UpdateStoreConfigWhen::new(when),
                operations::V4UpdateStoreConfigThen::new(then),
            )
        })
    }
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::QonversionV4MockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
