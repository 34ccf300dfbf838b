//! The editor: a transparent textarea over a highlighted `<pre>` of the same text, so typing
//! and selection are the browser's own; line numbers and diagnostics in a gutter,
//! underlines and messages inline. Undo and redo are the page's, one history per file tab
//! (`state::undo`), since showing another tab's text empties the browser's.
//!
//! Pasting thousands of lines stays fast: the editor inserts long text itself (the browser's
//! own editing takes seconds for it; `hooks::editor::use_long_insert`), only the lines around
//! the visible ones are coloured (the rest of the `<pre>` is empty lines of the same height),
//! and the rest of the page takes the text once typing pauses, not on every keystroke. The
//! textarea is as high as the editor's view, not as its text: it stays in view (sticky) and
//! scrolls its own text with the editor, so after an edit the browser paints the lines on
//! show, not all of them. A long text is not all in the textarea, which would cost a layout
//! of every line on each change: it holds the lines around the view (`editor_window`,
//! `hooks::editor::follow`), and the text and places in it go through `hooks::editor`.

use std::rc::Rc;

use compiler_core::Diagnostic;
use wasm_bindgen::JsCast;
use gloo_timers::callback::Timeout;
use web_sys::{Event, FocusEvent, HtmlDocument, HtmlElement, HtmlTextAreaElement, InputEvent, KeyboardEvent, MouseEvent};
use yew::{classes, function_component, html, use_memo, use_mut_ref, use_node_ref, use_state_eq, Callback, Html, Properties, TargetCast};

use super::Dispatch;
use crate::hooks::editor::{self, LINE_PX, PAD_PX};
use crate::highlight;
use crate::state::{Action, FileAction, Jump, LessonAction, Popups};
use super::ide;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The selected file's text.
    pub code: String,
    /// The selected file's diagnostics.
    pub diagnostics: Option<Rc<[Diagnostic]>>,
    pub jump: Option<Jump>,
    /// Counts undo and redo (`State::restored`).
    #[prop_or_default]
    pub restored: u64,
    /// A line to mark (the timeline's selected event).
    #[prop_or_default]
    pub mark: Option<u32>,
    /// A lesson is open: its read-only regions are shaded and edits of them refused.
    #[prop_or_default]
    pub locked: bool,
    pub dispatch: Dispatch,
    /// The Go popups (`ide.rs`) and the check of the text as typed.
    #[prop_or_default]
    pub popups: Popups,
    #[prop_or_default]
    pub check: Callback<String>,
}

/// Lines are coloured only around the visible ones: [`WINDOW`] lines from [`ABOVE`] lines
/// above the top, the window moving in steps of [`STEP`] lines as the editor scrolls.
const STEP: usize = 20;
const ABOVE: usize = 40;
const WINDOW: usize = 120;
/// The page takes the typed text (the reducer's `Edit`: saving, share links, the rest of
/// the page) once typing pauses this long, or at once when the editor loses focus or a
/// shortcut compiles or formats.
const SETTLE_MS: u32 = 150;
/// How long the pointer rests on a name before its hover is asked for.
const HOVER_MS: u32 = 350;

