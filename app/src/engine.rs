//! The browser engine adapter (in the worker): a module instantiated by the browser's own
//! WebAssembly (through js-sys), every import a wasm-bindgen closure that forwards to host-shim's
//! [`Host::call_import`], memory read through a `Uint8Array` over the exported memory. An
//! import is a `Proxy` whose `apply` trap is the closure: the trap gets the arguments as one
//! array, so imports of any arity (WASI's `path_open` takes 9) are served, where a closure's
//! own parameters stop at wasm-bindgen's 8.
//!
//! Invariant: this file only translates between JS values and host-shim's values; what an
//! import does is decided by host-shim alone, so the page and the CLI serve imports the same
//! way. A guest trap, `proc_exit` or a JS exception ends a call as a [`RunError`], never as a
//! panic in the page.

use std::cell::RefCell;
use std::rc::Rc;

use gowasm_meta::WasmType;
use host_shim::calls::Guest;
use host_shim::module::{ExternKind, FuncSig, ModuleInfo};
use host_shim::{Clock, Event, Host, HostError, Memory, Platform, RunError, Val};
use js_sys::{Array, Function, Object, Proxy, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::session::Engine;

/// An import's `apply` trap: (target, this, the arguments as an array).
type ImportFn = dyn FnMut(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>;

/// An instance on the browser's engine.
pub struct WebEngine {
    exports: Object,
    memory: Rc<RefCell<Option<WebAssembly::Memory>>>,
    host: Rc<RefCell<Host>>,
    /// Why the last import call stopped the guest: the JS exception alone cannot carry it.
    stop: Rc<RefCell<Option<HostError>>>,
    info: Rc<ModuleInfo>,
    /// The import functions live as long as the instance.
    _imports: Vec<Closure<ImportFn>>,
}

impl WebEngine {
    /// Compiles and instantiates `bytes`; `_initialize` is not run yet. Synchronous: in the
    /// worker nothing else waits for it, and requests stay in the order they came.
    pub fn instantiate(bytes: &[u8], info: Rc<ModuleInfo>, host: Host) -> Result<WebEngine, String> {
        let module = WebAssembly::Module::new(&Uint8Array::from(bytes).into()).map_err(|e| format!("cannot compile the module: {}", js_message(&e)))?;
        let parts = Parts::new(&info, host)?;
        let instance = WebAssembly::Instance::new(&module, &parts.imports).map_err(|e| format!("cannot instantiate the module: {}", js_message(&e)))?;
        Ok(parts.finish(&instance, info))
    }
}

/// The import object and what its functions share, before the instance exists.
struct Parts {
    imports: Object,
    closures: Vec<Closure<ImportFn>>,
    memory: Rc<RefCell<Option<WebAssembly::Memory>>>,
    host: Rc<RefCell<Host>>,
    stop: Rc<RefCell<Option<HostError>>>,
}

impl Parts {
    fn new(info: &ModuleInfo, mut host: Host) -> Result<Parts, String> {
        host.attach(info)?;
        let host = Rc::new(RefCell::new(host));
        let memory: Rc<RefCell<Option<WebAssembly::Memory>>> = Rc::default();
        let stop: Rc<RefCell<Option<HostError>>> = Rc::default();
        let imports = Object::new();
        let mut closures = Vec::new();
        for imp in &info.imports {
            let ExternKind::Func(sig) = &imp.kind else {
                return Err(format!("cannot provide {}.{}: the host provides only functions", imp.module, imp.name));
            };
            let ns = match Reflect::get(&imports, &imp.module.as_str().into()) {
                Ok(v) if v.is_object() => v.unchecked_into::<Object>(),
                _ => {
                    let o = Object::new();
                    set(&imports, &imp.module, &o)?;
                    o
                }
            };
            let f = import_fn(imp.module.clone(), imp.name.clone(), sig.clone(), host.clone(), memory.clone(), stop.clone());
            let handler = Object::new();
            set(&handler, "apply", f.as_ref())?;
            // The target only makes the proxy callable: the trap answers every call.
            let target: &JsValue = f.as_ref();
            set(&ns, &imp.name, &Proxy::new(target, &handler))?;
            closures.push(f);
        }
        Ok(Parts { imports, closures, memory, host, stop })
    }

    fn finish(self, instance: &WebAssembly::Instance, info: Rc<ModuleInfo>) -> WebEngine {
        let exports = instance.exports();
        if let Ok(m) = Reflect::get(&exports, &"memory".into()) {
            if let Ok(m) = m.dyn_into::<WebAssembly::Memory>() {
                *self.memory.borrow_mut() = Some(m);
            }
        }
        WebEngine { exports, memory: self.memory, host: self.host, stop: self.stop, info, _imports: self.closures }
    }
}

impl Guest for WebEngine {
    fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError> {
        let sig = self.info.export_sig(name).cloned().ok_or_else(|| RunError::Host(format!("the module exports no function {name}")))?;
        let types: Vec<WasmType> = args.iter().map(|v| v.ty()).collect();
        if types != sig.params {
            return Err(RunError::Host(format!("{name} takes {sig}, not {} values", types.len())));
        }
        let func: Function = Reflect::get(&self.exports, &name.into()).ok().and_then(|f| f.dyn_into().ok()).ok_or_else(|| RunError::Host(format!("the module exports no function {name}")))?;
        let js_args: Array = args.iter().map(|v| to_js(*v)).collect();
        self.stop.borrow_mut().take();
        match func.apply(&JsValue::UNDEFINED, &js_args) {
            Ok(r) => results(&sig, &r).map_err(RunError::Host),
            Err(e) => Err(match self.stop.borrow_mut().take() {
                Some(stop) => stop.into(),
                None => RunError::Trap(trap_message(&e)),
            }),
        }
    }

    fn write_memory(&mut self, addr: u32, data: &[u8]) -> Result<(), RunError> {
        let mem = self.memory.borrow();
        let m = mem.as_ref().ok_or_else(|| RunError::Host("the module exports no memory".into()))?;
        JsMemory(Some(m)).write(addr, data).map_err(RunError::from)
    }
}

impl Engine for WebEngine {
    fn take_events(&mut self) -> Vec<Event> {
        self.host.borrow_mut().drain()
    }

    fn with_host(&mut self, f: &mut dyn FnMut(&mut Host)) {
        f(&mut self.host.borrow_mut())
    }
}

/// Time and randomness in the worker. Sleeping moves the guest's clocks ahead instead of
/// waiting: the program sees the time pass at once (the worker only waits for messages).
#[derive(Default)]
pub struct BrowserPlatform {
    slept_ns: u64,
}

impl Platform for BrowserPlatform {
    fn now(&mut self, clock: Clock) -> u64 {
        let ms = match clock {
            Clock::Realtime => js_sys::Date::now(),
            Clock::Monotonic => scope().and_then(|s| s.performance()).map_or_else(js_sys::Date::now, |p| p.now()),
        };
        ((ms * 1e6) as u64).saturating_add(self.slept_ns)
    }

    fn sleep(&mut self, ns: u64) {
        self.slept_ns = self.slept_ns.saturating_add(ns);
    }

    fn random(&mut self, buf: &mut [u8]) {
        let crypto = scope().and_then(|s| s.crypto().ok());
        for chunk in buf.chunks_mut(65536) {
            let filled = crypto.as_ref().is_some_and(|c| c.get_random_values_with_u8_array(chunk).is_ok());
            if !filled {
                for b in chunk.iter_mut() {
                    *b = (js_sys::Math::random() * 256.0) as u8;
                }
            }
        }
    }
}

/// The worker's global scope (`None` elsewhere).
fn scope() -> Option<web_sys::WorkerGlobalScope> {
    js_sys::global().dyn_into().ok()
}

/// The exported memory as host-shim sees it; a fresh view per access, since growing the
/// memory detaches old views.
struct JsMemory<'a>(Option<&'a WebAssembly::Memory>);

impl JsMemory<'_> {
    fn view(&self, addr: u32, len: usize) -> Result<Uint8Array, HostError> {
        let oob = || HostError::Trap(format!("out of bounds memory access: {len} bytes at {addr:#x}"));
        let m = self.0.ok_or_else(oob)?;
        let all = Uint8Array::new(&m.buffer());
        let end = u32::try_from(len).ok().and_then(|l| addr.checked_add(l)).filter(|e| *e <= all.length()).ok_or_else(oob)?;
        Ok(all.subarray(addr, end))
    }
}

