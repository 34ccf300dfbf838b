//! Trace events (`--trace`): the actor example's calls as a timeline in both schedule models,
//! against the goldens in `tests/trace/` (GOWASM_BLESS=1 rewrites them); and without the
//! option a module carries no tracing code.

use std::path::PathBuf;

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use gowasm::{read_calls, run_program, RunOptions};
use host_shim::trace::{timeline, Kind};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn actor() -> (Vec<SourceFile>, Vec<String>) {
    let dir = root().join("../app/examples/actor");
    let text = std::fs::read_to_string(dir.join("main.go")).unwrap();
    let calls = read_calls(&std::fs::read_to_string(dir.join("calls.txt")).unwrap());
    (vec![SourceFile { name: "main.go".into(), text }], calls)
}

fn golden(name: &str, got: &str) {
    let path = root().join("tests/trace").join(name);
    if std::env::var_os("GOWASM_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (GOWASM_BLESS=1 writes it)", path.display()));
    assert_eq!(got, want, "{name}");
}

fn traced(schedule: Schedule) -> gowasm::RunResult {
    let (files, calls) = actor();
    let r = run_program(&files, &RunOptions { schedule, trace: true, calls, ..RunOptions::default() });
    wasmparser::Validator::new().validate_all(r.module.as_ref().unwrap()).unwrap();
    assert_eq!(r.code, 0, "{}", r.combined());
    r
}

#[test]
fn actor_seed() {
    golden("actor.seed.txt", &timeline(&traced(Schedule::Seed).trace));
}

#[test]
fn actor_go() {
    golden("actor.go.txt", &timeline(&traced(Schedule::Go).trace));
}

/// The trace's output events, concatenated, are the program's output; get_total's result
/// differs between the models (the first divergence the page's side-by-side view marks).
#[test]
fn output_and_results_match_the_transcript() {
    for (schedule, total) in [(Schedule::Seed, "12"), (Schedule::Go, "5")] {
        let r = traced(schedule);
        let printed: String = r.trace.iter().filter_map(|e| match &e.kind {
            Kind::Output { text, .. } => Some(text.as_str()),
            _ => None,
        }).collect();
        let plain: String = r.combined().lines().filter(|l| !l.starts_with("=> ")).map(|l| format!("{l}\n")).collect();
        assert_eq!(printed, plain);
        let results: Vec<&str> = r.trace.iter().filter_map(|e| match &e.kind {
            Kind::ExportReturn { name, result: Some(v), .. } if name == "get_total" => Some(v.as_str()),
            _ => None,
        }).collect();
        assert_eq!(results[1], total, "{schedule:?}");
    }
}

#[test]
fn untraced_modules_carry_no_tracing_code() {
    let (files, _) = actor();
    let build = |trace: bool| compile(&files, &Options { mode: Mode::Reactor, schedule: Schedule::Seed, trace, ..Options::default() }).module.unwrap();
    let (plain, traced) = (build(false), build(true));
    let imports = |m: &[u8]| -> Vec<String> {
        let mut v = Vec::new();
        for p in wasmparser::Parser::new(0).parse_all(m) {
            if let Ok(wasmparser::Payload::ImportSection(r)) = p {
                for i in r.into_imports() {
                    let i = i.unwrap();
                    v.push(format!("{}.{}", i.module, i.name));
                }
            }
        }
        v
    };
    assert!(!imports(&plain).iter().any(|i| i.starts_with("gowasm.")));
    assert!(imports(&traced).contains(&"gowasm.trace".to_string()));
    assert!(!plain.windows(8).any(|w| w == b"tracePos"));
    assert!(traced.len() > plain.len());
}

/// The actor allocates only goroutines and channels (manual objects): its module gets the
/// bump allocator, without page heap or collector (8.4 KB with them, under 5 KB without).
#[test]
fn actor_without_collectable_objects_has_no_collector() {
    let (files, _) = actor();
    let m = compile(&files, &Options { mode: Mode::Reactor, ..Options::default() }).module.unwrap();
    assert!(m.len() < 6000, "actor module is {} bytes", m.len());
}

/// A program made only of tests has nothing `--trace` could trace: the CLI says so instead
/// of compiling it without its tests (which left no `main`).
#[test]
fn trace_of_a_test_only_program_is_refused() {
    let path = root().join("../testdata/test/test_basic.go");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gowasm")).args(["run", path.to_str().unwrap(), "--trace"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("has tests and neither main nor exports, so --trace has nothing to run"), "{err}");
}
