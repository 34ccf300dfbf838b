//! Compiles one program `N` times and prints the best and median wall time, for profiling
//! (`valgrind --tool=callgrind` with N = 1 and N = 2: the difference is one compilation after
//! the prelude is built), and whether every compilation gave the first one's module (the
//! later ones reuse what the first lowered). The program is a `.go` file, or `10k` for the
//! benchmark's generated 10,000-line program; a third argument `command` builds a WASI command
//! instead of a reactor.
//! Run: `cargo run --release -p compiler-core --example compile_loop -- 10k 20`.

use std::time::Instant;

use compiler_core::{compile, Mode, Options, SourceFile};
use gowasm_bench_programs::scalar_program;

fn main() {
    let mut args = std::env::args().skip(1);
    let program = args.next().unwrap_or_else(|| "10k".into());
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let text = if program == "10k" { scalar_program(10_000) } else { std::fs::read_to_string(&program).expect("a readable .go file") };
    let files = [SourceFile { name: "main.go".into(), text }];
    let mode = if args.next().as_deref() == Some("command") { Mode::Command } else { Mode::Reactor };
    let options = Options { mode, ..Options::default() };
    let mut times = Vec::with_capacity(n);
    let mut modules = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        let out = compile(&files, &options);
        times.push(start.elapsed().as_secs_f64() * 1e3);
        modules.push(out.module.unwrap_or_default());
    }
    let first = times[0];
    times.sort_by(f64::total_cmp);
    let same = if modules.iter().all(|m| *m == modules[0]) { "all identical" } else { "DIFFERENT" };
    println!("{program}: module {} B ({same}), first {first:.2} ms, best {:.2} ms, median {:.2} ms ({n} runs)", modules[0].len(), times[0], times[n / 2]);
}
