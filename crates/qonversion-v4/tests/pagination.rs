//! Streams over v4 lists: cursor lists (`starting_after` / `next_cursor`), the page-number
//! customer list, and the server's restart signal, which must never hand out items twice
//! without saying so.

mod common;

use common::*;
use futures::{StreamExt, TryStreamExt};
use qonversion_v4::{Error, PageLimits, PaginationError};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PRODUCTS: &str = "/v4/products";

fn product(id: &str) -> String {
    format!(
        r#"{{"object":"product","id":"{id}","url":"/v4/products/{id}","type":"subscription","duration":"P1M","created_at":"2025-09-15T12:30:00Z","updated_at":"2025-11-03T10:26:40Z"}}"#
    )
}

fn product_page(ids: &[&str], next: Option<&str>) -> String {
    let data: Vec<String> = ids.iter().map(|id| product(id)).collect();
    let more = match next {
        Some(c) => format!(r#""has_more":true,"next_cursor":"{c}""#),
        None => r#""has_more":false"#.to_string(),
    };
    format!(
        r#"{{"object":"list","url":"/v4/products","data":[{}],{more}}}"#,
        data.join(",")
    )
}

/// Answers the first page (no cursor) with `body`.
async fn first_page(server: &MockServer, body: String) {
    Mock::given(method("GET"))
        .and(path(PRODUCTS))
        .and(query_param_is_missing("starting_after"))
        .respond_with(json(200, &body))
        .mount(server)
        .await;
}

/// Answers the page after `cursor` with `response`.
async fn page_after(server: &MockServer, cursor: &str, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(PRODUCTS))
        .and(query_param("starting_after", cursor))
        .respond_with(response)
        .mount(server)
        .await;
}

fn ids(products: &[qonversion_v4::types::Product]) -> Vec<&str> {
    products.iter().map(|p| p.id.as_str()).collect()
}

#[tokio::test]
async fn a_cursor_stream_sends_each_next_cursor_back_as_starting_after() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a", "b"], Some("b"))).await;
    page_after(
        &server,
        "b",
        json(200, &product_page(&["c", "d"], Some("d"))),
    )
    .await;
    page_after(&server, "d", json(200, &product_page(&["e"], None))).await;

    let products: Vec<_> = client(&server)
        .stream_products()
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(ids(&products), ["a", "b", "c", "d", "e"]);

    let sent = requests(&server).await;
    assert_eq!(sent.len(), 3, "one request per page");
    let cursors: Vec<Option<String>> = sent
        .iter()
        .map(|r| {
            query_pairs(r)
                .into_iter()
                .find(|(k, _)| k == "starting_after")
                .map(|(_, v)| v)
        })
        .collect();
    assert_eq!(cursors, [None, Some("b".into()), Some("d".into())]);
    for request in &sent {
        assert_eq!(
            header(request, "authorization"),
            Some(format!("Bearer {KEY}").as_str())
        );
    }
}

#[tokio::test]
async fn a_builder_keeps_its_parameters_on_every_page() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a"], Some("a"))).await;
    page_after(&server, "a", json(200, &product_page(&["b"], None))).await;

    let c = client(&server);
    let request = c
        .v4_list_products()
        .limit(1)
        .filter_type(vec!["subscription".to_string()]);
    let products: Vec<_> = c
        .paginate_cursor(request)
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(ids(&products), ["a", "b"]);
    for request in requests(&server).await {
        let pairs = query_pairs(&request);
        assert!(pairs.contains(&("limit".into(), "1".into())), "{pairs:?}");
        assert!(
            pairs.contains(&("filter[type]".into(), "subscription".into())),
            "{pairs:?}"
        );
    }
}

#[tokio::test]
async fn a_restarted_list_ends_the_stream_before_any_repeated_item() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a", "b"], Some("b"))).await;
    // The server no longer knows `b`: it serves the list from the top again and says so.
    page_after(
        &server,
        "b",
        json(200, &product_page(&["a", "b"], Some("b")))
            .insert_header("X-Qon-Pagination-Restarted", "true"),
    )
    .await;

    let results: Vec<Result<_, Error>> = client(&server).stream_products().collect().await;
    assert_eq!(results.len(), 3, "two items, then the error: {results:?}");
    let delivered: Vec<_> = results[..2]
        .iter()
        .map(|r| r.as_ref().expect("an item").id.clone())
        .collect();
    assert_eq!(delivered, ["a", "b"], "no item twice");
    match &results[2] {
        Err(Error::Pagination(PaginationError::Restarted { cursor })) => {
            assert_eq!(cursor.as_deref(), Some("b"));
        }
        other => panic!("expected a restart, got {other:?}"),
    }
    assert_eq!(
        requests(&server).await.len(),
        2,
        "nothing after the restart"
    );
}

