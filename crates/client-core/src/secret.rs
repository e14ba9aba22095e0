//! Secrets that never show in `Debug`, `Display` or logs.

use std::fmt;

/// A credential. `Debug` and `Display` print `<redacted>`; only [`Secret::expose`] gives the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The credential itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

/// How a client authenticates every request.
#[derive(Clone, Debug)]
pub enum Auth {
    /// `Authorization: Bearer <secret>`.
    Bearer(Secret),
    /// A custom header carrying the secret, e.g. `x-api-key`.
    Header(&'static str, Secret),
    /// No header (the credential travels elsewhere, e.g. in the path).
    None,
}

impl Auth {
    /// The header to put on each request, marked sensitive so that `Debug` of the
    /// request and reqwest's own logging never print it.
    pub fn header(
        &self,
    ) -> Result<
        Option<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>,
        crate::ConfigError,
    > {
        let (name, prefix, secret) = match self {
            Auth::Bearer(s) => (reqwest::header::AUTHORIZATION, "Bearer ", s),
            Auth::Header(name, s) => (reqwest::header::HeaderName::from_static(name), "", s),
            Auth::None => return Ok(None),
        };
        if secret.expose().trim().is_empty() {
            return Err(crate::ConfigError::InvalidCredential);
        }
        let value = format!("{prefix}{}", secret.expose());
        let mut value = reqwest::header::HeaderValue::from_str(&value)
            .map_err(|_| crate::ConfigError::InvalidCredential)?;
        value.set_sensitive(true);
        Ok(Some((name, value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("sk_live_123");
        assert!(!format!("{s:?}{s}").contains("sk_live_123"));
        let a = Auth::Bearer(s.clone());
        assert!(!format!("{a:?}").contains("sk_live_123"));
        let (_, v) = a.header().unwrap().unwrap();
        assert!(v.is_sensitive());
        assert!(!format!("{v:?}").contains("sk_live_123"));
    }

    #[test]
    fn an_empty_credential_is_rejected() {
        assert!(Auth::Bearer(Secret::new("  ")).header().is_err());
        assert!(Auth::Header("x-api-key", Secret::new("")).header().is_err());
        assert!(Auth::None.header().unwrap().is_none());
    }

    #[test]
    fn a_credential_with_a_newline_is_rejected_without_echoing_it() {
        let e = Auth::Bearer(Secret::new("sk_bad\nkey"))
            .header()
            .unwrap_err();
        assert!(!e.to_string().contains("sk_bad"));
    }
}
