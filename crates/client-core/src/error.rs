//! One error type for every call of a client.

use std::cell::RefCell;
use std::fmt;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::runtime::{CALL, CallRecord};

/// Headers that carry a request id, in the order they are looked for.
const REQUEST_ID_HEADERS: &[&str] = &["x-request-id", "request-id", "x-amzn-requestid"];

pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok().map(str::to_owned))
}

/// The body of an API error: decoded into the API's error type, or the raw bytes when
/// it does not decode (an HTML page from a proxy, an undocumented format).
#[derive(Clone, Debug)]
pub enum ErrorBody<E> {
    /// The body decoded as the API's error type.
    Decoded(E),
    /// The body as received.
    Raw(Bytes),
}

/// The API answered with an error status.
#[derive(Clone, Debug)]
pub struct ApiError<E> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The request id the server sent, if any.
    pub request_id: Option<String>,
    /// The response headers (`Retry-After`, rate-limit counters, ...).
    pub headers: HeaderMap,
    /// The error body.
    pub body: ErrorBody<E>,
}

/// Everything that can go wrong with a call. `E` is the API's error body.
///
/// Neither `Display` nor `Debug` ever contains a credential: transport errors are
/// stripped of their URL (the Analytics key travels in the path).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The API answered with an error status (after any retries).
    Api(ApiError<E>),
    /// A success status whose body is malformed, truncated or of the wrong shape.
    Decode {
        /// The (success) status.
        status: StatusCode,
        /// The request id the server sent, if any.
        request_id: Option<String>,
        /// The body as received.
        body: Bytes,
        /// Why it did not decode.
        source: serde_json::Error,
    },
    /// A status the spec does not declare (a redirect, say).
    UnexpectedStatus {
        /// The status.
        status: StatusCode,
        /// The request id the server sent, if any.
        request_id: Option<String>,
        /// The response headers (`Location` for a redirect).
        headers: HeaderMap,
        /// The body as received.
        body: Bytes,
    },
    /// The request could not be built (a required parameter missing, a value rejected).
    InvalidRequest(String),
    /// The connection failed, timed out, or the body could not be read.
    Transport {
        /// The status, when a response had started to arrive.
        status: Option<StatusCode>,
        /// The underlying error, stripped of its URL.
        source: reqwest::Error,
    },
    /// A stream over a list stopped before the server said the list was over: a cycle of
    /// `next_page`, a run of empty pages, the page limit, a link to another origin.
    Pagination(crate::PaginationError),
}

impl<E> Error<E> {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode { status, .. } | Error::UnexpectedStatus { status, .. } => Some(*status),
            Error::Transport { status, .. } => *status,
            Error::InvalidRequest(_) | Error::Pagination(_) => None,
        }
    }

    /// The API's decoded error body.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(ApiError {
                body: ErrorBody::Decoded(e),
                ..
            }) => Some(e),
            _ => None,
        }
    }

    /// The raw body, when it was kept because it did not decode.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(ApiError {
                body: ErrorBody::Raw(b),
                ..
            })
            | Error::Decode { body: b, .. }
            | Error::UnexpectedStatus { body: b, .. } => Some(b),
            _ => None,
        }
    }

    /// The request id the server sent, if any.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode { request_id, .. } | Error::UnexpectedStatus { request_id, .. } => {
                request_id.as_deref()
            }
            _ => None,
        }
    }

    /// Headers of the response, when one arrived and was kept.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(e) => Some(&e.headers),
            Error::UnexpectedStatus { headers, .. } => Some(headers),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => {
                write!(f, "API error {}", e.status)?;
                match &e.body {
                    ErrorBody::Decoded(body) => write!(f, ": {body:?}")?,
                    ErrorBody::Raw(raw) => write!(f, " (undecoded body of {} bytes)", raw.len())?,
                }
                if let Some(id) = &e.request_id {
                    write!(f, " [request id {id}]")?;
                }
                Ok(())
            }
            Error::Decode {
                status,
                body,
                source,
                ..
            } => write!(
                f,
                "cannot decode the {status} response body ({} bytes): {source}",
                body.len()
            ),
            Error::UnexpectedStatus { status, .. } => write!(f, "unexpected status {status}"),
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Transport { source, .. } => write!(f, "transport error: {source}"),
            Error::Pagination(e) => write!(f, "stream stopped: {e}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode { source, .. } => Some(source),
            Error::Transport { source, .. } => Some(source),
            Error::Pagination(e) => Some(e),
            _ => None,
        }
    }
}

async fn convert<E>(error: progenitor_client::Error<E>, call: CallRecord) -> Error<E> {
    use progenitor_client::Error as P;
    match error {
        P::ErrorResponse(value) => {
            let status = value.status();
            let headers = value.headers().clone();
            Error::Api(ApiError {
                status,
                request_id: request_id(&headers),
                headers,
                body: ErrorBody::Decoded(value.into_inner()),
            })
        }
        P::InvalidResponsePayload(body, source) => {
            // A response arrived, so the runtime recorded its status.
            let status = call.status.unwrap_or(StatusCode::OK);
            let request_id = call.request_id;
            if status.is_success() {
                Error::Decode {
                    status,
                    request_id,
                    body,
                    source,
                }
            } else {
                Error::Api(ApiError {
                    status,
                    request_id,
                    headers: call.headers,
                    body: ErrorBody::Raw(body),
                })
            }
        }
        P::UnexpectedResponse(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.bytes().await.unwrap_or_default();
            Error::UnexpectedStatus {
                status,
                request_id: request_id(&headers),
                headers,
                body,
            }
        }
        P::CommunicationError(e) | P::InvalidUpgrade(e) => Error::Transport {
            status: None,
            source: e.without_url(),
        },
        P::ResponseBodyError(e) => Error::Transport {
            status: call.status,
            source: e.without_url(),
        },
        P::InvalidRequest(m) | P::Custom(m) => Error::InvalidRequest(m),
    }
}

/// Runs one generated call, turning progenitor's error into [`Error`].
///
/// The generated builders' `send` calls this; the status and headers of the last
/// response are recorded by [`crate::execute`] for the errors that need them.
pub async fn call<T, E>(
    future: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
) -> Result<ResponseValue<T>, Error<E>> {
    CALL.scope(RefCell::new(CallRecord::default()), async {
        let result = future.await;
        let record = CALL.with(|c| c.borrow().clone());
        match result {
            Ok(v) => Ok(v),
            Err(e) => Err(convert(e, record).await),
        }
    })
    .await
}

/// Sends a `GET` to an absolute `url` through [`crate::execute`] and decodes the answer
/// the way generated methods do: a 2xx body as `T`, a 4xx/5xx body as `E`.
///
/// Used to follow a `next_page` URL exactly as the server returned it.
pub async fn get_json<T, E>(
    runtime: &crate::Runtime,
    http: &reqwest::Client,
    url: &str,
    operation_id: &'static str,
) -> Result<ResponseValue<T>, Error<E>>
where
    T: serde::de::DeserializeOwned,
    E: serde::de::DeserializeOwned,
{
    use progenitor_client::Error as P;
    call(async {
        let request = http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .build()
            .map_err(P::CommunicationError)?;
        let info = crate::operation(operation_id);
        let response = crate::execute(runtime, http, request, &info)
            .await
            .map_err(P::CommunicationError)?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            400..=599 => Err(P::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(P::UnexpectedResponse(response)),
        }
    })
    .await
}