#[function_component]
pub fn Editor(p: &EditorProps) -> Html {
    let area = use_node_ref();
    let scroller = use_node_ref();
    // After Escape, Tab leaves the editor instead of indenting (keyboard users are not trapped).
    let tab_leaves = use_mut_ref(|| false);
    // Text typed that the page has not taken yet, and the timer that hands it over.
    let typed = use_state_eq(|| None::<String>);
    let settle = use_mut_ref(|| None::<Timeout>);
    let unsettled = use_mut_ref(|| false);
    // The scroll position in steps of STEP lines.
    let step = use_state_eq(|| 0usize);
    let code: &str = typed.as_deref().unwrap_or(&p.code);
    let n = highlight::line_count(code);
    let first = (*step * STEP).saturating_sub(ABOVE).min(n);
    let last = (first + WINDOW).min(n);
    let mine: Vec<&Diagnostic> = p.diagnostics.as_deref().unwrap_or(&[]).iter().collect();
    let marks: Vec<(u32, u32)> = mine.iter().map(|d| (d.line, d.col)).collect();
    let lines = use_memo((code.to_string(), marks, first), |(code, marks, first)| highlight::lines(code, marks, *first..*first + WINDOW));

    {
        // The code changed from elsewhere (an example, a share link): it replaces what was typed.
        let (typed, unsettled) = (typed.clone(), unsettled.clone());
        editor::use_code(area.clone(), p.code.clone(), p.restored, move || {
            *unsettled.borrow_mut() = false;
            typed.set(None);
        });
    }
    editor::use_jump(area.clone(), scroller.clone(), p.code.clone(), p.jump);
    let mark = use_node_ref();
    editor::use_line_mark(mark.clone(), p.mark);
    // Hands the typed text to the page now, if it has not taken it yet.
    let flush = {
        let (area, typed, unsettled, d) = (area.clone(), typed.clone(), unsettled.clone(), p.dispatch.clone());
        Rc::new(move || {
            if std::mem::take(&mut *unsettled.borrow_mut()) {
                if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                    d.dispatch(Action::Edit(editor::text(&t)));
                    editor::follow(&t);
                }
                typed.set(None);
            }
        })
    };
    let refused = {
        let d = p.dispatch.clone();
        Callback::from(move |()| d.dispatch(Action::Lesson(LessonAction::Refused)))
    };
    crate::hooks::lesson::use_readonly_guard(area.clone(), p.locked, refused);
    let regions = use_node_ref();
    crate::hooks::lesson::use_region_marks(regions.clone(), p.locked.then(|| code.to_string()));
    editor::use_long_insert(area.clone());
    ide::use_insert(area.clone(), p.popups.insert.clone());
    let measure = use_node_ref();
    // The pointer resting on a name asks for its hover once it has stopped this long.
    let hover_timer = use_mut_ref(|| None::<Timeout>);
    // New text in the textarea: coloured at once, handed to the page once typing pauses.
    let oninput = {
        let (typed, settle, unsettled, flush) = (typed.clone(), settle.clone(), unsettled.clone(), flush.clone());
        let (check, popups, d, measure) = (p.check.clone(), p.popups.clone(), p.dispatch.clone(), measure.clone());
        Callback::from(move |e: InputEvent| {
            let t = e.target_unchecked_into::<HtmlTextAreaElement>();
            let value = editor::text(&t);
            // Diagnostics as typed: checked at once (the checker is fast), not on the pause.
            check.emit(value.clone());
            ide::after_input(&t, &e, &popups, &measure, &d);
            typed.set(Some(value));
            *unsettled.borrow_mut() = true;
            let flush = flush.clone();
            *settle.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || flush()));
        })
    };
    let onblur = {
        let flush = flush.clone();
        Callback::from(move |_: FocusEvent| flush())
    };
    let onscroll = {
        let (scroller, area, step) = (scroller.clone(), area.clone(), step.clone());
        Callback::from(move |_: Event| {
            if let Some(el) = scroller.cast::<HtmlElement>() {
                step.set(((el.scroll_top() - PAD_PX).max(0) / LINE_PX) as usize / STEP);
                if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                    // A long text's window moves with the view; its text starts this far down.
                    editor::follow(&t);
                    let off = editor::first_line(&t) as i32 * LINE_PX;
                    if t.scroll_top() + off != el.scroll_top().min(t.scroll_height() - t.client_height() + off) {
                        t.set_scroll_top(el.scroll_top() - off);
                    }
                }
            }
        })
    };
    // The textarea scrolled itself (the caret moved out of view, a selection dragged past
    // an edge): the editor follows. At its last position the textarea lies higher than the
    // editor's own last one by the difference in their heights, which sticky positioning
    // makes up for.
    let onscroll_area = {
        let (scroller, area) = (scroller.clone(), area.clone());
        Callback::from(move |_: Event| {
            if let (Some(el), Some(t)) = (scroller.cast::<HtmlElement>(), area.cast::<HtmlTextAreaElement>()) {
                let off = editor::first_line(&t) as i32 * LINE_PX;
                let (top, end, outer) = (t.scroll_top() + off, t.scroll_height() - t.client_height() + off, el.scroll_top());
                if top != outer.min(end) {
                    el.set_scroll_top(if top >= end { outer.max(top) } else { top });
                }
            }
        })
    };
    // Undo and redo are the page's, per file (`state::undo`), for keys and the browser's
    // menus alike: the text the page has not taken yet is a step of its own.
    let step: Rc<dyn Fn(bool)> = {
        let (d, flush) = (p.dispatch.clone(), flush.clone());
        Rc::new(move |redo| {
            flush();
            d.dispatch(Action::Files(if redo { FileAction::Redo } else { FileAction::Undo }));
        })
    };
    editor::use_history(area.clone(), step.clone());
    let onkeydown = {
        let tab_leaves = tab_leaves.clone();
        let (popups, d, measure, flush) = (p.popups.clone(), p.dispatch.clone(), measure.clone(), flush.clone());
        Callback::from(move |e: KeyboardEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            editor::before_key(&e, &t);
            if e.key() == "F12" {
                // The jump goes through the page's text.
                flush();
            }
            if ide::on_key(&e, &t, &popups, &measure, &d) {
                return;
            }
            let key = e.key();
            let leave = std::mem::replace(&mut *tab_leaves.borrow_mut(), key == "Escape");
            // The page's shortcuts (compile, format) act on the text as typed.
            if (key == "Enter" && (e.ctrl_key() || e.meta_key())) || (e.code() == "KeyF" && e.shift_key() && e.alt_key()) {
                flush();
            }
            if let Some(redo) = history_key(&e) {
                e.prevent_default();
                step(redo);
                return;
            }
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match key.as_str() {
                "Tab" if !leave => {
                    e.prevent_default();
                    indent(&t, e.shift_key());
                }
                "Enter" => {
                    e.prevent_default();
                    newline(&t);
                }
                "}" if close_brace(&t) => e.prevent_default(),
                _ => {}
            }
        })
    };

    let onmousemove = {
        let (timer, d, measure) = (hover_timer.clone(), p.dispatch.clone(), measure.clone());
        let shown = p.popups.hover.is_some();
        Callback::from(move |e: MouseEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            let (d, measure) = (d.clone(), measure.clone());
            if shown {
                d.dispatch(Action::Ide(crate::state::IdeAction::DismissHover));
            }
            *timer.borrow_mut() = Some(Timeout::new(HOVER_MS, move || ide::ask_hover(&t, &e, &measure, &d)));
        })
    };
    let onmouseleave = {
        let timer = hover_timer.clone();
        Callback::from(move |_: MouseEvent| {
            timer.borrow_mut().take();
        })
    };
    let onclick = {
        let (d, flush) = (p.dispatch.clone(), flush.clone());
        Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() {
                flush();
                ide::ask_definition(&e.target_unchecked_into(), &d);
            }
        })
    };
    let mut by_line: Vec<Vec<&Diagnostic>> = vec![Vec::new(); n + 1];
    for d in &mine {
        if let Some(v) = by_line.get_mut(d.line as usize) {
            v.push(d);
        }
    }
    // Lines outside the window are blank lines in the gutter and the coloured copy (they are
    // out of sight; blank lines cost the browser's layout almost nothing, while 2,000 line
    // numbers, laid out again whenever the line count changes, cost as much as the window);
    // the textarea above holds the real text.
    let blank = |lines: usize| format!("{} ", "\n".repeat(lines.saturating_sub(1)));
    let gutter = (first + 1..=last).map(|i| {
        let ds = &by_line[i];
        let marked = p.mark == Some(i as u32);
        if ds.is_empty() {
            html! { <div class={classes!("ln", marked.then_some("mark"))}>{ i }</div> }
        } else {
            let title = ds.iter().map(|d| d.message.as_str()).collect::<Vec<_>>().join("\n");
            html! { <div class="ln err" {title}><span class="dot" aria-hidden="true">{ "●" }</span>{ i }</div> }
        }
    });
    let code_lines = lines.iter().enumerate().map(|(i, segs)| {
        let line = first + i + 1;
        let msg = by_line.get(line).and_then(|ds| ds.first()).map(|d| {
            let more = by_line[line].len() - 1;
            let text = if more > 0 { format!("{} (+{more})", d.message) } else { d.message.clone() };
            html! { <span class="inline-msg">{ text }</span> }
        });
        html! {
            <>
                { for segs.iter().map(|s| html! { <span class={classes!(s.class, s.under.then_some("under"))}>{ &s.text }</span> }) }
                { for msg }
                { "\n" }
            </>
        }
    });
    let (above, below) = ("\n".repeat(first), "\n".repeat(n - last));
    html! {
        <div class="editor" ref={scroller} {onscroll}>
            <div class="gutter" aria-hidden="true">
                if first > 0 { <div class="ln run">{ blank(first) }</div> }
                { for gutter }
                if last < n { <div class="ln run">{ blank(n - last) }</div> }
            </div>
            <div class="code">
                if let Some(line) = p.mark.filter(|&l| l >= 1 && l as usize <= n) {
                    <div class="line-mark" ref={mark} data-testid="marked-line" data-line={line.to_string()} aria-hidden="true" />
                }
                if p.locked { { super::lesson::readonly_marks(code, regions) } }
                <textarea ref={area} data-testid="editor" spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" onscroll={onscroll_area}
                    aria-label="Go source (Escape then Tab leaves the editor; Ctrl+Space completes, Ctrl+I describes, F12 goes to the definition)" {oninput} {onkeydown} {onblur} {onmousemove} {onmouseleave} {onclick} />
                <pre class="hl" aria-hidden="true">{ above }{ for code_lines }{ below }</pre>
                <span class="measure" aria-hidden="true" ref={measure}>{ "0000000000" }</span>
                <ide::PopupLayer popups={p.popups.clone()} dispatch={p.dispatch.clone()} />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DiagnosticsProps {
    pub diagnostics: Option<Rc<[Diagnostic]>>,
    pub dispatch: Dispatch,
}

/// The compiler's diagnostics as a list; clicking one opens its file's tab with the cursor
/// at its place.
#[function_component]
pub fn Diagnostics(p: &DiagnosticsProps) -> Html {
    let list = p.diagnostics.as_deref().unwrap_or(&[]);
    let items = list.iter().map(|d| {
        let (dispatch, file, line, col) = (p.dispatch.clone(), d.file.clone(), d.line, d.col);
        html! {
            <li data-testid="diagnostic">
                <button class="diag" onclick={move |_| dispatch.dispatch(Action::Files(FileAction::Open { file: file.clone(), line, col }))}>
                    <span class="pos">{ format!("{}:{}:{}", d.file, d.line, d.col) }</span>{ ": " }<span>{ &d.message }</span>
                </button>
            </li>
        }
    });
    let summary = match (&p.diagnostics, list.len()) {
        (None, _) => "Not compiled yet.".to_string(),
        (Some(_), 0) => "No problems.".to_string(),
        (Some(_), 1) => "1 problem".to_string(),
        (Some(_), n) => format!("{n} problems"),
    };
    html! {
        <section class={classes!("card", "diagnostics", (!list.is_empty()).then_some("has-errors"))} aria-label="Diagnostics">
            <h2>{ "Diagnostics" }<span class="count">{ summary }</span></h2>
            <ul data-testid="diagnostics">{ for items }</ul>
        </section>
    }
}

/// Whether a key is undo (`Some(false)`: Ctrl/Cmd+Z) or redo (`Some(true)`: Ctrl/Cmd+Shift+Z,
/// Ctrl+Y).
fn history_key(e: &KeyboardEvent) -> Option<bool> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    match e.key().to_ascii_lowercase().as_str() {
        "z" => Some(e.shift_key()),
        "y" if e.ctrl_key() && !e.shift_key() => Some(true),
        _ => None,
    }
}

