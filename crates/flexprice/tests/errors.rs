//! Error answers decode into the Flexprice error body; secrets never show in errors.

mod common;

use common::*;
use flexprice::{ApiError, Client, ClientOptions, Error, ErrorBody, RetryPolicy};
use wiremock::{MockServer, ResponseTemplate};

/// One call with retries off against a server answering `response`; exactly one request.
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

/// The documented error body with `x-request-id: req_<status>`; checks the decoded
/// message and internal error, the status, the request id, and that no key shows.
async fn documented_error(status: u16, message: &str, internal: &str) -> Error {
    let body = serde_json::json!({
        "success": false,
        "error": {"message": message, "internal_error": internal}
    });
    let err = error_for(
        ResponseTemplate::new(status)
            .set_body_json(&body)
            .insert_header("x-request-id", format!("req_{status}").as_str()),
    )
    .await;
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    assert_eq!(err.request_id(), Some(format!("req_{status}").as_str()));
    let decoded = err.api_error().expect("the documented body decodes");
    assert!(decoded.is_legacy());
    assert_eq!(decoded.message(), Some(message));
    assert_eq!(decoded.internal_error(), Some(internal));
    assert!(err.raw_body().is_none());
    let shown = everything_shown(&err);
    assert!(shown.contains(message), "{shown}");
    assert!(!shown.contains(KEY), "{shown}");
    err
}

#[tokio::test]
async fn a_400_decodes() {
    documented_error(400, "invalid customer id", "validation failed: id").await;
}

#[tokio::test]
async fn a_401_decodes_and_never_shows_the_key() {
    let err = documented_error(401, "unauthorized", "invalid api key").await;
    assert!(!format!("{err} {err:?}").contains("SECRET"));
}

#[tokio::test]
async fn a_404_decodes() {
    let err = documented_error(404, "customer not found", "item not found").await;
    match &err {
        Error::Api(ApiError {
            status,
            body: ErrorBody::Decoded(body),
            ..
        }) => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(body.message(), Some("customer not found"));
        }
        other => panic!("expected a decoded Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn a_409_decodes() {
    documented_error(409, "conflict", "version mismatch").await;
}

#[tokio::test]
async fn a_429_decodes_with_retries_off() {
    let err = error_for(
        json(
            429,
            r#"{"success":false,"error":{"message":"rate limit exceeded","internal_error":"too many requests"}}"#,
        )
        .insert_header("retry-after", "1"),
    )
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    let decoded = err.api_error().unwrap();
    assert_eq!(decoded.message(), Some("rate limit exceeded"));
    assert_eq!(decoded.internal_error(), Some("too many requests"));
    assert_eq!(
        err.headers().and_then(|h| h.get("retry-after")).unwrap(),
        "1"
    );
}

#[tokio::test]
async fn a_500_decodes() {
    documented_error(500, "internal server error", "database: connection reset").await;
}

#[tokio::test]
async fn extra_fields_in_an_error_body_are_ignored() {
    let err = error_for(json(
        404,
        r#"{"success":false,"error":{"message":"customer not found","internal_error":"not found","code":"not_found","details":{"id":"cust_01HZX8K2"}},"request_id":"abc","status":404}"#,
    ))
    .await;
    let decoded = err.api_error().expect("extra fields do not break decoding");
    assert!(decoded.is_legacy());
    assert_eq!(decoded.message(), Some("customer not found"));
    assert_eq!(err.request_id(), None, "only headers give the request id");
}

#[tokio::test]
async fn a_non_json_error_body_is_kept_raw_with_its_status() {
    let html = "<html>bad gateway</html>";
    let err = error_for(html_page(502, html).insert_header("x-request-id", "req_502")).await;
    assert_raw_api_error(&err, 502, html.as_bytes());
    assert_eq!(err.raw_body(), Some(html.as_bytes()));
    assert_eq!(err.request_id(), Some("req_502"));
}

#[tokio::test]
async fn an_error_of_another_shape_is_kept_raw() {
    // `error` as a bare string is not the documented object.
    let body = r#"{"success":false,"error":"boom"}"#;
    let err = error_for(json(400, body)).await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert!(err.api_error().is_none());
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
}

#[tokio::test]
async fn debug_of_the_client_never_shows_the_key() {
    let server = MockServer::start().await;
    for client in [
        client(&server),
        Client::new(KEY).unwrap(),
        Client::for_region(KEY, flexprice::Region::India).unwrap(),
    ] {
        assert_redacted(&client, &[KEY, "SECRET"]);
        let builder = format!("{:?}", client.get_customer().id(CUSTOMER));
        assert!(!builder.contains("SECRET"), "{builder}");
    }
}

#[tokio::test]
async fn a_connection_failure_is_a_transport_error_without_the_key() {
    let port = closed_port();
    let client = Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v1"))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();

    let err = client.get_customer().id(CUSTOMER).send().await.unwrap_err();

    assert_connect_failure(&err);
    assert_hidden(&everything_shown(&err), &[KEY, "SECRET"]);
}
