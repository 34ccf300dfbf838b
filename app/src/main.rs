//! The page, the Yew UI, which sends compiles, runs and calls to the worker; and that
//! worker, which compiles and runs them: one program for both, each side started by where
//! it runs ([`gowasm_app::start`]).

#[cfg(target_arch = "wasm32")]
fn main() {
    gowasm_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the playground runs in a browser: `bash tools/serve.sh` builds and serves it");
}
