//! The editor's effects on its textarea: the code set from elsewhere, jumps to a place, the
//! marked line, long insertions made fast, and the browser's undo handed to the page.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit, KeyboardEvent};
use yew::{hook, use_effect_with, NodeRef};

use crate::state::Jump;

/// The textarea is not controlled (setting its value on every keystroke would cost a
/// layout of the whole text): its value is set only when the code changes from elsewhere
/// (an example, a share link, another tab) or `restored` counts an undo or redo, and then
/// `replaced` runs.
#[hook]
pub fn use_code(area: NodeRef, code: String, restored: u64, replaced: impl Fn() + 'static) {
    use_effect_with((code, restored), move |(code, _)| {
        if let Some(t) = area.cast::<HtmlTextAreaElement>() {
            if t.value() != *code {
                t.set_value(code);
                replaced();
            }
        }
    });
}

/// The browser's own undo and redo (its Edit menu, the context menu) go to `step` instead
/// (`true` for redo): the page keeps the history, one per file.
#[hook]
pub fn use_history(area: NodeRef, step: Rc<dyn Fn(bool)>) {
    use_effect_with((), move |_| {
        let t = area.cast::<HtmlTextAreaElement>();
        let on_input = Closure::<dyn FnMut(InputEvent)>::new(move |e: InputEvent| {
            let redo = match e.input_type().as_str() {
                "historyUndo" => false,
                "historyRedo" => true,
                _ => return,
            };
            e.prevent_default();
            step(redo);
        });
        if let Some(t) = &t {
            let _ = t.add_event_listener_with_callback("beforeinput", on_input.as_ref().unchecked_ref());
        }
        move || {
            if let Some(t) = &t {
                let _ = t.remove_event_listener_with_callback("beforeinput", on_input.as_ref().unchecked_ref());
            }
        }
    });
}

/// Insertions of at least this many lines (a pasted program) are made by the editor itself.
const LONG_INSERT_LINES: usize = 100;
/// A selection at least this long (UTF-16 units) is collapsed before a paste key's paste.
const LONG_SELECTION: u32 = 2_000;

/// Makes long insertions (a paste, a drop, text typed in by a test driver) fast: the browser
/// edits a textarea line by line, which takes seconds for a program of thousands of lines,
/// so the editor replaces the selection with the text itself and fires the `input` event the
/// browser would have. A paste is taken at its `paste` event, before the browser prepares
/// its own insertion (which cost more than the insertion itself). The page's undo
/// (`use_history`) undoes it as any other edit.
///
/// A paste over a long selection (Ctrl+A, Ctrl+V) costs Chromium time in proportion to the
/// selection before it even fires `paste` (about 30 ms for 2,000 selected lines): the paste key
/// collapses such a selection first, and the paste replaces the range it had; a short paste
/// gets the selection back for the browser's own insertion, and so does a paste key that
/// pastes nothing.
#[hook]
pub fn use_long_insert(area: NodeRef) {
    use_effect_with((), move |_| {
        let t = area.cast::<HtmlTextAreaElement>();
        // The selection a paste key collapsed, until its paste comes.
        let held: Rc<Cell<Option<(u32, u32)>>> = Rc::default();
        let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new({
            let (t, held) = (t.clone(), held.clone());
            move |e: KeyboardEvent| {
                let paste_key = ((e.ctrl_key() || e.meta_key()) && !e.alt_key() && e.key().eq_ignore_ascii_case("v")) || (e.shift_key() && e.key() == "Insert");
                let Some(t) = t.as_ref().filter(|_| paste_key) else { return };
                let range = selection(t);
                if range.1 - range.0 < LONG_SELECTION {
                    return;
                }
                let _ = t.set_selection_range(range.0, range.0);
                held.set(Some(range));
                // The paste comes within this key's default action; a key that pasted nothing
                // (an empty clipboard) leaves the selection as it was.
                let (t, held) = (t.clone(), held.clone());
                Timeout::new(0, move || {
                    if let Some((s, e)) = held.take() {
                        let _ = t.set_selection_range(s, e);
                    }
                })
                .forget();
            }
        });
        let on_input = Closure::<dyn FnMut(InputEvent)>::new({
            let t = t.clone();
            move |e: InputEvent| {
                // A textarea's insertions carry their text in `data`; `dataTransfer` in case.
                let text = match e.input_type().as_str() {
                    "insertText" | "insertReplacementText" | "insertFromPaste" | "insertFromDrop" => e.data().or_else(|| e.data_transfer().and_then(|d| d.get_data("text/plain").ok())),
                    _ => None,
                };
                if let (Some(text), Some(t)) = (text, t.as_ref()) {
                    if insert_long(t, &text, &e.input_type(), None) {
                        e.prevent_default();
                    }
                }
            }
        });
        let on_paste = Closure::<dyn FnMut(ClipboardEvent)>::new({
            let t = t.clone();
            move |e: ClipboardEvent| {
                let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok());
                let Some(t) = t.as_ref() else { return };
                let range = held.take();
                if text.is_some_and(|text| insert_long(t, &text, "insertFromPaste", range)) {
                    e.prevent_default();
                } else if let Some((start, end)) = range {
                    let _ = t.set_selection_range(start, end);
                }
            }
        });
        if let Some(t) = &t {
            let _ = t.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
            let _ = t.add_event_listener_with_callback("beforeinput", on_input.as_ref().unchecked_ref());
            let _ = t.add_event_listener_with_callback("paste", on_paste.as_ref().unchecked_ref());
        }
        move || {
            if let Some(t) = &t {
                let _ = t.remove_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
                let _ = t.remove_event_listener_with_callback("beforeinput", on_input.as_ref().unchecked_ref());
                let _ = t.remove_event_listener_with_callback("paste", on_paste.as_ref().unchecked_ref());
            }
        }
    });
}

