//! Verifying and decoding webhook deliveries, for any HTTP framework: the request's
//! [`HeaderMap`] and raw body bytes in, a verified event or a [`WebhookError`] out.
//!
//! - [`StandardWebhooks`]: the Standard Webhooks signature scheme (what Svix sends): an HMAC-SHA256
//!   of `"{id}.{timestamp}.{body}"` under a `whsec_` secret, any of several `v1,` signatures
//!   may match (secret rotation), timestamps outside a tolerance window are refused.
//! - [`AuthorizationHeader`]: the `Authorization` header compared in constant time with the
//!   value configured at the vendor (for APIs that sign nothing).
//! - [`split_event`] and [`decode_payload`]: what the generated `Event` enums of the client
//!   crates call to read an event's name and decode its payload.
//!
//! The body is verified as the bytes received, before anything parses it, and no secret ever
//! appears in `Debug` output or in an error.

mod authorization;
mod decode;
mod error;
mod standard;

pub use authorization::AuthorizationHeader;
pub use decode::{decode_payload, split_event};
pub use error::WebhookError;
pub use http::HeaderMap;
pub use standard::{DEFAULT_TOLERANCE, StandardWebhooks};
