#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod config;
mod error;
mod lenient;
mod retry;
mod runtime;
mod secret;
pub mod trace;

pub use config::{
    ClientOptions, ClientParts, ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
    normalise_base_url,
};
pub use error::{ApiError, Error, ErrorBody, call, get_json};
pub use lenient::{LenientF64, LenientI64};
pub use retry::{RetryPolicy, is_idempotent, is_retryable_status, parse_retry_after};
pub use runtime::{
    BodyWaitHint, RetryEvent, RetryObserver, RetryReason, Runtime, WaitSource, execute, operation,
};
pub use secret::{Auth, Secret};
