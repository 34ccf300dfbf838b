//! Dead-code elimination through type switches and `runtime.kindUsed`: what a program cannot
//! reach is not in its module (sizes are measured in BENCHMARKS.md; this checks which
//! functions are present, by the `name` section).

use compiler_core::{compile, Mode, Options, SourceFile};

/// The module's function names, after checking that it validates.
fn functions(src: &str) -> Vec<String> {
    let files = [SourceFile { name: "main.go".into(), text: src.into() }];
    let out = compile(&files, &Options { mode: Mode::Command, names: true, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
    wasmparser::Validator::new().validate_all(&module).expect("module validates");
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(&module) {
        if let Ok(wasmparser::Payload::CustomSection(c)) = payload {
            if let wasmparser::KnownCustom::Name(r) = c.as_known() {
                for n in r.into_iter().flatten() {
                    if let wasmparser::Name::Function(map) = n {
                        names.extend(map.into_iter().flatten().map(|n| n.name.to_string()));
                    }
                }
            }
        }
    }
    names
}

fn has(names: &[String], f: &str) -> bool {
    names.iter().any(|n| n == f)
}

#[test]
fn println_of_a_string_carries_no_generic_printer() {
    let names = functions("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n");
    assert!(has(&names, "fmt.(*pp).printArgV"));
    for f in ["fmt.(*pp).printArg", "fmt.(*pp).printValue", "fmt.(*pp).printAt", "fmt.(*pp).fmtInteger", "fmt.(*pp).fmtFloat", "runtime.AppendFloat"] {
        assert!(!has(&names, f), "{f} is in the module");
    }
}

#[test]
fn printing_an_int_carries_no_float_code() {
    let names = functions("package main\n\nimport \"fmt\"\n\nfunc main() { n := 42; fmt.Printf(\"%d\\n\", n) }\n");
    assert!(has(&names, "fmt.(*pp).fmtInteger"));
    assert!(!has(&names, "fmt.(*pp).fmtFloat") && !has(&names, "fmt.(*pp).printAt"));
}

#[test]
fn struct_printing_has_only_its_fields_kinds() {
    let src = "package main\n\nimport \"fmt\"\n\ntype P struct {\n\tX int\n\tName string\n}\n\nfunc main() { fmt.Printf(\"%+v\\n\", P{1, \"a\"}) }\n";
    let names = functions(src);
    assert!(has(&names, "fmt.(*pp).printAt"));
    for f in ["fmt.(*pp).fmtFloat", "fmt.(*pp).printMap", "runtime.AppendFloat"] {
        assert!(!has(&names, f), "{f} is in the module");
    }
}

#[test]
fn a_conversion_after_the_switch_brings_its_clause_back() {
    // show is compiled before main converts a float64: its clause must come back.
    let src = "package main\n\nimport \"fmt\"\n\nfunc show(x any) {\n\tswitch v := x.(type) {\n\tcase float64:\n\t\tfmt.Println(v + 1)\n\tcase nil:\n\t}\n}\n\nfunc main() { show(2.5) }\n";
    let names = functions(src);
    assert!(has(&names, "fmt.(*pp).fmtFloat"));
}
