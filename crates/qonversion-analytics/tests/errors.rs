//! Error answers: no documented format, so a JSON object is the open map and anything
//! else is kept raw, always with the status. The key (in the URL path) never shows.

mod common;

use std::time::Duration;

use common::*;
use qonversion_analytics::types::CustomerStatusCode;
use qonversion_analytics::{ApiError, Client, ClientOptions, Error, ErrorBody, RetryPolicy};
use serde_json::json as j;
use wiremock::{MockServer, ResponseTemplate};

/// One call with retries off against a server answering `response`; exactly one request.
async fn error_for(response: ResponseTemplate) -> Error {
    let server = MockServer::start().await;
    answer(&server, response).await;
    let err = client(&server)
        .customers_metrics()
        .send()
        .await
        .expect_err("an error status");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), METRICS_PATH);
    assert_headers(&request);
    err
}

/// A JSON object error body with `x-request-id: req_<status>`.
async fn json_error(status: u16, body: serde_json::Value) -> Error {
    let err = error_for(
        ResponseTemplate::new(status)
            .set_body_json(&body)
            .insert_header("x-request-id", format!("req_{status}").as_str()),
    )
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    assert_eq!(err.request_id(), Some(format!("req_{status}").as_str()));
    let decoded = err
        .api_error()
        .expect("a JSON object decodes as the open map");
    assert_eq!(serde_json::Value::Object(decoded.0.clone()), body);
    assert!(err.raw_body().is_none());
    assert!(!everything_shown(&err).contains(KEY), "{err:?}");
    err
}

#[tokio::test]
async fn a_400_json_object_decodes_as_the_open_map() {
    let err = json_error(
        400,
        j!({"error": "invalid filter", "field": "filter[since][]", "code": 1001}),
    )
    .await;
    let body = err.api_error().unwrap();
    assert_eq!(body.get("error"), Some(&j!("invalid filter")));
    assert_eq!(body.get("code"), Some(&j!(1001)));
    assert!(err.to_string().contains("400"), "{err}");
}

#[tokio::test]
async fn a_401_json_object_decodes_as_the_open_map() {
    let err = json_error(401, j!({"message": "Invalid project key"})).await;
    assert_eq!(
        err.api_error().unwrap().get("message"),
        Some(&j!("Invalid project key"))
    );
}

#[tokio::test]
async fn a_404_json_object_decodes_as_the_open_map() {
    let err = json_error(
        404,
        j!({"errors": [{"detail": "project not found"}], "status": 404}),
    )
    .await;
    assert_eq!(
        err.api_error().unwrap()["errors"][0]["detail"],
        j!("project not found")
    );
}

#[tokio::test]
async fn a_429_json_object_decodes_with_retries_off() {
    let err = error_for(
        ResponseTemplate::new(429)
            .set_body_json(j!({"message": "Too many requests"}))
            .insert_header("retry-after", "1"),
    )
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(
        err.api_error().unwrap().get("message"),
        Some(&j!("Too many requests"))
    );
    assert_eq!(
        err.headers().and_then(|h| h.get("retry-after")).unwrap(),
        "1"
    );
}

#[tokio::test]
async fn a_500_json_object_decodes_as_the_open_map() {
    let err = json_error(500, j!({"success": false, "data": null})).await;
    assert_eq!(err.api_error().unwrap().get("data"), Some(&j!(null)));
}

#[tokio::test]
async fn a_non_json_502_is_kept_raw_with_its_status() {
    let html = "<html>bad gateway</html>";
    let err = error_for(html_page(502, html).insert_header("x-request-id", "req_502")).await;

    let api = assert_raw_api_error(&err, 502, html.as_bytes());
    assert_eq!(api.request_id.as_deref(), Some("req_502"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(err.raw_body(), Some(html.as_bytes()));
    assert!(err.api_error().is_none());
    assert!(err.to_string().contains("502"), "{err}");
    assert!(!everything_shown(&err).contains(KEY));
}

#[tokio::test]
async fn json_that_is_not_an_object_is_kept_raw() {
    let body = r#"["unauthorized"]"#;
    let err = error_for(json(401, body)).await;
    assert!(matches!(
        err,
        Error::Api(ApiError {
            body: ErrorBody::Raw(_),
            ..
        })
    ));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(err.raw_body(), Some(body.as_bytes()));
}

#[tokio::test]
async fn an_empty_error_body_is_kept_raw() {
    let err = error_for(ResponseTemplate::new(403)).await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(err.raw_body(), Some(&b""[..]));
    assert!(err.api_error().is_none());
}

#[tokio::test]
async fn debug_of_the_client_and_of_a_builder_never_shows_the_key() {
    let server = MockServer::start().await;
    let client = client(&server);

    assert_redacted(&client, &[KEY, "SECRET"]);

    let builder = format!("{:?}", client.customers_metrics());
    assert!(!builder.contains(KEY), "{builder}");
    assert!(!builder.contains("SECRET"), "{builder}");
    let busy = format!(
        "{:?}",
        client
            .customers_metrics()
            .filter_since([1, 2])
            .filter_status(vec![CustomerStatusCode::X2])
            .search("q")
    );
    assert!(!busy.contains("SECRET"), "{busy}");
}

#[tokio::test]
async fn a_refused_connection_never_shows_the_key_in_the_url() {
    let port = closed_port();
    let client = Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v1/analytics"))
            .retry_policy(RetryPolicy::none()),
    )
    .unwrap();

    let err = client.customers_metrics().send().await.unwrap_err();

    assert_connect_failure(&err);
    assert_hidden(&everything_shown(&err), &[KEY, "SECRET"]);
}

#[tokio::test]
async fn a_timeout_never_shows_the_key_in_the_url() {
    let server = MockServer::start().await;
    answer(
        &server,
        json(200, DOC_METRICS).set_delay(Duration::from_secs(5)),
    )
    .await;
    let client = Client::with_options(
        KEY,
        options(&server)
            .retry_policy(RetryPolicy::none())
            .timeout(Duration::from_millis(200)),
    )
    .unwrap();

    let err = client.customers_metrics().send().await.unwrap_err();

    match &err {
        Error::Transport { source, .. } => {
            assert!(source.is_timeout(), "{source:?}");
            assert!(source.url().is_none());
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
    assert_eq!(requests(&server).await.len(), 1);
    assert_hidden(&everything_shown(&err), &[KEY, "SECRET"]);
}
