//! Reading a Flexprice error body whichever shape it came in.
//!
//! Current servers send a flat body (`code`, `message`, `http_status_code`, `details`); older
//! deployments send `{"success": false, "error": {"message", "internal_error"}}`. Both decode
//! into [`ErrorResponse`]; these accessors answer the same questions for either, so callers
//! match on [`ErrorResponse::code`] and show [`ErrorResponse::message`] without caring which.

use crate::types::{ErrorCode, ErrorResponse};

impl ErrorResponse {
    /// The machine-readable code. Only the flat shape has one; a code this client does not
    /// know yet is kept verbatim in [`ErrorCode::Unknown`].
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            ErrorResponse::FlatError(e) => Some(&e.code),
            ErrorResponse::LegacyError(_) => None,
        }
    }

    /// The human-readable message, from either shape.
    pub fn message(&self) -> Option<&str> {
        match self {
            ErrorResponse::FlatError(e) => e.message.as_deref(),
            ErrorResponse::LegacyError(e) => e.error.message.as_deref(),
        }
    }

    /// The HTTP status the server repeated in the body (flat shape only).
    pub fn http_status_code(&self) -> Option<i64> {
        match self {
            ErrorResponse::FlatError(e) => e.http_status_code,
            ErrorResponse::LegacyError(_) => None,
        }
    }

    /// More about the error, any JSON object (flat shape only, and only when sent and
    /// not empty).
    pub fn details(&self) -> Option<&serde_json::Map<String, serde_json::Value>> {
        match self {
            ErrorResponse::FlatError(e) => (!e.details.is_empty()).then_some(&e.details),
            ErrorResponse::LegacyError(_) => None,
        }
    }

    /// The internal error detail (legacy shape only).
    pub fn internal_error(&self) -> Option<&str> {
        match self {
            ErrorResponse::FlatError(_) => None,
            ErrorResponse::LegacyError(e) => e.error.internal_error.as_deref(),
        }
    }

    /// Whether the body came in the legacy nested shape.
    pub fn is_legacy(&self) -> bool {
        matches!(self, ErrorResponse::LegacyError(_))
    }
}