#[tokio::test]
async fn a_restart_header_that_is_not_true_is_no_restart() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a"], Some("a"))).await;
    page_after(
        &server,
        "a",
        json(200, &product_page(&["b"], None)).insert_header("X-Qon-Pagination-Restarted", "false"),
    )
    .await;
    let products: Vec<_> = client(&server)
        .stream_products()
        .try_collect()
        .await
        .expect("no restart");
    assert_eq!(ids(&products), ["a", "b"]);
}

#[tokio::test]
async fn a_cursor_sent_twice_ends_the_stream() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a"], Some("a"))).await;
    // The page after `a` points back to `a`.
    page_after(&server, "a", json(200, &product_page(&["b"], Some("a")))).await;

    let results: Vec<Result<_, Error>> = client(&server).stream_products().collect().await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(matches!(
        &results[2],
        Err(Error::Pagination(PaginationError::Cycle { next_page })) if next_page == "a"
    ));
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn has_more_without_a_cursor_is_an_error_not_a_silent_end() {
    let server = MockServer::start().await;
    first_page(
        &server,
        r#"{"object":"list","url":"/v4/products","data":[],"has_more":true}"#.to_string(),
    )
    .await;
    let results: Vec<Result<_, Error>> = client(&server).stream_products().collect().await;
    assert!(matches!(
        results.as_slice(),
        [Err(Error::Pagination(
            PaginationError::InvalidNextPage { .. }
        ))]
    ));
}

#[tokio::test]
async fn the_page_limit_bounds_a_cursor_stream() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a"], Some("a"))).await;
    page_after(&server, "a", json(200, &product_page(&["b"], Some("b")))).await;
    let results: Vec<Result<_, Error>> = client(&server)
        .with_page_limits(PageLimits::new().max_pages(2))
        .stream_products()
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    assert!(matches!(
        &results[2],
        Err(Error::Pagination(PaginationError::PageLimit { pages: 2 }))
    ));
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_decoded_v4_error() {
    let server = MockServer::start().await;
    first_page(&server, product_page(&["a"], Some("a"))).await;
    page_after(
        &server,
        "a",
        json(
            422,
            r#"{"error":{"type":"request","code":"invalid_data","message":"bad cursor","details":[{"field":"starting_after","message":"too long"}]}}"#,
        ),
    )
    .await;
    let results: Vec<Result<_, Error>> = client(&server).stream_products().collect().await;
    assert_eq!(results.len(), 2);
    let err = results[1].as_ref().expect_err("the error page");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(422));
    let body = err.api_error().expect("decoded v4 error");
    assert_eq!(body.error.message, "bad cursor");
    assert_eq!(
        body.error.details[0].field.as_deref(),
        Some("starting_after")
    );
    let shown = everything_shown(err);
    assert_hidden(&shown, &[KEY]);
}

fn customer_page(n: usize, more: bool) -> String {
    let data: Vec<String> = (0..n).map(|i| format!(r#"{{"n":{i}}}"#)).collect();
    format!(
        r#"{{"object":"list","url":"/v4/customers","data":[{}],"has_more":{more}}}"#,
        data.join(",")
    )
}

#[tokio::test]
async fn the_customer_list_is_walked_by_page_number_until_has_more_is_false() {
    let server = MockServer::start().await;
    for (page, n, more) in [("1", 2, true), ("2", 2, true), ("3", 1, false)] {
        Mock::given(method("GET"))
            .and(path("/v4/customers"))
            .and(query_param("page", page))
            .respond_with(json(200, &customer_page(n, more)))
            .expect(1)
            .mount(&server)
            .await;
    }
    let c = client(&server);
    let customers: Vec<_> = c
        .paginate_pages(c.v4_list_customers().limit(2))
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(customers.len(), 5);
    let pages: Vec<Vec<(String, String)>> = requests(&server)
        .await
        .iter()
        .map(|r| {
            let mut q = query_pairs(r);
            q.sort();
            q
        })
        .collect();
    assert_eq!(
        pages,
        [
            vec![("limit".into(), "2".into()), ("page".into(), "1".into())],
            vec![("limit".into(), "2".into()), ("page".into(), "2".into())],
            vec![("limit".into(), "2".into()), ("page".into(), "3".into())],
        ]
    );
}

#[tokio::test]
async fn an_empty_customer_page_that_claims_more_is_bounded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v4/customers"))
        .respond_with(json(200, &customer_page(0, true)))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .with_page_limits(PageLimits::new().max_empty_pages(3))
        .stream_customers()
        .collect()
        .await;
    assert!(matches!(
        results.as_slice(),
        [Err(Error::Pagination(PaginationError::EmptyPages {
            pages: 3
        }))]
    ));
    assert_eq!(requests(&server).await.len(), 3);
}
