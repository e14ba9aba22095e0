//! The service's Flexprice paths against the crate's mocks.

use downstream_example::{flexprice_client, flexprice_name};
use flexprice::mock::{FlexpriceMockServerExt, MockServer};

#[tokio::test]
async fn a_customer_and_an_error_in_the_flat_shape() {
    let server = MockServer::start_async().await;
    let customer: flexprice::types::CustomerResponse =
        flexprice::types::CustomerResponse::builder()
            .id("cust_1")
            .name("Ada")
            .try_into()
            .unwrap();
    let error: flexprice::types::ErrorResponse = serde_json::from_value(serde_json::json!({
        "code": "not_found", "message": "customer not found", "http_status_code": 404
    }))
    .unwrap();
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

    assert_eq!(flexprice_name(&client, "cust_1").await.unwrap(), "Ada");
    assert_eq!(
        flexprice_name(&client, "missing").await.unwrap_err(),
        "not_found (customer not found)"
    );
    let err = client
        .get_customer()
        .id("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "API error 404 Not Found: not_found: customer not found"
    );
    // The typed code, for a `match`.
    assert_eq!(
        err.api_error().and_then(|b| b.code()),
        Some(&flexprice::types::ErrorCode::NotFound)
    );
}

#[test]
fn a_regional_client() {
    let client = flexprice_client("fp_key", true).unwrap();
    assert_eq!(client.region(), Some(flexprice::Region::India));
    assert_eq!(client.base_url(), flexprice::Region::India.base_url());
}
