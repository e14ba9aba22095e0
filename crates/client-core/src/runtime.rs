//! The request path every generated client runs through: auth, the cap on requests in
//! flight, the call deadline, redirects that never carry a credential to another origin,
//! retries, and the bookkeeping that lets [`crate::Error`] report status and request id
//! (written into the call's record, `call.rs`). Redirects are judged in `redirect.rs`, the
//! retry events it reports are defined in `retry_events.rs`.
//!
//! The success path does only what success needs: the status and the request id (a
//! reference-counted header value, no copy of the header map) are noted for the rare
//! success body that does not decode; everything else (redirects, retries, scrubbing
//! the credential from an error response) runs in a boxed future only when needed.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use progenitor_client::OperationInfo;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};
use reqwest::{Request, Response, StatusCode};
use tokio::sync::Semaphore;
use tokio::time::Instant;

use crate::call::{CALL, request_id_value};
use crate::redirect::follow;
use crate::retry::{RetryPolicy, is_idempotent, is_retryable_status, parse_retry_after};
use crate::retry_events::{BodyWaitHint, RetryEvent, RetryObserver, RetryReason, WaitSource};
use crate::secret::Redactor;

/// State carried by each generated `Client`.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) auth_header: Option<(HeaderName, HeaderValue)>,
    pub(crate) redactor: Option<Arc<Redactor>>,
    pub(crate) retry: RetryPolicy,
    pub(crate) body_wait_hint: Option<BodyWaitHint>,
    pub(crate) observer: Option<RetryObserver>,
    pub(crate) in_flight: Arc<Semaphore>,
    pub(crate) max_in_flight: usize,
    pub(crate) deadline: Option<Duration>,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) max_redirects: u32,
    /// Operations whose body carries an idempotency key the generated code fills: retried
    /// like idempotent requests.
    pub(crate) keyed_operations: &'static [&'static str],
    /// Operations the spec marks `security: []`: sent without the credential.
    pub(crate) unauthenticated_operations: &'static [&'static str],
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runtime")
            .field(
                "auth",
                &self
                    .auth_header
                    .as_ref()
                    .map(|(name, _)| format!("{name}: <redacted>")),
            )
            .field("retry", &self.retry)
            .field("max_in_flight", &self.max_in_flight)
            .field("deadline", &self.deadline)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("max_redirects", &self.max_redirects)
            .field("keyed_operations", &self.keyed_operations.len())
            .field(
                "unauthenticated_operations",
                &self.unauthenticated_operations.len(),
            )
            .finish_non_exhaustive()
    }
}

impl Runtime {
    /// The retry policy in force.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The most requests in flight at once, across the client's clones.
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight
    }

    /// The overall deadline of one call, if any.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// How many redirects one attempt follows.
    pub fn max_redirects(&self) -> u32 {
        self.max_redirects
    }

    /// Names the operations whose requests carry an idempotency key in their body (filled by
    /// the generated code with [`crate::fill_idempotency_key`]): the server applies a repeated
    /// request once, so they are retried like `PUT` or `DELETE`. Generated facades set this
    /// from the spec; other writes are not retried once they may have reached the server.
    pub fn with_keyed_operations(mut self, operations: &'static [&'static str]) -> Self {
        self.keyed_operations = operations;
        self
    }

    /// Names the operations the spec declares with `security: []` (no credential): their
    /// requests are sent without the client's credential header. Generated facades set this
    /// from the spec.
    pub fn with_unauthenticated_operations(mut self, operations: &'static [&'static str]) -> Self {
        self.unauthenticated_operations = operations;
        self
    }

    /// Replaces the client's credential in `text` with `<redacted>`.
    pub fn scrub(&self, text: &str) -> String {
        match &self.redactor {
            Some(r) => r.scrub_str(text),
            None => text.to_owned(),
        }
    }
}

fn record_deadline(runtime: &Runtime, attempts: u32) {
    if let Some(deadline) = runtime.deadline {
        crate::call::note_deadline(deadline, attempts);
    }
}

fn is_connection_failure(e: &reqwest::Error) -> bool {
    e.is_connect() || e.is_timeout() || e.is_request()
}

/// A copy of `request` to send again (a redirect, a retry), `None` when its body is a
/// stream. A request without body or timeout of its own (every generated `GET`) is copied
/// field by field, skipping reqwest's extension map: each attempt gets its timeout from
/// [`limit_attempt`].
fn spare_copy(request: &Request) -> Option<Request> {
    if request.body().is_some() || request.timeout().is_some() {
        // reqwest shares a buffered body rather than copying it.
        return request.try_clone();
    }
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    Some(copy)
}

