//! Wire tests of `GET /{projectApiKey}/customers-metrics`: what the client sends (key in
//! the path, repeated filter keys), what it decodes, what it refuses to send.

mod common;

use common::*;
use qonversion_analytics::types::{
    CountryCode, CurrencyCode, CustomerStatusCode, CustomersMetricsResponse, TargetPlatform,
};
use qonversion_analytics::{
    Client, ClientOptions, ConfigError, DEFAULT_BASE_URL, Error, LenientF64, LenientNumber,
};
use serde_json::Value;
use wiremock::MockServer;

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn the_key_is_the_first_path_segment_and_no_header_carries_it() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(200, DOC_METRICS).insert_header("x-request-id", "req_ok"),
    )
    .await;

    let response = client(&server)
        .customers_metrics()
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.url.path(),
        "/v1/analytics/SECRETk3y0123456789abcdefABCDEFx/customers-metrics"
    );
    assert_eq!(request.url.query(), None, "no filter set, no query string");
    assert_headers(&request);

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("x-request-id").unwrap(), "req_ok");
    let m = &response.data;
    assert_eq!(m.clients_with_event, Some(LenientNumber::from(15420)));
    assert_eq!(m.active_subscribers, Some(LenientNumber::from(4230)));
    assert_eq!(m.churned_subscribers, Some(LenientNumber::from(43)));
    assert_eq!(m.active_trials, Some(LenientNumber::from(820)));
    assert_eq!(m.canceled_trials, Some(LenientNumber::from(35)));
    assert_eq!(m.billing_retry, Some(LenientNumber::from(120)));
    assert_eq!(m.avg_payment_count, Some(LenientF64(2.4)));
    assert_eq!(m.avg_price, Some(LenientF64(9.95)));
    assert_eq!(m.sales, Some(LenientF64(380276.24)));
}

#[tokio::test]
async fn the_documents_example_round_trips_without_losing_a_field() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;

    let decoded: CustomersMetricsResponse = client(&server)
        .customers_metrics()
        .send()
        .await
        .expect("200 decodes")
        .into_inner();

    // The lenient counters serialise back as plain JSON numbers of the same kind
    // (integers as integers, floats as floats), so the comparison is exact.
    let expected: Value = serde_json::from_str(DOC_METRICS).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), expected);
}

#[tokio::test]
async fn every_filter_is_sent_as_its_key_repeated_once_per_value() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;

    client(&server)
        .customers_metrics()
        .environment(0)
        .filter_since([1_700_000_000, 1_700_086_400])
        .filter_status(vec![
            CustomerStatusCode::X1,
            CustomerStatusCode::X2,
            CustomerStatusCode::X4,
        ])
        .filter_target_platform(vec![
            TargetPlatform::IOs,
            TargetPlatform::Android,
            TargetPlatform::Stripe,
        ])
        .filter_country(vec![CountryCode::from("US"), CountryCode::from("DE")])
        .filter_purchase_currency(vec![CurrencyCode::from("USD"), CurrencyCode::from("EUR")])
        .filter_product_id(vec![
            "com.example.pro.monthly".to_string(),
            "pro annual & more=1".to_string(),
        ])
        .search("user@example.com")
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert_eq!(request.url.path(), METRICS_PATH);
    assert_headers(&request);
    let raw = request.url.query().expect("a query string");
    assert!(
        raw.contains("filter%5Bsince%5D%5B%5D=1700000000&filter%5Bsince%5D%5B%5D=1700086400"),
        "since is the same key twice: {raw}"
    );
    assert_eq!(
        query_pairs(&request),
        pairs(&[
            ("environment", "0"),
            ("filter[country][]", "US"),
            ("filter[country][]", "DE"),
            ("filter[product_id][]", "com.example.pro.monthly"),
            ("filter[product_id][]", "pro annual & more=1"),
            ("filter[purchase_currency][]", "USD"),
            ("filter[purchase_currency][]", "EUR"),
            ("filter[since][]", "1700000000"),
            ("filter[since][]", "1700086400"),
            ("filter[status][]", "1"),
            ("filter[status][]", "2"),
            ("filter[status][]", "4"),
            ("filter[target_platform][]", "iOS"),
            ("filter[target_platform][]", "Android"),
            ("filter[target_platform][]", "Stripe"),
            ("search", "user@example.com"),
        ])
    );
}

