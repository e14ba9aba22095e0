//! The service's Billing v2 paths against the crate's mocks.

use billing_v2::mock::{BillingV2MockServerExt, MockServer};
use billing_v2::{Client, types};
use downstream_example::{Outcome, customer_ids, last_seen};

/// A customer as a fixture: the required fields only; the nullable ones default to `None`,
/// optional setters take the plain value.
fn customer(id: &str) -> types::Customer {
    types::Customer::builder()
        .id(id)
        .project_id("proj1")
        .object(types::CustomerObject::Customer)
        .first_seen_at(1_700_000_000_000_i64)
        .last_seen_at(1_700_000_100_000_i64)
        .last_seen_country("FR")
        .try_into()
        .expect("every required field is set")
}

fn client(server: &MockServer) -> Client {
    Client::with_options("sk_test", billing_v2::mock::options(server)).unwrap()
}

#[tokio::test]
async fn a_stream_a_get_and_a_missing_customer() {
    let server = MockServer::start_async().await;
    let list: types::CustomerList = types::CustomerList::builder()
        .object(types::ListObject::List)
        .url("/v2/projects/proj1/customers")
        .items(vec![customer("c1"), customer("c2")])
        .try_into()
        .unwrap();
    server.list_customers(|when, then| {
        when.project_id("proj1");
        then.ok(&list);
    });
    server.get_customer(|when, then| {
        when.project_id("proj1").customer_id("c1");
        then.ok(&customer("c1"));
    });
    server.get_customer(|when, then| {
        when.project_id("proj1").customer_id("gone");
        then.client_error(
            404,
            &types::Error::builder()
                .object(types::ErrorObject::Error)
                .type_(types::ErrorType::ResourceMissing)
                .message("no such customer")
                .retryable(false)
                .try_into()
                .unwrap(),
        );
    });
    let client = client(&server);

    assert_eq!(customer_ids(&client, "proj1").await.unwrap(), ["c1", "c2"]);
    assert_eq!(
        last_seen(&client, "proj1", "c1").await,
        Ok(Some(1_700_000_100_000))
    );
    assert_eq!(
        last_seen(&client, "proj1", "gone").await,
        Err(Outcome::Missing)
    );

    let err = client
        .get_customer()
        .project_id("proj1")
        .customer_id("gone")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(billing_v2::StatusCode::NOT_FOUND));
    assert_eq!(err.code().as_deref(), Some("resource_missing"));
    assert_eq!(err.message().as_deref(), Some("no such customer"));
    assert_eq!(
        err.to_string(),
        "API error 404 Not Found: resource_missing: no such customer"
    );
}

#[tokio::test]
async fn messages_say_what_went_wrong() {
    // A call the mock does not expect: httpmock answers 404 with its own JSON, which the
    // message reads although it is not the API's error shape.
    let server = MockServer::start_async().await;
    let err = client(&server)
        .get_customer()
        .project_id("proj1")
        .customer_id("nobody")
        .send()
        .await
        .unwrap_err();
    assert!(err.api_error().is_none() && err.raw_body().is_some());
    assert_eq!(
        err.to_string(),
        "API error 404 Not Found: Request did not match any route or mock"
    );

    // Nothing listens on port 9 of the loopback: the root cause is in the message.
    let dead = Client::with_options(
        "sk_test",
        billing_v2::ClientOptions::new()
            .base_url("http://127.0.0.1:9/v2")
            .retry_policy(billing_v2::RetryPolicy::none()),
    )
    .unwrap();
    let err = dead
        .get_customer()
        .project_id("p")
        .customer_id("c")
        .send()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("transport error: "), "{text}");
    assert!(text.to_lowercase().contains("refused"), "{text}");
    assert!(matches!(
        downstream_example::outcome(&err),
        Outcome::Failed(t) if t == text
    ));
}

#[test]
fn a_builder_names_every_missing_field_at_once() {
    let err = types::Customer::builder()
        .id("c1")
        .try_into()
        .map(|_: types::Customer| ())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "Customer: no value supplied for first_seen_at, object, project_id"
    );
}
