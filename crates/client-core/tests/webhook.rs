//! Webhook verification: Standard Webhooks signatures and the `Authorization` header check.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_core::webhook::{AuthorizationHeader, HeaderMap, StandardWebhooks, WebhookError};

/// Produced once, independently of this crate, with Python's standard library:
/// ```text
/// key = b"client-core known-answer key 01"
/// "whsec_" + base64.b64encode(key)                          -> SECRET
/// base64.b64encode(hmac.new(key, b"msg_kat_0001.1700000000." + BODY, hashlib.sha256).digest())
///                                                           -> SIGNATURE
/// ```
const SECRET: &str = "whsec_Y2xpZW50LWNvcmUga25vd24tYW5zd2VyIGtleSAwMQ==";
const SIGNATURE: &str = "vOLUzxxfQgzwHU+kPOq52hL/q/vEqQiT1DZPTCJoN44=";
const BODY: &[u8] = br#"{"event_type":"customer.created","customer":{"id":"cus_1"}}"#;
const ID: &str = "msg_kat_0001";
const SENT: i64 = 1_700_000_000;

fn at(secs: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs as u64)
}

fn headers(id: &str, timestamp: &str, signature: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("svix-id", id.parse().unwrap());
    h.insert("svix-timestamp", timestamp.parse().unwrap());
    h.insert("svix-signature", signature.parse().unwrap());
    h
}

fn known() -> HeaderMap {
    headers(ID, &SENT.to_string(), &format!("v1,{SIGNATURE}"))
}

#[test]
fn the_known_answer_verifies_and_the_signer_agrees_with_it() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    v.verify_at(&known(), BODY, at(SENT)).unwrap();
    assert_eq!(v.sign(ID, SENT, BODY), format!("v1,{SIGNATURE}"));
    // The prefix is optional, as in the vendors' own libraries.
    let bare = StandardWebhooks::new(SECRET.trim_start_matches("whsec_")).unwrap();
    bare.verify_at(&known(), BODY, at(SENT)).unwrap();
}

#[test]
fn the_standard_webhooks_header_names_are_accepted_too() {
    let mut h = HeaderMap::new();
    h.insert("webhook-id", ID.parse().unwrap());
    h.insert("webhook-timestamp", SENT.to_string().parse().unwrap());
    h.insert(
        "webhook-signature",
        format!("v1,{SIGNATURE}").parse().unwrap(),
    );
    StandardWebhooks::new(SECRET)
        .unwrap()
        .verify_at(&h, BODY, at(SENT))
        .unwrap();
}

#[test]
fn a_tampered_body_matches_no_signature() {
    let tampered = br#"{"event_type":"customer.created","customer":{"id":"cus_2"}}"#;
    let e = StandardWebhooks::new(SECRET)
        .unwrap()
        .verify_at(&known(), tampered, at(SENT))
        .unwrap_err();
    assert!(matches!(e, WebhookError::NoMatchingSignature), "{e:?}");
    assert_eq!(e.status(), http::StatusCode::UNAUTHORIZED);
}

#[test]
fn a_wrong_secret_matches_no_signature() {
    let other = StandardWebhooks::new("whsec_b3RoZXIga2V5").unwrap();
    let e = other.verify_at(&known(), BODY, at(SENT)).unwrap_err();
    assert!(matches!(e, WebhookError::NoMatchingSignature), "{e:?}");
}

#[test]
fn stale_and_future_timestamps_are_refused_beyond_the_tolerance() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    // Exactly at the default five minutes either way: accepted.
    v.verify_at(&known(), BODY, at(SENT + 300)).unwrap();
    v.verify_at(&known(), BODY, at(SENT - 300)).unwrap();
    let e = v.verify_at(&known(), BODY, at(SENT + 301)).unwrap_err();
    assert!(
        matches!(e, WebhookError::StaleTimestamp { age, tolerance }
            if age == Duration::from_secs(301) && tolerance == Duration::from_secs(300)),
        "{e:?}"
    );
    let e = v.verify_at(&known(), BODY, at(SENT - 301)).unwrap_err();
    assert!(
        matches!(e, WebhookError::FutureTimestamp { ahead, .. } if ahead == Duration::from_secs(301)),
        "{e:?}"
    );
    // A wider window, set by the caller.
    let wide = v.tolerance(Duration::from_secs(3600));
    wide.verify_at(&known(), BODY, at(SENT + 3000)).unwrap();
    assert!(matches!(
        wide.verify_at(&known(), BODY, at(SENT + 3601)),
        Err(WebhookError::StaleTimestamp { .. })
    ));
}

