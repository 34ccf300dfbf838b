//! Runs modules natively on wasmi: pure Rust, quick to build, deterministic, portable. The
//! browser uses its own engine with the same `Host`.

use crate::{calls, Event, Host, HostError, Linear, Val};
use gowasm_meta::{Meta, WasmType};
use wasmi::{Config, Engine, Extern, ExternType, Func, Instance, Linker, Module, Store};

/// How a run or call ended, when it did not return normally.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The module could not be loaded or instantiated, or a call was malformed.
    Setup(String),
    /// `proc_exit(code)` with a non-zero code (or any code during an export call).
    Exit(i32),
    /// A Wasm trap.
    Trap(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Setup(m) => write!(f, "{m}"),
            RunError::Exit(c) => write!(f, "exit status {c}"),
            RunError::Trap(m) => write!(f, "wasm trap: {m}"),
        }
    }
}

/// An instantiated module with its host.
pub struct Runner {
    store: Store<Host>,
    instance: Instance,
    pub meta: Option<Meta>,
}

fn to_wasmi(v: Val) -> wasmi::Val {
    match v {
        Val::I32(x) => wasmi::Val::I32(x),
        Val::I64(x) => wasmi::Val::I64(x),
        Val::F32(x) => wasmi::Val::F32(x.into()),
        Val::F64(x) => wasmi::Val::F64(x.into()),
    }
}

fn from_wasmi(v: &wasmi::Val) -> Val {
    match v {
        wasmi::Val::I32(x) => Val::I32(*x),
        wasmi::Val::I64(x) => Val::I64(*x),
        wasmi::Val::F32(x) => Val::F32(f32::from(*x)),
        wasmi::Val::F64(x) => Val::F64(f64::from(*x)),
        _ => Val::I32(0),
    }
}

fn wt(t: &wasmi::ValType) -> WasmType {
    match t {
        wasmi::ValType::I64 => WasmType::I64,
        wasmi::ValType::F32 => WasmType::F32,
        wasmi::ValType::F64 => WasmType::F64,
        _ => WasmType::I32,
    }
}

fn map_err(e: wasmi::Error) -> RunError {
    if let Some(code) = e.i32_exit_status() {
        return RunError::Exit(code);
    }
    if let Some(h) = e.downcast_ref::<ShimError>() {
        return match &h.0 {
            HostError::Exit(c) => RunError::Exit(*c),
            HostError::Trap(m) => RunError::Trap(m.clone()),
        };
    }
    RunError::Trap(e.to_string())
}

#[derive(Debug)]
struct ShimError(HostError);

impl std::fmt::Display for ShimError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl wasmi::errors::HostError for ShimError {}

impl Runner {
    /// Instantiates `bytes`, serving every import through `host`.
    pub fn new(bytes: &[u8], mut host: Host) -> Result<Runner, RunError> {
        let meta = Meta::from_module(bytes).map_err(RunError::Setup)?;
        host.meta = meta.clone();
        let mut config = Config::default();
        config.set_max_recursion_depth(20_000);
        let engine = Engine::new(&config);
        let module = Module::new(&engine, bytes).map_err(|e| RunError::Setup(format!("invalid module: {e}")))?;
        let mut store = Store::new(&engine, host);
        let mut linker = Linker::<Host>::new(&engine);
        for imp in module.imports() {
            let ExternType::Func(ty) = imp.ty() else {
                return Err(RunError::Setup(format!("unsupported import {}.{}", imp.module(), imp.name())));
            };
            let (m, n) = (imp.module().to_string(), imp.name().to_string());
            let results: Vec<WasmType> = ty.results().iter().map(wt).collect();
            linker
                .func_new(&m.clone(), &n.clone(), ty.clone(), move |mut caller, params, outs| {
                    let args: Vec<Val> = params.iter().map(from_wasmi).collect();
                    let mem = caller.get_export("memory").and_then(Extern::into_memory);
                    let r = match mem {
                        Some(mem) => {
                            let (data, host) = mem.data_and_store_mut(&mut caller);
                            host.call_import(&m, &n, &args, &results, &mut Linear(data))
                        }
                        None => caller.data_mut().call_import(&m, &n, &args, &results, &mut Linear(&mut [])),
                    };
                    match r {
                        Ok(vals) => {
                            for (o, v) in outs.iter_mut().zip(vals) {
                                *o = to_wasmi(v);
                            }
                            Ok(())
                        }
                        Err(e) => Err(wasmi::Error::host(ShimError(e))),
                    }
                })
                .map_err(|e| RunError::Setup(e.to_string()))?;
        }
        let instance = linker.instantiate_and_start(&mut store, &module).map_err(map_err)?;
        Ok(Runner { store, instance, meta })
    }

