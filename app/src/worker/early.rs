//! The worker's first work, done while the page still loads its own wasm (`index.html`
//! starts the worker at once): it compiles the example the page opens on, with the default
//! settings. That builds the runtime's prelude (most of a first compile) and warms the
//! compiler's code in the engine; a page that opens on that example (a first visit) takes
//! this build instead of compiling it again.

use std::cell::RefCell;

use crate::examples;
use crate::program;
use crate::state::Settings;
use crate::wire::Reply;

thread_local! {
    static BUILT: RefCell<Option<Reply>> = const { RefCell::new(None) };
}

pub fn compile() {
    let reply = program::compile(0, examples::first().code, &Settings::default(), super::now_ms);
    BUILT.with(|b| *b.borrow_mut() = Some(reply));
}

/// The early build as the answer to compile request `req` of `code` with settings `s`, if
/// it is that build. It is offered once: the page's first compile takes it or drops it.
pub fn take(req: u64, code: &str, s: &Settings) -> Option<Reply> {
    let Reply::Compiled { module, diagnostics, ms, mode, exports, test, .. } = BUILT.with(|b| b.borrow_mut().take())? else { return None };
    (code == examples::first().code && *s == Settings::default()).then_some(Reply::Compiled { req, module, diagnostics, ms, mode, exports, test })
}
