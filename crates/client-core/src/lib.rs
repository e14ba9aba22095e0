#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod config;
mod error;
mod idempotency;
mod lenient;
mod paginate;
mod paginate_offset;
mod retry;
mod runtime;
mod secret;
pub mod trace;
mod wire;

pub use config::{
    ClientOptions, ClientParts, ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
    normalise_base_url,
};
pub use config::{DEFAULT_DEADLINE, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_REDIRECTS};
pub use error::{ApiError, Error, ErrorBody, call, get_json};
pub use idempotency::{fill_idempotency_key, new_idempotency_key};
pub use lenient::{LenientF64, LenientI64};
pub use lenient::{LenientNumber, NotANumber};
pub use paginate::{ItemStream, ListPage, PageLimits, Pager, Paginated, PaginationError, paginate};
pub use paginate_offset::{
    OffsetPage, OffsetPaginated, OffsetPosition, paginate_offset, paginate_offset_request,
};
pub use retry::{RetryPolicy, is_idempotent, is_retryable_status, parse_retry_after};
pub use runtime::{
    BodyWaitHint, RetryEvent, RetryObserver, RetryReason, Runtime, WaitSource, execute, operation,
};
pub use secret::{Auth, Secret};
pub use wire::{PathSegment, QueryParamExt, decode, deserialize_str};
