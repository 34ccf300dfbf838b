//! Comparing the schedule models: the program compiled traced under `seed` and under `go`,
//! each run on its own new instance (a reactor's calls list, a command's `main`).

use std::rc::Rc;

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use host_shim::module::ModuleInfo;

use crate::engine::WebEngine;
use crate::session;
use crate::state::{RunTrace, Settings, FILE_NAME};
use crate::timeline;
use crate::wire::Constant;

/// Both runs' traces, `seed` first, or why there are none.
pub fn run(code: &str, s: &Settings, constants: &[Constant], calls: &[String], stdin: &str) -> Result<(RunTrace, RunTrace), String> {
    Ok((traced_run(code, Schedule::Seed, s, constants, calls, stdin)?, traced_run(code, Schedule::Go, s, constants, calls, stdin)?))
}

/// Compiles `code` with tracing under `schedule` and runs it on a new instance.
fn traced_run(code: &str, schedule: Schedule, s: &Settings, constants: &[Constant], calls: &[String], stdin: &str) -> Result<RunTrace, String> {
    let options = Options { mode: s.mode, schedule, step_budget: s.step_budget, trace: true, names: false, ..Options::default() };
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: code.to_string() }], &options);
    let Some(module) = out.module else {
        return Err(format!("The program does not compile ({} error{}); fix it, then compare.", out.diagnostics.len(), if out.diagnostics.len() == 1 { "" } else { "s" }));
    };
    let info = Rc::new(ModuleInfo::parse(&module).map_err(|e| format!("the compiler produced a module the host cannot read: {e}"))?);
    let mut engine = WebEngine::instantiate(&module, info.clone(), super::new_host(constants, stdin)).map_err(|e| format!("{}: {e}", schedule.as_str()))?;
    Ok(match s.mode {
        Mode::Reactor => session::run_all(&mut engine, &info, calls).into_iter().map(|(line, o)| (line, o.trace)).collect(),
        Mode::Command => vec![(timeline::START.to_string(), session::start(&mut engine).trace)],
    })
}