#[tokio::test]
async fn every_string_filter_uses_the_documents_parameter_name() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;
    let one = |v: &str| vec![v.to_string()];

    client(&server)
        .customers_metrics()
        .environment(1)
        .filter_ad_name(one("ad"))
        .filter_ad_set_name(one("adset"))
        .filter_app_version(vec!["4.12.0".to_string(), "4.13.0".to_string()])
        .filter_campaign_name(one("spring_sale"))
        .filter_experiment_group_uid(one("grp1"))
        .filter_experiment_uid(one("exp1"))
        .filter_locale(vec!["en_US".to_string(), "de_DE".to_string()])
        .filter_media_source_name(one("organic"))
        .filter_model(one("iPhone15,3"))
        .filter_os_version(one("17.4"))
        .filter_product_id(one("com.example.pro.monthly"))
        .filter_sdk_version(one("5.9.1"))
        .filter_status(vec![CustomerStatusCode::X3])
        .filter_target_platform(vec![TargetPlatform::Unknown("Web".into())])
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert_headers(&request);
    assert_eq!(
        query_pairs(&request),
        pairs(&[
            ("environment", "1"),
            ("filter[ad_name][]", "ad"),
            ("filter[ad_set_name][]", "adset"),
            ("filter[app_version][]", "4.12.0"),
            ("filter[app_version][]", "4.13.0"),
            ("filter[campaign_name][]", "spring_sale"),
            ("filter[experiment_group_uid][]", "grp1"),
            ("filter[experiment_uid][]", "exp1"),
            ("filter[locale][]", "en_US"),
            ("filter[locale][]", "de_DE"),
            ("filter[media_source_name][]", "organic"),
            ("filter[model][]", "iPhone15,3"),
            ("filter[os_version][]", "17.4"),
            ("filter[product_id][]", "com.example.pro.monthly"),
            ("filter[sdk_version][]", "5.9.1"),
            ("filter[status][]", "3"),
            ("filter[target_platform][]", "Web"),
        ])
    );
}

#[tokio::test]
async fn counters_sent_as_numeric_strings_decode_and_new_fields_are_ignored() {
    let server = MockServer::start().await;
    let body = r#"{
      "data": {
        "clientsWithEvent": "15420",
        "activeSubscribers": 4230,
        "churnedSubscribers": " 43 ",
        "activeTrials": "820",
        "avgPaymentCount": "2.4",
        "avgPrice": 9.95,
        "sales": "380276.24",
        "billingRetry": null,
        "refunds": 12,
        "breakdown": {"iOS": 1}
      },
      "meta": {"cached": true}
    }"#;
    answer(&server, json(200, body)).await;

    let response = client(&server)
        .customers_metrics()
        .send()
        .await
        .expect("numeric strings decode");

    let m = &response.data;
    assert_eq!(m.clients_with_event, Some(LenientNumber::from(15420)));
    assert_eq!(m.active_subscribers, Some(LenientNumber::from(4230)));
    assert_eq!(m.churned_subscribers, Some(LenientNumber::from(43)));
    assert_eq!(m.active_trials, Some(LenientNumber::from(820)));
    assert_eq!(m.avg_payment_count, Some(LenientF64(2.4)));
    assert_eq!(m.avg_price, Some(LenientF64(9.95)));
    assert_eq!(m.sales, Some(LenientF64(380276.24)));
    assert_eq!(m.canceled_trials, None, "absent counters stay absent");
    assert_eq!(m.billing_retry, None, "null is absent");
}

#[tokio::test]
async fn an_empty_filter_sends_no_pair() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;

    client(&server)
        .customers_metrics()
        .filter_country(Vec::<CountryCode>::new())
        .filter_locale(Vec::<String>::new())
        .send()
        .await
        .expect("200 decodes");

    let request = only_request(&server).await;
    assert!(
        query_pairs(&request).is_empty(),
        "{:?}",
        request.url.query()
    );
}

#[tokio::test]
async fn a_counter_that_is_not_a_number_is_a_decode_error() {
    let server = MockServer::start().await;
    let body = r#"{"data": {"clientsWithEvent": "many"}}"#;
    answer(&server, json(200, body)).await;

    let err = client(&server)
        .customers_metrics()
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
}

