//! One error type for every call of a client.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::explain;

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
/// Neither `Display` nor `Debug` ever contains the client's credential, even when the
/// server echoes it: the client scrubs it from error bodies (before they are decoded),
/// headers, request ids and decoder messages, and transport errors are stripped of their
/// URL (the Analytics key travels in the path).
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
    /// The call's overall deadline ([`crate::ClientOptions::deadline`]) ran out: an
    /// attempt timed out against it, or the next retry's wait would have ended after it.
    DeadlineExceeded {
        /// The deadline in force.
        deadline: Duration,
        /// Attempts made.
        attempts: u32,
        /// What the last attempt got (a timeout, or the 429 whose `Retry-After` was too long).
        last: Box<Error<E>>,
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
            Error::DeadlineExceeded { last, .. } => last.status(),
        }
    }

    /// The API's decoded error body.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(ApiError {
                body: ErrorBody::Decoded(e),
                ..
            }) => Some(e),
            Error::DeadlineExceeded { last, .. } => last.api_error(),
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
            Error::DeadlineExceeded { last, .. } => last.raw_body(),
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
            Error::DeadlineExceeded { last, .. } => last.request_id(),
            _ => None,
        }
    }

    /// Headers of the response, when one arrived and was kept.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(e) => Some(&e.headers),
            Error::UnexpectedStatus { headers, .. } => Some(headers),
            Error::DeadlineExceeded { last, .. } => last.headers(),
            _ => None,
        }
    }
}

impl<E: serde::Serialize> Error<E> {
    /// The API's machine-readable error code, as it travelled: the error body's `code`
    /// (or `error_code`, `type`, ...), also from a nested `error` object and from a JSON
    /// body that did not decode into the API's error type.
    pub fn code(&self) -> Option<String> {
        self.said().0
    }

    /// The API's human-readable error message (`message`, `detail`, `description`, ...,
    /// found the same way as [`Error::code`]).
    pub fn message(&self) -> Option<String> {
        self.said().1
    }

    fn said(&self) -> (Option<String>, Option<String>) {
        match self {
            Error::Api(ApiError {
                body: ErrorBody::Decoded(e),
                ..
            }) => explain::of_body(e),
            Error::Api(ApiError {
                body: ErrorBody::Raw(b),
                ..
            }) => explain::of_raw(b),
            Error::DeadlineExceeded { last, .. } => last.said(),
            _ => (None, None),
        }
    }
}

/// One line a person reads: what went wrong, the API's code and message when it sent them,
/// an excerpt of a body that did not decode, the root cause of a transport failure, and
/// the request id. Never the credential (see [`Error`]).
impl<E: serde::Serialize> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => {
                write!(f, "API error {}", e.status)?;
                let said = self.said();
                if !explain::write_said(f, &said)? {
                    match &e.body {
                        ErrorBody::Decoded(body) => {
                            let json = serde_json::to_vec(body).unwrap_or_default();
                            write!(f, "{}", explain::Excerpt(&json))?
                        }
                        ErrorBody::Raw(raw) => write!(f, "{}", explain::Excerpt(raw))?,
                    }
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
                request_id,
            } => {
                write!(
                    f,
                    "cannot decode the {status} response body{}: {source}",
                    explain::Excerpt(body)
                )?;
                if let Some(id) = request_id {
                    write!(f, " [request id {id}]")?;
                }
                Ok(())
            }
            Error::UnexpectedStatus {
                status,
                body,
                request_id,
                ..
            } => {
                write!(f, "unexpected status {status}{}", explain::Excerpt(body))?;
                if let Some(id) = request_id {
                    write!(f, " [request id {id}]")?;
                }
                Ok(())
            }
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Transport { source, .. } => {
                write!(f, "transport error: {source}")?;
                if let Some(root) = explain::root_cause(source) {
                    write!(f, ": {root}")?;
                }
                Ok(())
            }
            Error::DeadlineExceeded {
                deadline,
                attempts,
                last,
            } => write!(
                f,
                "deadline of {deadline:?} exceeded after {attempts} attempt(s); last: {last}"
            ),
            Error::Pagination(e) => write!(f, "stream stopped: {e}"),
        }
    }
}

impl<E: fmt::Debug + serde::Serialize + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode { source, .. } => Some(source),
            Error::Transport { source, .. } => Some(source),
            Error::DeadlineExceeded { last, .. } => Some(&**last),
            Error::Pagination(e) => Some(e),
            _ => None,
        }
    }
}
