//! Streams over list envelopes (an `items` array and a `next_page` link), for every
//! generated client.
//!
//! The generated facades call [`paginate`] for each list operation; this module holds the
//! rules every stream obeys:
//! - `next_page` is followed exactly as the server sent it (a cursor such as
//!   `$RCAnonymousID:abc` is never decoded or re-encoded);
//! - it is never followed to another origin (the credential stays with the API's host);
//! - a `next_page` already requested (any cycle: A -> A, A -> B -> A, ...) ends the stream with
//!   [`PaginationError::Cycle`];
//! - a run of empty pages that still point further ends it with
//!   [`PaginationError::EmptyPages`];
//! - an optional limit on pages ends it with [`PaginationError::PageLimit`].

use std::collections::HashSet;
use std::fmt;

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;

use crate::{Error, Runtime};

/// The stream of items every list operation offers, ending with the API's error.
pub type ItemStream<'a, T, E> = BoxStream<'a, Result<T, Error<E>>>;

/// A page of a list: the items it holds and the link to the next page.
pub trait ListPage: DeserializeOwned + Send + 'static {
    /// The item type (`Customer`, ...).
    type Item: Send + 'static;
    /// Splits the page into its items and its `next_page`.
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>);
}

/// A list request whose pages can be streamed: a generated builder, configured as usual.
pub trait Paginated<'a>: Send + 'a {
    /// The page type (`CustomerList`, ...).
    type Page: ListPage<Item = Self::Item>;
    /// The item type (`Customer`, ...).
    type Item: Send + 'static;
    /// The API's error body.
    type Error: DeserializeOwned + Send + 'static;
    /// The operation's name, for retry events of the requests that follow `next_page`.
    const OPERATION: &'static str;
    /// Sends the first request.
    fn first_page(self) -> BoxFuture<'a, Result<Self::Page, Error<Self::Error>>>;
}

/// Bounds on a stream, so that a broken server cannot keep it running forever.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLimits {
    max_pages: Option<u32>,
    max_empty_pages: u32,
}

impl PageLimits {
    /// How many empty pages in a row that still point to a next page end a stream, by default.
    pub const DEFAULT_MAX_EMPTY_PAGES: u32 = 5;

    /// No page limit; [`Self::DEFAULT_MAX_EMPTY_PAGES`] empty pages in a row end a stream.
    pub const fn new() -> Self {
        Self {
            max_pages: None,
            max_empty_pages: Self::DEFAULT_MAX_EMPTY_PAGES,
        }
    }

    /// Ends a stream with [`PaginationError::PageLimit`] when the server points past
    /// `pages` pages (the items of those pages are all delivered first).
    pub const fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = Some(pages);
        self
    }

    /// Ends a stream with [`PaginationError::EmptyPages`] after `pages` empty pages in a row
    /// that still point to a next page (at least 1).
    pub const fn max_empty_pages(mut self, pages: u32) -> Self {
        self.max_empty_pages = if pages == 0 { 1 } else { pages };
        self
    }
}

impl PageLimits {
    /// The page limit, if any.
    pub(crate) fn page_limit(&self) -> Option<u32> {
        self.max_pages
    }
    /// The run of empty pages that ends a stream.
    pub(crate) fn empty_pages(&self) -> u32 {
        self.max_empty_pages
    }
    /// The page limit, if one is set.
    pub(crate) const fn max_pages_value(&self) -> Option<u32> {
        self.max_pages
    }
}

impl Default for PageLimits {
    fn default() -> Self {
        Self::new()
    }
}

