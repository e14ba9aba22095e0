//! Tracing (the `tracing` feature, switched on for these tests by the dev-dependency on
//! `client-core`): one span per request with the operation id, method, path template,
//! status and attempts; a `retry` event with the wait; the project key (which travels in
//! the path) in no field of any span or event.

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use common::*;
use qonversion_analytics::ClientOptions;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::MockServer;

type Fields = BTreeMap<String, String>;

/// Field values as text: strings verbatim, everything else through `Debug`.
struct Collect<'a>(&'a mut Fields);

impl Visit for Collect<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }
}

#[derive(Debug, Clone)]
struct SeenSpan {
    name: &'static str,
    metadata: &'static Metadata<'static>,
    fields: Fields,
}

#[derive(Debug, Clone)]
struct SeenEvent {
    target: &'static str,
    /// The span the event was emitted in (index into `spans`).
    parent: Option<usize>,
    fields: Fields,
}

#[derive(Default)]
struct Seen {
    spans: Vec<SeenSpan>,
    events: Vec<SeenEvent>,
    /// Entered spans (ids), innermost last.
    stack: Vec<u64>,
}

/// A minimal subscriber that keeps every span, every recorded field and every event.
#[derive(Clone, Default)]
struct Recorder {
    seen: Arc<Mutex<Seen>>,
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = Fields::new();
        span.record(&mut Collect(&mut fields));
        let mut seen = self.seen.lock().unwrap();
        seen.spans.push(SeenSpan {
            name: span.metadata().name(),
            metadata: span.metadata(),
            fields,
        });
        Id::from_u64(seen.spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut seen = self.seen.lock().unwrap();
        let index = span.into_u64() as usize - 1;
        values.record(&mut Collect(&mut seen.spans[index].fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields::new();
        event.record(&mut Collect(&mut fields));
        let mut seen = self.seen.lock().unwrap();
        let parent = match event.parent() {
            Some(id) => Some(id.into_u64() as usize - 1),
            None if event.is_contextual() => seen.stack.last().map(|id| *id as usize - 1),
            None => None,
        };
        seen.events.push(SeenEvent {
            target: event.metadata().target(),
            parent,
            fields,
        });
    }
    fn enter(&self, span: &Id) {
        self.seen.lock().unwrap().stack.push(span.into_u64());
    }
    fn current_span(&self) -> tracing_core::span::Current {
        let seen = self.seen.lock().unwrap();
        match seen.stack.last() {
            Some(id) => tracing_core::span::Current::new(
                Id::from_u64(*id),
                seen.spans[*id as usize - 1].metadata,
            ),
            None => tracing_core::span::Current::none(),
        }
    }
    fn exit(&self, span: &Id) {
        let mut seen = self.seen.lock().unwrap();
        if let Some(at) = seen.stack.iter().rposition(|id| *id == span.into_u64()) {
            seen.stack.remove(at);
        }
    }
}

/// Every field value of every span and event, the dependencies' (hyper's) included.
fn every_value(seen: &Seen) -> Vec<String> {
    let spans = seen.spans.iter().flat_map(|s| s.fields.values());
    let events = seen.events.iter().flat_map(|e| e.fields.values());
    spans.chain(events).cloned().collect()
}

/// The field values of this client's own spans and events.
fn own_values(seen: &Seen) -> Vec<String> {
    let spans = seen
        .spans
        .iter()
        .filter(|s| s.name == "client_core::request")
        .flat_map(|s| s.fields.values());
    let events = seen
        .events
        .iter()
        .filter(|e| e.target.starts_with("client_core"))
        .flat_map(|e| e.fields.values());
    spans.chain(events).cloned().collect()
}

#[tokio::test]
async fn a_request_is_one_span_with_the_path_template_and_no_key() {
    let server = MockServer::start().await;
    answer_times(&server, 1, json(503, r#"{"message":"busy"}"#)).await;
    answer(&server, json(200, DOC_METRICS)).await;
    let client = client_with(&server, ClientOptions::new().retry_policy(fast_retries()));
    let recorder = Recorder::default();
    let _default = tracing::subscriber::set_default(recorder.clone());

    let response = client
        .customers_metrics()
        .send()
        .await
        .expect("the retry succeeds");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(requests(&server).await.len(), 2);

    let seen = recorder.seen.lock().unwrap();
    let requests: Vec<_> = seen
        .spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.name == "client_core::request")
        .collect();
    assert_eq!(requests.len(), 1, "one span per request: {:?}", seen.spans);
    let (index, span) = requests[0];
    let field = |name: &str| span.fields.get(name).map(String::as_str);
    assert_eq!(field("operation_id"), Some("v1_get_customers_metrics"));
    assert_eq!(field("method"), Some("GET"));
    assert_eq!(field("path"), Some("/{projectApiKey}/customers-metrics"));
    assert_eq!(field("status"), Some("200"));
    assert_eq!(field("attempt"), Some("2"));

    let in_span: Vec<_> = seen
        .events
        .iter()
        .filter(|e| e.parent == Some(index))
        .collect();
    let retry = in_span
        .iter()
        .find(|e| e.fields.get("message").map(String::as_str) == Some("retry"))
        .expect("a retry event inside the request span");
    assert_eq!(retry.fields["attempt"], "1");
    assert_eq!(retry.fields["status"], "503");
    assert_eq!(retry.fields["reason"], "status");
    assert_eq!(retry.fields["wait_source"], "backoff");
    let wait: u64 = retry.fields["wait_ms"].parse().expect("a number");
    assert!(
        (5..=10).contains(&wait),
        "jittered first backoff: {wait} ms"
    );
    let done = in_span
        .iter()
        .find(|e| e.fields.get("message").map(String::as_str) == Some("response"))
        .expect("a response event inside the request span");
    assert_eq!(done.fields["status"], "200");
    assert_eq!(done.fields["attempt"], "2");

    for value in every_value(&seen) {
        assert!(!value.contains(KEY), "the project key leaked: {value}");
    }
    let own = own_values(&seen);
    assert!(own.len() >= 10, "fields were captured: {own:?}");
    for value in own {
        assert!(
            !value.contains("127.0.0.1"),
            "a concrete URL leaked: {value}"
        );
    }
}

#[tokio::test]
async fn a_connection_failure_names_its_kind_not_the_url() {
    // A port nobody listens on: bind, read the address, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = qonversion_analytics::Client::with_options(
        KEY,
        ClientOptions::new()
            .base_url(format!("http://127.0.0.1:{port}/v1/analytics"))
            .retry_policy(qonversion_analytics::RetryPolicy::none()),
    )
    .expect("client builds");
    let recorder = Recorder::default();
    let _default = tracing::subscriber::set_default(recorder.clone());

    client
        .customers_metrics()
        .send()
        .await
        .expect_err("nothing listens");

    let seen = recorder.seen.lock().unwrap();
    let failed = seen
        .events
        .iter()
        .find(|e| e.fields.get("message").map(String::as_str) == Some("request failed"))
        .expect("a failure event");
    assert_eq!(failed.fields["error_kind"], "connect");
    assert_eq!(failed.fields["attempt"], "1");
    let span = &seen.spans[failed.parent.expect("inside the request span")];
    assert_eq!(span.name, "client_core::request");
    assert!(!span.fields.contains_key("status"));
    for value in every_value(&seen) {
        assert!(!value.contains(KEY), "the project key leaked: {value}");
    }
    for value in own_values(&seen) {
        assert!(!value.contains("127.0.0.1"), "the URL leaked: {value}");
    }
}
