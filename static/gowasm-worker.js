// The Web Worker that compiles and runs the page's programs: the page's own program, which
// starts the worker's part in a worker (app/src/lib.rs). The page names the program's
// script, then sends its compiled module (in one message or two: the script loads while the
// page compiles the module): the wasm is fetched and compiled once.
self.onmessage = (e) => {
  if (e.data.js) importScripts(e.data.js);
  if (e.data.module) {
    self.onmessage = null;
    wasm_bindgen({ module_or_path: e.data.module });
  }
};
