//! What this API needs beyond its spec: a 429 body states its wait in `backoff_ms`.

use std::time::Duration;

/// Reads the wait a 429 body states: `backoff_ms`, finer than `Retry-After`'s seconds.
pub(crate) fn backoff_from_body(body: &[u8]) -> Option<Duration> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let ms = value.get("backoff_ms")?.as_u64()?;
    Some(Duration::from_millis(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_ms_is_read_from_an_error_body() {
        let body = br#"{"object":"error","type":"rate_limit_error","message":"slow down","retryable":true,"backoff_ms":1250}"#;
        assert_eq!(backoff_from_body(body), Some(Duration::from_millis(1250)));
        assert_eq!(backoff_from_body(br#"{"backoff_ms":null}"#), None);
        assert_eq!(backoff_from_body(b"<html>"), None);
    }
}
