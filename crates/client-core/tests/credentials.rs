//! Which requests carry the client's credential: every one, but those of the operations the
//! spec marks `security: []` ([`Runtime::with_unauthenticated_operations`]), checked on
//! what a loopback server received.

use client_core::{Auth, ClientOptions, Secret, execute, operation};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "sk_credential_test_123";

#[tokio::test]
async fn an_unauthenticated_operation_sends_no_credential() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    for auth in [
        Auth::Bearer(Secret::new(KEY)),
        Auth::Header("x-api-key", Secret::new(KEY)),
    ] {
        let parts = ClientOptions::new()
            .base_url(server.uri())
            .build("https://unused.invalid", &auth, "test/1", None)
            .expect("options build");
        let runtime = parts.runtime.with_unauthenticated_operations(&["health"]);
        for id in ["health", "get_thing"] {
            let request = parts
                .http_client
                .get(format!("{}/{id}", parts.base_url))
                .build()
                .unwrap();
            let info = operation(id);
            let response = execute(&runtime, &parts.http_client, request, &info)
                .await
                .expect("the server answers");
            assert_eq!(response.status(), 204);
        }
    }
    let received = server.received_requests().await.unwrap();
    let credential = |i: usize| {
        let headers = &received[i].headers;
        (
            headers
                .get("authorization")
                .map(|v| v.to_str().unwrap().to_string()),
            headers
                .get("x-api-key")
                .map(|v| v.to_str().unwrap().to_string()),
        )
    };
    assert_eq!(received.len(), 4);
    // Bearer: `health` without, `get_thing` with.
    assert_eq!(received[0].url.path(), "/health");
    assert_eq!(credential(0), (None, None));
    assert_eq!(credential(1), (Some(format!("Bearer {KEY}")), None));
    // A header key: the same.
    assert_eq!(credential(2), (None, None));
    assert_eq!(credential(3), (None, Some(KEY.to_string())));
}
