//! Small wrappers over browser APIs: location, localStorage, clipboard, downloads, timing.
//! Each one fails quietly (returns nothing) where the browser refuses, e.g. storage disabled.

use compiler_core::Schedule;
use wasm_bindgen::JsCast;
use web_sys::{window, Storage};

use crate::examples;
use crate::program::{mode_str, parse_mode};
use crate::state::{Init, Progress, Settings, Theme};

const KEY: &str = "gowasm-playground.";

/// The location's fragment and query, each with its leading `#` / `?`.
pub fn location() -> (String, String) {
    let loc = window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| loc.as_ref().and_then(|l| f(l).ok()).unwrap_or_default();
    (get(web_sys::Location::hash), get(web_sys::Location::search))
}

/// The page's address without fragment and query.
pub fn page_url() -> String {
    window().and_then(|w| {
        let l = w.location();
        Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
    })
    .unwrap_or_default()
}

/// Puts a fragment in the address bar without reloading or adding a history entry.
pub fn set_hash(fragment: &str) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// localStorage, when the browser gives the page one: a sandboxed embed or a blocked
/// site's storage has none (gloo-storage's `LocalStorage` would throw there).
fn storage() -> Option<Storage> {
    window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(&format!("{KEY}{key}")).ok()?
}

fn put(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{KEY}{key}"), value);
    }
}

pub fn load_saved() -> Option<Init> {
    let code = get("code")?;
    let example = get("example").and_then(|n| examples::find(&n)).filter(|e| e.code == code).map(|e| e.name);
    let schedule = get("schedule").and_then(|s| Schedule::parse(&s)).unwrap_or_default();
    let step_budget = match get("budget").as_deref() {
        Some("off") => None,
        Some(b) => b.parse().ok().or(Settings::default().step_budget),
        None => Settings::default().step_budget,
    };
    let trace = get("trace").as_deref() == Some("on");
    let mode = get("mode").and_then(|m| parse_mode(&m)).unwrap_or_default();
    let settings = Settings { schedule, step_budget, trace, mode };
    let stdin = get("stdin").unwrap_or_default();
    Some(Init { code, calls: get("calls").unwrap_or_default(), example, settings, embed: false, theme: Theme::System, notice: None, constants: Vec::new(), stdin, lesson: None, lessons_passed: Vec::new(), embed_output: false })
}

pub fn save(code: &str, calls: &str, stdin: &str, settings: &Settings, example: Option<&str>) {
    put("code", code);
    put("calls", calls);
    put("stdin", stdin);
    put("mode", mode_str(settings.mode));
    put("schedule", settings.schedule.as_str());
    put("budget", &settings.step_budget.map_or("off".to_string(), |b| b.to_string()));
    put("trace", if settings.trace { "on" } else { "off" });
    put("example", example.unwrap_or(""));
}

const LESSON: &str = "lesson.";

/// A lesson's saved progress, by its key.
pub fn load_lesson(key: &str) -> Option<Progress> {
    Progress::from_text(&get(&format!("{LESSON}{key}"))?)
}

pub fn save_lesson(key: &str, p: &Progress) {
    put(&format!("{LESSON}{key}"), &p.to_text());
}

/// The keys of the lessons passed in this browser.
pub fn lessons_passed() -> Vec<String> {
    let Some(s) = storage() else { return Vec::new() };
    let prefix = format!("{KEY}{LESSON}");
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(&prefix).map(String::from))
        .filter(|k| load_lesson(k).is_some_and(|p| p.passed))
        .collect()
}

pub fn load_theme() -> Theme {
    get("theme").map_or(Theme::System, |t| Theme::parse(&t))
}

/// Sets `data-theme` on the root element; "system" leaves the choice to the media query.
/// `keep` saves it as the reader's choice.
pub fn apply_theme(theme: Theme, keep: bool) {
    if keep {
        put("theme", theme.as_str());
    }
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

pub fn now_ms() -> f64 {
    window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

/// Records when the page first became usable (program compiled, instance ready), for
/// measurements and tests: `<html data-ready-ms="...">`.
pub fn mark_ready() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        if !root.has_attribute("data-ready-ms") {
            let _ = root.set_attribute("data-ready-ms", &(now_ms().round() as u64).to_string());
        }
    }
}

