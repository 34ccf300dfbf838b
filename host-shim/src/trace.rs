//! Trace events of modules compiled with `trace`: the runtime's raw `gowasm.trace` calls
//! (their meaning is documented in compiler-core's `runtime/trace.go`) decoded into a typed
//! list, merged with what the host itself sees, and printed as a timeline. Engine-neutral:
//! the `Host` serves the import, so the page gets the events through the same
//! `Host::call_import` and its timeline and `gowasm run --trace` share this code.
//!
//! What only the host sees is merged in: export calls and returns (drivers call
//! `Host::trace_call` / `trace_return` around `Call::invoke`; values as Go prints them),
//! user import calls, and output (the bytes of each write, attributed to the goroutine that
//! announced them and merged up to the end of the line). `Host::take_trace` hands the events
//! out; [`timeline`] prints them one per line (lane, event, `file:line`), which is what
//! `gowasm run --trace` shows instead of the transcript (goldens:
//! `cli/tests/trace/actor.{seed,go}.txt`).

use std::fmt::Write as _;

use gowasm_meta::Meta;

use crate::format::quote;
use crate::{HostError, Memory, Stream};

/// The import the runtime reports through: `gowasm.trace(kind, g, a, s, n, pos i32)`.
pub const MODULE: &str = "gowasm";
pub const NAME: &str = "trace";

/// A Go source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SrcLine {
    pub file: String,
    pub line: u32,
}

/// One event. `g` is the goroutine it happened on: 0 is code running directly on the host's
/// call (an export that cannot block, package initialization, the scheduler between
/// goroutines); goroutines are numbered from 1 in creation order.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceEvent {
    pub g: u32,
    pub kind: Kind,
    /// The user statement it comes from (package main only), when known.
    pub pos: Option<SrcLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// The host calls an export; arguments as Go prints them.
    ExportCall { name: String, args: Vec<String> },
    /// The export returned (`result` as Go prints it), or the call ended with `error`.
    ExportReturn { name: String, result: Option<String>, error: Option<String> },
    /// Goroutine `g` was created by a go statement of goroutine `parent` (`None`: it is the
    /// goroutine of an export call, or main's) to run the Go function `func`.
    Create { parent: Option<u32>, func: String },
    /// `g` parked; `reason` is gc's wait reason (`chan receive`, `chan send`, `select`,
    /// `sleep`, `sync.Mutex.Lock`, `sync.WaitGroup.Wait`, ...).
    Park { reason: String },
    /// `g` yielded (runtime.Gosched): still runnable, at the tail of the run queue.
    Yield,
    /// `g` was made runnable by goroutine `by` (0: the scheduler, e.g. a timer).
    Ready { by: u32 },
    /// `g` starts or resumes running.
    Run,
    /// `g`'s function returned.
    Exit,
    /// `g` wrote a line (or the start of one) to stdout or stderr.
    Output { stream: Stream, text: String },
    /// `g` panicked; the message is the output just before.
    Panic,
    /// A fatal error (`all goroutines are asleep - deadlock!`, ...); the dump follows as output.
    Fatal { message: String },
    /// `g` calls the user import `module.name`.
    ImportCall { module: String, name: String, args: Vec<String> },
    /// The import returned.
    ImportReturn { module: String, name: String, result: Option<String> },
}

/// Collects events for a [`crate::Host`].
#[derive(Default)]
pub(crate) struct Tracer {
    pub events: Vec<TraceEvent>,
    /// The goroutine running now (from `Run`, `Park`, `Exit`).
    cur: u32,
    /// A `Print` event waiting for the bytes of the next write.
    print: Option<(u32, Option<SrcLine>)>,
    /// A user-import call waiting for the host's import call.
    call: Option<(u32, Option<SrcLine>)>,
}

impl Tracer {
    /// Decodes one raw `gowasm.trace` call.
    pub fn raw(&mut self, meta: Option<&Meta>, args: [i32; 6], mem: &dyn Memory) -> Result<(), HostError> {
        let [kind, g, a, s, n, pos] = args;
        let text = || -> Result<String, HostError> { Ok(String::from_utf8_lossy(&mem.read_vec(s as u32, n as u32)?).into_owned()) };
        let pos = meta.and_then(|m| m.trace_pos(pos)).map(|(file, line)| SrcLine { file: file.to_string(), line });
        let g = g as u32;
        let kind = match kind {
            0 => Kind::Create { parent: (a >= 0).then_some(a as u32), func: text()? },
            1 => {
                let reason = text()?;
                if self.cur == g {
                    self.cur = 0;
                }
                if reason.is_empty() {
                    Kind::Yield
                } else {
                    Kind::Park { reason }
                }
            }
            2 => Kind::Ready { by: a as u32 },
            3 => {
                self.cur = g;
                Kind::Run
            }
            4 => {
                if self.cur == g {
                    self.cur = 0;
                }
                Kind::Exit
            }
            5 => {
                self.print = Some((g, pos));
                return Ok(());
            }
            6 => Kind::Panic,
            7 => Kind::Fatal { message: text()? },
            8 => {
                self.call = Some((g, pos));
                return Ok(());
            }
            k => return Err(HostError::Trap(format!("gowasm.trace: unknown event kind {k}"))),
        };
        self.events.push(TraceEvent { g, kind, pos });
        Ok(())
    }

