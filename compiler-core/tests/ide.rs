//! The editor's queries (`analyze`: hover, definition, completion, signature help), one test
//! per program in `tests/ide/`: a Go file (`NAME.go`, or several files in txtar form,
//! `NAME.txt`) with cursor markers, `/*@hover*/`, `/*@def*/`, `/*@complete*/` or `/*@sig*/`,
//! each standing where the cursor is (the markers are removed before the analysis), and the
//! answers in `NAME.want`, one block per marker in order. Go has no oracle for these
//! answers: they are what gopls would show, reviewed by hand. `GOWASM_BLESS=1` rewrites the
//! `.want` files from our answers (review the diff).

use std::path::Path;

use compiler_core::{analyze, txtar, SourceFile};
use libtest_mimic::{Arguments, Failed, Trial};

const MARKERS: &[&str] = &["hover", "def", "complete", "sig"];

/// The files without markers, and the markers: (query, file, byte offset).
fn unmark(files: Vec<SourceFile>) -> (Vec<SourceFile>, Vec<(&'static str, String, usize)>) {
    let mut marks = Vec::new();
    let files = files
        .into_iter()
        .map(|f| {
            let mut text = String::new();
            let mut rest = f.text.as_str();
            while let Some(i) = rest.find("/*@") {
                text.push_str(&rest[..i]);
                let after = &rest[i + 3..];
                let Some(end) = after.find("*/") else { break };
                let what = MARKERS.iter().find(|m| **m == &after[..end]).copied().unwrap_or("unknown");
                marks.push((what, f.name.clone(), text.len()));
                rest = &after[end + 2..];
            }
            text.push_str(rest);
            SourceFile { name: f.name, text }
        })
        .collect();
    (files, marks)
}

fn answers(path: &Path) -> Result<String, Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut files = if path.extension().is_some_and(|e| e == "txt") { txtar::split(&source) } else { vec![SourceFile { name: "prog.go".into(), text: source }] };
    if let [one] = files.as_mut_slice() {
        one.name = "main.go".into();
    }
    let (files, marks) = unmark(files);
    let a = analyze(&files);
    let mut out = String::new();
    for d in a.diagnostics() {
        out.push_str(&format!("diagnostic {d}\n"));
    }
    for (what, file, offset) in marks {
        let text = &files.iter().find(|f| f.name == file).expect("a marked file").text;
        let line = text[..offset].matches('\n').count() + 1;
        let col = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
        out.push_str(&format!("{what} {file}:{line}:{col}\n"));
        let answer = match what {
            "hover" => match a.hover(&file, offset) {
                Some(h) if h.doc.is_empty() => h.text,
                Some(h) => format!("{}\n{}", h.text, h.doc.lines().map(|l| format!("// {l}")).collect::<Vec<_>>().join("\n")),
                None => "none".into(),
            },
            "def" => a.definition(&file, offset).map_or("none".into(), |p| format!("{}:{}:{}", p.file, p.line, p.col)),
            "complete" => {
                let c = a.completions(&file, offset);
                let items: Vec<String> = c.items.iter().filter(|i| i.kind.as_str() != "keyword").map(|i| format!("{} {} {}", i.kind.as_str(), i.label, i.detail).trim_end().to_string()).collect();
                let keywords = c.items.iter().filter(|i| i.kind.as_str() == "keyword").count();
                format!("from col {}\n{}\n{keywords} keywords", (c.start + col).saturating_sub(offset), items.join("\n"))
            }
            "sig" => match a.signature(&file, offset) {
                Some(s) => {
                    let params: Vec<String> = s.params.iter().enumerate().map(|(i, p)| if i == s.active { format!("[{p}]") } else { p.clone() }).collect();
                    format!("{}({}){}{}", s.name, params.join(", "), s.results, if s.doc.is_empty() { String::new() } else { format!("\n// {}", s.doc) })
                }
                None => "none".into(),
            },
            _ => "unknown marker".into(),
        };
        for l in answer.lines() {
            out.push_str(&format!("  {l}\n"));
        }
    }
    Ok(out)
}

fn check(path: &Path) -> Result<(), Failed> {
    let got = answers(path)?;
    let want_path = path.with_extension("want");
    if std::env::var_os("GOWASM_BLESS").is_some() {
        std::fs::write(&want_path, &got)?;
        return Ok(());
    }
    let want = std::fs::read_to_string(&want_path).map_err(|e| format!("{}: {e} (GOWASM_BLESS=1 writes it)", want_path.display()))?;
    if got != want {
        return Err(format!("answers differ\n--- want\n{want}--- got\n{got}").into());
    }
    Ok(())
}

/// Every query at every offset of a program (and of the program cut short there) answers,
/// never panics.
fn every_offset() -> Result<(), Failed> {
    let text = include_str!("../../app/examples/actor/main.go");
    let whole = analyze(&[SourceFile { name: "main.go".into(), text: text.into() }]);
    for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
        let _ = (whole.hover("main.go", offset), whole.definition("main.go", offset), whole.signature("main.go", offset), whole.completions("main.go", offset));
        if offset % 97 == 0 {
            let cut = analyze(&[SourceFile { name: "main.go".into(), text: text[..offset].into() }]);
            let _ = (cut.hover("main.go", offset), cut.signature("main.go", offset), cut.completions("main.go", offset));
        }
    }
    Ok(())
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ide");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("tests/ide").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "go" || e == "txt")).collect();
    paths.sort();
    assert!(!paths.is_empty(), "no programs in tests/ide");
    let trials = paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            Trial::test(name, move || check(&p))
        })
        .chain([Trial::test("every_offset", every_offset)])
        .collect();
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
