//! Go → WebAssembly, with gc's `//go:wasmexport` and `//go:wasmimport` rules.
//!
//! The pipeline: `syntax` (lexer, parser, AST) → `types` (checker) → `ir` (lowering and the
//! whole-module passes) → `codegen` (wasm-encoder), with the Go `runtime` compiled by the same
//! pipeline. Every stage reports all the diagnostics it finds; a stage runs only on
//! error-free input (syntax errors stop before type checking, as in gc).
//!
//! **The prelude.** The runtime packages (`runtime`, `sync`) and the standard packages
//! (`stdpkg`) do not depend on the user's program: they are parsed and checked once per
//! process and per set of imported standard packages (a `Prelude`, of which the last few are kept: their
//! `SourceMap` entries, `NodeId`s and the checker's state, `types::Checked`), and every
//! compilation parses and checks only the user's files on top of a copy. The prelude's
//! checker state is frozen (`Checked::freeze`, `types/layer.rs`): its tables become shared
//! read-only layers, so a compilation's copy costs a few pointer copies and holds only what
//! the user's files add. [`prepare`] builds a prelude ahead of time (the page warms `fmt`'s
//! when idle). Lowering then lowers the user's functions and only the runtime functions that
//! lowered code reaches, so a compilation pays for what the program uses, not for the whole
//! runtime; each prelude also keeps the lowering's caches of its functions, lowered and
//! after the passes (`ir::lower::LowerCache`, documented in `ir/lower/frozen.rs`), so a warm
//! compilation lowers little more than the user's functions.
//!
//! The Go sources are embedded through `build/main.rs`, which blanks their comments (the page
//! downloads every embedded byte) and keeps every line, so positions stay those of the files.
//! Without the `embed-std` feature the standard packages are not embedded: the caller
//! provides the bundles a program needs ([`std_to_fetch`], [`provide_std`]).
//!
//! Architecture Invariant: no IO, no panics on any input (fuzzed: `fuzz/`), no dependency on
//! an engine or host; the crate builds for `wasm32-unknown-unknown` (the page compiles it).

mod analysis;
mod codegen;
mod diag;
pub mod format;
mod fx;
mod ir;
mod layout;
mod stdpkg;
mod packages;
mod par;
mod sort;
mod syntax;
mod testmain;
pub mod txtar;
mod types;

pub use analysis::{analyze, Analysis, CompletionItem, CompletionKind, Completions, Hover, Place, SignatureHelp};
pub use diag::Diagnostic;
pub use testmain::{compile_test, has_tests, TestFlags};
pub use gowasm_meta::Schedule;
use gowasm_meta::Meta;
pub use syntax::lexer::{highlight, HighlightClass, HighlightSpan};

use std::sync::{Arc, Mutex};

use diag::{Diags, Pos, SourceMap};
use syntax::ast::NodeId;
use stdpkg::PkgSet;
use types::directive::DirectiveKind;

/// One Go source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// What kind of module to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// gc's `-buildmode=c-shared`: exports `_initialize`; the host calls exports after it.
    #[default]
    Reactor,
    /// A WASI command: `_start` initializes the package and runs `main`.
    Command,
}

/// Compile options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub mode: Mode,
    pub schedule: Schedule,
    /// Loop back-edges and calls allowed per export call (or per `_start`); `None` = unlimited.
    pub step_budget: Option<u64>,
    /// Report runtime events through the `gowasm.trace` import.
    pub trace: bool,
    /// Add Wasm's `name` section (function names: for debuggers and `gowasm inspect --sizes`).
    pub names: bool,
    /// How generic instances are compiled.
    pub generics: Generics,
    /// Threads for per-function work and for lexing the files while the prelude is built
    /// (`par.rs`); 0 or 1: the calling thread alone, as in the page. The module is the same
    /// for any number.
    pub threads: usize,
    /// A one-shot compilation (the CLI's `build`): simplification's memo, the lowered prelude
    /// bodies and codegen's memo are not filled, since they cost copies and hashes that only
    /// a later compilation on the same prelude repays. The module is the same either way.
    pub once: bool,
}

/// How generic instances are compiled (`ir/lower/shapes.rs`' header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Generics {
    /// One body per list of type arguments.
    Mono,
    /// Instances of one declaration whose lowered code is the same (their type arguments'
    /// GC shape and the calls they make decide it) share one body.
    #[default]
    Shape,
}

impl Generics {
    pub fn parse(s: &str) -> Option<Generics> {
        match s {
            "mono" => Some(Generics::Mono),
            "shape" => Some(Generics::Shape),
            _ => None,
        }
    }
}

/// The result of a compilation: a module when there were no errors, and every diagnostic.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub module: Option<Vec<u8>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A Go source of `src/runtime` or `src/stdlib` as embedded: full-line comments blanked by
/// `build.rs` (the page downloads every byte; lines and columns stay as in the file).
macro_rules! go_src {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/go/", $path))
    };
}

