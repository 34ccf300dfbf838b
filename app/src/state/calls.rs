//! Calling exports: the call form (one checked input per parameter), the calls list, the
//! pending calls the call hook sends to the worker, their results and history, and the
//! constants bound to stub imports.

use std::rc::Rc;

use gowasm_meta::Kind;
use host_shim::calls::{check_summary, lower_arg, parse_constant, Arg, Call};
use host_shim::format::quote;

use super::{Instance, State};
use crate::console::{Line, LineKind};
use crate::session::{Outcome, Status};

const MAX_HISTORY: usize = 200;

/// A finished call, for the history list.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    pub line: String,
    pub result: Option<String>,
    pub ok: bool,
}

pub enum CallAction {
    SelectExport(String),
    SetArg(usize, String),
    /// Calls the selected export with the arguments in the form.
    Call,
    /// Calls a line again (from the history).
    CallLine(String),
    SetCalls(String),
    /// Makes every call in the calls list on the current instance.
    RunCalls,
    /// The call hook sent the first `n` pending lines to the worker.
    Sent(usize),
    /// The worker's results, for instance `gen`.
    Ran { gen: u64, calls: Vec<(String, Outcome)> },
    /// An import's constant as it is being typed: kept so a render meanwhile shows it.
    TypeConstant { module: String, name: String, text: String },
    /// An import's constant as committed (on change): checked, and a new instance uses it.
    SetConstant { module: String, name: String, text: String },
}

impl State {
    pub(super) fn apply_call(&mut self, action: CallAction) {
        match action {
            CallAction::SelectExport(name) => {
                self.export = Some(name);
                self.fit_args(true);
            }
            CallAction::SetArg(i, text) => {
                if let Some(a) = self.args.get_mut(i) {
                    *a = text;
                    let err = self.export_func().and_then(|f| f.params.get(i).and_then(|p| check_arg(p, &self.args[i]).err()));
                    if let Some(slot) = self.arg_errors.get_mut(i) {
                        *slot = err;
                    }
                }
            }
            CallAction::Call => {
                if let Some(line) = self.call_line() {
                    self.queue(vec![line]);
                }
            }
            CallAction::CallLine(line) => self.queue(vec![line]),
            CallAction::SetCalls(text) => self.calls = text,
            CallAction::RunCalls => {
                let lines = host_shim::calls::call_lines(&self.calls);
                if lines.is_empty() {
                    self.note("The calls list is empty.".into());
                } else {
                    self.queue(lines);
                }
            }
            CallAction::Sent(n) => {
                let n = n.min(self.pending.len());
                self.calling.extend(self.pending.drain(..n));
            }
            CallAction::Ran { gen, calls } => {
                if gen == self.instance_gen {
                    self.ran(calls);
                }
            }
            CallAction::TypeConstant { module, name, text } => self.constant_mut(&module, &name).2 = text,
            CallAction::SetConstant { module, name, text } => self.set_constant(module, name, text),
        }
    }

    /// One input per parameter of the selected export; `clear` empties them.
    pub(super) fn fit_args(&mut self, clear: bool) {
        let n = self.export_func().map_or(0, |f| f.params.len());
        if clear {
            self.args.clear();
        }
        self.args.resize(n, String::new());
        self.arg_errors = vec![None; n];
    }

    /// The call line for the form, or `None` after marking what is wrong with it.
    fn call_line(&mut self) -> Option<String> {
        let Some(func) = self.export_func() else {
            self.note("Nothing to call: compile a program that has a go:wasmexport function.".into());
            return None;
        };
        let mut line = func.name.clone();
        let mut ok = true;
        for (i, p) in func.params.iter().enumerate() {
            let text = self.args.get(i).cloned().unwrap_or_default();
            match check_arg(p, &text) {
                Ok(word) => {
                    line.push(' ');
                    line.push_str(&word);
                }
                Err(e) => {
                    ok = false;
                    if let Some(slot) = self.arg_errors.get_mut(i) {
                        *slot = Some(e);
                    }
                }
            }
        }
        ok.then_some(line)
    }

