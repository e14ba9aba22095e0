//! The responses the Billing API v2 servers send, shaped as the vendor's published OpenAPI
//! spec describes them, through the public `Client` against a loopback server: each case
//! failed to decode (or could not be sent) before the specs were reconciled with it.

mod common;

use billing_v2::types;
use common::*;
use serde_json::{Value, json};
use wiremock::MockServer;

fn customer_path(rest: &str) -> String {
    format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}{rest}")
}

/// A customer as the vendor publishes it (no optional field).
fn customer() -> Value {
    json!({
        "object": "customer",
        "id": CUSTOMER,
        "project_id": PROJECT,
        "first_seen_at": 1658399423658i64,
        "last_seen_at": null,
        "last_seen_app_version": null,
        "last_seen_country": null,
        "last_seen_platform": null,
        "last_seen_platform_version": null
    })
}

fn entitlements_list(base: &str) -> Value {
    json!({
        "object": "list",
        "items": [{
            "object": "entitlement",
            "project_id": PROJECT,
            "id": "entla1b2c3d4e5",
            "lookup_key": "premium",
            "display_name": "Premium",
            "created_at": 1658399423658i64,
            "products": {
                "object": "list",
                "items": [{
                    "object": "product",
                    "id": "prod1a2b3c4d5e",
                    "store_identifier": "rc_1w_199",
                    "type": "subscription",
                    "subscription": {"duration": "P1M", "grace_period_duration": null, "trial_duration": "P1W"},
                    "one_time": null,
                    "created_at": 1658399423658i64,
                    "app_id": "app1a2b3c4",
                    "app": {
                        "object": "app",
                        "id": "app1a2b3c4",
                        "name": "My iOS app",
                        "created_at": 1658399423658i64,
                        "type": "app_store",
                        "project_id": PROJECT,
                        "app_store": {"bundle_id": "com.example.app"}
                    },
                    "display_name": null
                }],
                "next_page": null,
                "url": "/v2/projects/proj1ab2c3d4/entitlements/entla1b2c3d4e5/products"
            }
        }],
        "next_page": null,
        "url": format!("{base}/entitlements")
    })
}

/// A subscription as the vendor publishes it: `total_revenue_in_usd` without `commission`,
/// nullable fields null, a store this client does not know.
fn subscription(store: &str) -> Value {
    json!({
        "object": "subscription",
        "id": "sub1ab2c3d4e5",
        "customer_id": CUSTOMER,
        "original_customer_id": CUSTOMER,
        "product_id": null,
        "starts_at": 1658399423658i64,
        "current_period_starts_at": 1658399423658i64,
        "current_period_ends_at": null,
        "ends_at": null,
        "gives_access": true,
        "pending_payment": false,
        "auto_renewal_status": "will_renew",
        "status": "active",
        "total_revenue_in_usd": {"currency": "USD", "gross": 9.99, "tax": 0.75, "proceeds": 9.24},
        "presented_offering_id": null,
        "entitlements": entitlements_list("/v2/projects/proj1ab2c3d4/subscriptions/sub1ab2c3d4e5"),
        "environment": "production",
        "store": store,
        "store_subscription_identifier": "12345678",
        "ownership": "purchased",
        "pending_changes": null,
        "country": "US",
        "management_url": null
    })
}

#[tokio::test]
async fn a_grant_answered_201_is_the_customer() {
    let server = MockServer::start().await;
    let p = customer_path("/actions/grant_entitlement");
    answer(&server, "POST", &p, 201, customer()).await;
    let granted = client(&server)
        .grant_customer_entitlement()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body_map(|b| {
            b.entitlement_id("entla1b2c3d4e5")
                .expires_at(1658399423658_i64)
        })
        .send()
        .await
        .expect("a 201 grant is a success");
    assert_eq!(granted.status().as_u16(), 201);
    assert_eq!(granted.id, CUSTOMER);
    let request = only_request(&server).await;
    assert_headers(&request, true);
    assert_eq!(
        body_json(&request),
        json!({"entitlement_id": "entla1b2c3d4e5", "expires_at": 1658399423658i64})
    );
}