/// The Go runtime, compiled with every program.
const RUNTIME: &[(&str, &str)] = &[
    ("print.go", go_src!("runtime/print.go")),
    ("panic.go", go_src!("runtime/panic.go")),
    ("malloc.go", go_src!("runtime/malloc.go")),
    ("string.go", go_src!("runtime/string.go")),
    ("slice.go", go_src!("runtime/slice.go")),
    ("iface.go", go_src!("runtime/iface.go")),
    ("format.go", go_src!("runtime/format.go")),
    ("sched.go", go_src!("runtime/sched.go")),
    ("chan.go", go_src!("runtime/chan.go")),
    ("map.go", go_src!("runtime/map.go")),
    ("defer.go", go_src!("runtime/defer.go")),
    ("trace.go", go_src!("runtime/trace.go")),
    ("std.go", go_src!("runtime/std.go")),
    ("api.go", go_src!("runtime/api.go")),
    ("rangefunc.go", go_src!("runtime/rangefunc.go")),
    ("time.go", go_src!("runtime/time.go")),
    ("caller.go", go_src!("runtime/caller.go")),
    ("crypto.go", go_src!("runtime/crypto.go")),
];

/// The `sync` package (WaitGroup, Mutex...), compiled with every program like the runtime.
const SYNC: &[(&str, &str)] = &[("sync.go", go_src!("runtime/sync.go")), ("oncefunc.go", go_src!("runtime/sync_oncefunc.go"))];

/// The `runtime/debug` package (the collector's controls), compiled with every program like
/// the runtime.
const DEBUG: &str = go_src!("runtime/debug.go");

/// The runtime packages, and the standard library packages a program imports, parsed and
/// checked: they do not depend on the user's program, so this is done once per process (per
/// set of imported standard packages) and every compilation starts from a copy.
struct Prelude {
    map: SourceMap,
    next_id: NodeId,
    diags: Diags,
    checked: types::Checked,
    /// Its identity and the functions and objects that are its own, for the lowering.
    part: ir::lower::Prelude,
    /// Its functions lowered by compilations on it.
    lowered: ir::lower::LowerCache,
    /// Function bodies encoded by compilations on it.
    emitted: codegen::Memo,
}

/// The preludes of the sets of standard packages used last, most recent first. The number is
/// bounded: a long-lived page (or a fuzzer) meets many sets, and each prelude holds a checked
/// copy of its packages.
static PRELUDES: Mutex<Vec<(PkgSet, Arc<Prelude>)>> = Mutex::new(Vec::new());

/// How many preludes stay cached: a program's edits rarely alternate between more import sets.
const PRELUDES_KEPT: usize = 6;

/// Every set of standard packages a prelude was built for, by identity (`Prelude::part`): a
/// lowering cache shared by compilations on several preludes keeps their functions apart.
static PRELUDE_IDS: Mutex<Vec<PkgSet>> = Mutex::new(Vec::new());

fn prelude_id(set: &PkgSet) -> u32 {
    let mut ids = PRELUDE_IDS.lock().unwrap_or_else(|e| e.into_inner());
    let i = ids.iter().position(|s| s == set).unwrap_or_else(|| {
        ids.push(set.clone());
        ids.len() - 1
    });
    i as u32
}

/// The prelude of a set of standard packages, built on first use. It is built outside the
/// lock, so compilations on other sets go on meanwhile.
fn prelude_of(stdlib: &PkgSet, threads: usize) -> Arc<Prelude> {
    let lock = || PRELUDES.lock().unwrap_or_else(|e| e.into_inner());
    let cached = {
        let mut all = lock();
        all.iter().position(|(set, _)| set == stdlib).map(|i| {
            let entry = all.remove(i);
            let prelude = entry.1.clone();
            all.insert(0, entry);
            prelude
        })
    };
    cached.unwrap_or_else(|| {
        let built = Arc::new(prelude(stdlib, threads));
        let mut all = lock();
        all.retain(|(set, _)| set != stdlib);
        all.insert(0, (stdlib.clone(), built.clone()));
        all.truncate(PRELUDES_KEPT);
        built
    })
}

