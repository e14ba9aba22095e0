//! `cargo xtask <command>`: see `cargo xtask help`.

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate every client crate from specs/
  codegen --check   write nothing; print a diff of every stale file and fail if any
  lint              check the specs (operationIds, summaries, inline schemas, examples, ...)
  drift <vendor-spec> [--api NAME]
                    compare one of our specs with a vendor's published OpenAPI file
  import <vendor-spec> --api NAME [--check]
                    add the vendor's operations (and what they reach) that our spec lacks
  changelog [<git-ref>]
                    what the spec changes since <git-ref> (default HEAD) do to each crate
  new-api NAME --spec specs/NAME.yaml
                    add the API's row to xtask/src/settings.rs; `codegen` then creates its crate
  help              this text

`cargo xtask <command> --help` explains one command.";

const CODEGEN_HELP: &str = "\
usage: cargo xtask codegen [--check] [--timings]

Reads every spec named in xtask/src/settings.rs, validates it, runs progenitor and the
generator's rewrites (xtask/src/rewrite/) and writes, per crate: src/generated.rs (operations
and types), src/generated_client.rs (the Client facade), src/generated_mock.rs (httpmock helpers,
the `mock` feature) and the generated operations section of the crate's README.md. A crate that
does not exist yet is created around them. Every file is written, or none (on any error).

  --check     write nothing; print a unified diff of every stale file and exit 1 if any
  --timings   also print, to stderr, how long each phase of each API took (progenitor,
              the parse, each rewrite, printing, the facade, the mocks, the wire test)

It prints one line per file: the API, its operations and types (for the file that holds them),
lines, time and path.";

const LINT_HELP: &str = "\
usage: cargo xtask lint

Checks every spec in specs/ against the rules of specs/README.md (operationIds, summaries,
inline schemas, examples, ...); prints each finding as `file:line: place: message` and exits 1
when there is any.";

const NEW_API_HELP: &str = "\
usage: cargo xtask new-api NAME --spec specs/NAME.yaml

Adds the API's row to xtask/src/settings.rs (NAME: lowercase letters, digits and `-`; it names
the crate). `cargo xtask codegen` then creates crates/NAME around the generated code.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = match xtask::workspace::current_root() {
        Ok(root) => root,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let code = match args.as_slice() {
        [command, "--help" | "-h"] if help_of(command).is_some() => {
            println!("{}", help_of(command).unwrap_or(USAGE));
            0
        }
        ["codegen", flags @ ..] if flags.iter().all(|f| ["--check", "--timings"].contains(f)) => {
            if flags.contains(&"--timings") {
                xtask::timing::enable();
            }
            xtask::codegen::run(&root, flags.contains(&"--check"))
        }
        ["lint"] => xtask::lint::run(&root),
        ["drift", rest @ ..] => xtask::diff::drift::run(&root, rest),
        ["import", rest @ ..] => xtask::diff::import::run(&root, rest),
        ["changelog", rest @ ..] => xtask::diff::changelog::run(&root, rest),
        ["new-api", name, "--spec", spec] => xtask::scaffold::new_api(&root, name, spec),
        ["help"] | ["--help"] | ["-h"] => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    ExitCode::from(code as u8)
}

/// The help of a command that has no argument parser of its own.
fn help_of(command: &str) -> Option<&'static str> {
    match command {
        "codegen" => Some(CODEGEN_HELP),
        "lint" => Some(LINT_HELP),
        "new-api" => Some(NEW_API_HELP),
        "help" => Some(USAGE),
        _ => None,
    }
}
