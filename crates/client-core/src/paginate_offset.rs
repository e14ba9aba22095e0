//! Streams over offset-paged lists: each page is asked for with an `offset` (and the
//! caller's `limit`), and answers its items and a `pagination` block (`limit`, `offset`,
//! `total`).
//!
//! The generated facades call [`paginate_offset`] for each list operation that takes an
//! `offset` (a query parameter, or a field of a search body). The rules:
//! - the next offset is the requested one plus the number of items received;
//! - the stream ends after an empty page, when the next offset reaches `total`, or when a
//!   page holds fewer items than the `limit` the server says it applied;
//! - a server that ignores `offset` never makes it loop: a page that answers another offset
//!   than the one requested ends the stream with [`PaginationError::OffsetIgnored`], and a
//!   page that repeats the previous page's items with [`PaginationError::RepeatedPage`];
//! - the page limit of [`PageLimits::max_pages`] applies as for cursor streams.

use futures::future::BoxFuture;
use futures::stream::{self, StreamExt, TryStreamExt};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::Error;
use crate::paginate::{ItemStream, PageLimits, PaginationError};

/// Where a page of an offset-paged list sits, as the server answered it. Every field is
/// optional: a missing one is simply not used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OffsetPosition {
    /// How many items the server put on a page at most.
    pub limit: Option<u64>,
    /// The offset the page starts at.
    pub offset: Option<u64>,
    /// How many items the whole list holds.
    pub total: Option<u64>,
}

impl OffsetPosition {
    /// A position from the integers a generated `pagination` block holds (negative values
    /// are treated as absent).
    pub fn new<L, O, T>(limit: Option<L>, offset: Option<O>, total: Option<T>) -> Self
    where
        L: TryInto<u64>,
        O: TryInto<u64>,
        T: TryInto<u64>,
    {
        Self {
            limit: limit.and_then(|v| v.try_into().ok()),
            offset: offset.and_then(|v| v.try_into().ok()),
            total: total.and_then(|v| v.try_into().ok()),
        }
    }
}

/// A page of an offset-paged list: its items and its position.
pub trait OffsetPage: DeserializeOwned + Send + 'static {
    /// The item type (`CustomerResponse`, ...).
    type Item: Serialize + Send + 'static;
    /// Splits the page into its items and its position.
    fn into_parts(self) -> (Vec<Self::Item>, OffsetPosition);
}

/// A request of an offset-paged list, configured as usual (a generated builder): the
/// stream sends a copy of it for each page, with the page's offset set.
pub trait OffsetPaginated<'a>: Clone + Send + 'a {
    /// The page type (`ListCustomersResponse`, ...).
    type Page: OffsetPage<Item = Self::Item>;
    /// The item type (`CustomerResponse`, ...).
    type Item: Serialize + Send + 'static;
    /// The API's error body.
    type Error: DeserializeOwned + Send + 'static;
    /// The operation's name.
    const OPERATION: &'static str;
    /// This request, asking for the page that starts at `offset`.
    fn at_offset(self, offset: u64) -> Self;
    /// Sends the request.
    fn send_page(self) -> BoxFuture<'a, Result<Self::Page, Error<Self::Error>>>;
}

/// Streams every item of the list `request` asks for, from offset 0 (an offset set on the
/// request is replaced), within the rules of this module.
pub fn paginate_offset_request<'a, B>(
    limits: PageLimits,
    request: B,
) -> ItemStream<'a, B::Item, B::Error>
where
    B: OffsetPaginated<'a>,
{
    paginate_offset(limits, 0, move |offset| {
        request.clone().at_offset(offset).send_page()
    })
}

enum Next {
    Offset(u64),
    /// Deliver the last page's items, then fail.
    Fail(PaginationError),
    Done,
}

struct State<F> {
    fetch: F,
    next: Next,
    pages: u32,
    /// The previous page's items, serialised, to recognise a page served twice.
    previous: Option<serde_json::Value>,
    max_pages: Option<u32>,
}