fn prelude(stdlib: &PkgSet, threads: usize) -> Prelude {
    let mut map = SourceMap::default();
    let mut diags = Diags::default();
    let mut next_id: NodeId = 0;
    // Every package's files, in order, are parsed at once (natively on `threads`).
    let mut sources: Vec<(&str, &[(&str, &str)])> = vec![("runtime", RUNTIME), ("sync", SYNC), ("runtime/debug", &[("debug.go", DEBUG)])];
    for (i, pkg) in stdpkg::PACKAGES.iter().enumerate() {
        if stdlib.contains(i) {
            sources.push((pkg.path, stdpkg::source::files(i).unwrap_or_default()));
        }
    }
    let (mut bases, mut texts) = (Vec::new(), Vec::new());
    for (path, files) in &sources {
        for (name, text) in *files {
            bases.push(map.add(&format!("{path}/{name}"), text));
            texts.push(*text);
        }
    }
    let mut parsed = syntax::parse_all(&texts, texts.iter().map(|_| None).collect(), &bases, threads, &mut next_id, &mut diags).into_iter();
    let packages: Vec<_> = sources.into_iter().map(|(path, files)| (path, parsed.by_ref().take(files.len()).collect::<Vec<_>>())).collect();
    let mut checked = types::Checked::default();
    checked.reserve(next_id as usize);
    // Syntax errors in these packages (a bug) reach every compilation through `diags`.
    if diags.is_empty() {
        for (path, files) in packages {
            checked.check(path, files, &mut map, &mut next_id);
        }
    }
    checked.freeze(next_id);
    let (funcs, objects) = checked.counts();
    let part = ir::lower::Prelude { id: prelude_id(stdlib), funcs, objects };
    Prelude { map, next_id, diags, checked, part, lowered: Default::default(), emitted: Default::default() }
}

/// Whether the Go file `text` declares a `//go:wasmexport` function (by the parser; in text
/// that does not parse, among the functions that did), which decides how gc would build it.
pub fn declares_exports(text: &str) -> bool {
    let mut diags = Diags::default();
    let mut next_id = 0;
    let file = syntax::parse_file(text, 0, &mut next_id, &mut diags);
    file.decls.iter().any(|d| matches!(d, syntax::ast::Decl::Func(f) if f.directives.iter().any(|x| x.text.starts_with("go:wasmexport"))))
}

/// Parses and checks, once per process, what every program importing `imports` shares (the
/// runtime packages and those standard packages), so that the first compile of such a program
/// is as fast as the next ones. The page calls it when idle. Unknown paths are ignored.
pub fn prepare(imports: &[&str]) {
    let set = PkgSet::closure(imports.iter().copied());
    if stdpkg::source::missing(&set).is_empty() {
        prelude_of(&set, 1);
    }
}

/// A standard package's sources as one file, served under `name` (which hashes its bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StdBundle {
    pub path: &'static str,
    pub name: &'static str,
}

/// The standard packages a program importing `imports` needs (those and what they import)
/// whose sources this build neither embeds (feature `embed-std`) nor was given yet: fetch
/// their bundles and [`provide_std`] them before compiling the program.
pub fn std_to_fetch(imports: &[&str]) -> Vec<StdBundle> {
    let set = PkgSet::closure(imports.iter().copied());
    stdpkg::source::missing(&set).into_iter().map(|i| StdBundle { path: stdpkg::PACKAGES[i].path, name: stdpkg::PACKAGES[i].bundle }).collect()
}

/// Makes the standard package in `bundle` (a file [`std_bundles`] wrote) available to
/// compilations, for the life of the process; returns its path. A bundle of another build of
/// the compiler is refused.
pub fn provide_std(bundle: &str) -> Result<&'static str, String> {
    stdpkg::source::provide(bundle)
}

/// Makes a standard package's doc comments (a docs bundle [`std_doc_bundles`] wrote, named
/// by [`Analysis::docs_to_fetch`]) available to the editor's hover; returns its path.
pub fn provide_std_docs(bundle: &str) -> Result<&'static str, String> {
    stdpkg::source::provide_docs(bundle)
}

/// Every standard package's docs bundle, (name, text), served apart from the sources so that
/// only a hover fetches them; empty without `embed-std`.
pub fn std_doc_bundles() -> Vec<(&'static str, &'static str)> {
    stdpkg::PACKAGES.iter().enumerate().map(|(i, p)| (p.docs, stdpkg::source::docs_bundle(i))).filter(|(_, t)| !t.is_empty()).collect()
}

/// Every standard package's bundle, (name, text), for a site to serve to builds without
/// `embed-std`; empty in those builds.
pub fn std_bundles() -> Vec<(&'static str, String)> {
    if !cfg!(feature = "embed-std") {
        return Vec::new();
    }
    stdpkg::PACKAGES.iter().enumerate().map(|(i, p)| (p.bundle, stdpkg::source::bundle(i))).collect()
}

/// The import paths of the Go file `text` (by the parser; in text that does not parse, those
/// it read).
pub fn imports_of(text: &str) -> Vec<String> {
    let mut diags = Diags::default();
    let mut next_id = 0;
    syntax::parse_file(text, 0, &mut next_id, &mut diags).imports.into_iter().map(|i| i.path).collect()
}

/// The import paths of the Go file `text`'s header, what precedes the first line that
/// starts a declaration (imports come before any), read alone: a cheap guess at
/// [`imports_of`].
fn header_imports(text: &str) -> Vec<String> {
    let starts_decl = |line: &str| ["func", "type", "var", "const"].iter().any(|k| line.strip_prefix(k).is_some_and(|rest| rest.starts_with([' ', '\t', '('])));
    let mut end = 0;
    while end < text.len() && !starts_decl(&text[end..]) {
        end = text[end..].find('\n').map_or(text.len(), |n| end + n + 1);
    }
    imports_of(&text[..end])
}

