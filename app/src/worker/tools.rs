//! The tools worker (`gowasm-tools`): formats code and prints modules as WAT for the page.
//! Its own wasm holds compiler-core's parser and printer and wasmprinter, which neither the
//! page nor the worker that compiles needs: the page starts it on first use, so the first
//! load does not fetch it.

use js_sys::Uint8Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::post;
use crate::format::format_code;
use crate::wire::{self, Reply, Request};

pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("tools worker: {info}").into());
    }));
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| match wire::decode_request(&Uint8Array::new(&e.data()).to_vec()) {
        Ok(Request::Format { req, code, cursor }) => post(&Reply::Formatted { req, result: format_code(&code, cursor) }),
        Ok(Request::Wat { req, module }) => post(&Reply::Wat { req, text: wasmprinter::print_bytes(&module).unwrap_or_else(|e| format!(";; cannot print the module: {e}")) }),
        Ok(_) => web_sys::console::error_1(&"tools worker: a request for the worker that compiles".into()),
        Err(m) => web_sys::console::error_1(&format!("tools worker: a request it cannot read: {m}").into()),
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(&Reply::Loaded);
}
