//! Acceptance: every folder of shared/examples, in both schedule modes, through the same code
//! the CLI uses; every module is validated with wasmparser and run on wasmi.

use std::path::PathBuf;

use compiler_core::Schedule;
use gowasm::{read_calls, read_sources, run_program, RunOptions};

/// The shared examples and their gc transcripts: `../shared` beside the repository (where CI
/// clones it), or `GOWASM_SHARED`. Missing, the tests fail rather than pass having checked nothing.
fn shared() -> PathBuf {
    let p = std::env::var_os("GOWASM_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    assert!(p.is_dir(), "{} not found: these tests need the shared examples (clone them beside the repository or set GOWASM_SHARED)", p.display());
    p
}

fn run(dir: &std::path::Path, schedule: Schedule) -> gowasm::RunResult {
    let files = read_sources(&[dir.join("main.go").to_string_lossy().into_owned()]).unwrap();
    let calls = std::fs::read_to_string(dir.join("calls.txt")).map(|t| read_calls(&t)).unwrap_or_default();
    let r = run_program(&files, &RunOptions { schedule, calls, ..RunOptions::default() });
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).expect("module validates");
    }
    r
}

fn example(name: &str) {
    let root = shared();
    let dir = root.join("examples").join(name);
    for (schedule, file) in [(Schedule::Seed, "expect.seed.txt"), (Schedule::Go, "expect.go.txt")] {
        let r = run(&dir, schedule);
        let out = r.combined();
        let mut checked = false;
        if let Ok(want) = std::fs::read_to_string(dir.join(file)) {
            checked = true;
            assert_eq!(out, want, "{name} ({file})");
            assert_eq!(r.code, 0, "{name}: exit code");
        }
        if let Ok(want) = std::fs::read_to_string(dir.join("expect.contains.txt")) {
            checked = true;
            let lines: Vec<&str> = out.lines().collect();
            let mut at = 0;
            for w in want.lines() {
                match lines[at..].iter().position(|l| l.contains(w)) {
                    Some(i) => at += i + 1,
                    None => panic!("{name} ({}): {w:?} not found in order in:\n{out}", schedule.as_str()),
                }
            }
        }
        if let Ok(want) = std::fs::read_to_string(dir.join("expect.diagnostics.txt")) {
            checked = true;
            // The expected lists leave out gc's cut-off note after ten errors, as gcref.py does.
            let out: String = out.split_inclusive('\n').filter(|l| !l.trim_end().ends_with(": too many errors")).collect();
            assert_eq!(out, want, "{name}: diagnostics");
            assert_eq!(r.code, 1);
        }
        assert!(checked, "{name}: no {file}, expect.contains.txt or expect.diagnostics.txt in {}", dir.display());
    }
}

#[test]
fn hello() {
    example("hello");
}

#[test]
fn abi() {
    example("abi");
}

#[test]
fn abi_pointers() {
    example("abi-pointers");
}

#[test]
fn panic_index() {
    example("panic");
    assert_eq!(run(&shared().join("examples/panic"), Schedule::Seed).code, 2);
}

#[test]
fn imports() {
    example("imports");
}

#[test]
fn divzero() {
    example("divzero");
    assert_eq!(run(&shared().join("examples/divzero"), Schedule::Seed).code, 2);
}

#[test]
fn directive_errors() {
    example("directive-errors");
}

#[test]
fn directive_misuse() {
    example("directive-misuse");
}

#[test]
fn binary_exit_codes_and_streams() {
    let root = shared();
    let bin = env!("CARGO_BIN_EXE_gowasm");
    let ex = root.join("examples");
    let out = std::process::Command::new(bin)
        .args(["run", ex.join("hello/main.go").to_str().unwrap(), "--call", "hello_world"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "Hello world!\n", "println goes to stderr");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "=> hello_world()\n");
    let out = std::process::Command::new(bin).args(["run", ex.join("directive-errors/main.go").to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = std::process::Command::new(bin)
        .args(["run", ex.join("divzero/main.go").to_str().unwrap(), "--calls", ex.join("divzero/calls.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Go strings are bytes: the CLI writes them unchanged, as gc's binaries do (`go run` of this
/// program writes 0xff then a newline), not as U+FFFD.
#[test]
fn binary_output_is_written_unchanged() {
    let dir = std::env::temp_dir().join(format!("gowasm-raw-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("main.go");
    std::fs::write(&path, "package main\n\nfunc main() {\n\tprint(\"\\xff\\n\")\n}\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gowasm")).args(["run", path.to_str().unwrap()]).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stderr, b"\xff\n");
}

#[test]
fn step_budget_stops_runaway_loops() {
    let src = "package main\n\n//go:wasmexport spin\nfunc spin() int32 {\n\tfor {\n\t}\n}\n\nfunc main() {}\n";
    let files = vec![compiler_core::SourceFile { name: "main.go".into(), text: src.into() }];
    let r = run_program(&files, &RunOptions { step_budget: Some(10_000), calls: vec!["spin".into()], ..RunOptions::default() });
    assert_eq!(r.code, 2);
    assert!(r.combined().contains("step budget exceeded"), "{}", r.combined());
}

#[test]
fn actor() {
    example("actor");
}

#[test]
fn deadlock() {
    example("deadlock");
    for schedule in [Schedule::Seed, Schedule::Go] {
        assert_eq!(run(&shared().join("examples/deadlock"), schedule).code, 2);
    }
}
