//! Prints a hash of every module (or of the diagnostics) that `compile` makes of the Go
//! programs under the given directories, in both modes and both schedules (plus tracing and a
//! step budget), one line each, so two builds of the compiler can be compared with `diff`:
//! compiler changes meant to be invisible (speed work) must leave every line unchanged.
//! Run: `cargo run --release -p compiler-core --example module_hashes -- ../shared/examples testdata`;
//! `-- --threads N DIR…` compiles with N threads (`Options::threads`), `-- --once DIR…` as
//! one-shot compilations (`Options::once`): the lines must not change.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};

/// A program: a `.go` file, or a directory of them (a package).
fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let has_go = paths.iter().any(|p| p.extension().is_some_and(|e| e == "go"));
    for p in paths {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") && has_go {
            out.push(p);
        }
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut threads = 1;
    if args.first().is_some_and(|a| a == "--threads") {
        threads = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1);
        args.drain(..2.min(args.len()));
    }
    let once = args.first().is_some_and(|a| a == "--once");
    if once {
        args.remove(0);
    }
    let mut list = Vec::new();
    for root in &args {
        programs(Path::new(root), &mut list);
    }
    let variants = [
        ("command.seed", Options { mode: Mode::Command, schedule: Schedule::Seed, threads, once, ..Options::default() }),
        ("command.go", Options { mode: Mode::Command, schedule: Schedule::Go, threads, once, ..Options::default() }),
        ("reactor.seed", Options { mode: Mode::Reactor, schedule: Schedule::Seed, threads, once, ..Options::default() }),
        ("reactor.go", Options { mode: Mode::Reactor, schedule: Schedule::Go, threads, once, ..Options::default() }),
        ("reactor.trace.budget", Options { mode: Mode::Reactor, schedule: Schedule::Go, step_budget: Some(1000), trace: true, threads, once, ..Options::default() }),
    ];
    for path in list {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let files = [SourceFile { name: "main.go".into(), text }];
        for (name, options) in &variants {
            let out = compile(&files, options);
            let mut h = DefaultHasher::new();
            let what = match &out.module {
                Some(m) => {
                    m.hash(&mut h);
                    format!("{} bytes", m.len())
                }
                None => {
                    for d in &out.diagnostics {
                        d.to_string().hash(&mut h);
                    }
                    format!("{} diagnostics", out.diagnostics.len())
                }
            };
            println!("{} {name} {:016x} {what}", path.display(), h.finish());
        }
    }
}