/// Why a stream stopped before the server said the list was over.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PaginationError {
    /// `next_page` pointed to a page this stream had already requested.
    Cycle {
        /// The `next_page` as the server sent it.
        next_page: String,
    },
    /// This many empty pages in a row still pointed to a next page.
    EmptyPages {
        /// The run of empty pages.
        pages: u32,
    },
    /// The server pointed past the page limit set with [`PageLimits::max_pages`].
    PageLimit {
        /// The limit.
        pages: u32,
    },
    /// `next_page` pointed to another origin; it is not followed, so the credential stays
    /// with the API's host.
    OtherOrigin {
        /// The `next_page` as the server sent it.
        next_page: String,
    },
    /// An offset-paged list answered a page starting at another offset than the one asked
    /// for: the server ignores `offset`, and following it would never end.
    OffsetIgnored {
        /// The offset asked for.
        requested: u64,
        /// The offset the page says it starts at.
        answered: u64,
    },
    /// An offset-paged list answered the same items as the page before: the server does
    /// not move on with `offset`.
    RepeatedPage {
        /// The offset of the repeated page.
        offset: u64,
    },
    /// `next_page` is neither a path nor a URL.
    InvalidNextPage {
        /// The `next_page` as the server sent it.
        next_page: String,
        /// Why it was rejected.
        reason: String,
    },
    /// The server restarted the list from the top (it did not know the cursor) and said so:
    /// the stream stops before that page, so no item is delivered twice unannounced.
    Restarted {
        /// The cursor (or page number) the restarted request carried; `None` for the first.
        cursor: Option<String>,
    },
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Cycle { next_page } => {
                write!(
                    f,
                    "next_page points to a page already requested: {next_page}"
                )
            }
            Self::EmptyPages { pages } => write!(
                f,
                "{pages} empty pages in a row still pointed to a next page"
            ),
            Self::PageLimit { pages } => {
                write!(f, "the list goes on past the limit of {pages} pages")
            }
            Self::OtherOrigin { next_page } => {
                write!(f, "next_page points to another origin: {next_page}")
            }
            Self::OffsetIgnored {
                requested,
                answered,
            } => write!(
                f,
                "asked for offset {requested}, the server answered offset {answered}: it ignores `offset`"
            ),
            Self::RepeatedPage { offset } => write!(
                f,
                "the page at offset {offset} repeats the previous page: the server ignores `offset`"
            ),
            Self::InvalidNextPage { next_page, reason } => {
                write!(
                    f,
                    "next_page is not a path or a URL ({reason}): {next_page}"
                )
            }
            Self::Restarted { cursor } => write!(
                f,
                "the server restarted the list from the top (cursor {})",
                cursor.as_deref().unwrap_or("none")
            ),
        }
    }
}

impl std::error::Error for PaginationError {}

/// What a stream needs to follow `next_page` on its own: an owned copy of the client's
/// connection pool and runtime, so that the stream can outlive the client it came from.
#[derive(Clone, Debug)]
pub struct Pager {
    runtime: Runtime,
    http: reqwest::Client,
    base_url: String,
    server_path: &'static str,
    operation_id: &'static str,
    limits: PageLimits,
}

impl Pager {
    /// `base_url` is the client's (normalised, no trailing `/`); `server_path` is the path of
    /// the API's documented server (`/v2`), which the API puts in front of a `next_page` path
    /// and which `base_url` replaces (so that a proxy or a test server keeps working).
    pub fn new(
        runtime: &Runtime,
        http: &reqwest::Client,
        base_url: &str,
        server_path: &'static str,
        operation_id: &'static str,
        limits: PageLimits,
    ) -> Self {
        Self {
            runtime: runtime.clone(),
            http: http.clone(),
            base_url: base_url.trim_end_matches('/').to_string(),
            server_path: server_path.trim_end_matches('/'),
            operation_id,
            limits,
        }
    }

