//! The worker: compiles the page's programs and runs their modules off the page's thread,
//! so a program that never ends cannot freeze the page, and Stop can end it by terminating
//! the worker. It keeps the current instance between the page's requests (a reactor's exports
//! are called later against it).
//!
//! Format and the WAT are another worker's (`tools.rs`), loaded on first use. At its start
//! the worker compiles the example the page opens on (`early.rs`), before any request.
//!
//! Invariant: requests are served one at a time, in the order they came, each to its end
//! (queued while one waits for the standard packages it needs, `stdlib.rs`; everything else
//! is synchronous); the answers say which request or instance they are for, and the page
//! drops answers for ones it no longer waits for.

mod compare;
mod early;
mod stdlib;
mod stream;
pub mod tools;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use compiler_core::{Diagnostic, Mode};
use host_shim::module::ModuleInfo;
use host_shim::Host;
use js_sys::Uint8Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::console::{Line, LineKind};
use crate::engine::{BrowserPlatform, WebEngine};
use crate::ide;
use crate::program;
use crate::session::{self, Outcome, Status};
use crate::state::FILE_NAME;
use crate::wire::{self, Constant, Reply, Request};
use stream::Streamed;

thread_local! {
    /// The analysis of the editor's text seen last: questions about it do not check it again.
    static IDE: RefCell<ide::Cache> = RefCell::default();
}

/// The instance the page's calls go to, and its generation.
type Current = Rc<RefCell<Option<(u64, Rc<ModuleInfo>, Streamed)>>>;

pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("worker: {info}").into());
    }));
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let current: Current = Rc::default();
    let queue: Queue = Rc::default();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let bytes = Uint8Array::new(&e.data()).to_vec();
        match wire::decode_request(&bytes) {
            Ok(req) => {
                let idle = queue.borrow().0.is_empty() && !queue.borrow().1;
                queue.borrow_mut().0.push_back(req);
                if idle {
                    wasm_bindgen_futures::spawn_local(drain(queue.clone(), current.clone()));
                }
            }
            Err(m) => web_sys::console::error_1(&format!("worker: a request it cannot read: {m}").into()),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Requests that come meanwhile wait in the worker's message queue (those that came while
    // the program started, `gowasm-worker.js` hands over once this returns).
    early::compile();
}

/// Sends one answer to the page.
pub(crate) fn post(reply: &Reply) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let bytes = Uint8Array::from(wire::encode_reply(reply).as_slice());
    if let Err(e) = scope.post_message(&bytes) {
        web_sys::console::error_1(&e);
    }
}

