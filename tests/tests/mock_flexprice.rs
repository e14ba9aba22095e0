//! A downstream test of code that uses the Flexprice client, through its `mock` helpers and
//! public API only.

use flexprice::mock::{MockServer, MockServerExt};

#[tokio::test]
async fn a_customer_and_an_error_are_served_by_the_mock() {
    let server = MockServer::start_async().await;
    let customer: flexprice::types::CustomerResponse = serde_json::from_value(serde_json::json!({
        "id": "cust_1", "external_id": "ext_1", "name": "Ada", "status": "published",
        "metadata": {}, "created_at": "2023-11-07T05:31:56Z", "updated_at": "2023-11-07T05:31:56Z"
    }))
    .expect("a customer in the documented shape");
    let error: flexprice::types::ErrorResponse = serde_json::from_value(serde_json::json!({
        "code": "not_found", "message": "customer not found", "http_status_code": 404
    }))
    .expect("the flat error shape");
    server.get_customer(|when, then| {
        when.id("cust_1");
        then.ok(&customer);
    });
    server.get_customer(|when, then| {
        when.id("missing");
        then.client_error(404, &error);
    });
    let client =
        flexprice::Client::with_options("fp_key", flexprice::mock::options(&server)).unwrap();

    let found = client.get_customer().id("cust_1").send().await.unwrap();
    assert_eq!(found.id.as_deref(), Some("cust_1"));
    let err = client
        .get_customer()
        .id("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        err.api_error().and_then(|e| e.message()),
        Some("customer not found")
    );
}
