//! The Format button and Shift+Alt+F: the editor's text replaced through `insertText`, so
//! Ctrl+Z brings the unformatted text back; the cursor stays by its token.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

use super::{editor, Dispatch};
use crate::format::format_code;
use crate::state::Action;

/// Formats the editor's program; a syntax error leaves it alone and compiles it, which
/// lists the errors in the diagnostics.
pub fn run(dispatch: &Dispatch) {
    let Some(t) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-testid=editor]").ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let code = t.value();
    let cursor = t.selection_start().ok().flatten().unwrap_or(0);
    match format_code(&code, cursor) {
        Ok((out, at)) => {
            let _ = t.focus();
            if out != code {
                t.select();
                editor::insert(&out);
            }
            let _ = t.set_selection_range(at, at);
        }
        Err(_) => dispatch.dispatch(Action::Compile),
    }
}
