//! The playground page. Natively this crate builds only its pure parts (the reducer, share
//! links, highlighting, the engine-neutral session), which the tests exercise; the UI and the
//! browser engine adapter exist only on wasm32, built by Trunk.

// Natively the UI that uses most of these modules is not built.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod console;
#[cfg(target_arch = "wasm32")]
mod engine;
mod examples;
mod format;
mod highlight;
#[cfg(target_arch = "wasm32")]
mod hooks;
mod program;
mod session;
mod share;
mod state;
mod timeline;
#[cfg(target_arch = "wasm32")]
mod ui;

// Talc instead of Rust's default dlmalloc: a compile allocates and frees many small nodes,
// and talc is faster at that (about 8% on a warm compile of the actor example in the page)
// in less code (the site is 3 KB smaller).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the playground runs in a browser: `bash tools/serve.sh` builds and serves it");
}
