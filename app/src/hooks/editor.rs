//! The editor's effects on its textarea: the code set from elsewhere, jumps to a place, the
//! marked line, long insertions made fast, and the browser's undo handed to the page. And
//! the textarea's window on a long text (`editor_window`): the text, the selection and
//! places in it go through [`text`], [`selection`] and [`select`], never the textarea's own.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit, KeyboardEvent};
use yew::{hook, use_effect_with, NodeRef};

use crate::editor_window::{line_of, replaced, serves, wanted, Split};
use crate::highlight::line_count;
use crate::state::Jump;

/// The editor's line height and the padding above its first line, in CSS pixels (`.editor`).
pub const LINE_PX: i32 = 20;
pub const PAD_PX: i32 = 10;

/// The textarea holding part of a long text, the rest of it, and the text's selection while
/// the view scrolled it out of the window (the textarea's caret then waits at its start, and
/// the next key brings the selection back: [`before_key`]).
struct Window {
    area: HtmlTextAreaElement,
    split: Split,
    parked: Option<(u32, u32)>,
}

thread_local!(static WINDOW: RefCell<Option<Window>> = const { RefCell::new(None) });

fn with_window<R>(t: &HtmlTextAreaElement, f: impl FnOnce(&Window) -> R) -> Option<R> {
    WINDOW.with_borrow(|w| w.as_ref().filter(|w| w.area == *t).map(f))
}

/// The editor's whole text.
pub fn text(t: &HtmlTextAreaElement) -> String {
    let shown = t.value();
    with_window(t, |w| w.split.text(&shown)).unwrap_or(shown)
}

/// The selection in the editor's text, (start, end) in UTF-16 units.
pub fn selection(t: &HtmlTextAreaElement) -> (u32, u32) {
    to_text(t, local(t))
}

/// The text's range for the textarea's `range`.
fn to_text(t: &HtmlTextAreaElement, range: (u32, u32)) -> (u32, u32) {
    with_window(t, |w| match w.parked {
        Some(p) if range == (0, 0) => p,
        _ => w.split.to_text(range, t.text_length()),
    })
    .unwrap_or(range)
}

/// Whether `range` of the textarea is all of a window on part of the text (so all of the text).
fn all_of_part(t: &HtmlTextAreaElement, range: (u32, u32)) -> bool {
    with_window(t, |w| w.split.is_part()).unwrap_or(false) && range.0 == 0 && range.1 >= t.text_length()
}

/// The line of the text the textarea's first line is (0-based).
pub fn first_line(t: &HtmlTextAreaElement) -> usize {
    with_window(t, |w| w.split.first_line()).unwrap_or(0)
}

fn scroller(t: &HtmlTextAreaElement) -> Option<HtmlElement> {
    t.closest(".editor").ok().flatten().and_then(|e| e.dyn_into().ok())
}

/// The editor's view: its first line and how many lines it shows.
fn view(t: &HtmlTextAreaElement) -> (usize, usize) {
    scroller(t).map_or((0, 40), |el| (((el.scroll_top() - PAD_PX).max(0) / LINE_PX) as usize, (el.client_height() / LINE_PX).max(1) as usize))
}

/// Puts lines `lines` of `text` in the textarea with the text's selection `sel` (or, when
/// it is outside them, the caret at their start), their text scrolled to the editor's view.
fn show(t: &HtmlTextAreaElement, text: &str, lines: Range<usize>, sel: (u32, u32)) {
    let (split, shown) = Split::new(text, lines);
    t.set_value(shown);
    let at = split.to_shown(sel, t.text_length());
    let (s, e) = at.unwrap_or((0, 0));
    let _ = t.set_selection_range(s, e);
    if let Some(el) = scroller(t) {
        t.set_scroll_top(el.scroll_top() - split.first_line() as i32 * LINE_PX);
    }
    let window = split.is_part().then(|| Window { area: t.clone(), split, parked: at.is_none().then_some(sel) });
    WINDOW.set(window);
}

/// Replaces the editor's text (the caret at its end, as the textarea's `value` would).
pub fn set_text(t: &HtmlTextAreaElement, code: &str) {
    let (top, rows) = view(t);
    let end = code.encode_utf16().count() as u32;
    show(t, code, wanted(line_count(code), top, rows), (end, end));
}

/// Selects `start..end` of the editor's text, moving the window to it (and the view with it)
/// when it is outside.
pub fn select(t: &HtmlTextAreaElement, start: u32, end: u32) {
    match with_window(t, |w| w.split.to_shown((start, end), t.text_length())) {
        Some(None) => reveal(t, (start, end)),
        Some(Some((s, e))) => {
            WINDOW.with_borrow_mut(|w| w.iter_mut().for_each(|w| w.parked = None));
            let _ = t.set_selection_range(s, e);
        }
        None => {
            let _ = t.set_selection_range(start, end);
        }
    }
}