    pub fn host(&mut self) -> &mut Host {
        self.store.data_mut()
    }

    /// Takes the guest's output so far.
    pub fn drain(&mut self) -> Vec<Event> {
        self.store.data_mut().drain()
    }

    fn func(&self, name: &str) -> Result<Func, RunError> {
        self.instance.get_func(&self.store, name).ok_or_else(|| RunError::Setup(format!("module has no export {name}")))
    }

    /// Calls an export with raw Wasm values.
    pub fn call_raw(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError> {
        let f = self.func(name)?;
        let ty = f.ty(&self.store);
        if ty.params().len() != args.len() {
            return Err(RunError::Setup(format!("{name} takes {} Wasm values, got {}", ty.params().len(), args.len())));
        }
        let mut outs: Vec<wasmi::Val> = ty.results().iter().map(|t| wasmi::Val::default_for_ty(*t)).collect();
        let ins: Vec<wasmi::Val> = args.iter().copied().map(to_wasmi).collect();
        f.call(&mut self.store, &ins, &mut outs).map_err(map_err)?;
        Ok(outs.iter().map(from_wasmi).collect())
    }

    /// Runs `_start` (a command); `proc_exit(0)` counts as success.
    pub fn start(&mut self) -> Result<(), RunError> {
        match self.call_raw("_start", &[]) {
            Err(RunError::Exit(0)) => Ok(()),
            r => r.map(|_| ()),
        }
    }

    /// Runs `_initialize` (a reactor).
    pub fn initialize(&mut self) -> Result<(), RunError> {
        self.call_raw("_initialize", &[]).map(|_| ())
    }

    /// Makes one call from a call line and returns its transcript line.
    pub fn call_line(&mut self, line: &str) -> Result<String, RunError> {
        let (name, args) = calls::parse_line(line).map_err(RunError::Setup)?;
        let f = self
            .meta
            .as_ref()
            .and_then(|m| m.export(&name))
            .cloned()
            .ok_or_else(|| RunError::Setup(format!("no //go:wasmexport function named {name}")))?;
        let lowered = calls::lower_args(&f, &args).map_err(RunError::Setup)?;
        let mut vals = Vec::new();
        for l in lowered {
            match l {
                calls::Lowered::Vals(v) => vals.extend(v),
                calls::Lowered::Str(bytes) => {
                    let (ptr, len) = self.place(&bytes)?;
                    vals.push(Val::I32(ptr));
                    vals.push(Val::I32(len));
                }
            }
        }
        let result = self.call_raw(&name, &vals)?;
        Ok(calls::transcript_line(&f, &args, &result, &Linear(&mut [])))
    }

    /// Copies bytes into guest memory through its exported `malloc`.
    fn place(&mut self, bytes: &[u8]) -> Result<(i32, i32), RunError> {
        let ptr = self.call_raw("malloc", &[Val::I32(bytes.len() as i32)]).map_err(|_| RunError::Setup("this module cannot take string arguments yet (no malloc export)".into()))?;
        let ptr = ptr.first().map(|v| v.i32()).unwrap_or(0);
        let mem = self.instance.get_memory(&self.store, "memory").ok_or_else(|| RunError::Setup("module has no memory".into()))?;
        mem.write(&mut self.store, ptr as usize, bytes).map_err(|e| RunError::Trap(e.to_string()))?;
        Ok((ptr, bytes.len() as i32))
    }
}