#[tokio::test]
async fn malformed_json_on_a_200_is_a_decode_error_with_the_raw_bytes() {
    let server = MockServer::start().await;
    let truncated = r#"{"data": {"clientsWithEvent": 15420, "activeSub"#;
    answer(
        &server,
        json(200, truncated).insert_header("x-request-id", "req_trunc"),
    )
    .await;

    let err = client(&server)
        .customers_metrics()
        .send()
        .await
        .unwrap_err();

    assert_decode_error(&err, 200, truncated.as_bytes());
    assert_eq!(err.raw_body(), Some(truncated.as_bytes()));
    assert_eq!(err.request_id(), Some("req_trunc"));
    assert!(!everything_shown(&err).contains(KEY));
    assert_eq!(requests(&server).await.len(), 1);
}

/// Checks a call was refused as an invalid request before anything reached the server.
async fn refused(server: &MockServer, result: Result<impl Sized, Error>, field: &str) {
    match result {
        Err(Error::InvalidRequest(message)) => {
            assert!(message.contains(field), "{message}");
            assert!(!message.contains(KEY), "{message}");
        }
        Err(other) => panic!("expected InvalidRequest for {field}, got {other:?}"),
        Ok(_) => panic!("expected InvalidRequest for {field}, got a response"),
    }
    assert!(
        requests(server).await.is_empty(),
        "nothing sent for {field}"
    );
}

#[tokio::test]
async fn filter_since_must_be_exactly_two_timestamps() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;
    let client = client(&server);

    let three = client
        .customers_metrics()
        .filter_since(vec![1_i64, 2, 3])
        .send()
        .await;
    refused(&server, three, "filter_since").await;

    let one = client
        .customers_metrics()
        .filter_since(vec![1_700_000_000_i64])
        .send()
        .await;
    refused(&server, one, "filter_since").await;

    // A Vec of exactly two is accepted and sent as the repeated key.
    client
        .customers_metrics()
        .filter_since(vec![1_700_000_000_i64, 1_700_086_400])
        .send()
        .await
        .expect("two values are fine");
    let request = only_request(&server).await;
    assert_eq!(
        query_pairs(&request),
        pairs(&[
            ("filter[since][]", "1700000000"),
            ("filter[since][]", "1700086400")
        ])
    );
}

#[tokio::test]
async fn country_codes_are_sent_as_given_and_judged_by_the_server() {
    // The spec's pattern (two capitals) is the server's to apply: the client keeps any value,
    // so a code the server learns to accept tomorrow needs no new release.
    for code in ["usa", "U", "u5"] {
        assert_eq!(CountryCode::from(code).as_str(), code);
    }
    assert_eq!(CurrencyCode::from("usd").to_string(), "usd");

    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;
    client(&server)
        .customers_metrics()
        .filter_country(vec![CountryCode::from("US"), CountryCode::from("usa")])
        .send()
        .await
        .expect("the codes are sent");
    assert_eq!(
        query_pairs(&only_request(&server).await),
        pairs(&[("filter[country][]", "US"), ("filter[country][]", "usa")])
    );
}

#[tokio::test]
async fn an_undocumented_environment_is_rejected_and_a_long_search_is_sent() {
    let server = MockServer::start().await;
    answer(&server, json(200, DOC_METRICS)).await;
    let client = client(&server);

    let env = client.customers_metrics().environment(2).send().await;
    refused(&server, env, "environment").await;

    // The spec's 255-character limit is the server's to apply: the value goes out as given.
    let long = "é".repeat(256);
    client
        .customers_metrics()
        .search(long.as_str())
        .send()
        .await
        .expect("the search is sent");
    assert_eq!(
        query_pairs(&only_request(&server).await),
        pairs(&[("search", long.as_str())])
    );
}

#[test]
fn the_default_base_url_and_an_empty_key() {
    let client = Client::new(KEY).unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    assert_eq!(client.base_url(), "https://api.qonversion.io/v1/analytics");
    assert_eq!(Client::new("").unwrap_err(), ConfigError::InvalidCredential);
    let custom = Client::with_options(
        KEY,
        ClientOptions::new().base_url("http://127.0.0.1:9/v1/analytics/"),
    )
    .unwrap();
    assert_eq!(custom.base_url(), "http://127.0.0.1:9/v1/analytics");
    assert!(
        !custom.base_url().contains(KEY),
        "the key is not stored in the URL"
    );
}
