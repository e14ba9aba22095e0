//! The `webhooks` module (`src/generated_webhooks.rs`) of a crate whose spec has `x-webhooks`.
//!
//! OpenAPI 3.0 has no `webhooks` field, so a spec describes its deliveries in a top-level
//! extension, read here and by `cargo xtask lint` (its `$ref`s count as uses) and
//! `cargo xtask changelog` (an event added or removed is reported):
//!
//! ```yaml
//! x-webhooks:
//!   verification: standard-webhooks   # or authorization-header
//!   event-name: /event_type           # JSON pointer to the event's name in a delivery body
//!   payload: /event                   # JSON pointer to its payload; the whole body if absent
//!   events:
//!     invoice.update.finalized: {$ref: '#/components/schemas/WebhookInvoicePayload'}
//! ```
//!
//! The module holds one `Event` enum (a variant per event, holding the generated type of its
//! payload schema, and `Unknown` for a name the spec does not list), and `Webhooks`, which
//! verifies a delivery with `client_core::webhook` and decodes it.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;

/// How a delivery proves it comes from the vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Standard Webhooks signatures (`svix-signature`), under a `whsec_` secret.
    StandardWebhooks,
    /// The `Authorization` header equals a value configured at the vendor.
    AuthorizationHeader,
}

/// A spec's `x-webhooks`, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    pub verification: Verification,
    /// JSON pointer to the event's name in a delivery body.
    pub event_name: String,
    /// JSON pointer to the payload (`""`: the whole body).
    pub payload: String,
    /// Event name to payload schema name, in the spec's order.
    pub events: Vec<(String, String)>,
}

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Reads `x-webhooks` from a spec's tree: `None` when the spec has none.
pub fn read(root: &Value) -> Result<Option<Webhooks>, String> {
    let Some(x) = root.get("x-webhooks") else {
        return Ok(None);
    };
    let err = |m: String| format!("x-webhooks: {m}");
    let verification = match x.get("verification").and_then(Value::as_str) {
        Some("standard-webhooks") => Verification::StandardWebhooks,
        Some("authorization-header") => Verification::AuthorizationHeader,
        other => {
            return Err(err(format!(
                "`verification` must be `standard-webhooks` or `authorization-header`, not {other:?}"
            )));
        }
    };
    let pointer = |key: &str, required: bool| -> Result<String, String> {
        match x.get(key) {
            None if !required => Ok(String::new()),
            Some(Value::String(p)) if p.is_empty() || p.starts_with('/') => Ok(p.clone()),
            other => Err(err(format!(
                "`{key}` must be a JSON pointer such as `/event_type`, not {other:?}"
            ))),
        }
    };
    let event_name = pointer("event-name", true)?;
    if event_name.is_empty() {
        return Err(err("`event-name` must point inside the body".into()));
    }
    let payload = pointer("payload", false)?;
    let Some(events) = x.get("events").and_then(Value::as_object) else {
        return Err(err("`events` must map event names to `$ref`s".into()));
    };
    let mut out = Vec::new();
    for (name, target) in events {
        let schema = target
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix(SCHEMA_PREFIX))
            .ok_or_else(|| {
                err(format!(
                    "events.{name}: must be `{{$ref: '{SCHEMA_PREFIX}<name>'}}`"
                ))
            })?;
        if root
            .pointer("/components/schemas")
            .and_then(|s| s.get(schema))
            .is_none()
        {
            return Err(err(format!(
                "events.{name}: `$ref` points at no component schema `{schema}`"
            )));
        }
        out.push((name.clone(), schema.to_string()));
    }
    Ok(Some(Webhooks {
        verification,
        event_name,
        payload,
        events: out,
    }))
}

/// The Rust variant name of an event name: `invoice.update.finalized` -> `InvoiceUpdateFinalized`,
/// `INITIAL_PURCHASE` -> `InitialPurchase`.
pub fn variant_name(event: &str) -> String {
    event
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(|w| w.to_ascii_lowercase().to_upper_camel_case())
        .collect()
}