/// Gives the attempt the time it may take; true when the call deadline is the limit.
fn limit_attempt(request: &mut Request, runtime: &Runtime, deadline: Option<Instant>) -> bool {
    let own = request.timeout().copied().or(runtime.attempt_timeout);
    let Some(deadline) = deadline else {
        *request.timeout_mut() = own;
        return false;
    };
    let left = deadline.saturating_duration_since(Instant::now());
    match own {
        Some(t) if t < left => {
            *request.timeout_mut() = Some(t);
            false
        }
        _ => {
            *request.timeout_mut() = Some(left);
            true
        }
    }
}

/// Sends `request`: adds the credential, waits for a slot under the client's cap on
/// requests in flight, follows redirects without ever carrying a credential or a
/// `Referer` to another origin, retries as the policy says, and stops at the call deadline.
///
/// Generated clients call this from `ClientHooks::exec`; the Billing v2 stream calls it
/// for the pages it fetches by URL. Called inside [`crate::call`], the slot is held until
/// the call has read the body; otherwise until this returns.
#[allow(
    clippy::manual_async_fn,
    reason = "an `async fn` keeps its by-value arguments twice in its future"
)]
pub fn execute<'r, 'i>(
    runtime: &'r Runtime,
    client: &'r reqwest::Client,
    mut request: Request,
    info: &'i OperationInfo,
) -> impl Future<Output = reqwest::Result<Response>> + use<'r, 'i> {
    // A block, not an `async fn`: the request lives once in the future (an `async fn`
    // keeps its arguments twice), which keeps the boxed call small.
    async move {
        let deadline = runtime.deadline.map(|d| Instant::now() + d);
        if let Some((name, value)) = &runtime.auth_header
            && !runtime
                .unauthenticated_operations
                .contains(&info.operation_id)
        {
            request.headers_mut().insert(name.clone(), value.clone());
        }
        let permit = match Arc::clone(&runtime.in_flight).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => Box::pin(Arc::clone(&runtime.in_flight).acquire_owned())
                .await
                .expect("the semaphore is never closed"),
        };
        // Inside `call` the record holds the slot until the body is read; outside, this frame.
        let mut permit = Some(permit);
        let _ = CALL.try_with(|c| {
            let mut c = c.borrow_mut();
            c.redactor.clone_from(&runtime.redactor);
            c.permit = permit.take();
        });
        let _held = permit;
        let idempotent = is_idempotent(request.method(), request.headers())
            || runtime.keyed_operations.contains(&info.operation_id);
        // Boxed: it is held across the await, and inline it would grow every call's future.
        let spare = if runtime.retry.max_attempts() > 1 || runtime.max_redirects > 0 {
            spare_copy(&request).map(Box::new)
        } else {
            None
        };
        let bound = limit_attempt(&mut request, runtime, deadline);
        let result = client.execute(request).await;
        if let Ok(response) = &result
            && response.status().is_success()
        {
            // Nothing is noted: `decode` notes status and request id if the body fails.
            crate::trace::finished(&result, 1);
            return result;
        }
        let rest = Attempts {
            runtime,
            client,
            info,
            deadline,
            idempotent,
        };
        Box::pin(rest.finish(result, spare.map(|s| *s), bound)).await
    }
}

/// The rest of a call whose first answer was not a plain success.
struct Attempts<'a> {
    runtime: &'a Runtime,
    client: &'a reqwest::Client,
    info: &'a OperationInfo,
    deadline: Option<Instant>,
    idempotent: bool,
}

