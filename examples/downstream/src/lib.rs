//! A downstream service written against the clients' public API only, the way their READMEs
//! show it: a Billing v2 stream and a get, errors matched on status and on the API's code,
//! a Flexprice client for a region. Its tests (`tests/`) use each crate's `mock` module,
//! and both crates' mocks in one test module.

#![forbid(unsafe_code)]

use billing_v2::{StatusCode, TryStreamExt};

/// What the service makes of a failed call.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The API says there is no such customer.
    Missing,
    /// Try again later.
    Busy,
    /// Anything else, as one line for the log.
    Failed(String),
}

/// Matches a Billing v2 error on its status and the API's code.
pub fn outcome(error: &billing_v2::Error) -> Outcome {
    match (error.status(), error.code().as_deref()) {
        (Some(StatusCode::NOT_FOUND), _) | (_, Some("resource_missing")) => Outcome::Missing,
        (Some(StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE), _) => Outcome::Busy,
        _ => Outcome::Failed(error.to_string()),
    }
}

/// The ids of every customer of a project, page after page.
pub async fn customer_ids(
    client: &billing_v2::Client,
    project: &str,
) -> Result<Vec<String>, billing_v2::Error> {
    let mut ids = Vec::new();
    let mut customers = client.stream_customers(project);
    while let Some(customer) = customers.try_next().await? {
        ids.push(customer.id);
    }
    Ok(ids)
}

/// When a customer was last seen (ms since the epoch), or why that is not known.
pub async fn last_seen(
    client: &billing_v2::Client,
    project: &str,
    customer: &str,
) -> Result<Option<i64>, Outcome> {
    match client
        .get_customer()
        .project_id(project)
        .customer_id(customer)
        .send()
        .await
    {
        Ok(customer) => Ok(customer.last_seen_at),
        Err(e) => Err(outcome(&e)),
    }
}

/// A Flexprice client for the account's region.
pub fn flexprice_client(
    api_key: &str,
    india: bool,
) -> Result<flexprice::Client, flexprice::ConfigError> {
    let region = if india {
        flexprice::Region::India
    } else {
        flexprice::Region::Us
    };
    flexprice::Client::for_region(api_key, region)
}

/// A Flexprice customer's name, or the API's code and message when it has none to give.
pub async fn flexprice_name(client: &flexprice::Client, id: &str) -> Result<String, String> {
    match client.get_customer().id(id).send().await {
        Ok(customer) => Ok(customer.name.clone().unwrap_or_default()),
        Err(e) => Err(format!(
            "{} ({})",
            e.code().unwrap_or_default(),
            e.message().unwrap_or_default()
        )),
    }
}
