//! The project API key, which travels as the first path segment.

use std::fmt;

use client_core::Secret;

/// The project API key. `Debug` is redacted; the generated code renders it into the URL
/// path through `Display`, which is the only way to read it back.
#[derive(Clone, PartialEq, Eq)]
pub struct ProjectApiKey(Secret);

impl ProjectApiKey {
    /// Wraps a key; `None` when it is empty (the document requires at least one character).
    pub fn new(key: impl Into<String>) -> Option<Self> {
        let key = key.into();
        (!key.is_empty()).then(|| Self(Secret::new(key)))
    }
}

impl fmt::Debug for ProjectApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProjectApiKey(<redacted>)")
    }
}

/// Writes the key itself: the generated code builds the request path with it.
impl fmt::Display for ProjectApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.expose())
    }
}

impl serde::Serialize for ProjectApiKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.expose())
    }
}

impl<'de> serde::Deserialize<'de> for ProjectApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Self::new(key).ok_or_else(|| serde::de::Error::custom("the project API key is empty"))
    }
}
