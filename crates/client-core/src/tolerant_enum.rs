//! The conversions every generated string enum has, written once.
//!
//! The generator gives each enum its two value-specific functions, `as_str` (the wire value)
//! and `From<&str>` (a known value, or the catch-all variant holding an unknown one), and
//! one `tolerant_enum!` line for everything that follows from those two: `From<String>`,
//! `FromStr` (never fails), `Display` and `Deserialize`. `TryFrom<&str>` and
//! `TryFrom<String>` come from the standard library's blanket impl over `From`.

/// Implements `From<String>`, `FromStr`, `Display` and `Deserialize` for a string enum
/// with `as_str(&self) -> &str` and `From<&str>`; `FromStr`'s error type is `$err` (the
/// generated module's `ConversionError`, which it never returns).
///
/// With the catch-all variant and the list of `Variant = "wire"` pairs after a `;`, it also
/// writes `as_str` and `From<&str>`.
#[macro_export]
#[doc(hidden)]
macro_rules! tolerant_enum {
    ($ty:ident, $err:path, $catch_all:ident; $($variant:ident = $wire:literal),* $(,)?) => {
        impl $ty {
            /// The value as it travels on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::$catch_all(value) => value.as_str(),
                }
            }
        }
        impl ::std::convert::From<&str> for $ty {
            /// Never fails: a value not in the spec is kept in the catch-all variant.
            #[inline]
            fn from(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)*
                    other => Self::$catch_all(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }
        $crate::tolerant_enum!($ty, $err);
    };
    ($ty:ident, $err:path) => {
        impl ::std::convert::From<::std::string::String> for $ty {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = $err;
            /// Never fails: a value not in the spec is kept in the catch-all variant.
            #[inline]
            fn from_str(value: &str) -> ::std::result::Result<Self, $err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }
        impl ::std::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $ty {
            /// Matches the string in place; a value not in the spec is kept verbatim.
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                $crate::deserialize_str(deserializer, |value| Self::from(value))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq)]
    enum Colour {
        Red,
        Unknown(String),
    }
    impl Colour {
        fn as_str(&self) -> &str {
            match self {
                Self::Red => "red",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for Colour {
        fn from(value: &str) -> Self {
            match value {
                "red" => Self::Red,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    #[derive(Debug)]
    struct Never;
    crate::tolerant_enum!(Colour, Never);

    #[test]
    fn every_conversion_goes_through_the_two_functions() {
        assert_eq!("red".parse::<Colour>().unwrap(), Colour::Red);
        assert_eq!(
            Colour::from("blue".to_string()),
            Colour::Unknown("blue".into())
        );
        assert_eq!(Colour::Unknown("teal".into()).to_string(), "teal");
        let decoded: Vec<Colour> = serde_json::from_str(r#"["red","mauve"]"#).unwrap();
        assert_eq!(decoded, [Colour::Red, Colour::Unknown("mauve".into())]);
        assert!(serde_json::from_str::<Colour>("1").is_err());
    }

    #[derive(Debug, PartialEq)]
    enum Size {
        Small,
        ExtraLarge,
        Other(String),
    }
    crate::tolerant_enum!(Size, Never, Other; Small = "small", ExtraLarge = "x-large");

    #[test]
    fn the_variant_list_writes_both_functions() {
        assert_eq!(Size::from("x-large"), Size::ExtraLarge);
        assert_eq!(Size::Small.as_str(), "small");
        assert_eq!(Size::from("tiny"), Size::Other("tiny".into()));
        assert_eq!(Size::Other("tiny".into()).to_string(), "tiny");
        let decoded: Vec<Size> = serde_json::from_str(r#"["small","huge"]"#).unwrap();
        assert_eq!(decoded, [Size::Small, Size::Other("huge".into())]);
    }
}
