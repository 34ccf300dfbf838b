//! The host side of gowasm modules, written once: a WASI preview 1 subset, the `host` module,
//! stubs for every other import, Go-style value formatting and call-line parsing. The CLI runs
//! it on wasmi (feature `native`); the page will drive the same code from the browser's engine.
//!
//! Architecture Invariant: the default feature depends on no Wasm engine and builds for
//! wasm32; nothing here depends on compiler-core (modules describe themselves through the
//! `gowasm` custom section).

pub mod calls;
pub mod format;
#[cfg(feature = "native")]
pub mod native;

use std::collections::HashMap;

use gowasm_meta::{Kind, Meta};

/// A Wasm value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
}

impl Val {
    pub fn i32(self) -> i32 {
        match self {
            Val::I32(v) => v,
            Val::I64(v) => v as i32,
            _ => 0,
        }
    }
}

/// Linear memory as the shim sees it; out-of-range access is an error, never a panic.
pub trait Memory {
    fn read(&self, addr: u32, buf: &mut [u8]) -> Result<(), HostError>;
    fn write(&mut self, addr: u32, data: &[u8]) -> Result<(), HostError>;
}

/// A plain byte slice as linear memory.
pub struct Linear<'a>(pub &'a mut [u8]);

impl Memory for Linear<'_> {
    fn read(&self, addr: u32, buf: &mut [u8]) -> Result<(), HostError> {
        let a = addr as usize;
        let src = self.0.get(a..a + buf.len()).ok_or_else(|| HostError::Trap(format!("memory access out of bounds at {addr:#x}")))?;
        buf.copy_from_slice(src);
        Ok(())
    }
    fn write(&mut self, addr: u32, data: &[u8]) -> Result<(), HostError> {
        let a = addr as usize;
        let dst = self.0.get_mut(a..a + data.len()).ok_or_else(|| HostError::Trap(format!("memory access out of bounds at {addr:#x}")))?;
        dst.copy_from_slice(data);
        Ok(())
    }
}

/// How an import call ended other than by returning.
#[derive(Clone, Debug, PartialEq)]
pub enum HostError {
    /// `proc_exit(code)`.
    Exit(i32),
    Trap(String),
}

/// Something the guest did that the user should see, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    /// An import served by a stub or a bound constant, already formatted (`env.scale(21) -> 0`).
    Stub(String),
}

/// How an import is served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Served {
    Wasi,
    HostModule,
    Stub,
    Constant,
}

impl Served {
    pub fn describe(self) -> &'static str {
        match self {
            Served::Wasi => "WASI",
            Served::HostModule => "host module",
            Served::Stub => "stub (reports the call, returns zero)",
            Served::Constant => "bound constant",
        }
    }
}

/// The host's state: collected output, bindings, clock and randomness.
pub struct Host {
    pub events: Vec<Event>,
    pub meta: Option<Meta>,
    constants: HashMap<(String, String), Val>,
    /// Nanoseconds since an arbitrary epoch; injectable so tests and the page control time.
    pub clock: Box<dyn FnMut() -> u64 + Send>,
    rng: u64,
}

impl Default for Host {
    fn default() -> Self {
        Host::new(None)
    }
}

const WASI: &str = "wasi_snapshot_preview1";

impl Host {
    pub fn new(meta: Option<Meta>) -> Host {
        let mut t = 0u64;
        Host {
            events: Vec::new(),
            meta,
            constants: HashMap::new(),
            clock: Box::new(move || {
                t += 1_000;
                t
            }),
            rng: 0x9E37_79B9_7F4A_7C15,
        }
    }

    /// Serves `module.name` with a constant result instead of a zero-returning stub.
    pub fn bind_constant(&mut self, module: &str, name: &str, value: Val) {
        self.constants.insert((module.to_string(), name.to_string()), value);
    }

    pub fn served(&self, module: &str, name: &str) -> Served {
        if module == WASI {
            Served::Wasi
        } else if module == "host" && matches!(name, "log_string" | "log_i32" | "log_i64" | "log_f64") {
            Served::HostModule
        } else if self.constants.contains_key(&(module.to_string(), name.to_string())) {
            Served::Constant
        } else {
            Served::Stub
        }
    }

