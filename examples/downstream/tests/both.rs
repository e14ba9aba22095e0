//! One test module using the mocks of two crates that share an operation name
//! (`get_customer`): each crate's trait has its own name, so both import as they are, and
//! the shared method is called through its trait.

use billing_v2::mock::BillingV2MockServerExt;
use flexprice::mock::FlexpriceMockServerExt;

#[tokio::test]
async fn two_crates_mocks_side_by_side() {
    let billing = billing_v2::mock::MockServer::start_async().await;
    let flex = flexprice::mock::MockServer::start_async().await;
    let customer: billing_v2::types::Customer = billing_v2::types::Customer::builder()
        .id("c1")
        .project_id("proj1")
        .object(billing_v2::types::CustomerObject::Customer)
        .first_seen_at(1_i64)
        .try_into()
        .unwrap();
    let billing_mock = BillingV2MockServerExt::get_customer(&billing, |when, then| {
        when.project_id("proj1").customer_id("c1");
        then.ok(&customer);
    });
    let flex_customer: flexprice::types::CustomerResponse =
        flexprice::types::CustomerResponse::builder()
            .id("c1")
            .try_into()
            .unwrap();
    let flex_mock = FlexpriceMockServerExt::get_customer(&flex, |when, then| {
        when.id("c1");
        then.ok(&flex_customer);
    });

    let b =
        billing_v2::Client::with_options("sk_test", billing_v2::mock::options(&billing)).unwrap();
    let f = flexprice::Client::with_options("fp_key", flexprice::mock::options(&flex)).unwrap();
    let got = b
        .get_customer()
        .project_id("proj1")
        .customer_id("c1")
        .send()
        .await
        .unwrap();
    assert_eq!(got.id, "c1");
    let got = f.get_customer().id("c1").send().await.unwrap();
    assert_eq!(got.id.as_deref(), Some("c1"));
    billing_mock.assert_async().await;
    flex_mock.assert_async().await;
}
