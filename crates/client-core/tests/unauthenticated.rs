//! Operations a spec declares with `security: []` go out without the client's credential;
//! every other operation carries it. A loopback server records what arrived.

use client_core::{Auth, ClientOptions, Secret, execute, operation};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "sk_live_ANON_5678";

#[tokio::test]
async fn only_the_listed_operations_go_without_the_credential() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    for auth in [
        Auth::Bearer(Secret::new(KEY)),
        Auth::Header("x-api-key", Secret::new(KEY)),
    ] {
        let parts = ClientOptions::new()
            .base_url(server.uri())
            .build("http://unused.invalid", &auth, "auth-test", None)
            .unwrap();
        let runtime = parts
            .runtime
            .with_unauthenticated_operations(&["get_health"]);
        for op in ["get_health", "get_thing"] {
            let request = parts
                .http_client
                .get(format!("{}/{op}", parts.base_url))
                .build()
                .unwrap();
            let response = execute(&runtime, &parts.http_client, request, &operation(op))
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
        }
    }
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.len(), 4);
    for r in received {
        let carries_key = r
            .headers
            .iter()
            .any(|(_, v)| v.as_bytes().windows(KEY.len()).any(|w| w == KEY.as_bytes()));
        let anonymous = r.url.path() == "/get_health";
        assert_eq!(
            carries_key, !anonymous,
            "{}: credential sent = {carries_key}",
            r.url
        );
    }
}
