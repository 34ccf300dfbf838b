//! Compile time of `shared/examples/hello` and of a generated 10,000-line scalar program
//! (deterministic: the same text every run). Prints each module's size once.
//! Run: `cargo bench -p compiler-core --bench compile`.

use std::hint::black_box;
use std::path::PathBuf;

use compiler_core::{compile, Mode, Options, SourceFile};
use criterion::{criterion_group, criterion_main, Criterion};
use gowasm_bench_programs::scalar_program;

fn hello() -> String {
    let shared = std::env::var("GOWASM_SHARED").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    std::fs::read_to_string(shared.join("examples/hello/main.go")).expect("shared/examples/hello/main.go (set GOWASM_SHARED)")
}

fn bench(c: &mut Criterion) {
    let options = Options { mode: Mode::Reactor, ..Options::default() };
    let cases = [("hello", hello()), ("scalar_10k_lines", scalar_program(10_000))];
    for (name, text) in cases {
        let files = [SourceFile { name: "main.go".into(), text }];
        let out = compile(&files, &options);
        let module = out.module.unwrap_or_else(|| panic!("{name} does not compile: {:?}", out.diagnostics));
        eprintln!("{name}: {} lines, module {} bytes", files[0].text.lines().count(), module.len());
        c.bench_function(name, |b| b.iter(|| compile(black_box(&files), black_box(&options))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
