//! Issue 19's rows: each full-surface crate against openapi-generator's crate for the same
//! spec (generated lines, codegen time, cold build CPU), the operations the spec-driven
//! test must exercise, and the first build of `cargo xtask`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::{cargo, median, oag_generate, row, skipped, succeeded};

/// The crates whose specs are grown to the vendors' whole surface.
const FULL_SURFACE: [&str; 3] = ["billing-v2", "flexprice", "qonversion-v4"];

/// Child process: renders one API in memory exactly as `cargo xtask codegen` does (read,
/// validate, progenitor and the policies, facade, mocks), writing nothing.
pub fn render_child(name: &str) {
    let root = super::root();
    let all: &'static [xtask::settings::ApiSettings] = xtask::settings::APIS;
    let i = all
        .iter()
        .position(|a| a.name == name)
        .unwrap_or_else(|| panic!("no API named {name}"));
    if let Err(errors) = xtask::codegen::render_apis(&root, &all[i..=i]) {
        panic!("{}", errors.join("\n"));
    }
}

/// Lines of every `.rs` file under `dir`.
fn rust_lines(dir: &Path) -> usize {
    let mut total = 0;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            total += rust_lines(&p);
        } else if p.extension().is_some_and(|x| x == "rs") {
            total += std::fs::read_to_string(&p).unwrap().lines().count();
        }
    }
    total
}

/// Our generated files of a crate: (generated.rs + facade, mocks).
fn our_lines(root: &Path, name: &str) -> (usize, usize) {
    let src = root.join("crates").join(name).join("src");
    let count = |f: &str| {
        std::fs::read_to_string(src.join(f))
            .map(|t| t.lines().count())
            .unwrap_or(0)
    };
    (
        count("generated.rs") + count("generated_client.rs"),
        count("generated_mock.rs"),
    )
}

/// Wall time, CPU time (user + system, the compiler processes included) and peak RSS
/// (MiB, of the largest process) of a command, through GNU time.
fn cpu_timed(cmd: &mut Command) -> Result<(f64, f64, f64), String> {
    let report = std::env::temp_dir().join(format!("bench-time-{}", std::process::id()));
    let program = cmd.get_program().to_owned();
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let mut timed = Command::new("/usr/bin/time");
    timed
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&report)
        .arg(program)
        .args(args);
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => timed.env(k, v),
            None => timed.env_remove(k),
        };
    }
    let out = timed.output().map_err(|e| format!("/usr/bin/time: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err
            .lines()
            .find(|l| l.starts_with("error"))
            .unwrap_or("failed");
        return Err(first.to_string());
    }
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    let v: Vec<f64> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    if v.len() < 4 {
        return Err(format!("unreadable GNU time report: {text}"));
    }
    Ok((v[0], v[1] + v[2], v[3] / 1024.0))
}

/// The spec of an API, from the repo's own specs/.
fn spec_of(root: &Path, name: &str) -> Option<PathBuf> {
    let api = xtask::settings::APIS.iter().find(|a| a.name == name)?;
    Some(root.join(api.spec))
}

/// With `codegen_only`, leaves out the cold builds and the first build of `cargo xtask`.
pub fn rows(root: &Path, oag: &Path, rounds: usize, codegen_only: bool) {
    let out_dir = root.join("target/bench/oag-full");
    let exe = std::env::current_exe().unwrap();
    for name in FULL_SURFACE {
        let Some(spec) = spec_of(root, name) else {
            skipped(
                &format!("{name}: full surface"),
                "no such API in the settings",
            );
            continue;
        };
        let theirs_dir = out_dir.join(name);

        // Operations the spec-driven test has to exercise: read from the spec.
        match xtask::spec::load(&spec, name) {
            Ok(loaded) => println!(
                "| {name}: operations in specs/ (the count the spec-driven test must exercise; read from the spec) | {} | - | - | = spec's count | - |",
                loaded.openapi.operations().count()
            ),
            Err(e) => skipped(&format!("{name}: operations"), &e.to_string()),
        }

        // Codegen time of this API alone, ours (a process rendering it in memory) against
        // openapi-generator on the same spec, interleaved.
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        let mut their_failure = None;
        for round in 0..rounds.max(1) {
            for project in [round % 2 == 0, round % 2 == 1] {
                if project {
                    let t = Instant::now();
                    let out = Command::new(&exe)
                        .args(["--render-child", name])
                        .current_dir(root)
                        .output()
                        .unwrap();
                    succeeded(&out);
                    ours.push(t.elapsed());
                } else {
                    let _ = std::fs::remove_dir_all(&theirs_dir);
                    let t = Instant::now();
                    let out = oag_generate(oag, &spec, &theirs_dir).output().unwrap();
                    if out.status.success() {
                        theirs.push(t.elapsed());
                    } else {
                        their_failure = Some(String::from_utf8_lossy(&out.stderr).to_string());
                    }
                }
            }
        }
        if theirs.is_empty() {
            skipped(
                &format!("{name}: codegen, lines and cold build"),
                &format!(
                    "openapi-generator failed: {}",
                    their_failure
                        .unwrap_or_default()
                        .lines()
                        .next()
                        .unwrap_or("")
                ),
            );
            continue;
        }
        let (o, t) = (median(ours), median(theirs));
        let faster = t.as_secs_f64() / o.as_secs_f64();
        row(
            &format!("{name}: codegen of this crate alone (median; ratio = times faster)"),
            &format!("{:.2} s", o.as_secs_f64()),
            &format!("openapi-generator {:.1} s", t.as_secs_f64()),
            faster,
            ">= 20x faster",
            faster >= 20.0,
        );

        // Generated lines.
        let (code, mocks) = our_lines(root, name);
        let their = rust_lines(&theirs_dir.join("src"));
        let ratio = (code + mocks) as f64 / their.max(1) as f64;
        row(
            &format!("{name}: generated lines (generated.rs + facade + mocks)"),
            &format!("{} + {} = {}", code, mocks, code + mocks),
            &format!("openapi-generator {their}"),
            ratio,
            "<= 1.5x",
            ratio <= 1.5,
        );

        if !codegen_only {
            cold_build(root, name, &theirs_dir);
        }
    }
    if codegen_only {
        return;
    }
    if std::env::var("BENCH_SKIP_FIRST_BUILD").is_ok_and(|v| v == "1") {
        skipped("first build of `cargo xtask`", "BENCH_SKIP_FIRST_BUILD=1");
    } else {
        xtask_first_build(root);
    }
}

