//! The page's effects on its program, each a request to the worker: compile when the
//! reducer's `compile_req` changes, make a new instance (running `_initialize` or a command's
//! `_start`) when `instance_gen` changes, send the pending calls once the instance is ready,
//! and compare the schedule models when `compare_req` changes.

use compiler_core::Mode;
use yew::{hook, use_effect_with, UseReducerHandle};

use super::worker::WorkerHandle;
use crate::state::{Action, CallAction, Instance, Settings, State};
use crate::wire::Request;

/// Compiles the program whenever the reducer asks for it (the first time at the first render).
#[hook]
pub fn use_compile(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let code = state.code.clone();
    let settings = state.settings.clone();
    use_effect_with(state.compile_req, move |&req| worker.send(&Request::Compile { req, code, settings }));
}

/// Makes a new instance whenever the reducer asks for one.
#[hook]
pub fn use_instantiate(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let target = state.build.clone().and_then(|b| Some((b.module?, b.mode, b.test)));
    let starting = state.instance == Instance::Starting;
    let constants = state.bound_constants();
    let stdin = state.stdin.clone();
    use_effect_with(state.instance_gen, move |&gen| {
        if let (true, Some((module, mode, test))) = (starting, target) {
            worker.send(&Request::Start { gen, module: module.to_vec(), mode, constants, stdin, test });
        }
    });
}

/// Sends the pending calls once the instance is ready and the worker makes no others.
#[hook]
pub fn use_calls(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let dispatch = state.dispatcher();
    let pending = state.pending.clone();
    let ready = state.instance == Instance::Ready;
    let idle = state.calling.is_empty();
    use_effect_with((state.call_req, state.instance_gen, ready, idle), move |&(_, gen, ready, idle)| {
        if ready && idle && !pending.is_empty() {
            let n = pending.len();
            worker.send(&Request::Call { gen, lines: pending });
            dispatch.dispatch(Action::Calls(CallAction::Sent(n)));
        }
    });
}

/// Runs the calls list (a command: `main`) under `seed` and under `go`, traced, each on its
/// own new instance, when the reducer asks for a comparison.
#[hook]
pub fn use_compare(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let settings = Settings { mode: state.mode().unwrap_or(Mode::Reactor), ..state.settings.clone() };
    let request = (state.code.clone(), settings, state.bound_constants(), host_shim::calls::call_lines(&state.calls), state.stdin.clone());
    use_effect_with(state.compare_req, move |&req| {
        if req > 0 {
            let (code, settings, constants, calls, stdin) = request;
            worker.send(&Request::Compare { req, code, settings, constants, calls, stdin });
        }
    });
}
