//! The project's benchmark lives in `benches/issue9.rs`: run it with `cargo bench -p perf-bench`.
//! This library is empty; the package exists so the benchmark has a home outside the client crates.
