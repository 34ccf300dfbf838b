//! The Web Worker: compiles the page's programs and runs their modules off the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    gowasm_app::start_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the playground's worker runs in a browser: `bash tools/serve.sh` builds and serves it");
}
