//! The editor's Go popups and the keys and pointer moves that ask for them: hover (the
//! pointer resting on a name, or Ctrl+I at the cursor), the completion list (Ctrl+Space, or
//! typing `.`; arrows, Enter or Tab, Escape), signature help (typing `(` or `,`, or
//! Ctrl+Shift+Space) and go to definition (F12, or Ctrl+click). Popups are placed at the
//! text they are about, in the editor's coordinates (the CSSOM: the page's CSP allows no
//! inline style attributes).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement, InputEvent, KeyboardEvent, MouseEvent};
use yew::{classes, function_component, hook, html, use_effect_with, use_node_ref, Html, NodeRef, Properties};

use super::Dispatch;
use crate::hooks::editor::{self, LINE_PX, PAD_PX};
use crate::ide::{self, Ask, Query};
use crate::state::{Action, IdeAction, Popups};

/// The editor's left padding in CSS pixels (`.code textarea`); its line height and top
/// padding are `hooks::editor`'s.
const PAD_LEFT: i32 = 14;
const TAB: usize = 4;

/// Width of one character of the editor's font, measured on `measure` (ten zeros). Measured
/// only when a popup is placed: reading a box forces a layout, which after a large edit costs
/// more than the edit itself.
fn char_width(measure: &NodeRef) -> f64 {
    measure.cast::<HtmlElement>().map(|m| m.get_bounding_client_rect().width() / 10.0).filter(|w| *w > 0.0).unwrap_or(7.8)
}

/// The cursor's UTF-16 offset in the editor's text.
fn cursor(t: &HtmlTextAreaElement) -> u32 {
    editor::selection(t).0
}

/// Where the text at UTF-16 offset `at` of `code` is drawn: its line's top and its
/// column's left, in the editor's coordinates; popups go below it.
fn anchor_of(code: &str, at: u32, cw: f64) -> (i32, i32) {
    let byte = ide::byte_offset(code, at);
    let line_start = code[..byte].rfind('\n').map_or(0, |i| i + 1);
    let line = code[..line_start].matches('\n').count() as i32;
    let col = visual_cols(&code[line_start..byte]);
    (PAD_LEFT + (col as f64 * cw) as i32, PAD_PX + (line + 1) * LINE_PX)
}

/// Columns text takes on screen, tabs to the next multiple of [`TAB`].
fn visual_cols(text: &str) -> usize {
    text.chars().fold(0, |c, ch| if ch == '\t' { (c / TAB + 1) * TAB } else { c + 1 })
}

/// The UTF-16 offset of the character under the point (`x`, `y`) of the editor's text.
fn offset_at(code: &str, x: f64, y: f64, cw: f64) -> Option<u32> {
    if y < 0.0 || x < 0.0 {
        return None;
    }
    let line = (y / LINE_PX as f64) as usize;
    let col = (x / cw) as usize;
    let start: usize = code.split_inclusive('\n').take(line).map(str::len).sum();
    let text = code.get(start..)?.split('\n').next()?;
    let mut c = 0;
    for (i, ch) in text.char_indices() {
        let next = if ch == '\t' { (c / TAB + 1) * TAB } else { c + 1 };
        if col < next {
            return Some(ide::utf16_offset(code, start + i));
        }
        c = next;
    }
    None
}

/// Asks `ask` at the cursor.
fn ask_at_cursor(t: &HtmlTextAreaElement, ask: Ask, measure: &NodeRef, d: &Dispatch) {
    let code = editor::text(t);
    let at = cursor(t);
    let anchor = anchor_of(&code, at, char_width(measure));
    d.dispatch(Action::Ide(IdeAction::Ask(Query { ask, code, at }, anchor)));
}

/// The hover for the pointer at `e`'s place (its character), if over text.
pub fn ask_hover(t: &HtmlTextAreaElement, e: &MouseEvent, measure: &NodeRef, d: &Dispatch) {
    let cw = char_width(measure);
    let r = t.get_bounding_client_rect();
    // The textarea scrolls its text with the editor (`ui/editor.rs`), from its window's first line.
    let scrolled = t.scroll_top() + editor::first_line(t) as i32 * LINE_PX;
    let (x, y) = (e.client_x() as f64 - r.left() - PAD_LEFT as f64, e.client_y() as f64 - r.top() - PAD_PX as f64 + scrolled as f64);
    let code = editor::text(t);
    if let Some(at) = offset_at(&code, x, y, cw) {
        let line_top = PAD_PX + ((y / LINE_PX as f64) as i32 + 1) * LINE_PX;
        d.dispatch(Action::Ide(IdeAction::Ask(Query { ask: Ask::Hover, code, at }, (PAD_LEFT + x as i32, line_top))));
    }
}

