//! `gowasm build | inspect | run | test | fmt`: Go with go:wasmexport on the command line.

use std::io::Write;
use std::process::ExitCode;

use compiler_core::{compile, Generics, Mode, Options, Schedule, TestFlags};
use gowasm::{read_calls, read_sources, run_program, test_program, without_tests, Out, RunOptions, RunResult};
use gowasm_meta::Meta;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage:
  gowasm build main.go [more.go...] -o main.wasm [--schedule seed|go] [--step-budget N] [--trace] [--command] [--names] [--generics shape|mono]
  gowasm inspect main.wasm|main.go [--schedule seed|go] [--command] [--sizes] [--generics shape|mono]
  gowasm run main.go|prog.txt [--schedule seed|go] [--generics shape|mono] [--call 'name args']... [--calls calls.txt] [--step-budget N] [--trace] [--env KEY=value]... [-- args...]
  gowasm test prog_test.go [more.go...] [-v] [-run RE] [-bench RE] [-benchtime 1s|100x] [--schedule seed|go]
                                         (runs the Test, Example and Benchmark functions as go test)
  gowasm fmt main.go [more.go...] [-w]   (gofmt's layout; prints it, or -w rewrites the files)

prog.txt (or .txtar): several files in go.dev/play's form, '-- go.mod --', '-- util/util.go --'.
A call line may end with its expected result, 'add 2 3 => 5': a result that differs is
printed with ', want 5', and a summary line counts the checked calls.

exit codes: 0 ok, 1 compile errors or a checked call's wrong result, 2 trap or panic";

struct Args {
    files: Vec<String>,
    out: Option<String>,
    schedule: Schedule,
    generics: Generics,
    step_budget: Option<u64>,
    trace: bool,
    command: bool,
    names: bool,
    sizes: bool,
    calls: Vec<String>,
    /// After `--`: the program's arguments.
    args: Vec<String>,
    env: Vec<String>,
    write: bool,
    test: TestFlags,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args { files: vec![], out: None, schedule: Schedule::Seed, generics: Generics::default(), step_budget: None, trace: false, command: false, names: false, sizes: false, calls: vec![], args: vec![], env: vec![], write: false, test: TestFlags::default() };
    let mut it = args.iter();
    while let Some(x) = it.next() {
        let mut val = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match x.as_str() {
            "-o" => a.out = Some(val("-o")?),
            "--schedule" => {
                let v = val("--schedule")?;
                a.schedule = Schedule::parse(&v).ok_or_else(|| format!("--schedule takes seed or go, not {v}"))?;
            }
            "--generics" => {
                let v = val("--generics")?;
                a.generics = Generics::parse(&v).ok_or_else(|| format!("--generics takes shape or mono, not {v}"))?;
            }
            "--step-budget" => {
                let v = val("--step-budget")?;
                a.step_budget = Some(v.parse().map_err(|_| format!("--step-budget takes a number, not {v}"))?);
            }
            "--trace" => a.trace = true,
            "--command" => a.command = true,
            "--names" => a.names = true,
            "--sizes" => a.sizes = true,
            "-w" => a.write = true,
            "-v" => a.test.verbose = true,
            "-run" => a.test.run = Some(val("-run")?),
            "-bench" => a.test.bench = Some(val("-bench")?),
            "-benchtime" => a.test.benchtime = Some(val("-benchtime")?),
            "--call" => a.calls.push(val("--call")?),
            "--env" => a.env.push(val("--env")?),
            "--" => {
                a.args.extend(it.by_ref().cloned());
                break;
            }
            "--calls" => {
                let p = val("--calls")?;
                let text = std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?;
                a.calls.extend(read_calls(&text));
            }
            f if f.starts_with('-') => return Err(format!("unknown flag {f}")),
            f => a.files.push(f.to_string()),
        }
    }
    if a.files.is_empty() {
        return Err("no input files".into());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = argv.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let args = match parse(&argv[1..]) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gowasm: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let code = match cmd.as_str() {
        "build" => build(&args),
        "inspect" => inspect(&args),
        "run" => run(&args),
        "test" => test(&args),
        "fmt" => fmt(&args),
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    ExitCode::from(code as u8)
}

/// Formats each file: printed, or rewritten with `-w` when it changes. A file with syntax
/// errors is left alone and its errors reported (exit code 1).
fn fmt(args: &Args) -> i32 {
    let mut code = 0;
    for path in &args.files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("gowasm: {path}: {e}");
                code = 1;
                continue;
            }
        };
        match compiler_core::format::format(path, &text) {
            Ok(out) if args.write => {
                if out != text {
                    if let Err(e) = std::fs::write(path, out) {
                        eprintln!("gowasm: {path}: {e}");
                        code = 1;
                    }
                }
            }
            Ok(out) => {
                let _ = std::io::stdout().write_all(out.as_bytes());
            }
            Err(diags) => {
                for d in &diags {
                    eprintln!("{d}");
                }
                code = 1;
            }
        }
    }
    code
}

