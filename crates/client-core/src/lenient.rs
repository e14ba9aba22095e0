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

/// Any JSON number, or a string holding one: whole (`42`), fractional (`0.35`), in
/// exponent form (`1e3`) or quoted (`"42"`, `"0.35"`). Whole numbers that fit an `i64`
/// are kept exactly; everything else is kept as an `f64`. Only finite values decode.
#[derive(Clone, Copy, Debug)]
pub struct LenientNumber(NumberRepr);

#[derive(Clone, Copy, Debug)]
enum NumberRepr {
    Int(i64),
    Float(f64),
}

impl LenientNumber {
    /// The value as an `f64` (whole numbers beyond 2^53 lose precision).
    pub fn as_f64(self) -> f64 {
        match self.0 {
            NumberRepr::Int(i) => i as f64,
            NumberRepr::Float(f) => f,
        }
    }

    /// The value as an `i64` when it is a whole number in range (`3`, `"3"`, `3.0`, `3e0`).
    pub fn as_i64(self) -> Option<i64> {
        match self.0 {
            NumberRepr::Int(i) => Some(i),
            NumberRepr::Float(f) => {
                let whole = f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64;
                whole.then_some(f as i64)
            }
        }
    }

    fn float(f: f64) -> Option<Self> {
        f.is_finite().then_some(Self(NumberRepr::Float(f)))
    }
}

impl Default for LenientNumber {
    fn default() -> Self {
        Self(NumberRepr::Int(0))
    }
}

impl PartialEq for LenientNumber {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (NumberRepr::Int(a), NumberRepr::Int(b)) => a == b,
            _ => self.as_f64() == other.as_f64(),
        }
    }
}

impl From<i64> for LenientNumber {
    fn from(value: i64) -> Self {
        Self(NumberRepr::Int(value))
    }
}

impl From<f64> for LenientNumber {
    /// A non-finite `f64` (NaN, infinity) becomes 0: JSON cannot carry it.
    fn from(value: f64) -> Self {
        Self::float(value).unwrap_or_default()
    }
}

impl fmt::Display for LenientNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            NumberRepr::Int(i) => i.fmt(f),
            NumberRepr::Float(x) => x.fmt(f),
        }
    }
}

/// A string that is not a finite number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotANumber(String);

impl fmt::Display for NotANumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a number", self.0)
    }
}

impl std::error::Error for NotANumber {}

impl FromStr for LenientNumber {
    type Err = NotANumber;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Ok(i) = t.parse::<i64>() {
            return Ok(Self(NumberRepr::Int(i)));
        }
        // Rust also parses "NaN", "inf" and "infinity"; JSON numbers are digits only.
        let numeric = t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
        t.parse::<f64>()
            .ok()
            .filter(|_| numeric)
            .and_then(Self::float)
            .ok_or_else(|| NotANumber(s.to_string()))
    }
}

impl Serialize for LenientNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            NumberRepr::Int(i) => serializer.serialize_i64(i),
            NumberRepr::Float(f) => serializer.serialize_f64(f),
        }
    }
}

impl<'de> Deserialize<'de> for LenientNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = LenientNumber;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a numeric string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(LenientNumber(NumberRepr::Int(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(match i64::try_from(v) {
                    Ok(i) => LenientNumber(NumberRepr::Int(i)),
                    Err(_) => LenientNumber(NumberRepr::Float(v as f64)),
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                LenientNumber::float(v).ok_or_else(|| E::custom("the number is not finite"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// An identifier that is a string on the wire but sometimes arrives as a JSON number
/// (`"12345678"` or `12345678`): either decodes, into the text. It is sent as a string.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LenientString(pub String);

impl LenientString {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for LenientString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for LenientString {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

impl fmt::Display for LenientString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for LenientString {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_string()))
    }
}

impl Serialize for LenientString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LenientString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(s) => Ok(Self(s)),
            serde_json::Value::Number(n) => Ok(Self(n.to_string())),
            other => Err(de::Error::custom(format!(
                "expected a string or a number, got {other}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lenient_string_takes_text_or_a_number_and_sends_text() {
        let t: super::LenientString = serde_json::from_str("\"12345678\"").unwrap();
        let n: super::LenientString = serde_json::from_str("12345678").unwrap();
        assert_eq!(t, n);
        assert_eq!(n.as_str(), "12345678");
        assert_eq!(serde_json::to_string(&n).unwrap(), "\"12345678\"");
        let err = serde_json::from_str::<super::LenientString>("[1]").unwrap_err();
        assert!(
            err.to_string().contains("expected a string or a number"),
            "{err}"
        );
    }

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

    #[test]
    fn any_number_or_numeric_string_decodes() {
        let v: Vec<LenientNumber> = serde_json::from_str(
            r#"[42, 0.35, 1e3, "17", " 0.5 ", "2.5E2", -3, 18446744073709551615]"#,
        )
        .unwrap();
        assert_eq!(v[0].as_i64(), Some(42));
        assert_eq!(v[1].as_f64(), 0.35);
        assert_eq!(v[1].as_i64(), None);
        assert_eq!(v[2].as_i64(), Some(1000));
        assert_eq!(v[3].as_i64(), Some(17));
        assert_eq!(v[4].as_f64(), 0.5);
        assert_eq!(v[5].as_f64(), 250.0);
        assert_eq!(v[6].as_i64(), Some(-3));
        assert_eq!(v[7].as_f64(), 18446744073709551615.0);
        assert_eq!(v[7].as_i64(), None);
        assert_eq!(v[2], LenientNumber::from(1000));
        for bad in [r#""NaN""#, r#""inf""#, r#""many""#, "true", "null", "[]"] {
            assert!(serde_json::from_str::<LenientNumber>(bad).is_err(), "{bad}");
        }
        assert_eq!(serde_json::to_string(&v[0]).unwrap(), "42");
        assert_eq!(serde_json::to_string(&v[1]).unwrap(), "0.35");
        assert_eq!(v[1].to_string(), "0.35");
        assert_eq!("12".parse::<LenientNumber>().unwrap().as_i64(), Some(12));
    }
}
