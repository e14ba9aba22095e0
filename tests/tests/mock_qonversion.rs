//! Downstream tests of code that uses the Qonversion clients, through their `mock` helpers
//! and public API only: the mock checks what the client sent, the test sees what it decoded.

use qonversion_analytics::mock::MockServerExt as _;
use qonversion_v4::mock::MockServerExt as _;

/// A fixture built from JSON: the way to write one that survives new optional fields.
fn customer_response() -> qonversion_v4::types::CustomerResponse {
    serde_json::from_value(serde_json::json!({
        "object": "customer",
        "url": "/v4/customers/customer_abc123",
        "data": {
            "customer": {"client_id": "customer_abc123", "environment": 2, "status": "active"},
            "device": {"platform": "iOS"},
            "attributionData": [],
            "userProperties": [],
            "permissions": [],
            "entitlements": []
        }
    }))
    .expect("a customer in the documented shape")
}

#[tokio::test]
async fn a_v4_customer_is_served_by_the_mock() {
    let server = qonversion_v4::mock::MockServer::start_async().await;
    let mock = server.v4_get_customer(|when, then| {
        when.customer_id("customer_abc123");
        then.ok(&customer_response());
    });
    let client =
        qonversion_v4::Client::with_options("test_sk_123", qonversion_v4::mock::options(&server))
            .unwrap();
    let answer = client
        .v4_get_customer()
        .customer_id("customer_abc123")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.url, "/v4/customers/customer_abc123");
    mock.assert_async().await;
}

#[tokio::test]
async fn analytics_filters_are_matched_value_by_value() {
    let server = qonversion_analytics::mock::MockServer::start_async().await;
    let key = qonversion_analytics::ProjectApiKey::new("proj$key").unwrap();
    let metrics: qonversion_analytics::types::CustomersMetricsResponse = serde_json::from_value(
        serde_json::json!({"data": {"activeSubscribers": 4230, "avgPrice": "9.95"}}),
    )
    .unwrap();
    let mock = server.v1_get_customers_metrics(|when, then| {
        when.project_api_key(&key)
            .filter_since(&[1_700_000_000, 1_700_086_400]);
        then.ok(&metrics);
    });
    let client = qonversion_analytics::Client::with_options(
        "proj$key",
        qonversion_analytics::mock::options(&server),
    )
    .unwrap();
    let answer = client
        .customers_metrics()
        .filter_since([1_700_000_000, 1_700_086_400])
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.data.active_subscribers.and_then(|n| n.as_i64()),
        Some(4230)
    );
    mock.assert_async().await;

    // A request without the filter does not match the mock: the server answers 404.
    let err = client.customers_metrics().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}