/// What follows a page of `count` items requested at `offset`, or why the stream must stop.
fn after_page(
    offset: u64,
    count: usize,
    position: OffsetPosition,
    pages: u32,
    max_pages: Option<u32>,
) -> Next {
    if count == 0 {
        return Next::Done;
    }
    let next = offset.saturating_add(count as u64);
    if position.total.is_some_and(|total| next >= total) {
        return Next::Done;
    }
    if position.limit.is_some_and(|limit| (count as u64) < limit) {
        return Next::Done;
    }
    match max_pages {
        Some(max) if pages >= max => Next::Fail(PaginationError::PageLimit { pages: max }),
        _ => Next::Offset(next),
    }
}

/// Streams every item of an offset-paged list: `fetch(offset)` asks for the page starting
/// at `offset` (the first at `start`), within the rules of this module.
pub fn paginate_offset<'a, P, E, F>(
    limits: PageLimits,
    start: u64,
    fetch: F,
) -> ItemStream<'a, P::Item, E>
where
    P: OffsetPage,
    E: DeserializeOwned + Send + 'static,
    F: FnMut(u64) -> BoxFuture<'a, Result<P, Error<E>>> + Send + 'a,
{
    let state = State {
        fetch,
        next: Next::Offset(start),
        pages: 0,
        previous: None,
        max_pages: limits.max_pages_value(),
    };
    stream::try_unfold(state, |mut state| async move {
        let offset = match std::mem::replace(&mut state.next, Next::Done) {
            Next::Offset(offset) => offset,
            Next::Fail(e) => return Err(Error::Pagination(e)),
            Next::Done => return Ok(None),
        };
        let page = (state.fetch)(offset).await?;
        state.pages += 1;
        let (items, position) = page.into_parts();
        // A page for another offset than the one asked for: the server ignores `offset`
        // (its items, a page already delivered, are not delivered again).
        if let Some(answered) = position.offset
            && answered != offset
        {
            return Err(Error::Pagination(PaginationError::OffsetIgnored {
                requested: offset,
                answered,
            }));
        }
        // A page holding exactly the previous page's items: the server did not move on.
        let seen = serde_json::to_value(&items).ok();
        if !items.is_empty() && seen.is_some() && seen == state.previous {
            return Err(Error::Pagination(PaginationError::RepeatedPage { offset }));
        }
        state.previous = seen;
        state.next = after_page(offset, items.len(), position, state.pages, state.max_pages);
        Ok(Some((stream::iter(items.into_iter().map(Ok)), state)))
    })
    .try_flatten()
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(limit: Option<u64>, offset: Option<u64>, total: Option<u64>) -> OffsetPosition {
        OffsetPosition {
            limit,
            offset,
            total,
        }
    }

    #[test]
    fn moves_on_by_the_items_received() {
        assert!(matches!(
            after_page(0, 10, pos(Some(10), Some(0), Some(25)), 1, None),
            Next::Offset(10)
        ));
    }

    #[test]
    fn stops_at_total_at_an_empty_page_and_at_a_short_page() {
        assert!(matches!(
            after_page(20, 5, pos(Some(10), Some(20), Some(25)), 3, None),
            Next::Done
        ));
        assert!(matches!(
            after_page(30, 0, pos(None, None, None), 4, None),
            Next::Done
        ));
        assert!(matches!(
            after_page(0, 3, pos(Some(10), None, None), 1, None),
            Next::Done
        ));
    }

    #[test]
    fn the_page_limit_applies() {
        assert!(matches!(
            after_page(0, 10, pos(Some(10), Some(0), None), 1, Some(1)),
            Next::Fail(PaginationError::PageLimit { pages: 1 })
        ));
    }

    #[test]
    fn negative_numbers_are_absent() {
        assert_eq!(
            OffsetPosition::new(Some(-1), Some(5_i64), None::<i64>),
            pos(None, Some(5), None)
        );
    }
}
