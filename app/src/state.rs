//! The page's state and its one reducer. Every change goes through [`State::apply`]; what the
//! browser must do in response (compile, instantiate, make calls) is requested here through
//! counters and queues that hooks watch, so this module is pure and tested natively.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use compiler_core::{Diagnostic, Mode, Schedule};
use gowasm_meta::{Func, Kind};
use host_shim::calls::{lower_arg, parse_constant, Arg};
use host_shim::format::quote;
use host_shim::module::ModuleInfo;
use host_shim::trace::TraceEvent;

use crate::console::{Line, LineKind};
use crate::examples::{self, Example};
use crate::session::{Outcome, Status};
use crate::share::Shared;
use crate::timeline::{self, Divergence, Shown, Timeline};

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
    /// Compile with trace events for the timeline; off, the module carries no tracing code.
    pub trace: bool,
    /// How a program with exports is built; one without is always a command.
    pub mode: Mode,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { schedule: Schedule::Seed, step_budget: DEFAULT_BUDGET, trace: false, mode: Mode::Reactor }
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
    /// The mode the module was built in ([`crate::program::mode_for`]).
    pub mode: Mode,
    /// The program declares `//go:wasmexport` functions: the user may choose the mode.
    pub exports: bool,
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

/// The tabs under the call form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Console,
    History,
    Timeline,
}

/// Which timeline an event belongs to: the instance's own, or a side of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Main,
    Seed,
    Go,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Main => "main",
            Side::Seed => "seed",
            Side::Go => "go",
        }
    }

    pub fn parse(s: &str) -> Option<Side> {
        match s {
            "main" => Some(Side::Main),
            "seed" => Some(Side::Seed),
            "go" => Some(Side::Go),
            _ => None,
        }
    }

    /// Both sides of the comparison open and close their calls together, so rows line up.
    fn key(self) -> Side {
        if self == Side::Go {
            Side::Seed
        } else {
            self
        }
    }
}

/// One event of a timeline: its side, its call (group seq) and its index in the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRef {
    pub side: Side,
    pub group: u64,
    pub index: usize,
}

impl EventRef {
    /// Parses the drawing's `data-i` (`seed:3:7`).
    pub fn parse(s: &str) -> Option<EventRef> {
        let mut it = s.split(':');
        let side = Side::parse(it.next()?)?;
        let group = it.next()?.parse().ok()?;
        let index = it.next()?.parse().ok()?;
        Some(EventRef { side, group, index })
    }
}

/// Calls drawn at first (the newest); "show older" adds as many again.
pub const SHOWN_CALLS: usize = 40;
/// The newest calls are drawn open, older ones collapsed to their header.
pub const OPEN_CALLS: usize = 10;

/// How the timelines are shown: which calls are open, how many are drawn, what is selected.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineUi {
    /// Calls whose open/closed state the user flipped from the default.
    pub toggled: BTreeSet<(Side, u64)>,
    /// Rows drawn per call beyond [`timeline::ROW_LIMIT`].
    pub more: BTreeMap<(Side, u64), usize>,
    /// How many of the newest calls are drawn.
    pub shown: usize,
    pub selected: Option<EventRef>,
}

impl Default for TimelineUi {
    fn default() -> TimelineUi {
        TimelineUi { toggled: BTreeSet::new(), more: BTreeMap::new(), shown: SHOWN_CALLS, selected: None }
    }
}

impl TimelineUi {
    /// The calls of `tl` to draw, oldest first; `always_open` is a call index kept open (the
    /// divergence).
    pub fn shown<'a>(&self, side: Side, tl: &'a Timeline, always_open: Option<usize>) -> Vec<Shown<'a>> {
        let n = tl.groups.len();
        let first = n.saturating_sub(self.shown);
        tl.groups[first..]
            .iter()
            .enumerate()
            .map(|(k, g)| {
                let i = first + k;
                let default = i + OPEN_CALLS >= n || always_open == Some(i);
                let key = (side.key(), g.seq);
                let open = default != self.toggled.contains(&key);
                Shown { group: g, open, limit: timeline::ROW_LIMIT + self.more.get(&key).copied().unwrap_or(0), min_height: 0.0 }
            })
            .collect()
    }

    /// The selection as (group, index) when it is on `side`.
    pub fn selected_on(&self, side: Side) -> Option<(u64, usize)> {
        self.selected.filter(|e| e.side == side).map(|e| (e.group, e.index))
    }
}

