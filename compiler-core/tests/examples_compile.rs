//! Every shared example compiles (or reports exactly its expected diagnostics), and every
//! emitted module validates.

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use std::path::PathBuf;

/// The shared examples and their gc transcripts: `../shared` beside the repository (where CI
/// clones it), or `GOWASM_SHARED`. Missing, the tests fail rather than pass having checked nothing.
fn shared() -> PathBuf {
    let p = std::env::var_os("GOWASM_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    assert!(p.is_dir(), "{} not found: these tests need the shared examples (clone them beside the repository or set GOWASM_SHARED)", p.display());
    p
}

fn validate(bytes: &[u8]) {
    wasmparser::Validator::new().validate_all(bytes).expect("module validates");
}

fn check_example(name: &str) {
    let dir = shared();
    let dir = dir.join("examples").join(name);
    let text = std::fs::read_to_string(dir.join("main.go")).unwrap();
    let files = [SourceFile { name: "main.go".into(), text }];
    for schedule in [Schedule::Seed, Schedule::Go] {
        for mode in [Mode::Reactor, Mode::Command] {
            let out = compile(&files, &Options { schedule, mode, ..Options::default() });
            // The expected lists leave out gc's cut-off note after ten errors, as gcref.py does.
            let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).filter(|d| !d.ends_with(": too many errors")).collect();
            if let Ok(want) = std::fs::read_to_string(dir.join("expect.diagnostics.txt")) {
                let want: Vec<&str> = want.lines().collect();
                assert_eq!(got, want, "{name}: diagnostics");
                assert!(out.module.is_none());
            } else {
                assert!(got.is_empty(), "{name}: unexpected diagnostics:\n{}", got.join("\n"));
                validate(out.module.as_ref().expect("module"));
            }
        }
    }
}

#[test]
fn hello() {
    check_example("hello");
}
#[test]
fn abi() {
    check_example("abi");
}
#[test]
fn abi_pointers() {
    check_example("abi-pointers");
}

#[test]
fn panic() {
    check_example("panic");
}

#[test]
fn imports() {
    check_example("imports");
}
#[test]
fn divzero() {
    check_example("divzero");
}
#[test]
fn directive_errors() {
    check_example("directive-errors");
}
#[test]
fn directive_misuse() {
    check_example("directive-misuse");
}

#[test]
fn hello_is_small() {
    let dir = shared();
    let text = std::fs::read_to_string(dir.join("examples/hello/main.go")).unwrap();
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options::default());
    let n = out.module.expect("module").len();
    assert!(n <= 300, "hello module is {n} bytes");
}
