//! The page's state and its one reducer. Every change goes through [`State::apply`]; what the
//! browser must do in response (compile, instantiate, make calls) is requested here through
//! counters and queues that hooks watch, so this module is pure and tested natively.

use std::rc::Rc;

use compiler_core::{Diagnostic, Schedule};
use gowasm_meta::{Func, Kind};
use host_shim::calls::{lower_arg, parse_constant, Arg};
use host_shim::format::quote;
use host_shim::module::ModuleInfo;

use crate::console::{Line, LineKind};
use crate::examples::{self, Example};
use crate::session::{Outcome, Status};
use crate::share::Shared;

/// The step budget the page starts with: a runaway loop stops in well under a second.
pub const DEFAULT_BUDGET: Option<u64> = Some(100_000_000);
/// The name the page gives the program; diagnostics in it are shown inline.
pub const FILE_NAME: &str = "main.go";
/// Console lines kept; older ones are dropped so a chatty program cannot slow the page.
const MAX_CONSOLE: usize = 5_000;
const MAX_HISTORY: usize = 200;

/// The compile options the user sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub schedule: Schedule,
    pub step_budget: Option<u64>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { schedule: Schedule::Seed, step_budget: DEFAULT_BUDGET }
    }
}

/// The result of the last compile.
#[derive(Clone, Debug, PartialEq)]
pub struct Build {
    pub module: Option<Rc<[u8]>>,
    pub info: Option<Rc<ModuleInfo>>,
    pub diagnostics: Rc<[Diagnostic]>,
    pub compile_ms: f64,
    pub settings: Settings,
}

/// The module instance the calls go to.
#[derive(Clone, Debug, PartialEq)]
pub enum Instance {
    /// Nothing compiled yet, or the last compile failed.
    None,
    Starting,
    Ready,
    /// Exited or trapped; only a reset (a new instance) helps. The reason is shown.
    Dead(String),
}

/// A finished call, for the history list.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    pub line: String,
    pub result: Option<String>,
    pub ok: bool,
}

/// The tabs under the call form. The timeline view will be one more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Console,
    History,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The next theme of the toggle button.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }
}

/// A request to put the editor's cursor at a place; `seq` makes a repeated click a new request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    pub line: u32,
    pub col: u32,
    pub seq: u64,
}

/// How the page starts: from a share link, the saved program, or the first example.
#[derive(Clone, Debug, PartialEq)]
pub struct Init {
    pub code: String,
    pub calls: String,
    pub example: Option<&'static str>,
    pub settings: Settings,
    pub embed: bool,
    pub theme: Theme,
    pub notice: Option<String>,
}

impl Init {
    pub fn example(ex: &'static Example) -> Init {
        Init { code: ex.code.into(), calls: ex.calls.into(), example: Some(ex.name), settings: Settings::default(), embed: false, theme: Theme::System, notice: None }
    }

    pub fn shared(s: Shared) -> Init {
        let example = examples::EXAMPLES.iter().find(|e| e.code == s.code).map(|e| e.name);
        Init { code: s.code, calls: s.calls, example, settings: Settings { schedule: s.schedule, step_budget: s.step_budget }, embed: false, theme: Theme::System, notice: None }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub code: String,
    /// The example the code came from, while it is unedited.
    pub example: Option<&'static str>,
    pub settings: Settings,
    /// The step budget field as typed, and why it is not a budget.
    pub budget_text: String,
    pub budget_error: Option<String>,
    /// Call lines that "Run all" makes, as in calls.txt.
    pub calls: String,
    pub build: Option<Build>,
    /// The code changed since the last compile.
    pub stale: bool,
    pub instance: Instance,
    pub console: Vec<Line>,
    pub history: Vec<HistoryEntry>,
    pub export: Option<String>,
    pub args: Vec<String>,
    pub arg_errors: Vec<Option<String>>,
    /// Import constants as typed, with their parse errors: (module, name, text, error).
    pub constants: Vec<(String, String, String, Option<String>)>,
    pub notice: Option<String>,
    pub jump: Option<Jump>,
    pub panel: Panel,
    pub theme: Theme,
    pub embed: bool,
    /// Incremented when the code must be compiled (the compile hook watches it).
    pub compile_req: u64,
    /// Incremented when a new instance must be made; results for older ones are dropped.
    pub instance_gen: u64,
    /// Call lines waiting for a ready instance (the call hook runs them).
    pub pending: Vec<String>,
    pub call_req: u64,
}

pub enum Action {
    Edit(String),
    LoadExample(&'static str),
    Compile,
    /// The compile hook's result.
    Compiled { module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64 },
    /// The instantiate hook's result, for instance `gen`.
    Instantiated { gen: u64, outcome: Outcome },
    Reset,
    SetSchedule(Schedule),
    SetBudget(String),
    SelectExport(String),
    SetArg(usize, String),
    /// Calls the selected export with the arguments in the form.
    Call,
    /// Calls a line again (from the history).
    CallLine(String),
    SetCalls(String),
    /// Makes every call in the calls list on the current instance.
    RunCalls,
    /// Compiles, starts a fresh instance and makes every call: the embed mode's Run.
    RunAll,
    /// The call hook's results, for instance `gen`.
    Ran { gen: u64, calls: Vec<(String, Outcome)> },
    SetConstant { module: String, name: String, text: String },
    ClearConsole,
    JumpTo { line: u32, col: u32 },
    DismissNotice,
    SetPanel(Panel),
    SetTheme(Theme),
}

impl State {
    /// The state the page starts in; it asks for a compile at once.
    pub fn new(init: Init) -> State {
        State {
            code: init.code,
            example: init.example,
            budget_text: init.settings.step_budget.map(|b| b.to_string()).unwrap_or_default(),
            budget_error: None,
            settings: init.settings,
            calls: init.calls,
            build: None,
            stale: false,
            instance: Instance::None,
            console: Vec::new(),
            history: Vec::new(),
            export: None,
            args: Vec::new(),
            arg_errors: Vec::new(),
            constants: Vec::new(),
            notice: init.notice,
            jump: None,
            panel: Panel::Console,
            theme: init.theme,
            embed: init.embed,
            compile_req: 1,
            instance_gen: 0,
            pending: Vec::new(),
            call_req: 0,
        }
    }