/// Compiles a `package main` made of `files`.
pub fn compile(files: &[SourceFile], options: &Options) -> Output {
    compile_with(files, options, None)
}

/// [`compile`] reusing the prelude functions lowered in `cache`, or else in the prelude's.
/// Files in directories are packages of the module (`txtar`), checked before main in
/// dependency order; files that are not Go are not compiled.
fn compile_with(files: &[SourceFile], options: &Options, cache: Option<&ir::lower::LowerCache>) -> Output {
    compile_in(files, options, cache, None)
}

/// [`compile_with`]; with a `cache`, encoded bodies are reused from `memo` only, else from
/// the prelude's.
fn compile_in(files: &[SourceFile], options: &Options, cache: Option<&ir::lower::LowerCache>, memo: Option<&codegen::Memo>) -> Output {
    let module = txtar::module_path(files);
    let (files, paths): (Vec<&SourceFile>, Vec<String>) = files.iter().filter_map(|f| Some((f, txtar::package_of(&f.name, &module)?))).unzip();
    if files.is_empty() {
        return Output { module: None, diagnostics: vec![Diagnostic { file: String::new(), line: 0, col: 0, message: "no Go files".into() }] };
    }
    // The user's files are parsed after the prelude's, whose packages depend on their
    // imports: those their headers name, or, when the full parse finds others, parse them
    // once more.
    let named: Vec<String> = files.iter().flat_map(|f| header_imports(&f.text)).collect();
    let named = PkgSet::closure(named.iter().map(String::as_str));
    let mut stdlib = if stdpkg::source::missing(&named).is_empty() { named } else { PkgSet::default() };
    // Lexing needs no positions: the files are lexed while the prelude is built.
    let (mut prelude, mut lexed) = par::join(options.threads, || prelude_of(&stdlib, options.threads), || files.iter().map(|f| Some(syntax::lexer::lex(&f.text))).collect::<Vec<_>>());
    let (prelude, mut map, mut diags, user, mut next_id) = loop {
        let mut map = prelude.map.clone();
        let mut diags = prelude.diags.clone();
        let mut next_id = prelude.next_id;
        let bases: Vec<_> = files.iter().map(|f| map.add(&f.name, &f.text)).collect();
        let texts: Vec<&str> = files.iter().map(|f| f.text.as_str()).collect();
        let user = syntax::parse_all(&texts, lexed.iter_mut().map(Option::take).collect(), &bases, options.threads, &mut next_id, &mut diags);
        let imported = PkgSet::closure(user.iter().flat_map(|f| f.imports.iter().map(|i| i.path.as_str())));
        if imported == stdlib {
            break (prelude, map, diags, user, next_id);
        }
        if let Some(&i) = stdpkg::source::missing(&imported).first() {
            let message = format!("the sources of standard package {} are not loaded (std_to_fetch, provide_std)", stdpkg::PACKAGES[i].path);
            return Output { module: None, diagnostics: vec![Diagnostic { file: files[0].name.clone(), line: 1, col: 1, message }] };
        }
        stdlib = imported;
        prelude = prelude_of(&stdlib, options.threads);
    };
    for (f, path) in user.iter().zip(&paths) {
        if path == "main" && !f.package.name.is_empty() && f.package.name != "main" {
            diags.error(f.package.pos, format!("package {} is not a main package; the playground builds package main", f.package.name));
        }
    }
    // As gc: syntax errors stop the compilation before type checking.
    if !diags.is_empty() {
        return Output { module: None, diagnostics: diags.finish(&map) };
    }
    let packages = packages::in_order(user, &paths, &mut diags);
    if !diags.is_empty() {
        return Output { module: None, diagnostics: diags.finish(&map) };
    }
    let mut checked = prelude.checked.clone();
    checked.reserve((next_id - prelude.next_id) as usize);
    for (path, files) in packages {
        checked.check(&path, files, &mut map, &mut next_id);
    }
    let info = checked.finish(&mut diags);
    if diags.is_empty() {
        check_export_names(&info, options.mode, &mut diags);
    }
    if !diags.is_empty() {
        return Output { module: None, diagnostics: diags.finish(&map) };
    }
    let mut module = ir::lower(&info, &map, options, cache.unwrap_or(&prelude.lowered), prelude.part, &mut diags);
    if !diags.is_empty() {
        return Output { module: None, diagnostics: diags.finish(&map) };
    }
    let mut meta = meta_of(&info, &map, options);
    let alloc = alloc_export(&info);
    meta.alloc = module.exports.iter().any(|(n, _)| *n == alloc).then_some(alloc);
    let memo = if options.once { None } else if cache.is_some() { memo } else { Some(&prelude.emitted) };
    #[cfg(target_arch = "wasm32")]
    let emitted = codegen::emit(&mut module, &meta.encode(), options.names, memo);
    // Natively the checker's tables are dropped during codegen, on a second thread when
    // allowed, and the IR after it on a thread of its own: the caller has its module without
    // waiting for that.
    #[cfg(not(target_arch = "wasm32"))]
    let (emitted, ()) = par::join(options.threads, || codegen::emit(&mut module, &meta.encode(), options.names, memo), move || drop(info));
    #[cfg(not(target_arch = "wasm32"))]
    if options.threads > 1 {
        // (Without a thread it is dropped here, as on one thread.)
        let _ = std::thread::Builder::new().spawn(move || drop(module));
    }
    match emitted {
        Ok(module) => Output { module: Some(module), diagnostics: Vec::new() },
        Err(message) => Output { module: None, diagnostics: vec![Diagnostic { file: files[0].name.clone(), line: 1, col: 1, message }] },
    }
}

