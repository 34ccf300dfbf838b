//! The editor's questions to the worker (when the reducer's `ide.query_req` changes) and
//! the check of its text as typed.

use yew::{hook, use_effect_with, use_memo, Callback, UseReducerHandle};

use super::worker::WorkerHandle;
use crate::state::State;
use crate::wire::Request;

/// Sends each new question.
#[hook]
pub fn use_query(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let worker = worker.clone();
    let query = state.ide.query.as_ref().map(|(q, _)| q.clone());
    use_effect_with(state.ide.query_req, move |&req| {
        if let Some(q) = query {
            worker.send(&Request::Query { req, query: (*q).clone() });
        }
    });
}

/// Checks the editor's text (the worker's bridge keeps one check under way at a time).
#[hook]
pub fn use_check(worker: &WorkerHandle) -> Callback<String> {
    let worker = worker.clone();
    (*use_memo((), move |_| Callback::from(move |code: String| worker.check(code)))).clone()
}
