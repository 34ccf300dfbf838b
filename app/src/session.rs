//! Running a module, engine-neutral: `_initialize`, a command's `_start` (a test binary's
//! ending with `go test`'s summary line) and export calls through host-shim's [`Guest`],
//! their output as console lines. The page drives it on the browser's engine
//! (`engine.rs`), the tests on wasmi, so both run the very same code.

use host_shim::calls::{Call, Guest};
use host_shim::module::ModuleInfo;
use host_shim::trace::TraceEvent;
use host_shim::{Event, Host, RunError};

use crate::console::{Line, LineKind, Lines};

/// An instantiated module whose imports a host-shim `Host` serves.
pub trait Engine: Guest {
    /// The host's events since the last call.
    fn take_events(&mut self) -> Vec<Event>;
    /// Runs `f` on the host that serves the instance's imports.
    fn with_host(&mut self, f: &mut dyn FnMut(&mut Host));
    /// The lines an engine that streams output made of the running call's events so far
    /// (some already shown); the call's report continues them.
    fn take_lines(&mut self) -> Lines {
        Lines::default()
    }
}

/// How a call (or `_initialize`) ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Returned,
    /// The instance cannot be used any more (exit, trap): the reason, for the page to show.
    Dead(String),
    /// The call was not made (a bad call line); the instance is fine.
    Refused,
}

/// The console lines of one call and how it ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub lines: Vec<Line>,
    pub status: Status,
    /// The result as Go prints it, for the call history.
    pub result: Option<String>,
    /// Trace events, when the module was compiled with `trace`.
    pub trace: Vec<TraceEvent>,
}

impl Outcome {
    pub fn new(lines: Vec<Line>, status: Status, result: Option<String>) -> Outcome {
        Outcome { lines, status, result, trace: Vec::new() }
    }
}

/// Runs a reactor's `_initialize` (package initialization), if the module has one.
pub fn initialize(engine: &mut dyn Engine, info: &ModuleInfo) -> Outcome {
    let mut lines = Lines::default();
    let status = if info.export_sig("_initialize").is_some() {
        let r = engine.call("_initialize", &[]);
        lines = engine.take_lines();
        lines.push_events(engine.take_events());
        match r {
            Ok(_) => Status::Returned,
            Err(e) => {
                lines.fail(0, &e);
                Status::Dead(format!("_initialize failed: {e}"))
            }
        }
    } else {
        Status::Returned
    };
    Outcome { lines: lines.lines, status, result: None, trace: take_trace(engine) }
}

/// Runs a command's `_start` (package initialization, then `main`) to its end: the output,
/// then how the program exited. The instance is spent either way.
pub fn start(engine: &mut dyn Engine) -> Outcome {
    let (r, mut lines) = run_start(engine);
    lines.exited(0, r.as_ref().map(drop));
    spent(engine, lines, &r)
}

/// Runs a test binary of package `pkg` as `go test` does: its output, then `ok  \tpkg\t0.012s`
/// or `FAIL\tpkg\t0.012s`, timed by `now_ms`.
pub fn start_test(engine: &mut dyn Engine, pkg: &str, now_ms: &dyn Fn() -> f64) -> Outcome {
    let t0 = now_ms();
    let (r, mut lines) = run_start(engine);
    lines.tested(0, r.as_ref().map(drop), pkg, now_ms() - t0);
    spent(engine, lines, &r)
}

fn run_start(engine: &mut dyn Engine) -> (Result<Vec<host_shim::Val>, RunError>, Lines) {
    let r = engine.call("_start", &[]);
    let mut lines = engine.take_lines();
    lines.push_events(engine.take_events());
    (r, lines)
}

/// The outcome of a command's whole run: its instance is spent.
fn spent(engine: &mut dyn Engine, lines: Lines, r: &Result<Vec<host_shim::Val>, RunError>) -> Outcome {
    let why = match r {
        Ok(_) | Err(RunError::Exit(0)) => "the program exited".to_string(),
        Err(RunError::Exit(c)) => format!("the program exited with status {c}"),
        Err(e) => format!("the program stopped: {e}"),
    };
    Outcome { lines: lines.lines, status: Status::Dead(why), result: None, trace: take_trace(engine) }
}

