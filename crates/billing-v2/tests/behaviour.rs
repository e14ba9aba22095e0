//! Errors, retries, pagination, forward compatibility and secrecy, against a real HTTP
//! server on 127.0.0.1.

mod common;

use std::time::{Duration, Instant};

use billing_v2::{ClientOptions, Error, ErrorBody, RetryPolicy, WaitSource, types};
use common::*;
use futures::TryStreamExt;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn error_body(kind: &str, retryable: bool, backoff_ms: Option<u64>) -> Value {
    json!({
        "object": "error",
        "type": kind,
        "message": format!("{kind} happened"),
        "retryable": retryable,
        "doc_url": "https://errors.rev.cat/x",
        "backoff_ms": backoff_ms,
    })
}

fn subscription(store: &str, status: &str) -> Value {
    json!({
        "object": "subscription",
        "id": "sub1a2b3c4d",
        "customer_id": CUSTOMER,
        "original_customer_id": CUSTOMER,
        "product_id": "prod1a2b3c4d5e",
        "starts_at": 1658399423658_i64,
        "current_period_starts_at": 1658399423658_i64,
        "current_period_ends_at": null,
        "gives_access": true,
        "pending_payment": false,
        "auto_renewal_status": "will_renew",
        "status": status,
        "total_revenue_in_usd": {"currency": "USD", "gross": 9.99, "proceeds": 8.49, "tax": 0.5, "commission": 1.0},
        "entitlements": {"object": "list", "items": [{"object": "entitlement", "project_id": "proj1ab2c3d4", "id": "entla1b2c3d4e5", "lookup_key": "premium", "display_name": "Premium", "created_at": 1658399423658_i64}], "next_page": null, "url": "/v2/x"},
        "environment": "production",
        "store": store,
        "store_subscription_identifier": "12345",
        "ownership": "purchased",
        "a_field_added_next_year": {"nested": true}
    })
}

async fn get_customer(
    client: &billing_v2::Client,
) -> Result<billing_v2::ResponseValue<types::Customer>, Error> {
    client
        .get_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
}

#[tokio::test]
async fn error_statuses_decode_into_the_error_object() {
    for (status, kind) in [
        (400, "parameter_error"),
        (401, "authentication_error"),
        (404, "resource_missing"),
        (429, "rate_limit_error"),
        (500, "server_error"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("x-request-id", "req_123")
                    .set_body_json(error_body(kind, status >= 429, Some(10))),
            )
            .mount(&server)
            .await;
        let err = get_customer(&client(&server)).await.unwrap_err();
        assert_eq!(err.status().unwrap().as_u16(), status);
        assert_eq!(err.request_id(), Some("req_123"));
        let body = err.api_error().expect("decoded error body");
        assert_eq!(body.type_.as_str(), kind);
        assert_eq!(body.message, format!("{kind} happened"));
        assert_eq!(body.retryable, status >= 429);
        assert_eq!(body.backoff_ms, Some(10));
        assert!(!matches!(body.type_, types::ErrorType::Unknown(_)));
    }
}

#[tokio::test]
async fn an_undecodable_error_body_is_kept_raw_with_its_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>"))
        .mount(&server)
        .await;
    let err = get_customer(&client(&server)).await.unwrap_err();
    match &err {
        Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 502);
            assert!(
                matches!(&api.body, ErrorBody::Raw(b) if &b[..] == b"<html>bad gateway</html>")
            );
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn malformed_and_truncated_success_bodies_are_typed_errors() {
    for body in [
        r#"{"object": "customer", "id": "#.to_string(),
        "not json at all".to_string(),
        r#"{"object": "customer"}"#.to_string(),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_string(body.clone()))
            .mount(&server)
            .await;
        let err = get_customer(&client(&server)).await.unwrap_err();
        assert_decode_error(&err, 200, body.as_bytes());
    }
}

#[tokio::test]
async fn unknown_enum_values_and_fields_decode() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}/subscriptions");
    let page = json!({
        "object": "list",
        "items": [subscription("some_new_store", "a_new_status"), subscription("app_store", "unknown")],
        "next_page": null,
        "url": p,
    });
    answer(&server, "GET", &p, 200, page).await;
    let page = client(&server)
        .list_customer_subscriptions()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    let first = &page.items[0];
    assert_eq!(first.store, types::Store::Unknown("some_new_store".into()));
    assert_eq!(first.store.to_string(), "some_new_store");
    // "unknown" is a documented status, so the catch-all is `UnknownValue`.
    assert_eq!(
        first.status,
        types::SubscriptionStatus::UnknownValue("a_new_status".into())
    );
    let second = &page.items[1];
    assert_eq!(second.store, types::Store::AppStore);
    assert_eq!(second.status, types::SubscriptionStatus::Unknown);
    // Re-encoding keeps the new values verbatim.
    let again = serde_json::to_value(first).unwrap();
    assert_eq!(again["store"], "some_new_store");
    assert_eq!(again["status"], "a_new_status");
}

