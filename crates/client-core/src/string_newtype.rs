//! The conversions every generated named string (a newtype over `String` for a component
//! schema of type `string`) has, written once.
//!
//! The spec's length and pattern limits are left to the server (the generator drops them), so
//! a named string takes any value: the generator replaces typify's forwarding impls with one
//! `string_newtype!` line, which also adds `From<&str>` so that a setter takes `"US"`.

/// Implements `Deref<Target = String>`, `From<$ty> for String`, `From<String>`,
/// `From<&str>`, `Display` and `FromStr` (never fails) for a newtype `$ty(pub String)`.
#[macro_export]
#[doc(hidden)]
macro_rules! string_newtype {
    ($ty:ident) => {
        impl ::std::ops::Deref for $ty {
            type Target = ::std::string::String;
            #[inline]
            fn deref(&self) -> &::std::string::String {
                &self.0
            }
        }
        impl ::std::convert::From<$ty> for ::std::string::String {
            #[inline]
            fn from(value: $ty) -> Self {
                value.0
            }
        }
        impl ::std::convert::From<::std::string::String> for $ty {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                Self(value)
            }
        }
        impl ::std::convert::From<&str> for $ty {
            #[inline]
            fn from(value: &str) -> Self {
                Self(::std::borrow::ToOwned::to_owned(value))
            }
        }
        impl ::std::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = ::std::convert::Infallible;
            #[inline]
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(transparent)]
    struct Code(pub String);
    crate::string_newtype!(Code);

    #[test]
    fn every_conversion_keeps_the_value() {
        assert_eq!(Code::from("USA").as_str(), "USA");
        assert_eq!(Code::from(String::from("US")), Code("US".into()));
        assert_eq!(String::from(Code::from("DE".to_string())), "DE");
        assert_eq!("FR".parse::<Code>().unwrap().to_string(), "FR");
        assert_eq!(
            serde_json::from_str::<Code>(r#""FRANCE""#).unwrap(),
            Code("FRANCE".into())
        );
    }
}
