//! The program's files as tabs. The buffer the compiler gets, share links and the saved
//! program stay one text in go.dev/play's txtar form (`State::code`); `State::files` is that
//! text split into files (`compiler_core::txtar`), the selected one shown in the editor. Every
//! change to a file joins them again, so the two never disagree; a plain one-file program is
//! the one file `prog.go` and its text is the buffer, unchanged.

use std::rc::Rc;

use compiler_core::{txtar, Diagnostic, SourceFile};

use super::undo::{changed_at, History};
use super::State;

/// The name `txtar` gives the text before the first marker.
const PROLOGUE: &str = "prog.go";

/// One file of the program, as the tabs show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
    /// Its own undo and redo.
    pub history: History,
}

impl File {
    fn new(name: String, text: String) -> File {
        File { name, text, history: History::default() }
    }

    /// Its text edited: a step of its history.
    fn set_text(&mut self, text: String) {
        if text != self.text {
            self.history.record(&self.text, &text);
            self.text = text;
        }
    }
}

pub enum FileAction {
    Select(usize),
    /// A new file named so (`util/util.go`, `go.mod`), selected.
    Add(String),
    Rename(usize, String),
    Delete(usize),
    /// Selects the tab of a diagnostic's file and puts the cursor at its place.
    Open { file: String, line: u32, col: u32 },
    /// The selected file's last step undone (Ctrl+Z), or the last undone step made again
    /// (Ctrl+Shift+Z, Ctrl+Y).
    Undo,
    Redo,
}

/// The files of a buffer.
pub fn split(code: &str) -> Vec<File> {
    txtar::split(code).into_iter().map(|f| File::new(f.name, f.text)).collect()
}

/// The buffer of files: a lone `prog.go` is its text as it is, else the txtar form.
pub fn join(files: &[File]) -> String {
    match files {
        [one] if one.name == PROLOGUE => one.text.clone(),
        _ => txtar::join(&files.iter().map(|f| SourceFile { name: f.name.clone(), text: f.text.clone() }).collect::<Vec<_>>()),
    }
}

/// Why `name` cannot name a new file among `files`, in the words the page shows.
fn check_name(name: &str, files: &[File], except: Option<usize>) -> Result<(), String> {
    if name.is_empty() {
        return Err("A file needs a name, such as util/util.go or go.mod.".into());
    }
    if name.chars().any(|c| c.is_whitespace() || c == '\\') || name.split('/').any(|p| p.is_empty() || p == "." || p == "..") {
        return Err(format!("\"{name}\" is not a file name: use a path such as util/util.go, without spaces."));
    }
    if files.iter().enumerate().any(|(i, f)| f.name == name && Some(i) != except) {
        return Err(format!("There is a file named {name} already."));
    }
    Ok(())
}

/// What a new file starts with: a Go file its package clause (its directory's name, `main`
/// at the top), `go.mod` go.dev/play's module.
fn new_text(name: &str) -> String {
    if name == "go.mod" {
        return format!("module {}\n", txtar::DEFAULT_MODULE);
    }
    if !name.ends_with(".go") {
        return String::new();
    }
    let dir = name.rsplit_once('/').map(|(d, _)| d.rsplit('/').next().unwrap_or(d));
    let pkg: String = dir.unwrap_or("main").chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).collect();
    let pkg = if pkg.starts_with(|c: char| c.is_ascii_digit()) { format!("_{pkg}") } else { pkg };
    format!("package {pkg}\n")
}

impl State {
    /// The code from elsewhere (an example, a share link, the saved program): its files,
    /// the first selected.
    pub(super) fn set_code(&mut self, code: String) {
        self.files = split(&code);
        self.tab = 0;
        self.code = code;
    }

    /// The selected file.
    pub fn file(&self) -> &File {
        &self.files[self.tab.min(self.files.len() - 1)]
    }

    /// Whether the program is one plain file (no tabs to show).
    pub fn single(&self) -> bool {
        matches!(self.files.as_slice(), [one] if one.name == PROLOGUE)
    }

    /// The tab of a diagnostic's file. A one-file program is compiled as `main.go` (or
    /// `prog_test.go`, go.dev/play's name for tests): its diagnostics are all in its tab.
    pub fn tab_of(&self, file: &str) -> Option<usize> {
        if self.single() {
            return Some(0);
        }
        self.files.iter().position(|f| f.name == file)
    }

