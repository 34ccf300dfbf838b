//! The page's state and its one reducer. Every change goes through [`State::apply`], which
//! hands each area's actions to its sub-reducer (`settings`, `calls`, `timeline`; `build` for
//! the module's life, Stop included); what the worker must do in response (compile,
//! instantiate, make calls, restart) is requested through counters and queues that the hooks
//! watch, and the worker's answers come back as actions ([`Action::from_reply`]), so this
//! module is pure and tested natively.

mod build;
mod calls;
mod ide;
mod files;
mod lesson;
mod printing;
mod settings;
mod timeline;
mod undo;

use std::rc::Rc;

use compiler_core::{Diagnostic, Mode};
use gowasm_meta::Func;
use host_shim::calls::parse_constant;
use host_shim::module::ModuleInfo;

use crate::console::{Line, LineKind};
use crate::examples::{self, Example};
use crate::session::Outcome;
use crate::share::Shared;
use crate::timeline::Timeline;
use crate::wire::Reply;

pub use calls::{CallAction, HistoryEntry};
pub use ide::{Ide, IdeAction, Insert, Popups};
pub use files::{File, FileAction};
pub use lesson::{LessonAction, Lessons, Open, Progress, Verdict};
pub use printing::{Formatted, PrintAction};
pub use settings::{Settings, SettingsAction, Theme, DEFAULT_BUDGET};
pub use timeline::{Compare, Comparison, EventRef, RunTrace, Side, TimelineAction, TimelineUi, SHOWN_CALLS};

/// The name the page gives the program; diagnostics in it are shown inline.
pub const FILE_NAME: &str = "main.go";
/// Console lines kept; older ones are dropped so a chatty program cannot slow the page.
const MAX_CONSOLE: usize = 5_000;

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
    /// The package whose tests the module runs, when it is a test binary.
    pub test: Option<String>,
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

/// The tabs under the call form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Console,
    History,
    Timeline,
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
    /// A lesson to open (`#lesson=NAME`, `#lesson-url=PATH`).
    pub lesson: Option<crate::lesson::Source>,
    /// Keys of the lessons passed in this browser.
    pub lessons_passed: Vec<String>,
    /// The embed shows only the output, of a run made at once (`embed=output`).
    pub embed_output: bool,
}

impl Init {
    pub fn example(ex: &'static Example) -> Init {
        Init { code: ex.code.into(), calls: ex.calls.into(), example: Some(ex.name), settings: Settings::default(), embed: false, theme: Theme::System, notice: None, constants: Vec::new(), stdin: String::new(), lesson: None, lessons_passed: Vec::new(), embed_output: false }
    }

