//! Writes made safe to retry by an idempotency key the API reads from the request body.
//!
//! Some APIs (Flexprice) accept an `idempotency_key` field in the body of a write: two
//! requests with the same key apply once. The generated builders of such operations call
//! [`fill_idempotency_key`] once per call, before the body is serialised, so every retry of
//! that call sends the same key; the facade names those operations to the runtime
//! ([`crate::Runtime::with_keyed_operations`]), which then retries them like idempotent
//! requests.

/// Sets a fresh random key (32 hex digits, 128 bits) unless the caller already set one.
pub fn fill_idempotency_key(slot: &mut Option<String>) {
    if slot.as_deref().is_none_or(str::is_empty) {
        *slot = Some(new_idempotency_key());
    }
}

/// A fresh random key: 32 lowercase hex digits.
pub fn new_idempotency_key() -> String {
    format!("{:032x}", fastrand::u128(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_an_unset_or_empty_key_and_keeps_a_set_one() {
        let mut unset = None;
        fill_idempotency_key(&mut unset);
        let key = unset.clone().expect("filled");
        assert_eq!(key.len(), 32);
        assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
        let mut empty = Some(String::new());
        fill_idempotency_key(&mut empty);
        assert_eq!(empty.as_deref().map(str::len), Some(32));
        let mut set = Some("mine".to_string());
        fill_idempotency_key(&mut set);
        assert_eq!(set.as_deref(), Some("mine"));
        assert_ne!(new_idempotency_key(), new_idempotency_key());
    }
}
