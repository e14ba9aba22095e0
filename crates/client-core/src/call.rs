//! The record of one call, and [`call`], which runs a generated call inside it.
//!
//! [`call`] opens a task-local [`CallRecord`]; the request path ([`crate::execute`],
//! [`crate::decode`]) notes in it the last response's status and request id, the headers of a
//! failure, a deadline that stopped the call, and the slot held under the cap on requests in
//! flight. When the call fails, its error is built from progenitor's and that record.

use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tokio::sync::OwnedSemaphorePermit;

use crate::error::{ApiError, Error, ErrorBody};
use crate::secret::Redactor;

/// The call's deadline stopped it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DeadlineHit {
    pub(crate) deadline: Duration,
    pub(crate) attempts: u32,
}

/// What the last response of a call looked like, kept for the errors that need it.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    pub(crate) status: Option<StatusCode>,
    pub(crate) request_id: Option<HeaderValue>,
    /// Only for a final response whose status is not 2xx (boxed: the record is swapped in
    /// and out of the task-local slot on every poll, so it is kept small).
    pub(crate) headers: Option<Box<HeaderMap>>,
    pub(crate) redactor: Option<Arc<Redactor>>,
    pub(crate) deadline: Option<DeadlineHit>,
    /// The slot this call holds; freed when the call (body decoding included) ends.
    pub(crate) permit: Option<OwnedSemaphorePermit>,
}

tokio::task_local! {
    pub(crate) static CALL: RefCell<CallRecord>;
}

/// Headers that carry a request id, in the order they are looked for.
pub(crate) const REQUEST_ID_HEADERS: [HeaderName; 3] = [
    HeaderName::from_static("x-request-id"),
    HeaderName::from_static("request-id"),
    HeaderName::from_static("x-amzn-requestid"),
];

pub(crate) fn request_id_value(headers: &HeaderMap) -> Option<&HeaderValue> {
    REQUEST_ID_HEADERS.iter().find_map(|h| headers.get(h))
}

/// Notes in the current call's record (if any) that its deadline stopped it.
pub(crate) fn note_deadline(deadline: Duration, attempts: u32) {
    let _ = CALL.try_with(|c| {
        c.borrow_mut().deadline = Some(DeadlineHit { deadline, attempts });
    });
}

fn id_text(value: Option<&HeaderValue>) -> Option<String> {
    value?.to_str().ok().map(str::to_owned)
}

pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    id_text(request_id_value(headers))
}

/// A decoder message without the credential (serde quotes the value it rejected).
fn scrub_decode_error(source: serde_json::Error, record: &CallRecord) -> serde_json::Error {
    match &record.redactor {
        Some(r) if r.found_in(source.to_string().as_bytes()) => {
            <serde_json::Error as serde::de::Error>::custom(r.scrub_str(&source.to_string()))
        }
        _ => source,
    }
}

async fn convert<E>(error: progenitor_client::Error<E>, call: CallRecord) -> Error<E> {
    use progenitor_client::Error as P;
    let error = match error {
        P::ErrorResponse(value) => {
            // The runtime scrubbed the body before it was decoded, and the headers.
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
            let request_id = id_text(call.request_id.as_ref());
            let source = scrub_decode_error(source, &call);
            if status.is_success() {
                let body = match call.redactor.as_ref().and_then(|r| r.scrub_bytes(&body)) {
                    Some(clean) => Bytes::from(clean),
                    None => body,
                };
                let request_id = match (&call.redactor, request_id) {
                    (Some(r), Some(id)) => Some(r.scrub_str(&id)),
                    (_, id) => id,
                };
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
                    headers: call.headers.clone().map(|h| *h).unwrap_or_default(),
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
        P::InvalidRequest(m) | P::Custom(m) => Error::InvalidRequest(match &call.redactor {
            Some(r) => r.scrub_str(&m),
            None => m,
        }),
    };
    match call.deadline {
        Some(hit) => Error::DeadlineExceeded {
            deadline: hit.deadline,
            attempts: hit.attempts,
            last: Box::new(error),
        },
        None => error,
    }
}

/// Runs one generated call, turning progenitor's error into [`Error`].
///
/// The generated builders' `send` calls this. [`crate::execute`] notes, for the errors
/// that need them, the status and request id of the last response (no copy of its headers
/// unless it failed); the call's slot under the client's cap on requests in flight is
/// held until this returns, so reading the body counts as in flight.
pub fn call<T, E, F>(future: F) -> impl Future<Output = Result<ResponseValue<T>, Error<E>>>
where
    F: Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
{
    use futures::{FutureExt as _, TryFutureExt as _};
    // The generated future is boxed once, here: every layer above it then moves a pointer,
    // not kilobytes of state (a call's future is a few words, like reqwest's own).
    let recorded = Box::pin(future).map(|result| {
        // Still inside the scope: the record of this call is at hand.
        result.map_err(|e| {
            let record = CALL.with(|c| std::mem::take(&mut *c.borrow_mut()));
            // Boxed: the error path is rare, and the success path moves a smaller value.
            Box::new((e, record))
        })
    });
    CALL.scope(RefCell::new(CallRecord::default()), recorded)
        .or_else(|failed| {
            let (e, record) = *failed;
            Box::pin(async move { Err(convert(e, record).await) })
        })
}