impl Memory for JsMemory<'_> {
    fn read(&self, addr: u32, buf: &mut [u8]) -> Result<(), HostError> {
        self.view(addr, buf.len())?.copy_to(buf);
        Ok(())
    }

    fn write(&mut self, addr: u32, data: &[u8]) -> Result<(), HostError> {
        self.view(addr, data.len())?.copy_from(data);
        Ok(())
    }
}

fn import_fn(
    module: String,
    name: String,
    sig: FuncSig,
    host: Rc<RefCell<Host>>,
    memory: Rc<RefCell<Option<WebAssembly::Memory>>>,
    stop: Rc<RefCell<Option<HostError>>>,
) -> Closure<ImportFn> {
    let f = move |_target: JsValue, _this: JsValue, raw: JsValue| -> Result<JsValue, JsValue> {
        let raw: Array = raw.unchecked_into();
        let args: Vec<Val> = sig.params.iter().enumerate().map(|(i, t)| from_js(*t, &raw.get(i as u32))).collect();
        let mem = memory.borrow();
        let outcome = match host.try_borrow_mut() {
            Ok(mut host) => host.call_import(&module, &name, &args, &mut JsMemory(mem.as_ref())),
            Err(_) => Err(HostError::Trap(format!("{module}.{name} was called while the host was busy"))),
        };
        match outcome {
            Ok(vals) => Ok(match vals.as_slice() {
                [] => JsValue::UNDEFINED,
                [v] => to_js(*v),
                vs => vs.iter().map(|v| to_js(*v)).collect::<Array>().into(),
            }),
            Err(e) => {
                *stop.borrow_mut() = Some(e);
                Err(js_sys::Error::new("the host stopped the module").into())
            }
        }
    };
    Closure::wrap_assert_unwind_safe(Box::new(f) as Box<ImportFn>)
}

