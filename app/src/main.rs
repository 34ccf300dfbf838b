//! The page: the Yew UI, which sends compiles, runs and calls to the worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    gowasm_app::start_page();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the playground runs in a browser: `bash tools/serve.sh` builds and serves it");
}
