//! The editor's effects on its textarea: the code set from elsewhere, jumps to a place, and
//! the marked line.

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::{hook, use_effect_with, NodeRef};

use crate::state::Jump;

/// The textarea is not controlled (that would reset the browser's undo history): its value
/// is set only when the code changes from elsewhere (an example, a share link).
#[hook]
pub fn use_code(area: NodeRef, code: String) {
    use_effect_with(code, move |code| {
        if let Some(t) = area.cast::<HtmlTextAreaElement>() {
            if t.value() != *code {
                t.set_value(code);
            }
        }
    });
}

/// Puts the cursor at each new jump's place and scrolls it into view.
#[hook]
pub fn use_jump(area: NodeRef, scroller: NodeRef, code: String, jump: Option<Jump>) {
    use_effect_with(jump, move |jump| {
        if let (Some(j), Some(t)) = (jump, area.cast::<HtmlTextAreaElement>()) {
            let at = utf16_offset(&code, j.line, j.col);
            let _ = t.focus();
            let _ = t.set_selection_range(at, at);
            if let Some(s) = scroller.cast::<HtmlElement>() {
                let line_px = t.scroll_height() as f64 / code.split('\n').count().max(1) as f64;
                let top = (j.line.saturating_sub(1)) as f64 * line_px - s.client_height() as f64 / 3.0;
                s.set_scroll_top(top.max(0.0) as i32);
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
