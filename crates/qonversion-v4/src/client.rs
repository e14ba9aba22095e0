//! Building a Qonversion v4 client from a project secret key.

use std::fmt;
use std::ops::Deref;

use client_core::{Auth, ClientOptions, ConfigError, Secret};

use crate::generated;

/// The documented base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.qonversion.io/v4";

/// Which environment a secret key belongs to; the two hold separate data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyEnvironment {
    /// A key starting `sk_`.
    Production,
    /// A key starting `test_sk_`.
    Sandbox,
}

impl KeyEnvironment {
    /// Tells the environment from the key's prefix; `None` for a key of neither form.
    pub fn of_key(secret_key: &str) -> Option<Self> {
        if secret_key.starts_with("test_sk_") {
            Some(Self::Sandbox)
        } else if secret_key.starts_with("sk_") {
            Some(Self::Production)
        } else {
            None
        }
    }
}

/// A Qonversion REST API v4 client; every documented operation is a method (through
/// [`Deref`] to [`crate::Operations`]). Cloning is cheap.
#[derive(Clone)]
pub struct Client {
    inner: generated::Client,
    environment: KeyEnvironment,
}

impl Client {
    /// A client authenticated with the project Secret Key (`sk_...` for production,
    /// `test_sk_...` for sandbox), sent as `Authorization: Bearer <key>`.
    pub fn new(secret_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::with_options(secret_key, ClientOptions::new())
    }

    /// A client with a custom base URL, HTTP client, retry policy or timeouts.
    pub fn with_options(
        secret_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let key = Secret::new(secret_key);
        let environment =
            KeyEnvironment::of_key(key.expose()).ok_or(ConfigError::UnrecognisedCredential(
                "a Qonversion secret key starts with `sk_` (production) or `test_sk_` (sandbox)",
            ))?;
        let parts = options.build(
            DEFAULT_BASE_URL,
            &Auth::Bearer(key),
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            None,
        )?;
        Ok(Self {
            inner: generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
            environment,
        })
    }

    /// The environment of the key: production or sandbox.
    pub fn environment(&self) -> KeyEnvironment {
        self.environment
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.baseurl
    }
}

impl Deref for Client {
    type Target = generated::Client;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("qonversion_v4::Client")
            .field("base_url", &self.inner.baseurl)
            .field("environment", &self.environment)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_prefix_tells_the_environment() {
        assert_eq!(
            Client::new("sk_live").unwrap().environment(),
            KeyEnvironment::Production
        );
        assert_eq!(
            Client::new("test_sk_abc").unwrap().environment(),
            KeyEnvironment::Sandbox
        );
        let err = Client::new("pk_nope_secret").unwrap_err();
        assert!(matches!(err, ConfigError::UnrecognisedCredential(_)));
        assert!(!err.to_string().contains("nope_secret"));
    }
}
