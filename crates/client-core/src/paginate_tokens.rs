//! Streams over lists the client walks by sending something back in the next request,
//! rather than by following a link: a cursor (`starting_after`, answered with `has_more` and
//! `next_cursor`) or a page number (`page`, 1-based).
//!
//! The rules, on top of [`PageLimits`] (the page limit and the run of empty pages that still
//! claim more, as for the link-following streams):
//! - a cursor already sent ends the stream with [`PaginationError::Cycle`];
//! - `has_more: true` without a `next_cursor` ends it with [`PaginationError::InvalidNextPage`];
//! - a page whose response carries the API's restart header set to `true` (the server did not
//!   know the cursor and started again from the top) ends it with
//!   [`PaginationError::Restarted`], **before** any item of that page is delivered: the caller
//!   never receives an item twice without being told;
//! - a page-number stream starts at page 1 and ends on an empty page, on `has_more: false`, or
//!   once it has delivered the total the server announced.

use futures::future::BoxFuture;
use futures::stream::{self, StreamExt, TryStreamExt};
use progenitor_client::ResponseValue;
use serde::de::DeserializeOwned;
use std::collections::HashSet;

use crate::{Error, ItemStream, PageLimits, PaginationError};

/// The answer to one page request: the decoded page (with its headers) or the API's error.
pub type PageFuture<'a, P, E> = BoxFuture<'a, Result<ResponseValue<P>, Error<E>>>;

/// A page of a cursor list: its items, `has_more` and `next_cursor`.
pub trait CursorPage: DeserializeOwned + Send + 'static {
    /// The item type.
    type Item: Send + 'static;
    /// Splits the page into its items, `has_more` and `next_cursor`.
    fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>);
}

/// How a page-number list says whether pages remain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagesLeft {
    /// The page's `has_more` flag.
    HasMore(bool),
    /// The number of items in the whole list.
    Total(u64),
}

/// A page of a page-number list: its items and what it says about the rest.
pub trait NumberedPage: DeserializeOwned + Send + 'static {
    /// The item type.
    type Item: Send + 'static;
    /// Splits the page into its items and what remains.
    fn into_numbered_parts(self) -> (Vec<Self::Item>, PagesLeft);
}

/// A cursor-list request built as usual (a generated builder): it can be re-sent with a cursor.
pub trait CursorPaginated<'a>: Send + 'a {
    /// The page type.
    type Page: CursorPage<Item = Self::Item>;
    /// The item type.
    type Item: Send + 'static;
    /// The API's error body.
    type Error: DeserializeOwned + Send + 'static;
    /// The response header by which the API says it restarted the list, if it has one.
    const RESTART_HEADER: Option<&'static str>;
    /// Sends the request, with `starting_after` replaced by `cursor` when there is one.
    fn fetch(&self, cursor: Option<String>) -> PageFuture<'a, Self::Page, Self::Error>;
}

/// A page-number-list request built as usual: it can be re-sent for another page.
pub trait NumberedPaginated<'a>: Send + 'a {
    /// The page type.
    type Page: NumberedPage<Item = Self::Item>;
    /// The item type.
    type Item: Send + 'static;
    /// The API's error body.
    type Error: DeserializeOwned + Send + 'static;
    /// The response header by which the API says it restarted the list, if it has one.
    const RESTART_HEADER: Option<&'static str>;
    /// Sends the request for page `page` (1-based).
    fn fetch(&self, page: u64) -> PageFuture<'a, Self::Page, Self::Error>;
}

