//! The page's side effects as custom hooks: the reducer asks through counters and queues in
//! [`State`], the hooks do the browser's part (compile, instantiate, call, compare, save)
//! and answer with actions.

mod compare;
mod module;
mod persist;

use web_sys::HtmlElement;
use yew::{hook, use_effect_with, use_mut_ref, use_reducer, NodeRef, UseReducerHandle};

use crate::state::{Init, State};

/// The page's state, its program compiled and instantiated before the first render, with
/// every effect the reducer drives attached.
#[hook]
pub fn use_page(init: fn() -> Init) -> UseReducerHandle<State> {
    let engine: module::EngineCell = use_mut_ref(|| None);
    let state = use_reducer({
        let engine = engine.clone();
        move || module::first_state(init(), &engine)
    });
    module::use_compile(&state);
    module::use_instantiate(&state, engine.clone());
    module::use_calls(&state, engine);
    compare::use_compare(&state);
    persist::use_persist(&state);
    state
}

/// Keeps the element `node` scrolled to its end whenever `len` changes (a log that follows
/// new output).
#[hook]
pub fn use_follow(node: NodeRef, len: usize) {
    use_effect_with(len, move |_| {
        if let Some(el) = node.cast::<HtmlElement>() {
            el.set_scroll_top(el.scroll_height());
        }
    });
}
