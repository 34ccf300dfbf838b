//! The native runner: modules on wasmi, every import served by [`Host`].
//!
//! Why wasmi: it is pure Rust (no C toolchain, nothing to download, quick to build in CI),
//! small, runs anywhere Rust does (wasm32 included), and is deterministic, so transcripts
//! are reproducible; its interpreter is fast enough for tests and playground programs. The
//! page does not use it: there the browser's own engine runs the module with the same
//! [`Host`].

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use wasmi::{Config, Engine, Extern, ExternType, Func, FuncType, Instance, Module, Store, ValType};

use crate::calls::Guest;
use crate::module::ModuleInfo;
use crate::platform::XorShift;
use crate::{Clock, Host, HostError, Platform, RunError, SliceMemory, Val};

/// Wasm-to-Wasm call depth before a guest stack overflow traps. wasmi keeps its stacks on the
/// heap, so deep guest recursion costs memory, never the host's own stack.
const MAX_RECURSION_DEPTH: usize = 100_000;
/// Bytes of wasmi's value stack; only what is used is allocated.
const MAX_STACK_BYTES: usize = 256 << 20;

/// An instantiated module whose imports all go through a [`Host`].
pub struct NativeRunner {
    store: Store<Host>,
    instance: Instance,
    info: ModuleInfo,
}

impl NativeRunner {
    /// Instantiates `bytes`, defining every import the module declares, each with its own
    /// type, as a call of [`Host::call_import`] on the instance's exported `memory`.
    pub fn new(bytes: &[u8], mut host: Host) -> Result<NativeRunner, RunError> {
        let info = ModuleInfo::parse(bytes).map_err(RunError::Host)?;
        host.attach(&info).map_err(RunError::Host)?;
        let mut config = Config::default();
        config.set_max_recursion_depth(MAX_RECURSION_DEPTH).set_max_stack_height(MAX_STACK_BYTES);
        let engine = Engine::new(&config);
        let module = Module::new(&engine, bytes).map_err(|e| RunError::Host(format!("invalid module: {e}")))?;
        let mut store = Store::new(&engine, host);
        let mut externs = Vec::new();
        for import in module.imports() {
            let ExternType::Func(ty) = import.ty() else {
                return Err(RunError::Host(format!("cannot provide {}.{}: the host provides only functions", import.module(), import.name())));
            };
            externs.push(Extern::Func(host_func(&mut store, import.module(), import.name(), ty.clone())));
        }
        let instance = Instance::new(&mut store, &module, &externs).map_err(run_error)?;
        Ok(NativeRunner { store, instance, info })
    }

    pub fn info(&self) -> &ModuleInfo {
        &self.info
    }

    pub fn host(&mut self) -> &mut Host {
        self.store.data_mut()
    }

    /// Runs a command's `_start`; `proc_exit(0)` is a normal end.
    pub fn start(&mut self) -> Result<(), RunError> {
        if self.info.export_sig("_start").is_none() {
            return Err(RunError::Host("the module has no _start: it is not a command".into()));
        }
        match self.call("_start", &[]) {
            Err(RunError::Exit(0)) => Ok(()),
            r => r.map(drop),
        }
    }

    /// Runs a reactor's `_initialize` (package initialization); nothing for other modules.
    pub fn initialize(&mut self) -> Result<(), RunError> {
        if self.info.export_sig("_initialize").is_none() {
            return Ok(());
        }
        self.call("_initialize", &[]).map(drop)
    }
}

impl Guest for NativeRunner {
    fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError> {
        let func = self.instance.get_func(&self.store, name).ok_or_else(|| RunError::Host(format!("the module exports no function {name}")))?;
        let ty = func.ty(&self.store);
        let arg_types: Vec<ValType> = args.iter().map(|v| to_wasmi(*v).ty()).collect();
        if ty.params() != arg_types.as_slice() {
            return Err(RunError::Host(format!("{name} takes {:?}, not {:?}", ty.params(), arg_types)));
        }
        let ins: Vec<wasmi::Val> = args.iter().copied().map(to_wasmi).collect();
        let mut outs: Vec<wasmi::Val> = ty.results().iter().map(|t| wasmi::Val::default_for_ty(*t)).collect();
        func.call(&mut self.store, &ins, &mut outs).map_err(run_error)?;
        Ok(outs.iter().filter_map(from_wasmi).collect())
    }

