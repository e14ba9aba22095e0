//! Webhook deliveries: every documented event type decodes from a realistic delivery through
//! the verifying entry point, and every way a delivery can be refused has its own error.
//!
//! The fixtures (`tests/fixtures/webhooks/<type>.json`) are written from the vendor's
//! documentation of its event types and fields, one delivery per type.

use billing_v2::types;
use billing_v2::webhooks::{Event, HeaderMap, WebhookError, Webhooks};

const AUTHORIZATION: &str = "Bearer whk_5f0c2b9e71d4";

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/webhooks/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        name.to_lowercase()
    );
    std::fs::read(&path).unwrap()
}

fn authorized() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("authorization", AUTHORIZATION.parse().unwrap());
    h
}

fn deliver(name: &str) -> Event {
    Webhooks::new(AUTHORIZATION)
        .unwrap()
        .verify(&authorized(), &fixture(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Delivers each type's fixture, matches its variant and checks its payload; returns the
/// types covered.
macro_rules! events {
    ($($name:literal => $variant:ident(|$p:ident| $check:expr);)*) => {{
        let mut covered: Vec<&str> = Vec::new();
        $(
            match deliver($name) {
                Event::$variant($p) => {
                    assert!($check, "{}: unexpected payload", $name);
                    assert_eq!(Event::$variant($p).type_name(), $name);
                }
                other => panic!("{}: decoded as `{}`", $name, other.type_name()),
            }
            covered.push($name);
        )*
        covered
    }};
}

fn common(e: &types::WebhookLifecycleEvent) -> bool {
    e.app_user_id == "user_8842"
        && e.event_timestamp_ms == 1_764_590_400_123
        && e.subscriber_attributes.as_ref().unwrap()["$email"]
            .value
            .as_deref()
            == Some("ada@example.org")
}

#[test]
fn every_documented_event_type_decodes_into_its_own_variant() {
    use types::{WebhookCancelReason as Reason, WebhookDeliveryType as T, WebhookStore as Store};
    let mut covered = events! {
        "TEST" => Test(|e| common(&e) && e.type_ == T::Test && e.environment == Some(types::WebhookEnvironment::Sandbox));
        "INITIAL_PURCHASE" => InitialPurchase(|e| common(&e) && e.period_type == Some(types::WebhookPeriodType::Trial) && e.price == Some(0.0));
        "RENEWAL" => Renewal(|e| common(&e) && e.is_trial_conversion == Some(true) && e.renewal_number == Some(3));
        "CANCELLATION" => Cancellation(|e| common(&e) && e.cancel_reason == Some(Reason::Unsubscribe));
        "UNCANCELLATION" => Uncancellation(|e| common(&e) && e.type_ == T::Uncancellation);
        "NON_RENEWING_PURCHASE" => NonRenewingPurchase(|e| common(&e) && e.expiration_at_ms.is_none() && e.product_id.as_deref() == Some("lifetime_unlock"));
        "SUBSCRIPTION_PAUSED" => SubscriptionPaused(|e| common(&e) && e.auto_resume_at_ms == Some(1_769_860_800_000) && e.store == Some(Store::PlayStore));
        "EXPIRATION" => Expiration(|e| common(&e) && e.expiration_reason == Some(Reason::BillingError) && e.price_experiments.as_ref().unwrap()[0].price_experiment_variant.as_deref() == Some("b"));
        "BILLING_ISSUE" => BillingIssue(|e| common(&e) && e.grace_period_expiration_at_ms == Some(1_765_195_200_000));
        "PRODUCT_CHANGE" => ProductChange(|e| common(&e) && e.new_product_id.as_deref() == Some("pro_annual"));
        "TRANSFER" => Transfer(|e| e.transferred_to.as_deref() == Some(&["user_8842".to_string()][..]) && e.transferred_from.as_ref().unwrap().len() == 1);
        "SUBSCRIPTION_EXTENDED" => SubscriptionExtended(|e| common(&e) && e.expiration_at_ms == Some(1_767_873_200_000));
        "TEMPORARY_ENTITLEMENT_GRANT" => TemporaryEntitlementGrant(|e| e.app_user_id == "user_8842" && e.entitlement_ids.as_deref() == Some(&["pro".to_string()][..]) && e.original_app_user_id.is_none());
        "REFUND_REVERSED" => RefundReversed(|e| common(&e) && e.price == Some(9.99));
        "INVOICE_ISSUANCE" => InvoiceIssuance(|e| common(&e) && e.store == Some(Store::RcBilling) && e.entitlement_ids.is_none() && e.period_type.is_none() && e.metadata.is_none());
        "SUBSCRIBER_ALIAS" => SubscriberAlias(|e| common(&e) && e.aliases.as_ref().unwrap().len() == 2);
        "VIRTUAL_CURRENCY_TRANSACTION" => VirtualCurrencyTransaction(|e| {
            let a = e.adjustments.as_ref().unwrap();
            a[0].amount == 250 && a[1].amount == -10
                && a[0].currency.as_ref().unwrap().code.as_deref() == Some("GEM")
                && e.source == Some(types::WebhookVirtualCurrencySource::InAppPurchase)
        });
        "EXPERIMENT_ENROLLMENT" => ExperimentEnrollment(|e| e.experiment_variant.as_deref() == Some("b") && e.experiment_enrolled_at_ms == Some(1_764_590_401_999));
    };
    covered.sort_unstable();
    let mut listed = Event::TYPE_NAMES.to_vec();
    listed.sort_unstable();
    assert_eq!(covered, listed);
    assert_eq!(listed.len(), 18);
}

#[test]
fn an_unknown_event_type_decodes_to_unknown_with_its_payload() {
    let body = br#"{"api_version":"1.0","event":{"type":"SUBSCRIPTION_TELEPORTED","id":"e1","event_timestamp_ms":1,"app_user_id":"u"}}"#;
    match Webhooks::new(AUTHORIZATION)
        .unwrap()
        .verify(&authorized(), body)
        .unwrap()
    {
        Event::Unknown { type_name, payload } => {
            assert_eq!(type_name, "SUBSCRIPTION_TELEPORTED");
            assert_eq!(payload["app_user_id"], "u");
        }
        other => panic!("decoded as `{}`", other.type_name()),
    }
}

#[test]
fn a_new_store_value_still_decodes() {
    let body = br#"{"api_version":"1.0","event":{"type":"RENEWAL","id":"e1","event_timestamp_ms":1,"app_user_id":"u","store":"HOLO_STORE"}}"#;
    match Event::from_json(body).unwrap() {
        Event::Renewal(e) => assert_eq!(
            e.store,
            Some(types::WebhookStore::Unknown("HOLO_STORE".into()))
        ),
        other => panic!("decoded as `{}`", other.type_name()),
    }
}

fn refused(headers: &HeaderMap, body: &[u8]) -> WebhookError {
    Webhooks::new(AUTHORIZATION)
        .unwrap()
        .verify(headers, body)
        .unwrap_err()
}

#[test]
fn a_missing_authorization_header_is_refused() {
    let e = refused(&HeaderMap::new(), &fixture("RENEWAL"));
    assert!(
        matches!(e, WebhookError::MissingHeader("authorization")),
        "{e:?}"
    );
    assert_eq!(e.status().as_u16(), 401);
}

#[test]
fn a_wrong_authorization_header_is_refused_without_echoing_either_value() {
    for wrong in [
        "Bearer whk_5f0c2b9e71d5",
        "whk_5f0c2b9e71d4",
        "Bearer whk_5f0c2b9e71d4 ",
    ] {
        let mut h = HeaderMap::new();
        h.insert("authorization", wrong.parse().unwrap());
        let e = refused(&h, &fixture("RENEWAL"));
        assert!(
            matches!(e, WebhookError::WrongAuthorization),
            "{wrong:?}: {e:?}"
        );
        assert!(!format!("{e} {e:?}").contains("whk_"));
    }
    let w = Webhooks::new(AUTHORIZATION).unwrap();
    assert!(!format!("{w:?}").contains("whk_"));
}

#[test]
fn an_authorized_body_that_is_not_json_is_refused_as_such() {
    let e = refused(&authorized(), b"event=RENEWAL");
    assert!(matches!(e, WebhookError::BodyNotJson(_)), "{e:?}");
    assert_eq!(e.status().as_u16(), 400);
}

#[test]
fn an_authorized_body_without_an_event_type_or_with_a_broken_event_is_refused() {
    let e = refused(
        &authorized(),
        br#"{"api_version":"1.0","event":{"id":"e1"}}"#,
    );
    assert!(
        matches!(
            e,
            WebhookError::MissingEventType {
                pointer: "/event/type"
            }
        ),
        "{e:?}"
    );
    // `app_user_id` is required on a renewal.
    let e = refused(
        &authorized(),
        br#"{"api_version":"1.0","event":{"type":"RENEWAL","id":"e1","event_timestamp_ms":1}}"#,
    );
    assert!(
        matches!(&e, WebhookError::InvalidPayload { type_name, .. } if type_name == "RENEWAL"),
        "{e:?}"
    );
}
