//! The page's effects on its module: compile when the reducer's `compile_req` changes, make a
//! new instance (running `_initialize` or a command's `_start`) when `instance_gen` changes,
//! and make the pending calls once the instance is ready.

use std::cell::RefCell;
use std::rc::Rc;

use compiler_core::Mode;
use host_shim::module::ModuleInfo;
use host_shim::Host;
use yew::{hook, use_effect_with, use_mut_ref, UseReducerHandle};

use crate::console::{Line, LineKind};
use crate::engine::{BrowserPlatform, WebEngine};
use crate::program;
use crate::session::{self, Outcome, Status};
use crate::state::{Action, CallAction, Instance, Settings, State};
use crate::ui::browser;

/// The current instance and its generation (`State::instance_gen`).
pub type EngineCell = Rc<RefCell<Option<(u64, WebEngine)>>>;

/// Compiles the program whenever the reducer asks for it after the first render (the first
/// program is compiled by [`first_state`]).
#[hook]
pub fn use_compile(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    let code = state.code.clone();
    let settings = state.settings.clone();
    let mounted = use_mut_ref(|| false);
    use_effect_with(state.compile_req, move |_| {
        if mounted.replace(true) {
            dispatch.dispatch(compile_now(code, &settings));
        }
    });
}

/// Compiles `code` with the page's settings: the reducer's `Compiled` action.
fn compile_now(code: String, s: &Settings) -> Action {
    program::compile(&code, s, browser::now_ms)
}

/// The page's first state, its program compiled and instantiated before the first render:
/// the page then lays out once, ready, instead of once empty, once compiled and once ready.
pub fn first_state(init: crate::state::Init, engine: &EngineCell) -> State {
    let s = State::new(init);
    let compiled = compile_now(s.code.clone(), &s.settings);
    let s = s.apply(compiled);
    let Some((module, info, mode)) = s.build.as_ref().and_then(|b| Some((b.module.clone()?, b.info.clone()?, b.mode))) else { return s };
    // Where the browser refuses, use_instantiate does it after the first render.
    match WebEngine::instantiate_now(&module, info.clone(), new_host(&s.bound_constants(), &s.stdin)) {
        Some(result) => {
            let started = started(result, s.instance_gen, &info, mode, engine);
            s.apply(started)
        }
        None => s,
    }
}

/// Makes a new instance (and runs `_initialize`) whenever the reducer asks for one.
#[hook]
pub fn use_instantiate(state: &UseReducerHandle<State>, engine: EngineCell) {
    let dispatch = state.dispatcher();
    let build = state.build.clone();
    let constants = state.bound_constants();
    let stdin = state.stdin.clone();
    use_effect_with(state.instance_gen, move |&gen| {
        let target = build.and_then(|b| Some((b.module?, b.info?, b.mode)));
        let made = engine.borrow().as_ref().is_some_and(|(g, _)| *g == gen);
        if let (true, false, Some((module, info, mode))) = (gen > 0, made, target) {
            engine.borrow_mut().take();
            wasm_bindgen_futures::spawn_local(async move {
                let result = WebEngine::instantiate(&module, info.clone(), new_host(&constants, &stdin)).await;
                dispatch.dispatch(started(result, gen, &info, mode, &engine));
            });
        }
    });
}

/// A host for a new instance, with the constants the user bound to imports and the
/// standard input a command reads.
pub fn new_host(constants: &[(String, String, host_shim::Val)], stdin: &str) -> Host {
    let mut host = Host::new(Box::new(BrowserPlatform::default()));
    host.set_stdin(stdin.as_bytes().to_vec());
    for (m, n, v) in constants {
        host.bind_constant(m, n, *v);
    }
    host
}

/// Runs a reactor's `_initialize`, or a command's `_start`, on a new instance and keeps it as
/// instance `gen`: the reducer's `Instantiated` action.
fn started(result: Result<WebEngine, String>, gen: u64, info: &ModuleInfo, mode: Mode, engine: &EngineCell) -> Action {
    let outcome = match result {
        Ok(mut e) => {
            let outcome = match mode {
                Mode::Reactor => session::initialize(&mut e, info),
                Mode::Command => session::start(&mut e),
            };
            *engine.borrow_mut() = Some((gen, e));
            outcome
        }
        Err(m) => Outcome { lines: vec![Line::new(LineKind::Error, format!("error: {m}"))], status: Status::Dead(m), result: None, trace: Vec::new() },
    };
    Action::Instantiated { gen, outcome }
}

/// Makes the pending calls once the instance is ready.
#[hook]
pub fn use_calls(state: &UseReducerHandle<State>, engine: EngineCell) {
    let dispatch = state.dispatcher();
    let pending = state.pending.clone();
    let info = state.info().cloned();
    let ready = state.instance == Instance::Ready;
    use_effect_with((state.call_req, state.instance_gen, ready), move |&(_, gen, ready)| {
        if !ready || pending.is_empty() {
            return;
        }
        let mut cell = engine.borrow_mut();
        let (Some((g, e)), Some(info)) = (cell.as_mut(), info) else { return };
        if *g != gen {
            return;
        }
        let mut calls = Vec::new();
        for line in pending {
            let o = session::call(e, &info, &line);
            let dead = matches!(o.status, Status::Dead(_));
            calls.push((line, o));
            if dead {
                break;
            }
        }
        drop(cell);
        dispatch.dispatch(Action::Calls(CallAction::Ran { gen, calls }));
    });
}

