#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod client;
#[rustfmt::skip]
mod generated;

pub use client::{Client, DEFAULT_BASE_URL, KeyEnvironment};
pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, RetryEvent, RetryPolicy, RetryReason,
    WaitSource,
};
pub use generated::{Client as Operations, ResponseValue, builder, types};

/// The error of every call: status, the v4 error envelope (`type`, `code`, `message`,
/// `details`) or the raw body when it does not decode, and the request id.
pub type Error = client_core::Error<types::ErrorResponse>;
