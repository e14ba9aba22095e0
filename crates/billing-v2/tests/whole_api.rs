//! The awkward parts of the vendor's whole API, on the loopback wire: per-status errors into
//! the one error type, the store-discriminated app body, chart values of two shapes, typed
//! `expand`, rate-limit headers, fresh idempotency keys kept across retries, store
//! identifiers sent as numbers, and streams over the imported list operations.

mod common;

use billing_v2::{RateLimitExt, types};
use common::{
    PROJECT, answer, body_json, client, client_with, fast_retries, header, json, mount_times,
    only_request, query_pairs, requests,
};
use futures::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_per_status_error_decodes_into_the_one_error_type() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/products/prod_1");
    answer(
        &server,
        "DELETE",
        &p,
        422,
        json!({"object": "error", "type": "store_error", "message": "the store said no",
               "retryable": false, "doc_url": "https://errors.example/store-error"}),
    )
    .await;
    let err = client(&server)
        .delete_product()
        .project_id(PROJECT)
        .product_id("prod_1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(422));
    let body = err.api_error().expect("decoded into the one Error type");
    assert_eq!(body.type_, types::ErrorType::StoreError);
    assert_eq!(body.message, "the store said no");
}

#[tokio::test]
async fn an_app_body_names_its_store_and_carries_that_stores_settings() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/apps");
    answer(
        &server,
        "POST",
        &p,
        201,
        json!({"object": "app", "id": "app_1", "name": "Web", "created_at": 1, "type": "stripe",
               "project_id": PROJECT, "stripe": {"stripe_account_id": "acct_1"}}),
    )
    .await;
    let body: types::AppCreate = serde_json::from_value::<types::StripeAppCreate>(json!({
        "name": "Web", "type": "stripe", "stripe": {"stripe_account_id": "acct_1"}
    }))
    .unwrap()
    .into();
    let app = client(&server)
        .create_app()
        .project_id(PROJECT)
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(app.id, "app_1");
    let sent = body_json(&only_request(&server).await);
    assert_eq!(
        sent,
        json!({"name": "Web", "type": "stripe", "stripe": {"stripe_account_id": "acct_1"}})
    );
}

#[tokio::test]
async fn chart_values_decode_as_rows_of_numbers_or_as_objects() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/charts/revenue");
    answer(
        &server,
        "GET",
        &p,
        200,
        json!({"object": "chart_data", "category": "revenue", "display_type": "line",
               "display_name": "Revenue", "description": "d", "resolution": "day", "yaxis": "$",
               "values": [[1700000000, 12.5, null], {"cohort": 1700000000, "value": 3}]}),
    )
    .await;
    let chart = client(&server)
        .get_chart_data()
        .project_id(PROJECT)
        .chart_name(types::GetChartDataChartName::Revenue)
        .send()
        .await
        .unwrap()
        .into_inner();
    match &chart.values[..] {
        [
            types::ChartDataValuesItem::Array(row),
            types::ChartDataValuesItem::Object(point),
        ] => {
            assert_eq!(row, &vec![Some(1_700_000_000.0), Some(12.5), None]);
            assert_eq!(point["value"], 3);
        }
        other => panic!("unexpected values: {other:?}"),
    }
}

#[tokio::test]
async fn expand_is_a_typed_list_sent_as_the_wire_names() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/entitlements");
    answer(
        &server,
        "GET",
        &p,
        200,
        json!({"object": "list", "items": [], "next_page": null, "url": p}),
    )
    .await;
    client(&server)
        .list_entitlements()
        .project_id(PROJECT)
        .expand(vec![types::ListEntitlementsExpandItem::ItemsProduct])
        .send()
        .await
        .unwrap();
    let query = query_pairs(&only_request(&server).await);
    assert!(
        query.contains(&("expand".to_string(), "items.product".to_string())),
        "{query:?}"
    );
}

#[tokio::test]
async fn rate_limit_headers_are_read_from_a_response() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/virtual_currencies/GEMS");
    common::mount(
        &server,
        "GET",
        &p,
        json(
            200,
            r#"{"object":"virtual_currency","project_id":"proj1ab2c3d4","code":"GEMS","name":"Gems","created_at":1,"state":"active"}"#,
        )
        .insert_header("RevenueCat-Rate-Limit-Current-Usage", "25")
        .insert_header("RevenueCat-Rate-Limit-Current-Limit", "60"),
    )
    .await;
    let response = client(&server)
        .get_virtual_currency()
        .project_id(PROJECT)
        .virtual_currency_code("GEMS")
        .send()
        .await
        .unwrap();
    let limit = response.rate_limit();
    assert_eq!(limit.usage, Some(25));
    assert_eq!(limit.limit, Some(60));
    assert_eq!(limit.remaining(), Some(35));
}