pub(crate) fn now_ms() -> f64 {
    js_sys::global().dyn_into::<web_sys::WorkerGlobalScope>().ok().and_then(|s| s.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

/// Requests not served yet, and whether one is being served.
type Queue = Rc<RefCell<(VecDeque<Request>, bool)>>;

/// Serves the queued requests in order, until none is left.
async fn drain(queue: Queue, current: Current) {
    queue.borrow_mut().1 = true;
    loop {
        let next = queue.borrow_mut().0.pop_front();
        let Some(req) = next else { break };
        serve(req, &current).await;
    }
    queue.borrow_mut().1 = false;
}

async fn serve(req: Request, current: &Current) {
    match req {
        Request::Compile { req, code, settings } => {
            if let Some(reply) = early::take(req, &code, &settings) {
                post(&reply);
                return;
            }
            let reply = match stdlib::load(&compiler_core::imports_of(&code)).await {
                Ok(()) => program::compile(req, &code, &settings, now_ms),
                Err(m) => unloaded(req, &code, &settings, m),
            };
            post(&reply);
        }
        Request::Format { .. } | Request::Wat { .. } => web_sys::console::error_1(&"worker: a request for the tools worker".into()),
        Request::Start { gen, module, mode, constants, stdin, test } => {
            // The old instance goes first: only one lives at a time.
            current.borrow_mut().take();
            let outcome = match ModuleInfo::parse(&module) {
                Ok(info) => start_instance(gen, &module, Rc::new(info), (mode, test.as_deref()), &constants, &stdin, current),
                Err(e) => failed(format!("the compiler produced a module the host cannot read: {e}")),
            };
            post(&Reply::Started { gen, outcome: shown(gen, outcome) });
        }
        Request::Call { gen, lines } => {
            let mut cell = current.borrow_mut();
            let calls = match cell.as_mut() {
                Some((g, info, engine)) if *g == gen => {
                    let mut calls = Vec::new();
                    for line in lines {
                        let o = session::call(engine, info, &line);
                        let o = Streamed::finish(engine, gen, o);
                        let dead = matches!(o.status, Status::Dead(_));
                        calls.push((line, o));
                        if dead {
                            break;
                        }
                    }
                    calls
                }
                // The page moved on to another instance: nothing to call.
                _ => Vec::new(),
            };
            drop(cell);
            post(&Reply::Ran { gen, calls });
        }
        Request::Compare { req, code, settings, constants, calls, stdin } => {
            let result = match stdlib::load(&compiler_core::imports_of(&code)).await {
                Ok(()) => compare::run(&code, &settings, &constants, &calls, &stdin),
                Err(m) => Err(m),
            };
            post(&Reply::Compared { req, result });
        }
        Request::Check { code } => {
            let t0 = now_ms();
            let diagnostics = match stdlib::load(&compiler_core::imports_of(&code)).await {
                Ok(()) => IDE.with(|c| ide::check(&mut c.borrow_mut(), &code)),
                Err(m) => vec![Diagnostic { file: FILE_NAME.into(), line: 1, col: 1, message: m }],
            };
            post(&Reply::Checked { diagnostics, ms: now_ms() - t0 });
        }
        Request::Query { req, query } => {
            let t0 = now_ms();
            if stdlib::load(&compiler_core::imports_of(&query.code)).await.is_err() {
                return;
            }
            if let Some(docs) = IDE.with(|c| ide::docs_to_fetch(&mut c.borrow_mut(), &query)) {
                // Without them the hover still answers, with no doc comment.
                if let Err(m) = stdlib::load_docs(docs).await {
                    web_sys::console::warn_1(&m.into());
                }
            }
            let answer = IDE.with(|c| ide::answer(&mut c.borrow_mut(), &query));
            post(&Reply::Answer { req, answer, ms: now_ms() - t0 });
        }
        Request::Warm => {
            // Offline with fmt never used, there is nothing to warm.
            if stdlib::load(&["fmt"]).await.is_ok() {
                compiler_core::prepare(&["fmt"]);
            }
            post(&Reply::Warm);
        }
    }
}

/// The answer to a compile whose standard packages could not be loaded.
fn unloaded(req: u64, code: &str, s: &crate::state::Settings, why: String) -> Reply {
    let exports = compiler_core::declares_exports(code);
    let diagnostics = vec![Diagnostic { file: FILE_NAME.into(), line: 1, col: 1, message: why }];
    Reply::Compiled { req, module: None, diagnostics, ms: 0.0, mode: program::mode_for(exports, s.mode), exports, test: None }
}

/// Makes instance `gen` and runs a reactor's `_initialize` (the instance is kept) or a
/// command's `_start` (its whole run; a test binary's, `test` naming its package, ends with
/// `go test`'s summary line).
fn start_instance(gen: u64, module: &[u8], info: Rc<ModuleInfo>, (mode, test): (Mode, Option<&str>), constants: &[Constant], stdin: &str, current: &Current) -> Outcome {
    let engine = match WebEngine::instantiate(module, info.clone(), new_host(constants, stdin)) {
        Ok(e) => e,
        Err(m) => return failed(m),
    };
    let mut engine = Streamed::new(engine, gen);
    let outcome = match mode {
        Mode::Reactor => session::initialize(&mut engine, &info),
        Mode::Command => match test {
            Some(pkg) => session::start_test(&mut engine, pkg, &now_ms),
            None => session::start(&mut engine),
        },
    };
    let outcome = Streamed::finish(&mut engine, gen, outcome);
    if !matches!(outcome.status, Status::Dead(_)) {
        *current.borrow_mut() = Some((gen, info, engine));
    }
    outcome
}

/// An instance that could not be made.
fn failed(m: String) -> Outcome {
    Outcome { lines: vec![Line::new(LineKind::Error, format!("error: {m}"))], status: Status::Dead(m), result: None, trace: Vec::new() }
}

/// Sends an outcome's lines ahead of it, as output: every line reaches the page in the
/// order it was printed, whether it streamed during the call or came with its end.
fn shown(gen: u64, mut outcome: Outcome) -> Outcome {
    if !outcome.lines.is_empty() {
        post(&Reply::Output { gen, lines: std::mem::take(&mut outcome.lines) });
    }
    outcome
}

/// A host for a new instance, with the constants the user bound to imports and the
/// standard input a command reads.
pub fn new_host(constants: &[Constant], stdin: &str) -> Host {
    let mut host = Host::new(Box::new(BrowserPlatform::default()));
    host.set_stdin(stdin.as_bytes().to_vec());
    for (m, n, v) in constants {
        host.bind_constant(m, n, *v);
    }
    host
}
