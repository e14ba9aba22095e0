//! `cargo xtask codegen [--check]`: every spec to its crate, all or nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::facade;
use crate::generate::{self, Generated};
use crate::settings::{
    APIS, ApiSettings, GENERATED_CLIENT_FILE, GENERATED_FILE, GENERATED_MOCK_FILE,
    GENERATED_WEBHOOKS_FILE, GENERATED_WIRE_TEST, README_FILE,
};
use crate::{mock, operations, readme, scaffold, wire_test};
use crate::{spec, timing, write};

/// One file the generator wants on disk.
pub struct Output {
    pub api: &'static ApiSettings,
    /// Relative to the workspace root.
    pub path: PathBuf,
    pub generated: Generated,
    pub elapsed: Duration,
}

/// Generates every API in memory. On any failure, returns every error and nothing else.
pub fn render_all(root: &Path) -> Result<Vec<Output>, Vec<String>> {
    render_apis(root, APIS)
}

/// Generates `apis` in memory, with the files of any crate that does not exist yet.
pub fn render_apis(root: &Path, apis: &'static [ApiSettings]) -> Result<Vec<Output>, Vec<String>> {
    // Every spec is read and validated before progenitor sees any of them.
    let specs = timing::phase("load and check specs", || spec::load_all(root, apis))
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let mut outputs = Vec::new();
    let mut errors = Vec::new();
    let mut new_crates = Vec::new();
    // Each API on its own thread (they share nothing); results are taken in `apis` order, so
    // the output and any errors read the same as a sequential run.
    let rendered: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = apis
            .iter()
            .zip(&specs)
            .map(|(api, spec)| scope.spawn(move || render_one(root, api, spec)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("rendering an API does not panic"))
            .collect()
    });
    for (api, (result, elapsed)) in apis.iter().zip(rendered) {
        let r = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let dir = Path::new(api.crate_dir);
        // One file of the crate: its path, code, the operations and types it holds (for the
        // summary) and the optional crates it needs.
        let mut push = |path: PathBuf,
                        code: String,
                        operations: usize,
                        types: usize,
                        needs: Vec<&'static str>,
                        elapsed: Duration| {
            outputs.push(Output {
                api,
                path,
                generated: Generated {
                    code,
                    operations,
                    types,
                    needs,
                    syntax: None,
                },
                elapsed,
            })
        };
        if !r.scaffold.is_empty() {
            new_crates.push(api);
        }
        for (path, code) in r.scaffold {
            push(path, code, 0, 0, Vec::new(), Duration::ZERO);
        }
        let ops = r.operations;
        push(
            dir.join(GENERATED_FILE),
            r.code,
            ops,
            r.types,
            r.needs,
            elapsed,
        );
        push(
            dir.join(GENERATED_CLIENT_FILE),
            r.client,
            ops,
            0,
            Vec::new(),
            Duration::ZERO,
        );
        // The mocks have one method per operation, like the facade.
        let mock_needs = vec!["httpmock", "regex"];
        push(
            dir.join(GENERATED_MOCK_FILE),
            r.mock,
            ops,
            0,
            mock_needs,
            Duration::ZERO,
        );
        if let Some(code) = r.webhooks {
            let needs = vec!["serde_json", "client-core"];
            push(
                dir.join(GENERATED_WEBHOOKS_FILE),
                code,
                0,
                0,
                needs,
                Duration::ZERO,
            );
        }
        push(
            dir.join(GENERATED_WIRE_TEST),
            r.wire_test,
            ops,
            0,
            Vec::new(),
            Duration::ZERO,
        );
        if let Some(code) = r.readme {
            push(
                dir.join(README_FILE),
                code,
                0,
                0,
                Vec::new(),
                Duration::ZERO,
            );
        }
    }
    if let Some(first) = new_crates.first() {
        let dirs: Vec<&str> = new_crates.iter().map(|a| a.crate_dir).collect();
        match std::fs::read_to_string(root.join("Cargo.toml"))
            .map_err(|e| format!("Cargo.toml: cannot read: {e}"))
            .and_then(|m| scaffold::add_members(&m, &dirs))
        {
            Ok(Some(code)) => outputs.push(Output {
                api: first,
                path: PathBuf::from("Cargo.toml"),
                generated: Generated {
                    code,
                    operations: 0,
                    types: 0,
                    needs: Vec::new(),
                    syntax: None,
                },
                elapsed: Duration::ZERO,
            }),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(outputs)
    } else {
        Err(errors)
    }
}

