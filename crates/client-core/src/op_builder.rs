//! The request builders of the generated clients (`builder::X`, one per operation), the
//! parts that are the same for every operation, written once.
//!
//! The generator emits one [`op_builder!`](crate::op_builder) invocation per operation, a
//! line per parameter, in place of the builder's `new`, its setters and its `send`; the
//! builder struct and its `send_raw` (the request itself) stay in the generated code.
//! `send_raw` reads the answer with [`respond`], [`respond_empty`] or [`respond_stream`].

use progenitor_client::{ByteStream, Error as P, ResponseValue};
use serde::de::DeserializeOwned;

use crate::type_text::type_text;

/// Defines `new`, a setter per parameter and `send` of the builder `$name<'a>` (a struct
/// with a `client: &'a super::Client` field and one `Result<_, String>` field per
/// parameter, and a private `send_raw`) in the module it is invoked in, where
/// `ResponseValue` and `types` must be in scope.
///
/// ```text
/// op_builder! {
///     CreateCustomer -> types::Customer, crate::Error;    // what `send` returns
///     req project_id: ::std::string::String,              // must be set (`TryInto<T>`)
///     opt limit: i64,                                     // `Option<i64>`, starts `None`
///     built body: types::CreateCustomerRequest as types::builder::CreateCustomerRequest,
///                             // a body with a builder: `body(value)` and `body_map(f)`
/// }
/// ```
///
/// The methods are progenitor's, error messages included.
#[macro_export]
#[doc(hidden)]
macro_rules! op_builder {
    (@init req $field:ident) => {
        Err(::std::string::ToString::to_string(concat!(
            stringify!($field),
            " was not initialized"
        )))
    };
    (@init opt $field:ident) => { Ok(None) };
    (@init built $field:ident) => { Ok(::std::default::Default::default()) };
    (@setter req $field:ident $ty:ty) => {
        pub fn $field<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<$ty>,
        {
            self.$field = value
                .try_into()
                .map_err(|_| $crate::conversion_failed(stringify!($ty), stringify!($field)));
            self
        }
    };
    (@setter opt $field:ident $ty:ty) => {
        pub fn $field<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<$ty>,
        {
            self.$field = value
                .try_into()
                .map(Some)
                .map_err(|_| $crate::conversion_failed(stringify!($ty), stringify!($field)));
            self
        }
    };
    (@setter built body $ty:ty, $builder:ty) => {
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<$ty>,
            <V as ::std::convert::TryInto<$ty>>::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|e| $crate::body_conversion_failed(stringify!($ty), &e));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: ::std::ops::FnOnce($builder) -> $builder,
        {
            self.body = self.body.map(f);
            self
        }
    };
    ($name:ident -> $ok:ty, $err:ty; $($kind:ident $field:ident: $ty:ty $(as $builder:ty)?),* $(,)?) => {
        impl<'a> $name<'a> {
            #[inline]
            pub fn new(client: &'a super::Client) -> Self {
                Self {
                    client,
                    $($field: $crate::op_builder!(@init $kind $field),)*
                }
            }
            $($crate::op_builder!(@setter $kind $field $ty $(, $builder)?);)*
            /// Sends the request. Errors carry the HTTP status, the API's decoded
            /// error body (or the raw bytes when it does not decode) and the request id.
            #[inline]
            pub async fn send(self) -> ::std::result::Result<ResponseValue<$ok>, $err> {
                $crate::call(self.send_raw()).await
            }
        }
    };
}

/// The error of a setter whose value did not convert (`conversion to `i64` for limit
/// failed`), made only when that happens.
#[cold]
pub fn conversion_failed(ty: &str, field: &str) -> String {
    format!("conversion to `{}` for {field} failed", type_text(ty))
}

/// The error of a `body` setter whose value did not convert, with the conversion's error.
#[cold]
pub fn body_conversion_failed(ty: &str, error: &dyn std::fmt::Display) -> String {
    format!("conversion to `{}` for body failed: {error}", type_text(ty))
}

/// The answer of an operation with a success body: any 2xx decoded as `T`, a 4xx or 5xx
/// decoded as the API's error body `E`, any other status unexpected (progenitor's `match`
/// on the status, once for every operation).
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
pub fn respond<T: DeserializeOwned, E: DeserializeOwned>(
    response: reqwest::Response,
) -> impl Future<Output = Result<ResponseValue<T>, P<E>>> {
    async move {
        if response.status().is_success() {
            crate::decode(response).await
        } else {
            Err(failure(response).await)
        }
    }
}

/// [`respond`] for an operation without a success body: any 2xx is an empty success.
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
pub fn respond_empty<E: DeserializeOwned>(
    response: reqwest::Response,
) -> impl Future<Output = Result<ResponseValue<()>, P<E>>> {
    async move {
        if response.status().is_success() {
            Ok(ResponseValue::empty(response))
        } else {
            Err(failure(response).await)
        }
    }
}

