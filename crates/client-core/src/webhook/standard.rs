//! The Standard Webhooks signature scheme, as Svix sends it.
//!
//! A delivery carries three headers: an id, a Unix timestamp in seconds, and a
//! space-separated list of signatures `v1,<base64>`, each an HMAC-SHA256 of
//! `"{id}.{timestamp}.{body}"` under the endpoint's secret (`whsec_<base64 key>`). While a
//! secret is being rotated the list holds one signature per secret; any one may match.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{HeaderMap, WebhookError};
use crate::Secret;

type HmacSha256 = Hmac<Sha256>;

/// How far a delivery's timestamp may be from the clock, either way, unless set otherwise.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The header names, Svix's first, then the Standard Webhooks ones.
const ID: [&str; 2] = ["svix-id", "webhook-id"];
const TIMESTAMP: [&str; 2] = ["svix-timestamp", "webhook-timestamp"];
const SIGNATURE: [&str; 2] = ["svix-signature", "webhook-signature"];

/// Verifies Standard Webhooks signatures with one endpoint secret.
///
/// `Debug` shows the tolerance only; the key is never printed.
#[derive(Clone)]
pub struct StandardWebhooks {
    /// The HMAC keyed with the secret, cloned for each delivery.
    mac: HmacSha256,
    tolerance: Duration,
}

impl fmt::Debug for StandardWebhooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StandardWebhooks")
            .field("secret", &"<redacted>")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl StandardWebhooks {
    /// A verifier for the endpoint secret `whsec_<base64>` (the prefix may be left out).
    pub fn new(secret: impl Into<Secret>) -> Result<Self, WebhookError> {
        let secret = secret.into();
        let text = secret.expose().trim();
        let encoded = text.strip_prefix("whsec_").unwrap_or(text);
        let key = BASE64
            .decode(encoded)
            .map_err(|_| WebhookError::InvalidSecret)?;
        if key.is_empty() {
            return Err(WebhookError::InvalidSecret);
        }
        let mac = HmacSha256::new_from_slice(&key).map_err(|_| WebhookError::InvalidSecret)?;
        Ok(Self {
            mac,
            tolerance: DEFAULT_TOLERANCE,
        })
    }

    /// Sets how far a timestamp may be from the clock, in the past or in the future.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The tolerance in force.
    pub fn current_tolerance(&self) -> Duration {
        self.tolerance
    }

    /// Verifies a delivery against the system clock.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Verifies a delivery as if the clock read `now`: the headers are present, the
    /// timestamp is within the tolerance of `now`, and one `v1` signature matches the raw
    /// body. Nothing is parsed before that.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let id = header(headers, ID)?;
        let timestamp = header(headers, TIMESTAMP)?;
        let signatures = header(headers, SIGNATURE)?;
        self.check_time(timestamp, now)?;
        let mut listed = 0;
        let mut matched = false;
        for entry in signatures.split(' ').filter(|s| !s.is_empty()) {
            let Some(("v1", encoded)) = entry.split_once(',') else {
                continue; // another scheme (e.g. `v1a`), or not a signature
            };
            listed += 1;
            let Ok(signature) = BASE64.decode(encoded) else {
                continue;
            };
            // `verify_slice` compares in constant time.
            let ok = self
                .keyed(id, timestamp, body)
                .verify_slice(&signature)
                .is_ok();
            matched |= ok;
        }
        match (listed, matched) {
            (0, _) => Err(WebhookError::InvalidHeader {
                name: SIGNATURE[0],
                reason: "no `v1,` signature listed",
            }),
            (_, true) => Ok(()),
            (_, false) => Err(WebhookError::NoMatchingSignature),
        }
    }

    /// The signature header entry (`v1,<base64>`) for a delivery: what the vendor sends,
    /// for testing a handler end to end.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        let tag = self
            .keyed(id, &timestamp.to_string(), body)
            .finalize()
            .into_bytes();
        format!("v1,{}", BASE64.encode(tag))
    }

    fn keyed(&self, id: &str, timestamp: &str, body: &[u8]) -> HmacSha256 {
        let mut mac = self.mac.clone();
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }

    fn check_time(&self, timestamp: &str, now: SystemTime) -> Result<(), WebhookError> {
        let sent: i64 = timestamp.parse().map_err(|_| WebhookError::InvalidHeader {
            name: TIMESTAMP[0],
            reason: "not a whole number of seconds",
        })?;
        let now = match now.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        let tolerance = self.tolerance.as_secs();
        let behind = now.saturating_sub(sent);
        if behind > 0 && behind.unsigned_abs() > tolerance {
            return Err(WebhookError::StaleTimestamp {
                age: Duration::from_secs(behind.unsigned_abs()),
                tolerance: self.tolerance,
            });
        }
        if behind < 0 && behind.unsigned_abs() > tolerance {
            return Err(WebhookError::FutureTimestamp {
                ahead: Duration::from_secs(behind.unsigned_abs()),
                tolerance: self.tolerance,
            });
        }
        Ok(())
    }
}

/// The first of `names` present, as text.
fn header<'h>(headers: &'h HeaderMap, names: [&'static str; 2]) -> Result<&'h str, WebhookError> {
    let (name, value) = names
        .iter()
        .find_map(|n| headers.get(*n).map(|v| (*n, v)))
        .ok_or(WebhookError::MissingHeader(names[0]))?;
    value.to_str().map_err(|_| WebhookError::InvalidHeader {
        name,
        reason: "not visible ASCII",
    })
}
