//! What the generated builders call to put a request on the wire and read the answer,
//! without the allocations progenitor's own helpers make on every call:
//! - [`PathSegment`] percent-encodes a path parameter while the URL is formatted (no
//!   `to_string()` and no encoded copy per parameter);
//! - [`QueryParamExt::query_opt`] skips an unset optional query parameter instead of
//!   running the query serializer for nothing;
//! - [`decode`] moves the headers out of the response instead of copying them, and notes
//!   the status and request id only when the body does not decode.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use progenitor_client::{Error as P, QueryParam, ResponseValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::{CALL, request_id_value};

/// The characters a path segment percent-encodes: the same set as progenitor's
/// `encode_path`, so generated URLs are byte for byte what they were.
const PATH_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

/// A path parameter, percent-encoded as it is written into the URL (`format!` argument).
pub struct PathSegment<'a, T: ?Sized>(pub &'a T);

impl<T: fmt::Display + ?Sized> fmt::Display for PathSegment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Encoding<'f, 'g>(&'f mut fmt::Formatter<'g>);
        impl fmt::Write for Encoding<'_, '_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                utf8_percent_encode(s, PATH_SET).try_for_each(|part| self.0.write_str(part))
            }
        }
        fmt::write(&mut Encoding(f), format_args!("{}", self.0))
    }
}

/// Query parameters as the generated builders add them.
pub trait QueryParamExt: Sized {
    /// Adds `name` with `value` when it is set, encoded as progenitor's `QueryParam` encodes
    /// it (an array repeats the key); an unset parameter costs nothing.
    fn query_opt<T: Serialize>(self, name: &str, value: &Option<T>) -> Self;
}

impl QueryParamExt for reqwest::RequestBuilder {
    fn query_opt<T: Serialize>(self, name: &str, value: &Option<T>) -> Self {
        match value {
            Some(_) => self.query(&QueryParam::new(name, value)),
            None => self,
        }
    }
}

/// Reads a success body as `T`, like progenitor's `ResponseValue::from_response`, but
/// moves the headers into the value rather than copying them. When the body cannot be read
/// or decoded, the status and request id are noted for the error that [`crate::call`]
/// builds (the success path notes nothing).
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
pub fn decode<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> impl Future<Output = Result<ResponseValue<T>, P<E>>> {
    // A block, not an `async fn`, so that the response is kept once in the future.
    async move {
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let note = |headers: &reqwest::header::HeaderMap| {
            let _ = CALL.try_with(|c| {
                let mut c = c.borrow_mut();
                c.status = Some(status);
                c.request_id = request_id_value(headers).cloned();
            });
        };
        let body = match read_body(&mut response).await {
            Ok(body) => body,
            Err(e) => {
                note(&headers);
                return Err(P::ResponseBodyError(e));
            }
        };
        match serde_json::from_slice(&body) {
            Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
            Err(e) => {
                note(&headers);
                Err(P::InvalidResponsePayload(body, e))
            }
        }
    }
}

/// The whole body, as `Response::bytes` gives it (one chunk is not copied), read through
/// `chunk`, whose future is a fraction of the size of `bytes`'s.
async fn read_body(response: &mut reqwest::Response) -> reqwest::Result<bytes::Bytes> {
    let Some(first) = response.chunk().await? else {
        return Ok(bytes::Bytes::new());
    };
    let Some(second) = response.chunk().await? else {
        return Ok(first);
    };
    let mut all = bytes::BytesMut::with_capacity(first.len() + second.len());
    all.extend_from_slice(&first);
    all.extend_from_slice(&second);
    while let Some(more) = response.chunk().await? {
        all.extend_from_slice(&more);
    }
    Ok(all.freeze())
}

/// Deserializes a string and hands it to `known` without copying it: the generated
/// `Deserialize` of every string enum (known values matched in place, anything else kept).
pub fn deserialize_str<'de, D, T>(
    deserializer: D,
    known: impl FnOnce(&str) -> T,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Str<F>(F);
    impl<T, F: FnOnce(&str) -> T> serde::de::Visitor<'_> for Str<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            Ok((self.0)(value))
        }
    }
    deserializer.deserialize_str(Str(known))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_encode_as_progenitor_does() {
        for raw in ["plain", "a b/c?d#e%f", "ünï{cöde}`\"<>", "", "100%"] {
            assert_eq!(
                PathSegment(raw).to_string(),
                progenitor_client::encode_path(raw),
                "{raw:?}"
            );
        }
        assert_eq!(PathSegment(&42_i64).to_string(), "42");
    }

    #[derive(Debug, PartialEq)]
    enum Store {
        AppStore,
        Other(String),
    }

    impl<'de> serde::Deserialize<'de> for Store {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_str(d, |v| match v {
                "app_store" => Store::AppStore,
                other => Store::Other(other.to_owned()),
            })
        }
    }

    #[test]
    fn string_enums_match_in_place_and_keep_unknown_values() {
        let v: Vec<Store> = serde_json::from_str(r#"["app_store","galaxy","esc\"aped"]"#).unwrap();
        assert_eq!(
            v,
            [
                Store::AppStore,
                Store::Other("galaxy".into()),
                Store::Other("esc\"aped".into())
            ]
        );
        let err = serde_json::from_str::<Store>("3").unwrap_err().to_string();
        assert!(err.contains("expected a string"), "{err}");
    }
}
