//! The host side of gowasm modules, written once: a WASI preview 1 subset, the `host` module,
//! stubs for every other import, Go-style value formatting and call lines. The CLI drives it
//! on wasmi (feature `native`); the page drives the same code from the browser's own engine,
//! which is why nothing here knows about an engine: an engine adapter forwards each import
//! call to [`Host::call_import`] with the instance's memory behind the [`Memory`] trait, and
//! offers the instance to [`calls::Call::invoke`] behind the [`calls::Guest`] trait.
//!
//! Architecture Invariant: the default feature depends on no Wasm engine, does no IO and
//! builds for wasm32; nothing here depends on compiler-core (modules describe themselves
//! through the `gowasm` custom section, read with gowasm-meta).

pub mod calls;
pub mod format;
mod isprint;
pub mod module;
#[cfg(feature = "native")]
pub mod native;
mod platform;
pub mod trace;
mod wasi;

pub use platform::{Clock, Platform, VirtualPlatform};

use std::collections::HashMap;
use std::fmt;

use gowasm_meta::{Meta, WasmType};
use module::{FuncSig, ModuleInfo};

/// A Wasm value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
}

impl Val {
    pub fn ty(self) -> WasmType {
        match self {
            Val::I32(_) => WasmType::I32,
            Val::I64(_) => WasmType::I64,
            Val::F32(_) => WasmType::F32,
            Val::F64(_) => WasmType::F64,
        }
    }

    /// The zero value of a type: what a stub returns.
    pub fn zero(ty: WasmType) -> Val {
        match ty {
            WasmType::I32 => Val::I32(0),
            WasmType::I64 => Val::I64(0),
            WasmType::F32 => Val::F32(0.0),
            WasmType::F64 => Val::F64(0.0),
        }
    }

    /// The value's bits, zero-extended (floats as their IEEE bits).
    pub fn bits(self) -> u64 {
        match self {
            Val::I32(x) => u64::from(x as u32),
            Val::I64(x) => x as u64,
            Val::F32(x) => u64::from(x.to_bits()),
            Val::F64(x) => x.to_bits(),
        }
    }
}

/// Linear memory as the shim sees it. Out-of-range access is a [`HostError::Trap`], never a
/// panic: the guest passes the addresses.
pub trait Memory {
    fn read(&self, addr: u32, buf: &mut [u8]) -> Result<(), HostError>;
    fn write(&mut self, addr: u32, data: &[u8]) -> Result<(), HostError>;

    /// `len` bytes at `addr`; checks the range before allocating, so a bogus length from the
    /// guest cannot make the host allocate gigabytes.
    fn read_vec(&self, addr: u32, len: u32) -> Result<Vec<u8>, HostError> {
        if len > 0 {
            let last = addr.checked_add(len - 1).ok_or_else(|| out_of_bounds(addr, len as usize))?;
            self.read(last, &mut [0])?;
        }
        let mut buf = vec![0; len as usize];
        self.read(addr, &mut buf)?;
        Ok(buf)
    }

    fn read_u32(&self, addr: u32) -> Result<u32, HostError> {
        let mut b = [0; 4];
        self.read(addr, &mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn read_u64(&self, addr: u32) -> Result<u64, HostError> {
        let mut b = [0; 8];
        self.read(addr, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }
}

/// A byte slice as linear memory: what the native runner hands out, and what tests use.
pub struct SliceMemory<'a>(pub &'a mut [u8]);

impl Memory for SliceMemory<'_> {
    fn read(&self, addr: u32, buf: &mut [u8]) -> Result<(), HostError> {
        let start = addr as usize;
        let src = start.checked_add(buf.len()).and_then(|end| self.0.get(start..end)).ok_or_else(|| out_of_bounds(addr, buf.len()))?;
        buf.copy_from_slice(src);
        Ok(())
    }

    fn write(&mut self, addr: u32, data: &[u8]) -> Result<(), HostError> {
        let start = addr as usize;
        let dst = start.checked_add(data.len()).and_then(|end| self.0.get_mut(start..end)).ok_or_else(|| out_of_bounds(addr, data.len()))?;
        dst.copy_from_slice(data);
        Ok(())
    }
}

fn out_of_bounds(addr: u32, len: usize) -> HostError {
    HostError::Trap(format!("out of bounds memory access: {len} bytes at {addr:#x}"))
}

/// How an import call ended other than by returning.
#[derive(Clone, Debug, PartialEq)]
pub enum HostError {
    /// `proc_exit(code)`.
    Exit(i32),
    Trap(String),
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostError::Exit(c) => write!(f, "exit status {c}"),
            HostError::Trap(m) => f.write_str(m),
        }
    }
}

