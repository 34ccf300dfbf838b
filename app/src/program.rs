//! How the page builds a program, as gc would: a program with `//go:wasmexport` functions is
//! built as a reactor (`-buildmode=c-shared`: the host calls its exports, `main` does not run)
//! or, if the user says so, as a command; a program with only `main` is a WASI command, whose
//! `_start` runs `main` (go.dev/play's programs).

use compiler_core::{Mode, Options, SourceFile};

use crate::state::{Settings, FILE_NAME};
use crate::wire::Reply;

/// Compiles `code` as the page does with settings `s`, in the mode the program calls for:
/// the worker's answer to compile request `req`, timed by `now_ms`.
pub fn compile(req: u64, code: &str, s: &Settings, now_ms: impl Fn() -> f64) -> Reply {
    let t0 = now_ms();
    let exports = compiler_core::declares_exports(code);
    let mode = mode_for(exports, s.mode);
    let options = Options { mode, schedule: s.schedule, step_budget: s.step_budget, trace: s.trace, names: false };
    let out = compiler_core::compile(&[SourceFile { name: FILE_NAME.into(), text: code.into() }], &options);
    Reply::Compiled { req, module: out.module, diagnostics: out.diagnostics, ms: now_ms() - t0, mode, exports }
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

    use super::{mode_for, mode_str, parse_mode};

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
}
