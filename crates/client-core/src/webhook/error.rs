//! Why a delivery was refused.

use std::fmt;
use std::time::Duration;

/// Why a webhook delivery could not be verified or decoded.
///
/// [`WebhookError::status`] gives the status a handler should answer: `401` when the
/// delivery is not proven to come from the vendor, `400` when it is but cannot be decoded.
/// No variant holds a secret or the value of a credential header.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the verification needs is absent.
    MissingHeader(&'static str),
    /// A header is present but unusable (not ASCII, a timestamp that is not a number, a
    /// signature list without any `v1,` entry).
    InvalidHeader {
        /// The header's name.
        name: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The delivery's timestamp is older than the tolerance allows (a replay, or a delivery
    /// held back too long).
    StaleTimestamp {
        /// How old the timestamp is.
        age: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The delivery's timestamp is further in the future than the tolerance allows.
    FutureTimestamp {
        /// How far ahead of the clock the timestamp is.
        ahead: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// None of the listed signatures matches the body: it was altered, signed with another
    /// secret, or forged.
    NoMatchingSignature,
    /// The `Authorization` header differs from the configured value.
    WrongAuthorization,
    /// The secret given to the verifier is unusable (empty, or not base64 after `whsec_`).
    InvalidSecret,
    /// The body is not JSON.
    BodyNotJson(serde_json::Error),
    /// The body is JSON, but holds no event name (a string) where the API puts it.
    MissingEventType {
        /// The JSON pointer where the name was looked for.
        pointer: &'static str,
    },
    /// The payload of a known event type does not have the documented shape.
    InvalidPayload {
        /// The event's type name.
        type_name: String,
        /// What did not decode.
        source: serde_json::Error,
    },
}

impl WebhookError {
    /// Whether the delivery failed verification (as opposed to decoding): it is not proven
    /// to come from the vendor and must not be acted on.
    pub fn is_verification_failure(&self) -> bool {
        !matches!(
            self,
            WebhookError::BodyNotJson(_)
                | WebhookError::MissingEventType { .. }
                | WebhookError::InvalidPayload { .. }
        )
    }

    /// The status a webhook handler should answer with: `401 Unauthorized` for a delivery
    /// that failed verification, `400 Bad Request` for one that is verified but does not
    /// decode. (The vendors retry on any non-2xx status.)
    pub fn status(&self) -> http::StatusCode {
        if self.is_verification_failure() {
            http::StatusCode::UNAUTHORIZED
        } else {
            http::StatusCode::BAD_REQUEST
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader(name) => write!(f, "webhook: missing header `{name}`"),
            WebhookError::InvalidHeader { name, reason } => {
                write!(f, "webhook: header `{name}`: {reason}")
            }
            WebhookError::StaleTimestamp { age, tolerance } => write!(
                f,
                "webhook: timestamp is {}s old, more than the {}s tolerated",
                age.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::FutureTimestamp { ahead, tolerance } => write!(
                f,
                "webhook: timestamp is {}s in the future, more than the {}s tolerated",
                ahead.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::NoMatchingSignature => {
                f.write_str("webhook: no signature matches the body")
            }
            WebhookError::WrongAuthorization => {
                f.write_str("webhook: the Authorization header is not the configured value")
            }
            WebhookError::InvalidSecret => f.write_str(
                "webhook: the signing secret is unusable (expected `whsec_` and base64)",
            ),
            WebhookError::BodyNotJson(e) => write!(f, "webhook: the body is not JSON: {e}"),
            WebhookError::MissingEventType { pointer } => {
                write!(f, "webhook: the body has no event name at `{pointer}`")
            }
            WebhookError::InvalidPayload { type_name, source } => {
                write!(
                    f,
                    "webhook: `{type_name}` payload does not decode: {source}"
                )
            }
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::BodyNotJson(e) | WebhookError::InvalidPayload { source: e, .. } => {
                Some(e)
            }
            _ => None,
        }
    }
}
