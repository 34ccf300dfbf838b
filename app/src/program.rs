//! How the page builds a program, as gc would: a program with `//go:wasmexport` functions is
//! built as a reactor (`-buildmode=c-shared`: the host calls its exports, `main` does not run)
//! or, if the user says so, as a command; a program with only `main` is a WASI command, whose
//! `_start` runs `main` (go.dev/play's programs). A program with tests and no `main` runs its
//! tests, examples and benchmarks as go.dev/play does (`go test -v`, benchmarks included); a
//! buffer in txtar form (`-- go.mod --`, `-- util/util.go --`) holds several files and
//! packages.

use compiler_core::{txtar, Mode, Options, SourceFile, TestFlags};

use crate::state::{Settings, FILE_NAME};
use crate::wire::Reply;

/// Compiles `code` as the page does with settings `s`, in the mode the program calls for:
/// the worker's answer to compile request `req`, timed by `now_ms`.
pub fn compile(req: u64, code: &str, s: &Settings, now_ms: impl Fn() -> f64) -> Reply {
    let t0 = now_ms();
    let exports = compiler_core::declares_exports(code);
    let mode = mode_for(exports, s.mode);
    let options = Options { mode, schedule: s.schedule, step_budget: s.step_budget, trace: s.trace, names: false, ..Options::default() };
    let (files, tests) = source_files(code);
    let test = tests.then(|| txtar::module_path(&files));
    let out = if tests {
        let flags = TestFlags { verbose: true, bench: Some(".".into()), ..TestFlags::default() };
        // Benchmarks run for a time, not a number of steps (b.N grows with the machine's
        // speed), so a step budget would end them at random; Stop ends a runaway test.
        let options = Options { step_budget: None, ..options };
        compiler_core::compile_test(&files, &txtar::module_path(&files), &flags, &options)
    } else {
        compiler_core::compile(&without_tests(files), &options)
    };
    Reply::Compiled { req, module: out.module, diagnostics: out.diagnostics, ms: now_ms() - t0, mode, exports, test }
}

/// The files of the buffer `code` (txtar), and whether they hold tests.
pub fn source_files(code: &str) -> (Vec<SourceFile>, bool) {
    let mut files = txtar::split(code);
    let tests = compiler_core::has_tests(&files);
    if let [one] = files.as_mut_slice() {
        if one.name == "prog.go" {
            // One file: named as go.dev/play names it for go test, else as the page always has.
            one.name = if tests { "prog_test.go" } else { FILE_NAME }.into();
        }
    }
    (files, tests)
}

/// The files `go run` compiles: `_test.go` files left out.
fn without_tests(files: Vec<SourceFile>) -> Vec<SourceFile> {
    files.into_iter().filter(|f| !txtar::is_test_file(&f.name)).collect()
}

/// The mode a program is built in: `chosen` when it has exports, else a command.
pub fn mode_for(exports: bool, chosen: Mode) -> Mode {
    if exports {
        chosen
    } else {
        Mode::Command
    }
}

pub fn mode_str(mode: Mode) -> &'static str {
    match mode {
        Mode::Reactor => "reactor",
        Mode::Command => "command",
    }
}

pub fn parse_mode(s: &str) -> Option<Mode> {
    match s {
        "reactor" => Some(Mode::Reactor),
        "command" => Some(Mode::Command),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::Mode;

    use compiler_core::declares_exports as has_exports;

    use super::{compile, mode_for, mode_str, parse_mode};
    use crate::state::Settings;
    use crate::wire::Reply;

    #[test]
    fn exports_are_functions_with_the_directive() {
        assert!(!has_exports("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"Hello, 世界\") }\n"));
        assert!(has_exports("package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n"));
        // A directive in a string, or one attached to nothing, exports nothing.
        assert!(!has_exports("package main\n\nvar s = `\n//go:wasmexport f\nfunc f() {}\n`\n\nfunc main() {}\n"));
        assert!(!has_exports("package main\n\nfunc main() {}\n\n//go:wasmexport dangling\n"));
        // While the code is being edited, what parses still counts.
        assert!(has_exports("package main\n\n//go:wasmexport f\nfunc f() {}\n\nfunc main() {\n"));
    }

    #[test]
    fn programs_without_exports_are_commands() {
        assert_eq!(mode_for(false, Mode::Reactor), Mode::Command);
        assert_eq!(mode_for(true, Mode::Reactor), Mode::Reactor);
        assert_eq!(mode_for(true, Mode::Command), Mode::Command);
        for m in [Mode::Reactor, Mode::Command] {
            assert_eq!(parse_mode(mode_str(m)), Some(m));
        }
    }

    #[test]
    fn tests_and_several_files_compile() {
        let build = |code: &str| match compile(1, code, &Settings::default(), || 0.0) {
            Reply::Compiled { module, diagnostics, mode, .. } => (module.is_some(), diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(), mode),
            _ => unreachable!("compile answers Compiled"),
        };
        let test = "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { t.Log(undefined) }\n";
        assert_eq!(build(test).1, ["prog_test.go:5:34: undefined: undefined"]);
        let two = "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n-- util/util.go --\npackage util\n\nvar N = 1\n-- prog_test.go --\npackage main\n\nfunc TestX(t *T) {}\n";
        assert_eq!(build(two), (true, vec![], Mode::Command));
        let bad = "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n-- util/util.go --\npackage util\n\nvar N int = \"x\"\n";
        assert_eq!(build(bad).1, ["util/util.go:3:13: cannot use \"x\" (untyped string constant) as int value in variable declaration"]);
    }
}