impl Attempts<'_> {
    /// Runs the remaining attempts; the outcome is also reported to `tracing` (when on).
    async fn finish(
        &self,
        result: reqwest::Result<Response>,
        spare: Option<Request>,
        bound: bool,
    ) -> reqwest::Result<Response> {
        let (result, attempt) = self.attempts(result, spare, bound).await;
        crate::trace::finished(&result, attempt);
        result
    }

    async fn attempts(
        &self,
        mut result: reqwest::Result<Response>,
        mut spare: Option<Request>,
        mut bound: bool,
    ) -> (reqwest::Result<Response>, u32) {
        let runtime = self.runtime;
        let max_attempts = runtime.retry.max_attempts();
        let mut attempt = 1;
        let mut hops = 0;
        loop {
            let response = match result {
                Ok(response) => response,
                Err(e) => {
                    if bound && e.is_timeout() {
                        record_deadline(runtime, attempt);
                        return (Err(e), attempt);
                    }
                    let retry =
                        self.idempotent && is_connection_failure(&e) && attempt < max_attempts;
                    let Some(next) = spare.take().filter(|_| retry) else {
                        return (Err(e), attempt);
                    };
                    let wait = runtime.retry.backoff(attempt).min(runtime.retry.max_wait());
                    if self.too_late(wait) {
                        record_deadline(runtime, attempt);
                        return (Err(e), attempt);
                    }
                    self.notify(attempt, RetryReason::Connection, wait, WaitSource::Backoff);
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                    hops = 0;
                    result = self.send(next, &mut spare, &mut bound).await;
                    continue;
                }
            };
            let status = response.status();
            if status.is_success() {
                return (Ok(response), attempt);
            }
            if status.is_redirection()
                && hops < runtime.max_redirects
                && spare
                    .as_mut()
                    .is_some_and(|prev| follow(runtime, &response, prev))
                && let Some(next) = spare.take()
            {
                if self.too_late(Duration::ZERO) {
                    record_deadline(runtime, attempt);
                    return (Ok(finish_error(runtime, response).await), attempt);
                }
                hops += 1;
                result = self.send(next, &mut spare, &mut bound).await;
                continue;
            }
            let retry = is_retryable_status(status, self.idempotent) && attempt < max_attempts;
            let Some(next) = spare.take().filter(|_| retry) else {
                return (Ok(finish_error(runtime, response).await), attempt);
            };
            let header_wait = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, SystemTime::now()));
            let (response, body_wait) = match runtime.body_wait_hint {
                Some(hint) => {
                    let (response, body) = buffer(response).await;
                    (response, hint(&body))
                }
                None => (response, None),
            };
            let (wait, source) = match (body_wait, header_wait) {
                (Some(w), _) => (w, WaitSource::Body),
                (None, Some(w)) => (w, WaitSource::RetryAfter),
                (None, None) => (runtime.retry.backoff(attempt), WaitSource::Backoff),
            };
            let wait = wait.min(runtime.retry.max_wait());
            if self.too_late(wait) {
                record_deadline(runtime, attempt);
                return (Ok(finish_error(runtime, response).await), attempt);
            }
            drop(response);
            self.notify(attempt, RetryReason::Status(status), wait, source);
            tokio::time::sleep(wait).await;
            attempt += 1;
            hops = 0;
            result = self.send(next, &mut spare, &mut bound).await;
        }
    }

    async fn send(
        &self,
        mut request: Request,
        spare: &mut Option<Request>,
        bound: &mut bool,
    ) -> reqwest::Result<Response> {
        *spare = spare_copy(&request);
        *bound = limit_attempt(&mut request, self.runtime, self.deadline);
        self.client.execute(request).await
    }

    /// Whether waiting `wait` first would leave no time before the deadline.
    fn too_late(&self, wait: Duration) -> bool {
        self.deadline.is_some_and(|d| Instant::now() + wait >= d)
    }

    fn notify(&self, attempt: u32, reason: RetryReason, wait: Duration, source: WaitSource) {
        let event = RetryEvent {
            operation_id: self.info.operation_id,
            attempt,
            reason,
            wait,
            wait_source: source,
        };
        crate::trace::retry(&event);
        if let Some(observer) = &self.runtime.observer {
            observer(&event);
        }
    }
}

/// Reads the whole body and gives back an equivalent response holding it.
async fn buffer(response: Response) -> (Response, bytes::Bytes) {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let headers = response.headers().clone();
    let body = response.bytes().await.unwrap_or_default();
    (rebuild(status, version, url, headers, body.clone()), body)
}

fn rebuild(
    status: StatusCode,
    version: reqwest::Version,
    url: url::Url,
    headers: HeaderMap,
    body: bytes::Bytes,
) -> Response {
    use reqwest::ResponseBuilderExt;
    let mut builder = http::Response::builder()
        .status(status)
        .version(version)
        .url(url);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    let response = builder
        .body(reqwest::Body::from(body))
        .expect("status and version come from a valid response");
    Response::from(response)
}

/// The final response of a call that did not succeed: its status, request id and headers
/// are noted for the error, and the client's credential is scrubbed from its headers and
/// body, so that no error built from it can print the credential.
async fn finish_error(runtime: &Runtime, response: Response) -> Response {
    let response = match &runtime.redactor {
        Some(redactor) => {
            let status = response.status();
            let version = response.version();
            let url = response.url().clone();
            let mut headers = response.headers().clone();
            for value in headers.values_mut() {
                if let Some(clean) = redactor.scrub_bytes(value.as_bytes())
                    && let Ok(clean) = HeaderValue::from_bytes(&clean)
                {
                    *value = clean;
                }
            }
            let body = response.bytes().await.unwrap_or_default();
            let body = match redactor.scrub_bytes(&body) {
                Some(clean) => bytes::Bytes::from(clean),
                None => body,
            };
            rebuild(status, version, url, headers, body)
        }
        None => response,
    };
    let _ = CALL.try_with(|c| {
        let mut c = c.borrow_mut();
        c.status = Some(response.status());
        c.request_id = request_id_value(response.headers()).cloned();
        c.headers = Some(Box::new(response.headers().clone()));
    });
    response
}

/// The operation info used for requests that no generated method names.
pub fn operation(operation_id: &'static str) -> OperationInfo {
    OperationInfo { operation_id }
}
