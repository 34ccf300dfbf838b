//! `go test` for a package main: its Test, Benchmark and Example functions, found with
//! cmd/go's rules (names, signatures, an example's `// Output:` comment), checked as `go test`
//! checks them (its signature errors, and vet's `tests` checks it runs), and a test main that
//! runs them through our `testing` package, generated as Go source as cmd/go writes
//! `_testmain.go`. The flags (`-test.v`, `-test.run`...) are compiled into the test main: a
//! module the page runs has no command line.

use crate::diag::{Diags, Pos};
use crate::syntax::ast::{Decl, ExprKind, Field, File, FuncDecl};
use crate::syntax::lexer::{highlight, HighlightClass};
use crate::{compile_with, txtar, Diagnostic, Mode, Options, Output, SourceFile};

/// What `go test` is asked to run, as its flags say.
#[derive(Clone, Debug, Default)]
pub struct TestFlags {
    /// `-v`: every test's start, result and logs as they happen.
    pub verbose: bool,
    /// `-run`: the tests and examples to run (a regexp per subtest level, split at `/`).
    pub run: Option<String>,
    /// `-bench`: the benchmarks to run (none without it, as in `go test`).
    pub bench: Option<String>,
    /// `-benchtime`: `1s` (the default) or a count, `100x`.
    pub benchtime: Option<String>,
}

/// The name of the generated file, as cmd/go names it.
const TESTMAIN: &str = "_testmain.go";

/// Whether the files declare a Test, Benchmark or Example function (by cmd/go's name rule)
/// and no `main`: a playground runs such a program as `go test` would.
pub fn has_tests(files: &[SourceFile]) -> bool {
    let mut found = false;
    for f in main_files(files) {
        let (file, _) = parse(&f.text);
        for d in funcs(&file) {
            match &*d.name.name {
                "main" => return false,
                n => found |= ["Test", "Benchmark", "Example"].iter().any(|p| is_test(n, p)),
            }
        }
    }
    found
}

/// Compiles `files` (package main) with a test main that runs their tests as `go test`
/// would with `flags`, as a WASI command; `pkg` is the package's import path (printed by
/// benchmarks). Test files of the other packages are left out, as `go test .` leaves them.
/// Errors `go test` reports before building (signatures) come first, alone.
pub fn compile_test(files: &[SourceFile], pkg: &str, flags: &TestFlags, options: &Options) -> Output {
    let mut tests = Vec::new();
    let mut benchmarks = Vec::new();
    let mut examples = Vec::new();
    let mut setup = Vec::new();
    let mut vet = Vec::new();
    let mut names = Vec::new();
    let mut parsed = Vec::new();
    let main: Vec<&SourceFile> = main_files(files).collect();
    for f in &main {
        let (file, ok) = parse(&f.text);
        if !ok {
            // Syntax errors: the compiler reports them.
            return compile_with(files, options, None);
        }
        names.extend(package_names(&file));
        parsed.push(file);
    }
    for (f, file) in main.iter().zip(&parsed) {
        let at = |pos: Pos| {
            let before = &f.text[..pos as usize];
            let line = before.matches('\n').count() as u32 + 1;
            let col = (pos as usize - before.rfind('\n').map_or(0, |i| i + 1)) as u32 + 1;
            (line, col)
        };
        let diag = |list: &mut Vec<Diagnostic>, pos: Pos, message: String| {
            let (line, col) = at(pos);
            list.push(Diagnostic { file: f.name.clone(), line, col, message });
        };
        for d in funcs(file) {
            let name = &*d.name.name;
            let func_pos = f.text[..d.name.pos as usize].rfind("func").map_or(d.name.pos, |i| i as Pos);
            for (prefix, arg, list) in [("Test", "T", &mut tests), ("Benchmark", "B", &mut benchmarks)] {
                if is_test(name, prefix) {
                    match signature_error(d, arg) {
                        Some(why) => diag(&mut setup, func_pos, format!("wrong signature for {name}, {why}")),
                        None => list.push(name.to_string()),
                    }
                } else if name.starts_with(prefix) && is_test_func(d, arg) {
                    diag(&mut vet, d.name.pos, format!("{name} has malformed name: first letter after '{prefix}' must not be lowercase"));
                }
            }
            if is_test(name, "Example") {
                let bad_sig = !d.ty.params.is_empty() || !d.ty.results.is_empty();
                check_example_name(name, &names, &mut |m| diag(&mut vet, func_pos, m));
                if let (false, Some(body)) = (bad_sig, &d.body) {
                    if let Some((output, unordered)) = example_output(&f.text[body.lbrace as usize..body.rbrace as usize]) {
                        examples.push((name.to_string(), output, unordered));
                    }
                }
            }
        }
    }
    if !setup.is_empty() {
        // cmd/go stops at the first.
        setup.truncate(1);
        return Output { module: None, diagnostics: setup };
    }
    // The tests of other packages are not this run's (`go test .` tests package main only).
    let mut all: Vec<SourceFile> = files.iter().filter(|f| !(f.name.contains('/') && txtar::is_test_file(&f.name))).cloned().collect();
    let has_main = parsed.iter().any(|f| funcs(f).any(|d| &*d.name.name == "main"));
    all.push(SourceFile { name: TESTMAIN.into(), text: testmain(pkg, flags, has_main, &tests, &benchmarks, &examples) });
    let out = compile_with(&all, &Options { mode: Mode::Command, ..options.clone() }, None);
    if out.module.is_some() && !vet.is_empty() {
        return Output { module: None, diagnostics: vet };
    }
    out
}