#[tokio::test]
async fn an_undeclared_2xx_still_decodes_into_the_success_type() {
    for status in [202, 203] {
        let server = MockServer::start().await;
        let p = customer_path("");
        answer(&server, "GET", &p, status, customer()).await;
        let got = client(&server)
            .get_customer()
            .project_id(PROJECT)
            .customer_id(CUSTOMER)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{status} is a success: {e}"));
        assert_eq!(got.status().as_u16(), status);
        assert_eq!(got.first_seen_at, 1658399423658);
        assert_eq!(got.last_seen_at, None);
    }
}

#[tokio::test]
async fn an_undeclared_2xx_on_an_empty_success_is_a_success() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers/blocked_customers/{CUSTOMER}");
    mount(&server, "DELETE", &p, wiremock::ResponseTemplate::new(204)).await;
    let done = client(&server)
        .unblock_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("204 is a success");
    assert_eq!(done.status().as_u16(), 204);
}

#[tokio::test]
async fn a_subscription_without_commission_and_with_a_new_store_decodes() {
    let server = MockServer::start().await;
    let p = customer_path("/subscriptions");
    let page = json!({
        "object": "list",
        "items": [subscription("galaxy_store"), subscription("rc_billing")],
        "next_page": null,
        "url": p
    });
    answer(&server, "GET", &p, 200, page.clone()).await;
    let got = client(&server)
        .list_customer_subscriptions()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the page decodes");
    let first = &got.items[0];
    assert_eq!(first.total_revenue_in_usd.commission, None);
    assert_eq!(first.total_revenue_in_usd.proceeds, 9.24);
    assert_eq!(first.store, types::Store::Unknown("galaxy_store".into()));
    assert_eq!(first.store.as_str(), "galaxy_store");
    assert_eq!(got.items[1].store, types::Store::RcBilling);
    assert_eq!(first.country.as_deref(), Some("US"));
    assert_eq!(first.product_id, None);
    let entitlement = &first.entitlements.items[0];
    assert_eq!(entitlement.lookup_key, "premium");
    let product = &entitlement.products.as_ref().unwrap().items[0];
    assert_eq!(product.type_, types::ProductType::Subscription);
    assert_eq!(
        product.subscription.as_ref().unwrap().duration.as_deref(),
        Some("P1M")
    );
    let app = product.app.as_ref().unwrap();
    assert_eq!(app.type_, types::AppType::AppStore);
    assert_eq!(app.extra["app_store"]["bundle_id"], "com.example.app");
    // Nothing the server sent is lost on the way.
    assert_eq!(
        serde_json::to_value(&got.items[1]).unwrap()["store"],
        "rc_billing"
    );
}

#[tokio::test]
async fn typed_purchases_decode() {
    let server = MockServer::start().await;
    let p = customer_path("/purchases");
    let purchase = json!({
        "object": "purchase",
        "id": "purch1a2b3c4d5e",
        "customer_id": CUSTOMER,
        "original_customer_id": CUSTOMER,
        "product_id": "prod1a2b3c4d5e",
        "purchased_at": 1658399423658i64,
        "revenue_in_usd": {"currency": "USD", "gross": 4.99, "commission": 1.5, "tax": 0.4, "proceeds": 3.09},
        "quantity": 2,
        "status": "refunded",
        "presented_offering_id": null,
        "entitlements": entitlements_list("/v2/projects/proj1ab2c3d4/purchases/purch1a2b3c4d5e"),
        "environment": "sandbox",
        "store": "play_store",
        "store_purchase_identifier": "GPA.1234",
        "ownership": "family_shared",
        "country": null
    });
    let page = json!({"object": "list", "items": [purchase], "next_page": null, "url": p});
    answer(&server, "GET", &p, 200, page).await;
    let got = client(&server)
        .list_customer_purchases()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("typed purchases decode");
    let purchase = &got.items[0];
    assert_eq!(purchase.id, "purch1a2b3c4d5e");
    assert_eq!(purchase.quantity, 2);
    assert_eq!(purchase.status, types::PurchaseStatus::Refunded);
    assert_eq!(purchase.revenue_in_usd.commission, Some(1.5));
    assert_eq!(purchase.environment, types::Environment::Sandbox);
    assert_eq!(purchase.ownership, types::Ownership::FamilyShared);
    assert_eq!(purchase.entitlements.items[0].id, "entla1b2c3d4e5");
    assert_eq!(purchase.country, None);
}