fn compile_files(args: &Args, mode: Mode, names: bool) -> Result<Vec<u8>, i32> {
    let files = read_sources(&args.files).map_err(|e| {
        eprintln!("{e}");
        1
    })?;
    let out = compile(&files, &Options { mode, schedule: args.schedule, step_budget: args.step_budget, trace: args.trace, names, generics: args.generics, threads: gowasm::threads(), once: true });
    for d in &out.diagnostics {
        eprintln!("{d}");
    }
    out.module.ok_or(1)
}

fn build(args: &Args) -> i32 {
    let mode = if args.command { Mode::Command } else { Mode::Reactor };
    let module = match compile_files(args, mode, args.names) {
        Ok(m) => m,
        Err(c) => return c,
    };
    let out = args.out.clone().unwrap_or_else(|| "main.wasm".into());
    if let Err(e) = std::fs::write(&out, &module) {
        eprintln!("gowasm: {out}: {e}");
        return 1;
    }
    0
}

fn inspect(args: &Args) -> i32 {
    let path = &args.files[0];
    let module = if path.ends_with(".wasm") {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("gowasm: {path}: {e}");
                return 1;
            }
        }
    } else {
        let mode = if args.command { Mode::Command } else { Mode::Reactor };
        match compile_files(args, mode, args.sizes) {
            Ok(m) => m,
            Err(c) => return c,
        }
    };
    if args.sizes {
        print!("{}", sizes(&module));
        return 0;
    }
    let meta = Meta::from_module(&module).ok().flatten();
    let host = host_shim::Host::default();
    let mut out = String::new();
    out.push_str(&format!("module: {} bytes", module.len()));
    if let Some(m) = &meta {
        out.push_str(&format!(", schedule {}", m.schedule.as_str()));
    }
    out.push('\n');
    let parser = wasmparser::Parser::new(0);
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    let mut types: Vec<String> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut sections = Vec::new();
    for payload in parser.parse_all(&module) {
        let Ok(payload) = payload else { break };
        use wasmparser::Payload::*;
        sections.extend(section_size(&payload));
        match payload {
            TypeSection(r) => {
                for rg in r.into_iter().flatten() {
                    for t in rg.types() {
                        if let wasmparser::CompositeInnerType::Func(f) = &t.composite_type.inner {
                            let p: Vec<String> = f.params().iter().map(|v| v.to_string()).collect();
                            let r: Vec<String> = f.results().iter().map(|v| v.to_string()).collect();
                            types.push(if r.is_empty() { format!("({})", p.join(", ")) } else { format!("({}) -> {}", p.join(", "), r.join(", ")) });
                        }
                    }
                }
            }
            ImportSection(r) => {
                for imp in r.into_imports().flatten() {
                    if let wasmparser::TypeRef::Func(t) = imp.ty {
                        func_types.push(t);
                        imports.push((imp.module.to_string(), imp.name.to_string(), t));
                    }
                }
            }
            FunctionSection(r) => func_types.extend(r.into_iter().flatten()),
            ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            _ => {}
        }
    }
    out.push_str("exports:\n");
    for (name, kind, idx) in &exports {
        let sig = match kind {
            wasmparser::ExternalKind::Memory => "memory".to_string(),
            _ => func_types.get(*idx as usize).and_then(|t| types.get(*t as usize)).cloned().unwrap_or_default(),
        };
        let go = meta.as_ref().and_then(|m| m.export(name));
        match go {
            Some(f) => out.push_str(&format!("  {name:<16} {:<36} {sig:<20} {}\n", f.go_signature(), f.pos)),
            None if name == "_initialize" => out.push_str(&format!("  {name:<16} {:<36} {sig}\n", "package initialization (reactor)")),
            None if name == "_start" => out.push_str(&format!("  {name:<16} {:<36} {sig}\n", "initialization + main (command)")),
            None => out.push_str(&format!("  {name:<16} {:<36} {sig}\n", if sig == "memory" { "linear memory" } else { "" })),
        }
    }
    out.push_str("imports:\n");
    for (m, n, t) in &imports {
        let sig = types.get(*t as usize).cloned().unwrap_or_default();
        let go = meta.as_ref().and_then(|x| x.import(m, n)).map(|f| f.go_signature()).unwrap_or_default();
        out.push_str(&format!("  {:<40} {go:<28} {sig:<24} {}\n", format!("{m}.{n}"), host.served(m, n)));
    }
    out.push_str("sections:\n");
    for (name, size) in sections {
        out.push_str(&format!("  {name:<24} {size} bytes\n"));
    }
    print!("{out}");
    0
}

