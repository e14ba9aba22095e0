//! A shared secret sent as the `Authorization` header, compared in constant time.

use std::fmt;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::{HeaderMap, WebhookError};
use crate::Secret;

/// Checks that a delivery's `Authorization` header is exactly the value configured at the
/// vendor. `Debug` never shows the value.
#[derive(Clone)]
pub struct AuthorizationHeader {
    /// SHA-256 of the expected value: comparing digests takes the same time whatever the
    /// lengths and contents, so a timing measurement reveals nothing of the value.
    expected: [u8; 32],
}

impl fmt::Debug for AuthorizationHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuthorizationHeader(<redacted>)")
    }
}

impl AuthorizationHeader {
    /// A check against `expected`, the header value as configured (e.g. `Bearer s3cr3t`).
    pub fn new(expected: impl Into<Secret>) -> Result<Self, WebhookError> {
        let expected = expected.into();
        if expected.expose().trim().is_empty() {
            return Err(WebhookError::InvalidSecret);
        }
        Ok(Self {
            expected: Sha256::digest(expected.expose().as_bytes()).into(),
        })
    }

    /// Verifies the `Authorization` header of a delivery.
    pub fn verify(&self, headers: &HeaderMap) -> Result<(), WebhookError> {
        let value = headers
            .get(http::header::AUTHORIZATION)
            .ok_or(WebhookError::MissingHeader("authorization"))?;
        let got: [u8; 32] = Sha256::digest(value.as_bytes()).into();
        if bool::from(got.ct_eq(&self.expected)) {
            Ok(())
        } else {
            Err(WebhookError::WrongAuthorization)
        }
    }
}
