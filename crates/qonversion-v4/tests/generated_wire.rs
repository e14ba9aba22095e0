// @generated: do not edit by hand.
// Source: specs/qonversion-v4.yaml (sha256 50acfb0a897488e33836c456b561e79ab43bec81eadf6a52c8133dcf83941042).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/qonversion-v4.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use qonversion_v4::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{Args, Call, Harness, Op, json_outcome};
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_v4_get_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(
                json_outcome(
                    c
                        .v4_get_customer()
                        .customer_id(a.path_str("customer_id")?)
                        .send()
                        .await,
                ),
            )
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[("v4GetCustomer", op_v4_get_customer)];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/qonversion-v4.yaml", KEY).await;
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