/// How a call into the guest ended other than by returning.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// `proc_exit(code)`.
    Exit(i32),
    /// A Wasm trap, with the engine's message.
    Trap(String),
    /// The host could not make the call: a malformed call line, a missing export, a module
    /// it cannot instantiate.
    Host(String),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Exit(c) => write!(f, "exit status {c}"),
            RunError::Trap(m) => write!(f, "wasm trap: {m}"),
            RunError::Host(m) => f.write_str(m),
        }
    }
}

impl From<HostError> for RunError {
    fn from(e: HostError) -> RunError {
        match e {
            HostError::Exit(c) => RunError::Exit(c),
            HostError::Trap(m) => RunError::Trap(m),
        }
    }
}

/// An output stream of the guest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Something the guest did that the user sees, in the order it happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    /// A call of an import that nothing real serves: a stub, a bound constant, or a WASI
    /// function outside the subset. Shown on stderr as [`ImportCall::line`].
    ImportCall(ImportCall),
}

impl Event {
    /// The stream the event is shown on and the bytes shown.
    pub fn output(&self) -> (Stream, Vec<u8>) {
        match self {
            Event::Stdout(b) => (Stream::Stdout, b.clone()),
            Event::Stderr(b) => (Stream::Stderr, b.clone()),
            Event::ImportCall(c) => (Stream::Stderr, format!("{}\n", c.line()).into_bytes()),
        }
    }
}

/// One reported import call, arguments and result already formatted as Go prints them.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportCall {
    pub module: String,
    pub name: String,
    pub args: Vec<String>,
    pub result: Option<String>,
}

impl ImportCall {
    /// `stub: env.scale(21) -> 0`, or without ` -> ...` when the import has no result.
    pub fn line(&self) -> String {
        let mut s = format!("stub: {}.{}({})", self.module, self.name, self.args.join(", "));
        if let Some(r) = &self.result {
            s.push_str(" -> ");
            s.push_str(r);
        }
        s
    }
}

/// How the host serves an import.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Served {
    /// Part of the WASI subset.
    Wasi,
    /// A WASI function outside the subset: returns ENOSYS and is reported.
    WasiUnsupported,
    /// `host.log_string`, `host.log_i32`, `host.log_i64`, `host.log_f64`.
    HostModule,
    /// Reported, returns zero values.
    Stub,
    /// Reported, returns the value the user bound.
    Constant(Val),
    /// `gowasm.trace`: the runtime's trace events ([`trace`]).
    Trace,
}

impl fmt::Display for Served {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Served::Wasi => f.write_str("WASI"),
            Served::WasiUnsupported => f.write_str("WASI, not supported: returns ENOSYS, reported on stderr"),
            Served::HostModule => f.write_str("host module: prints the value on stdout"),
            Served::Stub => f.write_str("stub: reported on stderr, returns zero"),
            Served::Constant(v) => write!(f, "stub: reported on stderr, returns {}", format::format_raw(*v)),
            Served::Trace => f.write_str("trace events, shown by `gowasm run --trace` and the timeline"),
        }
    }
}

/// The host's state: what the module imports, the user's bindings, time and randomness, and
/// the events not yet taken.
pub struct Host {
    meta: Option<Meta>,
    sigs: HashMap<(String, String), FuncSig>,
    constants: HashMap<(String, String), Val>,
    platform: Box<dyn Platform>,
    events: Vec<Event>,
    sink: Option<Box<dyn FnMut(Event)>>,
    /// Trace events, when the module was compiled with `trace`.
    tracer: Option<trace::Tracer>,
    /// Standard input, and how much of it the guest has read.
    stdin: Vec<u8>,
    stdin_read: usize,
    /// The guest's arguments after its name, and its environment (`KEY=value`).
    args: Vec<String>,
    env: Vec<String>,
}

impl Default for Host {
    /// A host on [`VirtualPlatform`]: deterministic, and safe on wasm32 where std has no clock.
    fn default() -> Host {
        Host::new(Box::new(VirtualPlatform::default()))
    }
}

impl Host {
    pub fn new(platform: Box<dyn Platform>) -> Host {
        Host { meta: None, sigs: HashMap::new(), constants: HashMap::new(), platform, events: Vec::new(), sink: None, tracer: None, stdin: Vec::new(), stdin_read: 0, args: Vec::new(), env: Vec::new() }
    }