/// Export names the module itself uses in each mode (a reactor has no `_start`, a command no
/// `_initialize`, as gc's modules).
fn reserved_exports(mode: Mode) -> [&'static str; 2] {
    match mode {
        Mode::Reactor => ["memory", "_initialize"],
        Mode::Command => ["memory", "_start"],
    }
}

/// The name of the export where hosts place string arguments (`Meta::alloc`): `malloc`
/// (TinyGo's convention) unless the program exports that name itself, then the first of
/// `gowasm.malloc`, `gowasm.malloc.1`, ... that it does not.
pub(crate) fn alloc_export(info: &types::Info) -> String {
    let taken = |n: &str| info.directives.values().any(|d| matches!(&d.kind, DirectiveKind::Export(e) if e == n));
    if !taken("malloc") {
        return "malloc".into();
    }
    let mut name = "gowasm.malloc".to_string();
    let mut i = 0;
    while taken(&name) {
        i += 1;
        name = format!("gowasm.malloc.{i}");
    }
    name
}

/// Two exports of one name would make an invalid module. gc's linker reports every
/// declaration but the last as `<autogenerated>:1: symbol NAME redeclared`, at the function.
fn check_export_names(info: &types::Info, mode: Mode, diags: &mut Diags) {
    let mut exports: Vec<(Pos, &str)> = info
        .directives
        .iter()
        .filter_map(|(id, d)| match &d.kind {
            DirectiveKind::Export(n) => Some((info.obj(*id).pos, n.as_str())),
            DirectiveKind::Import { .. } => None,
        })
        .collect();
    crate::sort::sort(&mut exports);
    for (i, (pos, name)) in exports.iter().enumerate() {
        if exports[i + 1..].iter().any(|(_, n)| n == name) {
            diags.error(*pos, format!("<autogenerated>:1: symbol {name} redeclared"));
        } else if reserved_exports(mode).contains(name) {
            diags.error(*pos, format!("go:wasmexport: the module itself exports {name}; choose another export name"));
        }
    }
}

