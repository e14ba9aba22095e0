//! What an error says to a person: the API's code and message (whatever the API's error
//! body is named), a short excerpt of a body that did not decode, and the root cause of a
//! transport error.
//!
//! Everything here works on any error body type through its `Serialize` form, so every API
//! (and every future one) gets the same messages without generated code.

use std::fmt;

use serde_json::Value;

/// Field names that hold an error's machine-readable code, in order of preference.
const CODE_KEYS: &[&str] = &["code", "error_code", "type", "error_type", "status_code"];
/// Field names that hold an error's human-readable message, in order of preference.
const MESSAGE_KEYS: &[&str] = &[
    "message",
    "error_message",
    "error_description",
    "detail",
    "description",
    "title",
    "msg",
];
/// How many characters of a body an error message shows at most.
pub(crate) const EXCERPT_CHARS: usize = 160;

/// The code and message of an error body, found by field name: at the top level, then in
/// a nested `error` object (or the first of an `errors` list).
pub(crate) fn code_and_message(value: &Value) -> (Option<String>, Option<String>) {
    let Value::Object(map) = value else {
        return (None, None);
    };
    let scalar = |keys: &[&str]| {
        keys.iter().find_map(|k| match map.get(*k) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    let mut code = scalar(CODE_KEYS);
    let mut message = scalar(MESSAGE_KEYS);
    // `{"error": "message"}` or `{"error": {...}}` / `{"errors": [{...}]}`.
    let nested = match (map.get("error"), map.get("errors")) {
        (Some(Value::String(s)), _) if message.is_none() => {
            message = Some(s.clone());
            None
        }
        (Some(inner @ Value::Object(_)), _) => Some(inner),
        (_, Some(Value::Array(list))) => list.first(),
        _ => None,
    };
    if let Some(inner) = nested {
        let (inner_code, inner_message) = code_and_message(inner);
        code = code.or(inner_code);
        message = message.or(inner_message);
    }
    (code, message)
}

/// The code and message of a decoded body (through its `Serialize` form).
pub(crate) fn of_body<E: serde::Serialize>(body: &E) -> (Option<String>, Option<String>) {
    serde_json::to_value(body)
        .map(|v| code_and_message(&v))
        .unwrap_or_default()
}

/// The code and message of a raw body, when it is JSON after all.
pub(crate) fn of_raw(body: &[u8]) -> (Option<String>, Option<String>) {
    serde_json::from_slice::<Value>(body)
        .map(|v| code_and_message(&v))
        .unwrap_or_default()
}

/// Writes `: <code>: <message>`, or the parts that exist; `false` when neither does.
pub(crate) fn write_said(
    f: &mut fmt::Formatter<'_>,
    (code, message): &(Option<String>, Option<String>),
) -> Result<bool, fmt::Error> {
    match (code, message) {
        (Some(c), Some(m)) => write!(f, ": {}: {}", Clean(c), Clean(m))?,
        (Some(c), None) => write!(f, ": {}", Clean(c))?,
        (None, Some(m)) => write!(f, ": {}", Clean(m))?,
        (None, None) => return Ok(false),
    }
    Ok(true)
}

/// Writes `text` with control characters escaped (`\n`, `\u{1b}`), so that a body cannot
/// move the cursor or forge lines of a log.
struct Clean<'a>(&'a str);

impl fmt::Display for Clean<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// A body as a short excerpt: ` (N bytes: "first characters...")` for text, ` (N bytes)` for
/// anything else. The client already scrubbed its credential from the body; the excerpt is
/// cut at [`EXCERPT_CHARS`] characters and its control characters are escaped.
pub(crate) struct Excerpt<'a>(pub(crate) &'a [u8]);

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = self.0;
        if body.is_empty() {
            return write!(f, " (empty body)");
        }
        // Text: valid UTF-8 (a cut at the end of the look-ahead aside), no NUL bytes.
        let head = &body[..body.len().min(EXCERPT_CHARS * 4)];
        let text = match std::str::from_utf8(head) {
            Ok(t) => Some(t),
            Err(e) if head.len() - e.valid_up_to() < 4 && e.error_len().is_none() => {
                std::str::from_utf8(&head[..e.valid_up_to()]).ok()
            }
            Err(_) => None,
        }
        .filter(|t| !t.contains('\0'));
        let Some(text) = text else {
            return write!(f, " ({} bytes)", body.len());
        };
        let text = text.trim();
        let mut cut = text.char_indices().nth(EXCERPT_CHARS).map(|(i, _)| i);
        if cut.is_none() && text.len() < body.len() && head.len() < body.len() {
            cut = Some(text.len());
        }
        match cut {
            Some(i) => write!(
                f,
                " ({} bytes: \"{}...\")",
                body.len(),
                Clean(&text[..i].replace('"', "\\\""))
            ),
            None => write!(
                f,
                " ({} bytes: \"{}\")",
                body.len(),
                Clean(&text.replace('"', "\\\""))
            ),
        }
    }
}

/// The innermost `source()` of `error`, when it says something `error` itself does not.
pub(crate) fn root_cause(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut root = error.source()?;
    while let Some(next) = root.source() {
        root = next;
    }
    let text = root.to_string();
    (!text.is_empty() && !error.to_string().contains(&text)).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn code_and_message_are_found_by_name_at_any_usual_place() {
        let cases = [
            (
                json!({"type": "resource_missing", "message": "no such customer"}),
                ("resource_missing", "no such customer"),
            ),
            (
                json!({"code": "not_found", "message": "gone", "type": "x"}),
                ("not_found", "gone"),
            ),
            (
                json!({"success": false, "error": {"message": "bad key", "code": 7}}),
                ("7", "bad key"),
            ),
            (
                json!({"errors": [{"code": "E1", "detail": "first"}]}),
                ("E1", "first"),
            ),
        ];
        for (body, (code, message)) in cases {
            let (c, m) = code_and_message(&body);
            assert_eq!(
                (c.as_deref(), m.as_deref()),
                (Some(code), Some(message)),
                "{body}"
            );
        }
        assert_eq!(
            code_and_message(&json!({"error": "denied"})),
            (None, Some("denied".into()))
        );
        assert_eq!(code_and_message(&json!([1, 2])), (None, None));
    }

    #[test]
    fn excerpts_are_short_escaped_and_only_for_text() {
        assert_eq!(
            Excerpt(b"No mock matched\n").to_string(),
            " (16 bytes: \"No mock matched\")"
        );
        assert_eq!(
            Excerpt(b"a\x1b[2Jb").to_string(),
            " (6 bytes: \"a\\u{1b}[2Jb\")"
        );
        assert_eq!(Excerpt(&[0xff, 0x00, 0x10]).to_string(), " (3 bytes)");
        assert_eq!(Excerpt(b"").to_string(), " (empty body)");
        let long = "x".repeat(1000);
        let shown = Excerpt(long.as_bytes()).to_string();
        assert!(
            shown.starts_with(" (1000 bytes: \"xxx") && shown.ends_with("...\")"),
            "{shown}"
        );
        assert!(shown.len() < EXCERPT_CHARS + 30, "{shown}");
    }
}