fn adjustment() -> types::VirtualCurrenciesAdjustmentRequest {
    serde_json::from_value(json!({"adjustments": {"GEMS": 5}})).unwrap()
}

#[tokio::test]
async fn a_keyed_write_gets_a_fresh_key_kept_across_its_retries() {
    let server = MockServer::start().await;
    let p = format!(
        "/v2/projects/{PROJECT}/customers/{}/virtual_currencies/transactions",
        common::CUSTOMER
    );
    let ok = json(
        200,
        r#"{"object":"list","items":[],"next_page":null,"url":"/v2/x"}"#,
    );
    mount_times(&server, "POST", &p, 1, json(503, "{}")).await;
    common::mount(&server, "POST", &p, ok).await;
    let c = client_with(&server, fast_retries());
    for _ in 0..2 {
        c.create_virtual_currencies_transaction()
            .project_id(PROJECT)
            .customer_id(common::CUSTOMER)
            .body(adjustment())
            .send()
            .await
            .unwrap();
    }
    let keys: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| header(r, "idempotency-key").expect("a key").to_string())
        .collect();
    // First call: a 503, then its retry with the same key; second call: a new key.
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert_eq!(keys[0], keys[1]);
    assert_ne!(keys[1], keys[2]);
    assert_eq!(keys[0].len(), 36);

    // A key the caller gives is sent as given.
    let server = MockServer::start().await;
    common::mount(
        &server,
        "POST",
        &p,
        json(
            200,
            r#"{"object":"list","items":[],"next_page":null,"url":"/v2/x"}"#,
        ),
    )
    .await;
    client(&server)
        .create_virtual_currencies_transaction()
        .project_id(PROJECT)
        .customer_id(common::CUSTOMER)
        .idempotency_key("my-key-1")
        .body(adjustment())
        .send()
        .await
        .unwrap();
    assert_eq!(
        header(&only_request(&server).await, "idempotency-key"),
        Some("my-key-1")
    );
}

#[tokio::test]
async fn store_identifiers_decode_from_numbers_as_the_vendors_examples_send_them() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/subscriptions/sub_1");
    let subscription = json!({
        "object": "subscription", "id": "sub_1", "customer_id": "c", "original_customer_id": "c",
        "product_id": null, "starts_at": 1, "current_period_starts_at": 1,
        "current_period_ends_at": null, "ends_at": null, "gives_access": true,
        "pending_payment": false, "auto_renewal_status": "will_renew", "status": "active",
        "total_revenue_in_usd": {"currency": "USD", "gross": 1.0, "commission": 0.1, "tax": 0.0, "proceeds": 0.9},
        "presented_offering_id": null,
        "entitlements": {"object": "list", "items": [], "next_page": null, "url": "/v2/x"},
        "environment": "production", "store": "app_store",
        "store_subscription_identifier": 12345678, "ownership": "purchased"
    });
    answer(&server, "GET", &p, 200, subscription).await;
    let s = client(&server)
        .get_subscription()
        .project_id(PROJECT)
        .subscription_id("sub_1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(s.store_subscription_identifier.as_str(), "12345678");
}

#[tokio::test]
async fn an_imported_list_streams_across_pages() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/products");
    let product = |id: &str| {
        json!({"object": "product", "id": id, "store_identifier": id, "type": "subscription",
               "created_at": 1, "app_id": "app_1", "display_name": null})
    };
    let second = format!("{p}?starting_after=prod_2");
    Mock::given(method("GET"))
        .and(path(p.clone()))
        .and(query_param("starting_after", "prod_2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [product("prod_3")], "next_page": null, "url": p
        })))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(p.clone()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [product("prod_1"), product("prod_2")],
            "next_page": second, "url": p
        })))
        .with_priority(2)
        .mount(&server)
        .await;
    let all: Vec<types::Product> = client(&server)
        .stream_products(PROJECT)
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = all.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["prod_1", "prod_2", "prod_3"]);
    assert_eq!(requests(&server).await.len(), 2);
}
