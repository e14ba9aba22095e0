//! Rendering changes as text: the same change reads "only in vendor" in a drift report and
//! "added" in a changelog.

use super::change::{Change, Kind, Side};

fn at_prefix(at: &str) -> String {
    match at {
        "" => String::new(),
        _ => match at.strip_prefix('.') {
            Some(field) => format!("`{field}`: "),
            None => format!("{at}: "),
        },
    }
}

fn or_none(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("none")
}

fn required(r: bool) -> &'static str {
    if r { "required" } else { "optional" }
}

/// The drift wording (A = ours, B = the vendor).
pub fn drift_message(c: &Change) -> String {
    let side = |s: &Side| match s {
        Side::A => "ours",
        Side::B => "the vendor's",
    };
    let p = at_prefix(&c.at);
    match &c.kind {
        Kind::OperationOnly(_) => "not in the vendor's spec".into(),
        Kind::SchemaOnly(s) => format!("schema only in {}", side(s)),
        Kind::SuccessStatusOnly(Side::B, s) => {
            format!("success status {s}: declared by the vendor, missing in ours")
        }
        Kind::SuccessStatusOnly(Side::A, s) => {
            format!("success status {s}: only in ours")
        }
        Kind::ParameterOnly {
            side: s,
            required: r,
        } => {
            format!("{p}only in {} ({})", side(s), required(*r))
        }
        Kind::ParameterRenamed { a, b } => format!("{p}named `{b}` by the vendor, `{a}` in ours"),
        Kind::BodyOnly { side: s, .. } => format!("{p}only in {}", side(s)),
        Kind::Required { a, b, .. } => format!(
            "{p}{} in ours, {} in the vendor's",
            required(*a),
            required(*b)
        ),
        Kind::PropertyOnly {
            side: s,
            name,
            required: r,
        } => format!("{p}field `{name}` only in {} ({})", side(s), required(*r)),
        Kind::TypedOnly {
            side: Side::B,
            fields,
        } => format!(
            "{p}an open object in ours; the vendor's lists {} fields: {}",
            fields.len(),
            fields.join(", ")
        ),
        Kind::TypedOnly {
            side: Side::A,
            fields,
        } => format!(
            "{p}ours lists fields ({}); the vendor's is an open object",
            fields.join(", ")
        ),
        Kind::Nullable { a, .. } => {
            if *a {
                format!("{p}nullable in ours, not in the vendor's")
            } else {
                format!("{p}not nullable in ours, nullable in the vendor's")
            }
        }
        Kind::Type { a, b, .. } => format!("{p}type {a} in ours, {b} in the vendor's"),
        Kind::Format { a, b, .. } => format!(
            "{p}format {} in ours, {} in the vendor's",
            or_none(a),
            or_none(b)
        ),
        Kind::EnumOnly { side: Side::A } => {
            format!("{p}an enum in ours, any value in the vendor's")
        }
        Kind::EnumOnly { side: Side::B } => {
            format!("{p}any value in ours, an enum in the vendor's")
        }
        Kind::EnumValueOnly { side: s, value, .. } => {
            format!("{p}enum value `{value}` only in {}", side(s))
        }
        Kind::ContradictoryEnum { side: s, types } => format!(
            "{p}{} lists enum values that are no {types}: no value fits it, its enum is ignored",
            side(s)
        ),
        Kind::Constraint { keyword, a, b, .. } => format!(
            "{p}{keyword} {} in ours, {} in the vendor's",
            or_none(a),
            or_none(b)
        ),
        Kind::Additional { a, b, .. } => {
            format!("{p}unlisted properties {a} in ours, {b} in the vendor's")
        }
        Kind::VariantOnly { side: s, name } => {
            format!("{p}alternative `{name}` only in {}", side(s))
        }
        Kind::WebhookEventOnly(s) => format!("webhook event only in {}", side(s)),
        Kind::WebhookPayload { a, b } => format!("payload `{a}` in ours, `{b}` in the vendor's"),
    }
}

/// The changelog wording (A = before, B = now).
pub fn changelog_message(c: &Change) -> String {
    let verb = |s: &Side| match s {
        Side::A => "removed",
        Side::B => "added",
    };
    let p = at_prefix(&c.at);
    let now = |b: bool, yes: &str, no: &str| if b { yes.to_string() } else { no.to_string() };
    match &c.kind {
        Kind::OperationOnly(s) => format!("operation {}", verb(s)),
        Kind::SchemaOnly(s) => format!("schema {}", verb(s)),
        Kind::SuccessStatusOnly(s, status) => format!("success status {status} {}", verb(s)),
        Kind::ParameterOnly {
            side: s,
            required: r,
        } => {
            format!("{} {} ({})", c.at, verb(s), required(*r))
        }
        Kind::ParameterRenamed { a, b } => format!("path parameter `{a}` renamed to `{b}`"),
        Kind::BodyOnly { side: s, .. } => format!("{} {}", c.at, verb(s)),
        Kind::Required { b, .. } => format!("{p}{}", now(*b, "now required", "now optional")),
        Kind::PropertyOnly {
            side: s,
            name,
            required: r,
        } => format!("{p}field `{name}` {} ({})", verb(s), required(*r)),
        Kind::TypedOnly {
            side: Side::B,
            fields,
        } => format!(
            "{p}an open object became typed, with fields {}",
            fields.join(", ")
        ),
        Kind::TypedOnly {
            side: Side::A,
            fields,
        } => format!(
            "{p}typed fields ({}) replaced by an open object",
            fields.join(", ")
        ),
        Kind::Nullable { b, .. } => format!("{p}{}", now(*b, "now nullable", "no longer nullable")),
        Kind::Type { a, b, .. } => format!("{p}type {a} -> {b}"),
        Kind::Format { a, b, .. } => format!("{p}format {} -> {}", or_none(a), or_none(b)),
        Kind::EnumOnly { side: Side::A } => format!("{p}no longer an enum"),
        Kind::EnumOnly { side: Side::B } => format!("{p}now an enum"),
        Kind::EnumValueOnly { side: s, value, .. } => {
            format!("{p}enum value `{value}` {}", verb(s))
        }
        Kind::ContradictoryEnum { side: s, types } => format!(
            "{p}{} enum values that are no {types} (no value fits; ignored)",
            match s {
                Side::A => "had",
                Side::B => "has",
            }
        ),
        Kind::Constraint { keyword, a, b, .. } => {
            format!("{p}{keyword} {} -> {}", or_none(a), or_none(b))
        }
        Kind::Additional { a, b, .. } => format!("{p}unlisted properties: {a} -> {b}"),
        Kind::VariantOnly { side: s, name } => format!("{p}alternative `{name}` {}", verb(s)),
        Kind::WebhookEventOnly(s) => format!("webhook event {}", verb(s)),
        Kind::WebhookPayload { a, b } => format!("payload schema `{a}` -> `{b}`"),
    }
}