/// Inserts text as if typed (the editor's `input` event, as for a key).
pub(super) fn insert(text: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.dyn_into::<HtmlDocument>().ok()) {
        let _ = doc.exec_command_with_show_ui_and_value("insertText", false, text);
    }
}

/// Tab inserts a tab; with a multi-line selection, Tab and Shift+Tab indent or outdent the
/// selected lines.
fn indent(t: &HtmlTextAreaElement, outdent: bool) {
    let value: Vec<u16> = t.value().encode_utf16().collect();
    let (s, e) = (t.selection_start().ok().flatten().unwrap_or(0) as usize, t.selection_end().ok().flatten().unwrap_or(0) as usize);
    let nl = u16::from(b'\n');
    let multi = value[s.min(value.len())..e.min(value.len())].contains(&nl);
    if !multi && !outdent {
        insert("\t");
        return;
    }
    let first = value[..s.min(value.len())].iter().rposition(|c| *c == nl).map_or(0, |i| i + 1);
    let last = if e > s && e > 0 && value.get(e - 1) == Some(&nl) { e - 1 } else { e };
    let end = value[last.min(value.len())..].iter().position(|c| *c == nl).map_or(value.len(), |i| last + i);
    let block = String::from_utf16_lossy(&value[first..end]);
    let changed: Vec<String> = block
        .split('\n')
        .map(|l| match (outdent, l.strip_prefix('\t').or_else(|| l.strip_prefix("    "))) {
            (true, Some(rest)) => rest.to_string(),
            (true, None) => l.to_string(),
            (false, _) => format!("\t{l}"),
        })
        .collect();
    let new = changed.join("\n");
    if new == block {
        return;
    }
    let _ = t.set_selection_range(first as u32, end as u32);
    insert(&new);
    let _ = t.set_selection_range(first as u32, (first + new.encode_utf16().count()) as u32);
}

