//! The typed `httpmock` helpers every generated crate has (its `mock` module), written once.
//!
//! The generator emits, per operation, one `mock_when!` and one `mock_then!` invocation with
//! a line per method, and one `mock_server_ext!` for the crate's extension trait, in place of
//! the wrapper structs and their methods. The expansions name `::httpmock` and `::regex`,
//! which resolve in the invoking crate (its `mock` feature has both): this crate depends on
//! neither.

/// Defines the `When` wrapper `$name` of one operation: `new` (method and path pattern),
/// `into_inner`, and one method per line.
///
/// ```text
/// mock_when! {
///     GetCustomerWhen, GET, "^/customers/[^/]*$";
///     path id = "^/customers/{}$";                 // `value: &str`, regex-escaped
///     path code: types::Code = "^/codes/{}$";      // any `Display` value, regex-escaped
///     query limit: i64 = "limit";                  // `T: Into<Option<i64>>`
///     query_ref search: str = "search";            // `T: Into<Option<&'a str>>`
///     query_each tags: Vec<String> = "tags[]";     // one pair per item
///     query_req id: &str = "id";                   // `value: &str`, always matched
///     header_ref key: str = "Idempotency-Key";     // `T: Into<Option<&'a str>>`
///     body body: &types::Customer;                 // the JSON body
/// }
/// ```
///
/// An optional parameter given `None` must be absent from the request.
#[macro_export]
#[doc(hidden)]
macro_rules! mock_when {
    (@fn path $param:ident [] $pattern:literal) => {
        pub fn $param(self, value: &str) -> Self {
            let re = ::regex::Regex::new(&format!($pattern, ::regex::escape(value))).unwrap();
            Self(self.0.path_matches(re))
        }
    };
    (@fn path $param:ident [$ty:ty] $pattern:literal) => {
        pub fn $param(self, value: $ty) -> Self {
            let re = ::regex::Regex::new(&format!($pattern, ::regex::escape(&value.to_string())))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    };
    (@fn query $param:ident [$ty:ty] $key:literal) => {
        pub fn $param<T>(self, value: T) -> Self
        where
            T: Into<Option<$ty>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param($key, value.to_string()))
            } else {
                Self(self.0.query_param_missing($key))
            }
        }
    };
    (@fn query_ref $param:ident [$ty:ty] $key:literal) => {
        pub fn $param<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a $ty>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param($key, value.to_string()))
            } else {
                Self(self.0.query_param_missing($key))
            }
        }
    };
    (@fn query_each $param:ident [$ty:ty] $key:literal) => {
        pub fn $param<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a $ty>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(self.0, |when, item| when.query_param($key, item.to_string())),
                )
            } else {
                Self(self.0.query_param_missing($key))
            }
        }
    };
    (@fn query_req $param:ident [$ty:ty] $key:literal) => {
        pub fn $param(self, value: $ty) -> Self {
            Self(self.0.query_param($key, value.to_string()))
        }
    };
    (@fn header_ref $param:ident [$ty:ty] $key:literal) => {
        pub fn $param<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a $ty>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header($key, value.to_string()))
            } else {
                Self(self.0.header_missing($key))
            }
        }
    };
    (@fn body $param:ident [$ty:ty]) => {
        pub fn $param(self, value: $ty) -> Self {
            Self(self.0.json_body_obj(value))
        }
    };
    (
        $(#[$attr:meta])*
        $name:ident, $method:ident, $path:literal;
        $($kind:ident $param:ident $(: $ty:ty)? $(= $lit:literal)?;)*
    ) => {
        $(#[$attr])*
        pub struct $name(::httpmock::When);
        impl $name {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::$method)
                        .path_matches(::regex::Regex::new($path).unwrap()),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            $($crate::mock_when!(@fn $kind $param [$($ty)?] $($lit)?);)*
        }
    };
}

/// Defines the `Then` wrapper `$name` of one operation: `new`, `into_inner`, and one method
/// per documented status (`status`) or status range (`range`, whose first digit is given).
///
/// ```text
/// mock_then! {
///     GetCustomerThen;
///     status ok: &types::Customer = 200;           // 200 with the JSON body
///     status found = 302;                          // 302, no body
///     status_value ok: ::serde_json::Value = 200;  // a body given as JSON
///     range client_error: &types::Error = 4;       // `status: u16` in 400..=499
///     range success = 2;                           // `status: u16` in 200..=299, no body
///     range_value success: ::serde_json::Value = 2;
/// }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! mock_then {
    (@fn status $method:ident [] $code:literal) => {
        pub fn $method(self) -> Self {
            Self(self.0.status::<u16>($code))
        }
    };
    (@fn status $method:ident [$ty:ty] $code:literal) => {
        pub fn $method(self, value: $ty) -> Self {
            Self(
                self.0
                    .status::<u16>($code)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    };
    (@fn status_value $method:ident [$ty:ty] $code:literal) => {
        pub fn $method(self, value: $ty) -> Self {
            Self(
                self.0
                    .status::<u16>($code)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    };
    (@fn range $method:ident [] $digit:literal) => {
        pub fn $method(self, status: u16) -> Self {
            assert_eq!(status / 100u16, $digit);
            Self(self.0.status(status))
        }
    };
    (@fn range $method:ident [$ty:ty] $digit:literal) => {
        pub fn $method(self, status: u16, value: $ty) -> Self {
            assert_eq!(status / 100u16, $digit);
            Self(
                self.0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    };
    (@fn range_value $method:ident [$ty:ty] $digit:literal) => {
        pub fn $method(self, status: u16, value: $ty) -> Self {
            assert_eq!(status / 100u16, $digit);
            Self(
                self.0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    };
    (
        $(#[$attr:meta])*
        $name:ident;
        $($kind:ident $method:ident $(: $ty:ty)? = $lit:literal;)*
    ) => {
        $(#[$attr])*
        pub struct $name(::httpmock::Then);
        impl $name {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            $($crate::mock_then!(@fn $kind $method [$($ty)?] $lit);)*
        }
    };
}

/// Defines the extension trait `$name` of `::httpmock::MockServer`, one method per operation
/// (`method: When, Then;`, both wrappers in the invoking module's `operations`), and its impl.
///
/// ```text
/// mock_server_ext! {
///     /// The trait's docs.
///     BillingV2MockServerExt;
///     get_customer: GetCustomerWhen, GetCustomerThen;
/// }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! mock_server_ext {
    (
        $(#[$attr:meta])*
        $name:ident;
        $($method:ident: $when:ident, $then:ident;)*
    ) => {
        $(#[$attr])*
        pub trait $name {
            $(
                fn $method<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where
                    F: FnOnce(operations::$when, operations::$then);
            )*
        }
        impl $name for ::httpmock::MockServer {
            $(
                fn $method<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
                where
                    F: FnOnce(operations::$when, operations::$then),
                {
                    self.mock(|when, then| {
                        config_fn(operations::$when::new(when), operations::$then::new(then))
                    })
                }
            )*
        }
    };
}
