//! Compile time of `shared/examples/hello` and of a generated 10,000-line scalar program
//! (deterministic: the same text every run). Prints each module's size once. Also the time
//! to format 1,000 lines of that program, in gofmt's layout and with its layout scrambled.
//! Run: `cargo bench -p compiler-core --bench compile` (`-- format` for the formatter only).

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

/// The program with every line's indentation dropped and its spaces doubled (comments kept
/// as they are): gofmt's work.
fn scrambled(src: &str) -> String {
    src.lines().map(|l| if l.starts_with("//") { format!("{l}\n") } else { l.trim_start().replace(' ', "  ") + "\n" }).collect()
}

fn bench_format(c: &mut Criterion) {
    let program = scalar_program(1_000);
    let messy = scrambled(&program);
    let tidy = compiler_core::format::format("main.go", &program).unwrap_or_else(|d| panic!("the program does not format: {:?}", d[0]));
    for (name, text) in [("format_1000_lines", &tidy), ("format_1000_lines_scrambled", &messy)] {
        let out = compiler_core::format::format("main.go", text).unwrap_or_else(|d| panic!("{name} does not format: {:?}", d[0]));
        assert_eq!(out, tidy, "{name}: the same layout as the generated program's");
        c.bench_function(name, |b| b.iter(|| compiler_core::format::format("main.go", black_box(text))));
    }
}

criterion_group!(benches, bench, bench_format);
criterion_main!(benches);