    /// The diagnostics the editor marks (the text as typed, else the last compile's) of the
    /// selected file.
    pub fn file_diagnostics(&self) -> Option<Rc<[Diagnostic]>> {
        let all = self.shown_diagnostics()?;
        Some(all.iter().filter(|d| self.tab_of(&d.file) == Some(self.tab)).cloned().collect())
    }

    /// The buffer with the selected file's text as typed, `text`: what the editor's check of
    /// the text as typed analyzes, so a file is checked with the files and packages it
    /// belongs with.
    pub fn buffer_with(&self, text: String) -> String {
        if self.single() {
            return text;
        }
        let mut files = self.files.clone();
        let tab = self.tab.min(files.len() - 1);
        files[tab].text = text;
        join(&files)
    }

    /// Where each file's text sits in the buffer, as `join` writes it: its UTF-16 offset, the
    /// number of buffer lines before it, and its own number of lines.
    fn layout(&self) -> Vec<(u32, u32, u32)> {
        let (mut at, mut line) = (0, 0);
        let mut out = Vec::with_capacity(self.files.len());
        for (i, f) in self.files.iter().enumerate() {
            if !(i == 0 && f.name == PROLOGUE) {
                at += format!("-- {} --\n", f.name).encode_utf16().count() as u32;
                line += 1;
            }
            // `join` ends a file's text with a newline when it has none.
            let open = u32::from(!f.text.is_empty() && !f.text.ends_with('\n'));
            let lines = f.text.matches('\n').count() as u32 + open;
            out.push((at, line, lines));
            at += f.text.encode_utf16().count() as u32 + open;
            line += lines;
        }
        out
    }

    /// The UTF-16 offset in the buffer where the selected file's text starts.
    pub(super) fn file_start(&self) -> u32 {
        self.layout()[self.tab.min(self.files.len() - 1)].0
    }

    /// The file and its line of the buffer's 1-based line `line`.
    pub(super) fn place_of_line(&self, line: u32) -> Option<(String, u32)> {
        let layout = self.layout();
        let (f, (_, before, _)) = self.files.iter().zip(layout).find(|(_, (_, before, n))| line > *before && line <= before + n)?;
        Some((f.name.clone(), line - before))
    }

    /// Whether the selected file is Go (Format applies to it).
    pub fn go_file(&self) -> bool {
        self.single() || self.file().name.ends_with(".go")
    }

    /// The editor's text for the selected file. Marker lines in it (a txtar program pasted)
    /// make more files: the text before the first stays in this file, each marked one
    /// replaces the file of its name or comes after this one.
    pub(super) fn edit(&mut self, text: String) {
        let tab = self.tab.min(self.files.len() - 1);
        let mut pieces = split(&text);
        let first = pieces.remove(0);
        if first.name != PROLOGUE {
            self.files[tab].name = first.name;
        }
        self.files[tab].set_text(first.text);
        let mut at = tab + 1;
        for p in pieces {
            match self.files.iter().position(|f| f.name == p.name) {
                Some(i) if i != tab => self.files[i].set_text(p.text),
                _ => {
                    self.files.insert(at, p);
                    at += 1;
                }
            }
        }
        // A marked file named as this one (or the name it took) leaves one file of the name.
        let name = self.files[tab].name.clone();
        let mut i = 0;
        self.files.retain(|f| {
            let keep = i == tab || f.name != name;
            i += 1;
            keep
        });
        self.tab = self.files.iter().position(|f| f.name == name).unwrap_or(0);
        self.joined();
    }

    pub(super) fn apply_files(&mut self, a: FileAction) {
        match a {
            FileAction::Select(i) => {
                if i < self.files.len() {
                    self.tab = i;
                }
            }
            FileAction::Add(name) => {
                let name = name.trim().trim_start_matches("./").to_string();
                match check_name(&name, &self.files, None) {
                    Ok(()) => {
                        let text = new_text(&name);
                        self.files.push(File::new(name, text));
                        self.tab = self.files.len() - 1;
                        self.joined();
                    }
                    Err(why) => self.notice = Some(why),
                }
            }
            FileAction::Rename(i, name) => {
                let name = name.trim().trim_start_matches("./").to_string();
                if i >= self.files.len() || self.files[i].name == name {
                    return;
                }
                match check_name(&name, &self.files, Some(i)) {
                    Ok(()) => {
                        self.files[i].name = name;
                        self.joined();
                    }
                    Err(why) => self.notice = Some(why),
                }
            }
            FileAction::Delete(i) => {
                // The program keeps at least one file.
                if i >= self.files.len() || self.files.len() == 1 {
                    return;
                }
                self.files.remove(i);
                if self.tab > i || self.tab >= self.files.len() {
                    self.tab = self.tab.saturating_sub(1);
                }
                self.joined();
            }
            FileAction::Open { file, line, col } => {
                if let Some(t) = self.tab_of(&file) {
                    self.tab = t;
                }
                self.jump_to(line, col);
            }
            FileAction::Undo => self.step(false),
            FileAction::Redo => self.step(true),
        }
    }

