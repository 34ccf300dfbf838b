//! A program may export `malloc` itself (gc accepts any export name): string arguments then
//! go through the allocator the module names in its `gowasm` section.

use compiler_core::{Schedule, SourceFile};
use gowasm::{run_program, RunOptions};

#[test]
fn string_arguments_use_the_named_allocator() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/exports/export_named_malloc.go");
    let text = std::fs::read_to_string(path).unwrap();
    let files = [SourceFile { name: "main.go".into(), text }];
    for schedule in [Schedule::Seed, Schedule::Go] {
        let calls = ["greet \"gopher\"", "malloc 10", "used_bytes", "greet \"wasm\""].map(String::from).to_vec();
        let r = run_program(&files, &RunOptions { schedule, calls, ..RunOptions::default() });
        assert_eq!(r.code, 0, "{}", r.combined());
        assert_eq!(
            r.combined(),
            "hello, gopher\n=> greet(\"gopher\") = 6\n=> malloc(10) = 0\n=> used_bytes() = 16\nhello, wasm\n=> greet(\"wasm\") = 4\n"
        );
    }
}
