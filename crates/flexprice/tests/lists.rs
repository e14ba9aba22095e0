//! Offset pagination on the loopback wire: a `GET` list (`offset` in the query) and a
//! `POST .../search` (`offset` in the filter body), stopping at `total`, at an empty page,
//! and never looping on a server that ignores the offset.

mod common;

use common::*;
use flexprice::types::CustomerFilter;
use flexprice::{Error, ItemStream, PageLimits, PaginationError};
use futures::TryStreamExt;
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// A list of `total` items named `{prefix}{n}`, served by offset; `limit` per page.
/// `honour_offset: false` answers the first page whatever is asked.
struct Pages {
    prefix: &'static str,
    total: u64,
    limit: u64,
    honour_offset: bool,
    echo_offset: bool,
    /// Where the offset is read from: the query, or the JSON body.
    in_body: bool,
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let asked = if self.in_body {
            body_json(request)["offset"].as_u64().unwrap_or(0)
        } else {
            query_pairs(request)
                .into_iter()
                .find(|(k, _)| k == "offset")
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0)
        };
        let start = if self.honour_offset { asked } else { 0 };
        let end = (start + self.limit).min(self.total);
        let items: Vec<Value> = (start..end)
            .map(|n| json!({"id": format!("{}{n}", self.prefix)}))
            .collect();
        let mut pagination = json!({"limit": self.limit, "total": self.total});
        if self.echo_offset {
            pagination["offset"] = json!(start);
        }
        ResponseTemplate::new(200).set_body_json(json!({"items": items, "pagination": pagination}))
    }
}

async fn serve(server: &MockServer, verb: &str, p: &str, pages: Pages) {
    Mock::given(wiremock::matchers::method(verb))
        .and(wiremock::matchers::path(p))
        .respond_with(pages)
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_get_list_pages_by_the_offset_query_until_total() {
    let server = MockServer::start().await;
    serve(
        &server,
        "GET",
        "/v1/payments",
        Pages {
            prefix: "pay_",
            total: 5,
            limit: 2,
            honour_offset: true,
            echo_offset: true,
            in_body: false,
        },
    )
    .await;
    let ids: Vec<String> = client(&server)
        .stream_payments()
        .map_ok(|p| p.id.unwrap_or_default())
        .try_collect()
        .await
        .expect("every page decodes");
    assert_eq!(ids, ["pay_0", "pay_1", "pay_2", "pay_3", "pay_4"]);
    let offsets: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| {
            assert_eq!(r.method.as_str(), "GET");
            query_pairs(r)
                .into_iter()
                .find(|(k, _)| k == "offset")
                .map(|(_, v)| v)
                .expect("offset sent")
        })
        .collect();
    // Total reached after the third page: no fourth request.
    assert_eq!(offsets, ["0", "2", "4"]);
}

#[tokio::test]
async fn a_search_pages_by_the_offset_of_its_filter_and_keeps_the_filter() {
    let server = MockServer::start().await;
    serve(
        &server,
        "POST",
        "/v1/customers/search",
        Pages {
            prefix: "cust_",
            total: 3,
            limit: 2,
            honour_offset: true,
            echo_offset: false,
            in_body: true,
        },
    )
    .await;
    let filter: CustomerFilter = CustomerFilter::builder()
        .email(Some("ada@example.com".to_string()))
        .limit(Some(2.try_into().expect("a valid limit")))
        .try_into()
        .expect("a valid filter");
    let ids: Vec<String> = client(&server)
        .stream_query_customer(filter)
        .map_ok(|c| c.id.unwrap_or_default())
        .try_collect()
        .await
        .expect("every page decodes");
    assert_eq!(ids, ["cust_0", "cust_1", "cust_2"]);
    let bodies: Vec<Value> = requests(&server).await.iter().map(body_json).collect();
    assert_eq!(bodies.len(), 2, "total reached after the second page");
    for (body, offset) in bodies.iter().zip([0, 2]) {
        assert_eq!(body["offset"], json!(offset));
        assert_eq!(body["email"], json!("ada@example.com"));
        assert_eq!(body["limit"], json!(2));
    }
}

#[tokio::test]
async fn an_empty_page_ends_a_list_without_total() {
    let server = MockServer::start().await;
    // No total, no limit echoed: only the empty page says the list is over.
    Mock::given(wiremock::matchers::method("GET"))
        .and(wiremock::matchers::path("/v1/tasks"))
        .respond_with(move |r: &Request| {
            let offset = query_pairs(r)
                .into_iter()
                .find(|(k, _)| k == "offset")
                .map(|(_, v)| v)
                .unwrap_or_default();
            let items = if offset == "0" {
                json!([{"id": "task_a"}, {"id": "task_b"}])
            } else {
                json!([])
            };
            ResponseTemplate::new(200).set_body_json(json!({"items": items, "pagination": {}}))
        })
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .stream_tasks()
        .map_ok(|t| t.id.unwrap_or_default())
        .try_collect()
        .await
        .expect("pages decode");
    assert_eq!(ids, ["task_a", "task_b"]);
    assert_eq!(requests(&server).await.len(), 2);
}

/// Collects a stream's items until it fails; returns them and the error.
async fn until_error<T>(mut stream: ItemStream<'static, T>) -> (Vec<T>, Option<Error>) {
    let mut items = Vec::new();
    loop {
        match stream.try_next().await {
            Ok(Some(item)) => items.push(item),
            Ok(None) => return (items, None),
            Err(e) => return (items, Some(e)),
        }
    }
}

#[tokio::test]
async fn a_server_ignoring_the_offset_ends_the_stream_instead_of_looping() {
    // It echoes the offset it used: the stream sees it did not move.
    let server = MockServer::start().await;
    serve(
        &server,
        "GET",
        "/v1/payments",
        Pages {
            prefix: "pay_",
            total: 100,
            limit: 2,
            honour_offset: false,
            echo_offset: true,
            in_body: false,
        },
    )
    .await;
    let (items, error) = until_error(client(&server).stream_payments()).await;
    assert_eq!(items.len(), 2, "the first page is delivered");
    match error {
        Some(Error::Pagination(PaginationError::OffsetIgnored {
            requested: 2,
            answered: 0,
        })) => {}
        other => panic!("expected OffsetIgnored, got {other:?}"),
    }
    assert_eq!(requests(&server).await.len(), 2);

    // It says nothing of the offset: the repeated items give it away.
    let server = MockServer::start().await;
    serve(
        &server,
        "POST",
        "/v1/customers/search",
        Pages {
            prefix: "cust_",
            total: 100,
            limit: 2,
            honour_offset: false,
            echo_offset: false,
            in_body: true,
        },
    )
    .await;
    let (items, error) =
        until_error(client(&server).stream_query_customer(CustomerFilter::default())).await;
    assert_eq!(items.len(), 2);
    match error {
        Some(Error::Pagination(PaginationError::RepeatedPage { offset: 2 })) => {}
        other => panic!("expected RepeatedPage, got {other:?}"),
    }
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn the_page_limit_bounds_an_offset_stream() {
    let server = MockServer::start().await;
    serve(
        &server,
        "GET",
        "/v1/payments",
        Pages {
            prefix: "pay_",
            total: 100,
            limit: 2,
            honour_offset: true,
            echo_offset: true,
            in_body: false,
        },
    )
    .await;
    let stream = client(&server)
        .with_page_limits(PageLimits::new().max_pages(2))
        .stream_payments();
    let (items, error) = until_error(stream).await;
    assert_eq!(items.len(), 4);
    assert!(matches!(
        error,
        Some(Error::Pagination(PaginationError::PageLimit { pages: 2 }))
    ));
}
