//! The Format button and Shift+Alt+F: the worker formats the editor's text; its answer
//! replaces the text through `insertText`, so Ctrl+Z brings the unformatted text back, and
//! the cursor stays by its token. A long text is replaced at once instead (the browser's own
//! insertion of 1,000 lines takes seconds), and Ctrl+Z right after it brings the text back
//! through [`undo_long`]. A syntax error leaves the text alone (the reducer compiles it,
//! which lists the errors).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::{hook, use_effect_with};

use super::{editor, Dispatch};
use crate::hooks::editor::{is_long, replace_selection};
use crate::state::{Action, Formatted, PrintAction};

thread_local! {
    /// The last long formatting applied: the text before and after it.
    static LONG_UNDO: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

fn textarea() -> Option<HtmlTextAreaElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-testid=editor]").ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
}

/// Asks for the editor's program formatted.
pub fn run(dispatch: &Dispatch) {
    let Some(t) = textarea() else { return };
    let cursor = t.selection_start().ok().flatten().unwrap_or(0);
    dispatch.dispatch(Action::Print(PrintAction::Format { code: t.value(), cursor }));
}

/// Applies each formatting answer, unless the text changed since it was asked for.
#[hook]
pub fn use_apply(formatted: Option<Rc<Formatted>>) {
    use_effect_with(formatted, |f| {
        let (Some(f), Some(t)) = (f, textarea()) else { return };
        if t.value() != f.code {
            return;
        }
        let _ = t.focus();
        if f.text != f.code {
            t.select();
            if !(is_long(&f.text) || is_long(&f.code)) {
                editor::insert(&f.text);
            } else if replace_selection(&t, &f.text, "insertReplacementText") {
                LONG_UNDO.with(|u| *u.borrow_mut() = Some((f.code.clone(), f.text.clone())));
            }
        }
        let _ = t.set_selection_range(f.cursor, f.cursor);
    });
}

/// Ctrl+Z while the editor holds the text a long formatting gave: the text before it comes
/// back, the cursor where the two first differ; whether it did.
pub fn undo_long(t: &HtmlTextAreaElement) -> bool {
    let Some((before, after)) = LONG_UNDO.with(|u| u.borrow_mut().take()) else { return false };
    if t.value() != after {
        return false;
    }
    let at: u32 = before.chars().zip(after.chars()).take_while(|(a, b)| a == b).map(|(c, _)| c.len_utf16() as u32).sum();
    t.select();
    if !replace_selection(t, &before, "historyUndo") {
        return false;
    }
    let _ = t.set_selection_range(at, at);
    true
}
