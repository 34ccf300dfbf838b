//! Text the worker prints for the page: the program in gofmt's layout (Format) and the
//! module in the WebAssembly text format (the WAT box). The page asks through counters that
//! the printing hooks watch; answers to older requests are dropped.

use std::rc::Rc;

use compiler_core::Diagnostic;

use super::State;

/// A formatting answer for the editor to apply: `code` (the text sent) becomes `text`, with
/// the cursor at `cursor`. The editor applies it only if it still holds `code`.
#[derive(Clone, Debug, PartialEq)]
pub struct Formatted {
    pub req: u64,
    pub code: String,
    pub text: String,
    pub cursor: u32,
}

pub enum PrintAction {
    /// Format `code` (the editor's text, which the page's `code` may trail while typing
    /// goes on) with the cursor at `cursor` (UTF-16 offset).
    Format { code: String, cursor: u32 },
    /// The answer to format request `req`.
    Formatted { req: u64, result: Result<(String, u32), Vec<Diagnostic>> },
    /// The WAT box opened or closed: the WAT is printed only while someone reads it.
    WatOpen(bool),
    /// Print the WAT of the current module (Copy WAT), if it is not printed yet.
    WantWat,
    /// The answer to WAT request `req`.
    Wat { req: u64, text: String },
}

impl State {
    pub(super) fn apply_print(&mut self, a: PrintAction) {
        match a {
            PrintAction::Format { code, cursor } => {
                // Only Go is formatted (not go.mod or other files).
                if !self.go_file() {
                    return;
                }
                self.format_req += 1;
                self.format_src = Some((code, cursor));
            }
            PrintAction::Formatted { req, result } => {
                if req != self.format_req {
                    return;
                }
                let Some((code, _)) = self.format_src.take() else { return };
                match result {
                    Ok((text, cursor)) => self.formatted = Some(Rc::new(Formatted { req, code, text, cursor })),
                    // The code stays; compiling it lists its syntax errors.
                    Err(_) => self.compile_req += 1,
                }
            }
            PrintAction::WatOpen(open) => {
                self.wat_open = open;
                if open {
                    self.want_wat();
                }
            }
            PrintAction::WantWat => self.want_wat(),
            PrintAction::Wat { req, text } => {
                if self.wat_pending && req == self.wat_req {
                    self.wat = Some(text.into());
                    self.wat_pending = false;
                }
            }
        }
    }

    fn want_wat(&mut self) {
        if self.wat.is_none() && !self.wat_pending && self.build.as_ref().is_some_and(|b| b.module.is_some()) {
            self.wat_req += 1;
            self.wat_pending = true;
        }
    }

    /// A new compile's result: the old module's WAT (printed or on its way) is dropped, and
    /// the new one's printed if the box is open.
    pub(super) fn module_changed(&mut self) {
        self.wat = None;
        self.wat_pending = false;
        if self.wat_open {
            self.want_wat();
        }
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::{compile, Diagnostic, Options, SourceFile};

    use crate::examples;
    use crate::state::{Action, Init, PrintAction, State, FILE_NAME};

    fn compiled(s: State, req: u64) -> State {
        let out = compile(&[SourceFile { name: FILE_NAME.into(), text: s.code.clone() }], &Options::default());
        s.apply(Action::Compiled { req, module: out.module, diagnostics: out.diagnostics, ms: 1.0, mode: Default::default(), exports: true, test: None })
    }

    fn actor() -> State {
        compiled(State::new(Init::example(examples::first())), 1)
    }

    fn print(s: State, a: PrintAction) -> State {
        s.apply(Action::Print(a))
    }

    #[test]
    fn format_answers_are_applied_once_and_only_the_last_one() {
        let s = print(actor(), PrintAction::Format { code: "package main\nfunc main(){}\n".into(), cursor: 3 });
        assert_eq!((s.format_req, s.format_src.clone()), (1, Some(("package main\nfunc main(){}\n".into(), 3))));
        let s = print(s, PrintAction::Format { code: "package main\n".into(), cursor: 0 });
        // The first request's answer is late: dropped.
        let s = print(s, PrintAction::Formatted { req: 1, result: Ok(("old".into(), 0)) });
        assert_eq!(s.formatted, None);
        let s = print(s, PrintAction::Formatted { req: 2, result: Ok(("package main\n".into(), 0)) });
        let f = s.formatted.clone().expect("applied");
        assert_eq!((f.req, f.code.as_str(), f.text.as_str()), (2, "package main\n", "package main\n"));
        assert_eq!(s.format_src, None);
    }

    #[test]
    fn a_syntax_error_compiles_to_list_the_errors() {
        let s = print(actor(), PrintAction::Format { code: "package main\nfunc (\n".into(), cursor: 0 });
        let before = s.compile_req;
        let err = Diagnostic { file: FILE_NAME.into(), line: 2, col: 7, message: "syntax error".into() };
        let s = print(s, PrintAction::Formatted { req: 1, result: Err(vec![err]) });
        assert_eq!((s.compile_req, s.formatted.clone()), (before + 1, None));
    }

    #[test]
    fn the_wat_is_printed_while_its_box_is_open_and_for_the_current_module() {
        let s = actor();
        assert_eq!((s.wat_req, s.wat_pending), (0, false), "nothing printed while nobody reads it");
        let s = print(s, PrintAction::WatOpen(true));
        assert_eq!((s.wat_req, s.wat_pending), (1, true));
        let s = print(s, PrintAction::Wat { req: 1, text: "(module)".into() });
        assert_eq!(s.wat.as_deref(), Some("(module)"));
        // Opening again or copying prints nothing more.
        let s = print(print(s, PrintAction::WatOpen(true)), PrintAction::WantWat);
        assert_eq!(s.wat_req, 1);
        // A new module while the box is open: printed again; the old answer is dropped.
        let s = compiled(s, 2);
        assert_eq!((s.wat.clone(), s.wat_req, s.wat_pending), (None, 2, true));
        let s = print(s, PrintAction::Wat { req: 1, text: "old".into() });
        assert_eq!(s.wat, None);
        // With the box closed a new module is not printed, and a late answer is dropped.
        let s = print(s, PrintAction::WatOpen(false));
        let s = compiled(s, 3);
        let s = print(s, PrintAction::Wat { req: 2, text: "stale".into() });
        assert_eq!((s.wat.clone(), s.wat_pending), (None, false));
        // Copy WAT asks for it with the box closed.
        let s = print(s, PrintAction::WantWat);
        assert_eq!((s.wat_req, s.wat_pending), (3, true));
    }
}