/// The side-by-side run of the calls list under both schedule models.
#[derive(Clone, Debug)]
pub enum Compare {
    Off,
    Running,
    Done(Rc<Comparison>),
    Failed(String),
}

/// Results compare by identity: equal when they are the same run (cheap for the page's props).
impl PartialEq for Compare {
    fn eq(&self, other: &Compare) -> bool {
        match (self, other) {
            (Compare::Off, Compare::Off) | (Compare::Running, Compare::Running) => true,
            (Compare::Done(a), Compare::Done(b)) => Rc::ptr_eq(a, b),
            (Compare::Failed(a), Compare::Failed(b)) => a == b,
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub seed: Rc<Timeline>,
    pub go: Rc<Timeline>,
    pub diverge: Option<Divergence>,
}

/// The trace of each call of one run: (call line, events).
pub type RunTrace = Vec<(String, Vec<TraceEvent>)>;

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
    /// Constants bound to stub imports (module, name, value), from a share link.
    pub constants: Vec<(String, String, String)>,
    /// What a command reads on standard input.
    pub stdin: String,
}

impl Init {
    pub fn example(ex: &'static Example) -> Init {
        Init { code: ex.code.into(), calls: ex.calls.into(), example: Some(ex.name), settings: Settings::default(), embed: false, theme: Theme::System, notice: None, constants: Vec::new(), stdin: String::new() }
    }

    pub fn shared(s: Shared) -> Init {
        let example = examples::EXAMPLES.iter().find(|e| e.code == s.code).map(|e| e.name);
        let settings = Settings { schedule: s.schedule, step_budget: s.step_budget, trace: s.trace, mode: s.mode };
        Init { code: s.code, calls: s.calls, example, settings, embed: false, theme: Theme::System, notice: None, constants: s.constants, stdin: s.stdin }
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
    /// What a command reads on standard input (given to each new instance).
    pub stdin: String,
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
    /// The trace of the current instance, per call (when compiled with `trace`).
    pub timeline: Rc<Timeline>,
    pub tl: TimelineUi,
    pub compare: Compare,
    /// Incremented when the calls list must be run under both models (the compare hook).
    pub compare_req: u64,
}

pub enum Action {
    Edit(String),
    LoadExample(&'static str),
    Compile,
    /// The compile hook's result: built in `mode` from a program that has `exports` or not.
    Compiled { module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64, mode: Mode, exports: bool },
    /// The instantiate hook's result, for instance `gen`.
    Instantiated { gen: u64, outcome: Outcome },
    /// A new instance: a reactor's `_initialize` runs again, a command's `main` runs again.
    Reset,
    SetSchedule(Schedule),
    /// How to build a program that has exports (recompiles).
    SetMode(Mode),
    SetStdin(String),
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
    /// Turns tracing on or off (recompiles).
    SetTrace(bool),
    /// Turns tracing on, then compiles, starts a fresh instance and makes every call.
    TraceCalls,
    /// Opens or closes a call of a timeline.
    ToggleCall(Side, u64),
    /// Draws more events of a long call.
    MoreEvents(Side, u64),
    /// Draws older calls too.
    OlderCalls,
    ClearTimeline,
    /// Selects an event and moves the editor to its source line.
    SelectEvent(EventRef),
    /// Runs the calls list under `seed` and under `go`, traced, on two new instances.
    Compare,
    /// The compare hook's result for request `req`: each side's trace, or why it failed.
    Compared { req: u64, result: Result<(RunTrace, RunTrace), String> },
    CloseCompare,
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
            stdin: init.stdin,
            build: None,
            stale: false,
            instance: Instance::None,
            console: Vec::new(),
            history: Vec::new(),
            export: None,
            args: Vec::new(),
            arg_errors: Vec::new(),
            // Checked against the module's imports once it is compiled.
            constants: init.constants.into_iter().map(|(m, n, v)| (m, n, v, None)).collect(),
            notice: init.notice,
            jump: None,
            panel: Panel::Console,
            theme: init.theme,
            embed: init.embed,
            compile_req: 1,
            instance_gen: 0,
            pending: Vec::new(),
            call_req: 0,
            timeline: Rc::default(),
            tl: TimelineUi::default(),
            compare: Compare::Off,
            compare_req: 0,
        }
    }