/// A `}` typed on a line of only indentation takes one level back; false when it does not apply.
fn close_brace(t: &HtmlTextAreaElement) -> bool {
    let value: Vec<u16> = t.value().encode_utf16().collect();
    let (s, e) = (t.selection_start().ok().flatten().unwrap_or(0) as usize, t.selection_end().ok().flatten().unwrap_or(0) as usize);
    if s != e || s == 0 || s > value.len() || value[s - 1] != u16::from(b'\t') {
        return false;
    }
    let line_start = value[..s].iter().rposition(|c| *c == u16::from(b'\n')).map_or(0, |i| i + 1);
    if !value[line_start..s].iter().all(|c| *c == u16::from(b'\t') || *c == u16::from(b' ')) {
        return false;
    }
    let _ = t.set_selection_range((s - 1) as u32, s as u32);
    insert("}");
    true
}

/// Enter keeps the line's indentation, one more after an opening brace or parenthesis.
fn newline(t: &HtmlTextAreaElement) {
    let value: Vec<u16> = t.value().encode_utf16().collect();
    let s = (t.selection_start().ok().flatten().unwrap_or(0) as usize).min(value.len());
    let line_start = value[..s].iter().rposition(|c| *c == u16::from(b'\n')).map_or(0, |i| i + 1);
    let line = String::from_utf16_lossy(&value[line_start..s]);
    let mut indent: String = line.chars().take_while(|c| *c == '\t' || *c == ' ').collect();
    if line.trim_end().ends_with(['{', '(']) {
        indent.push('\t');
    }
    insert(&format!("\n{indent}"));
}
