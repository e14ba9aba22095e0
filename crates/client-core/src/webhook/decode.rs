//! Reading an event's name and payload out of a delivery body.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::WebhookError;

/// Parses a delivery body and returns its event name (the string at the JSON pointer
/// `name_at`) and its payload (the value at `payload_at`; `""` is the whole body).
///
/// Call it only on a body that was verified first.
pub fn split_event(
    body: &[u8],
    name_at: &'static str,
    payload_at: &'static str,
) -> Result<(String, Value), WebhookError> {
    let mut value: Value = serde_json::from_slice(body).map_err(WebhookError::BodyNotJson)?;
    let name = value
        .pointer(name_at)
        .and_then(Value::as_str)
        .ok_or(WebhookError::MissingEventType { pointer: name_at })?
        .to_owned();
    let payload = if payload_at.is_empty() {
        value
    } else {
        value
            .pointer_mut(payload_at)
            .map(Value::take)
            .unwrap_or(Value::Null)
    };
    Ok((name, payload))
}

/// Decodes the payload of the event `type_name` into its type.
pub fn decode_payload<T: DeserializeOwned>(
    type_name: &str,
    payload: Value,
) -> Result<T, WebhookError> {
    serde_json::from_value(payload).map_err(|source| WebhookError::InvalidPayload {
        type_name: type_name.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_and_payload_are_read_at_their_pointers() {
        let body = br#"{"api_version":"1.0","event":{"type":"RENEWAL","id":"e1"}}"#;
        let (name, payload) = split_event(body, "/event/type", "/event").unwrap();
        assert_eq!(name, "RENEWAL");
        assert_eq!(payload, serde_json::json!({"type": "RENEWAL", "id": "e1"}));

        let (name, payload) =
            split_event(br#"{"event_type":"a.b","x":1}"#, "/event_type", "").unwrap();
        assert_eq!(name, "a.b");
        assert_eq!(payload["x"], 1);
    }

    #[test]
    fn a_body_without_a_name_or_not_json_is_refused() {
        assert!(matches!(
            split_event(b"not json", "/event_type", ""),
            Err(WebhookError::BodyNotJson(_))
        ));
        assert!(matches!(
            split_event(br#"{"event_type": 7}"#, "/event_type", ""),
            Err(WebhookError::MissingEventType {
                pointer: "/event_type"
            })
        ));
        assert!(matches!(
            split_event(b"[]", "/event/type", "/event"),
            Err(WebhookError::MissingEventType { .. })
        ));
    }

    #[test]
    fn a_payload_of_the_wrong_shape_names_its_event() {
        #[derive(Debug, serde::Deserialize)]
        struct P {
            #[allow(dead_code)]
            n: u8,
        }
        let e = decode_payload::<P>("x.y", serde_json::json!({"n": "many"})).unwrap_err();
        assert!(matches!(&e, WebhookError::InvalidPayload { type_name, .. } if type_name == "x.y"));
        assert_eq!(e.status(), http::StatusCode::BAD_REQUEST);
    }
}