/// The `gowasm` section: Go signatures of the user's directive functions.
fn meta_of(info: &types::Info, map: &SourceMap, options: &Options) -> Meta {
    let mut meta = Meta { schedule: options.schedule, trace: options.trace, step_budget: options.step_budget, ..Meta::default() };
    if options.trace {
        meta.files = map.names().map(String::from).collect();
    }
    let mut entries: Vec<_> = info.directives.iter().filter(|(id, _)| info.obj(**id).pkg == "main").collect();
    crate::sort::sort_by_key(&mut entries, |(id, _)| info.obj(**id).pos);
    for (id, d) in entries {
        let obj = info.obj(*id);
        let (file, line, col) = map.locate(obj.pos);
        let params = d
            .params
            .iter()
            .map(|(n, t, k)| gowasm_meta::Param { name: n.clone(), ty: info.types.display(*t), kind: *k })
            .collect();
        let result = d.result.map(|(t, k)| gowasm_meta::Param { name: String::new(), ty: info.types.display(t), kind: k });
        let (module, name) = match &d.kind {
            DirectiveKind::Export(n) => (String::new(), n.clone()),
            DirectiveKind::Import { module, name } => (module.clone(), name.clone()),
        };
        let func = gowasm_meta::Func {
            module,
            name,
            go_name: obj.name.to_string(),
            pos: gowasm_meta::SrcPos { file: file.to_string(), line, col },
            params,
            result,
        };
        match d.kind {
            DirectiveKind::Export(_) => meta.exports.push(func),
            DirectiveKind::Import { .. } => meta.imports.push(func),
        }
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::{codegen, compile, compile_in, compile_with, ir, prepare, Meta, Mode, Options, PkgSet, Schedule, SourceFile, PRELUDES, PRELUDES_KEPT};

    #[test]
    fn prepare_builds_the_prelude_a_compile_then_uses() {
        prepare(&["fmt", "no/such"]);
        let set = PkgSet::closure(["fmt"].into_iter());
        let built = PRELUDES.lock().unwrap_or_else(|e| e.into_inner()).iter().any(|(s, _)| *s == set);
        assert!(built);
        let text = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n".to_string();
        let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options { mode: Mode::Command, ..Options::default() });
        assert!(out.module.is_some(), "{:?}", out.diagnostics);
    }

    #[test]
    fn the_prelude_cache_is_bounded() {
        for path in ["bytes", "bufio", "container/list", "container/ring", "encoding/hex", "hash/fnv", "html", "path"] {
            prepare(&[path]);
        }
        assert!(PRELUDES.lock().unwrap_or_else(|e| e.into_inner()).len() <= PRELUDES_KEPT);
    }

    #[test]
    fn reused_runtime_functions_leave_modules_unchanged() {
        // Programs whose lowering of runtime functions depends on options or on the program
        // (defer, recover, blocking deferred calls, fmt's kinds, goroutines, timers).
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");
        let programs = ["../app/examples/actor/main.go", "run/dce_runtime_error_defer.go", "run/fmt_basic.go", "run/panic_defer_blocks.go", "exports/sync_export.go"];
        let variants: Vec<Options> = [(Mode::Command, Schedule::Seed, None, false), (Mode::Reactor, Schedule::Go, Some(1000), true), (Mode::Command, Schedule::Go, Some(7), false)]
            .into_iter()
            .map(|(mode, schedule, step_budget, trace)| Options { mode, schedule, step_budget, trace, names: false, ..Options::default() })
            .collect();
        let files: Vec<SourceFile> = programs.iter().map(|p| SourceFile { name: "main.go".into(), text: std::fs::read_to_string(format!("{dir}/{p}")).unwrap_or_else(|e| panic!("{p}: {e}")) }).collect();
        let shared = ir::lower::LowerCache::default();
        // Each program after the others, in both orders of programs and of options.
        for round in 0..2 {
            for (i, f) in files.iter().enumerate() {
                for (j, o) in variants.iter().enumerate() {
                    let (f, o) = if round == 0 { (f, o) } else { (&files[files.len() - 1 - i], &variants[variants.len() - 1 - j]) };
                    let fresh = compile_with(std::slice::from_ref(f), o, Some(&ir::lower::LowerCache::default()));
                    let reused = compile_with(std::slice::from_ref(f), o, Some(&shared));
                    assert!(fresh.module.is_some(), "{:?}", fresh.diagnostics);
                    assert!(fresh.module == reused.module, "round {round}, program {i}, options {o:?}");
                }
            }
        }
    }

    /// Calls `check` on each program of `testdata` (and an edited copy of it) with each of
    /// `variants`, all programs in turn and then in the reverse order, so that each one is
    /// compiled after what the others left in a shared cache.
    fn each_edited_in_turn(programs: &[&str], variants: &[Options], mut check: impl FnMut(&SourceFile, &Options, &str)) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");
        for round in 0..2 {
            for i in 0..programs.len() {
                let p = programs[if round == 0 { i } else { programs.len() - 1 - i }];
                let text = std::fs::read_to_string(format!("{dir}/{p}")).unwrap_or_else(|e| panic!("{p}: {e}"));
                for text in [text.clone(), format!("{text}\nfunc edited() string {{ return \"edited\" }}\n")] {
                    let f = SourceFile { name: "main.go".into(), text };
                    for o in variants {
                        check(&f, o, &format!("round {round}, {p}, options {o:?}"));
                    }
                }
            }
        }
    }

    #[test]
    fn reused_standard_functions_leave_modules_unchanged() {
        // Programs on a few preludes compiled in turn on one cache, each also edited: each
        // reuses the standard packages' functions those before lowered, where they get other
        // method ids, dynamic types and descriptor segments, and gives a fresh cache's module.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");
        let programs = ["run/std_json_marshal.go", "exports/json_orders.go", "run/std_reflect_values.go", "run/fmt_basic.go"];
        let variants = [Options { mode: Mode::Command, ..Options::default() }, Options { mode: Mode::Reactor, schedule: Schedule::Go, step_budget: Some(1000), trace: true, names: false, ..Options::default() }];
        let shared = ir::lower::LowerCache::default();
        each_edited_in_turn(&programs, &variants, |f, o, case| {
            let fresh = compile_with(std::slice::from_ref(f), o, Some(&ir::lower::LowerCache::default()));
            let reused = compile_with(std::slice::from_ref(f), o, Some(&shared));
            assert!(fresh.module.is_some(), "{case}: {:?}", fresh.diagnostics);
            assert!(fresh.module == reused.module, "{case}");
        });
        // The standard packages' functions are kept, not only the runtime's.
        let stored = |p: &str| {
            let cache = ir::lower::LowerCache::default();
            let text = std::fs::read_to_string(format!("{dir}/{p}")).unwrap_or_else(|e| panic!("{p}: {e}"));
            compile_with(&[SourceFile { name: "main.go".into(), text }], &variants[0], Some(&cache));
            cache.lowered_count()
        };
        let (json, plain) = (stored("run/std_json_marshal.go"), stored("run/panic_defer_blocks.go"));
        assert!(json > plain + 200, "{json} functions kept for a JSON program, {plain} for one without standard packages");
    }

    #[test]
    fn memoized_bodies_leave_modules_unchanged() {
        // Programs on several preludes and options compiled in turn, each also edited, on one
        // memo of encoded bodies: each gives the module a compilation without it gives, also
        // on several threads.
        let programs = ["../app/examples/actor/main.go", "run/fmt_basic.go", "run/std_json_marshal.go", "run/panic_defer_blocks.go", "exports/sync_export.go", "run/dce_runtime_error_defer.go"];
        let variants = [Options { mode: Mode::Command, ..Options::default() }, Options { mode: Mode::Reactor, schedule: Schedule::Go, step_budget: Some(1000), trace: true, names: true, ..Options::default() }];
        let cache = ir::lower::LowerCache::default();
        let memo = codegen::Memo::default();
        each_edited_in_turn(&programs, &variants, |f, o, case| {
            let plain = compile_in(std::slice::from_ref(f), o, Some(&cache), None);
            let memoized = compile_in(std::slice::from_ref(f), &Options { threads: 3, ..o.clone() }, Some(&cache), Some(&memo));
            assert!(plain.module.is_some(), "{case}: {:?}", plain.diagnostics);
            assert!(plain.module == memoized.module, "{case}");
        });
    }

    #[test]
    fn constant_tables_are_kept_for_the_prelude_only() {
        // strconv's tables come from the cache; the program's own table, at the same place in
        // each edit, does not.
        let program = |n: u32| format!("package main\n\nimport \"strconv\"\n\nvar table = [...]int32{{{n}, 2, 3, 4, 5}}\n\nfunc main() {{\n\tprintln(strconv.Quote(\"\\u00e9\\u0301\"), table[0])\n}}\n");
        let o = Options { mode: Mode::Command, ..Options::default() };
        let shared = ir::lower::LowerCache::default();
        for n in [1, 7, 1] {
            let f = SourceFile { name: "main.go".into(), text: program(n) };
            let fresh = compile_with(std::slice::from_ref(&f), &o, Some(&ir::lower::LowerCache::default()));
            let reused = compile_with(std::slice::from_ref(&f), &o, Some(&shared));
            assert!(fresh.module.is_some(), "{:?}", fresh.diagnostics);
            assert!(fresh.module == reused.module, "table starting with {n}");
        }
        assert!(shared.tables_count() > 0);
    }

    #[test]
    fn every_program_compiles_the_same_after_the_others() {
        // The caches of lowered and passed runtime functions filled by every program before
        // (other facts, other reached functions) give the module a fresh cache gives, on one
        // thread or on several.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata");
        let mut paths: Vec<_> = ["run", "exports"].iter().flat_map(|d| std::fs::read_dir(format!("{dir}/{d}")).into_iter().flatten().flatten().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
        paths.sort();
        let variants = [Options { mode: Mode::Command, ..Options::default() }, Options { mode: Mode::Reactor, schedule: Schedule::Go, step_budget: Some(1000), trace: true, names: false, generics: crate::Generics::Mono, ..Options::default() }];
        let shared = ir::lower::LowerCache::default();
        for o in &variants {
            for p in &paths {
                let f = SourceFile { name: "main.go".into(), text: std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}")) };
                let fresh = compile_with(std::slice::from_ref(&f), o, Some(&ir::lower::LowerCache::default()));
                let reused = compile_with(std::slice::from_ref(&f), &Options { threads: 2, ..o.clone() }, Some(&shared));
                assert!(fresh.module == reused.module, "{p:?}, options {o:?}");
            }
        }
    }

    #[test]
    fn objects_too_large_for_memory_are_errors() {
        // gc compiles some of these (and fails at run time) or crashes on them; wasm32 cannot
        // hold them, and their sizes would wrap.
        let cases = [
            ("\te := [...]int{1 << 40: 1}\n\tprintln(len(e))", "main.go:4:7: [1099511627777]int too large (8796093022216 bytes > 2000000000 bytes)"),
            ("\tf := []int8{1 << 33: 1}\n\tprintln(len(f))", "main.go:4:7: [8589934593]int8 too large (8589934593 bytes > 2000000000 bytes)"),
            ("\tp := new([1 << 31]int64)\n\tprintln(len(p))", "main.go:4:7: [2147483648]int64 too large (17179869184 bytes > 2000000000 bytes)"),
        ];
        for (body, want) in cases {
            let text = format!("package main\n\nfunc main() {{\n{body}\n}}\n");
            let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options::default());
            let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
            assert_eq!(got, [want]);
        }
    }

    #[test]
    fn unknown_imports_name_the_available_packages() {
        // Uses of a package that failed to import are not reported again; other names are.
        let text = "package main\n\nimport (\n\t\"encoding/jsn\"\n\t\"os/signal\"\n)\n\nvar c jsn.Decoder\n\nfunc main() { println(signal.Notify, y) }\n";
        let out = compile(&[SourceFile { name: "main.go".into(), text: text.into() }], &Options::default());
        let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
        let provided = crate::stdpkg::provided().join(", ");
        assert_eq!(
            got,
            [
                format!("main.go:4:2: package encoding/jsn is not in std (the playground provides: {provided})"),
                format!("main.go:5:2: package os/signal is not in std (the playground provides: {provided})"),
                "main.go:10:38: undefined: y".to_string(),
            ]
        );
    }

    #[test]
    fn packages_the_sandbox_excludes_say_why_once() {
        // One diagnostic per import, none for the uses; internal packages are gc's error.
        let text = "package main\n\nimport (\n\t\"internal/byteorder\"\n\t\"net\"\n\t\"net/http\"\n\t\"os/exec\"\n\t\"plugin\"\n\t\"syscall/js\"\n)\n\nfunc main() {\n\thttp.Get(net.IPv4len, exec.Command(\"ls\"), plugin.Open, js.Global(), byteorder.LEUint16(nil))\n}\n";
        let out = compile(&[SourceFile { name: "main.go".into(), text: text.into() }], &Options::default());
        let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
        let net = "programs have no network (they run in a WASI sandbox, in the browser or the CLI)";
        let proc = "programs cannot start processes or load code (they run in a WASI sandbox)";
        assert_eq!(
            got,
            [
                "main.go:4:2: use of internal package internal/byteorder not allowed".to_string(),
                format!("main.go:5:2: package net is not available in the playground: {net}"),
                format!("main.go:6:2: package net/http is not available in the playground: {net}"),
                format!("main.go:7:2: package os/exec is not available in the playground: {proc}"),
                format!("main.go:8:2: package plugin is not available in the playground: {proc}"),
                "main.go:9:2: package syscall/js is not available in the playground: programs are built for GOOS=wasip1, not GOOS=js (no JavaScript bridge)".to_string(),
            ]
        );
    }

    #[test]
    fn generic_method_values_say_to_call_them() {
        // gc allows `r.Add[int]` as a value; the lowering has no method values of generic
        // methods, so the checker says what does work.
        let text = "package main\n\ntype R struct{}\n\nfunc (R) Add[T ~int](x T) T { return x }\n\nfunc main() {\n\tf := R{}.Add[int]\n\tprintln(f(1), R{}.Add(2))\n}\n";
        let out = compile(&[SourceFile { name: "main.go".into(), text: text.into() }], &Options::default());
        let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(got, ["main.go:8:7: cannot use generic method R{}.Add as a value here: call it (R{}.Add[int](...))"]);
    }

    #[test]
    fn the_string_allocator_leaves_malloc_to_the_program() {
        let exports = |text: &str| {
            let out = compile(&[SourceFile { name: "main.go".into(), text: text.into() }], &Options::default());
            let module = out.module.expect("compiles");
            wasmparser::Validator::new().validate_all(&module).expect("validates");
            let mut names = Vec::new();
            for payload in wasmparser::Parser::new(0).parse_all(&module) {
                if let Ok(wasmparser::Payload::ExportSection(r)) = payload {
                    names.extend(r.into_iter().map(|e| e.expect("an export").name.to_string()));
                }
            }
            (names, Meta::from_module(&module).expect("a gowasm section").expect("present").alloc)
        };
        let greet = "//go:wasmexport greet\nfunc greet(s string) int32 { return int32(len(s)) }\n";
        let (names, alloc) = exports(&format!("package main\n\n{greet}\nfunc main() {{}}\n"));
        assert!(names.contains(&"malloc".to_string()));
        assert_eq!(alloc.as_deref(), Some("malloc"));
        let own = "//go:wasmexport malloc\nfunc malloc(n uint32) uint32 { return n }\n\n//go:wasmexport gowasm.malloc\nfunc m2(n uint32) uint32 { return n }\n";
        let (names, alloc) = exports(&format!("package main\n\n{greet}\n{own}\nfunc main() {{}}\n"));
        assert_eq!(names.iter().filter(|n| *n == "malloc").count(), 1);
        assert!(names.contains(&"gowasm.malloc.1".to_string()));
        assert_eq!(alloc.as_deref(), Some("gowasm.malloc.1"));
        // Without string parameters there is no allocator.
        let (_, alloc) = exports(&format!("package main\n\n{own}\nfunc main() {{}}\n"));
        assert_eq!(alloc, None);
    }

    #[test]
    fn export_names_the_module_uses_are_refused() {
        let text = "package main\n\n//go:wasmexport memory\nfunc m() {}\n\nfunc main() {}\n";
        let out = compile(&[SourceFile { name: "main.go".into(), text: text.into() }], &Options::default());
        let got: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(got, ["main.go:4:6: go:wasmexport: the module itself exports memory; choose another export name"]);
    }
}
