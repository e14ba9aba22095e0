// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 96f2eb3edc0a163972c327ce230a763c2c8cf810513d1bc8348f21c7f5eed1c5).
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
    pub struct CreateAddonWhen(::httpmock::When);
    impl CreateAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/addons$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateAddonRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateAddonThen(::httpmock::Then);
    impl CreateAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateAddonResponse) -> Self {
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
    pub struct GetAddonByLookupKeyWhen(::httpmock::When);
    impl GetAddonByLookupKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/addons/lookup/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn lookup_key(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/addons/lookup/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAddonByLookupKeyThen(::httpmock::Then);
    impl GetAddonByLookupKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AddonResponse) -> Self {
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
    pub struct QueryAddonWhen(::httpmock::When);
    impl QueryAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/addons/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AddonFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryAddonThen(::httpmock::Then);
    impl QueryAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAddonsResponse) -> Self {
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
    pub struct GetAddonWhen(::httpmock::When);
    impl GetAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/addons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/addons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAddonThen(::httpmock::Then);
    impl GetAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AddonResponse) -> Self {
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
    pub struct UpdateAddonWhen(::httpmock::When);
    impl UpdateAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/addons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/addons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAddonRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateAddonThen(::httpmock::Then);
    impl UpdateAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AddonResponse) -> Self {
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
    pub struct DeleteAddonWhen(::httpmock::When);
    impl DeleteAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/addons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/addons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteAddonThen(::httpmock::Then);
    impl DeleteAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct GetAddonCreditGrantsWhen(::httpmock::When);
    impl GetAddonCreditGrantsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/addons/[^/]*/creditgrants$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/addons/{}/creditgrants$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAddonCreditGrantsThen(::httpmock::Then);
    impl GetAddonCreditGrantsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCreditGrantsResponse) -> Self {
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
    pub struct GetAddonEntitlementsWhen(::httpmock::When);
    impl GetAddonEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/addons/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/addons/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAddonEntitlementsThen(::httpmock::Then);
    impl GetAddonEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlementsResponse) -> Self {
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
    pub struct QueryAlertLogWhen(::httpmock::When);
    impl QueryAlertLogWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/alerts/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AlertLogFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryAlertLogThen(::httpmock::Then);
    impl QueryAlertLogThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAlertLogsResponse) -> Self {
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
    pub struct CreateAlertSettingsWhen(::httpmock::When);
    impl CreateAlertSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/alerts/setting$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateAlertSettingsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateAlertSettingsThen(::httpmock::Then);
    impl CreateAlertSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::AlertSettingsResponse) -> Self {
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
    pub struct QueryAlertSettingsWhen(::httpmock::When);
    impl QueryAlertSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/alerts/setting/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AlertSettingsFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryAlertSettingsThen(::httpmock::Then);
    impl QueryAlertSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAlertSettingsResponse) -> Self {
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
    pub struct GetAlertSettingsWhen(::httpmock::When);
    impl GetAlertSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/alerts/setting/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/alerts/setting/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAlertSettingsThen(::httpmock::Then);
    impl GetAlertSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AlertSettingsResponse) -> Self {
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
    pub struct UpdateAlertSettingsWhen(::httpmock::When);
    impl UpdateAlertSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/alerts/setting/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/alerts/setting/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAlertSettingsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateAlertSettingsThen(::httpmock::Then);
    impl UpdateAlertSettingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AlertSettingsResponse) -> Self {
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
    pub struct DeleteAlertSettingsWhen(::httpmock::When);
    impl DeleteAlertSettingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/alerts/setting/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/alerts/setting/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteAlertSettingsThen(::httpmock::Then);
    impl DeleteAlertSettingsThen {
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
    pub struct CreateCheckoutSessionWhen(::httpmock::When);
    impl CreateCheckoutSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/checkout/sessions$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCheckoutSessionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCheckoutSessionThen(::httpmock::Then);
    impl CreateCheckoutSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CheckoutSessionResponse) -> Self {
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
    pub struct GetCheckoutSessionWhen(::httpmock::When);
    impl GetCheckoutSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/checkout/sessions/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/checkout/sessions/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCheckoutSessionThen(::httpmock::Then);
    impl GetCheckoutSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CheckoutSessionResponse) -> Self {
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
    pub struct DeleteCheckoutSessionWhen(::httpmock::When);
    impl DeleteCheckoutSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/checkout/sessions/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/checkout/sessions/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCheckoutSessionThen(::httpmock::Then);
    impl DeleteCheckoutSessionThen {
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
    pub struct CreateCostsheetWhen(::httpmock::When);
    impl CreateCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/costs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCostsheetRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCostsheetThen(::httpmock::Then);
    impl CreateCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateCostsheetResponse) -> Self {
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
    pub struct GetActiveCostsheetWhen(::httpmock::When);
    impl GetActiveCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/costs/active$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GetActiveCostsheetThen(::httpmock::Then);
    impl GetActiveCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CostsheetResponse) -> Self {
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
    pub struct GetDetailedCostAnalyticsWhen(::httpmock::When);
    impl GetDetailedCostAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/costs/analytics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetCostAnalyticsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetDetailedCostAnalyticsThen(::httpmock::Then);
    impl GetDetailedCostAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDetailedCostAnalyticsResponse) -> Self {
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
    pub struct QueryCostsheetWhen(::httpmock::When);
    impl QueryCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/costs/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CostsheetFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryCostsheetThen(::httpmock::Then);
    impl QueryCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCostsheetResponse) -> Self {
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
    pub struct GetCostsheetWhen(::httpmock::When);
    impl GetCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/costs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/costs/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct GetCostsheetThen(::httpmock::Then);
    impl GetCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetCostsheetResponse) -> Self {
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
    pub struct UpdateCostsheetWhen(::httpmock::When);
    impl UpdateCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/costs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/costs/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCostsheetRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCostsheetThen(::httpmock::Then);
    impl UpdateCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateCostsheetResponse) -> Self {
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
    pub struct DeleteCostsheetWhen(::httpmock::When);
    impl DeleteCostsheetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/costs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/costs/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCostsheetThen(::httpmock::Then);
    impl DeleteCostsheetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteCostsheetResponse) -> Self {
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
    pub struct CreateCouponWhen(::httpmock::When);
    impl CreateCouponWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/coupons$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCouponRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCouponThen(::httpmock::Then);
    impl CreateCouponThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CouponResponse) -> Self {
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
    pub struct ListCouponAssociationsWhen(::httpmock::When);
    impl ListCouponAssociationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/coupons/associations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn active_only<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("active_only", value.to_string()))
            } else {
                Self(self.0.query_param_missing("active_only"))
            }
        }
        pub fn coupon_ids<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| when.query_param("coupon_ids", item.to_string()),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("coupon_ids"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn subscription_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("subscription_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("subscription_ids"))
            }
        }
    }
    pub struct ListCouponAssociationsThen(::httpmock::Then);
    impl ListCouponAssociationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCouponAssociationsResponse) -> Self {
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
    pub struct GetCouponAssociationWhen(::httpmock::When);
    impl GetCouponAssociationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/coupons/associations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/coupons/associations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCouponAssociationThen(::httpmock::Then);
    impl GetCouponAssociationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CouponAssociationResponse) -> Self {
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
    pub struct GetCouponByCodeWhen(::httpmock::When);
    impl GetCouponByCodeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/coupons/code/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn code(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/coupons/code/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCouponByCodeThen(::httpmock::Then);
    impl GetCouponByCodeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CouponResponse) -> Self {
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
    pub struct QueryCouponWhen(::httpmock::When);
    impl QueryCouponWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/coupons/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CouponFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryCouponThen(::httpmock::Then);
    impl QueryCouponThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCouponsResponse) -> Self {
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
    pub struct GetCouponWhen(::httpmock::When);
    impl GetCouponWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/coupons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/coupons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCouponThen(::httpmock::Then);
    impl GetCouponThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CouponResponse) -> Self {
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
    pub struct UpdateCouponWhen(::httpmock::When);
    impl UpdateCouponWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/coupons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/coupons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCouponRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCouponThen(::httpmock::Then);
    impl UpdateCouponThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CouponResponse) -> Self {
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
    pub struct DeleteCouponWhen(::httpmock::When);
    impl DeleteCouponWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/coupons/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/coupons/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCouponThen(::httpmock::Then);
    impl DeleteCouponThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StringMap) -> Self {
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
    pub struct CreateCreditGrantWhen(::httpmock::When);
    impl CreateCreditGrantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/creditgrants$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCreditGrantRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCreditGrantThen(::httpmock::Then);
    impl CreateCreditGrantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreditGrantResponse) -> Self {
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
    pub struct GetCreditGrantWhen(::httpmock::When);
    impl GetCreditGrantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/creditgrants/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditgrants/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCreditGrantThen(::httpmock::Then);
    impl GetCreditGrantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreditGrantResponse) -> Self {
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
    pub struct UpdateCreditGrantWhen(::httpmock::When);
    impl UpdateCreditGrantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/creditgrants/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditgrants/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateCreditGrantRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCreditGrantThen(::httpmock::Then);
    impl UpdateCreditGrantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreditGrantResponse) -> Self {
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
    pub struct DeleteCreditGrantWhen(::httpmock::When);
    impl DeleteCreditGrantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/creditgrants/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditgrants/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::DeleteCreditGrantRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DeleteCreditGrantThen(::httpmock::Then);
    impl DeleteCreditGrantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct CreateCreditNoteWhen(::httpmock::When);
    impl CreateCreditNoteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/creditnotes$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateCreditNoteRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCreditNoteThen(::httpmock::Then);
    impl CreateCreditNoteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreditNoteResponse) -> Self {
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
    pub struct GetCreditNoteWhen(::httpmock::When);
    impl GetCreditNoteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/creditnotes/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditnotes/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCreditNoteThen(::httpmock::Then);
    impl GetCreditNoteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreditNoteResponse) -> Self {
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
    pub struct ProcessCreditNoteWhen(::httpmock::When);
    impl ProcessCreditNoteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/creditnotes/[^/]*/finalize$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditnotes/{}/finalize$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ProcessCreditNoteThen(::httpmock::Then);
    impl ProcessCreditNoteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreditNoteResponse) -> Self {
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
    pub struct VoidCreditNoteWhen(::httpmock::When);
    impl VoidCreditNoteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/creditnotes/[^/]*/void$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/creditnotes/{}/void$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct VoidCreditNoteThen(::httpmock::Then);
    impl VoidCreditNoteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreditNoteResponse) -> Self {
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
    pub struct UpdateCustomerWhen(::httpmock::When);
    impl UpdateCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn external_customer_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("external_customer_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("external_customer_id"))
            }
        }
        pub fn id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("id"))
            }
        }
        pub fn body(self, value: &types::UpdateCustomerRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCustomerThen(::httpmock::Then);
    impl UpdateCustomerThen {
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
    pub struct CreateCustomerWhen(::httpmock::When);
    impl CreateCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn created(self, value: &types::CustomerResponse) -> Self {
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
    pub struct GetCustomerByExternalIdWhen(::httpmock::When);
    impl GetCustomerByExternalIdWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/external/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn external_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/external/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerByExternalIdThen(::httpmock::Then);
    impl GetCustomerByExternalIdThen {
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
    pub struct GetCustomerEntitlementsByExternalIdWhen(::httpmock::When);
    impl GetCustomerEntitlementsByExternalIdWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/external/[^/]*/entitlements$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn external_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/customers/external/{}/entitlements$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerEntitlementsByExternalIdThen(::httpmock::Then);
    impl GetCustomerEntitlementsByExternalIdThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerEntitlementsResponse) -> Self {
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
    pub struct GetSubscriptionsForCustomerWhen(::httpmock::When);
    impl GetSubscriptionsForCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/external/[^/]*/subscriptions$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn external_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/customers/external/{}/subscriptions$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct GetSubscriptionsForCustomerThen(::httpmock::Then);
    impl GetSubscriptionsForCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSubscriptionsResponse) -> Self {
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
    pub struct QueryCustomerWhen(::httpmock::When);
    impl QueryCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/customers/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CustomerFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryCustomerThen(::httpmock::Then);
    impl QueryCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCustomersResponse) -> Self {
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
    pub struct GetCustomerUsageSummaryWhen(::httpmock::When);
    impl GetCustomerUsageSummaryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers/usage$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("customer_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("customer_id"))
            }
        }
        pub fn customer_lookup_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("customer_lookup_key", value.to_string()))
            } else {
                Self(self.0.query_param_missing("customer_lookup_key"))
            }
        }
        pub fn feature_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("feature_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("feature_ids"))
            }
        }
        pub fn feature_lookup_keys<'a, T>(self, value: T) -> Self
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
                                when.query_param("feature_lookup_keys", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("feature_lookup_keys"))
            }
        }
        pub fn subscription_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("subscription_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("subscription_ids"))
            }
        }
    }
    pub struct GetCustomerUsageSummaryThen(::httpmock::Then);
    impl GetCustomerUsageSummaryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerUsageSummaryResponse) -> Self {
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
    pub struct GetCustomerWalletsWhen(::httpmock::When);
    impl GetCustomerWalletsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers/wallets$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("-", value.to_string()))
            } else {
                Self(self.0.query_param_missing("-"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
        pub fn from_cache<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from_cache", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from_cache"))
            }
        }
        pub fn id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("id"))
            }
        }
        pub fn include_real_time_balance<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_real_time_balance", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_real_time_balance"))
            }
        }
        pub fn lookup_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("lookup_key", value.to_string()))
            } else {
                Self(self.0.query_param_missing("lookup_key"))
            }
        }
    }
    pub struct GetCustomerWalletsThen(::httpmock::Then);
    impl GetCustomerWalletsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponseList) -> Self {
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
    pub struct GetCustomerWhen(::httpmock::When);
    impl GetCustomerWhen {
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
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
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
    pub struct DeleteCustomerWhen(::httpmock::When);
    impl DeleteCustomerWhen {
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
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}$", ::regex::escape(value)),
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
    pub struct GetCustomerEntitlementsWhen(::httpmock::When);
    impl GetCustomerEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerEntitlementsThen(::httpmock::Then);
    impl GetCustomerEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerEntitlementsResponse) -> Self {
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
    pub struct GetCustomerUpcomingGrantsWhen(::httpmock::When);
    impl GetCustomerUpcomingGrantsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/grants/upcoming$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/grants/upcoming$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerUpcomingGrantsThen(::httpmock::Then);
    impl GetCustomerUpcomingGrantsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCreditGrantApplicationsResponse) -> Self {
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
    pub struct GetCustomerInvoiceSummaryWhen(::httpmock::When);
    impl GetCustomerInvoiceSummaryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/invoices/summary$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/invoices/summary$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerInvoiceSummaryThen(::httpmock::Then);
    impl GetCustomerInvoiceSummaryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerMultiCurrencyInvoiceSummary) -> Self {
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
    pub struct GetWalletsByCustomerIdWhen(::httpmock::When);
    impl GetWalletsByCustomerIdWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/customers/[^/]*/wallets$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/customers/{}/wallets$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetWalletsByCustomerIdThen(::httpmock::Then);
    impl GetWalletsByCustomerIdThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponseList) -> Self {
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
    pub struct CreateEntitlementWhen(::httpmock::When);
    impl CreateEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/entitlements$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
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
        pub fn created(self, value: &types::EntitlementResponse) -> Self {
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
    pub struct CreateEntitlementsBulkWhen(::httpmock::When);
    impl CreateEntitlementsBulkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/entitlements/bulk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateBulkEntitlementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateEntitlementsBulkThen(::httpmock::Then);
    impl CreateEntitlementsBulkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateBulkEntitlementResponse) -> Self {
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
    pub struct QueryEntitlementWhen(::httpmock::When);
    impl QueryEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/entitlements/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::EntitlementFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryEntitlementThen(::httpmock::Then);
    impl QueryEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlementsResponse) -> Self {
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
    pub struct GetEntitlementWhen(::httpmock::When);
    impl GetEntitlementWhen {
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
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/entitlements/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
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
        pub fn ok(self, value: &types::EntitlementResponse) -> Self {
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
    pub struct UpdateEntitlementWhen(::httpmock::When);
    impl UpdateEntitlementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/entitlements/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
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
    pub struct UpdateEntitlementThen(::httpmock::Then);
    impl UpdateEntitlementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EntitlementResponse) -> Self {
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
    pub struct DeleteEntitlementWhen(::httpmock::When);
    impl DeleteEntitlementWhen {
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
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/entitlements/{}$", ::regex::escape(value)),
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
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct CloneEnvironmentWhen(::httpmock::When);
    impl CloneEnvironmentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/environments/[^/]*/clone$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/environments/{}/clone$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CloneEnvironmentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CloneEnvironmentThen(::httpmock::Then);
    impl CloneEnvironmentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::ModelsTemporalWorkflowResult) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
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
    pub struct IngestEventWhen(::httpmock::When);
    impl IngestEventWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::IngestEventRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct IngestEventThen(::httpmock::Then);
    impl IngestEventThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::StringMap) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
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
    pub struct GetUsageAnalyticsWhen(::httpmock::When);
    impl GetUsageAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events/analytics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetUsageAnalyticsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetUsageAnalyticsThen(::httpmock::Then);
    impl GetUsageAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetUsageAnalyticsResponse) -> Self {
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
    pub struct IngestEventsBulkWhen(::httpmock::When);
    impl IngestEventsBulkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events/bulk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::BulkIngestEventRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct IngestEventsBulkThen(::httpmock::Then);
    impl IngestEventsBulkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::StringMap) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
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
    pub struct GetHuggingfaceInferenceDataWhen(::httpmock::When);
    impl GetHuggingfaceInferenceDataWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/events/huggingface-inference$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetHuggingFaceBillingDataRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetHuggingfaceInferenceDataThen(::httpmock::Then);
    impl GetHuggingfaceInferenceDataThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetHuggingFaceBillingDataResponse) -> Self {
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
    pub struct GetEventWhen(::httpmock::When);
    impl GetEventWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/events/lookup$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            Self(self.0.query_param("id", value.to_string()))
        }
    }
    pub struct GetEventThen(::httpmock::Then);
    impl GetEventThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetEventByIdResponse) -> Self {
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
    pub struct ListRawEventsWhen(::httpmock::When);
    impl ListRawEventsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events/query$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetEventsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ListRawEventsThen(::httpmock::Then);
    impl ListRawEventsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetEventsResponse) -> Self {
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
    pub struct GetUsageStatisticsWhen(::httpmock::When);
    impl GetUsageStatisticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events/usage$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetUsageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetUsageStatisticsThen(::httpmock::Then);
    impl GetUsageStatisticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetUsageResponse) -> Self {
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
    pub struct GetUsageByMeterWhen(::httpmock::When);
    impl GetUsageByMeterWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/events/usage/meter$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetUsageByMeterRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetUsageByMeterThen(::httpmock::Then);
    impl GetUsageByMeterThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetUsageResponse) -> Self {
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
    pub struct CreateFeatureWhen(::httpmock::When);
    impl CreateFeatureWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/features$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateFeatureRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateFeatureThen(::httpmock::Then);
    impl CreateFeatureThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::FeatureResponse) -> Self {
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
    pub struct QueryFeatureWhen(::httpmock::When);
    impl QueryFeatureWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/features/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::FeatureFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryFeatureThen(::httpmock::Then);
    impl QueryFeatureThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFeaturesResponse) -> Self {
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
    pub struct UpdateFeatureWhen(::httpmock::When);
    impl UpdateFeatureWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/features/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/features/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateFeatureRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateFeatureThen(::httpmock::Then);
    impl UpdateFeatureThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FeatureResponse) -> Self {
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
    pub struct DeleteFeatureWhen(::httpmock::When);
    impl DeleteFeatureWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/features/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/features/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteFeatureThen(::httpmock::Then);
    impl DeleteFeatureThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct CloneFeatureWhen(::httpmock::When);
    impl CloneFeatureWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/features/[^/]*/clone$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/features/{}/clone$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CloneFeatureRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CloneFeatureThen(::httpmock::Then);
    impl CloneFeatureThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::FeatureResponse) -> Self {
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
    pub struct CreateGroupWhen(::httpmock::When);
    impl CreateGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/groups$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateGroupRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateGroupThen(::httpmock::Then);
    impl CreateGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::GroupResponse) -> Self {
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
    pub struct QueryGroupWhen(::httpmock::When);
    impl QueryGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/groups/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GroupFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryGroupThen(::httpmock::Then);
    impl QueryGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListGroupsResponse) -> Self {
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
    pub struct GetGroupWhen(::httpmock::When);
    impl GetGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/groups/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/groups/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetGroupThen(::httpmock::Then);
    impl GetGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GroupResponse) -> Self {
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
    pub struct DeleteGroupWhen(::httpmock::When);
    impl DeleteGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/groups/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/groups/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteGroupThen(::httpmock::Then);
    impl DeleteGroupThen {
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
    pub struct GetIntegrationConfigWhen(::httpmock::When);
    impl GetIntegrationConfigWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/integrations/config$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GetIntegrationConfigThen(::httpmock::Then);
    impl GetIntegrationConfigThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::IntegrationConfigResponse) -> Self {
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
    pub struct LinkIntegrationMappingWhen(::httpmock::When);
    impl LinkIntegrationMappingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/integrations/link$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::LinkIntegrationMappingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct LinkIntegrationMappingThen(::httpmock::Then);
    impl LinkIntegrationMappingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::LinkIntegrationMappingResponse) -> Self {
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
    pub struct DelinkIntegrationMappingWhen(::httpmock::When);
    impl DelinkIntegrationMappingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/integrations/link$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::DelinkIntegrationMappingRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DelinkIntegrationMappingThen(::httpmock::Then);
    impl DelinkIntegrationMappingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct GetEntityIntegrationMappingsWhen(::httpmock::When);
    impl GetEntityIntegrationMappingsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/integrations/mappings$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn entity_id(self, value: &str) -> Self {
            Self(self.0.query_param("entity_id", value.to_string()))
        }
        pub fn entity_type(self, value: &str) -> Self {
            Self(self.0.query_param("entity_type", value.to_string()))
        }
    }
    pub struct GetEntityIntegrationMappingsThen(::httpmock::Then);
    impl GetEntityIntegrationMappingsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntityIntegrationMappingsResponse) -> Self {
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
    pub struct CreateInvoiceWhen(::httpmock::When);
    impl CreateInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/invoices$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateInvoiceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateInvoiceThen(::httpmock::Then);
    impl CreateInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct GetInvoicePreviewWhen(::httpmock::When);
    impl GetInvoicePreviewWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/invoices/preview$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetPreviewInvoiceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetInvoicePreviewThen(::httpmock::Then);
    impl GetInvoicePreviewThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct QueryInvoiceWhen(::httpmock::When);
    impl QueryInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/invoices/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::InvoiceFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryInvoiceThen(::httpmock::Then);
    impl QueryInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListInvoicesResponse) -> Self {
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
    pub struct GetInvoiceWhen(::httpmock::When);
    impl GetInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/invoices/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
        pub fn expand_by_source<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand_by_source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand_by_source"))
            }
        }
        pub fn group_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| when.query_param("group_by", item.to_string()),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("group_by"))
            }
        }
    }
    pub struct GetInvoiceThen(::httpmock::Then);
    impl GetInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct UpdateInvoiceWhen(::httpmock::When);
    impl UpdateInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/invoices/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateInvoiceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateInvoiceThen(::httpmock::Then);
    impl UpdateInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct TriggerInvoiceCommsWebhookWhen(::httpmock::When);
    impl TriggerInvoiceCommsWebhookWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/comms/trigger$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/comms/trigger$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct TriggerInvoiceCommsWebhookThen(::httpmock::Then);
    impl TriggerInvoiceCommsWebhookThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct FinalizeInvoiceWhen(::httpmock::When);
    impl FinalizeInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/finalize$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/finalize$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct FinalizeInvoiceThen(::httpmock::Then);
    impl FinalizeInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct UpdateInvoicePaymentStatusWhen(::httpmock::When);
    impl UpdateInvoicePaymentStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/payment$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/payment$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePaymentStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateInvoicePaymentStatusThen(::httpmock::Then);
    impl UpdateInvoicePaymentStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct AttemptInvoicePaymentWhen(::httpmock::When);
    impl AttemptInvoicePaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/payment/attempt$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/payment/attempt$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct AttemptInvoicePaymentThen(::httpmock::Then);
    impl AttemptInvoicePaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct GetInvoicePdfWhen(::httpmock::When);
    impl GetInvoicePdfWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/invoices/[^/]*/pdf$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/pdf$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn force_generate<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("force_generate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("force_generate"))
            }
        }
        pub fn url<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("url", value.to_string()))
            } else {
                Self(self.0.query_param_missing("url"))
            }
        }
    }
    pub struct GetInvoicePdfThen(::httpmock::Then);
    impl GetInvoicePdfThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body(value),
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
    pub struct RecalculateInvoiceWhen(::httpmock::When);
    impl RecalculateInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/recalculate$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/recalculate$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RecalculateInvoiceThen(::httpmock::Then);
    impl RecalculateInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::ModelsTemporalWorkflowResult) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
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
    pub struct RecalculateInvoiceV2When(::httpmock::When);
    impl RecalculateInvoiceV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/invoices/[^/]*/recalculate-v2$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/recalculate-v2$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn finalize<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("finalize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("finalize"))
            }
        }
    }
    pub struct RecalculateInvoiceV2Then(::httpmock::Then);
    impl RecalculateInvoiceV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::InvoiceResponse) -> Self {
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
    pub struct VoidInvoiceWhen(::httpmock::When);
    impl VoidInvoiceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/invoices/[^/]*/void$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/invoices/{}/void$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct VoidInvoiceThen(::httpmock::Then);
    impl VoidInvoiceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct CreateMarketplaceAgreementWhen(::httpmock::When);
    impl CreateMarketplaceAgreementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/marketplace/agreements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::RegisterMarketplaceAgreementRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateMarketplaceAgreementThen(::httpmock::Then);
    impl CreateMarketplaceAgreementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(
            self,
            value: &types::RegisterMarketplaceAgreementResponse,
        ) -> Self {
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
    pub struct ListPaymentsWhen(::httpmock::When);
    impl ListPaymentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/payments$").unwrap()),
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
        pub fn destination_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("destination_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("destination_id"))
            }
        }
        pub fn destination_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("destination_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("destination_type"))
            }
        }
        pub fn end_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
        pub fn gateway_payment_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("gateway_payment_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("gateway_payment_id"))
            }
        }
        pub fn gateway_tracking_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("gateway_tracking_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("gateway_tracking_id"))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListPaymentsOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn payment_gateway<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("payment_gateway", value.to_string()))
            } else {
                Self(self.0.query_param_missing("payment_gateway"))
            }
        }
        pub fn payment_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("payment_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("payment_ids"))
            }
        }
        pub fn payment_method_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("payment_method_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("payment_method_type"))
            }
        }
        pub fn payment_status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("payment_status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("payment_status"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
        pub fn start_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_time"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListPaymentsStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListPaymentsThen(::httpmock::Then);
    impl ListPaymentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPaymentsResponse) -> Self {
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
    pub struct CreatePaymentWhen(::httpmock::When);
    impl CreatePaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/payments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreatePaymentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePaymentThen(::httpmock::Then);
    impl CreatePaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::PaymentResponse) -> Self {
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
    pub struct GetPaymentWhen(::httpmock::When);
    impl GetPaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/payments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/payments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPaymentThen(::httpmock::Then);
    impl GetPaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PaymentResponse) -> Self {
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
    pub struct UpdatePaymentWhen(::httpmock::When);
    impl UpdatePaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/payments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/payments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePaymentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePaymentThen(::httpmock::Then);
    impl UpdatePaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PaymentResponse) -> Self {
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
    pub struct DeletePaymentWhen(::httpmock::When);
    impl DeletePaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/payments/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/payments/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeletePaymentThen(::httpmock::Then);
    impl DeletePaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct ProcessPaymentWhen(::httpmock::When);
    impl ProcessPaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/payments/[^/]*/process$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/payments/{}/process$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ProcessPaymentThen(::httpmock::Then);
    impl ProcessPaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PaymentResponse) -> Self {
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
    pub struct CreatePlanWhen(::httpmock::When);
    impl CreatePlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/plans$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreatePlanRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePlanThen(::httpmock::Then);
    impl CreatePlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::PlanResponse) -> Self {
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
    pub struct QueryPlanWhen(::httpmock::When);
    impl QueryPlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/plans/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::PlanFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryPlanThen(::httpmock::Then);
    impl QueryPlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPlansResponse) -> Self {
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
    pub struct GetPlanWhen(::httpmock::When);
    impl GetPlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/plans/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/plans/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPlanThen(::httpmock::Then);
    impl GetPlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PlanResponse) -> Self {
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
    pub struct UpdatePlanWhen(::httpmock::When);
    impl UpdatePlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/plans/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/plans/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePlanRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePlanThen(::httpmock::Then);
    impl UpdatePlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PlanResponse) -> Self {
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
    pub struct DeletePlanWhen(::httpmock::When);
    impl DeletePlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/plans/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/plans/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeletePlanThen(::httpmock::Then);
    impl DeletePlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct ClonePlanWhen(::httpmock::When);
    impl ClonePlanWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/plans/[^/]*/clone$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/plans/{}/clone$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ClonePlanRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ClonePlanThen(::httpmock::Then);
    impl ClonePlanThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::PlanResponse) -> Self {
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
    pub struct GetPlanCreditGrantsWhen(::httpmock::When);
    impl GetPlanCreditGrantsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/plans/[^/]*/creditgrants$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/plans/{}/creditgrants$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPlanCreditGrantsThen(::httpmock::Then);
    impl GetPlanCreditGrantsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCreditGrantsResponse) -> Self {
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
    pub struct GetPlanEntitlementsWhen(::httpmock::When);
    impl GetPlanEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/plans/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/plans/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPlanEntitlementsThen(::httpmock::Then);
    impl GetPlanEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEntitlementsResponse) -> Self {
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
    pub struct SyncPlanPricesWhen(::httpmock::When);
    impl SyncPlanPricesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/plans/[^/]*/sync/subscriptions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/plans/{}/sync/subscriptions$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct SyncPlanPricesThen(::httpmock::Then);
    impl SyncPlanPricesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ModelsTemporalWorkflowResult) -> Self {
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
    pub struct CreatePriceWhen(::httpmock::When);
    impl CreatePriceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/prices$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreatePriceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePriceThen(::httpmock::Then);
    impl CreatePriceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::PriceResponse) -> Self {
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
    pub struct CreatePricesBulkWhen(::httpmock::When);
    impl CreatePricesBulkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/prices/bulk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateBulkPriceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePricesBulkThen(::httpmock::Then);
    impl CreatePricesBulkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateBulkPriceResponse) -> Self {
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
    pub struct GetPriceByLookupKeyWhen(::httpmock::When);
    impl GetPriceByLookupKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/prices/lookup/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn lookup_key(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/prices/lookup/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPriceByLookupKeyThen(::httpmock::Then);
    impl GetPriceByLookupKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceResponse) -> Self {
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
    pub struct QueryPriceWhen(::httpmock::When);
    impl QueryPriceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/prices/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::PriceFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryPriceThen(::httpmock::Then);
    impl QueryPriceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPricesResponse) -> Self {
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
    pub struct ListPriceUnitsWhen(::httpmock::When);
    impl ListPriceUnitsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/prices/units$").unwrap()),
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListPriceUnitsOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListPriceUnitsThen(::httpmock::Then);
    impl ListPriceUnitsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPriceUnitsResponse) -> Self {
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
    pub struct CreatePriceUnitWhen(::httpmock::When);
    impl CreatePriceUnitWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/prices/units$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreatePriceUnitRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreatePriceUnitThen(::httpmock::Then);
    impl CreatePriceUnitThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreatePriceUnitResponse) -> Self {
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
    pub struct GetPriceUnitByCodeWhen(::httpmock::When);
    impl GetPriceUnitByCodeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/prices/units/code/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn code(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/prices/units/code/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPriceUnitByCodeThen(::httpmock::Then);
    impl GetPriceUnitByCodeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceUnitResponse) -> Self {
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
    pub struct QueryPriceUnitWhen(::httpmock::When);
    impl QueryPriceUnitWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/prices/units/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::PriceUnitFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryPriceUnitThen(::httpmock::Then);
    impl QueryPriceUnitThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListPriceUnitsResponse) -> Self {
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
    pub struct GetPriceUnitWhen(::httpmock::When);
    impl GetPriceUnitWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/prices/units/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/prices/units/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPriceUnitThen(::httpmock::Then);
    impl GetPriceUnitThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceUnitResponse) -> Self {
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
    pub struct UpdatePriceUnitWhen(::httpmock::When);
    impl UpdatePriceUnitWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/prices/units/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/prices/units/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePriceUnitRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePriceUnitThen(::httpmock::Then);
    impl UpdatePriceUnitThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceUnitResponse) -> Self {
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
    pub struct DeletePriceUnitWhen(::httpmock::When);
    impl DeletePriceUnitWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/prices/units/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/prices/units/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeletePriceUnitThen(::httpmock::Then);
    impl DeletePriceUnitThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct GetPriceWhen(::httpmock::When);
    impl GetPriceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/prices/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/prices/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPriceThen(::httpmock::Then);
    impl GetPriceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceResponse) -> Self {
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
    pub struct UpdatePriceWhen(::httpmock::When);
    impl UpdatePriceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/prices/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/prices/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdatePriceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdatePriceThen(::httpmock::Then);
    impl UpdatePriceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PriceResponse) -> Self {
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
    pub struct DeletePriceWhen(::httpmock::When);
    impl DeletePriceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/prices/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/prices/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::DeletePriceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DeletePriceThen(::httpmock::Then);
    impl DeletePriceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct ListRbacRolesWhen(::httpmock::When);
    impl ListRbacRolesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/rbac/roles$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn user_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListRbacRolesUserType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("user_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("user_type"))
            }
        }
    }
    pub struct ListRbacRolesThen(::httpmock::Then);
    impl ListRbacRolesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JsonObject) -> Self {
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
    pub struct GetRbacRoleWhen(::httpmock::When);
    impl GetRbacRoleWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/rbac/roles/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/rbac/roles/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRbacRoleThen(::httpmock::Then);
    impl GetRbacRoleThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JsonObject) -> Self {
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
    pub struct ListApiKeysWhen(::httpmock::When);
    impl ListApiKeysWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/secrets/api/keys$").unwrap()),
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListApiKeysThen(::httpmock::Then);
    impl ListApiKeysThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSecretsResponse) -> Self {
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
    pub struct CreateApiKeyWhen(::httpmock::When);
    impl CreateApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/secrets/api/keys$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateApiKeyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateApiKeyThen(::httpmock::Then);
    impl CreateApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateApiKeyResponse) -> Self {
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
    pub struct DeleteApiKeyWhen(::httpmock::When);
    impl DeleteApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/secrets/api/keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/secrets/api/keys/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteApiKeyThen(::httpmock::Then);
    impl DeleteApiKeyThen {
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
    pub struct CreateSubscriptionWhen(::httpmock::When);
    impl CreateSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/subscriptions$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateSubscriptionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateSubscriptionThen(::httpmock::Then);
    impl CreateSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::SubscriptionResponse) -> Self {
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
    pub struct AddSubscriptionAddonWhen(::httpmock::When);
    impl AddSubscriptionAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/subscriptions/addon$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AddAddonRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddSubscriptionAddonThen(::httpmock::Then);
    impl AddSubscriptionAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AddAddonToSubscriptionResponse) -> Self {
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
    pub struct RemoveSubscriptionAddonWhen(::httpmock::When);
    impl RemoveSubscriptionAddonWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/subscriptions/addon$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::RemoveAddonRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RemoveSubscriptionAddonThen(::httpmock::Then);
    impl RemoveSubscriptionAddonThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct QuerySubscriptionLineItemsWhen(::httpmock::When);
    impl QuerySubscriptionLineItemsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/lineitems/search$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SubscriptionLineItemFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QuerySubscriptionLineItemsThen(::httpmock::Then);
    impl QuerySubscriptionLineItemsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSubscriptionLineItemsResponse) -> Self {
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
    pub struct UpdateSubscriptionLineItemWhen(::httpmock::When);
    impl UpdateSubscriptionLineItemWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/lineitems/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/lineitems/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateSubscriptionLineItemRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateSubscriptionLineItemThen(::httpmock::Then);
    impl UpdateSubscriptionLineItemThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionLineItemResponse) -> Self {
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
    pub struct DeleteSubscriptionLineItemWhen(::httpmock::When);
    impl DeleteSubscriptionLineItemWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/lineitems/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/lineitems/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::DeleteSubscriptionLineItemRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DeleteSubscriptionLineItemThen(::httpmock::Then);
    impl DeleteSubscriptionLineItemThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionLineItemResponse) -> Self {
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
    pub struct QuerySubscriptionWhen(::httpmock::When);
    impl QuerySubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/subscriptions/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SubscriptionFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QuerySubscriptionThen(::httpmock::Then);
    impl QuerySubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListSubscriptionsResponse) -> Self {
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
    pub struct GetSubscriptionUsageWhen(::httpmock::When);
    impl GetSubscriptionUsageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/subscriptions/usage$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::GetUsageBySubscriptionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetSubscriptionUsageThen(::httpmock::Then);
    impl GetSubscriptionUsageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetUsageBySubscriptionResponse) -> Self {
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
    pub struct GetSubscriptionWhen(::httpmock::When);
    impl GetSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/subscriptions/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}$", ::regex::escape(value)),
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
        pub fn ok(self, value: &types::SubscriptionResponse) -> Self {
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
    pub struct UpdateSubscriptionWhen(::httpmock::When);
    impl UpdateSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/subscriptions/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateSubscriptionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateSubscriptionThen(::httpmock::Then);
    impl UpdateSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionResponse) -> Self {
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
    pub struct ActivateSubscriptionWhen(::httpmock::When);
    impl ActivateSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/activate$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/activate$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ActivateDraftSubscriptionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ActivateSubscriptionThen(::httpmock::Then);
    impl ActivateSubscriptionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionResponse) -> Self {
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
    pub struct GetSubscriptionAddonAssociationsWhen(::httpmock::When);
    impl GetSubscriptionAddonAssociationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/addons/associations$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/addons/associations$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSubscriptionAddonAssociationsThen(::httpmock::Then);
    impl GetSubscriptionAddonAssociationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AddonAssociationResponseList) -> Self {
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
    pub struct CancelSubscriptionWhen(::httpmock::When);
    impl CancelSubscriptionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/cancel$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CancelSubscriptionRequest) -> Self {
            Self(self.0.json_body_obj(value))
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
        pub fn ok(self, value: &types::CancelSubscriptionResponse) -> Self {
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
    pub struct ExecuteSubscriptionChangeWhen(::httpmock::When);
    impl ExecuteSubscriptionChangeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/change/execute$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/change/execute$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SubscriptionChangeRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ExecuteSubscriptionChangeThen(::httpmock::Then);
    impl ExecuteSubscriptionChangeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionChangeExecuteResponse) -> Self {
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
    pub struct PreviewSubscriptionChangeWhen(::httpmock::When);
    impl PreviewSubscriptionChangeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/change/preview$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/change/preview$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SubscriptionChangeRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PreviewSubscriptionChangeThen(::httpmock::Then);
    impl PreviewSubscriptionChangeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionChangePreviewResponse) -> Self {
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
    pub struct ExecuteSubscriptionPlanChangeV2When(::httpmock::When);
    impl ExecuteSubscriptionPlanChangeV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/change/v2/execute$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/change/v2/execute$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SubscriptionChangeV2Request) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ExecuteSubscriptionPlanChangeV2Then(::httpmock::Then);
    impl ExecuteSubscriptionPlanChangeV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionChangeV2Response) -> Self {
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
    pub struct PreviewSubscriptionPlanChangeV2When(::httpmock::When);
    impl PreviewSubscriptionPlanChangeV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/change/v2/preview$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/change/v2/preview$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::SubscriptionChangeV2Request) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PreviewSubscriptionPlanChangeV2Then(::httpmock::Then);
    impl PreviewSubscriptionPlanChangeV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionChangeV2Response) -> Self {
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
    pub struct GetSubscriptionEntitlementsWhen(::httpmock::When);
    impl GetSubscriptionEntitlementsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/entitlements$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/entitlements$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn feature_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("feature_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("feature_ids"))
            }
        }
    }
    pub struct GetSubscriptionEntitlementsThen(::httpmock::Then);
    impl GetSubscriptionEntitlementsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionEntitlementsResponse) -> Self {
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
    pub struct GetSubscriptionUpcomingGrantsWhen(::httpmock::When);
    impl GetSubscriptionUpcomingGrantsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/grants/upcoming$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/grants/upcoming$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSubscriptionUpcomingGrantsThen(::httpmock::Then);
    impl GetSubscriptionUpcomingGrantsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCreditGrantApplicationsResponse) -> Self {
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
    pub struct CreateSubscriptionLineItemWhen(::httpmock::When);
    impl CreateSubscriptionLineItemWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/lineitems$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/lineitems$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateSubscriptionLineItemRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateSubscriptionLineItemThen(::httpmock::Then);
    impl CreateSubscriptionLineItemThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::SubscriptionLineItemResponse) -> Self {
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
    pub struct ExecuteSubscriptionModifyWhen(::httpmock::When);
    impl ExecuteSubscriptionModifyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/modify/execute$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/modify/execute$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ExecuteSubscriptionModifyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ExecuteSubscriptionModifyThen(::httpmock::Then);
    impl ExecuteSubscriptionModifyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionModifyResponse) -> Self {
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
    pub struct PreviewSubscriptionModifyWhen(::httpmock::When);
    impl PreviewSubscriptionModifyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/modify/preview$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/{}/modify/preview$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ExecuteSubscriptionModifyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PreviewSubscriptionModifyThen(::httpmock::Then);
    impl PreviewSubscriptionModifyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionModifyResponse) -> Self {
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
    pub struct GetSubscriptionV2When(::httpmock::When);
    impl GetSubscriptionV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/v2$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/v2$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct GetSubscriptionV2Then(::httpmock::Then);
    impl GetSubscriptionV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionResponseV2) -> Self {
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
    pub struct ListTasksWhen(::httpmock::When);
    impl ListTasksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn created_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("created_by", value.to_string()))
            } else {
                Self(self.0.query_param_missing("created_by"))
            }
        }
        pub fn end_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time"))
            }
        }
        pub fn entity_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListTasksEntityType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("entity_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("entity_type"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListTasksOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn scheduled_task_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("scheduled_task_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("scheduled_task_id"))
            }
        }
        pub fn sort<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sort", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sort"))
            }
        }
        pub fn start_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_time"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListTasksStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn task_status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListTasksTaskStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("task_status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("task_status"))
            }
        }
        pub fn task_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListTasksTaskType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("task_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("task_type"))
            }
        }
    }
    pub struct ListTasksThen(::httpmock::Then);
    impl ListTasksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListTasksResponse) -> Self {
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
    pub struct GetTaskResultWhen(::httpmock::When);
    impl GetTaskResultWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/result$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn workflow_id(self, value: &str) -> Self {
            Self(self.0.query_param("workflow_id", value.to_string()))
        }
    }
    pub struct GetTaskResultThen(::httpmock::Then);
    impl GetTaskResultThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ModelsTemporalWorkflowResult) -> Self {
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
    pub struct ListScheduledTasksWhen(::httpmock::When);
    impl ListScheduledTasksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/scheduled$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn connection_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("connection_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("connection_id"))
            }
        }
        pub fn enabled<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("enabled", value.to_string()))
            } else {
                Self(self.0.query_param_missing("enabled"))
            }
        }
        pub fn entity_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("entity_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("entity_type"))
            }
        }
        pub fn interval<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("interval", value.to_string()))
            } else {
                Self(self.0.query_param_missing("interval"))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    pub struct ListScheduledTasksThen(::httpmock::Then);
    impl ListScheduledTasksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListScheduledTasksResponse) -> Self {
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
    pub struct CreateScheduledTaskWhen(::httpmock::When);
    impl CreateScheduledTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/tasks/scheduled$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateScheduledTaskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateScheduledTaskThen(::httpmock::Then);
    impl CreateScheduledTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ScheduledTaskResponse) -> Self {
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
    pub struct ScheduleDraftFinalizationWhen(::httpmock::When);
    impl ScheduleDraftFinalizationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/tasks/scheduled/schedule-draft-finalization$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ScheduleDraftFinalizationThen(::httpmock::Then);
    impl ScheduleDraftFinalizationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnyObject) -> Self {
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
    pub struct ScheduleUpdateBillingPeriodWhen(::httpmock::When);
    impl ScheduleUpdateBillingPeriodWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/tasks/scheduled/schedule-update-billing-period$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AnyObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ScheduleUpdateBillingPeriodThen(::httpmock::Then);
    impl ScheduleUpdateBillingPeriodThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnyObject) -> Self {
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
    pub struct GetScheduledTaskWhen(::httpmock::When);
    impl GetScheduledTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/scheduled/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/scheduled/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetScheduledTaskThen(::httpmock::Then);
    impl GetScheduledTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledTaskResponse) -> Self {
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
    pub struct UpdateScheduledTaskWhen(::httpmock::When);
    impl UpdateScheduledTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/tasks/scheduled/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/scheduled/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateScheduledTaskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateScheduledTaskThen(::httpmock::Then);
    impl UpdateScheduledTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledTaskResponse) -> Self {
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
    pub struct DeleteScheduledTaskWhen(::httpmock::When);
    impl DeleteScheduledTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/tasks/scheduled/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/scheduled/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteScheduledTaskThen(::httpmock::Then);
    impl DeleteScheduledTaskThen {
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
    pub struct TriggerScheduledTaskRunWhen(::httpmock::When);
    impl TriggerScheduledTaskRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/tasks/scheduled/[^/]*/run$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/scheduled/{}/run$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::TriggerForceRunRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TriggerScheduledTaskRunThen(::httpmock::Then);
    impl TriggerScheduledTaskRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TriggerForceRunResponse) -> Self {
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
    pub struct GetTaskWhen(::httpmock::When);
    impl GetTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/tasks/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTaskThen(::httpmock::Then);
    impl GetTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaskResponse) -> Self {
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
    pub struct DownloadTaskExportWhen(::httpmock::When);
    impl DownloadTaskExportWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/[^/]*/download$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/{}/download$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DownloadTaskExportThen(::httpmock::Then);
    impl DownloadTaskExportThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StringMap) -> Self {
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
    pub struct UpdateTaskStatusWhen(::httpmock::When);
    impl UpdateTaskStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/tasks/[^/]*/status$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/tasks/{}/status$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTaskStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTaskStatusThen(::httpmock::Then);
    impl UpdateTaskStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SuccessResponse) -> Self {
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
    pub struct ListTaxAssociationsWhen(::httpmock::When);
    impl ListTaxAssociationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/taxes/associations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn entity_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("entity_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("entity_id"))
            }
        }
        pub fn entity_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("entity_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("entity_type"))
            }
        }
        pub fn external_customer_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("external_customer_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("external_customer_id"))
            }
        }
        pub fn tax_rate_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("tax_rate_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("tax_rate_id"))
            }
        }
    }
    pub struct ListTaxAssociationsThen(::httpmock::Then);
    impl ListTaxAssociationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListTaxAssociationsResponse) -> Self {
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
    pub struct CreateTaxAssociationWhen(::httpmock::When);
    impl CreateTaxAssociationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/taxes/associations$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateTaxAssociationRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTaxAssociationThen(::httpmock::Then);
    impl CreateTaxAssociationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxAssociationResponse) -> Self {
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
    pub struct GetTaxAssociationWhen(::httpmock::When);
    impl GetTaxAssociationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/taxes/associations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/associations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTaxAssociationThen(::httpmock::Then);
    impl GetTaxAssociationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxAssociationResponse) -> Self {
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
    pub struct UpdateTaxAssociationWhen(::httpmock::When);
    impl UpdateTaxAssociationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/taxes/associations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/associations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::TaxAssociationUpdateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTaxAssociationThen(::httpmock::Then);
    impl UpdateTaxAssociationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxAssociationResponse) -> Self {
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
    pub struct DeleteTaxAssociationWhen(::httpmock::When);
    impl DeleteTaxAssociationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/taxes/associations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/associations/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteTaxAssociationThen(::httpmock::Then);
    impl DeleteTaxAssociationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxAssociationResponse) -> Self {
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
    pub struct GetTaxRatesWhen(::httpmock::When);
    impl GetTaxRatesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/taxes/rates$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn end_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetTaxRatesOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn scope<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetTaxRatesScope>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("scope", value.to_string()))
            } else {
                Self(self.0.query_param_missing("scope"))
            }
        }
        pub fn start_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_time"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetTaxRatesStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn taxrate_codes<'a, T>(self, value: T) -> Self
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
                                when.query_param("taxrate_codes", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("taxrate_codes"))
            }
        }
        pub fn taxrate_ids<'a, T>(self, value: T) -> Self
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
                                when.query_param("taxrate_ids", item.to_string())
                            },
                        ),
                )
            } else {
                Self(self.0.query_param_missing("taxrate_ids"))
            }
        }
    }
    pub struct GetTaxRatesThen(::httpmock::Then);
    impl GetTaxRatesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListTaxRatesResponse) -> Self {
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
    pub struct CreateTaxRateWhen(::httpmock::When);
    impl CreateTaxRateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/taxes/rates$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateTaxRateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTaxRateThen(::httpmock::Then);
    impl CreateTaxRateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::TaxRateResponse) -> Self {
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
    pub struct GetTaxRateWhen(::httpmock::When);
    impl GetTaxRateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/taxes/rates/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/rates/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTaxRateThen(::httpmock::Then);
    impl GetTaxRateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxRateResponse) -> Self {
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
    pub struct UpdateTaxRateWhen(::httpmock::When);
    impl UpdateTaxRateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/taxes/rates/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/rates/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTaxRateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTaxRateThen(::httpmock::Then);
    impl UpdateTaxRateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TaxRateResponse) -> Self {
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
    pub struct DeleteTaxRateWhen(::httpmock::When);
    impl DeleteTaxRateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/taxes/rates/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/taxes/rates/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteTaxRateThen(::httpmock::Then);
    impl DeleteTaxRateThen {
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
    pub struct GetTenantBillingUsageWhen(::httpmock::When);
    impl GetTenantBillingUsageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tenant/billing$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GetTenantBillingUsageThen(::httpmock::Then);
    impl GetTenantBillingUsageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TenantBillingUsage) -> Self {
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
    pub struct UpdateTenantWhen(::httpmock::When);
    impl UpdateTenantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/tenants/update$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateTenantRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTenantThen(::httpmock::Then);
    impl UpdateTenantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TenantResponse) -> Self {
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
    pub struct GetTenantByIdWhen(::httpmock::When);
    impl GetTenantByIdWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tenants/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/tenants/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTenantByIdThen(::httpmock::Then);
    impl GetTenantByIdThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TenantResponse) -> Self {
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
    pub struct SearchUsageRecordsWhen(::httpmock::When);
    impl SearchUsageRecordsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/usage-records/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UsageRecordFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SearchUsageRecordsThen(::httpmock::Then);
    impl SearchUsageRecordsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListUsageRecordsResponse) -> Self {
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
    pub struct CreateUserWhen(::httpmock::When);
    impl CreateUserWhen {
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
        pub fn body(self, value: &types::CreateUserRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateUserThen(::httpmock::Then);
    impl CreateUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateUserResponse) -> Self {
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
    pub struct GetUserInfoWhen(::httpmock::When);
    impl GetUserInfoWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/users/me$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GetUserInfoThen(::httpmock::Then);
    impl GetUserInfoThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserResponse) -> Self {
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
    pub struct UpdateUserWhen(::httpmock::When);
    impl UpdateUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/users/me$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateUserRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateUserThen(::httpmock::Then);
    impl UpdateUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateUserResponse) -> Self {
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
    pub struct QueryUserWhen(::httpmock::When);
    impl QueryUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/users/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UserFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryUserThen(::httpmock::Then);
    impl QueryUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListUsersResponse) -> Self {
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
    pub struct UpdateServiceAccountWhen(::httpmock::When);
    impl UpdateServiceAccountWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/users/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/users/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateServiceAccountRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateServiceAccountThen(::httpmock::Then);
    impl UpdateServiceAccountThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateServiceAccountResponse) -> Self {
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
    pub struct DeleteServiceAccountWhen(::httpmock::When);
    impl DeleteServiceAccountWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/users/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/users/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteServiceAccountThen(::httpmock::Then);
    impl DeleteServiceAccountThen {
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
    pub struct UpdateUserRolesWhen(::httpmock::When);
    impl UpdateUserRolesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/users/[^/]*/roles$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/users/{}/roles$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateUserRolesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateUserRolesThen(::httpmock::Then);
    impl UpdateUserRolesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateUserRolesResponse) -> Self {
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
    pub struct ListAllSubscriptionSchedulesWhen(::httpmock::When);
    impl ListAllSubscriptionSchedulesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscription-schedules$").unwrap(),
                    ),
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn pending_only<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pending_only", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pending_only"))
            }
        }
        pub fn subscription_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("subscription_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("subscription_id"))
            }
        }
    }
    pub struct ListAllSubscriptionSchedulesThen(::httpmock::Then);
    impl ListAllSubscriptionSchedulesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetPendingSchedulesResponse) -> Self {
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
    pub struct GetSubscriptionScheduleWhen(::httpmock::When);
    impl GetSubscriptionScheduleWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscription-schedules/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscription-schedules/{}$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSubscriptionScheduleThen(::httpmock::Then);
    impl GetSubscriptionScheduleThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SubscriptionScheduleResponse) -> Self {
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
    pub struct CancelSubscriptionScheduleWhen(::httpmock::When);
    impl CancelSubscriptionScheduleWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/schedules/[^/]*/cancel$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/subscriptions/schedules/{}/cancel$", ::regex::escape(value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CancelScheduleRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CancelSubscriptionScheduleThen(::httpmock::Then);
    impl CancelSubscriptionScheduleThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CancelScheduleResponse) -> Self {
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
    pub struct ListSubscriptionSchedulesWhen(::httpmock::When);
    impl ListSubscriptionSchedulesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/subscriptions/[^/]*/schedules$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn subscription_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/subscriptions/{}/schedules$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListSubscriptionSchedulesThen(::httpmock::Then);
    impl ListSubscriptionSchedulesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetPendingSchedulesResponse) -> Self {
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
    pub struct CreateWalletWhen(::httpmock::When);
    impl CreateWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/wallets$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateWalletRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateWalletThen(::httpmock::Then);
    impl CreateWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponse) -> Self {
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
    pub struct QueryWalletWhen(::httpmock::When);
    impl QueryWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/wallets/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::WalletFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryWalletThen(::httpmock::Then);
    impl QueryWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWalletsResponse) -> Self {
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
    pub struct QueryWalletTransactionWhen(::httpmock::When);
    impl QueryWalletTransactionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/wallets/transactions/search$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::WalletTransactionFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryWalletTransactionThen(::httpmock::Then);
    impl QueryWalletTransactionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWalletTransactionsResponse) -> Self {
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
    pub struct GetWalletWhen(::httpmock::When);
    impl GetWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/wallets/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/wallets/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetWalletThen(::httpmock::Then);
    impl GetWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponse) -> Self {
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
    pub struct UpdateWalletWhen(::httpmock::When);
    impl UpdateWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/wallets/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/wallets/{}$", ::regex::escape(value)))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateWalletRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateWalletThen(::httpmock::Then);
    impl UpdateWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponse) -> Self {
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
    pub struct GetWalletBalanceWhen(::httpmock::When);
    impl GetWalletBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/wallets/[^/]*/balance/real-time$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/wallets/{}/balance/real-time$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct GetWalletBalanceThen(::httpmock::Then);
    impl GetWalletBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletBalanceResponse) -> Self {
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
    pub struct TerminateWalletWhen(::httpmock::When);
    impl TerminateWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/wallets/[^/]*/terminate$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/wallets/{}/terminate$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct TerminateWalletThen(::httpmock::Then);
    impl TerminateWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WalletResponse) -> Self {
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
    pub struct TopUpWalletWhen(::httpmock::When);
    impl TopUpWalletWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/wallets/[^/]*/top-up$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/wallets/{}/top-up$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::TopUpWalletRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TopUpWalletThen(::httpmock::Then);
    impl TopUpWalletThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TopUpWalletResponse) -> Self {
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
    pub struct GetWalletTransactionsWhen(::httpmock::When);
    impl GetWalletTransactionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/wallets/[^/]*/transactions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/wallets/{}/transactions$", ::regex::escape(value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn created_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("created_by", value.to_string()))
            } else {
                Self(self.0.query_param_missing("created_by"))
            }
        }
        pub fn credits_available_gt<T>(self, value: T) -> Self
        where
            T: Into<Option<f64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("credits_available_gt", value.to_string()))
            } else {
                Self(self.0.query_param_missing("credits_available_gt"))
            }
        }
        pub fn end_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_time"))
            }
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expand", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
        pub fn expiry_date_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expiry_date_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expiry_date_after"))
            }
        }
        pub fn expiry_date_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("expiry_date_before", value.to_string()))
            } else {
                Self(self.0.query_param_missing("expiry_date_before"))
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
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetWalletTransactionsOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn priority<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("priority", value.to_string()))
            } else {
                Self(self.0.query_param_missing("priority"))
            }
        }
        pub fn query_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("id"))
            }
        }
        pub fn reference_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("reference_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("reference_id"))
            }
        }
        pub fn reference_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("reference_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("reference_type"))
            }
        }
        pub fn start_time<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_time", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_time"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetWalletTransactionsStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn transaction_reason<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetWalletTransactionsTransactionReason>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("transaction_reason", value.to_string()))
            } else {
                Self(self.0.query_param_missing("transaction_reason"))
            }
        }
        pub fn transaction_status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetWalletTransactionsTransactionStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("transaction_status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("transaction_status"))
            }
        }
        pub fn type_<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetWalletTransactionsType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("type"))
            }
        }
    }
    pub struct GetWalletTransactionsThen(::httpmock::Then);
    impl GetWalletTransactionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWalletTransactionsResponse) -> Self {
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
    pub struct QueryWorkflowWhen(::httpmock::When);
    impl QueryWorkflowWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/workflows/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::WorkflowExecutionFilter) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct QueryWorkflowThen(::httpmock::Then);
    impl QueryWorkflowThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWorkflowsResponse) -> Self {
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

 Named for this crate so that the mocks of several crates can be used in one test; where two of them have a method of the same name, call it through the trait: `FlexpriceMockServerExt::method(&server, |when, then| ...)`.*/
pub trait FlexpriceMockServerExt {
    fn create_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAddonWhen, operations::CreateAddonThen);
    fn get_addon_by_lookup_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonByLookupKeyWhen,
            operations::GetAddonByLookupKeyThen,
        );
    fn query_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryAddonWhen, operations::QueryAddonThen);
    fn get_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAddonWhen, operations::GetAddonThen);
    fn update_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAddonWhen, operations::UpdateAddonThen);
    fn delete_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAddonWhen, operations::DeleteAddonThen);
    fn get_addon_credit_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonCreditGrantsWhen,
            operations::GetAddonCreditGrantsThen,
        );
    fn get_addon_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonEntitlementsWhen,
            operations::GetAddonEntitlementsThen,
        );
    fn query_alert_log<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryAlertLogWhen, operations::QueryAlertLogThen);
    fn create_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateAlertSettingsWhen,
            operations::CreateAlertSettingsThen,
        );
    fn query_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryAlertSettingsWhen,
            operations::QueryAlertSettingsThen,
        );
    fn get_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAlertSettingsWhen, operations::GetAlertSettingsThen);
    fn update_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateAlertSettingsWhen,
            operations::UpdateAlertSettingsThen,
        );
    fn delete_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteAlertSettingsWhen,
            operations::DeleteAlertSettingsThen,
        );
    fn create_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCheckoutSessionWhen,
            operations::CreateCheckoutSessionThen,
        );
    fn get_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCheckoutSessionWhen,
            operations::GetCheckoutSessionThen,
        );
    fn delete_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCheckoutSessionWhen,
            operations::DeleteCheckoutSessionThen,
        );
    fn create_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCostsheetWhen, operations::CreateCostsheetThen);
    fn get_active_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetActiveCostsheetWhen,
            operations::GetActiveCostsheetThen,
        );
    fn get_detailed_cost_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDetailedCostAnalyticsWhen,
            operations::GetDetailedCostAnalyticsThen,
        );
    fn query_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCostsheetWhen, operations::QueryCostsheetThen);
    fn get_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCostsheetWhen, operations::GetCostsheetThen);
    fn update_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCostsheetWhen, operations::UpdateCostsheetThen);
    fn delete_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCostsheetWhen, operations::DeleteCostsheetThen);
    fn create_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCouponWhen, operations::CreateCouponThen);
    fn list_coupon_associations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCouponAssociationsWhen,
            operations::ListCouponAssociationsThen,
        );
    fn get_coupon_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCouponAssociationWhen,
            operations::GetCouponAssociationThen,
        );
    fn get_coupon_by_code<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCouponByCodeWhen, operations::GetCouponByCodeThen);
    fn query_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCouponWhen, operations::QueryCouponThen);
    fn get_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCouponWhen, operations::GetCouponThen);
    fn update_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCouponWhen, operations::UpdateCouponThen);
    fn delete_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCouponWhen, operations::DeleteCouponThen);
    fn create_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCreditGrantWhen, operations::CreateCreditGrantThen);
    fn get_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCreditGrantWhen, operations::GetCreditGrantThen);
    fn update_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCreditGrantWhen, operations::UpdateCreditGrantThen);
    fn delete_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCreditGrantWhen, operations::DeleteCreditGrantThen);
    fn create_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCreditNoteWhen, operations::CreateCreditNoteThen);
    fn get_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCreditNoteWhen, operations::GetCreditNoteThen);
    fn process_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ProcessCreditNoteWhen, operations::ProcessCreditNoteThen);
    fn void_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::VoidCreditNoteWhen, operations::VoidCreditNoteThen);
    fn update_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCustomerWhen, operations::UpdateCustomerThen);
    fn create_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCustomerWhen, operations::CreateCustomerThen);
    fn get_customer_by_external_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerByExternalIdWhen,
            operations::GetCustomerByExternalIdThen,
        );
    fn get_customer_entitlements_by_external_id<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerEntitlementsByExternalIdWhen,
            operations::GetCustomerEntitlementsByExternalIdThen,
        );
    fn get_subscriptions_for_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionsForCustomerWhen,
            operations::GetSubscriptionsForCustomerThen,
        );
    fn query_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCustomerWhen, operations::QueryCustomerThen);
    fn get_customer_usage_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerUsageSummaryWhen,
            operations::GetCustomerUsageSummaryThen,
        );
    fn get_customer_wallets<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerWalletsWhen,
            operations::GetCustomerWalletsThen,
        );
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen);
    fn delete_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCustomerWhen, operations::DeleteCustomerThen);
    fn get_customer_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerEntitlementsWhen,
            operations::GetCustomerEntitlementsThen,
        );
    fn get_customer_upcoming_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerUpcomingGrantsWhen,
            operations::GetCustomerUpcomingGrantsThen,
        );
    fn get_customer_invoice_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerInvoiceSummaryWhen,
            operations::GetCustomerInvoiceSummaryThen,
        );
    fn get_wallets_by_customer_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWalletsByCustomerIdWhen,
            operations::GetWalletsByCustomerIdThen,
        );
    fn create_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateEntitlementWhen, operations::CreateEntitlementThen);
    fn create_entitlements_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateEntitlementsBulkWhen,
            operations::CreateEntitlementsBulkThen,
        );
    fn query_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryEntitlementWhen, operations::QueryEntitlementThen);
    fn get_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetEntitlementWhen, operations::GetEntitlementThen);
    fn update_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateEntitlementWhen, operations::UpdateEntitlementThen);
    fn delete_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteEntitlementWhen, operations::DeleteEntitlementThen);
    fn clone_environment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CloneEnvironmentWhen, operations::CloneEnvironmentThen);
    fn ingest_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::IngestEventWhen, operations::IngestEventThen);
    fn get_usage_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUsageAnalyticsWhen, operations::GetUsageAnalyticsThen);
    fn ingest_events_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::IngestEventsBulkWhen, operations::IngestEventsBulkThen);
    fn get_huggingface_inference_data<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetHuggingfaceInferenceDataWhen,
            operations::GetHuggingfaceInferenceDataThen,
        );
    fn get_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetEventWhen, operations::GetEventThen);
    fn list_raw_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRawEventsWhen, operations::ListRawEventsThen);
    fn get_usage_statistics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetUsageStatisticsWhen,
            operations::GetUsageStatisticsThen,
        );
    fn get_usage_by_meter<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUsageByMeterWhen, operations::GetUsageByMeterThen);
    fn create_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFeatureWhen, operations::CreateFeatureThen);
    fn query_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryFeatureWhen, operations::QueryFeatureThen);
    fn update_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFeatureWhen, operations::UpdateFeatureThen);
    fn delete_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFeatureWhen, operations::DeleteFeatureThen);
    fn clone_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CloneFeatureWhen, operations::CloneFeatureThen);
    fn create_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateGroupWhen, operations::CreateGroupThen);
    fn query_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryGroupWhen, operations::QueryGroupThen);
    fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen);
    fn delete_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteGroupWhen, operations::DeleteGroupThen);
    fn get_integration_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetIntegrationConfigWhen,
            operations::GetIntegrationConfigThen,
        );
    fn link_integration_mapping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::LinkIntegrationMappingWhen,
            operations::LinkIntegrationMappingThen,
        );
    fn delink_integration_mapping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DelinkIntegrationMappingWhen,
            operations::DelinkIntegrationMappingThen,
        );
    fn get_entity_integration_mappings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetEntityIntegrationMappingsWhen,
            operations::GetEntityIntegrationMappingsThen,
        );
    fn create_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateInvoiceWhen, operations::CreateInvoiceThen);
    fn get_invoice_preview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoicePreviewWhen, operations::GetInvoicePreviewThen);
    fn query_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryInvoiceWhen, operations::QueryInvoiceThen);
    fn get_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoiceWhen, operations::GetInvoiceThen);
    fn update_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateInvoiceWhen, operations::UpdateInvoiceThen);
    fn trigger_invoice_comms_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TriggerInvoiceCommsWebhookWhen,
            operations::TriggerInvoiceCommsWebhookThen,
        );
    fn finalize_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::FinalizeInvoiceWhen, operations::FinalizeInvoiceThen);
    fn update_invoice_payment_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateInvoicePaymentStatusWhen,
            operations::UpdateInvoicePaymentStatusThen,
        );
    fn attempt_invoice_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttemptInvoicePaymentWhen,
            operations::AttemptInvoicePaymentThen,
        );
    fn get_invoice_pdf<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoicePdfWhen, operations::GetInvoicePdfThen);
    fn recalculate_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RecalculateInvoiceWhen,
            operations::RecalculateInvoiceThen,
        );
    fn recalculate_invoice_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RecalculateInvoiceV2When,
            operations::RecalculateInvoiceV2Then,
        );
    fn void_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::VoidInvoiceWhen, operations::VoidInvoiceThen);
    fn create_marketplace_agreement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateMarketplaceAgreementWhen,
            operations::CreateMarketplaceAgreementThen,
        );
    fn list_payments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPaymentsWhen, operations::ListPaymentsThen);
    fn create_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePaymentWhen, operations::CreatePaymentThen);
    fn get_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentWhen, operations::GetPaymentThen);
    fn update_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePaymentWhen, operations::UpdatePaymentThen);
    fn delete_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePaymentWhen, operations::DeletePaymentThen);
    fn process_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ProcessPaymentWhen, operations::ProcessPaymentThen);
    fn create_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePlanWhen, operations::CreatePlanThen);
    fn query_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPlanWhen, operations::QueryPlanThen);
    fn get_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPlanWhen, operations::GetPlanThen);
    fn update_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePlanWhen, operations::UpdatePlanThen);
    fn delete_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePlanWhen, operations::DeletePlanThen);
    fn clone_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ClonePlanWhen, operations::ClonePlanThen);
    fn get_plan_credit_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlanCreditGrantsWhen,
            operations::GetPlanCreditGrantsThen,
        );
    fn get_plan_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlanEntitlementsWhen,
            operations::GetPlanEntitlementsThen,
        );
    fn sync_plan_prices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SyncPlanPricesWhen, operations::SyncPlanPricesThen);
    fn create_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePriceWhen, operations::CreatePriceThen);
    fn create_prices_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePricesBulkWhen, operations::CreatePricesBulkThen);
    fn get_price_by_lookup_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPriceByLookupKeyWhen,
            operations::GetPriceByLookupKeyThen,
        );
    fn query_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPriceWhen, operations::QueryPriceThen);
    fn list_price_units<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPriceUnitsWhen, operations::ListPriceUnitsThen);
    fn create_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePriceUnitWhen, operations::CreatePriceUnitThen);
    fn get_price_unit_by_code<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPriceUnitByCodeWhen,
            operations::GetPriceUnitByCodeThen,
        );
    fn query_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPriceUnitWhen, operations::QueryPriceUnitThen);
    fn get_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPriceUnitWhen, operations::GetPriceUnitThen);
    fn update_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePriceUnitWhen, operations::UpdatePriceUnitThen);
    fn delete_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePriceUnitWhen, operations::DeletePriceUnitThen);
    fn get_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPriceWhen, operations::GetPriceThen);
    fn update_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePriceWhen, operations::UpdatePriceThen);
    fn delete_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePriceWhen, operations::DeletePriceThen);
    fn list_rbac_roles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRbacRolesWhen, operations::ListRbacRolesThen);
    fn get_rbac_role<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRbacRoleWhen, operations::GetRbacRoleThen);
    fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen);
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen);
    fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen);
    fn create_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateSubscriptionWhen,
            operations::CreateSubscriptionThen,
        );
    fn add_subscription_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddSubscriptionAddonWhen,
            operations::AddSubscriptionAddonThen,
        );
    fn remove_subscription_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveSubscriptionAddonWhen,
            operations::RemoveSubscriptionAddonThen,
        );
    fn query_subscription_line_items<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QuerySubscriptionLineItemsWhen,
            operations::QuerySubscriptionLineItemsThen,
        );
    fn update_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateSubscriptionLineItemWhen,
            operations::UpdateSubscriptionLineItemThen,
        );
    fn delete_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteSubscriptionLineItemWhen,
            operations::DeleteSubscriptionLineItemThen,
        );
    fn query_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QuerySubscriptionWhen, operations::QuerySubscriptionThen);
    fn get_subscription_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionUsageWhen,
            operations::GetSubscriptionUsageThen,
        );
    fn get_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSubscriptionWhen, operations::GetSubscriptionThen);
    fn update_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateSubscriptionWhen,
            operations::UpdateSubscriptionThen,
        );
    fn activate_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ActivateSubscriptionWhen,
            operations::ActivateSubscriptionThen,
        );
    fn get_subscription_addon_associations<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionAddonAssociationsWhen,
            operations::GetSubscriptionAddonAssociationsThen,
        );
    fn cancel_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelSubscriptionWhen,
            operations::CancelSubscriptionThen,
        );
    fn execute_subscription_change<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionChangeWhen,
            operations::ExecuteSubscriptionChangeThen,
        );
    fn preview_subscription_change<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionChangeWhen,
            operations::PreviewSubscriptionChangeThen,
        );
    fn execute_subscription_plan_change_v2<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionPlanChangeV2When,
            operations::ExecuteSubscriptionPlanChangeV2Then,
        );
    fn preview_subscription_plan_change_v2<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionPlanChangeV2When,
            operations::PreviewSubscriptionPlanChangeV2Then,
        );
    fn get_subscription_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionEntitlementsWhen,
            operations::GetSubscriptionEntitlementsThen,
        );
    fn get_subscription_upcoming_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionUpcomingGrantsWhen,
            operations::GetSubscriptionUpcomingGrantsThen,
        );
    fn create_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateSubscriptionLineItemWhen,
            operations::CreateSubscriptionLineItemThen,
        );
    fn execute_subscription_modify<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionModifyWhen,
            operations::ExecuteSubscriptionModifyThen,
        );
    fn preview_subscription_modify<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionModifyWhen,
            operations::PreviewSubscriptionModifyThen,
        );
    fn get_subscription_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSubscriptionV2When, operations::GetSubscriptionV2Then);
    fn list_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTasksWhen, operations::ListTasksThen);
    fn get_task_result<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskResultWhen, operations::GetTaskResultThen);
    fn list_scheduled_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListScheduledTasksWhen,
            operations::ListScheduledTasksThen,
        );
    fn create_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateScheduledTaskWhen,
            operations::CreateScheduledTaskThen,
        );
    fn schedule_draft_finalization<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleDraftFinalizationWhen,
            operations::ScheduleDraftFinalizationThen,
        );
    fn schedule_update_billing_period<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleUpdateBillingPeriodWhen,
            operations::ScheduleUpdateBillingPeriodThen,
        );
    fn get_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetScheduledTaskWhen, operations::GetScheduledTaskThen);
    fn update_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateScheduledTaskWhen,
            operations::UpdateScheduledTaskThen,
        );
    fn delete_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteScheduledTaskWhen,
            operations::DeleteScheduledTaskThen,
        );
    fn trigger_scheduled_task_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TriggerScheduledTaskRunWhen,
            operations::TriggerScheduledTaskRunThen,
        );
    fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen);
    fn download_task_export<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadTaskExportWhen,
            operations::DownloadTaskExportThen,
        );
    fn update_task_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTaskStatusWhen, operations::UpdateTaskStatusThen);
    fn list_tax_associations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTaxAssociationsWhen,
            operations::ListTaxAssociationsThen,
        );
    fn create_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTaxAssociationWhen,
            operations::CreateTaxAssociationThen,
        );
    fn get_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxAssociationWhen, operations::GetTaxAssociationThen);
    fn update_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTaxAssociationWhen,
            operations::UpdateTaxAssociationThen,
        );
    fn delete_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteTaxAssociationWhen,
            operations::DeleteTaxAssociationThen,
        );
    fn get_tax_rates<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxRatesWhen, operations::GetTaxRatesThen);
    fn create_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTaxRateWhen, operations::CreateTaxRateThen);
    fn get_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxRateWhen, operations::GetTaxRateThen);
    fn update_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTaxRateWhen, operations::UpdateTaxRateThen);
    fn delete_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTaxRateWhen, operations::DeleteTaxRateThen);
    fn get_tenant_billing_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTenantBillingUsageWhen,
            operations::GetTenantBillingUsageThen,
        );
    fn update_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTenantWhen, operations::UpdateTenantThen);
    fn get_tenant_by_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTenantByIdWhen, operations::GetTenantByIdThen);
    fn search_usage_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchUsageRecordsWhen,
            operations::SearchUsageRecordsThen,
        );
    fn create_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateUserWhen, operations::CreateUserThen);
    fn get_user_info<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUserInfoWhen, operations::GetUserInfoThen);
    fn update_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateUserWhen, operations::UpdateUserThen);
    fn query_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryUserWhen, operations::QueryUserThen);
    fn update_service_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateServiceAccountWhen,
            operations::UpdateServiceAccountThen,
        );
    fn delete_service_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteServiceAccountWhen,
            operations::DeleteServiceAccountThen,
        );
    fn update_user_roles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateUserRolesWhen, operations::UpdateUserRolesThen);
    fn list_all_subscription_schedules<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAllSubscriptionSchedulesWhen,
            operations::ListAllSubscriptionSchedulesThen,
        );
    fn get_subscription_schedule<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionScheduleWhen,
            operations::GetSubscriptionScheduleThen,
        );
    fn cancel_subscription_schedule<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelSubscriptionScheduleWhen,
            operations::CancelSubscriptionScheduleThen,
        );
    fn list_subscription_schedules<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListSubscriptionSchedulesWhen,
            operations::ListSubscriptionSchedulesThen,
        );
    fn create_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateWalletWhen, operations::CreateWalletThen);
    fn query_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryWalletWhen, operations::QueryWalletThen);
    fn query_wallet_transaction<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryWalletTransactionWhen,
            operations::QueryWalletTransactionThen,
        );
    fn get_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWalletWhen, operations::GetWalletThen);
    fn update_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateWalletWhen, operations::UpdateWalletThen);
    fn get_wallet_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWalletBalanceWhen, operations::GetWalletBalanceThen);
    fn terminate_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TerminateWalletWhen, operations::TerminateWalletThen);
    fn top_up_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TopUpWalletWhen, operations::TopUpWalletThen);
    fn get_wallet_transactions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWalletTransactionsWhen,
            operations::GetWalletTransactionsThen,
        );
    fn query_workflow<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryWorkflowWhen, operations::QueryWorkflowThen);
}
impl FlexpriceMockServerExt for ::httpmock::MockServer {
    fn create_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAddonWhen, operations::CreateAddonThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAddonWhen::new(when),
                operations::CreateAddonThen::new(then),
            )
        })
    }
    fn get_addon_by_lookup_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonByLookupKeyWhen,
            operations::GetAddonByLookupKeyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAddonByLookupKeyWhen::new(when),
                operations::GetAddonByLookupKeyThen::new(then),
            )
        })
    }
    fn query_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryAddonWhen, operations::QueryAddonThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryAddonWhen::new(when),
                operations::QueryAddonThen::new(then),
            )
        })
    }
    fn get_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAddonWhen, operations::GetAddonThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAddonWhen::new(when),
                operations::GetAddonThen::new(then),
            )
        })
    }
    fn update_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAddonWhen, operations::UpdateAddonThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateAddonWhen::new(when),
                operations::UpdateAddonThen::new(then),
            )
        })
    }
    fn delete_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAddonWhen, operations::DeleteAddonThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAddonWhen::new(when),
                operations::DeleteAddonThen::new(then),
            )
        })
    }
    fn get_addon_credit_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonCreditGrantsWhen,
            operations::GetAddonCreditGrantsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAddonCreditGrantsWhen::new(when),
                operations::GetAddonCreditGrantsThen::new(then),
            )
        })
    }
    fn get_addon_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAddonEntitlementsWhen,
            operations::GetAddonEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAddonEntitlementsWhen::new(when),
                operations::GetAddonEntitlementsThen::new(then),
            )
        })
    }
    fn query_alert_log<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryAlertLogWhen, operations::QueryAlertLogThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryAlertLogWhen::new(when),
                operations::QueryAlertLogThen::new(then),
            )
        })
    }
    fn create_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateAlertSettingsWhen,
            operations::CreateAlertSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAlertSettingsWhen::new(when),
                operations::CreateAlertSettingsThen::new(then),
            )
        })
    }
    fn query_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryAlertSettingsWhen,
            operations::QueryAlertSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryAlertSettingsWhen::new(when),
                operations::QueryAlertSettingsThen::new(then),
            )
        })
    }
    fn get_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAlertSettingsWhen, operations::GetAlertSettingsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAlertSettingsWhen::new(when),
                operations::GetAlertSettingsThen::new(then),
            )
        })
    }
    fn update_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateAlertSettingsWhen,
            operations::UpdateAlertSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateAlertSettingsWhen::new(when),
                operations::UpdateAlertSettingsThen::new(then),
            )
        })
    }
    fn delete_alert_settings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteAlertSettingsWhen,
            operations::DeleteAlertSettingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAlertSettingsWhen::new(when),
                operations::DeleteAlertSettingsThen::new(then),
            )
        })
    }
    fn create_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateCheckoutSessionWhen,
            operations::CreateCheckoutSessionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCheckoutSessionWhen::new(when),
                operations::CreateCheckoutSessionThen::new(then),
            )
        })
    }
    fn get_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCheckoutSessionWhen,
            operations::GetCheckoutSessionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCheckoutSessionWhen::new(when),
                operations::GetCheckoutSessionThen::new(then),
            )
        })
    }
    fn delete_checkout_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCheckoutSessionWhen,
            operations::DeleteCheckoutSessionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCheckoutSessionWhen::new(when),
                operations::DeleteCheckoutSessionThen::new(then),
            )
        })
    }
    fn create_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCostsheetWhen, operations::CreateCostsheetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCostsheetWhen::new(when),
                operations::CreateCostsheetThen::new(then),
            )
        })
    }
    fn get_active_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetActiveCostsheetWhen,
            operations::GetActiveCostsheetThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetActiveCostsheetWhen::new(when),
                operations::GetActiveCostsheetThen::new(then),
            )
        })
    }
    fn get_detailed_cost_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDetailedCostAnalyticsWhen,
            operations::GetDetailedCostAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDetailedCostAnalyticsWhen::new(when),
                operations::GetDetailedCostAnalyticsThen::new(then),
            )
        })
    }
    fn query_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCostsheetWhen, operations::QueryCostsheetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryCostsheetWhen::new(when),
                operations::QueryCostsheetThen::new(then),
            )
        })
    }
    fn get_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCostsheetWhen, operations::GetCostsheetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCostsheetWhen::new(when),
                operations::GetCostsheetThen::new(then),
            )
        })
    }
    fn update_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCostsheetWhen, operations::UpdateCostsheetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCostsheetWhen::new(when),
                operations::UpdateCostsheetThen::new(then),
            )
        })
    }
    fn delete_costsheet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCostsheetWhen, operations::DeleteCostsheetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCostsheetWhen::new(when),
                operations::DeleteCostsheetThen::new(then),
            )
        })
    }
    fn create_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCouponWhen, operations::CreateCouponThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCouponWhen::new(when),
                operations::CreateCouponThen::new(then),
            )
        })
    }
    fn list_coupon_associations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCouponAssociationsWhen,
            operations::ListCouponAssociationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCouponAssociationsWhen::new(when),
                operations::ListCouponAssociationsThen::new(then),
            )
        })
    }
    fn get_coupon_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCouponAssociationWhen,
            operations::GetCouponAssociationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCouponAssociationWhen::new(when),
                operations::GetCouponAssociationThen::new(then),
            )
        })
    }
    fn get_coupon_by_code<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCouponByCodeWhen, operations::GetCouponByCodeThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCouponByCodeWhen::new(when),
                operations::GetCouponByCodeThen::new(then),
            )
        })
    }
    fn query_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCouponWhen, operations::QueryCouponThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryCouponWhen::new(when),
                operations::QueryCouponThen::new(then),
            )
        })
    }
    fn get_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCouponWhen, operations::GetCouponThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCouponWhen::new(when),
                operations::GetCouponThen::new(then),
            )
        })
    }
    fn update_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCouponWhen, operations::UpdateCouponThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCouponWhen::new(when),
                operations::UpdateCouponThen::new(then),
            )
        })
    }
    fn delete_coupon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCouponWhen, operations::DeleteCouponThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCouponWhen::new(when),
                operations::DeleteCouponThen::new(then),
            )
        })
    }
    fn create_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCreditGrantWhen, operations::CreateCreditGrantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCreditGrantWhen::new(when),
                operations::CreateCreditGrantThen::new(then),
            )
        })
    }
    fn get_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCreditGrantWhen, operations::GetCreditGrantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCreditGrantWhen::new(when),
                operations::GetCreditGrantThen::new(then),
            )
        })
    }
    fn update_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCreditGrantWhen, operations::UpdateCreditGrantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCreditGrantWhen::new(when),
                operations::UpdateCreditGrantThen::new(then),
            )
        })
    }
    fn delete_credit_grant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteCreditGrantWhen, operations::DeleteCreditGrantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCreditGrantWhen::new(when),
                operations::DeleteCreditGrantThen::new(then),
            )
        })
    }
    fn create_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCreditNoteWhen, operations::CreateCreditNoteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCreditNoteWhen::new(when),
                operations::CreateCreditNoteThen::new(then),
            )
        })
    }
    fn get_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCreditNoteWhen, operations::GetCreditNoteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCreditNoteWhen::new(when),
                operations::GetCreditNoteThen::new(then),
            )
        })
    }
    fn process_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ProcessCreditNoteWhen, operations::ProcessCreditNoteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ProcessCreditNoteWhen::new(when),
                operations::ProcessCreditNoteThen::new(then),
            )
        })
    }
    fn void_credit_note<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::VoidCreditNoteWhen, operations::VoidCreditNoteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::VoidCreditNoteWhen::new(when),
                operations::VoidCreditNoteThen::new(then),
            )
        })
    }
    fn update_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCustomerWhen, operations::UpdateCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCustomerWhen::new(when),
                operations::UpdateCustomerThen::new(then),
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
    fn get_customer_by_external_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerByExternalIdWhen,
            operations::GetCustomerByExternalIdThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerByExternalIdWhen::new(when),
                operations::GetCustomerByExternalIdThen::new(then),
            )
        })
    }
    fn get_customer_entitlements_by_external_id<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerEntitlementsByExternalIdWhen,
            operations::GetCustomerEntitlementsByExternalIdThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerEntitlementsByExternalIdWhen::new(when),
                operations::GetCustomerEntitlementsByExternalIdThen::new(then),
            )
        })
    }
    fn get_subscriptions_for_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionsForCustomerWhen,
            operations::GetSubscriptionsForCustomerThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionsForCustomerWhen::new(when),
                operations::GetSubscriptionsForCustomerThen::new(then),
            )
        })
    }
    fn query_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryCustomerWhen, operations::QueryCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryCustomerWhen::new(when),
                operations::QueryCustomerThen::new(then),
            )
        })
    }
    fn get_customer_usage_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerUsageSummaryWhen,
            operations::GetCustomerUsageSummaryThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerUsageSummaryWhen::new(when),
                operations::GetCustomerUsageSummaryThen::new(then),
            )
        })
    }
    fn get_customer_wallets<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerWalletsWhen,
            operations::GetCustomerWalletsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerWalletsWhen::new(when),
                operations::GetCustomerWalletsThen::new(then),
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
    fn get_customer_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerEntitlementsWhen,
            operations::GetCustomerEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerEntitlementsWhen::new(when),
                operations::GetCustomerEntitlementsThen::new(then),
            )
        })
    }
    fn get_customer_upcoming_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerUpcomingGrantsWhen,
            operations::GetCustomerUpcomingGrantsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerUpcomingGrantsWhen::new(when),
                operations::GetCustomerUpcomingGrantsThen::new(then),
            )
        })
    }
    fn get_customer_invoice_summary<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCustomerInvoiceSummaryWhen,
            operations::GetCustomerInvoiceSummaryThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerInvoiceSummaryWhen::new(when),
                operations::GetCustomerInvoiceSummaryThen::new(then),
            )
        })
    }
    fn get_wallets_by_customer_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWalletsByCustomerIdWhen,
            operations::GetWalletsByCustomerIdThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWalletsByCustomerIdWhen::new(when),
                operations::GetWalletsByCustomerIdThen::new(then),
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
    fn create_entitlements_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateEntitlementsBulkWhen,
            operations::CreateEntitlementsBulkThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateEntitlementsBulkWhen::new(when),
                operations::CreateEntitlementsBulkThen::new(then),
            )
        })
    }
    fn query_entitlement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryEntitlementWhen, operations::QueryEntitlementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryEntitlementWhen::new(when),
                operations::QueryEntitlementThen::new(then),
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
    fn clone_environment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CloneEnvironmentWhen, operations::CloneEnvironmentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CloneEnvironmentWhen::new(when),
                operations::CloneEnvironmentThen::new(then),
            )
        })
    }
    fn ingest_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::IngestEventWhen, operations::IngestEventThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::IngestEventWhen::new(when),
                operations::IngestEventThen::new(then),
            )
        })
    }
    fn get_usage_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUsageAnalyticsWhen, operations::GetUsageAnalyticsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetUsageAnalyticsWhen::new(when),
                operations::GetUsageAnalyticsThen::new(then),
            )
        })
    }
    fn ingest_events_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::IngestEventsBulkWhen, operations::IngestEventsBulkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::IngestEventsBulkWhen::new(when),
                operations::IngestEventsBulkThen::new(then),
            )
        })
    }
    fn get_huggingface_inference_data<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetHuggingfaceInferenceDataWhen,
            operations::GetHuggingfaceInferenceDataThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetHuggingfaceInferenceDataWhen::new(when),
                operations::GetHuggingfaceInferenceDataThen::new(then),
            )
        })
    }
    fn get_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetEventWhen, operations::GetEventThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetEventWhen::new(when),
                operations::GetEventThen::new(then),
            )
        })
    }
    fn list_raw_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRawEventsWhen, operations::ListRawEventsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListRawEventsWhen::new(when),
                operations::ListRawEventsThen::new(then),
            )
        })
    }
    fn get_usage_statistics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetUsageStatisticsWhen,
            operations::GetUsageStatisticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetUsageStatisticsWhen::new(when),
                operations::GetUsageStatisticsThen::new(then),
            )
        })
    }
    fn get_usage_by_meter<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUsageByMeterWhen, operations::GetUsageByMeterThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetUsageByMeterWhen::new(when),
                operations::GetUsageByMeterThen::new(then),
            )
        })
    }
    fn create_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFeatureWhen, operations::CreateFeatureThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateFeatureWhen::new(when),
                operations::CreateFeatureThen::new(then),
            )
        })
    }
    fn query_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryFeatureWhen, operations::QueryFeatureThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryFeatureWhen::new(when),
                operations::QueryFeatureThen::new(then),
            )
        })
    }
    fn update_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFeatureWhen, operations::UpdateFeatureThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateFeatureWhen::new(when),
                operations::UpdateFeatureThen::new(then),
            )
        })
    }
    fn delete_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFeatureWhen, operations::DeleteFeatureThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteFeatureWhen::new(when),
                operations::DeleteFeatureThen::new(then),
            )
        })
    }
    fn clone_feature<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CloneFeatureWhen, operations::CloneFeatureThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CloneFeatureWhen::new(when),
                operations::CloneFeatureThen::new(then),
            )
        })
    }
    fn create_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateGroupWhen, operations::CreateGroupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateGroupWhen::new(when),
                operations::CreateGroupThen::new(then),
            )
        })
    }
    fn query_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryGroupWhen, operations::QueryGroupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryGroupWhen::new(when),
                operations::QueryGroupThen::new(then),
            )
        })
    }
    fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetGroupWhen::new(when),
                operations::GetGroupThen::new(then),
            )
        })
    }
    fn delete_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteGroupWhen, operations::DeleteGroupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteGroupWhen::new(when),
                operations::DeleteGroupThen::new(then),
            )
        })
    }
    fn get_integration_config<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetIntegrationConfigWhen,
            operations::GetIntegrationConfigThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIntegrationConfigWhen::new(when),
                operations::GetIntegrationConfigThen::new(then),
            )
        })
    }
    fn link_integration_mapping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::LinkIntegrationMappingWhen,
            operations::LinkIntegrationMappingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::LinkIntegrationMappingWhen::new(when),
                operations::LinkIntegrationMappingThen::new(then),
            )
        })
    }
    fn delink_integration_mapping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DelinkIntegrationMappingWhen,
            operations::DelinkIntegrationMappingThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DelinkIntegrationMappingWhen::new(when),
                operations::DelinkIntegrationMappingThen::new(then),
            )
        })
    }
    fn get_entity_integration_mappings<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetEntityIntegrationMappingsWhen,
            operations::GetEntityIntegrationMappingsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetEntityIntegrationMappingsWhen::new(when),
                operations::GetEntityIntegrationMappingsThen::new(then),
            )
        })
    }
    fn create_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateInvoiceWhen, operations::CreateInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateInvoiceWhen::new(when),
                operations::CreateInvoiceThen::new(then),
            )
        })
    }
    fn get_invoice_preview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoicePreviewWhen, operations::GetInvoicePreviewThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetInvoicePreviewWhen::new(when),
                operations::GetInvoicePreviewThen::new(then),
            )
        })
    }
    fn query_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryInvoiceWhen, operations::QueryInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryInvoiceWhen::new(when),
                operations::QueryInvoiceThen::new(then),
            )
        })
    }
    fn get_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoiceWhen, operations::GetInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetInvoiceWhen::new(when),
                operations::GetInvoiceThen::new(then),
            )
        })
    }
    fn update_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateInvoiceWhen, operations::UpdateInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateInvoiceWhen::new(when),
                operations::UpdateInvoiceThen::new(then),
            )
        })
    }
    fn trigger_invoice_comms_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TriggerInvoiceCommsWebhookWhen,
            operations::TriggerInvoiceCommsWebhookThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TriggerInvoiceCommsWebhookWhen::new(when),
                operations::TriggerInvoiceCommsWebhookThen::new(then),
            )
        })
    }
    fn finalize_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::FinalizeInvoiceWhen, operations::FinalizeInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::FinalizeInvoiceWhen::new(when),
                operations::FinalizeInvoiceThen::new(then),
            )
        })
    }
    fn update_invoice_payment_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateInvoicePaymentStatusWhen,
            operations::UpdateInvoicePaymentStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateInvoicePaymentStatusWhen::new(when),
                operations::UpdateInvoicePaymentStatusThen::new(then),
            )
        })
    }
    fn attempt_invoice_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttemptInvoicePaymentWhen,
            operations::AttemptInvoicePaymentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AttemptInvoicePaymentWhen::new(when),
                operations::AttemptInvoicePaymentThen::new(then),
            )
        })
    }
    fn get_invoice_pdf<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInvoicePdfWhen, operations::GetInvoicePdfThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetInvoicePdfWhen::new(when),
                operations::GetInvoicePdfThen::new(then),
            )
        })
    }
    fn recalculate_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RecalculateInvoiceWhen,
            operations::RecalculateInvoiceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RecalculateInvoiceWhen::new(when),
                operations::RecalculateInvoiceThen::new(then),
            )
        })
    }
    fn recalculate_invoice_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RecalculateInvoiceV2When,
            operations::RecalculateInvoiceV2Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RecalculateInvoiceV2When::new(when),
                operations::RecalculateInvoiceV2Then::new(then),
            )
        })
    }
    fn void_invoice<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::VoidInvoiceWhen, operations::VoidInvoiceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::VoidInvoiceWhen::new(when),
                operations::VoidInvoiceThen::new(then),
            )
        })
    }
    fn create_marketplace_agreement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateMarketplaceAgreementWhen,
            operations::CreateMarketplaceAgreementThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateMarketplaceAgreementWhen::new(when),
                operations::CreateMarketplaceAgreementThen::new(then),
            )
        })
    }
    fn list_payments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPaymentsWhen, operations::ListPaymentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPaymentsWhen::new(when),
                operations::ListPaymentsThen::new(then),
            )
        })
    }
    fn create_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePaymentWhen, operations::CreatePaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePaymentWhen::new(when),
                operations::CreatePaymentThen::new(then),
            )
        })
    }
    fn get_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentWhen, operations::GetPaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPaymentWhen::new(when),
                operations::GetPaymentThen::new(then),
            )
        })
    }
    fn update_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePaymentWhen, operations::UpdatePaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePaymentWhen::new(when),
                operations::UpdatePaymentThen::new(then),
            )
        })
    }
    fn delete_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePaymentWhen, operations::DeletePaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePaymentWhen::new(when),
                operations::DeletePaymentThen::new(then),
            )
        })
    }
    fn process_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ProcessPaymentWhen, operations::ProcessPaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ProcessPaymentWhen::new(when),
                operations::ProcessPaymentThen::new(then),
            )
        })
    }
    fn create_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePlanWhen, operations::CreatePlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePlanWhen::new(when),
                operations::CreatePlanThen::new(then),
            )
        })
    }
    fn query_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPlanWhen, operations::QueryPlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryPlanWhen::new(when),
                operations::QueryPlanThen::new(then),
            )
        })
    }
    fn get_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPlanWhen, operations::GetPlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPlanWhen::new(when),
                operations::GetPlanThen::new(then),
            )
        })
    }
    fn update_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePlanWhen, operations::UpdatePlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePlanWhen::new(when),
                operations::UpdatePlanThen::new(then),
            )
        })
    }
    fn delete_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePlanWhen, operations::DeletePlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePlanWhen::new(when),
                operations::DeletePlanThen::new(then),
            )
        })
    }
    fn clone_plan<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ClonePlanWhen, operations::ClonePlanThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ClonePlanWhen::new(when),
                operations::ClonePlanThen::new(then),
            )
        })
    }
    fn get_plan_credit_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlanCreditGrantsWhen,
            operations::GetPlanCreditGrantsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPlanCreditGrantsWhen::new(when),
                operations::GetPlanCreditGrantsThen::new(then),
            )
        })
    }
    fn get_plan_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlanEntitlementsWhen,
            operations::GetPlanEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPlanEntitlementsWhen::new(when),
                operations::GetPlanEntitlementsThen::new(then),
            )
        })
    }
    fn sync_plan_prices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SyncPlanPricesWhen, operations::SyncPlanPricesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SyncPlanPricesWhen::new(when),
                operations::SyncPlanPricesThen::new(then),
            )
        })
    }
    fn create_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePriceWhen, operations::CreatePriceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePriceWhen::new(when),
                operations::CreatePriceThen::new(then),
            )
        })
    }
    fn create_prices_bulk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePricesBulkWhen, operations::CreatePricesBulkThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePricesBulkWhen::new(when),
                operations::CreatePricesBulkThen::new(then),
            )
        })
    }
    fn get_price_by_lookup_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPriceByLookupKeyWhen,
            operations::GetPriceByLookupKeyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPriceByLookupKeyWhen::new(when),
                operations::GetPriceByLookupKeyThen::new(then),
            )
        })
    }
    fn query_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPriceWhen, operations::QueryPriceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryPriceWhen::new(when),
                operations::QueryPriceThen::new(then),
            )
        })
    }
    fn list_price_units<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPriceUnitsWhen, operations::ListPriceUnitsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPriceUnitsWhen::new(when),
                operations::ListPriceUnitsThen::new(then),
            )
        })
    }
    fn create_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreatePriceUnitWhen, operations::CreatePriceUnitThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreatePriceUnitWhen::new(when),
                operations::CreatePriceUnitThen::new(then),
            )
        })
    }
    fn get_price_unit_by_code<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPriceUnitByCodeWhen,
            operations::GetPriceUnitByCodeThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPriceUnitByCodeWhen::new(when),
                operations::GetPriceUnitByCodeThen::new(then),
            )
        })
    }
    fn query_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryPriceUnitWhen, operations::QueryPriceUnitThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryPriceUnitWhen::new(when),
                operations::QueryPriceUnitThen::new(then),
            )
        })
    }
    fn get_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPriceUnitWhen, operations::GetPriceUnitThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPriceUnitWhen::new(when),
                operations::GetPriceUnitThen::new(then),
            )
        })
    }
    fn update_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePriceUnitWhen, operations::UpdatePriceUnitThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePriceUnitWhen::new(when),
                operations::UpdatePriceUnitThen::new(then),
            )
        })
    }
    fn delete_price_unit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePriceUnitWhen, operations::DeletePriceUnitThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePriceUnitWhen::new(when),
                operations::DeletePriceUnitThen::new(then),
            )
        })
    }
    fn get_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPriceWhen, operations::GetPriceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPriceWhen::new(when),
                operations::GetPriceThen::new(then),
            )
        })
    }
    fn update_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdatePriceWhen, operations::UpdatePriceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdatePriceWhen::new(when),
                operations::UpdatePriceThen::new(then),
            )
        })
    }
    fn delete_price<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeletePriceWhen, operations::DeletePriceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeletePriceWhen::new(when),
                operations::DeletePriceThen::new(then),
            )
        })
    }
    fn list_rbac_roles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRbacRolesWhen, operations::ListRbacRolesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListRbacRolesWhen::new(when),
                operations::ListRbacRolesThen::new(then),
            )
        })
    }
    fn get_rbac_role<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRbacRoleWhen, operations::GetRbacRoleThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRbacRoleWhen::new(when),
                operations::GetRbacRoleThen::new(then),
            )
        })
    }
    fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListApiKeysWhen::new(when),
                operations::ListApiKeysThen::new(then),
            )
        })
    }
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateApiKeyWhen::new(when),
                operations::CreateApiKeyThen::new(then),
            )
        })
    }
    fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteApiKeyWhen::new(when),
                operations::DeleteApiKeyThen::new(then),
            )
        })
    }
    fn create_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateSubscriptionWhen,
            operations::CreateSubscriptionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateSubscriptionWhen::new(when),
                operations::CreateSubscriptionThen::new(then),
            )
        })
    }
    fn add_subscription_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddSubscriptionAddonWhen,
            operations::AddSubscriptionAddonThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddSubscriptionAddonWhen::new(when),
                operations::AddSubscriptionAddonThen::new(then),
            )
        })
    }
    fn remove_subscription_addon<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RemoveSubscriptionAddonWhen,
            operations::RemoveSubscriptionAddonThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RemoveSubscriptionAddonWhen::new(when),
                operations::RemoveSubscriptionAddonThen::new(then),
            )
        })
    }
    fn query_subscription_line_items<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QuerySubscriptionLineItemsWhen,
            operations::QuerySubscriptionLineItemsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QuerySubscriptionLineItemsWhen::new(when),
                operations::QuerySubscriptionLineItemsThen::new(then),
            )
        })
    }
    fn update_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateSubscriptionLineItemWhen,
            operations::UpdateSubscriptionLineItemThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateSubscriptionLineItemWhen::new(when),
                operations::UpdateSubscriptionLineItemThen::new(then),
            )
        })
    }
    fn delete_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteSubscriptionLineItemWhen,
            operations::DeleteSubscriptionLineItemThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteSubscriptionLineItemWhen::new(when),
                operations::DeleteSubscriptionLineItemThen::new(then),
            )
        })
    }
    fn query_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QuerySubscriptionWhen, operations::QuerySubscriptionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QuerySubscriptionWhen::new(when),
                operations::QuerySubscriptionThen::new(then),
            )
        })
    }
    fn get_subscription_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionUsageWhen,
            operations::GetSubscriptionUsageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionUsageWhen::new(when),
                operations::GetSubscriptionUsageThen::new(then),
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
    fn update_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateSubscriptionWhen,
            operations::UpdateSubscriptionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateSubscriptionWhen::new(when),
                operations::UpdateSubscriptionThen::new(then),
            )
        })
    }
    fn activate_subscription<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ActivateSubscriptionWhen,
            operations::ActivateSubscriptionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ActivateSubscriptionWhen::new(when),
                operations::ActivateSubscriptionThen::new(then),
            )
        })
    }
    fn get_subscription_addon_associations<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionAddonAssociationsWhen,
            operations::GetSubscriptionAddonAssociationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionAddonAssociationsWhen::new(when),
                operations::GetSubscriptionAddonAssociationsThen::new(then),
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
    fn execute_subscription_change<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionChangeWhen,
            operations::ExecuteSubscriptionChangeThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ExecuteSubscriptionChangeWhen::new(when),
                operations::ExecuteSubscriptionChangeThen::new(then),
            )
        })
    }
    fn preview_subscription_change<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionChangeWhen,
            operations::PreviewSubscriptionChangeThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PreviewSubscriptionChangeWhen::new(when),
                operations::PreviewSubscriptionChangeThen::new(then),
            )
        })
    }
    fn execute_subscription_plan_change_v2<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionPlanChangeV2When,
            operations::ExecuteSubscriptionPlanChangeV2Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ExecuteSubscriptionPlanChangeV2When::new(when),
                operations::ExecuteSubscriptionPlanChangeV2Then::new(then),
            )
        })
    }
    fn preview_subscription_plan_change_v2<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionPlanChangeV2When,
            operations::PreviewSubscriptionPlanChangeV2Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PreviewSubscriptionPlanChangeV2When::new(when),
                operations::PreviewSubscriptionPlanChangeV2Then::new(then),
            )
        })
    }
    fn get_subscription_entitlements<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionEntitlementsWhen,
            operations::GetSubscriptionEntitlementsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionEntitlementsWhen::new(when),
                operations::GetSubscriptionEntitlementsThen::new(then),
            )
        })
    }
    fn get_subscription_upcoming_grants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionUpcomingGrantsWhen,
            operations::GetSubscriptionUpcomingGrantsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionUpcomingGrantsWhen::new(when),
                operations::GetSubscriptionUpcomingGrantsThen::new(then),
            )
        })
    }
    fn create_subscription_line_item<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateSubscriptionLineItemWhen,
            operations::CreateSubscriptionLineItemThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateSubscriptionLineItemWhen::new(when),
                operations::CreateSubscriptionLineItemThen::new(then),
            )
        })
    }
    fn execute_subscription_modify<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ExecuteSubscriptionModifyWhen,
            operations::ExecuteSubscriptionModifyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ExecuteSubscriptionModifyWhen::new(when),
                operations::ExecuteSubscriptionModifyThen::new(then),
            )
        })
    }
    fn preview_subscription_modify<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PreviewSubscriptionModifyWhen,
            operations::PreviewSubscriptionModifyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PreviewSubscriptionModifyWhen::new(when),
                operations::PreviewSubscriptionModifyThen::new(then),
            )
        })
    }
    fn get_subscription_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSubscriptionV2When, operations::GetSubscriptionV2Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionV2When::new(when),
                operations::GetSubscriptionV2Then::new(then),
            )
        })
    }
    fn list_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTasksWhen, operations::ListTasksThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTasksWhen::new(when),
                operations::ListTasksThen::new(then),
            )
        })
    }
    fn get_task_result<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskResultWhen, operations::GetTaskResultThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaskResultWhen::new(when),
                operations::GetTaskResultThen::new(then),
            )
        })
    }
    fn list_scheduled_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListScheduledTasksWhen,
            operations::ListScheduledTasksThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListScheduledTasksWhen::new(when),
                operations::ListScheduledTasksThen::new(then),
            )
        })
    }
    fn create_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateScheduledTaskWhen,
            operations::CreateScheduledTaskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateScheduledTaskWhen::new(when),
                operations::CreateScheduledTaskThen::new(then),
            )
        })
    }
    fn schedule_draft_finalization<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleDraftFinalizationWhen,
            operations::ScheduleDraftFinalizationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ScheduleDraftFinalizationWhen::new(when),
                operations::ScheduleDraftFinalizationThen::new(then),
            )
        })
    }
    fn schedule_update_billing_period<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleUpdateBillingPeriodWhen,
            operations::ScheduleUpdateBillingPeriodThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ScheduleUpdateBillingPeriodWhen::new(when),
                operations::ScheduleUpdateBillingPeriodThen::new(then),
            )
        })
    }
    fn get_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetScheduledTaskWhen, operations::GetScheduledTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetScheduledTaskWhen::new(when),
                operations::GetScheduledTaskThen::new(then),
            )
        })
    }
    fn update_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateScheduledTaskWhen,
            operations::UpdateScheduledTaskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateScheduledTaskWhen::new(when),
                operations::UpdateScheduledTaskThen::new(then),
            )
        })
    }
    fn delete_scheduled_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteScheduledTaskWhen,
            operations::DeleteScheduledTaskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteScheduledTaskWhen::new(when),
                operations::DeleteScheduledTaskThen::new(then),
            )
        })
    }
    fn trigger_scheduled_task_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TriggerScheduledTaskRunWhen,
            operations::TriggerScheduledTaskRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TriggerScheduledTaskRunWhen::new(when),
                operations::TriggerScheduledTaskRunThen::new(then),
            )
        })
    }
    fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaskWhen::new(when),
                operations::GetTaskThen::new(then),
            )
        })
    }
    fn download_task_export<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadTaskExportWhen,
            operations::DownloadTaskExportThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DownloadTaskExportWhen::new(when),
                operations::DownloadTaskExportThen::new(then),
            )
        })
    }
    fn update_task_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTaskStatusWhen, operations::UpdateTaskStatusThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTaskStatusWhen::new(when),
                operations::UpdateTaskStatusThen::new(then),
            )
        })
    }
    fn list_tax_associations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTaxAssociationsWhen,
            operations::ListTaxAssociationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTaxAssociationsWhen::new(when),
                operations::ListTaxAssociationsThen::new(then),
            )
        })
    }
    fn create_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTaxAssociationWhen,
            operations::CreateTaxAssociationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTaxAssociationWhen::new(when),
                operations::CreateTaxAssociationThen::new(then),
            )
        })
    }
    fn get_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxAssociationWhen, operations::GetTaxAssociationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaxAssociationWhen::new(when),
                operations::GetTaxAssociationThen::new(then),
            )
        })
    }
    fn update_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTaxAssociationWhen,
            operations::UpdateTaxAssociationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTaxAssociationWhen::new(when),
                operations::UpdateTaxAssociationThen::new(then),
            )
        })
    }
    fn delete_tax_association<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteTaxAssociationWhen,
            operations::DeleteTaxAssociationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteTaxAssociationWhen::new(when),
                operations::DeleteTaxAssociationThen::new(then),
            )
        })
    }
    fn get_tax_rates<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxRatesWhen, operations::GetTaxRatesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaxRatesWhen::new(when),
                operations::GetTaxRatesThen::new(then),
            )
        })
    }
    fn create_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTaxRateWhen, operations::CreateTaxRateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTaxRateWhen::new(when),
                operations::CreateTaxRateThen::new(then),
            )
        })
    }
    fn get_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaxRateWhen, operations::GetTaxRateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaxRateWhen::new(when),
                operations::GetTaxRateThen::new(then),
            )
        })
    }
    fn update_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTaxRateWhen, operations::UpdateTaxRateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTaxRateWhen::new(when),
                operations::UpdateTaxRateThen::new(then),
            )
        })
    }
    fn delete_tax_rate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTaxRateWhen, operations::DeleteTaxRateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteTaxRateWhen::new(when),
                operations::DeleteTaxRateThen::new(then),
            )
        })
    }
    fn get_tenant_billing_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTenantBillingUsageWhen,
            operations::GetTenantBillingUsageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTenantBillingUsageWhen::new(when),
                operations::GetTenantBillingUsageThen::new(then),
            )
        })
    }
    fn update_tenant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTenantWhen, operations::UpdateTenantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTenantWhen::new(when),
                operations::UpdateTenantThen::new(then),
            )
        })
    }
    fn get_tenant_by_id<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTenantByIdWhen, operations::GetTenantByIdThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTenantByIdWhen::new(when),
                operations::GetTenantByIdThen::new(then),
            )
        })
    }
    fn search_usage_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchUsageRecordsWhen,
            operations::SearchUsageRecordsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchUsageRecordsWhen::new(when),
                operations::SearchUsageRecordsThen::new(then),
            )
        })
    }
    fn create_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateUserWhen, operations::CreateUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateUserWhen::new(when),
                operations::CreateUserThen::new(then),
            )
        })
    }
    fn get_user_info<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetUserInfoWhen, operations::GetUserInfoThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetUserInfoWhen::new(when),
                operations::GetUserInfoThen::new(then),
            )
        })
    }
    fn update_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateUserWhen, operations::UpdateUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateUserWhen::new(when),
                operations::UpdateUserThen::new(then),
            )
        })
    }
    fn query_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryUserWhen, operations::QueryUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryUserWhen::new(when),
                operations::QueryUserThen::new(then),
            )
        })
    }
    fn update_service_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateServiceAccountWhen,
            operations::UpdateServiceAccountThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateServiceAccountWhen::new(when),
                operations::UpdateServiceAccountThen::new(then),
            )
        })
    }
    fn delete_service_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteServiceAccountWhen,
            operations::DeleteServiceAccountThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteServiceAccountWhen::new(when),
                operations::DeleteServiceAccountThen::new(then),
            )
        })
    }
    fn update_user_roles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateUserRolesWhen, operations::UpdateUserRolesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateUserRolesWhen::new(when),
                operations::UpdateUserRolesThen::new(then),
            )
        })
    }
    fn list_all_subscription_schedules<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAllSubscriptionSchedulesWhen,
            operations::ListAllSubscriptionSchedulesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAllSubscriptionSchedulesWhen::new(when),
                operations::ListAllSubscriptionSchedulesThen::new(then),
            )
        })
    }
    fn get_subscription_schedule<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSubscriptionScheduleWhen,
            operations::GetSubscriptionScheduleThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSubscriptionScheduleWhen::new(when),
                operations::GetSubscriptionScheduleThen::new(then),
            )
        })
    }
    fn cancel_subscription_schedule<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelSubscriptionScheduleWhen,
            operations::CancelSubscriptionScheduleThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelSubscriptionScheduleWhen::new(when),
                operations::CancelSubscriptionScheduleThen::new(then),
            )
        })
    }
    fn list_subscription_schedules<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListSubscriptionSchedulesWhen,
            operations::ListSubscriptionSchedulesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListSubscriptionSchedulesWhen::new(when),
                operations::ListSubscriptionSchedulesThen::new(then),
            )
        })
    }
    fn create_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateWalletWhen, operations::CreateWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateWalletWhen::new(when),
                operations::CreateWalletThen::new(then),
            )
        })
    }
    fn query_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryWalletWhen, operations::QueryWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryWalletWhen::new(when),
                operations::QueryWalletThen::new(then),
            )
        })
    }
    fn query_wallet_transaction<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryWalletTransactionWhen,
            operations::QueryWalletTransactionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryWalletTransactionWhen::new(when),
                operations::QueryWalletTransactionThen::new(then),
            )
        })
    }
    fn get_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWalletWhen, operations::GetWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWalletWhen::new(when),
                operations::GetWalletThen::new(then),
            )
        })
    }
    fn update_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateWalletWhen, operations::UpdateWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateWalletWhen::new(when),
                operations::UpdateWalletThen::new(then),
            )
        })
    }
    fn get_wallet_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWalletBalanceWhen, operations::GetWalletBalanceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWalletBalanceWhen::new(when),
                operations::GetWalletBalanceThen::new(then),
            )
        })
    }
    fn terminate_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TerminateWalletWhen, operations::TerminateWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateWalletWhen::new(when),
                operations::TerminateWalletThen::new(then),
            )
        })
    }
    fn top_up_wallet<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TopUpWalletWhen, operations::TopUpWalletThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TopUpWalletWhen::new(when),
                operations::TopUpWalletThen::new(then),
            )
        })
    }
    fn get_wallet_transactions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetWalletTransactionsWhen,
            operations::GetWalletTransactionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWalletTransactionsWhen::new(when),
                operations::GetWalletTransactionsThen::new(then),
            )
        })
    }
    fn query_workflow<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::QueryWorkflowWhen, operations::QueryWorkflowThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryWorkflowWhen::new(when),
                operations::QueryWorkflowThen::new(then),
            )
        })
    }
}
/// The same trait under the name every crate's mocks share: import this one when a
/// test uses the mocks of one crate only.
pub use self::FlexpriceMockServerExt as MockServerExt;
/// Client options that send every request to `server`, with retries off, so that a
/// test sees each call exactly once: `Client::with_options(key, mock::options(&server))`.
pub fn options(server: &::httpmock::MockServer) -> crate::ClientOptions {
    crate::ClientOptions::new()
        .base_url(server.base_url())
        .retry_policy(crate::RetryPolicy::none())
}
pub use ::httpmock::{Mock, MockServer};