/// The Go files of package main (the others are packages it may import, `txtar`).
fn main_files(files: &[SourceFile]) -> impl Iterator<Item = &SourceFile> {
    let module = txtar::module_path(files);
    files.iter().filter(move |f| txtar::package_of(&f.name, &module).as_deref() == Some("main"))
}

fn parse(text: &str) -> (File, bool) {
    let mut diags = Diags::default();
    let mut next_id = 0;
    let file = crate::syntax::parse_file(text, 0, &mut next_id, &mut diags);
    (file, diags.is_empty())
}

/// The file's functions (not methods).
fn funcs(file: &File) -> impl Iterator<Item = &FuncDecl> {
    file.decls.iter().filter_map(|d| match d {
        Decl::Func(f) if f.recv.is_none() => Some(&**f),
        _ => None,
    })
}

/// The names a file declares at package level.
fn package_names(file: &File) -> Vec<String> {
    let mut out = Vec::new();
    for d in &file.decls {
        match d {
            Decl::Func(f) if f.recv.is_none() => out.push(f.name.name.to_string()),
            Decl::Const(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.to_string()))),
            Decl::Var(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.to_string()))),
            Decl::Type(specs) => out.extend(specs.iter().map(|s| s.name.name.to_string())),
            _ => {}
        }
    }
    out
}

/// cmd/go's rule: `Test` followed by nothing or by a character that is not a lower-case
/// letter (`TestX`, `Test_x`, not `Testing`).
fn is_test(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_lowercase()))
}

/// cmd/go's check of a test function's signature: `func(x *testing.T)` (or any `*X.T`, `*T`:
/// it cannot know how testing was imported), no results, no type parameters.
fn is_test_func(d: &FuncDecl, arg: &str) -> bool {
    let [Field { names, ty, .. }] = d.ty.params.as_slice() else { return false };
    if !d.ty.results.is_empty() || names.len() > 1 {
        return false;
    }
    let ExprKind::Star(x) = &ty.kind else { return false };
    match &x.kind {
        ExprKind::Ident(n) => &**n == arg,
        ExprKind::Selector(_, sel) => &*sel.name == arg,
        _ => false,
    }
}

fn signature_error(d: &FuncDecl, arg: &str) -> Option<String> {
    if !d.tparams.is_empty() {
        return Some("test functions cannot have type parameters".into());
    }
    (!is_test_func(d, arg)).then(|| format!("must be: func {}({} *testing.{arg})", d.name.name, arg.to_lowercase()))
}

/// vet's check of an example's name: `ExampleF` names a package-level F, and suffixes after
/// `_` start with a lower-case letter.
fn check_example_name(name: &str, names: &[String], report: &mut dyn FnMut(String)) {
    let ex = &name["Example".len()..];
    if ex.is_empty() {
        return;
    }
    let elems: Vec<&str> = ex.splitn(3, '_').collect();
    let ident = elems[0];
    if !ident.is_empty() && !names.iter().any(|n| n == ident) {
        report(format!("{name} refers to unknown identifier: {ident}"));
        return;
    }
    let suffix = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
    if elems.len() < 2 {
        return;
    }
    if ident.is_empty() {
        let residual = &ex[1..];
        if !suffix(residual) {
            report(format!("{name} has malformed example suffix: {residual}"));
        }
        return;
    }
    if elems.len() == 3 && !suffix(elems[2]) {
        report(format!("{name} has malformed example suffix: {}", elems[2]));
    }
}