#[tokio::test]
async fn a_429_waits_backoff_ms_from_the_body_over_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "5")
                .set_body_json(error_body("rate_limit_error", true, Some(300))),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    answer(
        &server,
        "GET",
        &format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}"),
        200,
        json!({
            "object": "customer", "id": CUSTOMER, "project_id": PROJECT, "first_seen_at": 1,
            "last_seen_at": null, "last_seen_app_version": null, "last_seen_country": null,
            "last_seen_platform": null, "last_seen_platform_version": null
        }),
    )
    .await;
    let (options, events) = observed(ClientOptions::new().base_url(format!("{}/v2", server.uri())));
    let c = billing_v2::Client::with_options(KEY, options).unwrap();
    let started = Instant::now();
    let customer = get_customer(&c).await.unwrap();
    assert_eq!(customer.id, CUSTOMER);
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(300), "waited {elapsed:?}");
    assert!(
        elapsed < Duration::from_secs(5),
        "Retry-After must not win: {elapsed:?}"
    );
    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].wait, Duration::from_millis(300));
    assert_eq!(events[0].wait_source, WaitSource::Body);
}

#[tokio::test]
async fn a_429_without_backoff_ms_honours_retry_after_seconds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "1")
                .set_body_json(error_body("rate_limit_error", true, None)),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let (options, events) = observed(ClientOptions::new().base_url(format!("{}/v2", server.uri())));
    let c = billing_v2::Client::with_options(KEY, options).unwrap();
    let started = Instant::now();
    // A POST: a 429 is retried for any method.
    c.block_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(requests(&server).await.len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events[0].wait, Duration::from_secs(1));
    assert_eq!(events[0].wait_source, WaitSource::RetryAfter);
}

#[tokio::test]
async fn the_cap_bounds_a_long_wait() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let policy = RetryPolicy::default()
        .with_max_attempts(2)
        .with_max_wait(Duration::from_millis(50));
    let started = Instant::now();
    let err = get_customer(&client_with(&server, policy))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(err.status().unwrap().as_u16(), 429);
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn server_errors_retry_on_get_but_never_a_500_nor_a_post() {
    let quick = RetryPolicy::default().with_initial_backoff(Duration::from_millis(5));
    // 503 on a GET: retried up to 3 attempts.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let err = get_customer(&client_with(&server, quick.clone()))
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 503);
    assert_eq!(requests(&server).await.len(), 3);

    // 500 on a GET: not retried.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_json(error_body(
            "server_error",
            true,
            None,
        )))
        .mount(&server)
        .await;
    get_customer(&client_with(&server, quick.clone()))
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await.len(), 1);

    // 500 and 503 on a POST: not retried.
    for status in [500, 503] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let err = client_with(&server, quick.clone())
            .block_customer()
            .project_id(PROJECT)
            .customer_id(CUSTOMER)
            .send()
            .await
            .err()
            .unwrap();
        assert_eq!(err.status().unwrap().as_u16(), status);
        assert_eq!(requests(&server).await.len(), 1);
    }

    // Retries off: one attempt even on a 429.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    get_customer(&client_with(&server, RetryPolicy::none()))
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn connection_failures_are_retried_for_gets() {
    // A port that was just free: nothing listens there.
    let port = closed_port();
    let (options, events) = observed(
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v2"))
            .retry_policy(RetryPolicy::default().with_initial_backoff(Duration::from_millis(5))),
    );
    let c = billing_v2::Client::with_options(KEY, options).unwrap();
    let err = get_customer(&c).await.unwrap_err();
    assert!(
        matches!(err, Error::Transport { status: None, .. }),
        "{err:?}"
    );
    assert_eq!(events.lock().unwrap().len(), 2);
    let text = format!("{err} {err:?}");
    assert!(!text.contains(KEY));
}

