//! The page's end of its workers: a Web Worker that compiles and runs programs (the page's
//! own program in `gowasm-worker.js`, sent the page's compiled module first), and one that
//! formats code and prints WAT (`gowasm-tools`, started on first use). Requests go as
//! messages; answers come back as the reducer's actions. Stop terminates the first, which
//! ends whatever runs there at once, and starts a fresh one.
//!
//! Output lines arrive as often as a chatty program prints; they are batched for at most
//! [`BATCH_MS`] into one action, while every other answer is dispatched at once, after the
//! lines that came before it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::{hook, use_effect_with, use_memo, UseReducerDispatcher};

use crate::console::Line;
use crate::state::{Action, State};
use crate::wire::{self, Reply, Request};

/// The workers' scripts: the compiling worker's (`static/gowasm-worker.js`), and the loader
/// Trunk writes for the tools' (`data-loader-shim`).
const LOADER: &str = "./gowasm-worker.js";
const TOOLS_LOADER: &str = "./gowasm-tools_loader.js";
const BATCH_MS: u32 = 16;

/// One worker. The tools worker's requests made before it listens are queued here; the
/// compiling worker's script keeps those itself (`gowasm-worker.js`), so they go at once and
/// the worker finds them as soon as it has started.
#[derive(Default)]
struct Endpoint {
    worker: RefCell<Option<Worker>>,
    /// Requests made before the worker listens.
    queued: RefCell<Option<Vec<Uint8Array>>>,
    onmessage: RefCell<Option<Closure<dyn FnMut(MessageEvent)>>>,
}

impl Endpoint {
    fn send(&self, bytes: Uint8Array) {
        match self.queued.borrow_mut().as_mut() {
            Some(q) => q.push(bytes),
            None => self.post(&bytes),
        }
    }

    fn post(&self, bytes: &Uint8Array) {
        if let Some(w) = self.worker.borrow().as_ref() {
            if let Err(e) = w.post_message(bytes) {
                web_sys::console::error_1(&e);
            }
        }
    }

    /// Starts a worker from `loader`; `first`, when given, is its first message (the compiling
    /// worker's is the page's compiled module, and the requests after it go at once), else
    /// requests wait until the worker says it listens.
    fn spawn(&self, loader: &str, first: Option<&wasm_bindgen::JsValue>, what: &str, onmessage: Closure<dyn FnMut(MessageEvent)>) {
        *self.queued.borrow_mut() = first.is_none().then(Vec::new);
        match Worker::new(loader) {
            Ok(w) => {
                if let Some(Err(e)) = first.map(|m| w.post_message(m)) {
                    web_sys::console::error_1(&e);
                }
                w.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
                *self.worker.borrow_mut() = Some(w);
            }
            Err(e) => crate::ui::browser::show_fatal(&format!("cannot start the worker that {what}: {e:?}")),
        }
        *self.onmessage.borrow_mut() = Some(onmessage);
    }

    /// Takes over a worker started before the page's wasm ran, with the messages it sent
    /// meanwhile, which go to `onmessage` first.
    fn adopt(&self, w: Worker, early: js_sys::Array, onmessage: Closure<dyn FnMut(MessageEvent)>) {
        w.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        *self.worker.borrow_mut() = Some(w);
        let handler: js_sys::Function = onmessage.as_ref().unchecked_ref::<js_sys::Function>().clone();
        *self.onmessage.borrow_mut() = Some(onmessage);
        for e in early.iter() {
            let _ = handler.call1(&wasm_bindgen::JsValue::NULL, &e);
        }
    }

    fn terminate(&self) {
        if let Some(w) = self.worker.borrow_mut().take() {
            w.set_onmessage(None);
            w.terminate();
        }
    }

    /// The worker listens: what waited goes now.
    fn loaded(&self) {
        for bytes in self.queued.borrow_mut().take().unwrap_or_default() {
            self.post(&bytes);
        }
    }
}

/// The workers and what waits to be dispatched from them: the one that compiles and runs
/// programs, started at once, and the one that formats code and prints WAT (its own wasm,
/// which the first load does not fetch), started on first use.
pub struct Bridge {
    main: Endpoint,
    tools: Endpoint,
    dispatch: UseReducerDispatcher<State>,
    /// Output lines not dispatched yet: (instance generation, lines).
    batch: RefCell<Option<(u64, Vec<Line>)>>,
    flush: RefCell<Option<Timeout>>,
    /// Diagnostics as typed: a check is under way, and the text typed since, checked next
    /// (only the newest text is worth checking).
    checking: Cell<bool>,
    check_next: RefCell<Option<String>>,
}

pub type WorkerHandle = Rc<Bridge>;

/// The page's worker, started by `index.html`'s script (else on the first render); Stop (the
/// reducer's `stop_req`) replaces it.
#[hook]
pub fn use_worker(dispatch: UseReducerDispatcher<State>, stop_req: u64) -> WorkerHandle {
    let bridge = use_memo((), move |_| {
        let b = Rc::new(Bridge { main: Endpoint::default(), tools: Endpoint::default(), dispatch, batch: RefCell::default(), flush: RefCell::default(), checking: Cell::new(false), check_next: RefCell::default() });
        b.spawn();
        b
    });
    let handle: WorkerHandle = (*bridge).clone();
    {
        let handle = handle.clone();
        use_effect_with(stop_req, move |&req| {
            if req > 0 {
                handle.restart();
            }
        });
    }
    handle
}

