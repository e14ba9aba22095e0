//! The meeting point of the generated test and the harness: the values a call is built
//! from ([`Args`]) and what the client made of the answer ([`Outcome`]).

use std::future::Future;
use std::pin::Pin;

use futures::TryStreamExt;
use progenitor_client::{ByteStream, ResponseValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The values of one call, made from the spec: parameters by location and name, and the body.
#[derive(Clone, Debug, Default)]
pub struct Args {
    /// Path parameters.
    pub path: Map<String, Value>,
    /// Query parameters.
    pub query: Map<String, Value>,
    /// Header parameters.
    pub header: Map<String, Value>,
    /// The JSON body.
    pub body: Option<Value>,
}

fn typed<T: DeserializeOwned>(value: Option<&Value>, what: &str) -> Result<T, String> {
    let value = value.ok_or_else(|| format!("{what}: no value was made for it"))?;
    serde_json::from_value(value.clone()).map_err(|e| {
        format!(
            "{what}: the client's type rejects the value {} made from the spec: {e}",
            super::validate::show(value)
        )
    })
}

fn text<'a>(value: Option<&'a Value>, what: &str) -> Result<&'a str, String> {
    value
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{what}: no string value was made for it"))
}

impl Args {
    /// The path parameter `name`, as the client's type `T`.
    pub fn path<T: DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        typed(self.path.get(name), &format!("path parameter `{name}`"))
    }
    /// The path parameter `name`, as text.
    pub fn path_str(&self, name: &str) -> Result<&str, String> {
        text(self.path.get(name), &format!("path parameter `{name}`"))
    }
    /// The query parameter `name`, as the client's type `T`.
    pub fn query<T: DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        typed(self.query.get(name), &format!("query parameter `{name}`"))
    }
    /// The query parameter `name`, as text.
    pub fn query_str(&self, name: &str) -> Result<&str, String> {
        text(self.query.get(name), &format!("query parameter `{name}`"))
    }
    /// The header parameter `name`, as the client's type `T`.
    pub fn header<T: DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        typed(self.header.get(name), &format!("header parameter `{name}`"))
    }
    /// The header parameter `name`, as text.
    pub fn header_str(&self, name: &str) -> Result<&str, String> {
        text(self.header.get(name), &format!("header parameter `{name}`"))
    }
    /// The body, as the client's type `T`.
    pub fn body<T: DeserializeOwned>(&self) -> Result<T, String> {
        typed(self.body.as_ref(), "the request body")
    }
}

/// What the client returned.
#[derive(Debug)]
pub enum Outcome {
    /// A success: its status and the decoded value.
    Ok {
        /// The status the client reports.
        status: u16,
        /// The decoded value.
        body: Received,
    },
    /// An error.
    Err {
        /// `e.status()`.
        status: Option<u16>,
        /// `e.api_error()`, serialized back to JSON.
        decoded: Option<Value>,
        /// The error as displayed.
        shown: String,
    },
}

/// A decoded success.
#[derive(Debug)]
pub enum Received {
    /// A typed value, serialized back to JSON (`()` is `null`).
    Json(Value),
    /// The bytes of a streamed body.
    Bytes(Vec<u8>),
}

/// One call of one operation, built from [`Args`]; `Err` when the call cannot be built.
pub type Call<'a> = Pin<Box<dyn Future<Output = Result<Outcome, String>> + 'a>>;

/// The generated function of one operation.
pub type Op<C> = for<'a> fn(&'a C, &'a Args) -> Call<'a>;

fn error_outcome<E: Serialize>(e: &client_core::Error<E>) -> Outcome
where
    client_core::Error<E>: std::fmt::Display,
{
    let shown: String = e.to_string().chars().take(400).collect();
    Outcome::Err {
        status: e.status().map(|s| s.as_u16()),
        decoded: e
            .api_error()
            .map(|b| serde_json::to_value(b).unwrap_or_else(|x| Value::String(x.to_string()))),
        shown,
    }
}

/// The outcome of a call whose success is a typed value.
pub fn json_outcome<T: Serialize, E: Serialize>(
    result: Result<ResponseValue<T>, client_core::Error<E>>,
) -> Outcome
where
    client_core::Error<E>: std::fmt::Display,
{
    match result {
        Ok(v) => {
            let status = v.status().as_u16();
            match serde_json::to_value(v.into_inner()) {
                Ok(body) => Outcome::Ok {
                    status,
                    body: Received::Json(body),
                },
                Err(e) => Outcome::Err {
                    status: None,
                    decoded: None,
                    shown: format!("decoded, but does not serialize back: {e}"),
                },
            }
        }
        Err(e) => error_outcome(&e),
    }
}

/// The outcome of a call whose success is a byte stream.
pub async fn bytes_outcome<E: Serialize>(
    result: Result<ResponseValue<ByteStream>, client_core::Error<E>>,
) -> Outcome
where
    client_core::Error<E>: std::fmt::Display,
{
    match result {
        Ok(v) => {
            let status = v.status().as_u16();
            let chunks: Result<Vec<_>, _> = v.into_inner().into_inner().try_collect().await;
            match chunks {
                Ok(chunks) => Outcome::Ok {
                    status,
                    body: Received::Bytes(chunks.concat()),
                },
                Err(e) => Outcome::Err {
                    status: Some(status),
                    decoded: None,
                    shown: format!("the body stream failed: {e}"),
                },
            }
        }
        Err(e) => error_outcome(&e),
    }
}
