//! The editor's knowledge of Go: diagnostics of the text as typed, and the popups (hover,
//! completion list, signature help) with the questions that fill them. The editor asks
//! ([`IdeAction::Ask`]); the ide hook sends the question to the worker when `query_req`
//! changes; answers to older questions are dropped. Diagnostics as you type replace the
//! last compile's in the editor until the next compile; the last good module stays.

use std::rc::Rc;

use compiler_core::{CompletionItem, Diagnostic, Hover, SignatureHelp};

use super::{FileAction, State};
use crate::ide::{Answer, Ask, Query};

/// Where a popup shows, in CSS pixels from the top left of the editor's text.
pub type Anchor = (i32, i32);

/// The completion list: items replacing the UTF-16 range `from..to` of the buffer.
#[derive(Clone, Debug, PartialEq)]
pub struct CompletionList {
    pub from: u32,
    pub to: u32,
    pub items: Vec<CompletionItem>,
    pub selected: usize,
    pub anchor: Anchor,
}

/// Text the editor puts in place of the UTF-16 range `from..to` (a chosen completion);
/// `seq` makes each a new request.
#[derive(Clone, Debug, PartialEq)]
pub struct Insert {
    pub from: u32,
    pub to: u32,
    pub text: String,
    pub seq: u64,
}

/// The editor's popups, shared with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Popups {
    pub hover: Option<Rc<(Hover, Anchor)>>,
    pub completion: Option<Rc<CompletionList>>,
    pub signature: Option<Rc<(SignatureHelp, Anchor)>>,
    pub insert: Option<Rc<Insert>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ide {
    /// Diagnostics of the editor's text as last checked, newer than the last compile's.
    pub live: Option<Rc<[Diagnostic]>>,
    pub popups: Popups,
    /// Incremented for each question; the ide hook sends `query`.
    pub query_req: u64,
    pub query: Option<(Rc<Query>, Anchor)>,
    /// How long the worker took for the last check and the last answer (ms).
    pub check_ms: Option<f64>,
    pub answer_ms: Option<f64>,
}

pub enum IdeAction {
    /// Ask `query`, whose answer shows at `anchor`.
    Ask(Query, Anchor),
    Answered { req: u64, answer: Answer, ms: f64 },
    /// The diagnostics of the editor's text as typed.
    Checked { diagnostics: Vec<Diagnostic>, ms: f64 },
    /// Moves the completion list's selection by `delta`, wrapping around.
    Move(i32),
    /// Selects item `index` (`None`: the one selected) of the completion list.
    Accept(Option<usize>),
    /// Closes the completion list and signature help (Escape), or the hover.
    Dismiss,
    DismissHover,
}

impl State {
    pub(super) fn apply_ide(&mut self, a: IdeAction) {
        match a {
            IdeAction::Ask(mut query, anchor) => {
                if !self.single() {
                    // The editor holds the selected file; the analysis takes the buffer.
                    query.at += self.file_start();
                    query.code = self.code.clone();
                }
                let ide = &mut self.ide;
                if query.ask == Ask::Hover {
                    // The pointer resting after a click or a keystroke does not cancel the
                    // answer it asked for (a definition, completions).
                    if ide.query.as_ref().is_some_and(|(q, _)| q.ask != Ask::Hover) {
                        return;
                    }
                    ide.popups.hover = None;
                }
                ide.query_req += 1;
                ide.query = Some((Rc::new(query), anchor));
            }
            IdeAction::Answered { req, answer, ms } => {
                let ide = &mut self.ide;
                if req != ide.query_req {
                    return;
                }
                let Some((query, anchor)) = ide.query.take() else { return };
                ide.answer_ms = Some(ms);
                // Buffer offsets and lines back to the selected file's.
                let start = if self.single() { 0 } else { self.file_start() };
                match answer {
                    Answer::Hover(h) => self.ide.popups.hover = h.map(|h| Rc::new((h, anchor))),
                    Answer::Definition(Some((line, col))) if self.single() => self.jump_to(line, col),
                    Answer::Definition(Some((line, col))) => {
                        if let Some((file, line)) = self.place_of_line(line) {
                            self.apply_files(FileAction::Open { file, line, col });
                        }
                    }
                    Answer::Definition(None) => {}
                    Answer::Complete { from, items } => {
                        let (from, to) = (from.saturating_sub(start), query.at.saturating_sub(start));
                        self.ide.popups.completion = (!items.is_empty()).then(|| Rc::new(CompletionList { from, to, items, selected: 0, anchor }));
                    }
                    Answer::Signature(s) => self.ide.popups.signature = s.map(|s| Rc::new((s, anchor))),
                }
            }
            IdeAction::Checked { diagnostics, ms } => {
                self.ide.live = Some(diagnostics.into());
                self.ide.check_ms = Some(ms);
            }
            IdeAction::Move(delta) => {
                if let Some(list) = &self.ide.popups.completion {
                    let n = list.items.len() as i32;
                    let selected = (list.selected as i32 + delta).rem_euclid(n.max(1)) as usize;
                    self.ide.popups.completion = Some(Rc::new(CompletionList { selected, ..(**list).clone() }));
                }
            }
            IdeAction::Accept(index) => {
                if let Some(list) = self.ide.popups.completion.take() {
                    if let Some(item) = list.items.get(index.unwrap_or(list.selected)) {
                        let seq = self.ide.popups.insert.as_ref().map_or(1, |i| i.seq + 1);
                        self.ide.popups.insert = Some(Rc::new(Insert { from: list.from, to: list.to, text: item.label.clone(), seq }));
                    }
                }
            }
            IdeAction::Dismiss => {
                self.ide.popups.completion = None;
                self.ide.popups.signature = None;
                self.ide.popups.hover = None;
                // An answer on its way would open what was just closed.
                self.ide.query = None;
            }
            IdeAction::DismissHover => self.ide.popups.hover = None,
        }
    }

