#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod client;
#[rustfmt::skip]
mod generated;
mod key;

pub use client::{Client, DEFAULT_BASE_URL};
pub use client_core::LenientNumber;
pub use client_core::{
    ApiError, ClientOptions, ConfigError, ErrorBody, LenientF64, LenientI64, RetryEvent,
    RetryPolicy, RetryReason, WaitSource,
};
pub use generated::{Client as Operations, ResponseValue, builder, types};
pub use key::ProjectApiKey;

/// The error of every call. The API documents no error format: the body is decoded when it
/// is a JSON object and kept raw otherwise, always with the status.
pub type Error = client_core::Error<types::AnalyticsError>;
