//! Every one of the 22 operations against a real HTTP server on 127.0.0.1: the request the
//! client sent (method, path, query, headers, body) and the value it decoded. Responses are
//! the spec's own examples, so a decoded value equal to its example proves no field is lost.

mod common;

use billing_v2::types;
use common::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wiremock::MockServer;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

/// The success example of an operation in `specs/billing-v2.yaml`.
fn example(operation_id: &str) -> Value {
    let spec: Value =
        serde_yaml::from_str(include_str!("../../../specs/billing-v2.yaml")).expect("spec parses");
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if op["operationId"] == operation_id {
                for (code, response) in op["responses"].as_object().unwrap() {
                    if code.starts_with('2') {
                        return response["content"]["application/json"]["example"].clone();
                    }
                }
            }
        }
    }
    panic!("no example for {operation_id}");
}

/// The decoded value re-encodes to exactly the JSON the server sent.
fn assert_lossless<T: Serialize>(decoded: &T, sent: &Value) {
    assert_eq!(&serde_json::to_value(decoded).unwrap(), sent);
}

fn customer_path(rest: &str) -> String {
    format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}{rest}")
}

/// Serves `operation_id`'s example at `verb p`, returns the server and the example.
async fn serve(operation_id: &str, verb: &str, p: &str) -> (MockServer, Value) {
    let server = MockServer::start().await;
    let body = example(operation_id);
    answer(&server, verb, p, 200, body.clone()).await;
    (server, body)
}

async fn check<T: Serialize + DeserializeOwned>(
    server: &MockServer,
    decoded: &T,
    sent: &Value,
    verb: &str,
    p: &str,
    query: Option<&str>,
    body: Option<Value>,
) {
    assert_lossless(decoded, sent);
    let request = only_request(server).await;
    assert_eq!(request.method.as_str(), verb);
    assert_eq!(request.url.path(), p);
    assert_eq!(request.url.query(), query);
    assert_headers(&request, body.is_some());
    if let Some(expected) = body {
        assert_eq!(body_json(&request), expected);
    }
}

#[tokio::test]
async fn list_customers() {
    let p = format!("/v2/projects/{PROJECT}/customers");
    let (server, sent) = serve("listCustomers", "GET", &p).await;
    let page = client(&server)
        .list_customers()
        .project_id(PROJECT)
        .limit(10)
        .search("example@example.com")
        .starting_after("ent12354")
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].id, CUSTOMER);
    let query = "limit=10&search=example%40example.com&starting_after=ent12354";
    check(&server, &*page, &sent, "GET", &p, Some(query), None).await;
}

#[tokio::test]
async fn create_customer() {
    let p = format!("/v2/projects/{PROJECT}/customers");
    let server = MockServer::start().await;
    let sent = example("createCustomer");
    // The server answers a create with 201, as the spec says.
    answer(&server, "POST", &p, 201, sent.clone()).await;
    let customer = client(&server)
        .create_customer()
        .project_id(PROJECT)
        .body_map(|b| {
            b.id(CUSTOMER)
                .attributes(vec![new_attribute("$email", "example@example.com")])
        })
        .send()
        .await
        .unwrap();
    assert_eq!(customer.status().as_u16(), 201);
    assert_eq!(customer.first_seen_at, 1658399423658);
    let body =
        json!({"id": CUSTOMER, "attributes": [{"name": "$email", "value": "example@example.com"}]});
    check(&server, &*customer, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn get_customer_with_expand() {
    let p = customer_path("");
    let (server, sent) = serve("getCustomer", "GET", &p).await;
    let customer = client(&server)
        .get_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .expand(vec![types::GetCustomerExpandItem::Attributes])
        .send()
        .await
        .unwrap();
    assert!(customer.active_entitlements.is_some());
    check(
        &server,
        &*customer,
        &sent,
        "GET",
        &p,
        Some("expand=attributes"),
        None,
    )
    .await;
}

#[tokio::test]
async fn delete_customer() {
    let p = customer_path("");
    let (server, sent) = serve("deleteCustomer", "DELETE", &p).await;
    let deleted = client(&server)
        .delete_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.deleted_at, 1658399423658);
    check(&server, &*deleted, &sent, "DELETE", &p, None, None).await;
}

#[tokio::test]
async fn assign_offering_sends_an_explicit_null_to_clear() {
    let p = customer_path("/actions/assign_offering");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(p.as_str()))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let c = client(&server);
    let done = c
        .assign_customer_offering()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body(types::AssignOfferingRequest::builder().offering_id(None::<String>))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 204);
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_headers(&request, true);
    assert_eq!(body_json(&request), json!({"offering_id": null}));
}

