//! The tools worker: formats code and prints modules as WAT off the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    gowasm_app::start_tools();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the playground's tools worker runs in a browser: `bash tools/serve.sh` builds and serves it");
}
