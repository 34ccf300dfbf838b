//! The CLI's engine room, shared by `main.rs` and the acceptance tests: compile, run, and
//! produce the transcript exactly as `shared/examples/README.md` specifies it.

use compiler_core::{compile, compile_test, txtar, Generics, Mode, Options, Schedule, SourceFile, TestFlags};
use host_shim::calls::{check_summary, Call};
use host_shim::native::{NativeRunner, SystemPlatform};
use host_shim::trace::TraceEvent;
use host_shim::{Event, Host, RunError, Stream};

pub use host_shim::calls::call_lines as read_calls;

/// One piece of a run's output, in order: the guest's bytes as written (Go strings need not
/// be UTF-8, and gc's programs write them unchanged).
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
}

/// The outcome of `gowasm run`.
#[derive(Clone, Debug, Default)]
pub struct RunResult {
    pub output: Vec<Out>,
    /// 0 ok, 1 compile errors or a checked call's wrong result, 2 trap/panic (or the guest's
    /// exit code).
    pub code: i32,
    /// The module that ran, if it compiled.
    pub module: Option<Vec<u8>>,
    /// Trace events, when compiled with `trace`.
    pub trace: Vec<TraceEvent>,
}

impl RunResult {
    /// stdout and stderr together, in order, as text (invalid UTF-8 shown as U+FFFD).
    pub fn combined(&self) -> String {
        let bytes: Vec<u8> = self
            .output
            .iter()
            .flat_map(|o| match o {
                Out::Stdout(s) | Out::Stderr(s) => s.iter().copied(),
            })
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The transcript as the golden tests and tools/gcref.py compare it: [`Self::combined`]
    /// cut at the first goroutine trace header (`goroutine N [...]`), then `[exit N]` for a
    /// non-zero exit code.
    pub fn transcript(&self) -> String {
        let mut out = String::new();
        for line in self.combined().split_inclusive('\n') {
            if line.starts_with("goroutine ") && line.contains(" [") {
                break;
            }
            out.push_str(line);
        }
        if self.code != 0 {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&format!("[exit {}]\n", self.code));
        }
        out
    }

    fn push_events(&mut self, events: Vec<Event>) {
        for e in events {
            let (stream, bytes) = e.output();
            self.output.push(match stream {
                Stream::Stdout => Out::Stdout(bytes),
                Stream::Stderr => Out::Stderr(bytes),
            });
        }
    }

    /// Ends a run that made checked calls with their summary; a failed check is exit code 1.
    fn end_checks(&mut self, passed: usize, failed: usize) {
        if passed + failed > 0 {
            self.output.push(Out::Stdout(format!("{}\n", check_summary(passed, failed)).into_bytes()));
        }
        if failed > 0 && self.code == 0 {
            self.code = 1;
        }
    }

    /// Ends the run on an error: the guest's output so far, then the error, and the exit code.
    fn fail(&mut self, runner: &mut Option<&mut NativeRunner>, e: RunError) {
        if let Some(runner) = runner {
            self.push_events(runner.host().drain());
            self.trace.extend(runner.host().take_trace());
        }
        match e {
            RunError::Exit(c) => self.code = c,
            RunError::Trap(m) => {
                self.output.push(Out::Stderr(format!("wasm trap: {m}\n").into_bytes()));
                self.code = 2;
            }
            RunError::Host(m) => {
                self.output.push(Out::Stderr(format!("error: {m}\n").into_bytes()));
                self.code = 2;
            }
        }
    }
}

/// Options of `gowasm run`.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub schedule: Schedule,
    pub generics: Generics,
    pub step_budget: Option<u64>,
    pub trace: bool,
    /// Call lines; empty means: run as a command.
    pub calls: Vec<String>,
    /// The program's arguments after its name, and its environment (`KEY=value`).
    pub args: Vec<String>,
    pub env: Vec<String>,
}