    pub fn shared(s: Shared) -> Init {
        let example = examples::EXAMPLES.iter().find(|e| e.code == s.code).map(|e| e.name);
        let settings = Settings { schedule: s.schedule, step_budget: s.step_budget, trace: s.trace, mode: s.mode };
        Init { code: s.code, calls: s.calls, example, settings, embed: false, theme: Theme::System, notice: None, constants: s.constants, stdin: s.stdin, lesson: None, lessons_passed: Vec::new(), embed_output: false }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The program: the compiler's buffer, in txtar form when it has several files.
    pub code: String,
    /// `code` as files, and the selected one's index (`files.rs`).
    pub files: Vec<File>,
    pub tab: usize,
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
    /// Incremented when undo or redo sets the selected file's text: the editor shows it even
    /// when it is the text the page last had (typing not taken yet was undone).
    pub restored: u64,
    pub panel: Panel,
    pub theme: Theme,
    pub embed: bool,
    /// The embed shows only the output (`embed=output`).
    pub embed_output: bool,
    pub lessons: Lessons,
    /// Incremented when the code must be compiled (the compile hook watches it).
    pub compile_req: u64,
    /// The last compile request answered (or abandoned by Stop): below `compile_req`, a
    /// compile is under way.
    pub compiled_req: u64,
    /// Incremented when Stop ends what runs: the worker hook terminates the worker and starts
    /// a fresh one.
    pub stop_req: u64,
    /// Incremented when a new instance must be made; results for older ones are dropped.
    pub instance_gen: u64,
    /// Call lines waiting for a ready instance (the call hook sends them to the worker).
    pub pending: Vec<String>,
    /// Call lines the worker is making, until it answers.
    pub calling: Vec<String>,
    /// Checked calls (`add 2 3 => 5`) of the calls being made that passed and failed, until
    /// the last one ends and the console gets their summary.
    pub checked: (usize, usize),
    pub call_req: u64,
    /// The trace of the current instance, per call (when compiled with `trace`).
    pub timeline: Rc<Timeline>,
    pub tl: TimelineUi,
    pub compare: Compare,
    /// Incremented when the calls list must be run under both models (the compare hook).
    pub compare_req: u64,
    /// The worker has parsed and checked what most programs import.
    pub warm: bool,
    /// Incremented when the editor's text must be formatted (the printing hook sends
    /// `format_src`, the text and cursor, to the worker).
    pub format_req: u64,
    pub format_src: Option<(String, u32)>,
    /// The last formatting answer, for the editor to apply.
    pub formatted: Option<Rc<Formatted>>,
    /// The WAT box is open.
    pub wat_open: bool,
    /// Incremented when the module's WAT must be printed (the printing hook sends it).
    pub wat_req: u64,
    /// A WAT request for the current module is unanswered.
    pub wat_pending: bool,
    /// The current module's WAT, once printed.
    pub wat: Option<Rc<str>>,
    /// The editor's knowledge of Go: diagnostics as typed, popups, questions (`ide.rs`).
    pub ide: Ide,
}

pub enum Action {
    /// The editor's text, the selected file's.
    Edit(String),
    LoadExample(&'static str),
    Compile,
    /// The answer to compile request `req`: built in `mode` from a program that has
    /// `exports` or not; `test` names the package of a test binary.
    Compiled { req: u64, module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64, mode: Mode, exports: bool, test: Option<String> },
    /// Instance `gen` is made; its `_initialize` or `main` ended as `outcome` says.
    Instantiated { gen: u64, outcome: Outcome },
    /// Console lines of instance `gen`'s running call, as the worker sends them.
    Output { gen: u64, lines: Vec<Line> },
    /// Ends what runs at once (compile, `main`, calls, comparison): the worker is replaced.
    Stop,
    /// The worker finished its idle warm-up.
    Warm,
    /// A new instance: a reactor's `_initialize` runs again, a command's `main` runs again.
    Reset,
    /// Compiles, starts a fresh instance and makes every call: the embed mode's Run.
    RunAll,
    /// Turns tracing on, then compiles, starts a fresh instance and makes every call.
    TraceCalls,
    SetStdin(String),
    ClearConsole,
    DismissNotice,
    SetPanel(Panel),
    Settings(SettingsAction),
    Calls(CallAction),
    Timeline(TimelineAction),
    Print(PrintAction),
    Ide(IdeAction),
    Files(FileAction),
    Lesson(LessonAction),
}

impl State {
    /// The state the page starts in; it asks for a compile at once.
    pub fn new(init: Init) -> State {
        // An output-only embed runs its calls as soon as the instance is ready.
        let pending = if init.embed_output { host_shim::calls::call_lines(&init.calls) } else { Vec::new() };
        let fetch = init.lesson.map(|s| (1, s));
        State {
            files: files::split(&init.code),
            tab: 0,
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
            restored: 0,
            panel: Panel::Console,
            theme: init.theme,
            embed: init.embed,
            embed_output: init.embed_output,
            lessons: Lessons { open: None, fetch, passed: init.lessons_passed },
            compile_req: 1,
            compiled_req: 0,
            stop_req: 0,
            instance_gen: 0,
            pending,
            calling: Vec::new(),
            checked: (0, 0),
            call_req: 0,
            timeline: Rc::default(),
            tl: TimelineUi::default(),
            compare: Compare::Off,
            compare_req: 0,
            warm: false,
            format_req: 0,
            format_src: None,
            formatted: None,
            wat_open: false,
            wat_req: 0,
            wat_pending: false,
            wat: None,
            ide: Ide::default(),
        }
    }


    /// Whether something runs in the worker: a compile, `_initialize` or `main`, calls, a
    /// comparison. Stop is enabled then.
    pub fn running(&self) -> bool {
        self.compiled_req < self.compile_req || self.instance == Instance::Starting || !self.calling.is_empty() || self.compare == Compare::Running
    }