/// A section's name (custom sections by their own name) and byte size.
fn section_size(payload: &wasmparser::Payload) -> Option<(String, u64)> {
    let (id, range) = payload.as_section()?;
    let name = match payload {
        wasmparser::Payload::CustomSection(c) => format!("custom {:?}", c.name()),
        _ => format!("{id}"),
    };
    Some((name, range.end - range.start))
}

/// The module's size by section and by function (largest first), with names from the `name`
/// section when the module has one.
fn sizes(module: &[u8]) -> String {
    use wasmparser::{Name, Payload::*};
    let mut names = std::collections::HashMap::new();
    let mut imported = 0u32;
    let mut bodies = Vec::new();
    let mut sections = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        let Ok(payload) = payload else { break };
        sections.extend(section_size(&payload));
        match payload {
            ImportSection(r) => imported = r.into_imports().count() as u32,
            CodeSectionEntry(body) => bodies.push((body.range().end - body.range().start) as usize),
            CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(r) = c.as_known() {
                    for n in r.into_iter().flatten() {
                        if let Name::Function(map) = n {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = format!("module: {} bytes\nsections:\n", module.len());
    for (name, size) in sections {
        out.push_str(&format!("  {name:<24} {size:>7}\n"));
    }
    let mut funcs: Vec<(usize, String)> =
        bodies.iter().enumerate().map(|(i, &n)| (n, names.get(&(imported + i as u32)).cloned().unwrap_or_else(|| format!("func {}", imported + i as u32)))).collect();
    funcs.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    out.push_str(&format!("functions: {} bodies, {} bytes\n", funcs.len(), bodies.iter().sum::<usize>()));
    for (n, name) in funcs {
        out.push_str(&format!("  {n:>7}  {name}\n"));
    }
    out
}

fn run(args: &Args) -> i32 {
    let files = match read_sources(&args.files) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    // As go.dev/play: a program with tests and no main runs its tests (`go test -v`).
    if compiler_core::has_tests(&files) {
        if args.calls.is_empty() && !args.trace {
            let flags = TestFlags { verbose: true, ..args.test.clone() };
            return print_output(&test_program(&files, &flags, args.schedule));
        }
        // --trace and --call run main or the exports, which tests alone do not have.
        if !files.iter().any(|f| compiler_core::declares_exports(&f.text)) {
            let flag = if args.trace { "--trace" } else { "--call" };
            eprintln!("gowasm: this program has tests and neither main nor exports, so {flag} has nothing to run: run its tests without {flag}");
            return 2;
        }
    }
    let files = without_tests(&files);
    let r = run_program(&files, &RunOptions { schedule: args.schedule, generics: args.generics, step_budget: args.step_budget, trace: args.trace, calls: args.calls.clone(), args: args.args.clone(), env: args.env.clone() });
    if args.trace && r.module.is_some() {
        // The timeline holds the output too, each line under the goroutine that printed it.
        let _ = std::io::stdout().write_all(host_shim::trace::timeline(&r.trace).as_bytes());
        return r.code;
    }
    print_output(&r)
}

/// `go test` of the files: package main's tests, examples and benchmarks.
fn test(args: &Args) -> i32 {
    let files = match read_sources(&args.files) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    print_output(&test_program(&files, &args.test, args.schedule))
}

/// Writes a run's output to our stdout and stderr, in order; its exit code.
fn print_output(r: &RunResult) -> i32 {
    let (mut so, mut se) = (std::io::stdout(), std::io::stderr());
    for o in &r.output {
        match o {
            Out::Stdout(s) => {
                let _ = so.write_all(s);
                let _ = so.flush();
            }
            Out::Stderr(s) => {
                let _ = se.write_all(s);
                let _ = se.flush();
            }
        }
    }
    r.code
}
