//! Golden tests over testdata/: one test per program. `run/<name>.go` runs as a command and
//! must print `<name>.out` (combined stdout+stderr, cut at the goroutine trace header, then
//! `[exit N]` for a non-zero exit). Expected files come from real gc (tools/gcref.py);
//! `GOWASM_BLESS=1` rewrites them from our output instead.

use std::path::{Path, PathBuf};

use gowasm::{read_sources, run_program, RunOptions};
use libtest_mimic::{Arguments, Failed, Trial};

fn normalize(text: &str, code: i32) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("goroutine ") && line.contains(" [") {
            break;
        }
        out.push_str(line);
    }
    if code != 0 {
        out.push_str(&format!("[exit {code}]\n"));
    }
    out
}

fn run_case(path: &Path) -> Result<(), Failed> {
    let files = read_sources(&[path.to_string_lossy().into_owned()])?;
    let r = run_program(&files, &RunOptions::default());
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).map_err(|e| format!("invalid module: {e}"))?;
    }
    let got = normalize(&r.combined(), r.code);
    let out = path.with_extension("out");
    if std::env::var_os("GOWASM_BLESS").is_some() {
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
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut trials = Vec::new();
    for dir in ["run"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            let name = format!("{dir}/{}", p.file_stem().unwrap_or_default().to_string_lossy());
            trials.push(Trial::test(name, move || run_case(&p)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
