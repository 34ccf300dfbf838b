//! Portability: the modules we emit for shared/examples run unchanged under Node's own WASI
//! (`node:wasi`, as a reactor) and give the same transcripts as under our host. Node makes the
//! calls (e2e/node-host.mjs); this side prepares them and formats results with host-shim, so
//! only the engine and the WASI implementation differ.

use std::path::{Path, PathBuf};
use std::process::Command;

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use host_shim::calls::{call_lines, Call, Lowered};
use host_shim::module::ModuleInfo;
use host_shim::Val;

/// The shared examples and their gc transcripts: `../shared` beside the repository (where CI
/// clones it), or `GOWASM_SHARED`. Missing, the tests fail rather than pass having checked nothing.
fn shared() -> PathBuf {
    let p = std::env::var_os("GOWASM_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    assert!(p.is_dir(), "{} not found: these tests need the shared examples (clone them beside the repository or set GOWASM_SHARED)", p.display());
    p
}

fn json_arg(l: &Lowered) -> Vec<String> {
    match l {
        Lowered::Str(b) => vec![format!("{{\"str\": {b:?}}}")],
        Lowered::Vals(v) => v
            .iter()
            .map(|v| match v {
                Val::I32(x) => format!("{{\"i32\": \"{x}\"}}"),
                Val::I64(x) => format!("{{\"i64\": \"{x}\"}}"),
                Val::F32(x) => format!("{{\"f32\": \"{}\"}}", x.to_bits()),
                Val::F64(x) => format!("{{\"f64\": \"{}\"}}", x.to_bits()),
            })
            .collect(),
    }
}

/// A result marker's value, `i64:-5` or `f32:1075838976` (IEEE bits).
fn parse_result(s: &str) -> Val {
    let (ty, v) = s.split_once(':').expect("type:value");
    match ty {
        "i32" => Val::I32(v.parse::<i64>().expect("i32") as i32),
        "i64" => Val::I64(v.parse::<i128>().expect("i64") as i64),
        "f32" => Val::F32(f32::from_bits(v.parse().expect("f32 bits"))),
        "f64" => Val::F64(f64::from_bits(v.parse().expect("f64 bits"))),
        _ => panic!("unknown result type {ty}"),
    }
}

/// Runs `dir`'s program and calls under Node and returns the transcript.
fn run_in_node(dir: &Path, schedule: Schedule, scratch: &Path) -> String {
    let text = std::fs::read_to_string(dir.join("main.go")).unwrap();
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options { mode: Mode::Reactor, schedule, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("{}: {:?}", dir.display(), out.diagnostics));
    let info = ModuleInfo::parse(&module).unwrap();
    let calls: Vec<Call> = call_lines(&std::fs::read_to_string(dir.join("calls.txt")).unwrap()).iter().map(|l| Call::prepare(&info, l).unwrap()).collect();
    let plan: Vec<String> = calls
        .iter()
        .map(|c| {
            let args: Vec<String> = c.args.iter().flat_map(json_arg).collect();
            let result = c.func.wasm_results().first().map(|t| format!(", \"result\": \"{t}\"")).unwrap_or_default();
            format!("{{\"name\": \"{}\", \"args\": [{}]{result}}}", c.func.name, args.join(", "))
        })
        .collect();
    std::fs::create_dir_all(scratch).unwrap();
    let (wasm, plan_path, out_path) = (scratch.join("main.wasm"), scratch.join("plan.json"), scratch.join("out.txt"));
    std::fs::write(&wasm, &module).unwrap();
    std::fs::write(&plan_path, format!("{{\"calls\": [{}]}}", plan.join(", "))).unwrap();
    let host = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../e2e/node-host.mjs");
    let status = Command::new("node").args(["--no-warnings=ExperimentalWarning".as_ref(), host.as_os_str()]).args([&wasm, &plan_path, &out_path]).status().expect("node runs");
    assert!(status.success(), "node exited with {status}");
    let raw = String::from_utf8(std::fs::read(&out_path).unwrap()).unwrap();
    let mut transcript = String::new();
    let mut calls = calls.iter();
    for line in raw.split_inclusive('\n') {
        let Some(marker) = line.strip_prefix('\u{1}') else {
            transcript.push_str(line);
            continue;
        };
        let marker = marker.trim_end();
        if let Some(rest) = marker.strip_prefix("ok") {
            let results: Vec<Val> = rest.split_whitespace().map(parse_result).collect();
            transcript.push_str(&calls.next().expect("a marker per call").transcript(&results));
            transcript.push('\n');
        } else {
            transcript.push_str(&format!("[{marker}]\n"));
        }
    }
    transcript
}

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn check(name: &str) {
    let root = shared();
    assert!(node_available(), "node is needed for the portability tests");
    let dir = root.join("examples").join(name);
    for (schedule, file) in [(Schedule::Seed, "expect.seed.txt"), (Schedule::Go, "expect.go.txt")] {
        let want = std::fs::read_to_string(dir.join(file)).unwrap();
        let scratch = std::env::temp_dir().join(format!("gowasm-node-{name}-{}-{}", schedule.as_str(), std::process::id()));
        let got = run_in_node(&dir, schedule, &scratch);
        let _ = std::fs::remove_dir_all(&scratch);
        assert_eq!(got, want, "{name} under node:wasi ({file})");
    }
}

#[test]
fn abi_runs_under_node_wasi() {
    check("abi");
}

#[test]
fn actor_runs_under_node_wasi() {
    check("actor");
}

#[test]
fn hello_runs_under_node_wasi() {
    check("hello");
}
