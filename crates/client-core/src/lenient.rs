//! Numbers that may arrive as JSON numbers or as numeric strings.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

macro_rules! lenient_number {
    ($name:ident, $inner:ty, $what:literal) => {
        #[doc = concat!("A ", $what, " that decodes from a JSON number or a numeric string (`42` or `\"42\"`).")]
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        pub struct $name(pub $inner);

        impl $name {
            /// The number.
            pub fn get(self) -> $inner {
                self.0
            }
        }

        impl From<$inner> for $name {
            fn from(value: $inner) -> Self {
                Self(value)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = <$inner as FromStr>::Err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map(Self)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #[derive(Deserialize)]
                #[serde(untagged)]
                enum Wire {
                    Number($inner),
                    Text(String),
                }
                match Wire::deserialize(deserializer).map_err(|_| {
                    de::Error::custom(concat!("expected a ", $what, " or a numeric string"))
                })? {
                    Wire::Number(n) => Ok(Self(n)),
                    Wire::Text(s) => s.parse().map_err(|_| {
                        de::Error::custom(format!(concat!("`{}` is not a ", $what), s))
                    }),
                }
            }
        }
    };
}

lenient_number!(LenientI64, i64, "whole number");
lenient_number!(LenientF64, f64, "number");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_numeric_strings_decode() {
        let v: Vec<LenientI64> = serde_json::from_str(r#"[15420, "43", " 7 "]"#).unwrap();
        assert_eq!(v, vec![LenientI64(15420), LenientI64(43), LenientI64(7)]);
        let v: Vec<LenientF64> = serde_json::from_str(r#"[2.4, "9.95", 3]"#).unwrap();
        assert_eq!(v, vec![LenientF64(2.4), LenientF64(9.95), LenientF64(3.0)]);
        assert!(serde_json::from_str::<LenientI64>(r#""many""#).is_err());
        assert!(serde_json::from_str::<LenientI64>("true").is_err());
        assert_eq!(serde_json::to_string(&LenientF64(9.5)).unwrap(), "9.5");
    }
}
