//! Typed `httpmock` helpers for downstream tests, generated from the same spec as the client.
//!
//! progenitor emits, per operation, a `When` wrapper (method, path, parameters, body) and a
//! `Then` wrapper (one method per documented status), plus a `MockServerExt` trait that adds
//! one method per operation to `httpmock::MockServer`; the rewrites of
//! [`crate::rewrite::MOCKS`] escape path values, repeat array queries, name the trait for the
//! crate, add `mock::options(&server)` and write each wrapper and the trait as one call of
//! `client_core`'s mock macros.

use progenitor_impl::Generator;

use crate::generate::{quiet_catch, settings};
use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;

/// Renders the mock module of one API (`src/generated_mock.rs`, with its header).
pub fn render(api: &ApiSettings, spec: &LoadedSpec) -> Result<String, String> {
    let settings = settings(api);
    let tokens = crate::timing::phase("progenitor", || {
        quiet_catch(|| Generator::new(&settings).httpmock(&spec.openapi, "crate"))
    })
    .map_err(|panic| format!("progenitor panicked generating mocks: {panic}"))?
    .map_err(|e| format!("progenitor rejected the spec generating mocks: {e}"))?;
    let mut file: syn::File = crate::timing::phase("parse", || syn::parse2(tokens))
        .map_err(|e| format!("progenitor produced mock code that does not parse: {e}"))?;
    crate::rewrite::apply(
        crate::rewrite::MOCKS,
        &mut file,
        &crate::rewrite::Input { api, spec },
    )?;
    let body = crate::timing::phase("print", || {
        crate::rewrite::reflow_mocks(&prettyplease::unparse(&file))
    });
    Ok(format!("{}{}", crate::generate::header(api, spec), body))
}
