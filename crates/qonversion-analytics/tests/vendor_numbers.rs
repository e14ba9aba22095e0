//! Metric values in every form a JSON number can take: whole, fractional (some counters are
//! rates), exponent form, numeric strings, and integers beyond `i64`. None fails decoding.

mod common;

use common::*;
use qonversion_analytics::{LenientF64, LenientNumber};
use wiremock::MockServer;

/// The metrics a server answering `body` decodes to.
async fn metrics(body: &str) -> qonversion_analytics::types::CustomersMetrics {
    let server = MockServer::start().await;
    answer(&server, json(200, body)).await;
    let response = client(&server)
        .customers_metrics()
        .send()
        .await
        .unwrap_or_else(|e| panic!("{body} decodes: {e}"));
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), METRICS_PATH);
    assert_headers(&request);
    response.into_inner().data
}

#[tokio::test]
async fn fractional_counters_decode() {
    let m = metrics(
        r#"{"data":{"clientsWithEvent":15420,"activeSubscribers":4230,"churnedSubscribers":0.043,
        "activeTrials":820,"canceledTrials":0.35,"billingRetry":120,"avgPaymentCount":2.4,
        "avgPrice":9.95,"sales":380276.24}}"#,
    )
    .await;
    let churned = m.churned_subscribers.unwrap();
    assert_eq!(churned.as_f64(), 0.043);
    assert_eq!(churned.as_i64(), None);
    assert_eq!(m.canceled_trials.unwrap().as_f64(), 0.35);
    assert_eq!(m.clients_with_event.unwrap().as_i64(), Some(15420));
    assert_eq!(m.billing_retry, Some(LenientNumber::from(120)));
}

#[tokio::test]
async fn exponent_forms_decode() {
    let m = metrics(
        r#"{"data":{"clientsWithEvent":1.542e4,"activeSubscribers":4E3,"churnedSubscribers":4.3e-2,
        "avgPaymentCount":2.4e0,"sales":3.8027624e5}}"#,
    )
    .await;
    assert_eq!(m.clients_with_event.unwrap().as_i64(), Some(15420));
    assert_eq!(m.active_subscribers.unwrap().as_i64(), Some(4000));
    assert_eq!(m.churned_subscribers.unwrap().as_f64(), 0.043);
    assert_eq!(m.avg_payment_count, Some(LenientF64(2.4)));
    assert_eq!(m.sales, Some(LenientF64(380276.24)));
}

#[tokio::test]
async fn numeric_strings_decode() {
    let m = metrics(
        r#"{"data":{"clientsWithEvent":"15420","activeSubscribers":" 4230 ","churnedSubscribers":"0.043",
        "activeTrials":"8.2e2","avgPaymentCount":"2.4","avgPrice":"9.95","sales":"3.8027624e5"}}"#,
    )
    .await;
    assert_eq!(m.clients_with_event.unwrap().as_i64(), Some(15420));
    assert_eq!(m.active_subscribers.unwrap().as_i64(), Some(4230));
    assert_eq!(m.churned_subscribers.unwrap().as_f64(), 0.043);
    assert_eq!(m.active_trials.unwrap().as_i64(), Some(820));
    assert_eq!(m.avg_payment_count, Some(LenientF64(2.4)));
    assert_eq!(m.avg_price, Some(LenientF64(9.95)));
    assert_eq!(m.sales, Some(LenientF64(380276.24)));
}

#[tokio::test]
async fn negative_and_huge_counters_decode() {
    let m = metrics(r#"{"data":{"clientsWithEvent":18446744073709551615,"activeSubscribers":-3}}"#)
        .await;
    assert_eq!(
        m.clients_with_event.unwrap().as_f64(),
        18446744073709551615.0
    );
    assert_eq!(m.active_subscribers.unwrap().as_i64(), Some(-3));
}

#[tokio::test]
async fn a_counter_that_is_no_number_is_a_decode_error_with_the_body() {
    let server = MockServer::start().await;
    let body = r#"{"data":{"clientsWithEvent":"many"}}"#;
    answer(&server, json(200, body)).await;
    let err = client(&server)
        .customers_metrics()
        .send()
        .await
        .expect_err("`many` is not a number");
    assert_decode_error(&err, 200, body.as_bytes());
}