    /// Undo (or redo) in the selected file; the cursor goes to the text that changed.
    fn step(&mut self, redo: bool) {
        let tab = self.tab.min(self.files.len() - 1);
        let f = &mut self.files[tab];
        let then = if redo { f.history.redo(&f.text) } else { f.history.undo(&f.text) };
        let Some(then) = then else { return };
        let at = changed_at(&f.text, &then);
        f.text = then.to_string();
        let before = &f.text[..at];
        let line = before.matches('\n').count() as u32 + 1;
        let col = (at - before.rfind('\n').map_or(0, |i| i + 1)) as u32 + 1;
        self.restored += 1;
        self.joined();
        self.jump_to(line, col);
    }

    /// The files changed: the buffer follows.
    fn joined(&mut self) {
        let code = join(&self.files);
        if code != self.code {
            self.code = code;
            self.stale = true;
            self.example = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::Diagnostic;

    use super::{join, split, File, FileAction};
    use crate::state::{Action, Init, State};

    const TWO: &str = "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n-- util/util.go --\npackage util\n\nvar N = 1\n";

    fn state(code: &str) -> State {
        State::new(Init { code: code.into(), ..Init::example(crate::examples::first()) })
    }

    fn files(s: &State) -> Vec<(&str, &str)> {
        s.files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect()
    }

    fn act(s: State, a: FileAction) -> State {
        s.apply(Action::Files(a))
    }

    #[test]
    fn a_plain_program_is_one_file_and_its_text_is_the_buffer() {
        let s = state("package main\n\nfunc main() {}");
        assert!(s.single());
        assert_eq!(files(&s), [("prog.go", "package main\n\nfunc main() {}")]);
        // Edited, the buffer is exactly the editor's text (no newline added).
        let s = s.apply(Action::Edit("package main\n\nfunc main() { }".into()));
        assert_eq!(s.code, "package main\n\nfunc main() { }");
        assert!(s.stale);
    }

    #[test]
    fn a_txtar_buffer_is_split_into_tabs_and_edits_go_to_the_selected_one() {
        let s = state(TWO);
        assert!(!s.single());
        assert_eq!(files(&s), [("prog.go", "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n"), ("util/util.go", "package util\n\nvar N = 1\n")]);
        assert_eq!(s.file().name, "prog.go");
        let s = act(s, FileAction::Select(1));
        assert_eq!(s.file().name, "util/util.go");
        // The text as typed stays the file's text; the buffer is the txtar form.
        let s = s.apply(Action::Edit("package util\n\nvar N = 2".into()));
        assert_eq!(s.file().text, "package util\n\nvar N = 2");
        assert_eq!(s.code, TWO.replace("var N = 1\n", "var N = 2\n"));
        // Selecting a tab that is not there changes nothing.
        assert_eq!(act(s, FileAction::Select(5)).tab, 1);
    }

    #[test]
    fn editor_questions_in_a_tab_are_asked_of_the_buffer_and_answered_in_the_tab() {
        use crate::ide::{Answer, Ask, Query};
        use crate::state::IdeAction;
        let s = act(state(TWO), FileAction::Select(1));
        // "var N" in util/util.go: the buffer holds main's file and the marker line first.
        let start = TWO.find("package util").unwrap() as u32;
        let at = "package util\n\nvar N".len() as u32;
        let s = s.apply(Action::Ide(IdeAction::Ask(Query { ask: Ask::Complete, code: "package util\n\nvar N = 1\n".into(), at }, (0, 0))));
        let (q, _) = s.ide.query.clone().unwrap();
        assert_eq!((q.code.as_str(), q.at), (TWO, start + at));
        let req = s.ide.query_req;
        let s = s.apply(Action::Ide(IdeAction::Answered { req, answer: Answer::Complete { from: start + at - 1, items: vec![] }, ms: 1.0 }));
        assert!(s.ide.popups.completion.is_none(), "no items, no list");
        // The checked text as typed is the buffer with the tab's text.
        assert_eq!(s.buffer_with("package util\n\nvar N = 3\n".into()), TWO.replace("N = 1", "N = 3"));
        // A definition in main's file (buffer line 5) opens its tab at its own line.
        let s = s.apply(Action::Ide(IdeAction::Ask(Query { ask: Ask::Definition, code: String::new(), at: 0 }, (0, 0))));
        let req = s.ide.query_req;
        let s = s.apply(Action::Ide(IdeAction::Answered { req, answer: Answer::Definition(Some((5, 15))), ms: 1.0 }));
        assert_eq!(s.tab, 0);
        assert_eq!(s.jump.map(|j| (j.line, j.col)), Some((5, 15)));
        // One in util/util.go (buffer line 9 is its third line).
        let s = act(s, FileAction::Select(1));
        let s = s.apply(Action::Ide(IdeAction::Ask(Query { ask: Ask::Definition, code: String::new(), at: 0 }, (0, 0))));
        let req = s.ide.query_req;
        let s = s.apply(Action::Ide(IdeAction::Answered { req, answer: Answer::Definition(Some((9, 5))), ms: 1.0 }));
        assert_eq!((s.tab, s.jump.map(|j| (j.line, j.col))), (1, Some((3, 5))));
    }

    #[test]
    fn adding_files_makes_tabs_with_their_package_clause() {
        let s = state("package main\n\nfunc main() {}\n");
        let s = act(s, FileAction::Add("util/util.go".into()));
        assert_eq!(s.tab, 1);
        assert_eq!(s.code, "package main\n\nfunc main() {}\n-- util/util.go --\npackage util\n");
        let s = act(s, FileAction::Add(" go.mod ".into()));
        assert_eq!(s.file().text, "module play.ground\n");
        let s = act(s, FileAction::Add("helper.go".into()));
        assert_eq!(s.file().text, "package main\n");
        let s = act(s, FileAction::Add("notes.txt".into()));
        assert_eq!(s.file().text, "");
        assert_eq!(s.files.len(), 5);
        assert_eq!(s.example, None);
    }

    #[test]
    fn bad_or_taken_names_are_refused_with_a_notice() {
        let s = state(TWO);
        for (name, why) in [("", "A file needs a name"), ("a b.go", "is not a file name"), ("../x.go", "is not a file name"), ("dir/", "is not a file name"), ("util/util.go", "There is a file named util/util.go already.")] {
            let t = act(s.clone(), FileAction::Add(name.into()));
            assert_eq!(t.files, s.files, "{name}");
            assert_eq!(t.code, s.code);
            assert!(t.notice.as_deref().is_some_and(|n| n.contains(why)), "{name}: {:?}", t.notice);
        }
        let t = act(s.clone(), FileAction::Rename(0, "util/util.go".into()));
        assert!(t.notice.is_some());
        assert_eq!(t.files, s.files);
    }

    #[test]
    fn renaming_keeps_the_text_and_rewrites_the_marker() {
        let s = act(state(TWO), FileAction::Rename(1, "util/num.go".into()));
        assert_eq!(s.files[1].name, "util/num.go");
        assert_eq!(s.code, TWO.replace("-- util/util.go --", "-- util/num.go --"));
        // The first file renamed gets a marker of its own.
        let s = act(s, FileAction::Rename(0, "main.go".into()));
        assert!(s.code.starts_with("-- main.go --\npackage main\n"), "{}", s.code);
        assert_eq!(split(&s.code), s.files);
        // Renaming a one-file program gives it a marker too.
        let s = act(state("package main\n"), FileAction::Rename(0, "hello.go".into()));
        assert_eq!((s.single(), s.code.as_str()), (false, "-- hello.go --\npackage main\n"));
    }

    #[test]
    fn deleting_keeps_a_tab_selected_and_at_least_one_file() {
        let s = act(act(state(TWO), FileAction::Add("go.mod".into())), FileAction::Select(2));
        let s = act(s, FileAction::Delete(1));
        assert_eq!(files(&s).iter().map(|f| f.0).collect::<Vec<_>>(), ["prog.go", "go.mod"]);
        assert_eq!(s.file().name, "go.mod", "the selected file stays selected");
        let s = act(s, FileAction::Delete(1));
        assert_eq!(s.tab, 0);
        // Back to one plain file: the buffer is its text again.
        assert!(s.single());
        assert_eq!(s.code, "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n");
        let s = act(s, FileAction::Delete(0));
        assert_eq!(s.files.len(), 1);
    }

    #[test]
    fn a_pasted_txtar_program_becomes_tabs() {
        let s = state("package main\n");
        let s = s.apply(Action::Edit(TWO.into()));
        assert_eq!(files(&s).iter().map(|f| f.0).collect::<Vec<_>>(), ["prog.go", "util/util.go"]);
        assert_eq!((s.tab, s.code.as_str()), (0, TWO));
        // Pasted again over the first tab, with a changed second file: that file is replaced,
        // not doubled.
        let s = s.apply(Action::Edit(TWO.replace("N = 1", "N = 3")));
        assert_eq!(files(&s)[1], ("util/util.go", "package util\n\nvar N = 3\n"));
        assert_eq!(s.files.len(), 2);
        // Text that starts with a marker names the selected file.
        let s = state("package main\n").apply(Action::Edit("-- a.go --\npackage main\n-- b.go --\npackage main\n".into()));
        assert_eq!(files(&s), [("a.go", "package main\n"), ("b.go", "package main\n")]);
    }

    #[test]
    fn a_diagnostic_opens_its_file_at_its_line() {
        let s = state(TWO);
        let s = act(s, FileAction::Open { file: "util/util.go".into(), line: 3, col: 9 });
        assert_eq!(s.tab, 1);
        assert_eq!(s.jump.map(|j| (j.line, j.col)), Some((3, 9)));
        // A one-file program's diagnostics name main.go or prog_test.go: its only tab.
        let s = state("package main\n");
        assert_eq!((s.tab_of("main.go"), s.tab_of("prog_test.go")), (Some(0), Some(0)));
        assert_eq!(state(TWO).tab_of("other.go"), None);
    }

    #[test]
    fn the_editor_gets_the_selected_files_diagnostics() {
        let d = |file: &str, line| Diagnostic { file: file.into(), line, col: 1, message: "m".into() };
        let mut s = act(state(TWO), FileAction::Select(1));
        s.build = Some(crate::state::Build {
            module: None,
            info: None,
            diagnostics: vec![d("prog.go", 1), d("util/util.go", 3)].into(),
            compile_ms: 0.0,
            settings: Default::default(),
            mode: Default::default(),
            exports: false,
            test: None,
        });
        let shown = s.file_diagnostics().unwrap();
        assert_eq!(shown.iter().map(|d| d.line).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn format_applies_to_go_files_only() {
        let s = act(act(state(TWO), FileAction::Add("go.mod".into())), FileAction::Select(2));
        assert!(!s.go_file());
        let s = s.apply(Action::Print(crate::state::PrintAction::Format { code: "module m\n".into(), cursor: 0 }));
        assert_eq!(s.format_req, 0, "go.mod is left as it is");
        assert!(act(s, FileAction::Select(1)).go_file());
    }

    #[test]
    fn each_tab_keeps_its_own_undo_across_switches() {
        let s = state(TWO);
        let s = s.apply(Action::Edit(TWO.split("-- util").next().unwrap().replace("util.N", "util.N + 1")));
        let s = act(s, FileAction::Select(1));
        let s = s.apply(Action::Edit("package util\n\nvar N = 2\n".into()));
        // Back in the first tab, Ctrl+Z undoes its own edit, not the other tab's.
        let s = act(act(s, FileAction::Select(0)), FileAction::Undo);
        assert_eq!(s.code, TWO.replace("var N = 1", "var N = 2"));
        assert_eq!(s.restored, 1, "the editor shows the text even if the page had it");
        assert_eq!(s.jump.map(|j| (j.line, j.col)), Some((5, 29)), "the cursor where the undone text was");
        // Nothing more to undo there; the second tab still has its step.
        let s = act(s, FileAction::Undo);
        assert_eq!(s.code, TWO.replace("var N = 1", "var N = 2"));
        let s = act(act(s, FileAction::Select(1)), FileAction::Undo);
        assert_eq!((s.code.as_str(), s.stale), (TWO, true));
        let s = act(s, FileAction::Redo);
        assert_eq!(s.file().text, "package util\n\nvar N = 2\n");
        // A renamed tab keeps its history; a program from elsewhere starts a new one.
        let s = act(act(s, FileAction::Rename(1, "util/num.go".into())), FileAction::Undo);
        assert_eq!(s.file().text, "package util\n\nvar N = 1\n");
        let s = act(s.apply(Action::LoadExample("abi")), FileAction::Undo);
        assert_eq!(s.code, crate::examples::find("abi").unwrap().code);
    }

    #[test]
    fn join_is_split_reversed() {
        for code in [TWO, "package main\n", "-- a.go --\npackage a\n-- go.mod --\nmodule m\n"] {
            assert_eq!(join(&split(code)), code);
        }
        assert_eq!(join(&[File::new("prog.go".into(), "x".into())]), "x");
    }
}
