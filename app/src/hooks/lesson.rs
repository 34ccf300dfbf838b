//! The lesson's effects: fetching a lesson file, keeping its progress in localStorage and
//! its address in the fragment, and refusing edits of the editor's read-only regions. And
//! the embed's: posting its height to the page that embeds it.

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, HtmlTextAreaElement, InputEvent, Response};
use yew::{hook, use_effect, use_effect_with, Callback, NodeRef, UseReducerHandle};

use crate::embed::HEIGHT_MESSAGE;
use crate::lesson;
use crate::state::{Action, LessonAction, Progress, State};
use crate::ui::browser;

/// Fetches the lesson the reducer asks for, with its saved progress; saves the progress of
/// the open lesson as it changes; keeps `#lesson=NAME` in the address so a reload reopens it.
#[hook]
pub fn use_lessons(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    use_effect_with(state.lessons.fetch.clone(), move |fetch| {
        if let Some((req, source)) = fetch.clone() {
            wasm_bindgen_futures::spawn_local(async move {
                let action = match fetch_text(&source.href()).await {
                    Ok(text) => LessonAction::Loaded { req, text, saved: browser::load_lesson(&source.key()) },
                    Err(error) => LessonAction::LoadFailed { req, error },
                };
                dispatch.dispatch(Action::Lesson(action));
            });
        }
    });
    let open = state.lessons.open.as_ref();
    let progress = open.map(|o| (o.source.clone(), Progress { code: state.code.clone(), passed: o.passed, hints: o.hints }));
    use_effect_with(progress, |progress| {
        if let Some((source, p)) = progress {
            browser::save_lesson(&source.key(), p);
        }
    });
    // Leaving a lesson takes its address away, so a reload does not reopen it.
    let fetching = state.lessons.fetch.is_some();
    use_effect_with((open.map(|o| o.source.clone()), fetching), |(source, fetching)| match source {
        Some(s) => browser::set_hash(&s.fragment()),
        None if !fetching && browser::location().0.starts_with("#lesson") => browser::set_hash(""),
        None => {}
    });
}

async fn fetch_text(href: &str) -> Result<String, String> {
    let shown = |e: JsValue| e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string())).unwrap_or_else(|| "the network failed".into());
    let w = web_sys::window().ok_or("no window")?;
    let resp: Response = JsFuture::from(w.fetch_with_str(href)).await.map_err(shown)?.unchecked_into();
    if !resp.ok() {
        return Err(format!("{} {}", resp.status(), resp.status_text()));
    }
    JsFuture::from(resp.text().map_err(shown)?).await.map_err(shown)?.as_string().ok_or_else(|| "not text".into())
}

/// While `on`, refuses any edit of the textarea that would change a read-only region (it
/// listens in the capture phase, before the editor's own handlers) and calls `refused`.
#[hook]
pub fn use_readonly_guard(area: NodeRef, on: bool, refused: Callback<()>) {
    use_effect_with(on, move |on| {
        let guard = move |e: &InputEvent| {
            let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
            let before = super::editor::text(&t);
            let (s, end) = super::editor::selection(&t);
            let (s, end) = (s as usize, end as usize);
            let data = e.data().or_else(|| e.data_transfer().and_then(|d| d.get_data("text/plain").ok()));
            if let Some(after) = lesson::edit::after(&before, s, end, &e.input_type(), data.as_deref()) {
                if !lesson::edit_allowed(&before, &after) {
                    e.prevent_default();
                    e.stop_immediate_propagation();
                    refused.emit(());
                }
            }
        };
        // In the capture phase: before the editor's own `beforeinput` listeners.
        let listener = area.cast::<HtmlTextAreaElement>().filter(|_| *on).map(|t| super::editor::listen(&t, "beforeinput", true, guard));
        move || drop(listener)
    });
}

/// Places the shades of the read-only regions of `code` (children of `node`) over their
/// lines, through the CSSOM: the page's policy allows no inline style attributes.
#[hook]
pub fn use_region_marks(node: NodeRef, code: Option<String>) {
    let rs = code.and_then(|c| lesson::regions(&c).ok()).unwrap_or_default();
    use_effect_with(rs, move |rs| {
        let Some(el) = node.cast::<HtmlElement>() else { return };
        let children = el.children();
        for (i, r) in rs.iter().enumerate() {
            if let Some(c) = children.item(i as u32).and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
                let _ = c.style().set_property("top", &format!("{}px", 10 + (r.first - 1) * 20));
                let _ = c.style().set_property("height", &format!("{}px", (r.last - r.first + 1) * 20));
            }
        }
    });
}

/// In an embed, posts the page's height to the embedding page after every render and on
/// resize, when it changed: `{type: "gowasm-embed-height", height}`.
#[hook]
pub fn use_embed_height(embed: bool) {
    use_effect(move || {
        if embed {
            post_height();
        }
    });
    use_effect_with(embed, |embed| {
        let listener = web_sys::window().filter(|_| *embed).map(|w| EventListener::new(&w, "resize", |_| post_height()));
        move || drop(listener)
    });
}

fn post_height() {
    thread_local!(static LAST: std::cell::Cell<i32> = const { std::cell::Cell::new(-1) });
    let Some(w) = web_sys::window() else { return };
    let Some(app) = w.document().and_then(|d| d.query_selector(".app").ok().flatten()).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    let height = app.offset_height();
    if LAST.with(|l| l.replace(height)) == height {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
    let _ = parent.post_message(&msg, "*");
}
