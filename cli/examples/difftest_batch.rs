//! The batch runner of differential testing (tools/difftest/batch.py): compiles one package of
//! many generated programs once, then runs it once per program, each run in a fresh instance
//! on the native engine, as `gowasm run` would run that program alone.
//!
//! `difftest_batch command OUT.wasm FILE.go... -- ARG...` runs the command once per ARG (its
//! one argument picks the program); `difftest_batch reactor OUT.wasm FILE.go... -- CALLS...`
//! runs the calls file of each CALLS path on a fresh instance of the reactor (scheduled as
//! gc's, `--schedule go`). The module goes to OUT.wasm. Each run writes a header line
//! `CODE LEN` and then LEN bytes: its stdout and stderr together, in order, unchanged. When
//! the package does not compile, its diagnostics go to stderr and the exit code is 1.

use std::io::Write;

use compiler_core::{compile, Mode, Options, Schedule};
use gowasm::{read_calls, read_sources, run_module, Out, RunOptions};

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let split = argv.iter().position(|a| a == "--").unwrap_or(argv.len());
    if split < 3 || !matches!(argv[0].as_str(), "command" | "reactor") {
        eprintln!("usage: difftest_batch command|reactor OUT.wasm FILE.go... -- ARG|CALLS...");
        std::process::exit(2);
    }
    let reactor = argv[0] == "reactor";
    let files = match read_sources(&argv[2..split]) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("difftest_batch: {e}");
            std::process::exit(2);
        }
    };
    let schedule = if reactor { Schedule::Go } else { Schedule::Seed };
    let mode = if reactor { Mode::Reactor } else { Mode::Command };
    let out = compile(&files, &Options { mode, schedule, ..Options::default() });
    let Some(module) = out.module else {
        for d in out.diagnostics {
            eprintln!("{d}");
        }
        std::process::exit(1);
    };
    if let Err(e) = std::fs::write(&argv[1], &module) {
        eprintln!("difftest_batch: {}: {e}", argv[1]);
        std::process::exit(2);
    }
    let mut stdout = std::io::stdout().lock();
    for run in argv.iter().skip(split + 1) {
        let mut opts = RunOptions { schedule, ..RunOptions::default() };
        if reactor {
            match std::fs::read_to_string(run) {
                Ok(text) => opts.calls = read_calls(&text),
                Err(e) => {
                    eprintln!("difftest_batch: {run}: {e}");
                    std::process::exit(2);
                }
            }
        } else {
            opts.args = vec![run.clone()];
        }
        let r = run_module(module.clone(), &opts);
        let bytes: Vec<u8> = r.output.iter().flat_map(|o| match o {
            Out::Stdout(s) | Out::Stderr(s) => s.iter().copied(),
        }).collect();
        let _ = writeln!(stdout, "{} {}", r.code, bytes.len());
        let _ = stdout.write_all(&bytes);
        let _ = stdout.flush();
    }
}
