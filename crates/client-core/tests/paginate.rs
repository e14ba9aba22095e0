//! The stream every generated client builds over a list envelope, against a loopback
//! server: cursors byte for byte, cycles, empty pages, the page limit, other origins, and a
//! stream that outlives its client inside `tokio::spawn`.

use std::time::Duration;

use client_core::{
    Auth, ClientOptions, Error, ListPage, PageLimits, Pager, PaginationError, RetryPolicy, Secret,
    paginate,
};
use futures::TryStreamExt;
use futures::stream::BoxStream;
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[derive(Debug, Deserialize)]
struct Page {
    items: Vec<String>,
    next_page: Option<String>,
}

impl ListPage for Page {
    type Item = String;
    fn into_parts(self) -> (Vec<String>, Option<String>) {
        (self.items, self.next_page)
    }
}

const KEY: &str = "sk_paging_secret";

fn pager(server: &MockServer, limits: PageLimits) -> Pager {
    let parts = ClientOptions::new()
        .base_url(format!("{}/v2", server.uri()))
        .retry_policy(RetryPolicy::none())
        .build(
            "https://unused.invalid",
            &Auth::Bearer(Secret::new(KEY)),
            "test",
            None,
        )
        .expect("options build");
    Pager::new(
        &parts.runtime,
        &parts.http_client,
        &parts.base_url,
        "/v2",
        "list_things",
        limits,
    )
}

/// A stream whose first page is `GET /v2/things` through the pager's own client.
fn things(
    server: &MockServer,
    limits: PageLimits,
) -> BoxStream<'static, Result<String, Error<Value>>> {
    let pager = pager(server, limits);
    let first_url = format!("{}/v2/things", server.uri());
    let first = Box::pin(async move {
        let parts = ClientOptions::new()
            .retry_policy(RetryPolicy::none())
            .build(
                "https://unused.invalid",
                &Auth::Bearer(Secret::new(KEY)),
                "test",
                None,
            )
            .expect("options build");
        client_core::get_json::<Page, Value>(
            &parts.runtime,
            &parts.http_client,
            &first_url,
            "list_things",
        )
        .await
        .map(|r| r.into_inner())
    });
    paginate(pager, first)
}

fn page(items: &[&str], next_page: Option<&str>) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"object": "list", "items": items, "next_page": next_page}))
}

async fn serve(server: &MockServer, query: Option<(&str, &str)>, answer: ResponseTemplate) {
    let mut mock = Mock::given(method("GET")).and(path("/v2/things"));
    if let Some((k, v)) = query {
        mock = mock.and(query_param(k, v));
    }
    mock.respond_with(answer).mount(server).await;
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

#[tokio::test]
async fn cursors_reach_the_server_byte_for_byte_and_carry_the_credential() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some(("starting_after", "$RCAnonymousID:abc")),
        page(&["c"], None),
    )
    .await;
    serve(
        &server,
        Some(("starting_after", "a b")),
        page(
            &["b"],
            Some("/v2/things?starting_after=$RCAnonymousID:abc&limit=2"),
        ),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["a"], Some("/v2/things?starting_after=a%20b")))
        .with_priority(10)
        .mount(&server)
        .await;

    let items: Vec<String> = things(&server, PageLimits::new())
        .try_collect()
        .await
        .expect("three pages");
    assert_eq!(items, ["a", "b", "c"]);
    let seen = requests(&server).await;
    let queries: Vec<_> = seen
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        queries,
        [
            "",
            "starting_after=a%20b",
            "starting_after=$RCAnonymousID:abc&limit=2"
        ]
    );
    for r in &seen {
        assert_eq!(
            r.headers.get("authorization").unwrap(),
            &format!("Bearer {KEY}")
        );
    }
}

#[tokio::test]
async fn a_cycle_through_two_pages_ends_with_a_typed_error() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some(("p", "b")),
        page(&["b"], Some("/v2/things?p=a")),
    )
    .await;
    serve(
        &server,
        Some(("p", "a")),
        page(&["a"], Some("/v2/things?p=b")),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["first"], Some("/v2/things?p=a")))
        .with_priority(10)
        .mount(&server)
        .await;

    let mut stream = things(&server, PageLimits::new());
    let mut items = Vec::new();
    let err = loop {
        match tokio::time::timeout(Duration::from_secs(10), stream.try_next())
            .await
            .expect("the stream ends")
        {
            Ok(Some(item)) => items.push(item),
            Ok(None) => panic!("a cycle must not end quietly"),
            Err(e) => break e,
        }
    };
    assert_eq!(items, ["first", "a", "b"]);
    match err {
        Error::Pagination(PaginationError::Cycle { next_page }) => {
            assert_eq!(next_page, "/v2/things?p=a")
        }
        other => panic!("expected a cycle, got {other:?}"),
    }
    // first, a, b: the link back to `a` is never requested again.
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn a_page_pointing_to_itself_is_a_cycle() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some(("p", "x")),
        page(&["x"], Some("/v2/things?p=x")),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&[], Some("/v2/things?p=x")))
        .with_priority(10)
        .mount(&server)
        .await;
    let result: Result<Vec<String>, _> = things(&server, PageLimits::new()).try_collect().await;
    assert!(
        matches!(
            result,
            Err(Error::Pagination(PaginationError::Cycle { .. }))
        ),
        "{result:?}"
    );
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn an_endless_chain_of_empty_pages_ends_with_a_typed_error() {
    let server = MockServer::start().await;
    // Every page is empty and points to a new cursor: no cycle, no end.
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(|req: &Request| {
            let n: u64 = req
                .url
                .query_pairs()
                .find(|(k, _)| k == "n")
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0);
            page(&[], Some(&format!("/v2/things?n={}", n + 1)))
        })
        .mount(&server)
        .await;

    let mut stream = things(&server, PageLimits::new().max_empty_pages(4));
    let result = tokio::time::timeout(Duration::from_secs(10), stream.try_next())
        .await
        .expect("try_next returns");
    match result {
        Err(Error::Pagination(PaginationError::EmptyPages { pages })) => assert_eq!(pages, 4),
        other => panic!("expected empty pages, got {other:?}"),
    }
    assert_eq!(requests(&server).await.len(), 4);
    assert_eq!(
        PageLimits::default(),
        PageLimits::new().max_empty_pages(PageLimits::DEFAULT_MAX_EMPTY_PAGES)
    );
}

