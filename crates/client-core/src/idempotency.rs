//! Idempotency keys: what makes a retried write apply once.
//!
//! Two shapes exist. An API may read the key from an `Idempotency-Key` header (billing-v2,
//! qonversion-v4): the generator's `fresh_idempotency_keys` policy calls [`idempotency_key`]
//! when the caller gave none. Or it may read an `idempotency_key` field of the request body
//! (Flexprice): the generated builders call [`fill_idempotency_key`] before the body is
//! serialised, and the facade names those operations to the runtime
//! ([`crate::Runtime::with_keyed_operations`]), which then retries them like idempotent
//! requests.
//!
//! Either way the key is made once per logical call, when its request is built; retries
//! resend the same request, so the server applies the write at most once.

/// A new key: 128 random bits written as a version-4 UUID.
pub fn idempotency_key() -> String {
    let hi = (fastrand::u64(..) & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
    let lo = (fastrand::u64(..) & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

/// Sets a fresh key ([`idempotency_key`]) unless the caller already set a non-empty one.
pub fn fill_idempotency_key(slot: &mut Option<String>) {
    if slot.as_deref().is_none_or(str::is_empty) {
        *slot = Some(idempotency_key());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_uuid_shaped_and_fresh() {
        let a = idempotency_key();
        let b = idempotency_key();
        assert_ne!(a, b);
        let parts: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{a}");
        assert_eq!(&a[14..15], "4", "{a}");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "{a}");
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }

    #[test]
    fn fills_an_unset_or_empty_key_and_keeps_a_set_one() {
        let mut unset = None;
        fill_idempotency_key(&mut unset);
        assert_eq!(unset.as_deref().map(str::len), Some(36));
        let mut empty = Some(String::new());
        fill_idempotency_key(&mut empty);
        assert_eq!(empty.as_deref().map(str::len), Some(36));
        let mut set = Some("mine".to_string());
        fill_idempotency_key(&mut set);
        assert_eq!(set.as_deref(), Some("mine"));
    }
}