    /// Whether the page is ready: the program compiled (no compile under way) and its
    /// instance made (`<div class="app" data-ready="true">`).
    pub fn ready(&self) -> bool {
        self.build.is_some() && self.compiled_req >= self.compile_req && self.instance != Instance::Starting
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
            Action::Edit(text) => {
                if text != self.file().text {
                    self.edit(text);
                }
            }
            Action::LoadExample(name) => {
                if let Some(ex) = examples::find(name) {
                    self.set_code(ex.code.into());
                    self.calls = ex.calls.into();
                    self.example = Some(ex.name);
                    self.console.clear();
                    self.history.clear();
                    self.constants.clear();
                    self.export = None;
                    self.pending.clear();
                    self.lessons.open = None;
                    self.note(format!("Example: {}. {}", ex.title, ex.about));
                    self.compile_req += 1;
                }
            }
            Action::Compile => self.compile_req += 1,
            Action::Compiled { req, module, diagnostics, ms, mode, exports, test } => {
                // An answer older than one already applied is dropped. (Answers to a compile
                // Stop abandoned never come: the worker that would send them is gone.)
                if req >= self.compiled_req {
                    self.compiled_req = req;
                    self.ide.live = None;
                    self.compiled(module, diagnostics, ms, mode, exports, test);
                }
            }
            Action::Instantiated { gen, outcome } => self.instantiated(gen, outcome),
            Action::Output { gen, lines } => {
                if gen == self.instance_gen {
                    self.push_lines(lines);
                }
            }
            Action::Stop => self.stop(),
            Action::Warm => self.warm = true,
            Action::Reset => self.reset(),
            Action::RunAll => {
                self.console.clear();
                self.compile_req += 1;
                self.pending = host_shim::calls::call_lines(&self.calls);
            }
            Action::TraceCalls => {
                self.settings.trace = true;
                self.panel = Panel::Timeline;
                self.console.clear();
                self.compile_req += 1;
                self.pending = host_shim::calls::call_lines(&self.calls);
            }
            Action::SetStdin(text) => self.stdin = text,
            Action::ClearConsole => self.console.clear(),
            Action::DismissNotice => self.notice = None,
            Action::SetPanel(p) => self.panel = p,
            Action::Settings(a) => self.apply_settings(a),
            Action::Calls(a) => self.apply_call(a),
            Action::Timeline(a) => self.apply_timeline(a),
            Action::Print(a) => self.apply_print(a),
            Action::Ide(a) => self.apply_ide(a),
            Action::Files(a) => self.apply_files(a),
            Action::Lesson(a) => self.apply_lesson(a),
        }
        self.settle_lesson();
        self
    }

    fn jump_to(&mut self, line: u32, col: u32) {
        let seq = self.jump.map_or(1, |j| j.seq + 1);
        self.jump = Some(Jump { line, col, seq });
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

impl Action {
    /// The action a worker's answer is; `None` for what only the worker's bridge handles.
    pub fn from_reply(r: Reply) -> Option<Action> {
        Some(match r {
            Reply::Compiled { req, module, diagnostics, ms, mode, exports, test } => Action::Compiled { req, module, diagnostics, ms, mode, exports, test },
            Reply::Output { gen, lines } => Action::Output { gen, lines },
            Reply::Started { gen, outcome } => Action::Instantiated { gen, outcome },
            Reply::Ran { gen, calls } => Action::Calls(CallAction::Ran { gen, calls }),
            Reply::Compared { req, result } => Action::Timeline(TimelineAction::Compared { req, result }),
            Reply::Warm => Action::Warm,
            Reply::Formatted { req, result } => Action::Print(PrintAction::Formatted { req, result }),
            Reply::Wat { req, text } => Action::Print(PrintAction::Wat { req, text }),
            Reply::Checked { diagnostics, ms } => Action::Ide(IdeAction::Checked { diagnostics, ms }),
            Reply::Answer { req, answer, ms } => Action::Ide(IdeAction::Answered { req, answer, ms }),
            Reply::Loaded => return None,
        })
    }
}

/// Milliseconds with one decimal, e.g. `16.1`. Formatting an `f64` with a precision pulls
/// in core's exact float printing, whose cold code cost tens of ms on the page's first load.
pub fn tenths(ms: f64) -> String {
    let t = (ms * 10.0).round() as u64;
    format!("{}.{}", t / 10, t % 10)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod lesson_tests;
