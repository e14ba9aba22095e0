//! A bound on what a YAML document may expand to.
//!
//! serde_yaml expands an alias by replaying the anchored node's events, so a small file of
//! nested aliases (an "alias bomb", a billion laughs) expands to billions of nodes. serde_yaml
//! stops only after 100 alias jumps per event of the document, which still lets a modest
//! file expand to far more than memory holds. This pass walks the document once without
//! building anything and fails, with the line and column where the budget ran out, as soon
//! as it has seen more nodes than a document of this size can hold without aliases.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// The most nodes a document of `len` bytes may expand to: every node of an alias-free
/// document takes at least two bytes (`1,`), so only aliases can go past this.
pub fn budget(len: usize) -> usize {
    len.saturating_mul(2).max(100_000)
}

/// Walks `text` once, counting nodes; fails when the count passes [`budget`].
pub fn check(text: &str) -> Result<(), serde_yaml::Error> {
    let count = Cell::new(0);
    let counter = Counter {
        count: &count,
        limit: budget(text.len()),
    };
    counter.deserialize(serde_yaml::Deserializer::from_str(text))
}

#[derive(Clone, Copy)]
struct Counter<'a> {
    count: &'a Cell<usize>,
    limit: usize,
}

impl Counter<'_> {
    fn tick<E: de::Error>(&self) -> Result<(), E> {
        let n = self.count.get() + 1;
        self.count.set(n);
        if n > self.limit {
            Err(E::custom(format_args!(
                "the document expands to more than {} nodes through aliases (an alias bomb?); \
                 use `$ref` instead of YAML anchors",
                self.limit
            )))
        } else {
            Ok(())
        }
    }
}

impl<'de> DeserializeSeed<'de> for Counter<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! scalar {
    ($($name:ident: $t:ty),*) => {
        $(fn $name<E: de::Error>(self, _: $t) -> Result<(), E> { self.tick() })*
    };
}

impl<'de> Visitor<'de> for Counter<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    scalar!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str,
        visit_i128: i128, visit_u128: u128);

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.tick()
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.tick()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.tick()?;
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.tick()?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.tick()?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged node (`!tag value`).
        use de::VariantAccess;
        self.tick()?;
        let ((), variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_bomb_fails_with_a_place() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let e = check(&text).unwrap_err();
        assert!(e.to_string().contains("alias bomb"), "{e}");
        assert!(e.location().is_some(), "{e}");
    }

    #[test]
    fn a_plain_document_and_a_few_aliases_pass() {
        check("a: &x {b: 1, c: [1, 2]}\nd: *x\ne: *x\n").unwrap();
    }
}