fn set(target: &Object, key: &str, value: &JsValue) -> Result<(), String> {
    Reflect::set(target, &key.into(), value).map(drop).map_err(|e| js_message(&e))
}

fn to_js(v: Val) -> JsValue {
    match v {
        Val::I32(x) => JsValue::from(x),
        Val::I64(x) => JsValue::from(x),
        Val::F32(x) => JsValue::from(f64::from(x)),
        Val::F64(x) => JsValue::from(x),
    }
}

/// A JS argument of an import; the engine already converted it to the Wasm type.
fn from_js(t: WasmType, v: &JsValue) -> Val {
    match t {
        WasmType::I32 => Val::I32(v.as_f64().unwrap_or(0.0) as i32),
        WasmType::I64 => Val::I64(i64::try_from(v.clone()).unwrap_or(0)),
        WasmType::F32 => Val::F32(v.as_f64().unwrap_or(0.0) as f32),
        WasmType::F64 => Val::F64(v.as_f64().unwrap_or(0.0)),
    }
}

fn results(sig: &FuncSig, r: &JsValue) -> Result<Vec<Val>, String> {
    match sig.results.as_slice() {
        [] => Ok(Vec::new()),
        [t] => Ok(vec![from_js(*t, r)]),
        ts => {
            let arr: Array = r.clone().dyn_into().map_err(|_| "a multi-value result is not an array".to_string())?;
            Ok(ts.iter().enumerate().map(|(i, t)| from_js(*t, &arr.get(i as u32))).collect())
        }
    }
}

/// The engine's message for a trap, in the words wasmi and gc's wasm port use where they
/// differ only in spelling.
fn trap_message(e: &JsValue) -> String {
    let msg = js_message(e);
    if e.is_instance_of::<js_sys::RangeError>() && msg.contains("call stack") {
        return "call stack exhausted".into();
    }
    msg
}

fn js_message(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}
