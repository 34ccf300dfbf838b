//! The playground: the page (a Yew UI) and the Web Worker that compiles and runs its
//! programs, one program (`gowasm-app`: one wasm, downloaded and compiled once for both),
//! and the Web Worker that formats code and prints WAT (`gowasm-tools`), loaded on first
//! use, over this one library. Natively it
//! builds only its pure parts (the reducer, the messages between page and worker, share
//! links, highlighting, the engine-neutral session), which the tests exercise; the UI, the
//! worker and the browser engine adapter exist only on wasm32, built by Trunk.

// Natively the UI and the worker that use most of these modules are not built.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod console;
mod editor_window;
mod embed;
#[cfg(target_arch = "wasm32")]
mod engine;
mod examples;
mod format;
mod highlight;
mod ide;
mod lesson;
#[cfg(target_arch = "wasm32")]
mod hooks;
mod program;
mod session;
mod share;
mod state;
mod timeline;
#[cfg(target_arch = "wasm32")]
mod ui;
mod wire;
#[cfg(target_arch = "wasm32")]
mod worker;

// Talc instead of Rust's default dlmalloc: a compile allocates and frees many small nodes,
// and talc is faster at that (about 8% on a warm compile of the actor example in the page)
// in less code (the site is 3 KB smaller).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The `gowasm-app` program: in a window it mounts the page; in the Web Worker the page
/// starts (`gowasm-worker.js` loads this same program) it serves the page's requests.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A window has a document, a worker's scope none. (`instanceof` a class that one side
    // lacks throws a ReferenceError there, which costs the page's start a millisecond or two.)
    if js_sys::Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false) {
        ui::start();
    } else {
        worker::start();
    }
}

/// Formats code and prints WAT inside a Web Worker (the `gowasm-tools` program).
#[cfg(target_arch = "wasm32")]
pub fn start_tools() {
    worker::tools::start();
}
