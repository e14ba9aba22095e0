#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod client;
mod error;
#[rustfmt::skip]
mod generated;

pub use client::{Client, Region};
pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy, RetryReason,
    WaitSource,
};
pub use generated::{Client as Operations, ResponseValue, builder, types};

/// The error of every call: status, the Flexprice error body (or the raw body when it does
/// not decode), and the request id.
pub type Error = client_core::Error<types::ErrorResponse>;