/// What rendering one API gives: the generated code with its counts and needs (the syntax
/// tree stays on its thread), the facade, the mocks and any scaffold files.
struct Rendered {
    code: String,
    operations: usize,
    types: usize,
    needs: Vec<&'static str>,
    client: String,
    mock: String,
    /// The `webhooks` module, for a spec with `x-webhooks`.
    webhooks: Option<String>,
    wire_test: String,
    scaffold: Vec<(PathBuf, String)>,
    /// The README with its generated section, unless the scaffold holds it (a new crate).
    readme: Option<String>,
}

/// A spec without `x-webhooks` whose crate still includes the webhooks module: the committed
/// module would no longer match the spec, so nothing is written and the fix is named.
fn refuse_stale_webhooks(root: &Path, api: &ApiSettings) -> Result<(), String> {
    let lib = Path::new(api.crate_dir).join("src/lib.rs");
    let includes = std::fs::read_to_string(root.join(&lib))
        .is_ok_and(|text| text.contains(GENERATED_WEBHOOKS_FILE.rsplit('/').next().unwrap_or("")));
    if includes {
        return Err(format!(
            "{}: the spec declares no `x-webhooks`, but {} includes {}: add the spec's \
             `x-webhooks` block back, or remove the `webhooks` module from lib.rs and delete \
             that file",
            api.spec,
            lib.display(),
            Path::new(api.crate_dir)
                .join(GENERATED_WEBHOOKS_FILE)
                .display()
        ));
    }
    Ok(())
}

/// Renders one API; also returns how long it took, for the timing column.
fn render_one(
    root: &Path,
    api: &'static ApiSettings,
    spec: &crate::spec::LoadedSpec,
) -> (Result<Rendered, String>, Duration) {
    let started = Instant::now();
    // The mocks come from a progenitor run of their own: render them beside the client.
    let (mock, result) = std::thread::scope(|scope| {
        let mock = scope.spawn(|| {
            timing::for_api(api.name, || {
                timing::within("mocks: ", || {
                    timing::phase("all", || mock::render(api, spec))
                })
            })
        });
        let result = timing::for_api(api.name, || render_client(root, api, spec));
        let mock = mock
            .join()
            .unwrap_or_else(|_| Err("rendering the mocks panicked".into()));
        (mock, result)
    });
    // The client's error first: it names the place in the spec.
    let result = result.and_then(|r| {
        mock.map(|mock| Rendered { mock, ..r })
            .map_err(|e| format!("{}: mock: {e}", api.spec))
    });
    (result, started.elapsed())
}

/// Everything of one API but its mocks (left empty).
fn render_client(
    root: &Path,
    api: &'static ApiSettings,
    spec: &crate::spec::LoadedSpec,
) -> Result<Rendered, String> {
    timing::phase("client code (all)", || generate::generate(api, spec))
        .map_err(|e| format!("{}: {e}", api.spec))
        .and_then(|generated| {
            // What the facade cannot carry is named with its line and a hint.
            timing::phase("facade check", || facade::check(api, spec))?;
            let file = generated
                .syntax
                .as_ref()
                .ok_or("the syntax tree was dropped")?;
            timing::phase("hand names", || {
                crate::hand_written_names::check(root, api, file)
            })?;
            // The operations, once: the facade and the README read them.
            let ops = timing::phase("operations", || {
                operations::build(&spec.openapi, &spec.wire_names, file)
            })
            .map_err(|e| format!("{}: {e}", api.spec))?;
            let client = timing::phase("facade", || {
                facade::render_file(api, spec, &generated, &ops)
            })
            .map_err(|e| format!("{}: facade: {e}", api.spec))?;
            let webhooks = timing::phase("webhooks", || {
                crate::webhooks::render(api, spec, &generated.code)
            })
            .map_err(|e| format!("{}: {e}", api.spec))?;
            if webhooks.is_none() {
                refuse_stale_webhooks(root, api)?;
            }
            let wire_test = generated
                .syntax
                .as_ref()
                .ok_or_else(|| format!("{}: wire test: no syntax tree", api.spec))
                .and_then(|file| {
                    timing::phase("wire test", || wire_test::render(api, spec, file, &ops))
                })
                .map_err(|e| format!("{}: wire test: {e}", api.spec))?;
            let mut scaffold = if scaffold::is_missing(root, api) {
                scaffold::crate_files(api, spec, &generated)
            } else {
                check_dependencies(root, api, &generated)?;
                Vec::new()
            };
            let section =
                timing::phase("readme", || readme::section(api, &spec.openapi, file, &ops))
                    .map_err(|e| format!("{}: README: {e}", api.spec))?;
            let readme_path = Path::new(api.crate_dir).join(README_FILE);
            let readme = match scaffold.iter_mut().find(|(p, _)| *p == readme_path) {
                Some((_, text)) => {
                    *text = readme::splice(text, &section);
                    None
                }
                None => {
                    let current =
                        std::fs::read_to_string(root.join(&readme_path)).unwrap_or_default();
                    Some(readme::splice(&current, &section))
                }
            };
            let Generated {
                code,
                operations,
                types,
                needs,
                ..
            } = generated;
            Ok(Rendered {
                code,
                operations,
                types,
                needs,
                client: client.code,
                mock: String::new(),
                webhooks,
                wire_test,
                scaffold,
                readme,
            })
        })
}

