//! Golden tests of `gowasm test` over testdata/test/: each `<name>.go` is compiled as
//! `prog_test.go` of package play.ground (a `<name>.txt` holds several files and packages in
//! txtar form) with a generated test main and run as `go test -v`
//! (with the flags of `<name>.flags`, if any) would run it; the output, normalized as
//! `tools/gcref.py test` normalizes gc's (durations as `(0.00s)`, ns/op as `N`, the summary
//! line's time as `0.000s`, then `[exit N]`), must be `<name>.out`, which gcref wrote from
//! real gc. `GOWASM_BLESS=1` rewrites the `.out` files from our output instead.

use std::path::{Path, PathBuf};

use compiler_core::{SourceFile, TestFlags};
use gowasm::{read_sources, test_program};
use libtest_mimic::{Arguments, Failed, Trial};

/// `-v` and the flags of `<name>.flags` (`-run RE`, `-bench RE`, `-benchtime D`).
fn flags(path: &Path) -> Result<TestFlags, Failed> {
    let mut f = TestFlags { verbose: true, ..TestFlags::default() };
    let text = std::fs::read_to_string(path.with_extension("flags")).unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.chunks(2) {
        let [name, value] = pair else { return Err(format!("{}: a flag without its value", path.display()).into()) };
        let value = Some(value.to_string());
        match *name {
            "-run" => f.run = value,
            "-bench" => f.bench = value,
            "-benchtime" => f.benchtime = value,
            _ => return Err(format!("{}: unknown flag {name}", path.display()).into()),
        }
    }
    Ok(f)
}

/// The output as gcref writes it: the test binary's, cut at a goroutine trace's header, then
/// `go test`'s last line (the last of `all`) and `[exit N]`.
fn transcript(all: &str, code: i32) -> String {
    let body = all.strip_suffix('\n').unwrap_or(all);
    let (binary, summary) = body.rsplit_once('\n').map_or(("", body), |(b, s)| (b, s));
    let mut out = String::new();
    for line in binary.split_inclusive('\n') {
        if line.starts_with("goroutine ") && line.contains(" [") {
            break;
        }
        out.push_str(line);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(summary);
    out.push('\n');
    if code != 0 {
        out.push_str(&format!("[exit {code}]\n"));
    }
    out
}

/// gcref's normalization of what varies from run to run.
fn normalize(text: &str) -> String {
    let duration = regex::Regex::new(r"\((\d+\.\d+)s\)").expect("a regexp");
    let bench = regex::Regex::new(r"(?m)^(Benchmark\S*\s*\t\s*\d+\t)\s*[0-9.]+ ns/op").expect("a regexp");
    let summary = regex::Regex::new(r"(?m)^(ok  |FAIL)\t(\S+)\t[0-9.]+s$").expect("a regexp");
    let text = duration.replace_all(text, "(0.00s)");
    let text = bench.replace_all(&text, "${1}N ns/op");
    summary.replace_all(&text, "${1}\t${2}\t0.000s").into_owned()
}

fn test_case(path: &Path, bless: bool) -> Result<(), Failed> {
    let files = if path.extension().is_some_and(|e| e == "txt") {
        read_sources(&[path.to_string_lossy().into_owned()])?
    } else {
        vec![SourceFile { name: "prog_test.go".into(), text: std::fs::read_to_string(path)? }]
    };
    let r = test_program(&files, &flags(path)?, Default::default());
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).map_err(|e| format!("invalid module: {e}"))?;
    }
    let got = normalize(&transcript(&r.combined(), r.code));
    let out = path.with_extension("out");
    if bless {
        std::fs::write(&out, &got)?;
        return Ok(());
    }
    let want = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    if got != want {
        return Err(format!("output differs\n--- want\n{want}--- got\n{got}").into());
    }
    Ok(())
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/test");
    let bless = std::env::var_os("GOWASM_BLESS").is_some();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir).expect("testdata/test").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "go" || e == "txt")).collect();
    programs.sort();
    assert!(!programs.is_empty(), "no programs in {}", dir.display());
    let trials = programs
        .into_iter()
        .map(|p| {
            let name = format!("test/{}", p.file_stem().unwrap_or_default().to_string_lossy());
            Trial::test(name, move || test_case(&p, bless))
        })
        .collect();
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