/// Makes one call given as a call line (`process_a 5`), as the CLI does: the guest's output,
/// then `=> process_a(5)`, or the report of how it failed.
pub fn call(engine: &mut dyn Engine, info: &ModuleInfo, line: &str) -> Outcome {
    let prepared = match Call::prepare(info, line) {
        Ok(c) => c,
        Err(m) => return Outcome::new(vec![Line::new(LineKind::Error, format!("error: {m}"))], Status::Refused, None),
    };
    engine.with_host(&mut |h| h.trace_call(&prepared));
    let r = prepared.invoke(engine);
    engine.with_host(&mut |h| h.trace_return(&prepared, r.as_deref()));
    let mut lines = engine.take_lines();
    lines.push_events(engine.take_events());
    let trace = take_trace(engine);
    match r {
        Ok(vals) => {
            let transcript = prepared.transcript(&vals);
            let result = prepared.result_text(&vals);
            let kind = if prepared.check(&vals) == Some(false) { LineKind::Mismatch } else { LineKind::Call };
            lines.push(Line::new(kind, transcript));
            Outcome { lines: lines.lines, status: Status::Returned, result, trace }
        }
        Err(RunError::Host(m)) => {
            lines.push(Line::new(LineKind::Error, format!("error: {m}")));
            Outcome { lines: lines.lines, status: Status::Refused, result: None, trace }
        }
        Err(e) => {
            lines.fail(0, &e);
            let why = format!("the module stopped: {e}");
            Outcome { lines: lines.lines, status: Status::Dead(why), result: None, trace }
        }
    }
}

/// Runs `_initialize` and then the call lines on a fresh instance, until one kills it: what
/// the side-by-side timeline shows for each schedule model.
pub fn run_all(engine: &mut dyn Engine, info: &ModuleInfo, lines: &[String]) -> Vec<(String, Outcome)> {
    let init = initialize(engine, info);
    let mut dead = matches!(init.status, Status::Dead(_));
    let mut out = vec![(crate::timeline::INIT.to_string(), init)];
    for line in lines {
        if dead {
            break;
        }
        let o = call(engine, info, line);
        dead = matches!(o.status, Status::Dead(_));
        out.push((line.clone(), o));
    }
    out
}

fn take_trace(engine: &mut dyn Engine) -> Vec<TraceEvent> {
    let mut t = Vec::new();
    engine.with_host(&mut |h| t = h.take_trace());
    t
}

/// The session on wasmi, for native tests of everything built on it.
#[cfg(test)]
pub mod testing {
    use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
    use host_shim::calls::Guest;
    use host_shim::module::ModuleInfo;
    use host_shim::native::NativeRunner;
    use host_shim::{Event, Host, RunError, Val};

    use super::{run_all, start, Engine, Outcome};

    pub struct Wasmi(pub NativeRunner);

    impl Guest for Wasmi {
        fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError> {
            self.0.call(name, args)
        }
        fn write_memory(&mut self, addr: u32, data: &[u8]) -> Result<(), RunError> {
            self.0.write_memory(addr, data)
        }
    }

    impl Engine for Wasmi {
        fn take_events(&mut self) -> Vec<Event> {
            self.0.host().drain()
        }
        fn with_host(&mut self, f: &mut dyn FnMut(&mut Host)) {
            f(self.0.host())
        }
    }

    /// Compiles `code` as a command and runs it with `stdin` on a fresh instance.
    pub fn run_command(code: &str, stdin: &str, step_budget: Option<u64>) -> Outcome {
        let out = compile(&[SourceFile { name: "main.go".into(), text: code.into() }], &Options { mode: Mode::Command, schedule: Schedule::Seed, step_budget, trace: false, names: false, ..Options::default() });
        let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
        let mut host = Host::default();
        host.set_stdin(stdin.as_bytes().to_vec());
        start(&mut Wasmi(NativeRunner::new(&module, host).unwrap()))
    }

