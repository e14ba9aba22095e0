//! `cargo xtask codegen --timings`: how long each phase of each API took (progenitor, the
//! parse, every rewrite, printing, the facade, the mocks, the wire test), printed to stderr
//! as it ends. For a maintainer who wants to know where codegen's time goes.
//!
//! The times are wall time of the thread that ran the phase: the APIs, and each API's mocks,
//! are rendered on threads of their own, so on a machine with fewer cores than threads a
//! phase's time includes waiting for a core. For one API's own figures, compare the phases
//! of that API against each other.

use std::cell::Cell;
use std::fmt::Display;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

static ON: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The API this thread renders, for the lines it prints.
    static API: Cell<&'static str> = const { Cell::new("(all)") };
    /// What this thread's phase names start with (`mocks: ` on an API's mock thread).
    static PREFIX: Cell<&'static str> = const { Cell::new("") };
}

/// Prints every phase from now on.
pub fn enable() {
    ON.store(true, Ordering::Relaxed);
}

/// Runs `f` with the phases it times labelled `api`.
pub fn for_api<T>(api: &'static str, f: impl FnOnce() -> T) -> T {
    let was = API.with(|a| a.replace(api));
    let out = f();
    API.with(|a| a.set(was));
    out
}

/// Runs `f` with the names of the phases it times starting with `prefix`.
pub fn within<T>(prefix: &'static str, f: impl FnOnce() -> T) -> T {
    let was = PREFIX.with(|p| p.replace(prefix));
    let out = f();
    PREFIX.with(|p| p.set(was));
    out
}

/// Runs `f`, the phase `name`; prints its time when timings are on. `name` is only written
/// out then (`format_args!` costs nothing otherwise).
pub fn phase<T>(name: impl Display, f: impl FnOnce() -> T) -> T {
    if !ON.load(Ordering::Relaxed) {
        return f();
    }
    let started = Instant::now();
    let out = f();
    let ms = started.elapsed().as_secs_f64() * 1e3;
    let api = API.with(Cell::get);
    let name = format!("{}{name}", PREFIX.with(Cell::get));
    eprintln!("timing  {api:<22} {name:<44} {ms:>8.1} ms");
    out
}