/// [`respond`] for an operation whose success is read as a stream of bytes.
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
pub fn respond_stream<E: DeserializeOwned>(
    response: reqwest::Response,
) -> impl Future<Output = Result<ResponseValue<ByteStream>, P<E>>> {
    async move {
        if response.status().is_success() {
            Ok(ResponseValue::stream(response))
        } else {
            Err(failure(response).await)
        }
    }
}

/// A status that is not 2xx: 4xx and 5xx carry the error body, any other is unexpected.
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
fn failure<E: DeserializeOwned>(response: reqwest::Response) -> impl Future<Output = P<E>> {
    async move {
        match response.status().as_u16() {
            400..=599 => match crate::decode(response).await {
                Ok(body) => P::ErrorResponse(body),
                Err(e) => e,
            },
            _ => P::UnexpectedResponse(response),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::type_text;

    mod types {
        #[derive(Debug, Clone, PartialEq)]
        pub struct Body {
            pub n: u8,
        }
        pub mod builder {
            #[derive(Debug, Clone, Default)]
            pub struct Body {
                pub n: Option<u8>,
            }
            impl From<super::Body> for Body {
                fn from(value: super::Body) -> Self {
                    Self { n: Some(value.n) }
                }
            }
        }
    }

    #[derive(Debug)]
    struct Client;

    mod builder {
        use super::types;
        use progenitor_client::ResponseValue;

        #[derive(Debug)]
        pub struct Op<'a> {
            pub client: &'a super::Client,
            pub id: Result<::std::string::String, String>,
            pub limit: Result<Option<u8>, String>,
            pub body: Result<types::builder::Body, String>,
        }
        crate::op_builder! {
            Op -> (), crate::Error<()>;
            req id: ::std::string::String,
            opt limit: u8,
            built body: types::Body as types::builder::Body,
        }
        impl Op<'_> {
            async fn send_raw(self) -> Result<ResponseValue<()>, progenitor_client::Error<()>> {
                let _: &super::Client = self.client;
                Err(progenitor_client::Error::InvalidRequest("not sent".into()))
            }
        }
    }

    #[test]
    fn a_builder_starts_with_required_parameters_unset() {
        let op = builder::Op::new(&Client);
        assert_eq!(op.id.unwrap_err(), "id was not initialized");
        let op = builder::Op::new(&Client);
        assert_eq!(op.limit, Ok(None));
        assert_eq!(op.body.unwrap().n, None);
    }

    #[test]
    fn setters_convert_and_name_what_did_not() {
        let op = builder::Op::new(&Client).id("c1").limit(7i64);
        assert_eq!(op.id.as_deref(), Ok("c1"));
        assert_eq!(op.limit, Ok(Some(7)));
        let op = builder::Op::new(&Client).limit(300i64);
        assert_eq!(op.limit.unwrap_err(), "conversion to `u8` for limit failed");
        let op = builder::Op::new(&Client)
            .body(types::Body { n: 1 })
            .body_map(|b| types::builder::Body {
                n: b.n.map(|n| n + 1),
            });
        assert_eq!(op.body.unwrap().n, Some(2));
    }

    #[tokio::test]
    async fn send_reports_what_send_raw_returned() {
        let e = builder::Op::new(&Client).send().await.unwrap_err();
        assert!(e.to_string().contains("not sent"), "{e}");
    }

    #[test]
    fn types_are_named_as_progenitor_names_them() {
        assert_eq!(
            type_text(stringify!(::std::string::String)),
            ":: std :: string :: String"
        );
        assert_eq!(type_text(stringify!(i64)), "i64");
        assert_eq!(
            type_text(stringify!(types::GetCustomerExpandItem)),
            "GetCustomerExpandItem"
        );
        assert_eq!(
            type_text(stringify!(::std::vec::Vec<types::GetCustomerExpandItem>)),
            ":: std :: vec :: Vec < GetCustomerExpandItem >"
        );
        assert_eq!(type_text("crate::ProjectApiKey"), "crate :: ProjectApiKey");
        assert_eq!(
            type_text("::std::collections::HashMap<::std::string::String,Vec<Vec<u8>>>"),
            ":: std :: collections :: HashMap < :: std :: string :: String , Vec < Vec < u8 > > >"
        );
        assert_eq!(type_text("types::builder::X"), "builder :: X");
        assert_eq!(type_text(stringify!([i64; 2usize])), "[i64 ; 2usize]");
        assert_eq!(type_text("( u8,(i8 , types::A) )"), "(u8 , (i8 , A))");
    }

    /// `op_builder!` names its types through a `ty` fragment, which `stringify!` prints
    /// with its own spacing: [`type_text`] reads any spacing alike.
    macro_rules! through_fragment {
        ($ty:ty) => {
            type_text(stringify!($ty))
        };
    }

    #[test]
    fn a_type_fragment_is_named_like_its_tokens() {
        assert_eq!(
            through_fragment!(::std::vec::Vec<::std::string::String>),
            ":: std :: vec :: Vec < :: std :: string :: String >"
        );
        assert_eq!(through_fragment!(types::Environment), "Environment");
        assert_eq!(
            through_fragment!(::std::num::NonZeroU64),
            ":: std :: num :: NonZeroU64"
        );
    }
}