#[tokio::test]
async fn a_few_empty_pages_then_items_are_fine() {
    let server = MockServer::start().await;
    serve(&server, Some(("n", "1")), page(&[], Some("/v2/things?n=2"))).await;
    serve(&server, Some(("n", "2")), page(&["last"], None)).await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&[], Some("/v2/things?n=1")))
        .with_priority(10)
        .mount(&server)
        .await;
    let items: Vec<String> = things(&server, PageLimits::new().max_empty_pages(3))
        .try_collect()
        .await
        .expect("ends");
    assert_eq!(items, ["last"]);
}

#[tokio::test]
async fn the_page_limit_delivers_its_pages_then_ends_with_a_typed_error() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some(("n", "1")),
        page(&["b"], Some("/v2/things?n=2")),
    )
    .await;
    serve(
        &server,
        Some(("n", "2")),
        page(&["c"], Some("/v2/things?n=3")),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["a"], Some("/v2/things?n=1")))
        .with_priority(10)
        .mount(&server)
        .await;
    let mut stream = things(&server, PageLimits::new().max_pages(2));
    assert_eq!(stream.try_next().await.unwrap().as_deref(), Some("a"));
    assert_eq!(stream.try_next().await.unwrap().as_deref(), Some("b"));
    match stream.try_next().await {
        Err(Error::Pagination(PaginationError::PageLimit { pages: 2 })) => {}
        other => panic!("expected the page limit, got {other:?}"),
    }
    assert_eq!(requests(&server).await.len(), 2);

    // A list that ends within the limit ends quietly.
    serve(&server, Some(("n", "3")), page(&["d"], None)).await;
    let items: Vec<String> = things(&server, PageLimits::new().max_pages(4))
        .try_collect()
        .await
        .expect("four pages, within the limit");
    assert_eq!(items, ["a", "b", "c", "d"]);
}

#[tokio::test]
async fn next_page_to_another_origin_is_not_followed() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(page(&["stolen"], None))
        .mount(&elsewhere)
        .await;
    for link in [
        format!("{}/v2/things?p=2", elsewhere.uri()),
        format!("//{}/v2/things", elsewhere.address()),
    ] {
        server.reset().await;
        serve(&server, None, page(&["a"], Some(&link))).await;
        let mut stream = things(&server, PageLimits::new());
        assert_eq!(stream.try_next().await.unwrap().as_deref(), Some("a"));
        match stream.try_next().await {
            Err(Error::Pagination(PaginationError::OtherOrigin { next_page })) => {
                assert_eq!(next_page, link)
            }
            other => panic!("expected another origin, got {other:?}"),
        }
    }
    assert!(
        requests(&elsewhere).await.is_empty(),
        "the other origin saw a request"
    );
}

#[tokio::test]
async fn an_absolute_next_page_on_the_same_origin_is_followed_verbatim() {
    let server = MockServer::start().await;
    serve(&server, Some(("p", "2")), page(&["b"], None)).await;
    let link = format!("{}/v2/things?p=2", server.uri());
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["a"], Some(&link)))
        .with_priority(10)
        .mount(&server)
        .await;
    let items: Vec<String> = things(&server, PageLimits::new())
        .try_collect()
        .await
        .expect("two pages");
    assert_eq!(items, ["a", "b"]);
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_api_error() {
    let server = MockServer::start().await;
    serve(
        &server,
        Some(("p", "2")),
        ResponseTemplate::new(404).set_body_json(json!({"type": "not_found"})),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["a"], Some("/v2/things?p=2")))
        .with_priority(10)
        .mount(&server)
        .await;
    let mut stream = things(&server, PageLimits::new());
    assert_eq!(stream.try_next().await.unwrap().as_deref(), Some("a"));
    let err = stream.try_next().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.api_error(), Some(&json!({"type": "not_found"})));
}

#[tokio::test]
async fn a_stream_runs_in_a_spawned_task_after_its_client_is_gone() {
    fn assert_send_static<T: Send + 'static>(_: &T) {}
    let server = MockServer::start().await;
    serve(&server, Some(("p", "2")), page(&["b"], None)).await;
    Mock::given(method("GET"))
        .and(path("/v2/things"))
        .respond_with(page(&["a"], Some("/v2/things?p=2")))
        .with_priority(10)
        .mount(&server)
        .await;
    let stream = things(&server, PageLimits::new());
    assert_send_static(&stream);
    let items = tokio::spawn(async move { stream.try_collect::<Vec<String>>().await })
        .await
        .expect("the task runs")
        .expect("two pages");
    assert_eq!(items, ["a", "b"]);
}
