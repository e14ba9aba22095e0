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
    /// The credential travels in the URL path (Qonversion Analytics' project key): no
    /// header is added, but the runtime knows the value, so it never follows a redirect
    /// that would carry it to another origin and scrubs it from everything it prints.
    Path(Secret),
    /// No credential at all.
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
            Auth::Path(s) if s.expose().trim().is_empty() => {
                return Err(crate::ConfigError::InvalidCredential);
            }
            Auth::Path(_) | Auth::None => return Ok(None),
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

impl Auth {
    /// The secret, whatever the scheme.
    fn secret(&self) -> Option<&Secret> {
        match self {
            Auth::Bearer(s) | Auth::Header(_, s) | Auth::Path(s) => Some(s),
            Auth::None => None,
        }
    }
}

/// Scrubs a client's own credential from text it is about to print or keep in an error.
///
/// It looks for the credential as given and, when different, percent-encoded the way it
/// appears in a URL path.
#[derive(Clone)]
pub(crate) struct Redactor {
    needles: Vec<Box<[u8]>>,
}

/// What replaces a credential in scrubbed text.
pub(crate) const REDACTED: &str = "<redacted>";

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Redactor(<redacted>)")
    }
}

impl Redactor {
    /// The redactor for `auth`, or `None` when there is no credential to hide.
    pub(crate) fn for_auth(auth: &Auth) -> Option<Self> {
        let secret = auth.secret()?.expose().trim();
        if secret.is_empty() {
            return None;
        }
        let mut needles: Vec<Box<[u8]>> = vec![secret.as_bytes().into()];
        let encoded = progenitor_client::encode_path(secret);
        if encoded != secret {
            needles.push(encoded.as_bytes().into());
        }
        Some(Self { needles })
    }

    /// Whether `haystack` holds the credential.
    pub(crate) fn found_in(&self, haystack: &[u8]) -> bool {
        self.needles.iter().any(|n| find(haystack, n).is_some())
    }

    /// `bytes` with every occurrence of the credential replaced, or `None` if it has none.
    pub(crate) fn scrub_bytes(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        if !self.found_in(bytes) {
            return None;
        }
        let mut out = bytes.to_vec();
        for needle in &self.needles {
            let mut result = Vec::with_capacity(out.len());
            let mut rest = &out[..];
            while let Some(at) = find(rest, needle) {
                result.extend_from_slice(&rest[..at]);
                result.extend_from_slice(REDACTED.as_bytes());
                rest = &rest[at + needle.len()..];
            }
            result.extend_from_slice(rest);
            out = result;
        }
        Some(out)
    }

    /// `text` with every occurrence of the credential replaced.
    pub(crate) fn scrub_str(&self, text: &str) -> String {
        match self.scrub_bytes(text.as_bytes()) {
            // Replacing whole UTF-8 needles with ASCII keeps the text valid UTF-8.
            Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            None => text.to_owned(),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
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
        assert!(Auth::Path(Secret::new(" ")).header().is_err());
        assert!(Auth::Path(Secret::new("key")).header().unwrap().is_none());
    }

    #[test]
    fn the_redactor_replaces_the_credential_raw_and_percent_encoded() {
        let r = Redactor::for_auth(&Auth::Path(Secret::new("pk 1/x"))).unwrap();
        assert_eq!(
            r.scrub_str("a pk 1/x b pk%201%2Fx c"),
            "a <redacted> b <redacted> c"
        );
        assert!(r.scrub_bytes(b"nothing here").is_none());
        assert!(r.found_in(b"/v1/pk%201%2Fx/metrics"));
        assert!(Redactor::for_auth(&Auth::None).is_none());
    }

    #[test]
    fn a_credential_with_a_newline_is_rejected_without_echoing_it() {
        let e = Auth::Bearer(Secret::new("sk_bad\nkey"))
            .header()
            .unwrap_err();
        assert!(!e.to_string().contains("sk_bad"));
    }
}