#[tokio::test]
async fn typed_virtual_currency_balances_decode() {
    let server = MockServer::start().await;
    let p = customer_path("/virtual_currencies");
    let page = json!({
        "object": "list",
        "items": [
            {"object": "virtual_currency_balance", "currency_code": "GLD", "balance": 120, "name": "Gold"},
            {"object": "virtual_currency_balance", "currency_code": "SLV", "balance": 0}
        ],
        "next_page": null,
        "url": p
    });
    answer(&server, "GET", &p, 200, page).await;
    let got = client(&server)
        .list_customer_virtual_currency_balances()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("typed balances decode");
    assert_eq!(got.items[0].currency_code, "GLD");
    assert_eq!(got.items[0].balance, 120);
    assert_eq!(got.items[0].name.as_deref(), Some("Gold"));
    assert_eq!(got.items[1].balance, 0);
    assert_eq!(got.items[1].name, None);
}

#[tokio::test]
async fn a_typed_experiment_enrollment_decodes() {
    let server = MockServer::start().await;
    let p = customer_path("");
    let mut body = customer();
    body["experiment"] = json!({"object": "experiment_enrollment", "id": "exp1a2b3c", "name": "Paywall test", "variant": "b"});
    body["active_entitlements"] = Value::Null;
    answer(&server, "GET", &p, 200, body).await;
    let got = client(&server)
        .get_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the customer decodes");
    let experiment = got.experiment.as_ref().expect("enrolled");
    assert_eq!(experiment.id, "exp1a2b3c");
    assert_eq!(experiment.name, "Paywall test");
    assert_eq!(experiment.variant, "b");
    assert!(got.active_entitlements.is_none());
}

#[tokio::test]
async fn a_deleted_paywall_decodes() {
    let server = MockServer::start().await;
    let p = customer_path("");
    let body = json!({"object": "paywall", "id": "pw1a2b3c4d", "deleted_at": 1658399423658i64});
    answer(&server, "DELETE", &p, 200, body).await;
    let deleted = client(&server)
        .delete_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("a deleted paywall decodes");
    assert_eq!(deleted.object, types::DeletedObjectType::Paywall);
    assert_eq!(deleted.id, "pw1a2b3c4d");
}

#[tokio::test]
async fn the_blocked_customers_map_is_kept() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers/blocked_customers");
    let body = json!({
        "object": "blocked_customer",
        "cust_one": {"updated_at_ms": 1758617658369i64},
        "cust_two": {"updated_at_ms": 1758617659000i64}
    });
    answer(&server, "GET", &p, 200, body.clone()).await;
    let blocked = client(&server)
        .list_blocked_customers()
        .project_id(PROJECT)
        .send()
        .await
        .expect("the map decodes");
    assert_eq!(
        blocked.object,
        types::BlockedCustomerObject::BlockedCustomer
    );
    assert_eq!(blocked.extra.len(), 2);
    assert_eq!(blocked.extra["cust_one"].updated_at_ms, 1758617658369);
    assert_eq!(blocked.extra["cust_two"].updated_at_ms, 1758617659000);
    assert_eq!(serde_json::to_value(&*blocked).unwrap(), body);
}

#[tokio::test]
async fn invoice_amounts_are_monetary_amounts() {
    let server = MockServer::start().await;
    let p = customer_path("/invoices");
    let amount = json!({"currency": "EUR", "gross": 9.99, "tax": 1.6, "proceeds": 8.39});
    let page = json!({
        "object": "list",
        "items": [{
            "object": "invoice",
            "id": "rcbin1a2b3c4d5e",
            "total_amount": amount,
            "line_items": [{
                "object": "invoice.line_item",
                "product_identifier": "rc_1w_199",
                "product_display_name": null,
                "product_duration": null,
                "quantity": 1,
                "unit_amount": amount
            }],
            "issued_at": 1658399423658i64,
            "paid_at": null,
            "invoice_url": null
        }],
        "next_page": null,
        "url": p
    });
    answer(&server, "GET", &p, 200, page).await;
    let got = client(&server)
        .list_customer_invoices()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect("the invoices decode");
    let invoice = &got.items[0];
    assert_eq!(invoice.total_amount.currency, "EUR");
    assert_eq!(invoice.total_amount.gross, 9.99);
    assert_eq!(invoice.line_items[0].unit_amount.proceeds, 8.39);
    assert_eq!(invoice.paid_at, None);
}