/// go/doc's rule: the last comment group of the body, when it starts with `Output:` or
/// `Unordered output:` (any case); the text after it, one leading blank line dropped.
fn example_output(body: &str) -> Option<(String, bool)> {
    // The comment groups: comments on consecutive lines.
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut last_end = None;
    for span in highlight(body).into_iter().filter(|s| s.class == HighlightClass::Comment) {
        let text = &body[span.start..span.end];
        // Same group: only blanks, with at most one newline, since the last comment.
        let joins = last_end.is_some_and(|end: usize| {
            let gap = &body[end..span.start];
            gap.trim().is_empty() && gap.matches('\n').count() <= 1
        });
        match groups.last_mut() {
            Some(g) if joins => g.push(text),
            _ => groups.push(vec![text]),
        }
        last_end = Some(span.end);
    }
    let text = comment_text(groups.last()?);
    let trimmed = text.trim_start();
    let lower = trimmed.to_lowercase();
    let (rest, unordered) = if lower.starts_with("output:") {
        (&trimmed["output:".len()..], false)
    } else if lower.starts_with("unordered output:") {
        (&trimmed["unordered output:".len()..], true)
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(' ');
    Some((rest.strip_prefix('\n').unwrap_or(rest).to_string(), unordered))
}

/// go/ast's CommentGroup.Text: markers removed (and one space after `//`), trailing spaces
/// removed, blank lines at both ends dropped, lines joined with a final newline.
fn comment_text(comments: &[&str]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for c in comments {
        if let Some(body) = c.strip_prefix("//") {
            lines.push(body.strip_prefix(' ').unwrap_or(body).to_string());
        } else if let Some(body) = c.strip_prefix("/*") {
            lines.extend(body.strip_suffix("*/").unwrap_or(body).split('\n').map(String::from));
        }
    }
    let mut lines: Vec<String> = lines.into_iter().map(|l| l.trim_end().to_string()).collect();
    while lines.first().is_some_and(String::is_empty) {
        lines.remove(0);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.is_empty() {
        return String::new();
    }
    lines.join("\n") + "\n"
}

/// The generated test main. Its names start with `_testmain` so as not to meet the
/// package's own; in a package with its own `main` it runs from `init`, after the package's
/// other initialization, and exits (cmd/go's test main is a package of its own).
fn testmain(pkg: &str, flags: &TestFlags, has_main: bool, tests: &[String], benchmarks: &[String], examples: &[(String, String, bool)]) -> String {
    let mut args = vec![format!("\"-test.v={}\"", flags.verbose)];
    for (flag, v) in [("run", &flags.run), ("bench", &flags.bench), ("benchtime", &flags.benchtime)] {
        if let Some(v) = v {
            args.push(format!("{:?}", format!("-test.{flag}={v}")));
        }
    }
    let entry = if has_main { "init" } else { "main" };
    let mut s = format!("package main\n\nimport _testmain_testing \"testing\"\n\nfunc {entry}() {{\n\t_testmain_testing.Main(");
    s.push_str(&format!("{pkg:?}, []string{{{}}},\n", args.join(", ")));
    s.push_str("\t\t[]_testmain_testing.InternalTest{");
    for t in tests {
        s.push_str(&format!("{{{t:?}, {t}}}, "));
    }
    s.push_str("},\n\t\t[]_testmain_testing.InternalBenchmark{");
    for b in benchmarks {
        s.push_str(&format!("{{{b:?}, {b}}}, "));
    }
    s.push_str("},\n\t\t[]_testmain_testing.InternalExample{");
    for (name, output, unordered) in examples {
        s.push_str(&format!("{{{name:?}, {name}, {}, {unordered}}}, ", crate::types::constant::quote(output)));
    }
    s.push_str("})\n}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::{example_output, has_tests, is_test};
    use crate::SourceFile;

    #[test]
    fn names_and_outputs_follow_cmd_go() {
        assert!(is_test("Test", "Test") && is_test("TestX", "Test") && is_test("Test_x", "Test"));
        assert!(!is_test("Testing", "Test") && !is_test("test", "Test"));
        let body = "{\n\tfmt.Println(1) // not this\n\n\t// Output:\n\t// 1\n\t//   two  \n}";
        assert_eq!(example_output(body), Some(("1\n  two\n".to_string(), false)));
        assert_eq!(example_output("{\n\t// unordered OUTPUT: a\n\t// b\n}"), Some(("a\nb\n".to_string(), true)));
        assert_eq!(example_output("{\n\tx()\n\t// Output:\n}"), Some((String::new(), false)));
        assert_eq!(example_output("{\n\tx() // no output here\n}"), None);
        let file = |text: &str| [SourceFile { name: "prog.go".into(), text: text.into() }];
        assert!(has_tests(&file("package main\n\nfunc TestA(t *T) {}\n")));
        assert!(!has_tests(&file("package main\n\nfunc TestA(t *T) {}\n\nfunc main() {}\n")));
        assert!(!has_tests(&file("package main\n\nfunc Testing() {}\n")));
    }
}
