//! Redirects never carry a credential, or a `Referer`, to another origin: two loopback
//! servers on different ports stand for the API host and a foreign host.

use client_core::{Auth, ClientOptions, ClientParts, Error, Secret, get_json};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const KEY: &str = "sk_live_REDIRECT_1234";

/// The three ways a client carries its credential.
fn schemes() -> Vec<(&'static str, Auth)> {
    vec![
        ("bearer", Auth::Bearer(Secret::new(KEY))),
        ("header", Auth::Header("x-api-key", Secret::new(KEY))),
        ("path", Auth::Path(Secret::new(KEY))),
    ]
}

fn parts(server: &MockServer, auth: &Auth) -> ClientParts {
    ClientOptions::new()
        .base_url(server.uri())
        .build("http://unused.invalid", auth, "redirect-test", None)
        .unwrap()
}

/// The path the client calls: the key in it for the path scheme, as Analytics does.
fn start_path(auth: &Auth) -> String {
    match auth {
        Auth::Path(_) => format!("/v1/{KEY}/metrics"),
        _ => "/v1/metrics".to_owned(),
    }
}

/// Nothing the foreign host received contains the key, and no `Referer` came with it.
fn assert_clean(request: &Request, scheme: &str) {
    assert!(
        !request.url.as_str().contains(KEY),
        "{scheme}: key in URL {}",
        request.url
    );
    for (name, value) in request.headers.iter() {
        assert!(
            !value
                .as_bytes()
                .windows(KEY.len())
                .any(|w| w == KEY.as_bytes()),
            "{scheme}: key in header {name}"
        );
    }
    for name in ["authorization", "x-api-key", "cookie", "referer"] {
        assert!(
            request.headers.get(name).is_none(),
            "{scheme}: `{name}` reached the other origin"
        );
    }
    assert!(!String::from_utf8_lossy(&request.body).contains(KEY));
}

fn credential_sent(request: &Request, auth: &Auth) -> bool {
    match auth {
        Auth::Bearer(_) => {
            request.headers.get("authorization").map(|v| v.as_bytes())
                == Some(format!("Bearer {KEY}").as_bytes())
        }
        Auth::Header(name, _) => {
            request.headers.get(*name).map(|v| v.as_bytes()) == Some(KEY.as_bytes())
        }
        Auth::Path(_) => request.url.path().contains(KEY),
        _ => false,
    }
}

async fn redirect(server: &MockServer, from: &str, status: u16, to: &str) {
    Mock::given(path(from))
        .respond_with(ResponseTemplate::new(status).insert_header("location", to))
        .mount(server)
        .await;
}

async fn ok(server: &MockServer, at: &str) {
    Mock::given(path(at))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true})))
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_cross_origin_redirect_follows_without_any_credential() {
    for (scheme, auth) in schemes() {
        let api = MockServer::start().await;
        let other = MockServer::start().await;
        let start = start_path(&auth);
        redirect(&api, &start, 302, &format!("{}/landing", other.uri())).await;
        ok(&other, "/landing").await;
        let p = parts(&api, &auth);
        let got: Value = get_json::<Value, Value>(
            &p.runtime,
            &p.http_client,
            &format!("{}{start}", p.base_url),
            "op",
        )
        .await
        .unwrap_or_else(|e| panic!("{scheme}: {e}"))
        .into_inner();
        assert_eq!(got["ok"], true, "{scheme}");
        let at_api = api.received_requests().await.unwrap();
        assert_eq!(at_api.len(), 1);
        assert!(
            credential_sent(&at_api[0], &auth),
            "{scheme}: no credential at the API"
        );
        let at_other = other.received_requests().await.unwrap();
        assert_eq!(at_other.len(), 1, "{scheme}");
        assert_clean(&at_other[0], scheme);
    }
}

#[tokio::test]
async fn every_redirect_status_and_a_chain_back_to_the_api_stay_clean() {
    for status in [301, 302, 303, 307, 308] {
        for (scheme, auth) in schemes() {
            let api = MockServer::start().await;
            let other = MockServer::start().await;
            let start = start_path(&auth);
            // API -> other -> back to the API: the credential, once dropped, stays dropped.
            redirect(&api, &start, status, &format!("{}/hop", other.uri())).await;
            redirect(&other, "/hop", status, &format!("{}/back", api.uri())).await;
            ok(&api, "/back").await;
            let p = parts(&api, &auth);
            get_json::<Value, Value>(
                &p.runtime,
                &p.http_client,
                &format!("{}{start}", p.base_url),
                "op",
            )
            .await
            .unwrap_or_else(|e| panic!("{scheme} {status}: {e}"));
            let at_other = other.received_requests().await.unwrap();
            assert_eq!(at_other.len(), 1);
            assert_clean(&at_other[0], scheme);
            let at_api = api.received_requests().await.unwrap();
            assert_eq!(at_api.len(), 2);
            assert_clean(&at_api[1], scheme);
        }
    }
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_the_credential() {
    for (scheme, auth) in schemes() {
        let api = MockServer::start().await;
        let start = start_path(&auth);
        let moved = match &auth {
            Auth::Path(_) => format!("/v2/{KEY}/metrics"),
            _ => "/v2/metrics".to_owned(),
        };
        // A relative `Location`, as servers often send.
        redirect(&api, &start, 301, &moved).await;
        ok(&api, &moved).await;
        let p = parts(&api, &auth);
        get_json::<Value, Value>(
            &p.runtime,
            &p.http_client,
            &format!("{}{start}", p.base_url),
            "op",
        )
        .await
        .unwrap_or_else(|e| panic!("{scheme}: {e}"));
        let seen = api.received_requests().await.unwrap();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[1].url.path(), moved);
        assert!(
            credential_sent(&seen[1], &auth),
            "{scheme}: credential dropped"
        );
        assert!(seen[1].headers.get("referer").is_none());
    }
}