/// A golden program's arguments and environment, from its header line
/// `// gowasm: args=-v -n=3 rest env=HOME=/home/gopher LANG=C` (words split at blanks;
/// `args=` and `env=` start their lists), as `tools/gcref.py` reads it.
pub fn run_header(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut args, mut env) = (Vec::new(), Vec::new());
    let Some(line) = text.lines().find_map(|l| l.strip_prefix("// gowasm: ")) else { return (args, env) };
    let mut into_env = false;
    for word in line.split_whitespace() {
        let word = if let Some(w) = word.strip_prefix("args=") {
            into_env = false;
            w
        } else if let Some(w) = word.strip_prefix("env=") {
            into_env = true;
            w
        } else {
            word
        };
        if !word.is_empty() {
            if into_env { env.push(word.to_string()) } else { args.push(word.to_string()) }
        }
    }
    (args, env)
}

/// Reads Go files for the compiler; names are the files' base names, as gc prints them. A
/// `.txt` or `.txtar` file holds several in go.dev/play's txtar form (`compiler_core::txtar`).
/// The error is what to print: the file that could not be read, or a file's encoding errors.
pub fn read_sources(paths: &[String]) -> Result<Vec<SourceFile>, String> {
    let mut files = Vec::new();
    for p in paths {
        let name = std::path::Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.clone());
        let bytes = std::fs::read(p).map_err(|e| format!("gowasm: {p}: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| encoding_errors(&name, e.as_bytes()))?;
        if p.ends_with(".txt") || p.ends_with(".txtar") {
            files.extend(txtar::split(&text));
            continue;
        }
        files.push(SourceFile { name, text });
    }
    Ok(files)
}

/// gc's diagnostics for a file that is not UTF-8: `invalid UTF-8 encoding` at the first bad
/// byte of each line (gc keeps one syntax error per line); the tenth ends the list with `too
/// many errors` at its position, as gc's. The file's other errors are reported once it is
/// UTF-8 (the compiler takes text).
fn encoding_errors(name: &str, bytes: &[u8]) -> String {
    let mut out: Vec<String> = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let valid = line.utf8_chunks().next().map_or(line.len(), |c| c.valid().len());
        if valid < line.len() {
            let at = format!("{name}:{}:{}", i + 1, valid + 1);
            out.push(format!("{at}: invalid UTF-8 encoding"));
            if out.len() == 10 {
                out.push(format!("{at}: too many errors"));
                break;
            }
        }
    }
    out.join("\n")
}

/// The files `go run` compiles: without `_test.go` files (unless they are all package main
/// has).
pub fn without_tests(files: &[SourceFile]) -> Vec<SourceFile> {
    let kept: Vec<SourceFile> = files.iter().filter(|f| !txtar::is_test_file(&f.name)).cloned().collect();
    if kept.iter().any(|f| !f.name.contains('/') && f.name.ends_with(".go")) {
        kept
    } else {
        files.to_vec()
    }
}

/// Runs a WASI command module to its end.
fn run_command(r: &mut RunResult, module: Vec<u8>, host: Host) {
    r.module = Some(module.clone());
    let mut runner = match NativeRunner::new(&module, host) {
        Ok(x) => x,
        Err(e) => return r.fail(&mut None, e),
    };
    match runner.start() {
        Ok(()) => {
            r.push_events(runner.host().drain());
            r.trace.extend(runner.host().take_trace());
        }
        Err(e) => r.fail(&mut Some(&mut runner), e),
    }
}