    /// The diagnostics the editor shows: those of the text as typed when it was checked
    /// since the last compile, else the last compile's.
    pub fn shown_diagnostics(&self) -> Option<Rc<[Diagnostic]>> {
        self.ide.live.clone().or_else(|| self.build.as_ref().map(|b| b.diagnostics.clone()))
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::{CompletionItem, CompletionKind, Diagnostic, Hover, Mode, SignatureHelp};

    use super::IdeAction;
    use crate::examples;
    use crate::ide::{Answer, Ask, Query};
    use crate::state::{Action, Init, Jump, State};

    fn state() -> State {
        State::new(Init::example(examples::first()))
    }

    fn ask(s: State, ask: Ask, at: u32) -> State {
        s.apply(Action::Ide(IdeAction::Ask(Query { ask, code: "package main\n".into(), at }, (10, 20))))
    }

    fn item(label: &str) -> CompletionItem {
        CompletionItem { label: label.into(), kind: CompletionKind::Func, detail: String::new() }
    }

    #[test]
    fn answers_fill_the_popups_and_late_ones_are_dropped() {
        let s = ask(state(), Ask::Hover, 3);
        assert_eq!(s.ide.query_req, 1);
        let hover = Hover { text: "var x int".into(), doc: String::new() };
        // An answer to an older question is dropped.
        let s = ask(s, Ask::Hover, 4).apply(Action::Ide(IdeAction::Answered { req: 1, answer: Answer::Hover(Some(hover.clone())), ms: 1.0 }));
        assert_eq!(s.ide.popups.hover, None);
        let s = s.apply(Action::Ide(IdeAction::Answered { req: 2, answer: Answer::Hover(Some(hover.clone())), ms: 1.0 }));
        assert_eq!(s.ide.popups.hover.as_deref(), Some(&(hover, (10, 20))));
        assert_eq!(s.ide.answer_ms, Some(1.0));
        let s = s.apply(Action::Ide(IdeAction::DismissHover));
        assert_eq!(s.ide.popups.hover, None);
        let sig = SignatureHelp { name: "f".into(), params: vec!["a int".into()], results: String::new(), active: 0, doc: String::new() };
        let s = ask(s, Ask::Signature, 2).apply(Action::Ide(IdeAction::Answered { req: 3, answer: Answer::Signature(Some(sig)), ms: 1.0 }));
        assert!(s.ide.popups.signature.is_some());
        let s = s.apply(Action::Ide(IdeAction::Dismiss));
        assert_eq!(s.ide.popups.signature, None);
    }

    #[test]
    fn a_definition_moves_the_cursor() {
        // A hover asked meanwhile (the pointer rests after the Ctrl+click) waits.
        let s = ask(ask(state(), Ask::Definition, 3), Ask::Hover, 3);
        assert_eq!(s.ide.query_req, 1);
        let s = s.apply(Action::Ide(IdeAction::Answered { req: 1, answer: Answer::Definition(Some((7, 2))), ms: 1.0 }));
        assert_eq!(s.jump, Some(Jump { line: 7, col: 2, seq: 1 }));
    }

    #[test]
    fn the_completion_list_is_chosen_from_with_the_keys() {
        let s = ask(state(), Ask::Complete, 9);
        let s = s.apply(Action::Ide(IdeAction::Answered { req: 1, answer: Answer::Complete { from: 7, items: vec![item("Print"), item("Printf"), item("Println")] }, ms: 1.0 }));
        let list = s.ide.popups.completion.clone().expect("a list");
        assert_eq!((list.from, list.to, list.selected), (7, 9, 0));
        let s = s.apply(Action::Ide(IdeAction::Move(-1)));
        assert_eq!(s.ide.popups.completion.as_ref().map(|l| l.selected), Some(2));
        let s = s.apply(Action::Ide(IdeAction::Move(1))).apply(Action::Ide(IdeAction::Move(1)));
        let s = s.apply(Action::Ide(IdeAction::Accept(None)));
        assert_eq!(s.ide.popups.completion, None);
        let insert = s.ide.popups.insert.clone().expect("an insertion");
        assert_eq!((insert.from, insert.to, insert.text.as_str(), insert.seq), (7, 9, "Printf", 1));
        // No items: no list.
        let s = ask(s, Ask::Complete, 9).apply(Action::Ide(IdeAction::Answered { req: 2, answer: Answer::Complete { from: 9, items: vec![] }, ms: 1.0 }));
        assert_eq!(s.ide.popups.completion, None);
    }

    #[test]
    fn diagnostics_as_typed_show_until_the_next_compile() {
        let s = state();
        let d = Diagnostic { file: "main.go".into(), line: 3, col: 1, message: "undefined: x".into() };
        let s = s.apply(Action::Ide(IdeAction::Checked { diagnostics: vec![d.clone()], ms: 4.0 }));
        assert_eq!(s.shown_diagnostics().as_deref(), Some(&[d][..]));
        let s = s.apply(Action::Compiled { req: 1, module: None, diagnostics: vec![], ms: 1.0, mode: Mode::Command, exports: false, test: None });
        assert_eq!(s.ide.live, None);
    }
}
