//! A server that echoes the key: nothing the client prints contains it.

use client_core::{Auth, ClientOptions, ClientParts, Secret, get_json};
use serde::Deserialize;
use serde_json::Value;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "sk_live_ECHOED_9876";

fn parts(server: &MockServer, auth: Auth) -> ClientParts {
    ClientOptions::new()
        .build(&server.uri(), &auth, "scrub-test", None)
        .unwrap()
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[allow(dead_code)]
struct ApiErr {
    message: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Count {
    count: u64,
}

fn assert_scrubbed(printed: &str) {
    assert!(!printed.contains(KEY), "the key was printed: {printed}");
}

#[tokio::test]
async fn an_error_echoing_the_key_in_body_headers_and_request_id_prints_no_key() {
    for auth in [
        Auth::Bearer(Secret::new(KEY)),
        Auth::Header("x-api-key", Secret::new(KEY)),
        Auth::Path(Secret::new(KEY)),
    ] {
        let server = MockServer::start().await;
        Mock::given(path("/v1/me"))
            .respond_with(
                ResponseTemplate::new(401)
                    .insert_header("x-request-id", format!("req-{KEY}"))
                    .insert_header("www-authenticate", format!("Bearer realm=\"{KEY}\""))
                    .set_body_raw(
                        format!(r#"{{"message":"invalid key: Bearer {KEY}"}}"#),
                        "application/json",
                    ),
            )
            .mount(&server)
            .await;
        let p = parts(&server, auth);
        let err = get_json::<Value, ApiErr>(
            &p.runtime,
            &p.http_client,
            &format!("{}/v1/me", p.base_url),
            "me",
        )
        .await
        .unwrap_err();
        // Decoded from the scrubbed body: the message is still there, the key is not.
        assert_eq!(
            err.api_error().unwrap().message,
            "invalid key: Bearer <redacted>"
        );
        assert_eq!(err.request_id(), Some("req-<redacted>"));
        assert_scrubbed(&format!("{err} {err:?}"));
    }
}

#[tokio::test]
async fn an_undecodable_body_holding_the_key_prints_no_key() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/raw"))
        .respond_with(
            ResponseTemplate::new(500).set_body_raw(format!("<html>{KEY}</html>"), "text/html"),
        )
        .mount(&server)
        .await;
    // A success body whose wrong-typed value is the key: serde quotes it in its message.
    Mock::given(path("/v1/count"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", KEY)
                .set_body_raw(format!(r#"{{"count":"{KEY}"}}"#), "application/json"),
        )
        .mount(&server)
        .await;
    let p = parts(&server, Auth::Bearer(Secret::new(KEY)));
    let raw = get_json::<Value, ApiErr>(
        &p.runtime,
        &p.http_client,
        &format!("{}/v1/raw", p.base_url),
        "raw",
    )
    .await
    .unwrap_err();
    assert_eq!(raw.raw_body().unwrap(), b"<html><redacted></html>");
    assert_scrubbed(&format!("{raw} {raw:?}"));

    let decode = get_json::<Count, ApiErr>(
        &p.runtime,
        &p.http_client,
        &format!("{}/v1/count", p.base_url),
        "count",
    )
    .await
    .unwrap_err();
    assert!(matches!(decode, client_core::Error::Decode { .. }));
    assert_eq!(decode.request_id(), Some("<redacted>"));
    let printed = format!("{decode} {decode:?}");
    assert!(printed.contains("<redacted>"), "{printed}");
    assert_scrubbed(&printed);
}

#[tokio::test]
async fn a_path_key_never_shows_in_a_transport_error() {
    // Nothing listens on this port once the listener is dropped.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let p = ClientOptions::new()
        .retry_policy(client_core::RetryPolicy::none())
        .build(
            &format!("http://127.0.0.1:{port}"),
            &Auth::Path(Secret::new(KEY)),
            "t",
            None,
        )
        .unwrap();
    let err = get_json::<Value, ApiErr>(
        &p.runtime,
        &p.http_client,
        &format!("{}/v1/{KEY}/metrics", p.base_url),
        "metrics",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, client_core::Error::Transport { .. }),
        "{err:?}"
    );
    assert_scrubbed(&format!("{err} {err:?}"));
}

#[test]
fn debug_of_options_parts_and_runtime_prints_no_key() {
    for auth in [
        Auth::Bearer(Secret::new(KEY)),
        Auth::Header("x-api-key", Secret::new(KEY)),
        Auth::Path(Secret::new(KEY)),
    ] {
        let options = ClientOptions::new().base_url("http://127.0.0.1:9");
        let printed_options = format!("{options:?} {auth:?}");
        let p = options.build("http://x.invalid", &auth, "t", None).unwrap();
        assert_scrubbed(&format!("{printed_options} {p:?} {:?}", p.runtime));
        assert_eq!(p.runtime.scrub(&format!("echo {KEY}")), "echo <redacted>");
    }
}
