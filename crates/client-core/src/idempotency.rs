//! Fresh `Idempotency-Key` values, for the writes whose spec declares the header and whose
//! caller gave none (the generator's `fresh_idempotency_keys` policy calls this).
//!
//! The key is made once per logical call, when its request is built; retries resend the
//! same request, so the server applies the write at most once.

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

#[cfg(test)]
mod tests {
    use super::idempotency_key;

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
}
