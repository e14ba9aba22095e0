// @generated: do not edit by hand.
// Source: specs/flexprice.yaml (sha256 ccfec2d12503b13470aad1bfce4f1c71dde5b06596efdfe15fd4540941eb8fa8).
// Command: `cargo xtask codegen` (progenitor-impl 0.15.1, policies in xtask/src/policy.rs).
// To change this file, edit the spec and run the command again.

//! Every operation of `specs/flexprice.yaml` on the loopback wire, checked against the spec
//! by `wire_test_support::spec_wire` (values, request checks and answers all come
//! from the spec at run time); one function per operation builds its call.
#[rustfmt::skip]
mod operations {
    use flexprice::{Client, ClientOptions, RetryPolicy};
    use wire_test_support::spec_wire::{Args, Call, Harness, Op, json_outcome};
    const KEY: &str = "sk_wire_test_0123456789abcdef";
    fn op_get_customer<'a>(c: &'a Client, a: &'a Args) -> Call<'a> {
        Box::pin(async move {
            Ok(json_outcome(c.get_customer().id(a.path_str("id")?).send().await))
        })
    }
    /// Every operation's function, by operationId.
    const OPERATIONS: &[(&str, Op<Client>)] = &[("getCustomer", op_get_customer)];
    #[tokio::test]
    async fn every_operation_on_the_wire() {
        let harness = Harness::start("specs/flexprice.yaml", KEY).await;
        let options = ClientOptions::new()
            .base_url(harness.base_url())
            .retry_policy(RetryPolicy::none());
        let client = Client::with_options(KEY, options)
            .expect("the client takes the test key");
        harness.run(&client, OPERATIONS).await;
    }
}