    /// The module's description, when the last compile produced one.
    pub fn info(&self) -> Option<&Rc<ModuleInfo>> {
        self.build.as_ref().and_then(|b| b.info.as_ref())
    }

    /// The selected export's Go signature.
    pub fn export_func(&self) -> Option<Func> {
        self.info()?.export_func(self.export.as_deref()?)
    }

    /// Constants the host must serve, parsed.
    pub fn bound_constants(&self) -> Vec<(String, String, host_shim::Val)> {
        let Some(info) = self.info() else { return Vec::new() };
        self.constants
            .iter()
            .filter(|c| c.3.is_none() && !c.2.trim().is_empty())
            .filter_map(|(m, n, t, _)| parse_constant(info, m, n, t).ok().map(|v| (m.clone(), n.clone(), v)))
            .collect()
    }

    pub fn shared(&self) -> Shared {
        Shared { code: self.code.clone(), calls: self.calls.clone(), schedule: self.settings.schedule, step_budget: self.settings.step_budget }
    }

    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::Edit(code) => {
                if code != self.code {
                    self.code = code;
                    self.stale = true;
                    self.example = None;
                }
            }
            Action::LoadExample(name) => {
                if let Some(ex) = examples::find(name) {
                    self.code = ex.code.into();
                    self.calls = ex.calls.into();
                    self.example = Some(ex.name);
                    self.console.clear();
                    self.history.clear();
                    self.constants.clear();
                    self.export = None;
                    self.pending.clear();
                    self.note(format!("Example: {}. {}", ex.title, ex.about));
                    self.compile_req += 1;
                }
            }
            Action::Compile => self.compile_req += 1,
            Action::Compiled { module, diagnostics, ms } => self.compiled(module, diagnostics, ms),
            Action::Instantiated { gen, outcome } => {
                if gen == self.instance_gen {
                    self.push_lines(outcome.lines);
                    self.instance = match outcome.status {
                        Status::Dead(why) => Instance::Dead(why),
                        Status::Returned | Status::Refused => Instance::Ready,
                    };
                    self.call_req += 1;
                }
            }
            Action::Reset => {
                if self.build.as_ref().is_some_and(|b| b.module.is_some()) {
                    self.note("Reset: a new instance; _initialize runs again.".into());
                    self.new_instance();
                }
            }
            Action::SetSchedule(s) => {
                if s != self.settings.schedule {
                    self.settings.schedule = s;
                    self.compile_req += 1;
                }
            }
            Action::SetBudget(text) => {
                let t = text.trim().replace('_', "");
                match t.as_str() {
                    "" => {
                        self.budget_error = None;
                        self.set_budget(None);
                    }
                    _ => match t.parse::<u64>() {
                        Ok(n) if n > 0 => {
                            self.budget_error = None;
                            self.set_budget(Some(n));
                        }
                        _ => self.budget_error = Some("a positive whole number of steps, or empty for no limit".into()),
                    },
                }
                self.budget_text = text;
            }
            Action::SelectExport(name) => {
                self.export = Some(name);
                self.fit_args(true);
            }
            Action::SetArg(i, text) => {
                if let Some(a) = self.args.get_mut(i) {
                    *a = text;
                    let err = self.export_func().and_then(|f| f.params.get(i).and_then(|p| check_arg(p, &self.args[i]).err()));
                    if let Some(slot) = self.arg_errors.get_mut(i) {
                        *slot = err;
                    }
                }
            }
            Action::Call => {
                if let Some(line) = self.call_line() {
                    self.queue(vec![line]);
                }
            }
            Action::CallLine(line) => self.queue(vec![line]),
            Action::SetCalls(text) => self.calls = text,
            Action::RunCalls => {
                let lines = host_shim::calls::call_lines(&self.calls);
                if lines.is_empty() {
                    self.note("The calls list is empty.".into());
                } else {
                    self.queue(lines);
                }
            }
            Action::RunAll => {
                self.console.clear();
                self.compile_req += 1;
                self.pending = host_shim::calls::call_lines(&self.calls);
            }
            Action::Ran { gen, calls } => {
                if gen == self.instance_gen {
                    self.ran(calls);
                }
            }
            Action::SetConstant { module, name, text } => self.set_constant(module, name, text),
            Action::ClearConsole => self.console.clear(),
            Action::JumpTo { line, col } => {
                let seq = self.jump.map_or(1, |j| j.seq + 1);
                self.jump = Some(Jump { line, col, seq });
            }
            Action::DismissNotice => self.notice = None,
            Action::SetPanel(p) => self.panel = p,
            Action::SetTheme(t) => self.theme = t,
        }
        self
    }