#[tokio::test]
async fn a_stream_follows_next_page_verbatim_across_three_pages() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers");
    let customer = |id: &str| {
        json!({"object": "customer", "id": id, "project_id": PROJECT, "first_seen_at": 1,
               "last_seen_at": null, "last_seen_app_version": null, "last_seen_country": null,
               "last_seen_platform": null, "last_seen_platform_version": null})
    };
    // Page 3: reached through a cursor that must not be decoded and re-encoded.
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .and(query_param("starting_after", "$RCAnonymousID:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [customer("$RCAnonymousID:def")], "next_page": null, "url": p
        })))
        .mount(&server)
        .await;
    // Page 2.
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .and(query_param("starting_after", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [customer("c3"), customer("$RCAnonymousID:abc")],
            "next_page": format!("{p}?starting_after=$RCAnonymousID:abc&limit=2"), "url": p
        })))
        .mount(&server)
        .await;
    // Page 1.
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [customer("c1"), customer("c2")],
            "next_page": format!("{p}?starting_after=c2&limit=2"), "url": p
        })))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let ids: Vec<String> = c
        .paginate(c.list_customers().project_id(PROJECT).limit(2))
        .map_ok(|customer| customer.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        ids,
        ["c1", "c2", "c3", "$RCAnonymousID:abc", "$RCAnonymousID:def"]
    );
    let received = requests(&server).await;
    let queries: Vec<_> = received
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        queries,
        [
            "limit=2",
            "starting_after=c2&limit=2",
            "starting_after=$RCAnonymousID:abc&limit=2"
        ]
    );
    for r in &received {
        assert_eq!(r.url.path(), p);
        assert_headers(r, false);
    }
}

#[tokio::test]
async fn a_stream_surfaces_an_error_page_and_stops() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}/aliases");
    Mock::given(method("GET"))
        .and(query_param("starting_after", "a1"))
        .respond_with(ResponseTemplate::new(404).set_body_json(error_body(
            "resource_missing",
            false,
            None,
        )))
        .mount(&server)
        .await;
    answer(
        &server,
        "GET",
        &p,
        200,
        json!({
            "object": "list", "items": [{"object": "customer.alias", "id": "a1", "created_at": 1}],
            "next_page": format!("{p}?starting_after=a1"), "url": p
        }),
    )
    .await;
    let c = client(&server);
    let mut stream = c.stream_customer_aliases(PROJECT, CUSTOMER);
    assert_eq!(stream.try_next().await.unwrap().unwrap().id, "a1");
    let err = stream.try_next().await.unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 404);
    assert_eq!(
        err.api_error().unwrap().type_,
        types::ErrorType::ResourceMissing
    );
}

#[tokio::test]
async fn every_list_operation_streams() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [], "url": "/v2/x"
        })))
        .mount(&server)
        .await;
    let c = client(&server);
    assert!(
        c.stream_customers(PROJECT)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    let (pr, cu) = (PROJECT, CUSTOMER);
    assert!(
        c.stream_customer_active_entitlements(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_aliases(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_attributes(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_purchases(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_subscriptions(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_virtual_currency_balances(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        c.stream_customer_invoices(pr, cu)
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .is_empty()
    );
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| {
            r.url
                .path()
                .trim_start_matches(&format!("/v2/projects/{PROJECT}/customers"))
                .to_string()
        })
        .collect();
    assert_eq!(
        paths,
        [
            "",
            &format!("/{CUSTOMER}/active_entitlements"),
            &format!("/{CUSTOMER}/aliases"),
            &format!("/{CUSTOMER}/attributes"),
            &format!("/{CUSTOMER}/purchases"),
            &format!("/{CUSTOMER}/subscriptions"),
            &format!("/{CUSTOMER}/virtual_currencies"),
            &format!("/{CUSTOMER}/invoices")
        ]
    );
}

#[tokio::test]
async fn the_key_never_shows_in_debug_or_errors() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_json(error_body(
            "authentication_error",
            false,
            None,
        )))
        .mount(&server)
        .await;
    let c = client(&server);
    let err = get_customer(&c).await.unwrap_err();
    for text in [
        format!("{c:?}"),
        format!("{err}"),
        format!("{err:?}"),
        format!("{:?}", c.get_customer()),
    ] {
        assert!(!text.contains(KEY), "leaked in {text}");
    }
    // ... while the request did carry it.
    assert_headers(&only_request(&server).await, false);
}

#[tokio::test]
async fn a_stream_owns_its_client_and_runs_in_a_spawned_task() {
    let server = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers");
    let customer = |id: &str| {
        json!({"object": "customer", "id": id, "project_id": PROJECT, "first_seen_at": 1,
               "last_seen_at": null, "last_seen_app_version": null, "last_seen_country": null,
               "last_seen_platform": null, "last_seen_platform_version": null})
    };
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .and(query_param("starting_after", "$RCAnonymousID:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [customer("c2")], "next_page": null, "url": p
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(p.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "items": [customer("$RCAnonymousID:abc")],
            "next_page": format!("{p}?starting_after=$RCAnonymousID:abc"), "url": p
        })))
        .with_priority(10)
        .mount(&server)
        .await;
    let stream = {
        let c = client(&server);
        c.stream_customers(PROJECT)
    };
    let ids: Vec<String> = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await })
        .await
        .expect("the task runs")
        .expect("two pages")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, ["$RCAnonymousID:abc", "c2"]);
    let seen = requests(&server).await;
    assert_eq!(
        seen[1].url.query(),
        Some("starting_after=$RCAnonymousID:abc")
    );
}
