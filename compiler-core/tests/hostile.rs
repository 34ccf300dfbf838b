//! Hostile inputs: generated files with many errors, deep nesting, long chains and long
//! lines. Each gets its diagnostics (at most gc's ten, then `too many errors`) or a valid
//! module; none may crash the compiler. Sizes stay moderate so the test is quick in debug
//! builds; the release CLI handles the 1 MB versions within a second (BENCHMARKS.md).

use compiler_core::{compile, Mode, Options, SourceFile};

fn diags(text: String) -> Vec<String> {
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options::default());
    if let Some(m) = &out.module {
        wasmparser::Validator::new().validate_all(m).expect("a valid module");
    }
    out.diagnostics.iter().map(|d| d.to_string()).collect()
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}}}\n")
}

/// Ten diagnostics `main.go:L:C: what` on lines first.., then `too many errors` at the tenth.
fn assert_capped(got: &[String], first: u32, col: u32, what: &str) {
    let mut want: Vec<String> = (first..first + 10).map(|l| format!("main.go:{l}:{col}: {what}")).collect();
    want.push(format!("main.go:{}:{col}: too many errors", first + 9));
    assert_eq!(got, want.as_slice());
}

#[test]
fn many_redeclarations_stop_at_ten() {
    let src = format!("package main\n\n{}func main() {{}}\n", "var x int\n".repeat(50_000));
    assert_capped(&diags(src), 4, 5, "x redeclared in this block");
}

#[test]
fn many_undefined_names_stop_at_ten() {
    assert_capped(&diags(main_with(&"\tx = 1\n".repeat(50_000))), 4, 2, "undefined: x");
}

#[test]
fn many_unused_variables_stop_at_ten() {
    let body: String = (0..50_000).map(|i| format!("\tv{i} := 1\n")).collect();
    let got = diags(main_with(&body));
    assert_eq!(got.len(), 11);
    assert_eq!(got[0], "main.go:4:2: declared and not used: v0");
    assert_eq!(got[10], "main.go:13:2: too many errors");
}

#[test]
fn exactly_ten_errors_end_with_too_many_errors() {
    let src = format!("package main\n\n{}func main() {{}}\n", "var x int\n".repeat(11));
    assert_capped(&diags(src), 4, 5, "x redeclared in this block");
    let src = format!("package main\n\n{}func main() {{}}\n", "var x int\n".repeat(10));
    assert_eq!(diags(src).len(), 9);
}

#[test]
fn long_operator_chains_are_reported_not_recursed() {
    let got = diags(main_with(&format!("\tx := 1{}\n\tprintln(x)\n", " + 1".repeat(200_000))));
    assert_eq!(got, ["main.go:4:3179: syntax error: expression too long"]);
    let got = diags(format!("package main\n\nconst s = \"a\"{}\n\nfunc main() {{ println(s) }}\n", " + \"a\"".repeat(100_000)));
    assert_eq!(got, ["main.go:3:4793: syntax error: expression too long"]);
}

#[test]
fn operator_chains_within_the_bound_compile() {
    let chain = main_with(&format!("\tx := 1\n\tprintln(x{})\n\ts := \"a\"{}\n\tprintln(s)\n", " + x".repeat(750), " + \"b\"".repeat(750)));
    assert_eq!(diags(chain), Vec::<String>::new());
}

#[test]
fn long_else_if_chains_are_reported_not_recursed() {
    let body = format!("\tx := 1\n\tif x == 0 {{\n{}\t}}\n", "\t} else if x == 1 {\n".repeat(50_000));
    let got = diags(main_with(&body));
    assert_eq!(got, ["main.go:203:17: syntax error: expression too long"]);
    let body = format!("\tx := 1\n\tif x == 0 {{\n{}\t}}\n", "\t} else if x == 1 {\n\t\tprintln(x)\n".repeat(150));
    assert_eq!(diags(main_with(&body)), Vec::<String>::new());
}

#[test]
fn deep_nesting_is_reported() {
    let got = diags(main_with(&format!("\tprintln({}1{})\n", "(".repeat(100_000), ")".repeat(100_000))));
    assert_eq!(got[0], "main.go:4:208: syntax error: nesting too deep");
    let got = diags(main_with(&format!("{}{}\n", "{".repeat(100_000), "}".repeat(100_000))));
    assert_eq!(got[0], "main.go:4:201: syntax error: nesting too deep");
}

#[test]
fn long_lines_and_big_literals_compile() {
    assert_eq!(diags(main_with(&format!("\tprintln(\"{}\")\n", "a".repeat(1 << 20)))), Vec::<String>::new());
    let src = format!("package main\n\nvar x = []int{{{}}}\n\nfunc main() {{ println(len(x)) }}\n", "1, ".repeat(30_000));
    assert_eq!(diags(src), Vec::<String>::new());
}

#[test]
fn invalid_bytes_are_reported() {
    let got = diags(main_with(&"\u{0}\u{ff}".repeat(50_000)));
    assert!(!got.is_empty() && got.len() <= 11, "{got:?}");
}

#[test]
fn switches_of_many_clauses_compile_flat() {
    let cases: String = (0..20_000).map(|i| format!("\tcase {i}:\n\t\treturn {}\n", i * 2)).collect();
    let text = format!("package main\n\nfunc f(x int) int {{\n\tswitch x {{\n{cases}\t}}\n\treturn -1\n}}\n\nfunc main() {{ println(f(19999)) }}\n");
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options { mode: Mode::Command, ..Options::default() });
    assert_eq!(out.diagnostics.len(), 0, "{:?}", out.diagnostics.first());
    wasmparser::Validator::new().validate_all(&out.module.expect("a module")).expect("a valid module");
}

#[test]
fn long_composite_literals_need_no_local_per_element() {
    let elems: String = (0..30_000).map(|i| format!("\t\"s{i}\",\n")).collect();
    let text = format!("package main\n\nvar xs = []string{{\n{elems}}}\n\nfunc main() {{ println(len(xs), xs[29999]) }}\n");
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options { mode: Mode::Command, ..Options::default() });
    assert_eq!(out.diagnostics.len(), 0, "{:?}", out.diagnostics.first());
    wasmparser::Validator::new().validate_all(&out.module.expect("a module")).expect("a valid module");
}

#[test]
fn many_allocations_in_one_function_compile() {
    // Each call allocates its arguments' slice and boxes x: candidates for static objects,
    // whose escape analysis must not walk the function once per candidate.
    let calls: String = (0..3_000).map(|i| format!("\tfmt.Println(x, \"s{i}\")\n")).collect();
    let text = format!("package main\n\nimport \"fmt\"\n\nfunc f(x int) {{\n{calls}}}\n\nfunc main() {{ f(1) }}\n");
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &Options { mode: Mode::Command, ..Options::default() });
    assert_eq!(out.diagnostics.len(), 0, "{:?}", out.diagnostics.first());
    wasmparser::Validator::new().validate_all(&out.module.expect("a module")).expect("a valid module");
}