/// The generated code needs some crates; say so if the crate's manifest lacks one.
fn check_dependencies(root: &Path, api: &ApiSettings, generated: &Generated) -> Result<(), String> {
    let manifest_path = Path::new(api.crate_dir).join("Cargo.toml");
    let manifest = std::fs::read_to_string(root.join(&manifest_path))
        .map_err(|e| format!("{}: cannot read: {e}", manifest_path.display()))?;
    let missing: Vec<_> = generated
        .needs
        .iter()
        .filter(|dep| {
            !manifest.lines().any(|l| {
                l.trim_start().starts_with(&format!("{dep} "))
                    || l.trim_start().starts_with(&format!("{dep}."))
            })
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: the code generated from {} needs these dependencies: {}",
            manifest_path.display(),
            api.spec,
            missing
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

/// A unified diff of `old` against `new`, labelled with `path`.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.display()),
            &format!("b/{}", path.display()),
        )
        .to_string()
}

/// Runs the command; returns the process exit code.
pub fn run(root: &Path, check: bool) -> i32 {
    run_apis(root, APIS, check)
}

/// Runs the command for `apis`; returns the process exit code.
pub fn run_apis(root: &Path, apis: &'static [ApiSettings], check: bool) -> i32 {
    let outputs = match render_apis(root, apis) {
        Ok(o) => o,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!(
                "codegen failed with {} error(s); nothing was written",
                errors.len()
            );
            return 1;
        }
    };
    let mut stale = Vec::new();
    let mut summary = String::new();
    for out in &outputs {
        let full = root.join(&out.path);
        let current = std::fs::read_to_string(&full).unwrap_or_default();
        if current != out.generated.code {
            stale.push((out, current));
        }
        // Counts only where the file holds them: types in generated.rs, one method per
        // operation there and in the facade and mocks, none in a scaffold file.
        let counts = match (out.generated.operations, out.generated.types) {
            (0, 0) => String::new(),
            (ops, 0) => format!("{ops:>3} operations"),
            (ops, types) => format!("{ops:>3} operations {types:>4} types"),
        };
        let _ = writeln!(
            summary,
            "{:<22} {:<25} {:>6} lines  {:>6.2}s  -> {}",
            out.api.name,
            counts,
            out.generated.code.lines().count(),
            out.elapsed.as_secs_f64(),
            out.path.display()
        );
    }
    if check {
        for (out, current) in &stale {
            print!("{}", unified_diff(&out.path, current, &out.generated.code));
        }
        eprint!("{summary}");
        if stale.is_empty() {
            eprintln!("codegen --check: every generated file is up to date");
            0
        } else {
            eprintln!(
                "codegen --check: {} generated file(s) are stale; run `cargo xtask codegen`",
                stale.len()
            );
            1
        }
    } else {
        // Every stale file of every crate is replaced, or none is (see write.rs).
        let files: Vec<_> = stale
            .iter()
            .map(|(out, _)| (out.path.clone(), out.generated.code.clone()))
            .collect();
        if let Err(e) = write::write_all(root, &files) {
            eprintln!("error: {e}");
            return 1;
        }
        eprint!("{summary}");
        eprintln!(
            "codegen: {} file(s) written, {} unchanged",
            stale.len(),
            outputs.len() - stale.len()
        );
        0
    }
}
