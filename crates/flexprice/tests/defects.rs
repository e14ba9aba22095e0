//! What the published spec gets unusual, on the loopback wire: the invoice PDF is bytes,
//! writes with an `idempotency_key` body field carry one key across retries (and may be
//! retried), writes without one are not retried after they may have reached the server.

mod common;

use common::*;
use flexprice::types::{CreateCustomerRequest, TopUpWalletRequest, TransactionReason};
use flexprice::{Client, ClientOptions};
use futures::TryStreamExt;
use serde_json::json;
use wiremock::MockServer;

fn retrying(server: &MockServer) -> Client {
    client_with(server, ClientOptions::new().retry_policy(fast_retries()))
}

#[tokio::test]
async fn the_invoice_pdf_comes_back_as_bytes() {
    let server = MockServer::start().await;
    let pdf: Vec<u8> = b"%PDF-1.7\n\x00\xff\x10binary\n%%EOF".to_vec();
    mount(
        &server,
        "GET",
        "/v1/invoices/inv_1/pdf",
        wiremock::ResponseTemplate::new(200).set_body_raw(pdf.clone(), "application/pdf"),
    )
    .await;
    let answer = client(&server)
        .get_invoice_pdf()
        .id("inv_1")
        .send()
        .await
        .expect("a 200 is a success");
    assert_eq!(answer.status().as_u16(), 200);
    let mut body = answer.into_inner_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = body.try_next().await.expect("the body reads") {
        bytes.extend_from_slice(&chunk);
    }
    assert_eq!(&bytes[..], &pdf[..], "the bytes, untouched");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/invoices/inv_1/pdf");
    assert_eq!(header(&request, "x-api-key"), Some(KEY));
}

fn top_up() -> TopUpWalletRequest {
    TopUpWalletRequest::builder()
        .transaction_reason(TransactionReason::PurchasedCreditInvoiced)
        .amount(Some("10".to_string()))
        .try_into()
        .expect("a valid body")
}

#[tokio::test]
async fn a_write_with_an_idempotency_key_field_gets_one_key_kept_across_retries() {
    let server = MockServer::start().await;
    let p = "/v1/wallets/wal_1/top-up";
    mount_times(
        &server,
        "POST",
        p,
        2,
        json(503, r#"{"code":"service_unavailable"}"#),
    )
    .await;
    mount(&server, "POST", p, json(200, "{}")).await;

    retrying(&server)
        .top_up_wallet()
        .id("wal_1")
        .body(top_up())
        .send()
        .await
        .expect("the third attempt succeeds");

    let sent = requests(&server).await;
    assert_eq!(sent.len(), 3, "a POST carrying a key is retried");
    let keys: Vec<String> = sent
        .iter()
        .map(|r| {
            body_json(r)["idempotency_key"]
                .as_str()
                .expect("a key is sent")
                .to_string()
        })
        .collect();
    assert_eq!(keys[0].len(), 36, "a v4 UUID: {}", keys[0]);
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "one key per call: {keys:?}"
    );
    assert_eq!(body_json(&sent[0])["amount"], json!("10"));

    // A second call is another logical write: another key.
    retrying(&server)
        .top_up_wallet()
        .id("wal_1")
        .body(top_up())
        .send()
        .await
        .expect("succeeds");
    let last = requests(&server).await.pop().expect("a fourth request");
    assert_ne!(body_json(&last)["idempotency_key"], json!(keys[0]));
}

#[tokio::test]
async fn a_key_the_caller_set_is_sent_as_is() {
    let server = MockServer::start().await;
    mount(&server, "POST", "/v1/wallets/wal_1/top-up", json(200, "{}")).await;
    client(&server)
        .top_up_wallet()
        .id("wal_1")
        .body(top_up())
        .body_map(|b| b.idempotency_key(Some("order-7731".to_string())))
        .send()
        .await
        .expect("succeeds");
    let request = only_request(&server).await;
    assert_eq!(body_json(&request)["idempotency_key"], json!("order-7731"));
}

#[tokio::test]
async fn a_write_without_a_key_is_not_retried_after_a_503() {
    let server = MockServer::start().await;
    mount(
        &server,
        "POST",
        "/v1/customers",
        json(503, r#"{"code":"service_unavailable","message":"busy"}"#),
    )
    .await;
    let body: CreateCustomerRequest = CreateCustomerRequest::builder()
        .external_id("user-42".to_string())
        .name("Ada".to_string())
        .try_into()
        .expect("a valid body");
    let err = retrying(&server)
        .create_customer()
        .body(body)
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await.len(), 1, "sent once");
    assert!(
        body_json(&only_request(&server).await)
            .get("idempotency_key")
            .is_none()
    );
}

#[tokio::test]
async fn a_path_and_a_query_parameter_named_id_both_go_out_as_id() {
    let server = MockServer::start().await;
    mount(
        &server,
        "GET",
        "/v1/wallets/wal_1/transactions",
        json(
            200,
            r#"{"items":[],"pagination":{"limit":10,"offset":0,"total":0}}"#,
        ),
    )
    .await;
    client(&server)
        .get_wallet_transactions()
        .id("wal_1")
        .query_id("txn_9")
        .send()
        .await
        .expect("an empty page decodes");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/wallets/wal_1/transactions");
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    assert_eq!(query, [("id".to_string(), "txn_9".to_string())]);
}

#[tokio::test]
async fn the_query_parameter_named_dash_is_sent_under_its_own_name() {
    let server = MockServer::start().await;
    mount(&server, "GET", "/v1/customers/wallets", json(200, "[]")).await;
    let wallets = client(&server)
        .get_customer_wallets()
        .id("cus_1")
        .x(7)
        .send()
        .await
        .expect("an empty list decodes");
    assert!(wallets.is_empty());
    let request = only_request(&server).await;
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    assert!(
        query.contains(&("-".to_string(), "7".to_string())),
        "sent as `-`: {query:?}"
    );
    assert!(query.contains(&("id".to_string(), "cus_1".to_string())));
}
