//! Format and the WAT, printed by the worker: each request is sent when the reducer's
//! counter for it changes.

use yew::{hook, use_effect_with, UseReducerHandle};

use super::worker::WorkerHandle;
use crate::state::State;
use crate::wire::Request;

#[hook]
pub fn use_format(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let src = state.format_src.clone();
    use_effect_with(state.format_req, move |&req| {
        if let Some((code, cursor)) = src {
            worker.send(&Request::Format { req, code, cursor });
        }
    });
}

#[hook]
pub fn use_wat(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let module = state.build.as_ref().and_then(|b| b.module.clone()).filter(|_| state.wat_pending);
    use_effect_with(state.wat_req, move |&req| {
        if let Some(m) = module {
            worker.send(&Request::Wat { req, module: m.to_vec() });
        }
    });
}
