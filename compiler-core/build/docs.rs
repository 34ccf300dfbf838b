//! The standard packages' doc comments, which the embedded copies leave out: per Go file, a
//! docs file whose line N holds the doc comment of what is declared on line N (its lines
//! joined by `\n`, a backslash doubled), every other line empty. A function, method or type
//! of ours (`src/stdlib`) without a doc comment takes gc's, from the same package in Go's
//! tree, so hovering `fmt.Println` shows Go's own documentation.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Each line's doc comment: the `//` lines right above it (directives left out), when the
/// line is code.
fn docs_by_line(text: &str) -> Vec<Option<String>> {
    let (mut raw, mut block) = (false, false);
    let mut pending: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for line in text.split('\n') {
        let at_start = !raw && !block;
        let t = line.trim();
        let comment = super::scan(line, &mut raw, &mut block);
        if let (true, Some(_), Some(c)) = (at_start, comment, t.strip_prefix("//")) {
            if !(c.starts_with("go:") || c.starts_with("line ")) {
                pending.push(c.strip_prefix(' ').unwrap_or(c));
            }
            out.push(None);
            continue;
        }
        let doc = if t.is_empty() { None } else { Some(pending.join("\n").trim().to_string()).filter(|d| !d.is_empty()) };
        pending.clear();
        out.push(doc);
    }
    out
}

/// What a top-level `func` or `type` line declares: `Name`, or `Type.Method`.
fn decl_key(line: &str) -> Option<String> {
    let word = |s: &str| -> String { s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    if let Some(rest) = line.strip_prefix("type ") {
        return Some(word(rest)).filter(|n| !n.is_empty());
    }
    let rest = line.strip_prefix("func ")?;
    let (recv, rest) = match rest.strip_prefix('(') {
        Some(r) => {
            let close = r.find(')')?;
            // `b *Buffer`, `*Buffer`, `l *List[T]`: the type's name.
            let ty = word(r[..close].split_whitespace().last()?.trim_start_matches('*'));
            (Some(ty), r[close + 1..].trim_start())
        }
        None => (None, rest),
    };
    let name = word(rest);
    if name.is_empty() {
        return None;
    }
    Some(match recv {
        Some(t) => format!("{t}.{name}"),
        None => name,
    })
}

/// gc's doc comments of the package in `dir` of Go's tree, by `decl_key`.
pub fn of_tree(dir: &Path) -> BTreeMap<String, String> {
    let mut docs = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else { return docs };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "go") && !p.to_string_lossy().ends_with("_test.go")).collect();
    paths.sort();
    for path in paths {
        let text = fs::read_to_string(&path).expect("Go sources are UTF-8");
        for (doc, line) in docs_by_line(&text).into_iter().zip(text.split('\n')) {
            if let (Some(doc), Some(key)) = (doc, decl_key(line)) {
                docs.entry(key).or_insert(doc);
            }
        }
    }
    docs
}

/// The docs file of a Go file `text`; declarations without a doc comment take the one `gc`
/// has for them.
pub fn doc_lines(text: &str, gc: &BTreeMap<String, String>) -> String {
    let lines: Vec<String> = docs_by_line(text)
        .into_iter()
        .zip(text.split('\n'))
        .map(|(doc, line)| {
            let doc = doc.or_else(|| decl_key(line).and_then(|k| gc.get(&k).cloned()));
            doc.map(|d| d.replace('\\', "\\\\").replace('\n', "\\n")).unwrap_or_default()
        })
        .collect();
    lines.join("\n")
}