/// Renders the module of one API, or `None` when its spec has no `x-webhooks`. `generated`
/// is the crate's generated code, checked for every payload type the module names.
pub fn render(
    api: &ApiSettings,
    spec: &LoadedSpec,
    generated: &str,
) -> Result<Option<String>, String> {
    let Some(hooks) = read(&spec.source.tree)? else {
        return Ok(None);
    };
    let mut seen = std::collections::BTreeMap::new();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut names = Vec::new();
    let mut name_arms = Vec::new();
    for (event, schema) in &hooks.events {
        let variant = variant_name(event);
        if variant.is_empty()
            || variant.starts_with(|c: char| c.is_ascii_digit())
            || variant == "Unknown"
        {
            return Err(format!(
                "x-webhooks: event `{event}` gives no usable Rust name (`{variant}`)"
            ));
        }
        if let Some(first) = seen.insert(variant.clone(), event.clone()) {
            return Err(format!(
                "x-webhooks: events `{first}` and `{event}` both become the variant `{variant}`"
            ));
        }
        let rust_type = schema.to_upper_camel_case();
        if !generated.contains(&format!("pub struct {rust_type} "))
            && !generated.contains(&format!("pub enum {rust_type} "))
        {
            return Err(format!(
                "x-webhooks: events.{event}: the generated code has no type `{rust_type}` for schema `{schema}`"
            ));
        }
        let ident = format_ident!("{variant}");
        let ty = format_ident!("{rust_type}");
        let doc = format!(" `{event}`: the payload is [`crate::types::{rust_type}`].");
        variants.push(quote! {
            #[doc = #doc]
            #ident(crate::types::#ty)
        });
        arms.push(quote! {
            #event => Self::#ident(decode(&type_name, payload)?)
        });
        name_arms.push(quote! { Self::#ident(_) => #event });
        names.push(event.clone());
    }
    let name_at = &hooks.event_name;
    let payload_at = &hooks.payload;
    let verifier = verifier(hooks.verification);
    let where_ = if payload_at.is_empty() {
        format!("the whole body, its name at `{name_at}`")
    } else {
        format!("at `{payload_at}` in the body, its name at `{name_at}`")
    };
    let module_doc = format!(
        " Webhook deliveries of this API: [`Webhooks`] verifies one ({}) and decodes it\n into an [`Event`]: a variant per event the spec lists, with its typed payload ({where_}),\n or [`Event::Unknown`] for an event this version does not know.",
        match hooks.verification {
            Verification::StandardWebhooks => "its Standard Webhooks signature",
            Verification::AuthorizationHeader => "its `Authorization` header",
        }
    );
    let tokens = quote! {
        #![doc = #module_doc]

        pub use client_core::webhook::{HeaderMap, WebhookError};

        /// One verified webhook event.
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum Event {
            #(#variants,)*
            /// An event the spec does not list (the vendor added it after this crate was
            /// generated): its name and its payload as JSON, kept whole. Acknowledge it
            /// (answer 2xx) so the vendor does not retry it.
            Unknown {
                /// The event's name as the delivery gives it.
                type_name: String,
                /// The event's payload.
                payload: serde_json::Value,
            },
        }

        impl Event {
            /// Every event name the spec lists, in the order of the variants.
            pub const TYPE_NAMES: &'static [&'static str] = &[#(#names),*];

            /// Where a delivery body holds the event's name (a JSON pointer).
            pub const NAME_AT: &'static str = #name_at;

            /// Where a delivery body holds the payload (a JSON pointer; empty: the whole body).
            pub const PAYLOAD_AT: &'static str = #payload_at;

            /// The event's name, as the delivery gives it.
            pub fn type_name(&self) -> &str {
                match self {
                    #(#name_arms,)*
                    Self::Unknown { type_name, .. } => type_name,
                }
            }

            /// Decodes a delivery body **without verifying it**: only for a body that was
            /// verified some other way. [`Webhooks::verify`] verifies and decodes.
            pub fn from_json(body: &[u8]) -> Result<Self, WebhookError> {
                let (type_name, payload) =
                    client_core::webhook::split_event(body, Self::NAME_AT, Self::PAYLOAD_AT)?;
                Self::from_parts(type_name, payload)
            }

            /// Decodes the payload of the event called `type_name`.
            pub fn from_parts(type_name: String, payload: serde_json::Value) -> Result<Self, WebhookError> {
                use client_core::webhook::decode_payload as decode;
                Ok(match type_name.as_str() {
                    #(#arms,)*
                    _ => Self::Unknown { type_name, payload },
                })
            }
        }

        #verifier
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("x-webhooks: the webhooks module does not parse: {e}"))?;
    Ok(Some(format!(
        "{}{}",
        crate::generate::header(api, spec),
        prettyplease::unparse(&file)
    )))
}

/// The `Webhooks` type: the verifier for the spec's scheme, then [`Event::from_json`].
fn verifier(verification: Verification) -> TokenStream {
    match verification {
        Verification::StandardWebhooks => quote! {
            /// Verifies deliveries signed the Standard Webhooks way (`svix-id`,
            /// `svix-timestamp`, `svix-signature`) and decodes them. The secret never shows
            /// in `Debug` or in an error.
            #[derive(Debug, Clone)]
            pub struct Webhooks {
                verifier: client_core::webhook::StandardWebhooks,
            }

            impl Webhooks {
                /// For the endpoint's signing secret (`whsec_...`).
                pub fn new(secret: impl Into<client_core::Secret>) -> Result<Self, WebhookError> {
                    Ok(Self {
                        verifier: client_core::webhook::StandardWebhooks::new(secret)?,
                    })
                }

                /// Sets how far a delivery's timestamp may be from the clock, either way
                /// (default: [`client_core::webhook::DEFAULT_TOLERANCE`], five minutes).
                pub fn tolerance(mut self, tolerance: std::time::Duration) -> Self {
                    self.verifier = self.verifier.tolerance(tolerance);
                    self
                }

                /// Verifies a delivery (its headers and its body, as the bytes received) and
                /// decodes it.
                pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, WebhookError> {
                    self.verifier.verify(headers, body)?;
                    Event::from_json(body)
                }

                /// [`Webhooks::verify`] as if the clock read `now`.
                pub fn verify_at(
                    &self,
                    headers: &HeaderMap,
                    body: &[u8],
                    now: std::time::SystemTime,
                ) -> Result<Event, WebhookError> {
                    self.verifier.verify_at(headers, body, now)?;
                    Event::from_json(body)
                }

                /// The `svix-signature` value the vendor would send for a delivery: for
                /// testing a handler end to end.
                pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
                    self.verifier.sign(id, timestamp, body)
                }
            }
        },
        Verification::AuthorizationHeader => quote! {
            /// Verifies deliveries by their `Authorization` header (compared in constant time
            /// with the value configured at the vendor) and decodes them. The value never
            /// shows in `Debug` or in an error.
            #[derive(Debug, Clone)]
            pub struct Webhooks {
                verifier: client_core::webhook::AuthorizationHeader,
            }

            impl Webhooks {
                /// For the `Authorization` header value configured at the vendor.
                pub fn new(authorization: impl Into<client_core::Secret>) -> Result<Self, WebhookError> {
                    Ok(Self {
                        verifier: client_core::webhook::AuthorizationHeader::new(authorization)?,
                    })
                }

                /// Verifies a delivery's `Authorization` header, then decodes its body.
                pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, WebhookError> {
                    self.verifier.verify(headers)?;
                    Event::from_json(body)
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(x: &str) -> Value {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    P: {{type: object}}\n{x}"
        );
        crate::spec::parse(&text, "t.yaml").unwrap().0
    }

    #[test]
    fn x_webhooks_is_read_in_order() {
        let root = spec(
            "x-webhooks:\n  verification: authorization-header\n  event-name: /event/type\n  payload: /event\n  events:\n    RENEWAL: {$ref: '#/components/schemas/P'}\n    TEST: {$ref: '#/components/schemas/P'}\n",
        );
        let w = read(&root).unwrap().unwrap();
        assert_eq!(w.verification, Verification::AuthorizationHeader);
        assert_eq!(
            (w.event_name.as_str(), w.payload.as_str()),
            ("/event/type", "/event")
        );
        assert_eq!(
            w.events,
            [("RENEWAL".into(), "P".into()), ("TEST".into(), "P".into())]
        );
        assert_eq!(read(&spec("")).unwrap(), None);
    }

    #[test]
    fn a_broken_x_webhooks_is_named() {
        for (x, expected) in [
            (
                "  verification: hmac\n  event-name: /t\n  events: {}\n",
                "`verification`",
            ),
            (
                "  verification: standard-webhooks\n  event-name: t\n  events: {}\n",
                "`event-name`",
            ),
            (
                "  verification: standard-webhooks\n  event-name: /t\n",
                "`events`",
            ),
            (
                "  verification: standard-webhooks\n  event-name: /t\n  events:\n    a.b: {$ref: '#/components/schemas/Q'}\n",
                "no component schema `Q`",
            ),
        ] {
            let e = read(&spec(&format!("x-webhooks:\n{x}"))).unwrap_err();
            assert!(e.contains(expected), "{e}");
        }
    }

    #[test]
    fn event_names_become_variants() {
        assert_eq!(
            variant_name("invoice.update.finalized"),
            "InvoiceUpdateFinalized"
        );
        assert_eq!(
            variant_name("subscription.line_item_spend.threshold_reached"),
            "SubscriptionLineItemSpendThresholdReached"
        );
        assert_eq!(variant_name("INITIAL_PURCHASE"), "InitialPurchase");
    }
}
