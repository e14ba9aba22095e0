//! What this API needs beyond its spec: a secret key tells its environment by its prefix.

use client_core::ConfigError;

use crate::Client;

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

/// Rejects a key of neither form at construction, before anything is sent.
pub(crate) fn check_secret_key(secret_key: &str) -> Result<(), ConfigError> {
    KeyEnvironment::of_key(secret_key)
        .map(|_| ())
        .ok_or(ConfigError::UnrecognisedCredential(
            "a Qonversion secret key starts with `sk_` (production) or `test_sk_` (sandbox)",
        ))
}

impl Client {
    /// The environment of the key: production (`sk_`) or sandbox (`test_sk_`).
    pub fn environment(&self) -> KeyEnvironment {
        KeyEnvironment::of_key(self.credential.expose())
            .expect("Client::with_options accepts only keys of either form")
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