/// Compiles the program's tests with a generated test main and runs them, as `go test`
/// does, in the module of `go.mod` (go.dev/play's `play.ground` without one): the test
/// binary's output, then `go test`'s summary line, `ok  \tpkg\t0.012s` or
/// `FAIL\tpkg\t0.012s` (`FAIL\tpkg [build failed]` when it does not compile, `[setup
/// failed]` for a test function's wrong signature); exit code 1 when anything failed.
pub fn test_program(files: &[SourceFile], flags: &TestFlags, schedule: Schedule) -> RunResult {
    let pkg = &txtar::module_path(files);
    let out = compile_test(files, pkg, flags, &Options { mode: Mode::Command, schedule, ..Options::default() });
    let mut r = RunResult::default();
    let Some(module) = out.module else {
        let setup = out.diagnostics.iter().any(|d| d.message.starts_with("wrong signature for "));
        for d in out.diagnostics {
            r.output.push(Out::Stderr(format!("{d}\n").into_bytes()));
        }
        let why = if setup { "setup failed" } else { "build failed" };
        r.output.push(Out::Stdout(format!("FAIL\t{pkg} [{why}]\n").into_bytes()));
        r.code = 1;
        return r;
    };
    let start = std::time::Instant::now();
    run_command(&mut r, module, Host::new(Box::new(SystemPlatform::default())));
    let secs = start.elapsed().as_secs_f64();
    // A test binary ends with a newline; a panic's output may not.
    if !r.combined().is_empty() && !r.combined().ends_with('\n') {
        r.output.push(Out::Stdout(b"\n".to_vec()));
    }
    let line = if r.code == 0 { format!("ok  \t{pkg}\t{secs:.3}s\n") } else { format!("FAIL\t{pkg}\t{secs:.3}s\n") };
    r.output.push(Out::Stdout(line.into_bytes()));
    if r.code != 0 {
        r.code = 1;
    }
    r
}

/// The compiler's threads: the machine's parallelism (the module is the same for any number).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Compiles and runs a program.
pub fn run_program(files: &[SourceFile], opts: &RunOptions) -> RunResult {
    let mode = if opts.calls.is_empty() { Mode::Command } else { Mode::Reactor };
    let out = compile(files, &Options { mode, schedule: opts.schedule, step_budget: opts.step_budget, trace: opts.trace, names: false, generics: opts.generics, threads: threads(), ..Options::default() });
    let Some(module) = out.module else {
        let mut r = RunResult::default();
        for d in out.diagnostics {
            r.output.push(Out::Stderr(format!("{d}\n").into_bytes()));
        }
        r.code = 1;
        return r;
    };
    run_module(module, opts)
}

/// Runs a module compiled in `opts`' mode (a command without calls, a reactor with them):
/// what [`run_program`] does once the program compiled. One module may run many times.
pub fn run_module(module: Vec<u8>, opts: &RunOptions) -> RunResult {
    let mut r = RunResult::default();
    let mut host = Host::new(Box::new(SystemPlatform::default()));
    host.set_args_env(opts.args.clone(), opts.env.clone());
    if opts.calls.is_empty() {
        run_command(&mut r, module, host);
        return r;
    }
    r.module = Some(module.clone());
    let mut runner = match NativeRunner::new(&module, host) {
        Ok(x) => x,
        Err(e) => {
            r.fail(&mut None, e);
            return r;
        }
    };
    if let Err(e) = runner.initialize() {
        r.fail(&mut Some(&mut runner), e);
        return r;
    }
    // Checked calls (`name args => result`) that passed and failed.
    let (mut passed, mut failed) = (0, 0);
    for line in &opts.calls {
        let call = match Call::prepare(runner.info(), line) {
            Ok(c) => c,
            Err(m) => {
                r.fail(&mut Some(&mut runner), RunError::Host(m));
                return r;
            }
        };
        runner.host().trace_call(&call);
        let outcome = call.invoke(&mut runner);
        runner.host().trace_return(&call, outcome.as_deref());
        match outcome {
            Ok(results) => {
                r.push_events(runner.host().drain());
                r.output.push(Out::Stdout(format!("{}\n", call.transcript(&results)).into_bytes()));
                match call.check(&results) {
                    Some(true) => passed += 1,
                    Some(false) => failed += 1,
                    None => {}
                }
            }
            Err(RunError::Exit(0)) => {
                r.push_events(runner.host().drain());
                r.end_checks(passed, failed);
                return r;
            }
            Err(e) => {
                r.fail(&mut Some(&mut runner), e);
                if r.code == 0 {
                    r.code = 2;
                }
                return r;
            }
        }
    }
    r.trace.extend(runner.host().take_trace());
    r.end_checks(passed, failed);
    r
}