#[test]
fn the_system_clock_is_used_by_verify() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    // The known answer was signed in 2023: far outside the window today.
    assert!(matches!(
        v.verify(&known(), BODY),
        Err(WebhookError::StaleTimestamp { .. })
    ));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let h = headers(ID, &now.to_string(), &v.sign(ID, now, BODY));
    v.verify(&h, BODY).unwrap();
}

#[test]
fn each_missing_header_is_named() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    for name in ["svix-id", "svix-timestamp", "svix-signature"] {
        let mut h = known();
        h.remove(name);
        let e = v.verify_at(&h, BODY, at(SENT)).unwrap_err();
        assert!(
            matches!(e, WebhookError::MissingHeader(n) if n == name),
            "{name}: {e:?}"
        );
    }
}

#[test]
fn unusable_headers_are_named() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    let h = headers(ID, "yesterday", &format!("v1,{SIGNATURE}"));
    assert!(matches!(
        v.verify_at(&h, BODY, at(SENT)),
        Err(WebhookError::InvalidHeader {
            name: "svix-timestamp",
            ..
        })
    ));
    let h = headers(ID, &SENT.to_string(), &format!("v1a,{SIGNATURE} v2,abc"));
    assert!(matches!(
        v.verify_at(&h, BODY, at(SENT)),
        Err(WebhookError::InvalidHeader {
            name: "svix-signature",
            ..
        })
    ));
}

#[test]
fn a_rotated_secret_matches_when_any_listed_signature_does() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    // The old secret's signature first, then junk, then the current one.
    let old = StandardWebhooks::new("whsec_b2xkIHNlY3JldA==").unwrap();
    let list = format!(
        "{} v1,bm90IGEgc2lnbmF0dXJl v1,{SIGNATURE}",
        old.sign(ID, SENT, BODY)
    );
    v.verify_at(&headers(ID, &SENT.to_string(), &list), BODY, at(SENT))
        .unwrap();
    // The old secret alone verifies the same list (its signature is the first).
    old.verify_at(&headers(ID, &SENT.to_string(), &list), BODY, at(SENT))
        .unwrap();
    // Neither signature of a third secret.
    let third = StandardWebhooks::new("whsec_dGhpcmQ=").unwrap();
    assert!(matches!(
        third.verify_at(&headers(ID, &SENT.to_string(), &list), BODY, at(SENT)),
        Err(WebhookError::NoMatchingSignature)
    ));
}

#[test]
fn an_unusable_secret_is_refused_without_echoing_it() {
    for bad in ["", "whsec_", "whsec_not base64!"] {
        let e = StandardWebhooks::new(bad).unwrap_err();
        assert!(matches!(e, WebhookError::InvalidSecret), "{bad:?}");
    }
    let e = StandardWebhooks::new("whsec_%%secretvalue%%").unwrap_err();
    assert!(!format!("{e} {e:?}").contains("secretvalue"));
}

#[test]
fn debug_never_shows_a_secret() {
    let v = StandardWebhooks::new(SECRET).unwrap();
    let shown = format!("{v:?}");
    assert!(!shown.contains("Y2xpZW50"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    let a = AuthorizationHeader::new("Bearer hunter2-webhook").unwrap();
    assert!(!format!("{a:?}").contains("hunter2"));
}

#[test]
fn the_authorization_header_must_be_exactly_the_configured_value() {
    let a = AuthorizationHeader::new("Bearer hunter2-webhook").unwrap();
    let mut h = HeaderMap::new();
    assert!(matches!(
        a.verify(&h),
        Err(WebhookError::MissingHeader("authorization"))
    ));
    h.insert("authorization", "Bearer hunter2-webhook".parse().unwrap());
    a.verify(&h).unwrap();
    for wrong in [
        "Bearer hunter2-webhooK",
        "Bearer hunter2",
        "hunter2-webhook",
        "",
    ] {
        h.insert("authorization", wrong.parse().unwrap());
        let e = a.verify(&h).unwrap_err();
        assert!(matches!(e, WebhookError::WrongAuthorization), "{wrong:?}");
        assert_eq!(e.status(), http::StatusCode::UNAUTHORIZED);
        assert!(!format!("{e} {e:?}").contains("hunter2"));
    }
    assert!(matches!(
        AuthorizationHeader::new("  "),
        Err(WebhookError::InvalidSecret)
    ));
}
