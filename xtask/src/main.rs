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
  help              this text";

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
        ["codegen"] => xtask::codegen::run(&root, false),
        ["codegen", "--check"] => xtask::codegen::run(&root, true),
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