/// The spec caps an attribute value at 500 characters; the client leaves that limit to the
/// server (which answers a typed error), so a longer value is sent exactly as given.
#[tokio::test]
async fn create_customer_sends_attribute_values_as_given_leaving_limits_to_the_server() {
    let long = "x".repeat(501);
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers");
    answer(&server, "POST", &p, 201, customer()).await;
    let created = client(&server)
        .create_customer()
        .project_id(PROJECT)
        .body_map(|b| {
            b.id(CUSTOMER).attributes(vec![
                types::CreateCustomerAttribute::builder()
                    .name("$email")
                    .value(long.clone())
                    .try_into()
                    .expect("the client checks no length"),
            ])
        })
        .send()
        .await
        .expect("a 201 create decodes");
    assert_eq!(created.status().as_u16(), 201);
    let request = only_request(&server).await;
    assert_eq!(
        body_json(&request),
        json!({"id": CUSTOMER, "attributes": [{"name": "$email", "value": long}]})
    );
}

#[tokio::test]
async fn virtual_currency_posts_send_the_callers_idempotency_key_or_a_fresh_one() {
    let server = MockServer::start().await;
    let tx = customer_path("/virtual_currencies/transactions");
    let update = customer_path("/virtual_currencies/update_balance");
    let page = json!({"object": "list", "items": [], "next_page": null, "url": tx});
    answer(&server, "POST", &tx, 200, page.clone()).await;
    answer(&server, "POST", &update, 200, page).await;
    let body = || -> types::VirtualCurrenciesAdjustmentRequest {
        types::VirtualCurrenciesAdjustmentRequest::builder()
            .adjustments(
                [("GLD".to_string(), -20i64)]
                    .into_iter()
                    .collect::<std::collections::HashMap<_, _>>(),
            )
            .try_into()
            .expect("every required field is set")
    };
    client(&server)
        .create_virtual_currencies_transaction()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .idempotency_key("order-42-attempt")
        .body(body())
        .send()
        .await
        .expect("transaction");
    client(&server)
        .update_virtual_currencies_balance()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .idempotency_key("balance-7")
        .body(body())
        .send()
        .await
        .expect("update");
    client(&server)
        .create_virtual_currencies_transaction()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body(body())
        .send()
        .await
        .expect("transaction without a key");
    let sent = requests(&server).await;
    assert_eq!(sent.len(), 3);
    assert_eq!(
        header(&sent[0], "idempotency-key"),
        Some("order-42-attempt")
    );
    assert_eq!(header(&sent[1], "idempotency-key"), Some("balance-7"));
    // Without one from the caller, the client makes one (a v4 UUID), so a retry cannot apply
    // the write twice.
    let fresh = header(&sent[2], "idempotency-key").expect("a key is always sent");
    assert_eq!(fresh.len(), 36, "{fresh}");
    assert_ne!(fresh, "order-42-attempt");
    assert_eq!(body_json(&sent[0]), json!({"adjustments": {"GLD": -20}}));
}

/// The "required permission" text of `operation_id` in the spec the client is generated
/// from (it becomes the method's documentation).
fn permission_text(operation_id: &str) -> String {
    let spec: Value =
        serde_yaml::from_str(include_str!("../../../specs/billing-v2.yaml")).expect("spec parses");
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if op["operationId"] == operation_id {
                let d = op["description"].as_str().unwrap();
                return d[d.find("Required permission").expect("a permission line")..]
                    .replace('\n', " ");
            }
        }
    }
    panic!("no operation {operation_id}");
}

#[test]
fn permissions_match_the_vendors_scopes() {
    let expected: &[(&str, &[&str])] = &[
        (
            "transferCustomer",
            &[
                "customer_information:customers:read_write",
                "customer_information:subscriptions:read_write",
                "customer_information:purchases:read_write",
            ],
        ),
        (
            "assignCustomerOffering",
            &[
                "project_configuration:offerings:read",
                "customer_information:customers:read_write",
            ],
        ),
        (
            "listCustomerVirtualCurrencyBalances",
            &["customer_information:purchases:read"],
        ),
        (
            "createVirtualCurrenciesTransaction",
            &["customer_information:purchases:read_write"],
        ),
        (
            "updateVirtualCurrenciesBalance",
            &["customer_information:purchases:read_write"],
        ),
    ];
    for (op, scopes) in expected {
        let text = permission_text(op);
        let named: Vec<&str> = text
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|s| s.contains(':'))
            .collect();
        assert_eq!(&named, scopes, "{op}: {text}");
    }
}
