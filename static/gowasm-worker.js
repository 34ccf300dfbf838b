// The Web Worker that compiles and runs the page's programs: the page's own program, which
// starts the worker's part in a worker (app/src/lib.rs). The page's first message names the
// program's script and carries its compiled module: the wasm is fetched and compiled once.
self.onmessage = (e) => {
  self.onmessage = null;
  importScripts(e.data.js);
  wasm_bindgen({ module_or_path: e.data.module });
};
