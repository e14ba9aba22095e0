//! The rules: one table that judges every [`Change`] for both commands.
//!
//! **Drift** (A = ours, B = the vendor's spec) asks "does our client still handle what the
//! server sends, and send only what it accepts?". Data the server sends (responses) must
//! decode: ours may not be narrower. Data the client sends (request bodies, parameters)
//! reverses the direction: ours may not be wider than what the vendor accepts.
//!
//! - *breaks decoding*: in a response, ours requires a field the vendor has optional or
//!   lacks, is non-nullable where the vendor is nullable, has a narrower type, format or
//!   constraint, rejects properties the vendor may add, lacks a success status, a non-string
//!   enum value or a `oneOf` alternative; in a request, ours may send what the vendor rejects
//!   (a field optional or nullable that the vendor requires non-null, a wider type or
//!   constraint, an enum value the vendor lacks).
//! - *loses data*: fields, typed schemas, parameters, bodies the vendor has and ours lacks, and
//!   **string enum values ours lacks**: the generated enums decode an unlisted value into
//!   `Unknown(String)`, so the response still decodes, but the value has no name to match on.
//! - *looser*: ours accepts more than the vendor describes (informational).
//!
//! **Changelog** (A = the spec at a revision, B = the working tree) asks "does this change
//! break code written against the generated crate?", assuming enums are `#[non_exhaustive]`
//! with an `Unknown` catch-all and structs are `#[non_exhaustive]` with builders: additions of
//! operations, optional parameters, optional fields, enum values and success statuses are
//! not breaking; removals, renames, type changes, a field gaining or losing `Option`, a new
//! required parameter, field or body are.

use std::fmt;

use super::change::{Change, Direction, Kind, Relation, Side};

/// What a drift finding means for the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DriftClass {
    BreaksDecoding,
    LosesData,
    Looser,
}

impl fmt::Display for DriftClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DriftClass::BreaksDecoding => "breaks decoding",
            DriftClass::LosesData => "loses data",
            DriftClass::Looser => "looser",
        })
    }
}

/// What a changelog entry means for a Rust user of the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    Breaking,
    NotBreaking,
}

/// How the values ours admits relate to the vendor's, for the direction data travels:
/// narrower in a response breaks decoding, wider in a request sends what the vendor rejects.
fn drift_by_relation(direction: Direction, relation: Relation) -> DriftClass {
    match (direction, relation) {
        (_, Relation::Incompatible) => DriftClass::BreaksDecoding,
        (Direction::Response, Relation::Narrower) => DriftClass::BreaksDecoding,
        (Direction::Response, Relation::Wider) => DriftClass::Looser,
        (Direction::Request, Relation::Wider) => DriftClass::BreaksDecoding,
        (Direction::Request, Relation::Narrower) => DriftClass::LosesData,
    }
}