    /// The URL of `next_page`, resolved against the base URL without decoding it.
    fn resolve(&self, next_page: &str) -> Result<String, PaginationError> {
        if !self.server_path.is_empty()
            && let Some(rest) = next_page.strip_prefix(self.server_path)
            && (rest.starts_with('/') || rest.starts_with('?'))
        {
            return Ok(format!("{}{rest}", self.base_url));
        }
        let invalid = |reason: String| PaginationError::InvalidNextPage {
            next_page: next_page.to_string(),
            reason,
        };
        let base = url::Url::parse(&self.base_url).map_err(|e| invalid(e.to_string()))?;
        if next_page.starts_with("//") {
            // A scheme-relative URL names a host: treat it like an absolute one.
            let absolute = base.join(next_page).map_err(|e| invalid(e.to_string()))?;
            return self.same_origin(&base, &absolute, next_page);
        }
        if next_page.starts_with('/') {
            let origin = base.origin().ascii_serialization();
            return Ok(format!("{origin}{next_page}"));
        }
        let absolute = url::Url::parse(next_page).map_err(|e| invalid(e.to_string()))?;
        self.same_origin(&base, &absolute, next_page)
    }

    fn same_origin(
        &self,
        base: &url::Url,
        absolute: &url::Url,
        next_page: &str,
    ) -> Result<String, PaginationError> {
        if absolute.origin() != base.origin() {
            return Err(PaginationError::OtherOrigin {
                next_page: next_page.to_string(),
            });
        }
        Ok(next_page.to_string())
    }
}

enum Cursor<'a, P, E> {
    First(BoxFuture<'a, Result<P, Error<E>>>),
    Next(String),
    /// The stream must stop: fail on the next poll, after the items of the last page.
    Fail(PaginationError),
    Done,
}

struct State<'a, P, E> {
    cursor: Cursor<'a, P, E>,
    requested: HashSet<String>,
    pages: u32,
    empty_run: u32,
}

/// The URL to request after a page whose `next_page` is `next_page`, or why not to.
fn next_cursor<P, E>(
    pager: &Pager,
    state: &mut State<'_, P, E>,
    next_page: String,
) -> Result<String, PaginationError> {
    let url = pager.resolve(&next_page)?;
    if !state.requested.insert(url.clone()) {
        return Err(PaginationError::Cycle { next_page });
    }
    if state.empty_run >= pager.limits.max_empty_pages {
        return Err(PaginationError::EmptyPages {
            pages: state.empty_run,
        });
    }
    match pager.limits.max_pages {
        Some(max) if state.pages >= max => Err(PaginationError::PageLimit { pages: max }),
        _ => Ok(url),
    }
}

/// Streams every item of a list: the first page from `first`, then every `next_page`
/// through `pager`, within the rules of this module. The stream owns everything it needs
/// but `first`: with a `'static` first request it is `Send + 'static`.
pub fn paginate<'a, P, E>(
    pager: Pager,
    first: BoxFuture<'a, Result<P, Error<E>>>,
) -> ItemStream<'a, P::Item, E>
where
    P: ListPage,
    E: DeserializeOwned + Send + 'static,
{
    let state = State {
        cursor: Cursor::First(first),
        requested: HashSet::new(),
        pages: 0,
        empty_run: 0,
    };
    stream::try_unfold((pager, state), |(pager, mut state)| async move {
        let page = match std::mem::replace(&mut state.cursor, Cursor::Done) {
            Cursor::First(first) => first.await?,
            Cursor::Next(url) => {
                crate::get_json::<P, E>(&pager.runtime, &pager.http, &url, pager.operation_id)
                    .await?
                    .into_inner()
            }
            Cursor::Fail(e) => return Err(Error::Pagination(e)),
            Cursor::Done => return Ok(None),
        };
        state.pages += 1;
        let (items, next_page) = page.into_parts();
        state.empty_run = if items.is_empty() {
            state.empty_run + 1
        } else {
            0
        };
        if let Some(next_page) = next_page.filter(|n| !n.is_empty()) {
            state.cursor = match next_cursor(&pager, &mut state, next_page) {
                Ok(url) => Cursor::Next(url),
                // Deliver this page's items first, then fail.
                Err(e) => Cursor::Fail(e),
            };
        }
        Ok(Some((
            stream::iter(items.into_iter().map(Ok)),
            (pager, state),
        )))
    })
    .try_flatten()
    .boxed()
}