/// Go to definition of the name under the pointer (Ctrl+click: the click put the cursor there).
pub fn ask_definition(t: &HtmlTextAreaElement, d: &Dispatch) {
    let code = editor::text(t);
    let at = cursor(t);
    d.dispatch(Action::Ide(IdeAction::Ask(Query { ask: Ask::Definition, code, at }, (0, 0))));
}

/// The editor's keys for the popups; whether `e` was one (and is handled).
pub fn on_key(e: &KeyboardEvent, t: &HtmlTextAreaElement, popups: &Popups, measure: &NodeRef, d: &Dispatch) -> bool {
    let key = e.key();
    let ctrl = e.ctrl_key() || e.meta_key();
    let act = |a: IdeAction| d.dispatch(Action::Ide(a));
    let list = popups.completion.is_some() && !ctrl && !e.alt_key();
    match key.as_str() {
        "ArrowDown" if list => act(IdeAction::Move(1)),
        "ArrowUp" if list => act(IdeAction::Move(-1)),
        "Enter" | "Tab" if list => act(IdeAction::Accept(None)),
        "Escape" if list => act(IdeAction::Dismiss),
        " " if ctrl && e.shift_key() => ask_at_cursor(t, Ask::Signature, measure, d),
        " " if ctrl => ask_at_cursor(t, Ask::Complete, measure, d),
        "i" | "I" if ctrl && !e.shift_key() => ask_at_cursor(t, Ask::Hover, measure, d),
        "F12" => ask_at_cursor(t, Ask::Definition, measure, d),
        "Escape" if popups.signature.is_some() || popups.hover.is_some() => {
            act(IdeAction::Dismiss);
            // Escape then Tab still leaves the editor.
            return false;
        }
        _ => return false,
    }
    e.prevent_default();
    true
}

/// After an input: a typed `.` opens the completion list, `(` and `,` signature help; typing
/// in a name while the list is open narrows it; signature help follows the cursor. Other
/// insertions (a paste, text set as a whole) close the popups.
pub fn after_input(t: &HtmlTextAreaElement, e: &InputEvent, popups: &Popups, measure: &NodeRef, d: &Dispatch) {
    let data = e.data();
    let typed = match (e.input_type().as_str(), data.as_deref()) {
        ("insertText", Some(s)) if s.chars().count() == 1 => s.chars().next(),
        ("deleteContentBackward", _) => Some('\u{8}'),
        _ => None,
    };
    let open = popups.completion.is_some() || popups.signature.is_some();
    match typed {
        Some('.') => ask_at_cursor(t, Ask::Complete, measure, d),
        Some('(' | ',') => ask_at_cursor(t, Ask::Signature, measure, d),
        Some(c) if popups.completion.is_some() && (c.is_alphanumeric() || c == '_' || c == '\u{8}') => ask_at_cursor(t, Ask::Complete, measure, d),
        Some(_) if popups.completion.is_some() => d.dispatch(Action::Ide(IdeAction::Dismiss)),
        Some(_) if popups.signature.is_some() => ask_at_cursor(t, Ask::Signature, measure, d),
        None if open => d.dispatch(Action::Ide(IdeAction::Dismiss)),
        _ => {}
    }
}

#[derive(Properties, PartialEq)]
pub struct PopupProps {
    pub popups: Popups,
    pub dispatch: Dispatch,
}

/// Moves `node` to `anchor` (left, top) in the editor's coordinates.
fn place(node: &NodeRef, anchor: Option<(i32, i32)>) {
    if let (Some((left, top)), Some(el)) = (anchor, node.cast::<HtmlElement>()) {
        let _ = el.style().set_property("left", &format!("{left}px"));
        let _ = el.style().set_property("top", &format!("{top}px"));
    }
}