/// A cold build of the crate alone: its dependencies built, then `cargo clean -p` and a
/// build with `CARGO_INCREMENTAL=0` (dev profile), ours and theirs, best CPU of two.
fn cold_build(root: &Path, name: &str, theirs_dir: &Path) {
    let manifest = theirs_dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    if !text.contains("[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n")).unwrap();
    }
    let their_target = root.join("target/bench/oag-target");
    let their = |args: &[&str]| {
        let mut c = cargo();
        c.current_dir(theirs_dir)
            .env("CARGO_TARGET_DIR", &their_target)
            .env("CARGO_INCREMENTAL", "0")
            .args(args);
        c
    };
    let our = |args: &[&str]| {
        let mut c = cargo();
        c.current_dir(root).env("CARGO_INCREMENTAL", "0").args(args);
        c
    };
    let fixes = fix_known_defects(&theirs_dir.join("src"));
    eprintln!("{name}: building both crates' dependencies (not timed)");
    let theirs_builds = their(&["build", "--quiet"]).output().unwrap();
    if !theirs_builds.status.success() {
        let err = String::from_utf8_lossy(&theirs_builds.stderr);
        skipped(
            &format!("{name}: cold build"),
            &format!(
                "openapi-generator's crate does not compile ({} errors)",
                err.lines()
                    .filter(|l| l.starts_with("error") && !l.contains("could not compile"))
                    .count()
            ),
        );
        return;
    }
    succeeded(&our(&["build", "--quiet", "-p", name]).output().unwrap());
    let mut best: [Option<(f64, f64, f64)>; 2] = [None, None];
    for round in 0..2 {
        for project in [round % 2 == 0, round % 2 == 1] {
            let measured = if project {
                succeeded(&our(&["clean", "--quiet", "-p", name]).output().unwrap());
                cpu_timed(&mut our(&["build", "--quiet", "-p", name]))
            } else {
                succeeded(
                    &their(&["clean", "--quiet", "-p", "oag_bench"])
                        .output()
                        .unwrap(),
                );
                cpu_timed(&mut their(&["build", "--quiet"]))
            };
            let slot = &mut best[usize::from(!project)];
            match measured {
                Ok(m) if slot.is_none_or(|b| m.1 < b.1) => *slot = Some(m),
                Ok(_) => {}
                Err(e) => {
                    skipped(&format!("{name}: cold build"), &e);
                    return;
                }
            }
        }
    }
    let (Some(o), Some(t)) = (best[0], best[1]) else {
        return;
    };
    let ratio = o.1 / t.1;
    row(
        &format!(
            "{name}: cold build of the crate alone, CPU (dev, CARGO_INCREMENTAL=0; best of 2)"
        ),
        &format!("{:.1} s CPU, {:.1} s wall, {:.0} MiB", o.1, o.0, o.2),
        &format!(
            "openapi-generator's crate{fixes} {:.1} s CPU, {:.1} s wall, {:.0} MiB",
            t.1, t.0, t.2
        ),
        ratio,
        "<= 1.0x",
        ratio <= 1.0,
    );
}

/// Mends the one defect known to stop openapi-generator's crate from compiling, so that its
/// build can be timed: a query parameter named `-` becomes a Rust parameter `_`, which the
/// function body then reads (`let p_query__ = _;`). The parameter is renamed in that
/// function only. Returns a note for the table ("" when nothing was mended).
fn fix_known_defects(src: &Path) -> String {
    let mut mended = 0;
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            if !text.contains("= _;") {
                continue;
            }
            let fixed: Vec<String> = text
                .split_inclusive('\n')
                .map(|line| {
                    if line.starts_with("pub async fn ") && line.contains(", _: ") {
                        mended += 1;
                        line.replace(", _: ", ", dash: ")
                    } else {
                        line.replace(" = _;", " = dash;")
                    }
                })
                .collect();
            std::fs::write(&p, fixed.concat()).unwrap();
        }
    }
    if mended == 0 {
        String::new()
    } else {
        format!(" (after renaming its `-` query parameter, `_` in Rust, in {mended} function(s))")
    }
}

/// The first `cargo xtask` on a fresh checkout: the generator and every dependency built
/// into an empty target directory (dev profile, as `cargo xtask` builds it).
fn xtask_first_build(root: &Path) {
    let target = root.join("target/bench/xtask-first");
    let _ = std::fs::remove_dir_all(&target);
    let mut c = cargo();
    c.current_dir(root)
        .env("CARGO_TARGET_DIR", &target)
        .args(["build", "--quiet", "-p", "xtask"]);
    match cpu_timed(&mut c) {
        Ok((wall, cpu, mib)) => println!(
            "| first build of `cargo xtask` (empty target dir, dev profile) | {wall:.0} s wall, {cpu:.0} s CPU, {mib:.0} MiB | - | - | reported | - |"
        ),
        Err(e) => skipped("first build of `cargo xtask`", &e),
    }
    let _ = std::fs::remove_dir_all(&target);
}