    /// Bytes the guest wrote: attributed to the goroutine that announced them, merged with
    /// the previous output while it has not ended its line.
    pub fn output(&mut self, stream: Stream, bytes: &[u8]) {
        let (g, pos) = self.print.take().unwrap_or((self.cur, None));
        let text = String::from_utf8_lossy(bytes);
        if let Some(TraceEvent { g: lg, kind: Kind::Output { stream: ls, text: lt }, .. }) = self.events.last_mut() {
            if *lg == g && *ls == stream && !lt.ends_with('\n') {
                lt.push_str(&text);
                return;
            }
        }
        self.events.push(TraceEvent { g, kind: Kind::Output { stream, text: text.into_owned() }, pos });
    }

    /// The host serves a user import: the call, announced by the runtime with its position.
    pub fn import_call(&mut self, module: &str, name: &str, args: Vec<String>) {
        let (g, pos) = self.call.take().unwrap_or((self.cur, None));
        self.events.push(TraceEvent { g, kind: Kind::ImportCall { module: module.into(), name: name.into(), args }, pos });
    }

    pub fn import_return(&mut self, module: &str, name: &str, result: Option<String>) {
        let g = self.events.iter().rev().find(|e| matches!(&e.kind, Kind::ImportCall { .. })).map_or(self.cur, |e| e.g);
        self.events.push(TraceEvent { g, kind: Kind::ImportReturn { module: module.into(), name: name.into(), result }, pos: None });
    }

    pub fn push(&mut self, g: u32, kind: Kind, pos: Option<SrcLine>) {
        self.events.push(TraceEvent { g, kind, pos });
    }
}

/// The events as a readable timeline, one line each: the lane (`host`, `g0` for code running
/// directly on a call, `g3 main.worker` for goroutines), what happened, and the source line.
pub fn timeline(events: &[TraceEvent]) -> String {
    let mut names: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    let mut out = String::new();
    for e in events {
        if let Kind::Create { func, .. } = &e.kind {
            names.insert(e.g, func.clone());
        }
        let g = |id: u32| match (id, names.get(&id)) {
            (0, _) => "g0".to_string(),
            (id, Some(f)) => format!("g{id} {f}"),
            (id, None) => format!("g{id}"),
        };
        let lane = match &e.kind {
            Kind::ExportCall { .. } | Kind::ExportReturn { .. } => "host".to_string(),
            _ => g(e.g),
        };
        let what = match &e.kind {
            Kind::ExportCall { name, args } => format!("call {name}({})", args.join(", ")),
            Kind::ExportReturn { name, result: Some(r), .. } => format!("{name} returned {r}"),
            Kind::ExportReturn { name, error: Some(err), .. } => format!("{name} failed: {err}"),
            Kind::ExportReturn { name, .. } => format!("{name} returned"),
            Kind::Create { parent: None, func } => format!("created for the call, runs {func}"),
            Kind::Create { parent: Some(p), func } => format!("created by g{p}, runs {func}"),
            Kind::Park { reason } => format!("parks [{reason}]"),
            Kind::Yield => "yields".into(),
            Kind::Ready { by: 0 } => "woken by the scheduler (timer)".into(),
            Kind::Ready { by } => format!("woken by g{by}"),
            Kind::Run => "runs".into(),
            Kind::Exit => "finishes".into(),
            Kind::Output { stream, text } => {
                let s = if *stream == Stream::Stdout { "stdout" } else { "stderr" };
                format!("{s} {}", quote(text.as_bytes()))
            }
            Kind::Panic => "panics".into(),
            Kind::Fatal { message } => format!("fatal error: {message}"),
            Kind::ImportCall { module, name, args } => format!("calls import {module}.{name}({})", args.join(", ")),
            Kind::ImportReturn { module, name, result: Some(r) } => format!("import {module}.{name} returned {r}"),
            Kind::ImportReturn { module, name, result: None } => format!("import {module}.{name} returned"),
        };
        let _ = write!(out, "{lane:<22} {what}");
        if let Some(p) = &e.pos {
            let pad = 50usize.saturating_sub(what.chars().count());
            let _ = write!(out, "{:pad$} {}:{}", "", p.file, p.line);
        }
        out.push('\n');
    }
    out
}