/// Scrolls the view to the text's range `sel` (a third down) and the window with it, and selects it.
fn reveal(t: &HtmlTextAreaElement, sel: (u32, u32)) {
    let text = text(t);
    let line = line_of(&text, sel.0);
    let (_, rows) = view(t);
    let top = line.saturating_sub(rows / 3);
    if let Some(el) = scroller(t) {
        el.set_scroll_top(top as i32 * LINE_PX);
    }
    let (top, rows) = view(t);
    show(t, &text, wanted(line_count(&text), top, rows), sel);
}

/// Moves the window with the editor's view when the view comes near its edge. A selection
/// (not all of the text) crossing the edge gets the whole text in the textarea instead, so
/// it can grow past it; the window comes back once the selection is collapsed.
pub fn follow(t: &HtmlTextAreaElement) {
    let (top, rows) = view(t);
    let shown = t.value();
    let (lines, n) = with_window(t, |w| (w.split.lines(&shown), w.split.line_count(&shown))).unwrap_or_else(|| (0..line_count(&shown), line_count(&shown)));
    if serves(&lines, n, top, rows) {
        return;
    }
    let range = local(t);
    let (part, sel, text) = (lines.len() < n, to_text(t, range), with_window(t, |w| w.split.text(&shown)).unwrap_or(shown));
    if range.0 != range.1 && !all_of_part(t, range) {
        if part {
            show(t, &text, 0..n, sel);
        }
        return;
    }
    show(t, &text, wanted(n, top, rows), sel);
}

/// Before the editor's keys: Ctrl+Home and Ctrl+End bring the text's start or end into the
/// window (with Shift the whole text comes in, the selection growing to its edge); a key
/// that moves or edits at the caret first brings back a selection the view scrolled out of
/// the window.
pub fn before_key(e: &KeyboardEvent, t: &HtmlTextAreaElement) {
    let ctrl = e.ctrl_key() || e.meta_key();
    let key = e.key();
    if with_window(t, |_| ()).is_none() {
        return;
    }
    match key.as_str() {
        "Home" | "End" if ctrl && e.shift_key() => {
            let (text, sel) = (text(t), selection(t));
            show(t, &text, 0..line_count(&text), sel);
        }
        "Home" if ctrl => select(t, 0, 0),
        "End" if ctrl => {
            let end = text(t).encode_utf16().count() as u32;
            select(t, end, end);
        }
        // Modifiers, and shortcuts (Ctrl+A, Ctrl+C) that neither move nor edit at the caret.
        "Control" | "Shift" | "Alt" | "Meta" => {}
        k if ctrl && k.len() == 1 && !k.eq_ignore_ascii_case("v") => {}
        _ => {
            if let Some(p) = with_window(t, |w| w.parked).flatten().filter(|_| local(t) == (0, 0)) {
                reveal(t, p);
            }
        }
    }
}

