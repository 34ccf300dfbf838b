// The compiling worker (app/src/lib.rs): the page sends the program's script, then its
// compiled module; requests that come before the program listens are kept and handed over.
self.onmessage = (e) => {
  if (e.data.js) importScripts(e.data.js);
  if (e.data.module) {
    const kept = [];
    self.onmessage = (e) => kept.push(e);
    wasm_bindgen({ module_or_path: e.data.module }).then(() => kept.forEach((e) => self.onmessage(e)));
  }
};
