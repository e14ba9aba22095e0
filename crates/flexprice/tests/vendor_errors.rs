//! Error bodies as Flexprice sends them: the flat shape of current servers (as the vendor's
//! published spec describes it), the nested legacy shape, and bodies that are neither. The
//! code and the message are never lost; what does not decode keeps its status and bytes.

mod common;

use common::*;
use flexprice::types::{ErrorCode, ErrorResponse};
use flexprice::{Error, ErrorBody};
use wiremock::{MockServer, ResponseTemplate};

/// One call answered with `response` (retries off); the error it returned.
async fn error_for(response: ResponseTemplate) -> Error {
    let server = MockServer::start().await;
    answer(&server, response).await;
    let err = client(&server)
        .get_customer()
        .id(CUSTOMER)
        .send()
        .await
        .expect_err("an error status");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), CUSTOMER_PATH);
    assert_headers(&request);
    err
}

fn decoded(err: &Error) -> &ErrorResponse {
    match err {
        Error::Api(api) => match &api.body {
            ErrorBody::Decoded(body) => body,
            ErrorBody::Raw(raw) => panic!("undecoded body: {:?}", String::from_utf8_lossy(raw)),
        },
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn the_flat_shape_decodes_with_code_message_status_and_details() {
    let err = error_for(json(
        404,
        r#"{"code":"not_found","message":"customer not found","http_status_code":404,"details":{"id":"cust_01HZX8K2"}}"#,
    ))
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let body = decoded(&err);
    assert!(!body.is_legacy());
    assert_eq!(body.code(), Some(&ErrorCode::NotFound));
    assert_eq!(body.message(), Some("customer not found"));
    assert_eq!(body.http_status_code(), Some(404));
    assert_eq!(body.details().unwrap()["id"], "cust_01HZX8K2");
    assert_eq!(body.internal_error(), None);
    let shown = format!("{err}");
    assert!(shown.contains("customer not found"), "{shown}");
}

#[tokio::test]
async fn a_flat_body_without_details_decodes() {
    let err = error_for(json(
        400,
        r#"{"code":"validation_error","message":"id is required","http_status_code":400}"#,
    ))
    .await;
    let body = decoded(&err);
    assert_eq!(body.code(), Some(&ErrorCode::ValidationError));
    assert_eq!(body.message(), Some("id is required"));
    assert!(body.details().is_none());
}

#[tokio::test]
async fn a_code_the_client_does_not_know_is_kept() {
    let err = error_for(json(
        409,
        r#"{"code":"quota_exceeded","message":"too many customers","http_status_code":409}"#,
    ))
    .await;
    let body = decoded(&err);
    assert_eq!(
        body.code(),
        Some(&ErrorCode::Unknown("quota_exceeded".to_string()))
    );
    assert_eq!(body.code().unwrap().as_str(), "quota_exceeded");
    assert_eq!(body.message(), Some("too many customers"));
}

#[tokio::test]
async fn the_legacy_shape_decodes_into_the_same_type() {
    let err = error_for(json(
        500,
        r#"{"success":false,"error":{"message":"internal server error","internal_error":"database: connection reset"}}"#,
    ))
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    let body = decoded(&err);
    assert!(body.is_legacy());
    assert_eq!(body.code(), None);
    assert_eq!(body.message(), Some("internal server error"));
    assert_eq!(body.internal_error(), Some("database: connection reset"));
}

#[tokio::test]
async fn a_json_body_of_neither_shape_keeps_status_and_bytes() {
    let raw = r#"{"status":"error","reason":"gateway timeout"}"#;
    let err = error_for(json(504, raw)).await;
    assert_raw_api_error(&err, 504, raw.as_bytes());
    assert_eq!(err.raw_body(), Some(raw.as_bytes()));
}

#[tokio::test]
async fn a_non_json_body_keeps_status_and_bytes() {
    let raw = "<html><body>502 Bad Gateway</body></html>";
    let err = error_for(html_page(502, raw)).await;
    assert_raw_api_error(&err, 502, raw.as_bytes());
    assert!(err.api_error().is_none());
}