    fn set_budget(&mut self, b: Option<u64>) {
        if b != self.settings.step_budget {
            self.settings.step_budget = b;
            self.compile_req += 1;
        }
    }

    fn compiled(&mut self, module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64) {
        let info = module.as_deref().map(ModuleInfo::parse);
        let (module, info) = match info {
            Some(Ok(info)) => (module.map(Rc::<[u8]>::from), Some(Rc::new(info))),
            Some(Err(e)) => {
                self.push_lines(vec![Line::new(LineKind::Error, format!("error: the compiler produced a module the host cannot read: {e}"))]);
                (None, None)
            }
            None => (None, None),
        };
        let n = diagnostics.len();
        match &module {
            Some(m) => self.note(format!("Compiled {FILE_NAME} in {ms:.1} ms: {} bytes, schedule {}.", m.len(), self.settings.schedule.as_str())),
            None if n > 0 => self.note(format!("{n} error{} in {ms:.1} ms; see the list below the editor.", if n == 1 { "" } else { "s" })),
            None => {}
        }
        let ok = module.is_some();
        self.build = Some(Build { module, info, diagnostics: diagnostics.into(), compile_ms: ms, settings: self.settings.clone() });
        self.stale = false;
        // Keep the selected export and constants that still exist.
        let callable: Vec<String> = self.info().map(|i| i.callable().iter().map(|s| s.to_string()).collect()).unwrap_or_default();
        if !self.export.as_ref().is_some_and(|e| callable.contains(e)) {
            self.export = callable.first().cloned();
        }
        self.fit_args(false);
        let imports: Vec<(String, String)> = self.info().map(|i| i.imports.iter().map(|i| (i.module.clone(), i.name.clone())).collect()).unwrap_or_default();
        self.constants.retain(|c| imports.contains(&(c.0.clone(), c.1.clone())));
        if ok {
            self.new_instance();
        } else {
            self.instance = Instance::None;
            self.pending.clear();
        }
    }

    fn new_instance(&mut self) {
        self.instance = Instance::Starting;
        self.instance_gen += 1;
    }

    /// One input per parameter of the selected export; `clear` empties them.
    fn fit_args(&mut self, clear: bool) {
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
        for (line, outcome) in calls {
            self.push_lines(outcome.lines);
            let ok = outcome.status == Status::Returned;
            self.history.push(HistoryEntry { line, result: outcome.result, ok });
            if let Status::Dead(why) = outcome.status {
                self.instance = Instance::Dead(why);
            }
        }
        let skipped = self.pending.len().saturating_sub(made);
        self.pending.clear();
        if skipped > 0 {
            self.note(format!("{skipped} later call{} not made.", if skipped == 1 { " was" } else { "s were" }));
        }
        if self.history.len() > MAX_HISTORY {
            self.history.drain(..self.history.len() - MAX_HISTORY);
        }
    }

    fn set_constant(&mut self, module: String, name: String, text: String) {
        let err = match self.info() {
            Some(info) if !text.trim().is_empty() => parse_constant(info, &module, &name, &text).err(),
            _ => None,
        };
        let valid = err.is_none();
        match self.constants.iter_mut().find(|c| c.0 == module && c.1 == name) {
            Some(c) => {
                c.2 = text.clone();
                c.3 = err;
            }
            None => self.constants.push((module.clone(), name.clone(), text.clone(), err)),
        }
        if valid && self.instance != Instance::None {
            let what = if text.trim().is_empty() { "zero values".to_string() } else { text.trim().to_string() };
            self.note(format!("{module}.{name} now returns {what}; reset to a new instance."));
            self.new_instance();
        }
    }

    fn note(&mut self, text: String) {
        self.push_lines(vec![Line::new(LineKind::Info, text)]);
    }

    fn push_lines(&mut self, lines: Vec<Line>) {
        self.console.extend(lines);
        if self.console.len() > MAX_CONSOLE {
            self.console.drain(..self.console.len() - MAX_CONSOLE);
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

#[cfg(test)]
mod tests;