/// The textarea is not controlled (setting its value on every keystroke would cost a
/// layout of the whole text): its value is set only when the code changes from elsewhere
/// (an example, a share link, another tab) or `restored` counts an undo or redo, and then
/// `replaced` runs.
#[hook]
pub fn use_code(area: NodeRef, code: String, restored: u64, replaced: impl Fn() + 'static) {
    use_effect_with((code, restored), move |(code, _)| {
        if let Some(t) = area.cast::<HtmlTextAreaElement>() {
            if text(&t) != *code {
                set_text(&t, code);
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
        let listener = area.cast::<HtmlTextAreaElement>().map(|t| {
            listen(&t, "beforeinput", false, move |e: &InputEvent| {
                let redo = match e.input_type().as_str() {
                    "historyUndo" => false,
                    "historyRedo" => true,
                    _ => return,
                };
                e.prevent_default();
                step(redo);
            })
        });
        move || drop(listener)
    });
}

/// Insertions of at least this many lines (a pasted program) are made by the editor itself.
const LONG_INSERT_LINES: usize = 100;

/// Makes long insertions (a paste, a drop, text typed in by a test driver) fast: the browser
/// edits a textarea line by line, which takes seconds for a program of thousands of lines,
/// so the editor replaces the selection with the text itself and fires the `input` event the
/// browser would have. A paste is taken at its `paste` event, before the browser prepares
/// its own insertion (which cost more than the insertion itself). The page's undo
/// (`use_history`) undoes it as any other edit.
///
/// A paste over a long selection costs Chromium time in proportion to the selection before
/// it even fires `paste` (about 30 ms for 2,000 selected lines); a long text's window keeps
/// Ctrl+A's selection to the lines around the view.
#[hook]
pub fn use_long_insert(area: NodeRef) {
    use_effect_with((), move |_| {
        let listeners = area.cast::<HtmlTextAreaElement>().map(long_insert_listeners);
        move || drop(listeners)
    });
}

fn long_insert_listeners(t: HtmlTextAreaElement) -> [EventListener; 4] {
    let on_input = {
        let t = t.clone();
        move |e: &InputEvent| {
            // A textarea's insertions carry their text in `data`; `dataTransfer` in case.
            // Deletions matter when they delete all of a window (so all of the text).
            let text = match e.input_type().as_str() {
                "insertText" | "insertReplacementText" | "insertFromPaste" | "insertFromDrop" => e.data().or_else(|| e.data_transfer().and_then(|d| d.get_data("text/plain").ok())),
                kind if kind.starts_with("delete") => Some(String::new()),
                _ => None,
            };
            if let Some(text) = text {
                if insert_long(&t, &text, &e.input_type()) {
                    e.prevent_default();
                }
            }
        }
    };
    let on_paste = {
        let t = t.clone();
        move |e: &ClipboardEvent| {
            let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok());
            if text.is_some_and(|text| insert_long(&t, &text, "insertFromPaste")) {
                e.prevent_default();
            }
        }
    };
    // Copying or cutting all of a window copies or cuts all of the text.
    let on_copy = Rc::new({
        let t = t.clone();
        move |e: &ClipboardEvent| {
            let Some(data) = e.clipboard_data() else { return };
            let range = local(&t);
            if all_of_part(&t, range) && data.set_data("text/plain", &text(&t)).is_ok() {
                e.prevent_default();
                if e.type_() == "cut" {
                    replace_range(&t, "", "deleteByCut", range);
                }
            }
        }
    });
    let on_cut = on_copy.clone();
    [
        listen(&t, "beforeinput", false, on_input),
        listen(&t, "paste", false, on_paste),
        listen(&t, "copy", false, move |e: &ClipboardEvent| on_copy(e)),
        listen(&t, "cut", false, move |e: &ClipboardEvent| on_cut(e)),
    ]
}

/// Listens to `kind` events of `E` on `target` (able to prevent their default) until the
/// listener is dropped, in the capture phase if `capture`.
pub(super) fn listen<E: JsCast>(target: &web_sys::EventTarget, kind: &'static str, capture: bool, mut f: impl FnMut(&E) + 'static) -> EventListener {
    let phase = if capture { EventListenerPhase::Capture } else { EventListenerPhase::Bubble };
    EventListener::new_with_options(target, kind, EventListenerOptions { phase, passive: false }, move |e| {
        if let Some(e) = e.dyn_ref::<E>() {
            f(e);
        }
    })
}

/// Whether `text` is too long for the browser's own editing to insert it quickly.
pub fn is_long(text: &str) -> bool {
    text.matches('\n').count() + 1 >= LONG_INSERT_LINES
}

/// Replaces the selection with `text` if it is long or replaces all of a window, and fires
/// the `input` event the browser would have; whether it did.
fn insert_long(t: &HtmlTextAreaElement, text: &str, input_type: &str) -> bool {
    let range = local(t);
    (is_long(text) || all_of_part(t, range)) && replace_range(t, text, input_type, range)
}

/// Replaces the selection with `text` at once (not on the browser's undo stack) and fires
/// the `input` event the browser would have; whether it did.
pub fn replace_selection(t: &HtmlTextAreaElement, text: &str, input_type: &str) -> bool {
    replace_range(t, text, input_type, local(t))
}

/// Replaces the textarea's `range` with `text`: in the textarea while the text stays whole
/// and short, else in the editor's text, the window taking the lines around the view.
fn replace_range(t: &HtmlTextAreaElement, text: &str, input_type: &str, range: (u32, u32)) -> bool {
    let part = with_window(t, |w| w.split.is_part()).unwrap_or(false);
    let (new, caret) = replaced(&self::text(t), to_text(t, range), text);
    let n = line_count(&new);
    if part || n > crate::editor_window::LONG {
        let (top, rows) = view(t);
        show(t, &new, wanted(n, top, rows), (caret, caret));
    } else if t.set_range_text_with_start_and_end_and_mode(text, range.0, range.1, "end").is_err() {
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
fn local(t: &HtmlTextAreaElement) -> (u32, u32) {
    (t.selection_start().ok().flatten().unwrap_or(0), t.selection_end().ok().flatten().unwrap_or(0))
}

/// Puts the cursor at each new jump's place and scrolls it into view when it is out of view.
#[hook]
pub fn use_jump(area: NodeRef, scroller: NodeRef, code: String, jump: Option<Jump>) {
    use_effect_with(jump, move |jump| {
        if let (Some(j), Some(t)) = (jump, area.cast::<HtmlTextAreaElement>()) {
            let at = utf16_offset(&code, j.line, j.col);
            let _ = t.focus();
            select(&t, at, at);
            if let Some(s) = scroller.cast::<HtmlElement>() {
                let line_px = LINE_PX as f64;
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
            let _ = el.style().set_property("top", &format!("{}px", PAD_PX + (*line.max(&1) as i32 - 1) * LINE_PX));
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