/// The hover, the completion list and signature help, over the editor's text.
#[function_component]
pub fn PopupLayer(p: &PopupProps) -> Html {
    let (hover_node, list_node, sig_node) = (use_node_ref(), use_node_ref(), use_node_ref());
    {
        let (a, b, c) = (hover_node.clone(), list_node.clone(), sig_node.clone());
        let anchors = (p.popups.hover.as_ref().map(|h| h.1), p.popups.completion.as_ref().map(|l| l.anchor), p.popups.signature.as_ref().map(|s| s.1));
        use_effect_with(anchors, move |(h, l, s)| {
            place(&a, *h);
            place(&b, *l);
            place(&c, *s);
        });
    }
    {
        // The selected item stays in view.
        let list = list_node.clone();
        use_effect_with(p.popups.completion.as_ref().map(|l| l.selected), move |_| {
            if let Some(el) = list.cast::<HtmlElement>() {
                if let Ok(Some(sel)) = el.query_selector("[aria-selected=true]") {
                    if let Ok(sel) = sel.dyn_into::<HtmlElement>() {
                        let (top, h) = (sel.offset_top(), sel.offset_height());
                        if top < el.scroll_top() {
                            el.set_scroll_top(top);
                        } else if top + h > el.scroll_top() + el.client_height() {
                            el.set_scroll_top(top + h - el.client_height());
                        }
                    }
                }
            }
        });
    }
    let hover = p.popups.hover.as_ref().map(|h| {
        let d = p.dispatch.clone();
        html! {
            <div class="ide-pop hover-tip" role="tooltip" data-testid="hover" ref={hover_node.clone()}
                onmouseleave={move |_| d.dispatch(Action::Ide(IdeAction::DismissHover))}>
                <code>{ &h.0.text }</code>
                if !h.0.doc.is_empty() { <p>{ &h.0.doc }</p> }
            </div>
        }
    });
    let list = p.popups.completion.as_ref().map(|l| {
        let items = l.items.iter().enumerate().map(|(i, it)| {
            let d = p.dispatch.clone();
            let selected = i == l.selected;
            // mousedown, not click: the editor keeps the focus.
            let onmousedown = move |e: MouseEvent| {
                e.prevent_default();
                d.dispatch(Action::Ide(IdeAction::Accept(Some(i))));
            };
            html! {
                <li role="option" data-testid="completion-item" data-kind={it.kind.as_str()} aria-selected={selected.to_string()}
                    class={classes!(selected.then_some("selected"))} {onmousedown}>
                    <span class="label">{ &it.label }</span><span class="detail">{ &it.detail }</span>
                </li>
            }
        });
        html! {
            <ul class="ide-pop completion" role="listbox" aria-label="Completions: arrows choose, Enter or Tab inserts, Escape closes" data-testid="completion" ref={list_node.clone()}>
                { for items }
            </ul>
        }
    });
    let sig = p.popups.signature.as_ref().map(|s| {
        let s = &s.0;
        let params = s.params.iter().enumerate().map(|(i, param)| {
            let sep = if i > 0 { ", " } else { "" };
            if i == s.active {
                html! { <>{ sep }<mark class="active-param" data-testid="active-param">{ param }</mark></> }
            } else {
                html! { <>{ sep }{ param }</> }
            }
        });
        html! {
            <div class="ide-pop sig-help" role="tooltip" aria-live="polite" data-testid="signature-help" ref={sig_node.clone()}>
                <code>{ &s.name }{ "(" }{ for params }{ ")" }{ &s.results }</code>
                if !s.doc.is_empty() { <p>{ &s.doc }</p> }
            </div>
        }
    });
    html! { <>{ for sig }{ for list }{ for hover }</> }
}

/// Puts each new insertion (a chosen completion) in the textarea as if typed, so undo
/// takes it back.
#[hook]
pub fn use_insert(area: NodeRef, insert: Option<Rc<crate::state::Insert>>) {
    use_effect_with(insert, move |insert| {
        if let (Some(i), Some(t)) = (insert, area.cast::<HtmlTextAreaElement>()) {
            let _ = t.focus();
            editor::select(&t, i.from, i.to);
            super::editor::insert(&i.text);
        }
    });
}

