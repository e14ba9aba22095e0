//! Whether what arrived holds what was sent: every non-null value sent is there, equal
//! (numbers by value, date-times by instant); what the receiver adds (defaults) is not a
//! difference, and neither is the unknown field the test adds to responses.

use serde_json::Value;

use super::sample::UNKNOWN_FIELD;
use super::validate::show;

/// Every place where `got` lacks or changes a value of `sent`.
pub fn differences(sent: &Value, got: &Value, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(sent, got, at, &mut out);
    out
}

fn walk(sent: &Value, got: &Value, at: &str, out: &mut Vec<String>) {
    match (sent, got) {
        (Value::Null, _) => {}
        (Value::Object(s), Value::Object(g)) => {
            for (k, v) in s {
                // Null, `{}` and `[]` may be left out by a serializer; none is data.
                let empty = v.as_object().is_some_and(|o| o.is_empty())
                    || v.as_array().is_some_and(|a| a.is_empty());
                if k == UNKNOWN_FIELD || v.is_null() || (empty && !g.contains_key(k)) {
                    continue;
                }
                match g.get(k) {
                    Some(gv) => walk(v, gv, &format!("{at}.{k}"), out),
                    None => out.push(format!("{at}.{k}: sent {}, lost", show(v))),
                }
            }
        }
        (Value::Array(s), Value::Array(g)) if s.len() == g.len() => {
            for (i, (a, b)) in s.iter().zip(g).enumerate() {
                walk(a, b, &format!("{at}[{i}]"), out);
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            let (x, y) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if (x - y).abs() > 1e-9 * x.abs().max(1.0) {
                out.push(format!("{at}: sent {a}, got {b}"));
            }
        }
        (Value::String(a), Value::String(b)) if a == b || same_instant(a, b) => {}
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{at}: sent {}, got {}", show(a), show(b))),
    }
}

fn same_instant(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
