//! Building a Flexprice client from an API key and a region.

use std::fmt;
use std::ops::Deref;

use client_core::{Auth, ClientOptions, ConfigError, Secret};

use crate::generated;

/// Where the account lives: each API key belongs to one region.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `https://us.api.flexprice.io/v1`, the default.
    #[default]
    Us,
    /// `https://api.cloud.flexprice.io/v1`.
    India,
}

impl Region {
    /// The region's base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Us => "https://us.api.flexprice.io/v1",
            Region::India => "https://api.cloud.flexprice.io/v1",
        }
    }
}

/// A Flexprice API v1 client; every documented operation is a method (through [`Deref`]
/// to [`crate::Operations`]). Cloning is cheap.
#[derive(Clone)]
pub struct Client {
    inner: generated::Client,
    region: Option<Region>,
}

impl Client {
    /// A client for the US region, authenticated with `x-api-key`.
    pub fn new(api_key: impl Into<String>) -> Result<Self, ConfigError> {
        Self::for_region(api_key, Region::Us)
    }

    /// A client for the given region.
    pub fn for_region(api_key: impl Into<String>, region: Region) -> Result<Self, ConfigError> {
        Self::build(api_key, Some(region), ClientOptions::new())
    }

    /// A client with options; without [`ClientOptions::base_url`] it uses the US region.
    pub fn with_options(
        api_key: impl Into<String>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let region = options.base_url_override().is_none().then_some(Region::Us);
        Self::build(api_key, region, options)
    }

    fn build(
        api_key: impl Into<String>,
        region: Option<Region>,
        options: ClientOptions,
    ) -> Result<Self, ConfigError> {
        let key = Secret::new(api_key);
        let parts = options.build(
            region.unwrap_or_default().base_url(),
            &Auth::Header("x-api-key", key),
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            None,
        )?;
        Ok(Self {
            inner: generated::Client::new_with_client(
                &parts.base_url,
                parts.http_client,
                parts.runtime,
            ),
            region,
        })
    }

    /// The region, unless a custom base URL was given.
    pub fn region(&self) -> Option<Region> {
        self.region
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
        f.debug_struct("flexprice::Client")
            .field("base_url", &self.inner.baseurl)
            .field("region", &self.region)
            .field("runtime", &self.inner.inner)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_and_custom_urls() {
        let us = Client::new("k").unwrap();
        assert_eq!(us.base_url(), "https://us.api.flexprice.io/v1");
        assert_eq!(us.region(), Some(Region::Us));
        let india = Client::for_region("k", Region::India).unwrap();
        assert_eq!(india.base_url(), "https://api.cloud.flexprice.io/v1");
        let custom =
            Client::with_options("k", ClientOptions::new().base_url("http://127.0.0.1:9/v1/"))
                .unwrap();
        assert_eq!(custom.base_url(), "http://127.0.0.1:9/v1");
        assert_eq!(custom.region(), None);
    }
}
