//! Spec in, formatted Rust out: progenitor, the rewrites, prettyplease, the header.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};

use crate::rewrite;
use crate::settings::{ApiSettings, RUNTIME_TYPE};
use crate::spec::LoadedSpec;

/// The version of the generator, stamped in every header.
pub const PROGENITOR_VERSION: &str = "0.15.1";

/// What generating one spec produced.
pub struct Generated {
    pub code: String,
    pub operations: usize,
    pub types: usize,
    /// Optional crates the code needs (`chrono`, `regress`, ...).
    pub needs: Vec<&'static str>,
    /// The syntax tree `code` was printed from, while the file is being rendered (the
    /// facade reads it instead of parsing the code again); `None` once it is done.
    pub syntax: Option<syn::File>,
}

pub(crate) fn settings(api: &ApiSettings) -> GenerationSettings {
    let mut s = GenerationSettings::default();
    s.with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(RUNTIME_TYPE.parse().expect("valid path"));
    for r in api.replacements {
        let impls = r
            .impls
            .iter()
            .map(|i| TypeImpl::from_str(i).expect("known impl name"));
        s.with_replacement(r.schema, r.rust_type, impls);
    }
    s
}

/// Runs progenitor, turning a panic into an error message.
fn run_progenitor(
    api: &ApiSettings,
    spec: &openapiv3::OpenAPI,
) -> Result<(proc_macro2::TokenStream, Generator), String> {
    let settings = settings(api);
    let outcome = quiet_catch(|| {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(spec).map(|t| (t, generator))
    });
    match outcome {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("progenitor rejected the spec: {e}")),
        Err(panic) => Err(format!("progenitor panicked: {panic}")),
    }
}

thread_local! {
    /// Set while this thread runs progenitor under [`quiet_catch`].
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Calls `f`, catching a panic and returning its message, without printing it.
///
/// The panic hook is replaced once, by one that stays silent on a thread inside
/// `quiet_catch` and defers to the previous hook elsewhere: the APIs are generated on
/// several threads at once, and swapping the global hook per call would race.
pub(crate) fn quiet_catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}

/// Whether progenitor accepts `spec` with `api`'s settings; its error otherwise.
pub fn check(api: &ApiSettings, spec: &openapiv3::OpenAPI) -> Result<(), String> {
    run_progenitor(api, spec).map(|_| ())
}

/// Generates the client code of one API.
pub fn generate(api: &ApiSettings, spec: &LoadedSpec) -> Result<Generated, String> {
    let (tokens, generator) = match crate::timing::phase("progenitor", || {
        run_progenitor(api, &spec.openapi)
    }) {
        Ok(v) => v,
        Err(e) => {
            let found = crate::diagnose::diagnose(&spec.openapi, &spec.source, &|s| check(api, s));
            return Err(format!("{e}{}", found.render()));
        }
    };
    let mut file: syn::File = crate::timing::phase("parse", || syn::parse2(tokens))
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    rewrite::apply(rewrite::CLIENT, &mut file, &rewrite::Input { api, spec })?;

    let type_space = generator.get_type_space();
    let mut needs = vec!["progenitor-client", "reqwest", "serde", "client-core"];
    for (used, krate) in [
        (type_space.uses_chrono(), "chrono"),
        (type_space.uses_uuid(), "uuid"),
        (type_space.uses_regress(), "regress"),
        (type_space.uses_serde_json(), "serde_json"),
        (generator.uses_futures(), "futures"),
    ] {
        if used {
            needs.push(krate);
        }
    }
    let operations = spec.openapi.operations().count();
    let types = type_space.iter_types().count();
    let body = crate::timing::phase("print", || {
        crate::rewrite::reflow(&prettyplease::unparse(&file))
    });
    let code = format!("{}{}", header(api, spec), body);
    Ok(Generated {
        code,
        operations,
        types,
        needs,
        syntax: Some(file),
    })
}

/// The header every generated file starts with.
pub fn header(api: &ApiSettings, spec: &LoadedSpec) -> String {
    format!(
        "// @generated: do not edit by hand.\n\
         // Source: {} (sha256 {}).\n\
         // Command: `cargo xtask codegen` (progenitor-impl {PROGENITOR_VERSION}, rewrites in xtask/src/rewrite/).\n\
         // To change this file, edit the spec and run the command again.\n\n",
        api.spec, spec.source.sha256
    )
}