    /// The event an [`EventRef`] points to.
    pub fn event(&self, r: EventRef) -> Option<&TraceEvent> {
        let tl: &Timeline = match (r.side, &self.compare) {
            (Side::Main, _) => &self.timeline,
            (Side::Seed, Compare::Done(c)) => &c.seed,
            (Side::Go, Compare::Done(c)) => &c.go,
            _ => return None,
        };
        tl.group(r.group)?.events.get(r.index)
    }

    /// The source line of the selected event, for the editor to mark.
    pub fn marked_line(&self) -> Option<u32> {
        self.event(self.tl.selected?)?.pos.as_ref().map(|p| p.line)
    }

    /// Whether the current build reports trace events.
    pub fn traced(&self) -> bool {
        self.build.as_ref().is_some_and(|b| b.settings.trace && b.module.is_some())
    }

    /// The mode of the current module, when the last compile produced one.
    pub fn mode(&self) -> Option<Mode> {
        self.build.as_ref().filter(|b| b.module.is_some()).map(|b| b.mode)
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
        Shared {
            code: self.code.clone(),
            calls: self.calls.clone(),
            schedule: self.settings.schedule,
            step_budget: self.settings.step_budget,
            trace: self.settings.trace,
            constants: self.constants.iter().filter(|c| !c.2.trim().is_empty()).map(|c| (c.0.clone(), c.1.clone(), c.2.clone())).collect(),
            mode: self.settings.mode,
            stdin: self.stdin.clone(),
        }
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
            Action::Compiled { module, diagnostics, ms, mode, exports } => self.compiled(module, diagnostics, ms, mode, exports),
            Action::Instantiated { gen, outcome } => {
                if gen == self.instance_gen {
                    let group = if self.mode() == Some(Mode::Command) { timeline::START } else { timeline::INIT };
                    Rc::make_mut(&mut self.timeline).push(group, outcome.trace);
                    self.push_lines(outcome.lines);
                    self.instance = match outcome.status {
                        Status::Dead(why) => {
                            self.pending.clear();
                            Instance::Dead(why)
                        }
                        Status::Returned | Status::Refused => Instance::Ready,
                    };
                    self.call_req += 1;
                }
            }
            Action::Reset => match self.build.as_ref().filter(|b| b.module.is_some()).map(|b| b.mode) {
                Some(Mode::Command) => {
                    self.note("Run again: a new instance; main runs again.".into());
                    self.new_instance();
                }
                Some(Mode::Reactor) => {
                    self.note("Reset: a new instance; _initialize runs again.".into());
                    self.new_instance();
                }
                None => {}
            },
            Action::SetMode(m) => {
                if m != self.settings.mode {
                    self.settings.mode = m;
                    self.compile_req += 1;
                }
            }
            Action::SetStdin(text) => self.stdin = text,
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
            Action::JumpTo { line, col } => self.jump_to(line, col),
            Action::DismissNotice => self.notice = None,
            Action::SetPanel(p) => self.panel = p,
            Action::SetTheme(t) => self.theme = t,
            Action::SetTrace(on) => {
                if on != self.settings.trace {
                    self.settings.trace = on;
                    self.compile_req += 1;
                }
            }
            Action::TraceCalls => {
                self.settings.trace = true;
                self.panel = Panel::Timeline;
                self.console.clear();
                self.compile_req += 1;
                self.pending = host_shim::calls::call_lines(&self.calls);
            }
            Action::ToggleCall(side, seq) => {
                let key = (side.key(), seq);
                if !self.tl.toggled.remove(&key) {
                    self.tl.toggled.insert(key);
                }
            }
            Action::MoreEvents(side, seq) => *self.tl.more.entry((side.key(), seq)).or_default() += 1_000,
            Action::OlderCalls => self.tl.shown += SHOWN_CALLS,
            Action::ClearTimeline => {
                Rc::make_mut(&mut self.timeline).clear();
                self.tl = TimelineUi::default();
            }
            Action::SelectEvent(r) => {
                if let Some(line) = self.event(r).and_then(|e| e.pos.as_ref()).map(|p| p.line) {
                    self.jump_to(line, 1);
                }
                self.tl.selected = Some(r);
            }
            Action::Compare => {
                if host_shim::calls::call_lines(&self.calls).is_empty() {
                    self.note("The calls list is empty: nothing to compare.".into());
                } else {
                    self.compare = Compare::Running;
                    self.compare_req += 1;
                    self.tl.toggled.retain(|k| k.0 == Side::Main);
                    self.tl.more.retain(|k, _| k.0 == Side::Main);
                }
            }
            Action::Compared { req, result } => {
                if req == self.compare_req && self.compare == Compare::Running {
                    self.compare = match result {
                        Ok((seed, go)) => {
                            let side = |run: RunTrace| {
                                let mut t = Timeline::default();
                                for (line, events) in run {
                                    t.push(&line, events);
                                }
                                t
                            };
                            let (seed, go) = (side(seed), side(go));
                            let diverge = timeline::diverge(&seed, &go);
                            Compare::Done(Rc::new(Comparison { seed: Rc::new(seed), go: Rc::new(go), diverge }))
                        }
                        Err(e) => Compare::Failed(e),
                    };
                }
            }
            Action::CloseCompare => {
                self.compare = Compare::Off;
                if self.tl.selected.is_some_and(|e| e.side != Side::Main) {
                    self.tl.selected = None;
                }
            }
        }
        self
    }

