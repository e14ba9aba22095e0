//! Redirects and echoed keys: the bearer key never reaches another origin, the invoice
//! file still downloads from its file host (without the key), and errors never print it.

mod common;

use billing_v2::{Client, ClientOptions, RetryPolicy};
use common::{CUSTOMER, KEY, PROJECT};
use wire_test_support::{assert_no_secret, only_request, redirect_to};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(api: &MockServer) -> Client {
    Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("{}/v2", api.uri()))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap()
}

fn file_path() -> String {
    format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}/invoices/inv_1/file")
}

#[tokio::test]
async fn the_invoice_file_downloads_from_the_file_host_without_the_key() {
    let api = MockServer::start().await;
    let files = MockServer::start().await;
    Mock::given(path(file_path()))
        .respond_with(redirect_to(
            302,
            &format!("{}/signed/inv_1.pdf?sig=abc", files.uri()),
        ))
        .mount(&api)
        .await;
    Mock::given(path("/signed/inv_1.pdf"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"%PDF-1.7 file".to_vec()))
        .mount(&files)
        .await;
    let response = client(&api)
        .get_invoice_file()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .invoice_id("inv_1")
        .send()
        .await
        .unwrap();
    let chunks: Vec<bytes::Bytes> =
        futures::TryStreamExt::try_collect(response.into_inner().into_inner())
            .await
            .unwrap();
    assert_eq!(chunks.concat(), b"%PDF-1.7 file");
    assert_eq!(
        only_request(&api)
            .await
            .headers
            .get("authorization")
            .unwrap(),
        format!("Bearer {KEY}").as_str()
    );
    let at_files = only_request(&files).await;
    assert_eq!(at_files.url.query(), Some("sig=abc"));
    assert_no_secret(&at_files, KEY);
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_the_key() {
    let api = MockServer::start().await;
    let moved = format!("/v2/projects/{PROJECT}/files/inv_1");
    Mock::given(path(file_path()))
        .respond_with(redirect_to(302, &moved))
        .mount(&api)
        .await;
    Mock::given(path(moved.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"pdf".to_vec()))
        .mount(&api)
        .await;
    client(&api)
        .get_invoice_file()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .invoice_id("inv_1")
        .send()
        .await
        .unwrap();
    let seen = api.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[1].headers.get("authorization").unwrap(),
        format!("Bearer {KEY}").as_str()
    );
}

#[tokio::test]
async fn an_error_echoing_the_key_does_not_print_it() {
    let api = MockServer::start().await;
    let p = format!("/v2/projects/{PROJECT}/customers/{CUSTOMER}");
    Mock::given(path(p.as_str()))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "object": "error",
            "type": "authentication_error",
            "message": format!("Invalid API key: {KEY}"),
            "retryable": false,
        })))
        .mount(&api)
        .await;
    let err = client(&api)
        .get_customer()
        .project_id(PROJECT)
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 401);
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains(KEY), "{printed}");
    assert!(printed.contains("<redacted>"), "{printed}");
}
