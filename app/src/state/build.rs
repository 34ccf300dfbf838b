//! The module's life: a compile's result, new instances, how `_initialize` or a command's
//! `_start` ended, and Stop.

use std::rc::Rc;

use compiler_core::{Diagnostic, Mode};
use host_shim::calls::parse_constant;
use host_shim::module::ModuleInfo;

use super::{tenths, Build, Compare, Instance, State, FILE_NAME};
use crate::console::{Line, LineKind};
use crate::session::{Outcome, Status};
use crate::timeline;

use super::timeline::TimelineUi;

impl State {
    pub(super) fn compiled(&mut self, module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64, mode: Mode, exports: bool, test: Option<String>) {
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
                "Compiled {} in {} ms: {} bytes, schedule {}{}, {}.",
                if self.single() { FILE_NAME.to_string() } else { format!("{} files", self.files.len()) },
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
        self.build = Some(Build { module, info, diagnostics: diagnostics.into(), compile_ms: ms, settings: self.settings.clone(), mode, exports, test });
        self.module_changed();
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

    pub(super) fn new_instance(&mut self) {
        self.instance = Instance::Starting;
        self.instance_gen += 1;
        // Calls on the old instance are abandoned: their answers carry the old generation.
        self.calling.clear();
        self.checked = (0, 0);
        // A new instance numbers its goroutines afresh: its timeline starts empty.
        Rc::make_mut(&mut self.timeline).clear();
        self.tl = TimelineUi::default();
    }

    /// The worker's answer for instance `gen`: a reactor's `_initialize` or a
    /// command's whole run.
    pub(super) fn instantiated(&mut self, gen: u64, outcome: Outcome) {
        if gen != self.instance_gen {
            return;
        }
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

    /// Stop: the worker is replaced, so whatever ran there is gone, and so is the instance
    /// (a reactor's included: its exports cannot be called until Reset makes a new one).
    pub(super) fn stop(&mut self) {
        if !self.running() {
            return;
        }
        self.stop_req += 1;
        if self.compiled_req < self.compile_req {
            self.compiled_req = self.compile_req;
            self.note("Stopped: the compile was abandoned.".into());
        }
        if self.compare == Compare::Running {
            self.compare = Compare::Failed("Stopped before the comparison finished.".into());
        }
        let ran = self.instance == Instance::Starting || !self.calling.is_empty();
        let skipped = self.calling.len() + self.pending.len();
        self.calling.clear();
        self.pending.clear();
        self.checked = (0, 0);
        if ran {
            self.push_lines(vec![Line::new(LineKind::Exit, "Program stopped.")]);
            if skipped > 1 {
                self.note(format!("{} later call{} not made.", skipped - 1, if skipped == 2 { " was" } else { "s were" }));
            }
        }
        if self.instance != Instance::None {
            let why = match self.mode() {
                Some(Mode::Command) => "the program was stopped",
                _ => "the program was stopped; Reset makes a new instance",
            };
            self.instance = Instance::Dead(why.into());
        }
        // Answers still on their way come from the old worker: drop them.
        self.instance_gen += 1;
    }

    pub(super) fn reset(&mut self) {
        match self.mode() {
            Some(Mode::Command) => {
                self.note("Run again: a new instance; main runs again.".into());
                self.new_instance();
            }
            Some(Mode::Reactor) => {
                self.note("Reset: a new instance; _initialize runs again.".into());
                self.new_instance();
            }
            None => {}
        }
    }
}
