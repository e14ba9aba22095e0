//! A downstream service's test, written against billing-v2's public API only: the typed
//! `mock` helpers stand up a loopback server and declare what each operation expects and
//! answers, with the crate's own types.

use billing_v2::mock::{MockServer, MockServerExt};
use billing_v2::{Client, types};

/// The code under test: a function of a downstream service.
async fn seen_before(
    client: &Client,
    project: &str,
    customer: &str,
) -> Result<bool, billing_v2::Error> {
    let customer = client
        .get_customer()
        .project_id(project)
        .customer_id(customer)
        .send()
        .await?;
    Ok(customer.last_seen_at.is_some())
}

fn customer(id: &str, last_seen_at: Option<i64>) -> types::Customer {
    types::Customer::builder()
        .id(id)
        .project_id("proj1")
        .object(types::CustomerObject::Customer)
        .first_seen_at(1_700_000_000_000_i64)
        .last_seen_at(last_seen_at)
        .last_seen_app_version(None)
        .last_seen_country(None)
        .last_seen_platform(None)
        .last_seen_platform_version(None)
        .try_into()
        .expect("every required field is set")
}

#[tokio::test]
async fn the_mock_answers_what_the_test_declares_and_checks_what_the_client_sent() {
    let server = MockServer::start_async().await;
    // An id with regex metacharacters and a character the client percent-encodes.
    let id = "$RCAnonymousID:abc";
    let mock = server.get_customer(|when, then| {
        when.project_id("proj1").customer_id(id);
        then.ok(&customer(id, Some(1_700_000_100_000)));
    });
    let client = Client::with_options("sk_test", billing_v2::mock::options(&server)).unwrap();
    assert!(seen_before(&client, "proj1", id).await.unwrap());
    mock.assert_async().await;
}

#[tokio::test]
async fn declared_errors_reach_the_caller_typed() {
    let server = MockServer::start_async().await;
    server.get_customer(|when, then| {
        when.customer_id("missing");
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
    let client = Client::with_options("sk_test", billing_v2::mock::options(&server)).unwrap();
    let err = seen_before(&client, "proj1", "missing").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.api_error().unwrap().message, "no such customer");
}
