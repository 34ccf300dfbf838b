//! The Format button and Shift+Alt+F: the worker formats the editor's text; its answer
//! replaces the text as an edit (through `insertText`, or at once for a long text, whose
//! insertion by the browser takes seconds), so Ctrl+Z brings the unformatted text back, and
//! the cursor stays by its token. A syntax error leaves the text alone (the reducer compiles
//! it, which lists the errors).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::{hook, use_effect_with};

use super::{editor, Dispatch};
use crate::hooks::editor::{is_long, replace_selection, select, selection, text};
use crate::state::{Action, Formatted, PrintAction};

fn textarea() -> Option<HtmlTextAreaElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-testid=editor]").ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
}

/// Asks for the editor's program formatted.
pub fn run(dispatch: &Dispatch) {
    let Some(t) = textarea() else { return };
    let cursor = selection(&t).0;
    dispatch.dispatch(Action::Print(PrintAction::Format { code: text(&t), cursor }));
}

/// Applies each formatting answer, unless the text changed since it was asked for.
#[hook]
pub fn use_apply(formatted: Option<Rc<Formatted>>) {
    use_effect_with(formatted, |f| {
        let (Some(f), Some(t)) = (f, textarea()) else { return };
        if text(&t) != f.code {
            return;
        }
        let _ = t.focus();
        if f.text != f.code {
            t.select();
            if !(is_long(&f.text) || is_long(&f.code)) {
                editor::insert(&f.text);
            } else {
                replace_selection(&t, &f.text, "insertReplacementText");
            }
        }
        select(&t, f.cursor, f.cursor);
    });
}

