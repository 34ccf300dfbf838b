//! Comparing the schedule models: the calls list run traced under `seed` and under `go`, each
//! on its own new instance, when the reducer asks for it.

use std::rc::Rc;

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use host_shim::module::ModuleInfo;
use yew::{hook, use_effect_with, UseReducerHandle};

use super::module::new_host;
use crate::engine::WebEngine;
use crate::session;
use crate::timeline;
use crate::state::{Action, RunTrace, State, TimelineAction, FILE_NAME};

/// Runs the calls list (a command: `main`) under `seed` and under `go`, traced, each on its
/// own new instance, when the reducer asks for a comparison.
#[hook]
pub fn use_compare(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    let code = state.code.clone();
    let budget = state.settings.step_budget;
    let calls = host_shim::calls::call_lines(&state.calls);
    let constants = state.bound_constants();
    let run = Run { mode: state.mode().unwrap_or(Mode::Reactor), stdin: state.stdin.clone() };
    use_effect_with(state.compare_req, move |&req| {
        if req == 0 {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let mut runs = Vec::new();
            for schedule in [Schedule::Seed, Schedule::Go] {
                match traced_run(&code, schedule, budget, &constants, &calls, &run).await {
                    Ok(r) => runs.push(r),
                    Err(e) => {
                        dispatch.dispatch(Action::Timeline(TimelineAction::Compared { req, result: Err(e) }));
                        return;
                    }
                }
            }
            let go = runs.pop().unwrap_or_default();
            let seed = runs.pop().unwrap_or_default();
            dispatch.dispatch(Action::Timeline(TimelineAction::Compared { req, result: Ok((seed, go)) }));
        });
    });
}

/// How the compared program runs: as a reactor making the calls, or as a command reading
/// `stdin`.
struct Run {
    mode: Mode,
    stdin: String,
}

/// Compiles `code` with tracing under `schedule` and runs it on a new instance.
async fn traced_run(code: &str, schedule: Schedule, step_budget: Option<u64>, constants: &[(String, String, host_shim::Val)], calls: &[String], run: &Run) -> Result<RunTrace, String> {
    let options = Options { mode: run.mode, schedule, step_budget, trace: true, names: false };
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: code.to_string() }], &options);
    let Some(module) = out.module else {
        return Err(format!("The program does not compile ({} error{}); fix it, then compare.", out.diagnostics.len(), if out.diagnostics.len() == 1 { "" } else { "s" }));
    };
    let info = Rc::new(ModuleInfo::parse(&module).map_err(|e| format!("the compiler produced a module the host cannot read: {e}"))?);
    let mut engine = WebEngine::instantiate(&module, info.clone(), new_host(constants, &run.stdin)).await.map_err(|e| format!("{}: {e}", schedule.as_str()))?;
    Ok(match run.mode {
        Mode::Reactor => session::run_all(&mut engine, &info, calls).into_iter().map(|(line, o)| (line, o.trace)).collect(),
        Mode::Command => vec![(timeline::START.to_string(), session::start(&mut engine).trace)],
    })
}