#[tokio::test]
async fn a_foreign_url_that_would_carry_a_path_key_is_not_followed() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    let auth = Auth::Path(Secret::new(KEY));
    let start = start_path(&auth);
    // A proxy "moving" the API keeps the path, key included.
    redirect(&api, &start, 308, &format!("{}{start}", other.uri())).await;
    ok(&other, &start).await;
    let p = parts(&api, &auth);
    let err = get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}{start}", p.base_url),
        "op",
    )
    .await
    .unwrap_err();
    assert!(other.received_requests().await.unwrap().is_empty());
    assert_eq!(err.status().unwrap().as_u16(), 308);
    // The redirect is reported, its `Location` scrubbed of the key.
    let location = err
        .headers()
        .unwrap()
        .get("location")
        .unwrap()
        .to_str()
        .unwrap();
    assert_eq!(location, format!("{}/v1/<redacted>/metrics", other.uri()));
    assert!(!format!("{err} {err:?}").contains(KEY));
}

#[tokio::test]
async fn a_post_keeps_its_body_on_307_and_becomes_a_get_on_303() {
    for (status, expect_method, expect_body) in
        [(307, "POST", &b"{\"n\":1}"[..]), (303, "GET", &b""[..])]
    {
        let api = MockServer::start().await;
        let other = MockServer::start().await;
        let auth = Auth::Bearer(Secret::new(KEY));
        Mock::given(method("POST"))
            .and(path("/v1/things"))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("location", format!("{}/elsewhere", other.uri())),
            )
            .mount(&api)
            .await;
        ok(&other, "/elsewhere").await;
        let p = parts(&api, &auth);
        let request = p
            .http_client
            .post(format!("{}/v1/things", p.base_url))
            .header("content-type", "application/json")
            .body("{\"n\":1}")
            .build()
            .unwrap();
        let response = client_core::execute(
            &p.runtime,
            &p.http_client,
            request,
            &client_core::operation("create"),
        )
        .await
        .unwrap();
        assert_eq!(response.status(), 200);
        let seen = other.received_requests().await.unwrap();
        assert_eq!(seen[0].method.as_str(), expect_method);
        assert_eq!(&seen[0].body[..], expect_body);
        assert_clean(&seen[0], "bearer");
    }
}

#[tokio::test]
async fn redirects_can_be_returned_instead_of_followed() {
    let api = MockServer::start().await;
    let auth = Auth::Bearer(Secret::new(KEY));
    redirect(&api, "/v1/file", 302, "https://files.example/inv.pdf").await;
    let p = ClientOptions::new()
        .max_redirects(0)
        .build(&api.uri(), &auth, "t", None)
        .unwrap();
    let err = get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}/v1/file", p.base_url),
        "op",
    )
    .await
    .unwrap_err();
    assert!(matches!(err, Error::UnexpectedStatus { .. }), "{err:?}");
    assert_eq!(
        err.headers().unwrap().get("location").unwrap(),
        "https://files.example/inv.pdf"
    );
}

#[tokio::test]
async fn a_redirect_loop_ends() {
    let api = MockServer::start().await;
    let auth = Auth::Bearer(Secret::new(KEY));
    redirect(&api, "/a", 302, "/b").await;
    redirect(&api, "/b", 302, "/a").await;
    let p = ClientOptions::new()
        .max_redirects(5)
        .build(&api.uri(), &auth, "t", None)
        .unwrap();
    let err = get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}/a", p.base_url),
        "op",
    )
    .await
    .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 302);
    assert_eq!(api.received_requests().await.unwrap().len(), 6);
}

#[tokio::test]
async fn a_caller_built_client_is_held_to_the_same_rules() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    let auth = Auth::Header("x-api-key", Secret::new(KEY));
    redirect(
        &api,
        "/v1/metrics",
        302,
        &format!("{}/landing", other.uri()),
    )
    .await;
    ok(&other, "/landing").await;
    let following = reqwest::Client::new();
    assert!(
        ClientOptions::new()
            .http_client(following)
            .build(&api.uri(), &auth, "t", None)
            .is_err(),
        "a client that follows redirects itself is refused"
    );
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let p = ClientOptions::new()
        .http_client(http)
        .build(&api.uri(), &auth, "t", None)
        .unwrap();
    get_json::<Value, Value>(
        &p.runtime,
        &p.http_client,
        &format!("{}/v1/metrics", p.base_url),
        "op",
    )
    .await
    .unwrap();
    assert_clean(&other.received_requests().await.unwrap()[0], "header");
}