#[tokio::test]
async fn grant_entitlement() {
    let p = customer_path("/actions/grant_entitlement");
    let (server, sent) = serve("grantCustomerEntitlement", "POST", &p).await;
    let customer = client(&server)
        .grant_customer_entitlement()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body(
            types::GrantEntitlementRequest::builder()
                .entitlement_id("entla1b2c3d4e5")
                .expires_at(1658399423658_i64),
        )
        .send()
        .await
        .unwrap();
    let body = json!({"entitlement_id": "entla1b2c3d4e5", "expires_at": 1658399423658_i64});
    check(&server, &*customer, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn revoke_granted_entitlement() {
    let p = customer_path("/actions/revoke_granted_entitlement");
    let (server, sent) = serve("revokeCustomerGrantedEntitlement", "POST", &p).await;
    let customer = client(&server)
        .revoke_customer_granted_entitlement()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body_map(|b| b.entitlement_id("entla1b2c3d4e5"))
        .send()
        .await
        .unwrap();
    let body = json!({"entitlement_id": "entla1b2c3d4e5"});
    check(&server, &*customer, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn transfer_customer() {
    let p = customer_path("/actions/transfer");
    let (server, sent) = serve("transferCustomer", "POST", &p).await;
    let transfer = client(&server)
        .transfer_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body_map(|b| {
            b.target_customer_id("target-customer")
                .app_ids(Some(vec!["app1a2b3c4".to_string()]))
        })
        .send()
        .await
        .unwrap();
    let body = json!({"target_customer_id": "target-customer", "app_ids": ["app1a2b3c4"]});
    check(&server, &*transfer, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn list_active_entitlements() {
    let p = customer_path("/active_entitlements");
    let (server, sent) = serve("listCustomerActiveEntitlements", "GET", &p).await;
    let page = client(&server)
        .list_customer_active_entitlements()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .limit(5)
        .send()
        .await
        .unwrap();
    check(&server, &*page, &sent, "GET", &p, Some("limit=5"), None).await;
}

#[tokio::test]
async fn list_aliases() {
    let p = customer_path("/aliases");
    let (server, sent) = serve("listCustomerAliases", "GET", &p).await;
    let page = client(&server)
        .list_customer_aliases()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .starting_after("9fjeja8fjed")
        .send()
        .await
        .unwrap();
    check(
        &server,
        &*page,
        &sent,
        "GET",
        &p,
        Some("starting_after=9fjeja8fjed"),
        None,
    )
    .await;
}

#[tokio::test]
async fn list_attributes() {
    let p = customer_path("/attributes");
    let (server, sent) = serve("listCustomerAttributes", "GET", &p).await;
    let page = client(&server)
        .list_customer_attributes()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].name, "$email");
    check(&server, &*page, &sent, "GET", &p, None, None).await;
}

#[tokio::test]
async fn set_attributes_sends_null_values() {
    let p = customer_path("/attributes");
    let (server, sent) = serve("setCustomerAttributes", "POST", &p).await;
    let page = client(&server)
        .set_customer_attributes()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body_map(|b| {
            b.attributes(vec![
                attribute("$email", Some("example@example.com")),
                attribute("$phoneNumber", None),
            ])
        })
        .send()
        .await
        .unwrap();
    let body = json!({"attributes": [
        {"name": "$email", "value": "example@example.com"},
        {"name": "$phoneNumber", "value": null}
    ]});
    check(&server, &*page, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn list_purchases() {
    let p = customer_path("/purchases");
    let (server, sent) = serve("listCustomerPurchases", "GET", &p).await;
    let page = client(&server)
        .list_customer_purchases()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .environment(types::Environment::Production)
        .send()
        .await
        .unwrap();
    check(
        &server,
        &*page,
        &sent,
        "GET",
        &p,
        Some("environment=production"),
        None,
    )
    .await;
}

#[tokio::test]
async fn list_subscriptions() {
    let p = customer_path("/subscriptions");
    let (server, sent) = serve("listCustomerSubscriptions", "GET", &p).await;
    let page = client(&server)
        .list_customer_subscriptions()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .environment(types::Environment::Sandbox)
        .limit(2)
        .send()
        .await
        .unwrap();
    let query = Some("environment=sandbox&limit=2");
    check(&server, &*page, &sent, "GET", &p, query, None).await;
}

#[tokio::test]
async fn list_virtual_currency_balances() {
    let p = customer_path("/virtual_currencies");
    let (server, sent) = serve("listCustomerVirtualCurrencyBalances", "GET", &p).await;
    let page = client(&server)
        .list_customer_virtual_currency_balances()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .include_empty_balances(true)
        .send()
        .await
        .unwrap();
    check(
        &server,
        &*page,
        &sent,
        "GET",
        &p,
        Some("include_empty_balances=true"),
        None,
    )
    .await;
}

fn adjustments() -> types::VirtualCurrenciesAdjustmentRequest {
    types::VirtualCurrenciesAdjustmentRequest::builder()
        .adjustments(
            [("GLD".to_string(), -20), ("SLV".to_string(), 100)]
                .into_iter()
                .collect::<std::collections::HashMap<_, _>>(),
        )
        .reference(Some("order-42".to_string()))
        .try_into()
        .expect("every required field is set")
}

/// Types are `#[non_exhaustive]`: fixtures are built with the builders, which survive a
/// new optional field in the spec.
fn attribute(name: &str, value: Option<&str>) -> types::AttributeInput {
    types::AttributeInput::builder()
        .name(name)
        .value(value.map(String::from))
        .try_into()
        .expect("every required field is set")
}

/// An attribute of a new customer: a value is required there.
fn new_attribute(name: &str, value: &str) -> types::CreateCustomerAttribute {
    types::CreateCustomerAttribute::builder()
        .name(name)
        .value(value)
        .try_into()
        .expect("every required field is set")
}

#[tokio::test]
async fn create_virtual_currencies_transaction() {
    let p = customer_path("/virtual_currencies/transactions");
    let (server, sent) = serve("createVirtualCurrenciesTransaction", "POST", &p).await;
    let page = client(&server)
        .create_virtual_currencies_transaction()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .include_empty_balances(false)
        .body(adjustments())
        .send()
        .await
        .unwrap();
    let body = json!({"adjustments": {"GLD": -20, "SLV": 100}, "reference": "order-42"});
    let query = Some("include_empty_balances=false");
    check(&server, &*page, &sent, "POST", &p, query, Some(body)).await;
}

#[tokio::test]
async fn update_virtual_currencies_balance() {
    let p = customer_path("/virtual_currencies/update_balance");
    let (server, sent) = serve("updateVirtualCurrenciesBalance", "POST", &p).await;
    let page = client(&server)
        .update_virtual_currencies_balance()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .body(adjustments())
        .send()
        .await
        .unwrap();
    let body = json!({"adjustments": {"GLD": -20, "SLV": 100}, "reference": "order-42"});
    check(&server, &*page, &sent, "POST", &p, None, Some(body)).await;
}

#[tokio::test]
async fn list_blocked_customers() {
    let p = format!("/v2/projects/{PROJECT}/customers/blocked_customers");
    let (server, sent) = serve("listBlockedCustomers", "GET", &p).await;
    let blocked = client(&server)
        .list_blocked_customers()
        .project_id(PROJECT)
        .send()
        .await
        .unwrap();
    check(&server, &*blocked, &sent, "GET", &p, None, None).await;
}

#[tokio::test]
async fn block_and_unblock_customer() {
    let p = format!("/v2/projects/{PROJECT}/customers/blocked_customers/{CUSTOMER}");
    for verb in ["POST", "DELETE"] {
        let server = MockServer::start().await;
        Mock::given(method(verb))
            .and(path(p.as_str()))
            .respond_with(ResponseTemplate::new(201))
            .mount(&server)
            .await;
        let c = client(&server);
        let status = if verb == "POST" {
            c.block_customer()
                .project_id(PROJECT)
                .customer_id(CUSTOMER)
                .send()
                .await
        } else {
            c.unblock_customer()
                .project_id(PROJECT)
                .customer_id(CUSTOMER)
                .send()
                .await
        }
        .unwrap()
        .status();
        assert_eq!(status.as_u16(), 201);
        let request = only_request(&server).await;
        assert_eq!(request.method.as_str(), verb);
        assert_eq!(request.url.path(), p);
        assert_headers(&request, false);
        assert!(request.body.is_empty());
    }
}

#[tokio::test]
async fn list_invoices() {
    let p = customer_path("/invoices");
    let server = MockServer::start().await;
    let sent = json!({
        "object": "list",
        "items": [{
            "object": "invoice",
            "id": "rcbin1a2b3c4d5e",
            "total_amount": {"currency": "USD", "gross": 9.99, "tax": 0.5, "proceeds": 9.49},
            "line_items": [{
                "object": "invoice.line_item",
                "product_identifier": "com.example.pro.monthly",
                "product_display_name": "Pro",
                "product_duration": "P1M",
                "quantity": 1,
                "unit_amount": {"currency": "USD", "gross": 9.99, "tax": 0.5, "proceeds": 9.49}
            }],
            "issued_at": 1658399423658_i64,
            "paid_at": 1658399423999_i64,
            "invoice_url": "https://example.com/invoice.pdf"
        }],
        // The last page: `next_page` absent, as the vendor's public references say it may be.
        "url": "/v2/projects/proj1ab2c3d4/customers/19b8de26-77c1-49f1-aa18-019a391603e2/invoices"
    });
    answer(&server, "GET", &p, 200, sent.clone()).await;
    let page = client(&server)
        .list_customer_invoices()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].line_items[0].quantity, 1);
    check(&server, &*page, &sent, "GET", &p, None, None).await;
}

#[tokio::test]
async fn invoice_file_follows_the_redirect() {
    let file = format!("{}/invoice.pdf", customer_path("/invoices/rcbin1a2b3c4d5e"));
    let p = customer_path("/invoices/rcbin1a2b3c4d5e/file");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .respond_with(
            ResponseTemplate::new(302).insert_header("location", format!("{}{file}", server.uri())),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(file.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"%PDF-1.7 invoice".to_vec()))
        .mount(&server)
        .await;
    let response = client(&server)
        .get_invoice_file()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .invoice_id("rcbin1a2b3c4d5e")
        .send()
        .await
        .unwrap();
    let chunks: Vec<bytes::Bytes> =
        futures::TryStreamExt::try_collect(response.into_inner().into_inner())
            .await
            .unwrap();
    assert_eq!(chunks.concat(), b"%PDF-1.7 invoice");
    let received = requests(&server).await;
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].url.path(), p);
    assert_headers(&received[0], false);
}

#[tokio::test]
async fn invoice_file_redirect_is_visible_without_redirects() {
    let p = customer_path("/invoices/rcbin1a2b3c4d5e/file");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .respond_with(
            ResponseTemplate::new(302).insert_header("location", "https://files.example/inv.pdf"),
        )
        .mount(&server)
        .await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let c = billing_v2::Client::with_options(
        KEY,
        billing_v2::ClientOptions::new()
            .base_url(format!("{}/v2", server.uri()))
            .http_client(http)
            .max_redirects(0),
    )
    .unwrap();
    let err = c
        .get_invoice_file()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .invoice_id("rcbin1a2b3c4d5e")
        .send()
        .await
        .err()
        .expect("a 302 is not followed");
    assert_eq!(err.status().unwrap().as_u16(), 302);
    assert_eq!(
        err.headers().unwrap().get("location").unwrap(),
        "https://files.example/inv.pdf"
    );
    // The caller-built client still carries the credential.
    assert_headers(&only_request(&server).await, false);
}