/// Whether `text` is too long for the browser's own editing to insert it quickly.
pub fn is_long(text: &str) -> bool {
    text.matches('\n').count() + 1 >= LONG_INSERT_LINES
}

/// Replaces the selection (or `range`, when a paste key collapsed the selection) with `text`
/// if it is long, and fires the `input` event the browser would have; whether it did.
fn insert_long(t: &HtmlTextAreaElement, text: &str, input_type: &str, range: Option<(u32, u32)>) -> bool {
    is_long(text) && replace_range(t, text, input_type, range.unwrap_or_else(|| selection(t)))
}

/// Replaces the selection with `text` at once (not on the browser's undo stack) and fires
/// the `input` event the browser would have; whether it did.
pub fn replace_selection(t: &HtmlTextAreaElement, text: &str, input_type: &str) -> bool {
    replace_range(t, text, input_type, selection(t))
}

fn replace_range(t: &HtmlTextAreaElement, text: &str, input_type: &str, (start, end): (u32, u32)) -> bool {
    if t.set_range_text_with_start_and_end_and_mode(text, start, end, "end").is_err() {
        return false;
    }
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type(input_type);
    if let Ok(input) = InputEvent::new_with_event_init_dict("input", &init) {
        let _ = t.dispatch_event(&input);
    }
    true
}

/// The textarea's selection, (start, end) in UTF-16 units.
fn selection(t: &HtmlTextAreaElement) -> (u32, u32) {
    (t.selection_start().ok().flatten().unwrap_or(0), t.selection_end().ok().flatten().unwrap_or(0))
}

/// Puts the cursor at each new jump's place and scrolls it into view when it is out of view.
#[hook]
pub fn use_jump(area: NodeRef, scroller: NodeRef, code: String, jump: Option<Jump>) {
    use_effect_with(jump, move |jump| {
        if let (Some(j), Some(t)) = (jump, area.cast::<HtmlTextAreaElement>()) {
            let at = utf16_offset(&code, j.line, j.col);
            let _ = t.focus();
            let _ = t.set_selection_range(at, at);
            if let Some(s) = scroller.cast::<HtmlElement>() {
                let line_px = t.scroll_height() as f64 / code.split('\n').count().max(1) as f64;
                let y = (j.line.saturating_sub(1)) as f64 * line_px;
                let (view, height) = (s.scroll_top() as f64, s.client_height() as f64);
                if y < view || y + 2.0 * line_px > view + height {
                    s.set_scroll_top((y - height / 3.0).max(0.0) as i32);
                }
            }
        }
    });
}

/// Moves the mark to `line`, through the CSSOM: the page's CSP allows no inline style
/// attributes.
#[hook]
pub fn use_line_mark(mark: NodeRef, line: Option<u32>) {
    use_effect_with(line, move |line| {
        if let (Some(line), Some(el)) = (line, mark.cast::<HtmlElement>()) {
            let _ = el.style().set_property("top", &format!("{}px", 10 + (line.max(&1) - 1) * 20));
        }
    });
}

/// The textarea offset (UTF-16 units) of a 1-based line and byte column.
fn utf16_offset(code: &str, line: u32, col: u32) -> u32 {
    let start: usize = code.split_inclusive('\n').take(line.saturating_sub(1) as usize).map(str::len).sum();
    let mut at = (start + col.saturating_sub(1) as usize).min(code.len());
    while !code.is_char_boundary(at) {
        at -= 1;
    }
    code[..at].encode_utf16().count() as u32
}