    fn write_memory(&mut self, addr: u32, data: &[u8]) -> Result<(), RunError> {
        let mem = self.instance.get_memory(&self.store, "memory").ok_or_else(|| RunError::Host("the module exports no memory".into()))?;
        mem.write(&mut self.store, addr as usize, data).map_err(|_| RunError::Trap(format!("out of bounds memory access: {} bytes at {addr:#x}", data.len())))
    }
}

/// The real world: system clocks, real sleeping. Random bytes still come from a fixed-seed
/// xorshift, so runs stay reproducible.
pub struct SystemPlatform {
    start: Instant,
    rng: XorShift,
}

impl Default for SystemPlatform {
    fn default() -> SystemPlatform {
        SystemPlatform { start: Instant::now(), rng: XorShift::default() }
    }
}

impl Platform for SystemPlatform {
    fn now(&mut self, clock: Clock) -> u64 {
        let d = match clock {
            Clock::Realtime => SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default(),
            Clock::Monotonic => self.start.elapsed(),
        };
        u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
    }

    fn sleep(&mut self, ns: u64) {
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }

    fn random(&mut self, buf: &mut [u8]) {
        self.rng.fill(buf);
    }
}

fn host_func(store: &mut Store<Host>, module: &str, name: &str, ty: FuncType) -> Func {
    let (module, name) = (module.to_string(), name.to_string());
    Func::new(store, ty, move |mut caller, params, results| {
        let args: Vec<Val> = params.iter().filter_map(from_wasmi).collect();
        let memory = caller.get_export("memory").and_then(Extern::into_memory);
        let outcome = match memory {
            Some(memory) => {
                let (data, host) = memory.data_and_store_mut(&mut caller);
                host.call_import(&module, &name, &args, &mut SliceMemory(data))
            }
            None => caller.data_mut().call_import(&module, &name, &args, &mut SliceMemory(&mut [])),
        };
        let vals = match outcome {
            Ok(vals) => vals,
            Err(HostError::Exit(code)) => return Err(wasmi::Error::i32_exit(code)),
            Err(HostError::Trap(m)) => return Err(wasmi::Error::new(m)),
        };
        if vals.len() != results.len() {
            return Err(wasmi::Error::new(format!("{module}.{name}: the host returned {} values for {}", vals.len(), results.len())));
        }
        for (slot, v) in results.iter_mut().zip(vals) {
            *slot = to_wasmi(v);
        }
        Ok(())
    })
}

fn run_error(e: wasmi::Error) -> RunError {
    if let Some(code) = e.i32_exit_status() {
        return RunError::Exit(code);
    }
    match e.as_trap_code() {
        Some(code) => RunError::Trap(code.trap_message().to_string()),
        None => RunError::Trap(e.to_string()),
    }
}

fn to_wasmi(v: Val) -> wasmi::Val {
    match v {
        Val::I32(x) => wasmi::Val::I32(x),
        Val::I64(x) => wasmi::Val::I64(x),
        Val::F32(x) => wasmi::Val::F32(x.into()),
        Val::F64(x) => wasmi::Val::F64(x.into()),
    }
}

/// Number values only; gowasm modules have no others (`ModuleInfo::parse` rejects them).
fn from_wasmi(v: &wasmi::Val) -> Option<Val> {
    Some(match v {
        wasmi::Val::I32(x) => Val::I32(*x),
        wasmi::Val::I64(x) => Val::I64(*x),
        wasmi::Val::F32(x) => Val::F32(f32::from(*x)),
        wasmi::Val::F64(x) => Val::F64(f64::from(*x)),
        _ => return None,
    })
}