/// Judges a change for `cargo xtask drift` (A = ours, B = vendor); `None`: not worth a line.
pub fn drift_class(change: &Change) -> Option<DriftClass> {
    use DriftClass::*;
    let dir = change.direction;
    Some(match &change.kind {
        // Ours has an operation the vendor does not publish: nothing to decode against.
        Kind::OperationOnly(Side::A) => Looser,
        Kind::OperationOnly(Side::B) | Kind::SchemaOnly(_) => return None,
        // Only changelogs compare event lists (vendors' specs have no `x-webhooks`; drift compares
        // the payloads of the pages that document our events, as schemas).
        Kind::WebhookEventOnly(_) | Kind::WebhookPayload { .. } => return None,
        Kind::SuccessStatusOnly(Side::B, _) => BreaksDecoding,
        Kind::SuccessStatusOnly(Side::A, _) => Looser,
        Kind::ParameterOnly { side: Side::B, .. } => LosesData,
        Kind::ParameterOnly { side: Side::A, .. } => Looser,
        // Path parameter names never reach the wire.
        Kind::ParameterRenamed { .. } => return None,
        Kind::BodyOnly { side, required } => match (dir, side) {
            (Direction::Request, Side::B) if *required => BreaksDecoding,
            (Direction::Request, Side::B) => LosesData,
            (Direction::Request, Side::A) => Looser,
            (Direction::Response, Side::B) => LosesData,
            (Direction::Response, Side::A) => BreaksDecoding,
        },
        Kind::Required { a, b, .. } => match (dir, a, b) {
            (Direction::Response, true, false) => BreaksDecoding,
            (Direction::Request, false, true) => BreaksDecoding,
            _ => Looser,
        },
        Kind::PropertyOnly { side, required, .. } => match (dir, side) {
            (Direction::Request, Side::B) if *required => BreaksDecoding,
            (_, Side::B) => LosesData,
            (_, Side::A) if *required => BreaksDecoding,
            (_, Side::A) => Looser,
        },
        Kind::TypedOnly { side: Side::B, .. } => LosesData,
        Kind::TypedOnly { side: Side::A, .. } => match dir {
            Direction::Response => BreaksDecoding,
            Direction::Request => Looser,
        },
        // An optional field is an `Option`: `null` decodes as `None`, and `None` is never sent.
        Kind::Nullable {
            a,
            a_optional: true,
            ..
        } if (dir == Direction::Response) != *a => return None,
        Kind::Nullable { a, .. } => drift_by_relation(
            dir,
            if *a {
                Relation::Wider
            } else {
                Relation::Narrower
            },
        ),
        Kind::Type { relation, .. } | Kind::Format { relation, .. } => {
            drift_by_relation(dir, *relation)
        }
        // Validation keywords count only where ours is stricter: in a response the generated
        // types enforce them while decoding; ours being laxer is not reported (in a request,
        // the server's 400 reaches the caller as an error).
        Kind::Constraint { relation, .. } => match (dir, relation) {
            (_, Relation::Wider) => return None,
            (Direction::Response, _) => BreaksDecoding,
            (Direction::Request, Relation::Narrower) => LosesData,
            (Direction::Request, _) => BreaksDecoding,
        },
        // A schema that no value fits describes nothing a server sends or accepts: the other
        // side accepts more (the finding says why).
        Kind::ContradictoryEnum { side: Side::B, .. } => Looser,
        Kind::ContradictoryEnum { side: Side::A, .. } => BreaksDecoding,
        // A (tolerant) enum against a free value: ours lists names for some values.
        Kind::EnumOnly { side: Side::A } => match dir {
            Direction::Response => Looser,
            Direction::Request => LosesData,
        },
        Kind::EnumOnly { side: Side::B } => match dir {
            Direction::Response => LosesData,
            Direction::Request => BreaksDecoding,
        },
        Kind::EnumValueOnly {
            side: Side::B,
            tolerant,
            ..
        } => match dir {
            Direction::Response if !tolerant => BreaksDecoding,
            _ => LosesData,
        },
        Kind::EnumValueOnly { side: Side::A, .. } => match dir {
            Direction::Response => Looser,
            Direction::Request => BreaksDecoding,
        },
        Kind::Additional { a, b, relation } => match (dir, *relation) {
            // Ours drops extra properties the vendor forbids anyway: nothing to say.
            (_, Relation::Wider) if *a == "not declared" => return None,
            // Ours keeps the vendor's typed map as untyped JSON.
            (Direction::Response, Relation::Wider) if *b == "a typed map" => LosesData,
            (Direction::Response, Relation::Narrower) if *a == "not declared" => LosesData,
            (Direction::Request, Relation::Wider) if *b == "not declared" => Looser,
            (dir, relation) => drift_by_relation(dir, relation),
        },
        Kind::VariantOnly { side: Side::B, .. } => match dir {
            Direction::Response => BreaksDecoding,
            Direction::Request => LosesData,
        },
        Kind::VariantOnly { side: Side::A, .. } => match dir {
            Direction::Response => Looser,
            Direction::Request => BreaksDecoding,
        },
    })
}

/// Judges a change for `cargo xtask changelog` (A = before, B = now).
pub fn changelog_impact(change: &Change) -> Impact {
    use Impact::*;
    match &change.kind {
        // `webhooks::Event` is non_exhaustive: a new variant breaks no match; a removed one,
        // or a variant holding another type, does.
        Kind::OperationOnly(side) | Kind::SchemaOnly(side) | Kind::WebhookEventOnly(side) => {
            removal(*side)
        }
        Kind::WebhookPayload { .. } => Breaking,
        // The success type comes from the body schemas, compared on their own.
        Kind::SuccessStatusOnly(..) => NotBreaking,
        Kind::ParameterOnly { side: Side::A, .. } => Breaking,
        Kind::ParameterOnly {
            side: Side::B,
            required,
        } => breaking_if(*required),
        // The builder method is named after the parameter.
        Kind::ParameterRenamed { .. } => Breaking,
        Kind::BodyOnly {
            side: Side::B,
            required,
        } if change.direction == Direction::Request => breaking_if(*required),
        Kind::BodyOnly { .. } => Breaking,
        Kind::Required {
            a,
            b,
            rust_option_changes,
        } => match change.at.contains(" parameter ") || change.at == "request body" {
            // A parameter or body that becomes required fails calls that never set it.
            true => breaking_if(!a && *b),
            false => breaking_if(*rust_option_changes),
        },
        Kind::PropertyOnly { side: Side::A, .. } => Breaking,
        Kind::PropertyOnly {
            side: Side::B,
            required,
            ..
        } => breaking_if(*required),
        Kind::EnumValueOnly {
            side: Side::B,
            tolerant,
            ..
        } => breaking_if(!tolerant),
        Kind::EnumValueOnly { side: Side::A, .. } => Breaking,
        // An optional field is an `Option` whether or not it is nullable.
        Kind::Nullable {
            a,
            b,
            a_optional,
            b_optional,
        } => breaking_if((*a || *a_optional) != (*b || *b_optional)),
        Kind::TypedOnly { .. }
        | Kind::Type { .. }
        | Kind::Format { .. }
        | Kind::EnumOnly { .. }
        | Kind::ContradictoryEnum { .. }
        | Kind::Constraint { .. }
        | Kind::Additional { .. }
        | Kind::VariantOnly { .. } => Breaking,
    }
}

fn removal(side: Side) -> Impact {
    match side {
        Side::A => Impact::Breaking,
        Side::B => Impact::NotBreaking,
    }
}

fn breaking_if(b: bool) -> Impact {
    if b {
        Impact::Breaking
    } else {
        Impact::NotBreaking
    }
}
