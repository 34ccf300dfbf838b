//! The module graph's invariants (ARCHITECTURE.md): which stage may use which. Read from the
//! sources' `crate::` paths, so a new dependency against the pipeline's direction fails here
//! instead of going unnoticed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The `.rs` files under `src/<dir>` (or the file `src/<dir>`).
fn sources(dir: &str) -> Vec<PathBuf> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            for e in std::fs::read_dir(p).expect("a readable source directory").flatten() {
                walk(&e.path(), out);
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p.to_path_buf());
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir), &mut out);
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// The crate's modules a file names (`crate::types::…`, `crate::{ir, types}`), and whether
/// it uses wasm-encoder; comments are skipped.
fn uses(file: &Path) -> (BTreeSet<String>, bool) {
    let text = std::fs::read_to_string(file).expect("a readable source file");
    let code: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    let code = code.join("\n");
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let names = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or("").split(',').map(str::trim).collect(),
            None => vec![rest],
        };
        for n in names {
            let name: String = n.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    (out, code.contains("wasm_encoder"))
}

/// Every file under `dir` names none of `banned` (and not wasm-encoder when `no_wasm`).
fn check(dir: &str, banned: &[&str], no_wasm: bool) {
    for f in sources(dir) {
        let (used, wasm) = uses(&f);
        for b in banned {
            assert!(!used.contains(*b), "{} uses crate::{b}", f.display());
        }
        assert!(!(no_wasm && wasm), "{} uses wasm-encoder", f.display());
    }
}

#[test]
fn syntax_knows_nothing_of_ir_or_wasm() {
    check("syntax", &["ir", "codegen", "layout"], true);
    // Of the checker it uses only the unquoting of string literals (import paths, tags).
    for f in sources("syntax") {
        let text = std::fs::read_to_string(&f).expect("a readable source file");
        for (at, _) in text.match_indices("crate::types") {
            assert!(text[at..].starts_with("crate::types::constant::Const"), "{} uses crate::types beyond constant::Const", f.display());
        }
    }
}

#[test]
fn format_depends_on_syntax_only() {
    check("format", &["types", "ir", "codegen", "layout"], true);
}

#[test]
fn the_editor_queries_stop_at_the_checker() {
    check("analysis", &["ir", "codegen", "layout"], true);
}

#[test]
fn types_never_depend_on_ir_or_codegen() {
    check("types", &["ir", "codegen"], true);
}

#[test]
fn ir_never_depends_on_codegen_or_wasm_encoder() {
    check("ir", &["codegen"], true);
}

#[test]
fn codegen_never_depends_on_syntax_or_types() {
    check("codegen", &["syntax", "types"], false);
}

#[test]
fn ir_passes_know_only_the_ir() {
    for pass in ["ir/resumable.rs", "ir/unwind.rs", "ir/inline.rs", "ir/simplify.rs", "ir/checks.rs", "ir/callgraph.rs"] {
        check(pass, &["syntax", "types"], true);
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(pass)).expect("a readable pass");
        assert!(!text.contains("lower::"), "{pass} uses the lowering");
    }
}