/// Whether `response` says the server restarted the list: `restart_header` present and `true`.
fn restarted<P>(response: &ResponseValue<P>, restart_header: Option<&'static str>) -> bool {
    restart_header
        .and_then(|h| response.headers().get(h))
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

struct CursorState<F> {
    fetch: F,
    next: Option<Option<String>>,
    sent: HashSet<String>,
    pages: u32,
    empty_run: u32,
    fail: Option<PaginationError>,
}

/// Streams every item of a cursor list: `fetch(None)` first, then `fetch(Some(next_cursor))`
/// while `has_more` is true, within the rules of this module. `restart_header` is the
/// response header by which the API says it restarted the list (none: not checked).
pub fn paginate_cursor<'a, P, E, F>(
    limits: PageLimits,
    restart_header: Option<&'static str>,
    fetch: F,
) -> ItemStream<'a, P::Item, E>
where
    P: CursorPage,
    E: DeserializeOwned + Send + 'static,
    F: FnMut(Option<String>) -> BoxFuture<'a, Result<ResponseValue<P>, Error<E>>> + Send + 'a,
{
    let state = CursorState {
        fetch,
        next: Some(None),
        sent: HashSet::new(),
        pages: 0,
        empty_run: 0,
        fail: None,
    };
    stream::try_unfold(state, move |mut state| async move {
        if let Some(e) = state.fail.take() {
            return Err(Error::Pagination(e));
        }
        let Some(cursor) = state.next.take() else {
            return Ok(None);
        };
        let response = (state.fetch)(cursor.clone()).await?;
        if restarted(&response, restart_header) {
            return Err(Error::Pagination(PaginationError::Restarted { cursor }));
        }
        state.pages += 1;
        let (items, has_more, next_cursor) = response.into_inner().into_cursor_parts();
        state.empty_run = if items.is_empty() {
            state.empty_run + 1
        } else {
            0
        };
        if has_more {
            state.fail = match next_cursor.filter(|c| !c.is_empty()) {
                None => Some(PaginationError::InvalidNextPage {
                    next_page: String::new(),
                    reason: "has_more is true but there is no next_cursor".to_string(),
                }),
                Some(c) if !state.sent.insert(c.clone()) => {
                    Some(PaginationError::Cycle { next_page: c })
                }
                Some(c) => {
                    state.next = Some(Some(c));
                    bounds(&limits, state.pages, state.empty_run)
                }
            };
            if state.fail.is_some() {
                state.next = None;
            }
        }
        Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
    })
    .try_flatten()
    .boxed()
}

/// The page limit and the empty-page run, checked before a further page is requested.
fn bounds(limits: &PageLimits, pages: u32, empty_run: u32) -> Option<PaginationError> {
    if empty_run >= limits.empty_pages() {
        return Some(PaginationError::EmptyPages { pages: empty_run });
    }
    match limits.page_limit() {
        Some(max) if pages >= max => Some(PaginationError::PageLimit { pages: max }),
        _ => None,
    }
}

struct NumberedState<F> {
    fetch: F,
    next: Option<u64>,
    delivered: u64,
    empty_run: u32,
    fail: Option<PaginationError>,
}

/// Streams every item of a page-number list: `fetch(1)`, `fetch(2)`, ... until the list says
/// it is over, within the rules of this module.
pub fn paginate_numbered<'a, P, E, F>(
    limits: PageLimits,
    restart_header: Option<&'static str>,
    fetch: F,
) -> ItemStream<'a, P::Item, E>
where
    P: NumberedPage,
    E: DeserializeOwned + Send + 'static,
    F: FnMut(u64) -> BoxFuture<'a, Result<ResponseValue<P>, Error<E>>> + Send + 'a,
{
    let state = NumberedState {
        fetch,
        next: Some(1),
        delivered: 0,
        empty_run: 0,
        fail: None,
    };
    stream::try_unfold(state, move |mut state| async move {
        if let Some(e) = state.fail.take() {
            return Err(Error::Pagination(e));
        }
        let Some(page) = state.next.take() else {
            return Ok(None);
        };
        let response = (state.fetch)(page).await?;
        if restarted(&response, restart_header) {
            return Err(Error::Pagination(PaginationError::Restarted {
                cursor: Some(page.to_string()),
            }));
        }
        let (items, left) = response.into_inner().into_numbered_parts();
        state.delivered += items.len() as u64;
        state.empty_run = if items.is_empty() {
            state.empty_run + 1
        } else {
            0
        };
        let more = match left {
            PagesLeft::HasMore(more) => more,
            // Past an empty page there is nothing: pages are slices of one list.
            PagesLeft::Total(total) => !items.is_empty() && state.delivered < total,
        };
        if more {
            state.fail = bounds(
                &limits,
                u32::try_from(page).unwrap_or(u32::MAX),
                state.empty_run,
            );
            if state.fail.is_none() {
                state.next = Some(page + 1);
            }
        }
        Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
    })
    .try_flatten()
    .boxed()
}