    /// Learns the module's imports (their Wasm types give stubs their zero results) and Go
    /// signatures; fails, naming the import, if the host cannot serve one as declared.
    pub fn attach(&mut self, module: &ModuleInfo) -> Result<(), String> {
        self.sigs.clear();
        for imp in &module.imports {
            let module::ExternKind::Func(sig) = &imp.kind else {
                return Err(format!("the module imports {} {}.{}; the host provides only functions", imp.kind.describe(), imp.module, imp.name));
            };
            if let Some(want) = wasi::signature(&imp.module, &imp.name) {
                if *sig != want {
                    return Err(format!("{}.{} is imported as {sig}, but the host provides {want}", imp.module, imp.name));
                }
            }
            self.sigs.insert((imp.module.clone(), imp.name.clone()), sig.clone());
        }
        self.meta = module.meta.clone();
        self.tracer = self.meta.as_ref().filter(|m| m.trace).map(|_| trace::Tracer::default());
        Ok(())
    }

    /// Serves `module.name` with a constant instead of zero values; calls are still reported.
    pub fn bind_constant(&mut self, module: &str, name: &str, value: Val) {
        self.constants.insert((module.to_string(), name.to_string()), value);
    }

    pub fn served(&self, module: &str, name: &str) -> Served {
        if let Some(v) = self.constants.get(&(module.to_string(), name.to_string())) {
            return Served::Constant(*v);
        }
        if module == trace::MODULE && name == trace::NAME {
            return Served::Trace;
        }
        match wasi::signature(module, name) {
            Some(_) if module == wasi::HOST => Served::HostModule,
            Some(_) => Served::Wasi,
            None if module == wasi::WASI => Served::WasiUnsupported,
            None => Served::Stub,
        }
    }

    /// Gives the guest `bytes` as its standard input (fd 0); without it, stdin is empty.
    pub fn set_stdin(&mut self, bytes: Vec<u8>) {
        self.stdin = bytes;
        self.stdin_read = 0;
    }

    /// Gives the guest `args` after its name (`os.Args[1:]`) and the environment `env`
    /// (`KEY=value` each); without them it has neither.
    pub fn set_args_env(&mut self, args: Vec<String>, env: Vec<String>) {
        self.args = args;
        self.env = env;
    }

    /// The next at most `max` bytes of standard input; none at its end.
    pub(crate) fn read_stdin(&mut self, max: usize) -> Vec<u8> {
        let rest = &self.stdin[self.stdin_read..];
        let chunk = rest[..max.min(rest.len())].to_vec();
        self.stdin_read += chunk.len();
        chunk
    }

    /// Sends every later event to `sink` as it happens instead of collecting it.
    pub fn set_sink(&mut self, sink: Box<dyn FnMut(Event)>) {
        self.sink = Some(sink);
    }

