//! The go:wasmexport / go:wasmimport type matrix: every type of
//! `testdata/directives/matrix.txt` in every position (export or import, parameter or
//! result), and every form of the directive lines, must be accepted or rejected as gc 1.27.3
//! decides, with gc's message at gc's position; where gc accepts a program but emits a module
//! that does not validate, ours must reject it with a diagnostic. The file holds the programs' template and gc's verdicts
//! (`python3 tools/directive_matrix.py --bless` writes it from real gc).

use std::collections::BTreeMap;
use std::path::Path;

use compiler_core::{compile, Options, SourceFile};

/// The file's sections: `-- name --` lines, then their lines.
fn sections(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut cur = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("-- ").and_then(|l| l.strip_suffix(" --")) {
            cur = Some(name.to_string());
            out.entry(name.to_string()).or_default();
        } else if let Some(name) = &cur {
            out.get_mut(name).expect("entered above").push(line.to_string());
        }
    }
    out
}

#[test]
fn directive_types_match_gc() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/directives/matrix.txt");
    let text = std::fs::read_to_string(&path).expect("testdata/directives/matrix.txt");
    let s = sections(&text);
    let prelude = s["prelude"].join("\n") + "\n";
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in &s["cases"] {
        let mut f = line.splitn(3, " | ");
        let (Some(pos), Some(ty), Some(want)) = (f.next(), f.next(), f.next()) else { panic!("matrix.txt: bad case line {line:?}") };
        let template = s.get(pos).unwrap_or_else(|| panic!("matrix.txt: no template for {pos:?}"));
        let program = format!("{prelude}\n{}\n", template.join("\n").replace("{T}", ty));
        let out = compile(&[SourceFile { name: "main.go".into(), text: program }], &Options::default());
        let got = if out.diagnostics.is_empty() {
            "ok".to_string()
        } else {
            out.diagnostics.iter().map(|d| format!("{}:{}: {}", d.line, d.col, d.message)).collect::<Vec<_>>().join(" | ")
        };
        // gc accepts these but emits a module that does not validate; ours says why instead.
        let agrees = if want == "gc's module does not validate" { !out.diagnostics.is_empty() } else { got == want };
        if !agrees {
            failures.push(format!("{pos} {ty}:\n    gc:   {want}\n    ours: {got}"));
        }
        cases += 1;
    }
    assert!(cases > 300, "matrix.txt lists {cases} cases");
    assert!(failures.is_empty(), "{} of {cases} cases differ from gc:\n{}", failures.len(), failures.join("\n"));
}
