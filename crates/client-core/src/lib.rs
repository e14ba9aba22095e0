#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod builder;
mod call;
mod config;
mod error;
mod explain;
mod idempotency;
mod lenient;
mod mock_macros;
mod next_page;
mod op_builder;
mod paginate;
mod paginate_offset;
mod paginate_tokens;
mod redirect;
mod retry;
mod retry_events;
mod runtime;
mod secret;
mod string_newtype;
mod tolerant_enum;
pub mod trace;
mod type_builder;
mod type_text;
pub mod webhook;
mod wire;

pub use builder::{IntoOption, check_builder};
pub use call::call;
pub use config::{
    ClientOptions, ClientParts, ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
    normalise_base_url,
};
pub use config::{DEFAULT_DEADLINE, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_REDIRECTS};
pub use error::{ApiError, Error, ErrorBody};
pub use idempotency::{fill_idempotency_key, idempotency_key};
pub use lenient::{LenientF64, LenientI64};
pub use lenient::{LenientNumber, LenientString, NotANumber};
pub use next_page::get_json;
#[doc(hidden)]
pub use op_builder::{
    body_conversion_failed, conversion_failed, respond, respond_empty, respond_stream,
};
pub use paginate::{ItemStream, ListPage, PageLimits, Pager, Paginated, PaginationError, paginate};
pub use paginate_offset::{
    OffsetPage, OffsetPaginated, OffsetPosition, paginate_offset, paginate_offset_request,
};
pub use paginate_tokens::{
    CursorPage, CursorPaginated, NumberedPage, NumberedPaginated, PageFuture, PagesLeft,
    paginate_cursor, paginate_numbered,
};
pub use retry::{RetryPolicy, is_idempotent, is_retryable_status, parse_retry_after};
pub use retry_events::{BodyWaitHint, RetryEvent, RetryObserver, RetryReason, WaitSource};
pub use runtime::{Runtime, execute, operation};
pub use secret::{Auth, Secret};
pub use wire::{PathSegment, QueryParamExt, decode, deserialize_str};

/// What a user matches errors on ([`Error::status`] is a `StatusCode`, [`Error::headers`]
/// a `HeaderMap`) and drives item streams with (`try_next`, `try_collect`, `next`),
/// re-exported so that no other crate needs naming for it.
pub use futures::{StreamExt, TryStreamExt};
pub use reqwest::StatusCode;
pub use reqwest::header::HeaderMap;
