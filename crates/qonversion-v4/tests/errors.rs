//! Error answers decode into the v4 error envelope; secrets never show in errors.

mod common;

use common::*;
use qonversion_v4::types::{ErrorCode, ErrorType};
use qonversion_v4::{ApiError, Client, ClientOptions, Error, ErrorBody, RetryPolicy};
use wiremock::{MockServer, ResponseTemplate};

/// Answers the customer with `status` and `body` (plus `x-request-id: req_<status>`) and
/// returns the error of one call with retries off, checking exactly one request was sent.
async fn error_for(response: ResponseTemplate) -> Error {
    let server = MockServer::start().await;
    answer(&server, response).await;
    let err = client(&server)
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .expect_err("an error status");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), CUSTOMER_PATH);
    assert_headers(&request);
    err
}

fn with_id(status: u16, body: &str) -> ResponseTemplate {
    json(status, body).insert_header("x-request-id", format!("req_{status}").as_str())
}

#[tokio::test]
async fn a_400_decodes_with_field_details() {
    let err = error_for(with_id(
        400,
        r#"{"error":{"type":"request","code":"invalid_request","message":"Invalid customer id","details":[{"field":"customer_id","message":"must not be blank"},{"field":"limit","message":"must be 1..100"}]}}"#,
    ))
    .await;

    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.request_id(), Some("req_400"));
    let body = err.api_error().expect("decoded envelope");
    assert_eq!(body.error.type_, ErrorType::Request);
    assert_eq!(body.error.code, ErrorCode::InvalidRequest);
    assert_eq!(body.error.message, "Invalid customer id");
    let details: Vec<_> = body
        .error
        .details
        .iter()
        .map(|d| (d.field.as_deref(), d.message.as_deref()))
        .collect();
    assert_eq!(
        details,
        [
            (Some("customer_id"), Some("must not be blank")),
            (Some("limit"), Some("must be 1..100"))
        ]
    );
    assert!(err.raw_body().is_none(), "decoded, so no raw body");
    let shown = err.to_string();
    assert!(shown.contains("400"), "{shown}");
    assert!(shown.contains("req_400"), "{shown}");
}

#[tokio::test]
async fn a_401_decodes_as_control_unauthorized_without_details() {
    let err = error_for(with_id(
        401,
        r#"{"error":{"type":"request","code":"control_unauthorized","message":"Invalid or missing Secret Key"}}"#,
    ))
    .await;

    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(err.request_id(), Some("req_401"));
    let body = err.api_error().expect("decoded envelope");
    assert_eq!(body.error.code, ErrorCode::ControlUnauthorized);
    assert_eq!(body.error.type_, ErrorType::Request);
    assert_eq!(body.error.message, "Invalid or missing Secret Key");
    assert!(
        body.error.details.is_empty(),
        "absent details decode as empty"
    );
    // The key the request carried never shows in the error.
    assert!(!err.to_string().contains(KEY));
    assert!(!format!("{err:?}").contains(KEY));
}

#[tokio::test]
async fn a_403_decodes_as_control_forbidden() {
    let err = error_for(with_id(
        403,
        r#"{"error":{"type":"request","code":"control_forbidden","message":"Not allowed"}}"#,
    ))
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(
        err.api_error().unwrap().error.code,
        ErrorCode::ControlForbidden
    );
}