    /// Takes the events collected so far.
    pub fn drain(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    fn stdout(&mut self, b: Vec<u8>) {
        self.events.push(Event::Stdout(b));
    }

    /// Serves one import call. `results` gives the import's result types.
    pub fn call_import(&mut self, module: &str, name: &str, args: &[Val], results: &[gowasm_meta::WasmType], mem: &mut dyn Memory) -> Result<Vec<Val>, HostError> {
        let a = |i: usize| args.get(i).copied().unwrap_or(Val::I32(0));
        if module == WASI {
            let errno = |e: i32| Ok(vec![Val::I32(e)]);
            return match name {
                "fd_write" => {
                    let (fd, iovs, n, nwritten) = (a(0).i32(), a(1).i32() as u32, a(2).i32() as u32, a(3).i32() as u32);
                    if fd != 1 && fd != 2 {
                        return errno(8);
                    }
                    let mut data = Vec::new();
                    for i in 0..n.min(1024) {
                        let mut iov = [0u8; 8];
                        mem.read(iovs + i * 8, &mut iov)?;
                        let ptr = u32::from_le_bytes([iov[0], iov[1], iov[2], iov[3]]);
                        let len = u32::from_le_bytes([iov[4], iov[5], iov[6], iov[7]]);
                        let mut buf = vec![0u8; len.min(1 << 24) as usize];
                        mem.read(ptr, &mut buf)?;
                        data.extend(buf);
                    }
                    mem.write(nwritten, &(data.len() as u32).to_le_bytes())?;
                    if fd == 1 {
                        self.stdout(data);
                    } else {
                        self.events.push(Event::Stderr(data));
                    }
                    errno(0)
                }
                "proc_exit" => Err(HostError::Exit(a(0).i32())),
                "clock_time_get" => {
                    let t = (self.clock)();
                    mem.write(a(2).i32() as u32, &t.to_le_bytes())?;
                    errno(0)
                }
                "random_get" => {
                    let (ptr, len) = (a(0).i32() as u32, a(1).i32() as u32);
                    let mut buf = vec![0u8; len.min(1 << 20) as usize];
                    for b in buf.iter_mut() {
                        self.rng ^= self.rng << 13;
                        self.rng ^= self.rng >> 7;
                        self.rng ^= self.rng << 17;
                        *b = self.rng as u8;
                    }
                    mem.write(ptr, &buf)?;
                    errno(0)
                }
                "args_sizes_get" => {
                    mem.write(a(0).i32() as u32, &1u32.to_le_bytes())?;
                    mem.write(a(1).i32() as u32, &10u32.to_le_bytes())?;
                    errno(0)
                }
                "args_get" => {
                    let (argv, buf) = (a(0).i32() as u32, a(1).i32() as u32);
                    mem.write(argv, &buf.to_le_bytes())?;
                    mem.write(buf, b"main.wasm\0")?;
                    errno(0)
                }
                "environ_sizes_get" => {
                    mem.write(a(0).i32() as u32, &0u32.to_le_bytes())?;
                    mem.write(a(1).i32() as u32, &0u32.to_le_bytes())?;
                    errno(0)
                }
                "environ_get" | "sched_yield" => errno(0),
                _ => {
                    self.events.push(Event::Stub(format!("stub: {module}.{name}({}) -> 52", raw_args(args))));
                    errno(52)
                }
            };
        }
        if module == "host" {
            let line = match name {
                "log_string" => {
                    let (ptr, len) = (a(0).i32() as u32, a(1).i32() as u32);
                    let mut buf = vec![0u8; len.min(1 << 24) as usize];
                    mem.read(ptr, &mut buf)?;
                    Some(buf)
                }
                "log_i32" => Some(a(0).i32().to_string().into_bytes()),
                "log_i64" => Some(match a(0) {
                    Val::I64(v) => v.to_string().into_bytes(),
                    v => v.i32().to_string().into_bytes(),
                }),
                "log_f64" => Some(match a(0) {
                    Val::F64(v) => format::float(v, false).into_bytes(),
                    _ => b"0".to_vec(),
                }),
                _ => None,
            };
            if let Some(mut l) = line {
                l.push(b'\n');
                self.stdout(l);
                return Ok(zeros(results));
            }
        }
        // Anything else: a stub, or a bound constant.
        let out = match self.constants.get(&(module.to_string(), name.to_string())) {
            Some(v) => vec![*v],
            None => zeros(results),
        };
        let shown_args = match self.meta.as_ref().and_then(|m| m.import(module, name)) {
            Some(f) => format::args(&f.params, args, mem),
            None => raw_args(args),
        };
        let mut line = format!("stub: {module}.{name}({shown_args})");
        if let Some(r) = out.first() {
            let kind = self.meta.as_ref().and_then(|m| m.import(module, name)).and_then(|f| f.result.as_ref()).map(|p| p.kind);
            line.push_str(" -> ");
            line.push_str(&match kind {
                Some(k) => format::value(k, &[*r], mem),
                None => raw_args(&[*r]),
            });
        }
        self.events.push(Event::Stub(line));
        Ok(out)
    }
}

fn zeros(results: &[gowasm_meta::WasmType]) -> Vec<Val> {
    results
        .iter()
        .map(|t| match t {
            gowasm_meta::WasmType::I32 => Val::I32(0),
            gowasm_meta::WasmType::I64 => Val::I64(0),
            gowasm_meta::WasmType::F32 => Val::F32(0.0),
            gowasm_meta::WasmType::F64 => Val::F64(0.0),
        })
        .collect()
}

fn raw_args(args: &[Val]) -> String {
    args.iter()
        .map(|v| match v {
            Val::I32(x) => x.to_string(),
            Val::I64(x) => x.to_string(),
            Val::F32(x) => format::float(*x as f64, true),
            Val::F64(x) => format::float(*x, false),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Kinds whose Wasm value is unsigned in Go.
pub fn is_unsigned(k: Kind) -> bool {
    matches!(k, Kind::Uint32 | Kind::Uint64 | Kind::Uintptr)
}
