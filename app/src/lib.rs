//! The playground: the page (a Yew UI, `gowasm-app`), the Web Worker that compiles and
//! runs its programs (`gowasm-worker`) and the one that formats code and prints WAT
//! (`gowasm-tools`), three programs over this one library. Natively it
//! builds only its pure parts (the reducer, the messages between page and worker, share
//! links, highlighting, the engine-neutral session), which the tests exercise; the UI, the
//! worker and the browser engine adapter exist only on wasm32, built by Trunk.

// Natively the UI and the worker that use most of these modules are not built.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod console;
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

/// Mounts the page (the `gowasm-app` program).
#[cfg(target_arch = "wasm32")]
pub fn start_page() {
    ui::start();
}

/// Serves the page's requests inside a Web Worker (the `gowasm-worker` program).
#[cfg(target_arch = "wasm32")]
pub fn start_worker() {
    worker::start();
}

/// Formats code and prints WAT inside a Web Worker (the `gowasm-tools` program).
#[cfg(target_arch = "wasm32")]
pub fn start_tools() {
    worker::tools::start();
}