#[tokio::test]
async fn a_404_decodes_as_not_found() {
    let err = error_for(with_id(
        404,
        r#"{"error":{"type":"resource","code":"not_found","message":"Customer not found"}}"#,
    ))
    .await;

    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.request_id(), Some("req_404"));
    let body = err.api_error().expect("decoded envelope");
    assert_eq!(body.error.type_, ErrorType::Resource);
    assert_eq!(body.error.code, ErrorCode::NotFound);
    assert_eq!(body.error.message, "Customer not found");
    match &err {
        Error::Api(ApiError {
            status,
            request_id,
            body: ErrorBody::Decoded(_),
            ..
        }) => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(request_id.as_deref(), Some("req_404"));
        }
        other => panic!("expected a decoded Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn a_429_with_retries_off_is_one_request_and_keeps_retry_after() {
    let err = error_for(
        with_id(
            429,
            r#"{"error":{"type":"request","code":"invalid_request","message":"Too many requests"}}"#,
        )
        .insert_header("retry-after", "30"),
    )
    .await;

    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(err.request_id(), Some("req_429"));
    let body = err.api_error().expect("decoded envelope");
    assert_eq!(body.error.code, ErrorCode::InvalidRequest);
    assert_eq!(body.error.message, "Too many requests");
    assert_eq!(
        err.headers().and_then(|h| h.get("retry-after")).unwrap(),
        "30"
    );
}

#[tokio::test]
async fn a_500_decodes_as_an_internal_error() {
    let err = error_for(with_id(
        500,
        r#"{"error":{"type":"internal","code":"storage_error","message":"Storage unavailable"}}"#,
    ))
    .await;

    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.request_id(), Some("req_500"));
    let body = err.api_error().expect("decoded envelope");
    assert_eq!(body.error.type_, ErrorType::Internal);
    assert_eq!(body.error.code, ErrorCode::StorageError);
    assert_eq!(body.error.message, "Storage unavailable");
}

#[tokio::test]
async fn a_non_json_error_body_is_kept_raw_with_its_status() {
    let html = "<html>bad gateway</html>";
    let err = error_for(html_page(502, html).insert_header("x-request-id", "req_502")).await;

    assert_raw_api_error(&err, 502, html.as_bytes());
    assert_eq!(err.raw_body(), Some(html.as_bytes()));
    assert_eq!(err.request_id(), Some("req_502"));
    assert!(err.api_error().is_none());
}

#[tokio::test]
async fn an_envelope_missing_required_fields_is_kept_raw() {
    // `message` is required by the envelope: a body without it cannot be the typed error.
    let body = r#"{"error":{"type":"request","code":"invalid_request"}}"#;
    let err = error_for(json(400, body)).await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert!(err.api_error().is_none());
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
    assert_eq!(err.request_id(), None, "the server sent none");
}

#[tokio::test]
async fn a_status_outside_the_spec_is_unexpected_status() {
    let err = error_for(ResponseTemplate::new(304).insert_header("x-request-id", "req_304")).await;
    match &err {
        Error::UnexpectedStatus { status, .. } => assert_eq!(status.as_u16(), 304),
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    assert_eq!(err.request_id(), Some("req_304"));
}

#[tokio::test]
async fn an_undeclared_2xx_without_a_body_is_a_decode_error_of_that_status() {
    // Every 2xx is a success; one with no body cannot be the customer.
    let err = error_for(ResponseTemplate::new(204).insert_header("x-request-id", "req_204")).await;
    assert_decode_error(&err, 204, b"");
    assert_eq!(err.request_id(), Some("req_204"));
}

#[tokio::test]
async fn debug_of_the_client_never_shows_the_key() {
    let server = MockServer::start().await;
    let client = client(&server);
    assert_redacted(&client, &[KEY, "SECRET"]);
    let builder = format!("{:?}", client.v4_get_customer().customer_id(CUSTOMER));
    assert!(!builder.contains("SECRET"), "{builder}");
    let sandbox = Client::new("test_sk_SECRET_abc").unwrap();
    assert!(!format!("{sandbox:?}").contains("SECRET"));
}

#[tokio::test]
async fn a_connection_failure_is_a_transport_error_without_the_key() {
    let port = closed_port();
    let client = Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v4"))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();

    let err = client
        .v4_get_customer()
        .customer_id(CUSTOMER)
        .send()
        .await
        .unwrap_err();

    assert_connect_failure(&err);
    assert_eq!(err.status(), None);
    assert_hidden(&everything_shown(&err), &[KEY, "SECRET"]);
}
