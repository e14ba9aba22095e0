//! The conversions every generated constrained string (a newtype over `String` whose
//! `FromStr` checks the spec's length or pattern) has, written once.
//!
//! The generator keeps each newtype's `FromStr`, the only part that differs, and replaces
//! the rest with one `string_newtype!` line: `Deref<Target = String>`, `From<T> for String`,
//! `TryFrom<&str>` and `TryFrom<String>` (both through `FromStr`) and a `Deserialize` that
//! rejects a value `FromStr` rejects.

/// Implements `Deref`, `From<$ty> for String`, `TryFrom<&str>`, `TryFrom<String>` and
/// `Deserialize` for a newtype `$ty(String)` with a `FromStr` whose error is `$err`.
#[macro_export]
#[doc(hidden)]
macro_rules! string_newtype {
    ($ty:ident, $err:path) => {
        impl ::std::ops::Deref for $ty {
            type Target = ::std::string::String;
            fn deref(&self) -> &::std::string::String {
                &self.0
            }
        }
        impl ::std::convert::From<$ty> for ::std::string::String {
            fn from(value: $ty) -> Self {
                value.0
            }
        }
        impl ::std::convert::TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(value: &str) -> ::std::result::Result<Self, $err> {
                value.parse()
            }
        }
        impl ::std::convert::TryFrom<::std::string::String> for $ty {
            type Error = $err;
            fn try_from(value: ::std::string::String) -> ::std::result::Result<Self, $err> {
                value.parse()
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?
                    .parse()
                    .map_err(|e: $err| <D::Error as ::serde::de::Error>::custom(e))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq)]
    struct Code(String);
    impl std::str::FromStr for Code {
        type Err = String;
        fn from_str(value: &str) -> Result<Self, String> {
            if value.len() != 2 {
                return Err("not two characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    crate::string_newtype!(Code, String);

    #[test]
    fn every_conversion_checks_through_from_str() {
        assert_eq!(Code::try_from("US").unwrap().as_str(), "US");
        assert!(Code::try_from("USA".to_string()).is_err());
        assert_eq!(String::from(Code::try_from("DE").unwrap()), "DE");
        assert_eq!(
            serde_json::from_str::<Code>(r#""FR""#).unwrap(),
            Code("FR".into())
        );
        let err = serde_json::from_str::<Code>(r#""FRA""#).unwrap_err();
        assert!(err.to_string().contains("not two characters"), "{err}");
    }
}