impl Bridge {
    pub fn send(self: &Rc<Self>, req: &Request) {
        let bytes = Uint8Array::from(wire::encode_request(req).as_slice());
        match req {
            Request::Format { .. } | Request::Wat { .. } => {
                if self.tools.worker.borrow().is_none() {
                    self.spawn_tools();
                }
                self.tools.send(bytes);
            }
            _ => self.main.send(bytes),
        }
    }

    /// Checks the editor's text as typed: at once when no check is under way, else once the
    /// current one is answered (texts typed meanwhile are skipped but for the last).
    pub fn check(self: &Rc<Self>, code: String) {
        if self.checking.replace(true) {
            *self.check_next.borrow_mut() = Some(code);
        } else {
            self.send(&Request::Check { code });
        }
    }

    /// A handler of one worker's messages.
    fn listener(self: &Rc<Self>, tools: bool) -> Closure<dyn FnMut(MessageEvent)> {
        let weak = Rc::downgrade(self);
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(b) = weak.upgrade() {
                b.received(&Uint8Array::new(&e.data()).to_vec(), tools);
            }
        })
    }

    /// Starts the worker that compiles, or takes over the one `index.html` started.
    fn spawn(self: &Rc<Self>) {
        match started_early() {
            Some((w, early)) => self.main.adopt(w, early, self.listener(false)),
            None => self.main.spawn(LOADER, Some(&program()), "compiles and runs programs", self.listener(false)),
        }
    }

    fn spawn_tools(self: &Rc<Self>) {
        self.tools.spawn(TOOLS_LOADER, None, "formats code and prints WAT", self.listener(true));
    }

    /// Ends the worker and whatever it runs, drops what it still had to say, and starts a
    /// fresh one. (The tools worker runs nothing that needs stopping.)
    fn restart(self: &Rc<Self>) {
        self.main.terminate();
        self.batch.borrow_mut().take();
        self.flush.borrow_mut().take();
        self.checking.set(false);
        self.check_next.borrow_mut().take();
        self.spawn();
    }

    fn received(self: &Rc<Self>, bytes: &[u8], tools: bool) {
        let reply = match wire::decode_reply(bytes) {
            Ok(r) => r,
            Err(m) => {
                web_sys::console::error_1(&format!("an answer from the worker the page cannot read: {m}").into());
                return;
            }
        };
        match reply {
            Reply::Output { gen, lines } => {
                let mut batch = self.batch.borrow_mut();
                match batch.as_mut() {
                    Some((g, all)) if *g == gen => all.extend(lines),
                    _ => {
                        drop(batch);
                        self.dispatch_batch();
                        *self.batch.borrow_mut() = Some((gen, lines));
                    }
                }
                if self.flush.borrow().is_none() {
                    let weak = Rc::downgrade(self);
                    *self.flush.borrow_mut() = Some(Timeout::new(BATCH_MS, move || {
                        if let Some(b) = weak.upgrade() {
                            b.flush.borrow_mut().take();
                            b.dispatch_batch();
                        }
                    }));
                }
            }
            Reply::Checked { .. } if self.check_next.borrow().is_some() => {
                let next = self.check_next.borrow_mut().take().unwrap_or_default();
                self.send(&Request::Check { code: next });
            }
            Reply::Checked { diagnostics, ms } => {
                self.checking.set(false);
                self.dispatch.dispatch(Action::Ide(crate::state::IdeAction::Checked { diagnostics, ms }));
            }
            Reply::Loaded if tools => self.tools.loaded(),
            other => {
                self.flush.borrow_mut().take();
                self.dispatch_batch();
                if let Some(a) = Action::from_reply(other) {
                    self.dispatch.dispatch(a);
                }
            }
        }
    }

    fn dispatch_batch(&self) {
        if let Some((gen, lines)) = self.batch.borrow_mut().take() {
            self.dispatch.dispatch(Action::Output { gen, lines });
        }
    }
}

/// The compiling worker's first message: the page's program, its script (which `index.html`
/// names in `gowasmProgram`) and its compiled module.
fn program() -> wasm_bindgen::JsValue {
    let message = js_sys::Object::new();
    let js = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"gowasmProgram".into()).ok()).and_then(|p| js_sys::Reflect::get(&p, &"js".into()).ok());
    let _ = js_sys::Reflect::set(&message, &"js".into(), &js.unwrap_or_default());
    let _ = js_sys::Reflect::set(&message, &"module".into(), &wasm_bindgen::module());
    message.into()
}

/// The worker `index.html`'s script started before the page's program ran (it compiles the
/// first example while the page starts), and the messages it sent since:
/// `window.gowasmWorker = { worker, early }`, taken once.
fn started_early() -> Option<(Worker, js_sys::Array)> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("gowasmWorker");
    let started = js_sys::Reflect::get(&window, &key).ok().filter(|v| v.is_object())?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let worker = js_sys::Reflect::get(&started, &"worker".into()).ok()?.dyn_into::<Worker>().ok()?;
    let early = js_sys::Reflect::get(&started, &"early".into()).ok()?.dyn_into::<js_sys::Array>().ok()?;
    Some((worker, early))
}