/// Runs `f` once the browser is idle (`requestIdleCallback`; a timeout where it is missing).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    if js_sys::Reflect::has(&w, &"requestIdleCallback".into()).unwrap_or(false) {
        let cb = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.request_idle_callback(cb.unchecked_ref());
    } else {
        gloo_timers::callback::Timeout::new(200, f).forget();
    }
}

/// Installs the service worker (`sw.js`, written by the site build) that keeps the site for
/// offline use; `<html data-offline="ready">` once it is active. Where there is none (an
/// insecure origin, a browser without them) the page works as before, online.
pub fn keep_offline() {
    let Some(w) = window() else { return };
    if !js_sys::Reflect::has(&w.navigator(), &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let sw = w.navigator().service_worker();
    let _ = sw.register("./sw.js");
    if let Ok(ready) = sw.ready() {
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(ready).await.is_ok() {
                mark("offline", "ready");
            }
        });
    }
}

/// Sets `data-<name>` on the root element, for measurements and tests.
pub fn mark(name: &str, value: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute(&format!("data-{name}"), value);
    }
}

// web-sys has `CompressionStream` and `DecompressionStream` only behind
// `web_sys_unstable_apis`, a flag that would rebuild every crate: their constructors are
// declared here. Each is a `{readable, writable}` pair that `pipeThrough` takes as it is.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, wasm_bindgen::JsValue>;
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
}

/// `bytes` (one chunk) through a transform stream, read from its readable side.
fn through(bytes: &[u8], transform: &wasm_bindgen::JsValue) -> Result<web_sys::ReadableStream, wasm_bindgen::JsValue> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))?;
    Ok(blob.stream().pipe_through(transform.unchecked_ref()))
}

/// Inflates raw deflate with the browser's `DecompressionStream`, stopping once the text
/// would be longer than `limit` bytes (a crafted link cannot inflate forever).
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult};
    let inflate = DecompressionStream::new("deflate-raw").map_err(|_| "this browser cannot inflate".to_string())?;
    let stream = through(bytes, &inflate).map_err(|_| "cannot inflate".to_string())?;
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk: ReadableStreamReadResult = wasm_bindgen_futures::JsFuture::from(reader.read()).await.map_err(|_| "cannot inflate: the data is not deflate".to_string())?.unchecked_into();
        if chunk.get_done() == Some(true) {
            return Ok(out);
        }
        let value = js_sys::Uint8Array::new(&chunk.get_value());
        if out.len() + value.length() as usize > limit {
            let _ = reader.cancel();
            return Err(format!("longer than {limit} bytes"));
        }
        out.extend(value.to_vec());
    }
}

/// Raw deflate of `text` by the browser (`CompressionStream`), for share links; `None` where
/// the browser has none.
pub async fn deflate(text: &str) -> Option<Vec<u8>> {
    let run = async {
        let deflate = CompressionStream::new("deflate-raw")?;
        let stream = through(text.as_bytes(), &deflate)?;
        let bytes = wasm_bindgen_futures::JsFuture::from(web_sys::Response::new_with_opt_readable_stream(Some(&stream))?.array_buffer()?).await?;
        Ok::<_, wasm_bindgen::JsValue>(js_sys::Uint8Array::new(&bytes).to_vec())
    };
    run.await.ok()
}

pub fn copy_text(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Offers `bytes` as a file download (the object URL is revoked when it is dropped, after
/// the click).
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    let run = || -> Option<()> {
        let doc = window()?.document()?;
        let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(bytes, Some(mime)));
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        Some(())
    };
    run();
}

/// Shows an internal error over the page: after a Rust panic the app cannot go on, but the
/// user learns what happened and that a reload helps (their program is saved).
pub fn show_fatal(message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    if let Ok(div) = doc.create_element("div") {
        div.set_class_name("fatal");
        div.set_attribute("role", "alert").ok();
        div.set_text_content(Some(&format!("The playground hit an internal error and stopped: {message}. Your program is saved; reload the page to go on.")));
        let _ = body.append_child(&div);
    }
}
