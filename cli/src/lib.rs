//! The CLI's engine room, shared by `main.rs` and the acceptance tests: compile, run, and
//! produce the transcript exactly as `shared/examples/README.md` specifies it.

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use host_shim::native::{RunError, Runner};
use host_shim::{Event, Host};

/// One piece of a run's output, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Stdout(String),
    Stderr(String),
}

/// The outcome of `gowasm run`.
#[derive(Clone, Debug, Default)]
pub struct RunResult {
    pub output: Vec<Out>,
    /// 0 ok, 1 compile errors, 2 trap/panic (or the guest's exit code).
    pub code: i32,
    /// The module that ran, if it compiled.
    pub module: Option<Vec<u8>>,
}

impl RunResult {
    /// stdout and stderr together, in order.
    pub fn combined(&self) -> String {
        self.output
            .iter()
            .map(|o| match o {
                Out::Stdout(s) | Out::Stderr(s) => s.as_str(),
            })
            .collect()
    }

    fn push_events(&mut self, events: Vec<Event>) {
        for e in events {
            self.output.push(match e {
                Event::Stdout(b) => Out::Stdout(String::from_utf8_lossy(&b).into_owned()),
                Event::Stderr(b) => Out::Stderr(String::from_utf8_lossy(&b).into_owned()),
                Event::Stub(line) => Out::Stderr(format!("{line}\n")),
            });
        }
    }
}

/// Options of `gowasm run`.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub schedule: Schedule,
    pub step_budget: Option<u64>,
    pub trace: bool,
    /// Call lines; empty means: run as a command.
    pub calls: Vec<String>,
}

/// Reads Go files for the compiler; names are the files' base names, as gc prints them.
pub fn read_sources(paths: &[String]) -> Result<Vec<SourceFile>, String> {
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
            let name = std::path::Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.clone());
            Ok(SourceFile { name, text })
        })
        .collect()
}

/// Compiles and runs a program.
pub fn run_program(files: &[SourceFile], opts: &RunOptions) -> RunResult {
    let mode = if opts.calls.is_empty() { Mode::Command } else { Mode::Reactor };
    let out = compile(files, &Options { mode, schedule: opts.schedule, step_budget: opts.step_budget, trace: opts.trace });
    let mut r = RunResult::default();
    let Some(module) = out.module else {
        for d in out.diagnostics {
            r.output.push(Out::Stderr(format!("{d}\n")));
        }
        r.code = 1;
        return r;
    };
    r.module = Some(module.clone());
    let mut runner = match Runner::new(&module, Host::default()) {
        Ok(x) => x,
        Err(e) => {
            r.output.push(Out::Stderr(format!("{e}\n")));
            r.code = 2;
            return r;
        }
    };
    let fail = |r: &mut RunResult, runner: &mut Runner, e: RunError| {
        r.push_events(runner.drain());
        match e {
            RunError::Exit(c) => r.code = if c == 0 { 0 } else { c },
            RunError::Trap(m) => {
                r.output.push(Out::Stderr(format!("wasm trap: {m}\n")));
                r.code = 2;
            }
            RunError::Setup(m) => {
                r.output.push(Out::Stderr(format!("error: {m}\n")));
                r.code = 2;
            }
        }
    };
    if opts.calls.is_empty() {
        if let Err(e) = runner.start() {
            fail(&mut r, &mut runner, e);
            return r;
        }
        r.push_events(runner.drain());
        return r;
    }
    if let Err(e) = runner.initialize() {
        fail(&mut r, &mut runner, e);
        return r;
    }
    for line in &opts.calls {
        match runner.call_line(line) {
            Ok(t) => {
                r.push_events(runner.drain());
                r.output.push(Out::Stdout(format!("{t}\n")));
            }
            Err(RunError::Exit(0)) => {
                r.push_events(runner.drain());
                return r;
            }
            Err(e) => {
                fail(&mut r, &mut runner, e);
                if r.code == 0 {
                    r.code = 2;
                }
                return r;
            }
        }
    }
    r
}

/// Call lines of a calls.txt file (blank lines and `#` comments skipped).
pub fn read_calls(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}
