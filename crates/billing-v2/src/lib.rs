#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod client;
#[rustfmt::skip]
mod generated;
mod paginate;

pub use client::{Client, DEFAULT_BASE_URL};
pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy, RetryReason,
    WaitSource,
};
pub use generated::{ByteStream, Client as Operations, ResponseValue, builder, types};
pub use paginate::{ItemStream, Paginated};

/// The error of every call: status, the API's error object (`retryable`, `backoff_ms`, ...)
/// or the raw body when it does not decode, and the request id.
pub type Error = client_core::Error<types::Error>;