    /// Compiles `code` (traced) and runs its call lines on a fresh instance.
    pub fn run_traced(code: &str, schedule: Schedule, calls: &str) -> Vec<(String, Outcome)> {
        let out = compile(&[SourceFile { name: "main.go".into(), text: code.into() }], &Options { mode: Mode::Reactor, schedule, step_budget: Some(10_000_000), trace: true, names: false, ..Options::default() });
        let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
        let info = ModuleInfo::parse(&module).unwrap();
        let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
        run_all(&mut engine, &info, &host_shim::calls::call_lines(calls))
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
    use host_shim::module::ModuleInfo;
    use host_shim::native::NativeRunner;
    use host_shim::Host;

    use super::testing::Wasmi;
    use super::{call, initialize, LineKind, Outcome, Status};

    /// The console transcript of an example's calls, as the page shows it.
    fn transcript(name: &str, schedule: Schedule) -> String {
        transcript_of(name, schedule, crate::examples::find(name).unwrap().calls)
    }

    fn transcript_of(name: &str, schedule: Schedule, calls: &str) -> String {
        let ex = crate::examples::find(name).unwrap();
        let out = compile(&[SourceFile { name: "main.go".into(), text: ex.code.into() }], &Options { mode: Mode::Reactor, schedule, step_budget: Some(1_000_000), trace: false, names: false, ..Options::default() });
        let module = out.module.unwrap_or_else(|| panic!("{name}: {:?}", out.diagnostics));
        let info = ModuleInfo::parse(&module).unwrap();
        let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
        let mut text = String::new();
        let mut add = |o: &Outcome| {
            for l in &o.lines {
                text.push_str(&l.text);
                text.push('\n');
            }
        };
        let init = initialize(&mut engine, &info);
        add(&init);
        for line in host_shim::calls::call_lines(calls) {
            let o = call(&mut engine, &info, &line);
            add(&o);
            if matches!(o.status, Status::Dead(_)) {
                break;
            }
        }
        text
    }

    #[test]
    fn hello_and_abi_match_gc_transcripts() {
        for name in ["hello", "abi"] {
            let got = transcript(name, Schedule::Seed);
            assert!(got.contains("=> "), "{name}: {got}");
            let shared = std::env::var("GOWASM_SHARED").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared").into());
            if let Ok(want) = std::fs::read_to_string(format!("{shared}/examples/{name}/expect.seed.txt")) {
                assert_eq!(got, want, "{name}");
            }
        }
    }

    #[test]
    fn actor_matches_gc_in_both_schedule_models() {
        let shared = std::env::var("GOWASM_SHARED").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared").into());
        for (schedule, file) in [(Schedule::Seed, "expect.seed.txt"), (Schedule::Go, "expect.go.txt")] {
            let got = transcript("actor", schedule);
            match std::fs::read_to_string(format!("{shared}/examples/actor/{file}")) {
                Ok(want) => assert_eq!(got, want, "{file}"),
                Err(_) => assert!(got.contains("=> get_total() = "), "{got}"),
            }
        }
    }

    #[test]
    fn imports_report_the_stub_call() {
        let got = transcript("imports", Schedule::Seed);
        assert_eq!(got, "hello from Go\n42\nstub: env.scale(21) -> 0\n=> greet(21) = 1\n");
    }

    #[test]
    fn a_panic_ends_the_instance_with_gc_report() {
        let got = transcript("divzero", Schedule::Seed);
        assert!(got.contains("panic: runtime error: integer divide by zero"), "{got}");
        assert!(got.ends_with("exit status 2\n"), "{got}");
    }

    #[test]
    fn the_step_budget_stops_a_runaway_loop() {
        let got = transcript_of("compute", Schedule::Seed, "fib 90\nspin\nfib 1");
        assert_eq!(got, "=> fib(90) = 2880067194370816120\nfatal error: step budget exceeded\nexit status 2\n");
    }

    fn text(o: &Outcome) -> Vec<(&'static str, &str)> {
        o.lines.iter().map(|l| (l.kind.as_str(), l.text.as_str())).collect()
    }

    #[test]
    fn a_command_runs_main_and_says_how_it_exited() {
        let hello = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"Hello, 世界\") }\n";
        let o = super::testing::run_command(hello, "", Some(1_000_000));
        assert_eq!(text(&o), [("stdout", "Hello, 世界"), ("exit", "Program exited.")]);
        assert!(matches!(o.status, Status::Dead(_)));
        let exit3 = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"bye\")\n\tos.Exit(3)\n}\n";
        let o = super::testing::run_command(exit3, "", None);
        assert_eq!(text(&o), [("stdout", "bye"), ("exit", "Program exited: status 3.")]);
        assert_eq!(o.status, Status::Dead("the program exited with status 3".into()));
    }

    #[test]
    fn a_test_binary_ends_with_go_test_summary_line() {
        let code = "package main\n\nimport \"testing\"\n\nfunc TestOne(t *testing.T) {}\n-- go.mod --\nmodule example.com/m\n";
        let crate::wire::Reply::Compiled { module, test, .. } = crate::program::compile(1, code, &crate::state::Settings::default(), || 0.0) else { unreachable!("compile answers Compiled") };
        assert_eq!(test.as_deref(), Some("example.com/m"));
        let mut engine = super::testing::Wasmi(NativeRunner::new(&module.unwrap(), Host::default()).unwrap());
        let o = super::start_test(&mut engine, "example.com/m", &|| 0.0);
        assert_eq!(text(&o), [("stdout", "=== RUN   TestOne"), ("stdout", "--- PASS: TestOne (0.00s)"), ("stdout", "PASS"), ("exit", "ok  \texample.com/m\t0.000s")]);
    }

    #[test]
    fn a_command_reads_stdin() {
        // The program, its input and its output under gc (Go 1.27, wasip1, wasmtime).
        let code = include_str!("../testdata/stdin/main.go");
        let o = super::testing::run_command(code, include_str!("../testdata/stdin/input.txt"), Some(1_000_000));
        let got: String = o.lines.iter().map(|l| format!("{}\n", l.text)).collect();
        assert_eq!(got, format!("{}Program exited.\n", include_str!("../testdata/stdin/expect.txt")));
    }

    #[test]
    fn the_step_budget_stops_main() {
        let spin = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
        let o = super::testing::run_command(spin, "", Some(100_000));
        assert_eq!(text(&o), [("panic", "fatal error: step budget exceeded"), ("exit", "Program exited: status 2.")]);
    }

    #[test]
    fn a_bad_call_line_is_refused_and_the_instance_lives() {
        let ex = crate::examples::find("hello").unwrap();
        let module = compile(&[SourceFile { name: "main.go".into(), text: ex.code.into() }], &Options::default()).module.unwrap();
        let info = ModuleInfo::parse(&module).unwrap();
        let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
        initialize(&mut engine, &info);
        let o = call(&mut engine, &info, "nope 1");
        assert_eq!(o.status, Status::Refused);
        assert!(o.lines[0].text.starts_with("error: the module exports no function nope"), "{:?}", o.lines);
        let o = call(&mut engine, &info, "hello_world");
        assert_eq!(o.status, Status::Returned);
    }

    #[test]
    fn refused_and_failed_calls_say_error_once() {
        let ex = crate::examples::find("abi").unwrap();
        let module = compile(&[SourceFile { name: "main.go".into(), text: ex.code.into() }], &Options::default()).module.unwrap();
        let info = ModuleInfo::parse(&module).unwrap();
        let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
        initialize(&mut engine, &info);
        let exports: Vec<String> = info.callable().iter().map(|s| s.to_string()).collect();
        let mut bad = vec!["nope".to_string(), "\"unterminated".to_string(), "1 2".to_string()];
        for e in &exports {
            bad.extend([format!("{e} x y z"), format!("{e} 99999999999999999999999"), format!("{e} \"open"), format!("{e} 1.5"), format!("{e} true")]);
        }
        for line in &bad {
            for l in call(&mut engine, &info, line).lines {
                let t = l.text.to_lowercase();
                assert!(!t.contains("error: error") && !t.contains("error:  error"), "{line:?} printed {:?}", l.text);
                if l.kind == LineKind::Error {
                    assert_eq!(t.matches("error").count(), 1, "{line:?} printed {:?}", l.text);
                }
            }
        }
    }

    #[test]
    fn a_checked_call_with_another_result_is_a_mismatch_line() {
        let ex = crate::examples::find("abi").unwrap();
        let module = compile(&[SourceFile { name: "main.go".into(), text: ex.code.into() }], &Options::default()).module.unwrap();
        let info = ModuleInfo::parse(&module).unwrap();
        let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
        initialize(&mut engine, &info);
        let last = |o: Outcome| o.lines.last().map(|l| (l.kind, l.text.clone())).unwrap();
        assert_eq!(last(call(&mut engine, &info, "add_i32 2 3 => 5")), (LineKind::Call, "=> add_i32(2, 3) = 5".to_string()));
        assert_eq!(last(call(&mut engine, &info, "add_i32 2 3 => 0x6")), (LineKind::Mismatch, "=> add_i32(2, 3) = 5, want 6".to_string()));
    }
}
