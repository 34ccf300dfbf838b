//! The open lesson: fetching it (the lesson hook fetches, the answer comes back as an
//! action), its hints, Check (compile, run the hidden checks on a fresh instance, then the
//! verdict) and the progress the lesson hook keeps in localStorage.

use std::rc::Rc;

use super::{Instance, State};
use crate::console::{Line, LineKind};
use crate::lesson::{self, Lesson, Run, Source};

/// Lessons as the page has them: the open one, one being fetched, those passed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lessons {
    pub open: Option<Open>,
    /// The lesson to fetch and its request number (the lesson hook watches it).
    pub fetch: Option<(u64, Source)>,
    /// Keys of the lessons passed in this browser.
    pub passed: Vec<String>,
}

/// The lesson being worked on.
#[derive(Clone, Debug, PartialEq)]
pub struct Open {
    pub source: Source,
    pub lesson: Rc<Lesson>,
    /// How many hints are shown.
    pub hints: usize,
    pub status: Verdict,
    /// Its checks passed once (kept with the code).
    pub passed: bool,
}

/// Where the last Check stands; `lesson-status`'s `data-state`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    NotChecked,
    Checking,
    Pass(String),
    Fail(String),
}

impl Verdict {
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::NotChecked => "idle",
            Verdict::Checking => "checking",
            Verdict::Pass(_) => "pass",
            Verdict::Fail(_) => "fail",
        }
    }
}

/// A lesson's progress as saved: the learner's code, whether it passed, hints shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub code: String,
    pub passed: bool,
    pub hints: usize,
}

impl Progress {
    /// `passed hints` on the first line, then the code.
    pub fn to_text(&self) -> String {
        format!("{} {}\n{}", u8::from(self.passed), self.hints, self.code)
    }

    pub fn from_text(text: &str) -> Option<Progress> {
        let (head, code) = text.split_once('\n')?;
        let (passed, hints) = head.split_once(' ')?;
        Some(Progress { code: code.to_string(), passed: passed == "1", hints: hints.parse().ok()? })
    }
}

pub enum LessonAction {
    /// Opens a lesson: the lesson hook fetches it.
    Open(Source),
    /// The answer to fetch `req`: the file's text and the progress saved for it.
    Loaded { req: u64, text: String, saved: Option<Progress> },
    /// Fetch `req` failed.
    LoadFailed { req: u64, error: String },
    /// Shows the next hint.
    Hint,
    /// Compiles the code and runs the lesson's checks on a fresh instance.
    Check,
    /// Puts the starting code back.
    StartOver,
    /// Leaves the lesson; the code stays in the editor.
    Close,
    /// An edit was refused: it would have changed a read-only region.
    Refused,
}

impl State {
    pub(super) fn apply_lesson(&mut self, action: LessonAction) {
        match action {
            LessonAction::Open(source) => {
                let req = self.lessons.fetch.as_ref().map_or(1, |f| f.0 + 1);
                self.lessons.fetch = Some((req, source));
            }
            LessonAction::Loaded { req, text, saved } => {
                let Some((_, source)) = self.lessons.fetch.take_if(|f| f.0 == req) else { return };
                match lesson::parse(&text) {
                    Ok(l) => self.open_lesson(source, l, saved),
                    Err(e) => self.notice = Some(format!("The lesson {} cannot be opened: {e}.", source.href())),
                }
            }
            LessonAction::LoadFailed { req, error } => {
                if let Some((_, source)) = self.lessons.fetch.take_if(|f| f.0 == req) {
                    self.notice = Some(format!("The lesson {} cannot be fetched: {error}.", source.href()));
                }
            }
            LessonAction::Hint => {
                if let Some(o) = &mut self.lessons.open {
                    o.hints = (o.hints + 1).min(o.lesson.hints.len());
                }
            }
            LessonAction::Check => self.check_lesson(),
            LessonAction::StartOver => {
                if let Some(o) = &mut self.lessons.open {
                    o.status = Verdict::NotChecked;
                    let starter = o.lesson.starter.clone();
                    self.set_code(starter);
                    self.stale = true;
                    self.compile_req += 1;
                }
            }
            LessonAction::Close => self.lessons.open = None,
            LessonAction::Refused => {
                if self.lessons.open.is_some() {
                    self.notice = Some("That edit was refused: the shaded lines are read-only in this lesson.".into());
                }
            }
        }
    }

    fn open_lesson(&mut self, source: Source, l: Lesson, saved: Option<Progress>) {
        let saved = saved.filter(|p| !p.code.is_empty());
        self.set_code(saved.as_ref().map_or_else(|| l.starter.clone(), |p| p.code.clone()));
        // The checks' calls without their expected results, to try out.
        self.calls = l.checks.iter().map(|c| format!("{}\n", c.split_once("=>").map_or(c.as_str(), |(call, _)| call.trim()))).collect();
        if let Some(s) = l.schedule {
            self.settings.schedule = s;
        }
        self.settings.trace = l.trace;
        self.example = None;
        self.export = None;
        self.constants.clear();
        self.history.clear();
        self.console.clear();
        self.pending.clear();
        self.notice = None;
        self.note(format!("Lesson: {}. Press Check when you are done.", l.title));
        let passed = saved.as_ref().is_some_and(|p| p.passed);
        let hints = saved.map_or(0, |p| p.hints).min(l.hints.len());
        self.lessons.open = Some(Open { source, lesson: Rc::new(l), hints, status: Verdict::NotChecked, passed });
        self.compile_req += 1;
    }

    fn check_lesson(&mut self) {
        let Some(o) = &mut self.lessons.open else { return };
        o.status = Verdict::Checking;
        if let Some(s) = o.lesson.schedule {
            self.settings.schedule = s;
        }
        self.pending = o.lesson.checks.clone();
        self.console.clear();
        self.history.clear();
        self.checked = (0, 0);
        self.compile_req += 1;
    }

    /// Once a Check's compile, instance and calls are done, the verdict.
    pub(super) fn settle_lesson(&mut self) {
        if !self.lessons.open.as_ref().is_some_and(|o| o.status == Verdict::Checking) {
            return;
        }
        let Some(build) = self.build.as_ref().filter(|_| self.compiled_req >= self.compile_req) else { return };
        let done = build.module.is_none() || matches!(self.instance, Instance::Dead(_)) || (self.instance == Instance::Ready && self.pending.is_empty() && self.calling.is_empty());
        if !done {
            return;
        }
        let calls: Vec<(String, Option<String>, bool)> = self.history.iter().map(|h| (h.line.clone(), h.result.clone(), h.ok)).collect();
        let info = build.info.clone();
        let diagnostics = build.diagnostics.clone();
        let Some(o) = &mut self.lessons.open else { return };
        let run = Run { diagnostics: &diagnostics, calls: &calls, console: &self.console, info: info.as_deref() };
        o.status = match lesson::verdict(&o.lesson, &self.code, &run) {
            Ok(why) => {
                o.passed = true;
                let key = o.source.key();
                if !self.lessons.passed.contains(&key) {
                    self.lessons.passed.push(key);
                }
                Verdict::Pass(why)
            }
            Err(why) => Verdict::Fail(why),
        };
        let line = match &o.status {
            Verdict::Pass(why) => Line::new(LineKind::Info, format!("Check passed. {why}")),
            Verdict::Fail(why) => Line::new(LineKind::Mismatch, format!("Check failed: {why}")),
            _ => return,
        };
        self.push_lines(vec![line]);
    }
}
