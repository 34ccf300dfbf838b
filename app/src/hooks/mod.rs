//! The page's side effects as custom hooks: the reducer asks through counters and queues in
//! [`State`], the hooks do the browser's part (send compiles, instances, calls,
//! comparisons, Format and WAT printing to the worker, Stop, save) and the answers come back as actions.

pub mod editor;
mod ide;
pub mod lesson;
mod module;
mod persist;
mod printing;
mod share;
mod worker;

pub use share::use_link;

use web_sys::{Element, HtmlElement};
use yew::{hook, use_effect_with, use_reducer, Callback, NodeRef, UseReducerHandle};

use crate::state::{Init, State};

/// The page's state with every effect the reducer drives attached, and what checks the
/// editor's text as typed; its program is compiled by the worker, which starts with the
/// first render.
#[hook]
pub fn use_page(init: impl FnOnce() -> Init) -> (UseReducerHandle<State>, Callback<String>) {
    let state = use_reducer(move || State::new(init()));
    let worker = worker::use_worker(state.dispatcher(), state.stop_req);
    module::use_compile(&state, &worker);
    module::use_instantiate(&state, &worker);
    module::use_calls(&state, &worker);
    module::use_compare(&state, &worker);
    printing::use_format(&state, &worker);
    printing::use_wat(&state, &worker);
    persist::use_persist(&state, &worker);
    ide::use_query(&state, &worker);
    let check = ide::use_check(&worker);
    lesson::use_lessons(&state);
    lesson::use_embed_height(state.embed);
    (state, check)
}

/// Keeps the element `node` scrolled to its end whenever `deps` change (a log that follows
/// new output).
#[hook]
pub fn use_follow<D: PartialEq + 'static>(node: NodeRef, deps: D) {
    use_effect_with(deps, move |_| {
        if let Some(el) = node.cast::<HtmlElement>() {
            el.set_scroll_top(el.scroll_height());
        }
    });
}

/// When `shown` turns to something, brings `section` into view and scrolls `scroller` to
/// the first `[data-testid=timeline-diverge]` mark in it (the comparison's first difference).
#[hook]
pub fn use_reveal_divergence<D: PartialEq + 'static>(section: NodeRef, scroller: NodeRef, shown: Option<D>) {
    use_effect_with(shown, move |shown| {
        if shown.is_none() {
            return;
        }
        if let Some(s) = section.cast::<Element>() {
            s.scroll_into_view();
        }
        let Some(el) = scroller.cast::<HtmlElement>() else { return };
        if let Ok(Some(mark)) = el.query_selector("[data-testid=timeline-diverge]") {
            let (m, c) = (mark.get_bounding_client_rect(), el.get_bounding_client_rect());
            let top = el.scroll_top() as f64 + m.top() - c.top() - c.height() / 3.0;
            el.set_scroll_top(top.max(0.0) as i32);
        }
    });
}