    /// Takes the events collected so far (none when a sink is set).
    pub fn drain(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Whether the module reports trace events.
    pub fn tracing(&self) -> bool {
        self.tracer.is_some()
    }

    /// Takes the trace events collected so far.
    pub fn take_trace(&mut self) -> Vec<trace::TraceEvent> {
        self.tracer.as_mut().map(|t| std::mem::take(&mut t.events)).unwrap_or_default()
    }

    /// Records, when tracing, that the host calls an export (before [`calls::Call::invoke`]).
    pub fn trace_call(&mut self, call: &calls::Call) {
        let pos = Some(trace::SrcLine { file: call.func.pos.file.clone(), line: call.func.pos.line });
        if let Some(t) = &mut self.tracer {
            t.push(0, trace::Kind::ExportCall { name: call.func.name.clone(), args: call.shown.clone() }, pos);
        }
    }

    /// Records, when tracing, how an export call ended.
    pub fn trace_return(&mut self, call: &calls::Call, outcome: Result<&[Val], &RunError>) {
        let (result, error) = match outcome {
            Ok(r) => (call.func.result.as_ref().map(|p| format::format_value(p.kind, r, &SliceMemory(&mut []))), None),
            Err(e) => (None, Some(e.to_string())),
        };
        if let Some(t) = &mut self.tracer {
            t.push(0, trace::Kind::ExportReturn { name: call.func.name.clone(), result, error }, None);
        }
    }

    /// Serves one call of the import `module.name`.
    pub fn call_import(&mut self, module: &str, name: &str, args: &[Val], mem: &mut dyn Memory) -> Result<Vec<Val>, HostError> {
        let served = self.served(module, name);
        if served == Served::Trace {
            let a = |i: usize| args.get(i).map_or(0, |v| v.bits() as i32);
            if let Some(t) = &mut self.tracer {
                t.raw(self.meta.as_ref(), [a(0), a(1), a(2), a(3), a(4), a(5)], mem)?;
            }
            return Ok(Vec::new());
        }
        let user = !matches!(served, Served::Wasi | Served::WasiUnsupported);
        if user && self.tracer.is_some() {
            let go = self.meta.as_ref().and_then(|m| m.import(module, name));
            let shown = match go {
                Some(f) => format::format_args(&f.params, args, mem),
                None => args.iter().map(|v| format::format_raw(*v)).collect(),
            };
            if let Some(t) = &mut self.tracer {
                t.import_call(module, name, shown);
            }
        }
        let results = self.serve(served, module, name, args, mem)?;
        if user && self.tracer.is_some() {
            let go = self.meta.as_ref().and_then(|m| m.import(module, name));
            let shown = match go {
                Some(f) => f.result.as_ref().map(|r| format::format_value(r.kind, &results, mem)),
                None => (!results.is_empty()).then(|| results.iter().map(|v| format::format_raw(*v)).collect::<Vec<_>>().join(", ")),
            };
            if let Some(t) = &mut self.tracer {
                t.import_return(module, name, shown);
            }
        }
        Ok(results)
    }

    fn serve(&mut self, served: Served, module: &str, name: &str, args: &[Val], mem: &mut dyn Memory) -> Result<Vec<Val>, HostError> {
        match served {
            Served::Trace => Ok(Vec::new()),
            Served::Wasi => wasi::call(self, name, args, mem),
            Served::HostModule => {
                let mut line = match (name, args) {
                    ("log_string", [ptr, len]) => mem.read_vec(ptr.bits() as u32, len.bits() as u32)?,
                    (_, [v]) => format::format_raw(*v).into_bytes(),
                    _ => return Err(HostError::Trap(format!("host.{name}: wrong arguments {args:?}"))),
                };
                line.push(b'\n');
                self.emit(Event::Stdout(line));
                Ok(Vec::new())
            }
            Served::WasiUnsupported => {
                let results: Vec<Val> = self.results(module, name).iter().map(|t| if *t == WasmType::I32 { Val::I32(wasi::ENOSYS) } else { Val::zero(*t) }).collect();
                self.report(module, name, args, &results, mem);
                Ok(results)
            }
            Served::Stub => {
                let results: Vec<Val> = self.results(module, name).into_iter().map(Val::zero).collect();
                self.report(module, name, args, &results, mem);
                Ok(results)
            }
            Served::Constant(v) => {
                let want = self.results(module, name);
                if want != [v.ty()] {
                    return Err(HostError::Trap(format!("{module}.{name} returns ({}), but is bound to a {} constant", list(&want), v.ty())));
                }
                self.report(module, name, args, &[v], mem);
                Ok(vec![v])
            }
        }
    }

    pub(crate) fn emit(&mut self, e: Event) {
        if let (Some(t), Event::Stdout(b) | Event::Stderr(b)) = (&mut self.tracer, &e) {
            t.output(if matches!(e, Event::Stdout(_)) { Stream::Stdout } else { Stream::Stderr }, b);
        }
        match &mut self.sink {
            Some(sink) => sink(e),
            None => self.events.push(e),
        }
    }

    pub(crate) fn platform(&mut self) -> &mut dyn Platform {
        self.platform.as_mut()
    }

    /// The result types of an import: from the module, else from its Go signature.
    fn results(&self, module: &str, name: &str) -> Vec<WasmType> {
        match self.sigs.get(&(module.to_string(), name.to_string())) {
            Some(sig) => sig.results.clone(),
            None => self.meta.as_ref().and_then(|m| m.import(module, name)).map(|f| f.wasm_results()).unwrap_or_default(),
        }
    }

    /// Reports a call, formatting values by the import's Go types when the module has them.
    fn report(&mut self, module: &str, name: &str, args: &[Val], results: &[Val], mem: &dyn Memory) {
        let go = self.meta.as_ref().and_then(|m| m.import(module, name));
        let (args, result) = match go {
            Some(f) => (
                format::format_args(&f.params, args, mem),
                f.result.as_ref().map(|r| format::format_value(r.kind, results, mem)),
            ),
            None => (args.iter().map(|v| format::format_raw(*v)).collect(), (!results.is_empty()).then(|| results.iter().map(|v| format::format_raw(*v)).collect::<Vec<_>>().join(", "))),
        };
        self.emit(Event::ImportCall(ImportCall { module: module.to_string(), name: name.to_string(), args, result }));
    }
}

fn list(types: &[WasmType]) -> String {
    types.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
}
