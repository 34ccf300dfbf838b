//! `gowasm fmt` against real gofmt, one test per file. Goldens come from gofmt only
//! (`python3 tools/gofmt_golden.py`, which also says how they are laid out):
//! - `testdata/format/NAME.go`: badly formatted programs; the output must be `NAME.golden`
//!   byte for byte, and formatting the golden must give it back. With `NAME.err` instead
//!   (gofmt rejects the file), formatting must fail with our syntax errors.
//! - every other Go file of the tree, as listed in `testdata/format/tree.txt`: `same` (the
//!   output is the file itself), `golden` (`tree/PATH.golden`) or `error`.

use std::path::{Path, PathBuf};

use compiler_core::format::format;
use libtest_mimic::{Arguments, Failed, Trial};

const REBLESS: &str = "goldens come from real gofmt: python3 tools/gofmt_golden.py";

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("GOWASM_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    p.is_dir().then_some(p)
}

fn read(p: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()).into())
}

/// Formats `src` and compares with `want` (`None`: must be rejected).
fn check(src: &Path, want: Option<&str>) -> Result<(), Failed> {
    let text = read(src)?;
    match (format("main.go", &text), want) {
        (Ok(got), Some(want)) if got == want => match format("main.go", want) {
            Ok(again) if again == want => Ok(()),
            Ok(again) => Err(format!("formatting gofmt's output changes it\n--- gofmt\n{want}--- ours\n{again}").into()),
            Err(d) => Err(format!("gofmt's output rejected: {}", d[0]).into()),
        },
        (Ok(got), Some(want)) => Err(format!("output differs from gofmt ({REBLESS})\n--- gofmt\n{want}--- ours\n{got}").into()),
        (Ok(_), None) => Err(format!("gofmt rejects this file, we formatted it ({REBLESS})").into()),
        (Err(d), Some(_)) => Err(format!("gofmt formats this file, we rejected it: {}", d[0]).into()),
        (Err(d), None) if d.is_empty() => Err("rejected without a diagnostic".into()),
        (Err(_), None) => Ok(()),
    }
}

fn tree_case(root: &Path, name: &str, status: &str) -> Result<(), Failed> {
    let path = match name.strip_prefix("shared/") {
        Some(rest) => shared().ok_or("../shared not found (set GOWASM_SHARED)")?.join(rest),
        None => root.join("..").join(name),
    };
    match status {
        "same" => check(&path, Some(&read(&path)?)),
        "error" => check(&path, None),
        "golden" => check(&path, Some(&read(&root.join("format/tree").join(format!("{}.golden", name.replace('/', "__"))))?)),
        _ => Err(format!("tree.txt: unknown status {status}").into()),
    }
}

/// Go files of the tree missing from tree.txt (each must be checked against gofmt).
fn unlisted(root: &Path, listed: &[String]) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "go") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    for d in ["run", "exports", "errors", "next"] {
        walk(&root.join(d), &mut files);
    }
    let mut names: Vec<String> = files.iter().filter_map(|p| p.strip_prefix(root).ok()).map(|p| format!("testdata/{}", p.to_string_lossy().replace('\\', "/"))).collect();
    if let Some(sh) = shared() {
        let mut ex = Vec::new();
        walk(&sh.join("examples"), &mut ex);
        names.extend(ex.iter().filter_map(|p| p.strip_prefix(&sh).ok()).map(|p| format!("shared/{}", p.to_string_lossy())));
    }
    names.retain(|n| !listed.contains(n));
    names.sort();
    names
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut trials = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root.join("format")).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
    cases.sort();
    for p in cases {
        let name = format!("format/{}", p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
        trials.push(Trial::test(name, move || {
            let golden = p.with_extension("golden");
            if golden.exists() {
                check(&p, Some(&read(&golden)?))
            } else if p.with_extension("err").exists() {
                check(&p, None)
            } else {
                Err(format!("no golden ({REBLESS})").into())
            }
        }));
    }
    let manifest = std::fs::read_to_string(root.join("format/tree.txt")).unwrap_or_default();
    let mut listed = Vec::new();
    for line in manifest.lines() {
        let mut it = line.split_whitespace();
        let (Some(name), Some(status)) = (it.next(), it.next()) else { continue };
        listed.push(name.to_string());
        let (root, name, status) = (root.clone(), name.to_string(), status.to_string());
        trials.push(Trial::test(format!("tree/{name}"), move || tree_case(&root, &name, &status)));
    }
    let missing = unlisted(&root, &listed);
    trials.push(Trial::test("tree/listed", move || {
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("Go files without a gofmt expectation ({REBLESS}):\n{}", missing.join("\n")).into())
        }
    }));
    trials.push(Trial::test("cli/fmt", cli_fmt));
    libtest_mimic::run(&args, trials).exit();
}

/// `gowasm fmt`: prints, rewrites with -w, and leaves a file with syntax errors alone.
fn cli_fmt() -> Result<(), Failed> {
    let dir = std::env::temp_dir().join(format!("gowasm-fmt-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let good = dir.join("good.go");
    let bad = dir.join("bad.go");
    std::fs::write(&good, "package main\nfunc main(){println( 1+2 )}\n")?;
    std::fs::write(&bad, "package main\nfunc main() { x := }\n")?;
    let bin = env!("CARGO_BIN_EXE_gowasm");
    let want = "package main\n\nfunc main() { println(1 + 2) }\n";
    let out = std::process::Command::new(bin).args(["fmt", good.to_str().unwrap_or("")]).output()?;
    if out.status.code() != Some(0) || out.stdout != want.as_bytes() {
        return Err(format!("gowasm fmt printed {:?}", String::from_utf8_lossy(&out.stdout)).into());
    }
    let out = std::process::Command::new(bin).args(["fmt", "-w", good.to_str().unwrap_or(""), bad.to_str().unwrap_or("")]).output()?;
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() != Some(1) || !err.contains("bad.go:2:") {
        return Err(format!("gowasm fmt -w with a syntax error: exit {:?}, stderr {err}", out.status.code()).into());
    }
    if read(&good)? != want || read(&bad)? != "package main\nfunc main() { x := }\n" {
        return Err("gowasm fmt -w: files not as expected".into());
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
