//! What the comparison finds: neutral facts about side A and side B, before any judgement.
//!
//! Side A is ours (drift) or the spec at the old revision (changelog); side B is the vendor's
//! spec (drift) or the working tree (changelog). [`super::rules`] turns each change into a class.

use std::fmt;

/// One side of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    A,
    B,
}

/// Which way the data travels: what the client sends, or what the server sends back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    Request,
    Response,
}

/// How two values of a kind relate, from A's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A admits fewer values than B.
    Narrower,
    /// A admits more values than B.
    Wider,
    /// Neither contains the other.
    Incompatible,
}

/// Where a change is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// An operation: method (upper case), A's path (or B's when only B has it), operation id.
    Operation {
        method: String,
        path: String,
        id: Option<String>,
    },
    /// A component schema: A's name and B's name (the same in a changelog).
    Schema { a: String, b: String },
    /// A webhook event of the spec's `x-webhooks` (changelog only).
    Webhook { event: String },
}

/// One difference.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub location: Location,
    /// Where inside the location: `response 200 body`, `query parameter `limit``, `.items[].id`.
    pub at: String,
    pub direction: Direction,
    pub kind: Kind,
}

/// The difference itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// An operation only one side has.
    OperationOnly(Side),
    /// A component schema only one side has (changelog only).
    SchemaOnly(Side),
    /// A success status only one side declares.
    SuccessStatusOnly(Side, String),
    /// A parameter only one side has.
    ParameterOnly { side: Side, required: bool },
    /// A path parameter at the same position with another name.
    ParameterRenamed { a: String, b: String },
    /// A request or response body only one side has.
    BodyOnly { side: Side, required: bool },
    /// Required on one side, optional on the other (`a`, `b`: required on A, on B).
    /// `rust_option_changes`: the field's Rust type gains or loses `Option`.
    Required {
        a: bool,
        b: bool,
        rust_option_changes: bool,
    },
    /// A property only one side has.
    PropertyOnly {
        side: Side,
        name: String,
        required: bool,
    },
    /// One side lists properties, the other is an open object.
    TypedOnly { side: Side, fields: Vec<String> },
    /// Nullable on one side only. `a_optional`, `b_optional`: the schema is a field that is
    /// optional on that side, so its Rust type is an `Option` (which decodes `null` as `None`
    /// and never sends `null`) whether or not it is nullable.
    Nullable {
        a: bool,
        b: bool,
        a_optional: bool,
        b_optional: bool,
    },
    Type {
        a: String,
        b: String,
        relation: Relation,
    },
    Format {
        a: Option<String>,
        b: Option<String>,
        relation: Relation,
    },
    /// One side is an enum, the other takes any value of the type.
    EnumOnly { side: Side },
    /// One side lists enum values none of which is of its own `types`: no value satisfies
    /// that schema, so its enum is set aside.
    ContradictoryEnum { side: Side, types: String },
    /// An enum value only one side lists; `tolerant`: a string enum, which the generated
    /// code decodes into `Unknown(String)` when the value is not listed.
    EnumValueOnly {
        side: Side,
        value: String,
        tolerant: bool,
    },
    Constraint {
        keyword: &'static str,
        a: Option<String>,
        b: Option<String>,
        relation: Relation,
    },
    /// `additionalProperties` differ: what each side does with unlisted properties.
    Additional {
        a: &'static str,
        b: &'static str,
        relation: Relation,
    },
    /// A `oneOf`/`anyOf` alternative only one side has.
    VariantOnly { side: Side, name: String },
    /// A webhook event (`x-webhooks`) only one side lists (changelog only).
    WebhookEventOnly(Side),
    /// A webhook event whose payload is another component schema on each side.
    WebhookPayload { a: String, b: String },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Operation { method, path, id } => {
                write!(f, "{method} {path}")?;
                if let Some(id) = id {
                    write!(f, " ({id})")?;
                }
                Ok(())
            }
            Location::Schema { a, b } if a == b => write!(f, "schema `{a}`"),
            Location::Schema { a, b } => write!(f, "schema `{a}` / `{b}`"),
            Location::Webhook { event } => write!(f, "webhook event `{event}`"),
        }
    }
}

impl Relation {
    /// The relation seen from B.
    pub fn flip(self) -> Relation {
        match self {
            Relation::Narrower => Relation::Wider,
            Relation::Wider => Relation::Narrower,
            Relation::Incompatible => Relation::Incompatible,
        }
    }
}