    fn queue(&mut self, lines: Vec<String>) {
        match &self.instance {
            Instance::Dead(why) => {
                let msg = format!("No call made: {why}. Press Reset to start a new instance.");
                self.push_lines(vec![Line::new(LineKind::Error, msg)]);
            }
            Instance::None => self.note("No call made: the program has not compiled.".into()),
            Instance::Ready | Instance::Starting => {
                self.pending.extend(lines);
                self.call_req += 1;
            }
        }
    }

    fn ran(&mut self, calls: Vec<(String, Outcome)>) {
        let made = calls.len();
        let traced = self.traced();
        for (line, outcome) in calls {
            if traced && !(outcome.trace.is_empty() && outcome.status == Status::Refused) {
                Rc::make_mut(&mut self.timeline).push(&line, outcome.trace);
            }
            let ok = outcome.status == Status::Returned;
            // A checked call passes when it returned the expected result (its console lines
            // may have streamed in already).
            let want = self.info().and_then(|info| Call::prepare(info, &line).ok()).and_then(|c| c.expect);
            if let Some(want) = want {
                let passed = ok && outcome.result.as_deref() == Some(want.as_str());
                let (p, f) = &mut self.checked;
                *if passed { p } else { f } += 1;
            }
            self.push_lines(outcome.lines);
            self.history.push(HistoryEntry { line, result: outcome.result, ok });
            if let Status::Dead(why) = outcome.status {
                self.instance = Instance::Dead(why);
            }
        }
        let dead = matches!(self.instance, Instance::Dead(_));
        let skipped = self.calling.len().saturating_sub(made) + if dead { self.pending.len() } else { 0 };
        self.calling.clear();
        if dead {
            self.pending.clear();
        } else if !self.pending.is_empty() {
            // Queued while these ran: the call hook sends them next.
            self.call_req += 1;
        }
        if skipped > 0 {
            self.note(format!("{skipped} later call{} not made.", if skipped == 1 { " was" } else { "s were" }));
        }
        if self.pending.is_empty() && self.checked != (0, 0) {
            let (passed, failed) = std::mem::take(&mut self.checked);
            let kind = if failed > 0 { LineKind::Mismatch } else { LineKind::Info };
            self.push_lines(vec![Line::new(kind, check_summary(passed, failed))]);
        }
        if self.history.len() > MAX_HISTORY {
            self.history.drain(..self.history.len() - MAX_HISTORY);
        }
    }

    /// The constants list's entry for import `module.name`, added empty if it has none.
    fn constant_mut(&mut self, module: &str, name: &str) -> &mut (String, String, String, Option<String>) {
        let i = match self.constants.iter().position(|c| c.0 == module && c.1 == name) {
            Some(i) => i,
            None => {
                self.constants.push((module.to_string(), name.to_string(), String::new(), None));
                self.constants.len() - 1
            }
        };
        &mut self.constants[i]
    }

    fn set_constant(&mut self, module: String, name: String, text: String) {
        let err = match self.info() {
            Some(info) if !text.trim().is_empty() => parse_constant(info, &module, &name, &text).err(),
            _ => None,
        };
        let valid = err.is_none();
        let c = self.constant_mut(&module, &name);
        c.2 = text.clone();
        c.3 = err;
        if valid && self.instance != Instance::None {
            let what = if text.trim().is_empty() { "zero values".to_string() } else { text.trim().to_string() };
            self.note(format!("{module}.{name} now returns {what}; reset to a new instance."));
            self.new_instance();
        }
    }
}

/// Checks a form input for parameter `p`: the word of the call line, or why it does not fit.
/// Strings are typed as they are; the call line quotes them.
pub fn check_arg(p: &gowasm_meta::Param, text: &str) -> Result<String, String> {
    if p.kind == Kind::String {
        return Ok(quote(text.as_bytes()));
    }
    let word = text.trim();
    if word.is_empty() {
        return Err(format!("enter a {}", p.ty));
    }
    if word.contains(char::is_whitespace) {
        return Err(format!("{word} is not a {}", p.ty));
    }
    lower_arg(p, &Arg::Word(word.to_string())).map(|_| word.to_string())
}