    fn jump_to(&mut self, line: u32, col: u32) {
        let seq = self.jump.map_or(1, |j| j.seq + 1);
        self.jump = Some(Jump { line, col, seq });
    }

    fn set_budget(&mut self, b: Option<u64>) {
        if b != self.settings.step_budget {
            self.settings.step_budget = b;
            self.compile_req += 1;
        }
    }

    fn compiled(&mut self, module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64, mode: Mode, exports: bool) {
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
            Some(m) => self.note(format!(
                "Compiled {FILE_NAME} in {} ms: {} bytes, schedule {}{}, {}.",
                tenths(ms),
                m.len(),
                self.settings.schedule.as_str(),
                if self.settings.trace { ", traced" } else { "" },
                match mode {
                    Mode::Command => "a command: main runs",
                    Mode::Reactor => "a reactor: main does not run",
                }
            )),
            None if n > 0 => self.note(format!("{n} error{} in {} ms; see the list below the editor.", if n == 1 { "" } else { "s" }, tenths(ms))),
            None => {}
        }
        let ok = module.is_some();
        self.build = Some(Build { module, info, diagnostics: diagnostics.into(), compile_ms: ms, settings: self.settings.clone(), mode, exports });
        self.stale = false;
        // Keep the selected export and constants that still exist.
        let callable: Vec<String> = self.info().map(|i| i.callable().iter().map(|s| s.to_string()).collect()).unwrap_or_default();
        if !self.export.as_ref().is_some_and(|e| callable.contains(e)) {
            self.export = callable.first().cloned();
        }
        self.fit_args(false);
        let imports: Vec<(String, String)> = self.info().map(|i| i.imports.iter().map(|i| (i.module.clone(), i.name.clone())).collect()).unwrap_or_default();
        self.constants.retain(|c| imports.contains(&(c.0.clone(), c.1.clone())));
        // Constants from a share link arrive before the module that says their types.
        if let Some(info) = self.build.as_ref().and_then(|b| b.info.clone()) {
            for c in &mut self.constants {
                c.3 = if c.2.trim().is_empty() { None } else { parse_constant(&info, &c.0, &c.1, &c.2).err() };
            }
        }
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
        // A new instance numbers its goroutines afresh: its timeline starts empty.
        Rc::make_mut(&mut self.timeline).clear();
        self.tl = TimelineUi::default();
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
        let traced = self.traced();
        for (line, outcome) in calls {
            if traced && !(outcome.trace.is_empty() && outcome.status == Status::Refused) {
                Rc::make_mut(&mut self.timeline).push(&line, outcome.trace);
            }
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

/// Milliseconds with one decimal, e.g. `16.1`. Formatting an `f64` with a precision pulls
/// in core's exact float printing, whose cold code cost tens of ms on the page's first load.
pub fn tenths(ms: f64) -> String {
    let t = (ms * 10.0).round() as u64;
    format!("{}.{}", t / 10, t % 10)
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
