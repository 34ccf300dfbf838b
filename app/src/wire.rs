//! The messages between the page and its worker, and their bytes. The page sends
//! [`Request`]s; the worker answers with [`Reply`]s, output lines streaming while a program
//! runs. A message travels as one `Uint8Array` in the format of [`Writer`] and [`Reader`]
//! (little-endian, strings and lists length-prefixed).
//!
//! Invariant: `decode(encode(m)) == m` for every message (tested natively); bytes that are
//! not a message decode to an error, never a panic.

use compiler_core::{CompletionItem, CompletionKind, Diagnostic, Hover, Mode, Schedule, SignatureHelp};
use host_shim::trace::{Kind, SrcLine, TraceEvent};
use host_shim::{Stream, Val};

use crate::console::{Line, LineKind};
use crate::ide::{Answer, Ask, Query};
use crate::session::{Outcome, Status};
use crate::state::{RunTrace, Settings};

/// A constant bound to a stub import: (module, name, value).
pub type Constant = (String, String, Val);

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Compile `code` with `settings`; the answer is [`Reply::Compiled`] with the same `req`.
    Compile { req: u64, code: String, settings: Settings },
    /// Make instance `gen` of `module` (built in `mode`) and run a reactor's `_initialize` or
    /// a command's `_start`: [`Reply::Output`] while it runs, then [`Reply::Started`]. A test
    /// binary (`test`: its package) ends with `go test`'s `ok` or `FAIL` line.
    Start { gen: u64, module: Vec<u8>, mode: Mode, constants: Vec<Constant>, stdin: String, test: Option<String> },
    /// Make call lines on instance `gen` until one kills it: [`Reply::Output`] while they
    /// run, then [`Reply::Ran`].
    Call { gen: u64, lines: Vec<String> },
    /// Compile traced under both schedule models and run each on its own instance:
    /// [`Reply::Compared`].
    Compare { req: u64, code: String, settings: Settings, constants: Vec<Constant>, calls: Vec<String>, stdin: String },
    /// Parse and check what most programs import, while nothing else is asked:
    /// [`Reply::Warm`].
    Warm,
    /// `code` in gofmt's layout, the cursor (UTF-16 offset) kept by its token:
    /// [`Reply::Formatted`].
    Format { req: u64, code: String, cursor: u32 },
    /// `module` in the WebAssembly text format: [`Reply::Wat`].
    Wat { req: u64, module: Vec<u8> },
    /// Parse and check `code` (the editor's text as typed): [`Reply::Checked`].
    Check { code: String },
    /// Answer the editor's question: [`Reply::Answer`].
    Query { req: u64, query: Query },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// A compile's result; `test` is the package whose tests the module runs, when it is a
    /// test binary.
    Compiled { req: u64, module: Option<Vec<u8>>, diagnostics: Vec<Diagnostic>, ms: f64, mode: Mode, exports: bool, test: Option<String> },
    /// Console lines of instance `gen`'s running call, as they are printed.
    Output { gen: u64, lines: Vec<Line> },
    /// Instance `gen` is made and initialized (or `main` ran); the outcome's lines are the
    /// ones not sent as output yet.
    Started { gen: u64, outcome: Outcome },
    Ran { gen: u64, calls: Vec<(String, Outcome)> },
    Compared { req: u64, result: Result<(RunTrace, RunTrace), String> },
    Warm,
    /// The formatted code and the cursor's place, or the syntax errors that keep the code.
    Formatted { req: u64, result: Result<(String, u32), Vec<Diagnostic>> },
    Wat { req: u64, text: String },
    /// The tools worker listens: requests sent before it are queued by the page (a worker
    /// drops messages that arrive before it has a handler; the compiling worker's script
    /// keeps them instead).
    Loaded,
    /// The diagnostics of a [`Request::Check`], which took `ms`.
    Checked { diagnostics: Vec<Diagnostic>, ms: f64 },
    Answer { req: u64, answer: Answer, ms: f64 },
}

pub fn encode_request(r: &Request) -> Vec<u8> {
    let mut w = Writer::default();
    match r {
        Request::Compile { req, code, settings } => {
            w.u8(0);
            w.u64(*req);
            w.str(code);
            w.settings(settings);
        }
        Request::Start { gen, module, mode, constants, stdin, test } => {
            w.u8(1);
            w.u64(*gen);
            w.bytes(module);
            w.mode(*mode);
            w.constants(constants);
            w.str(stdin);
            w.opt(test.as_deref(), |w, t| w.str(t));
        }
        Request::Call { gen, lines } => {
            w.u8(2);
            w.u64(*gen);
            w.strs(lines);
        }
        Request::Compare { req, code, settings, constants, calls, stdin } => {
            w.u8(3);
            w.u64(*req);
            w.str(code);
            w.settings(settings);
            w.constants(constants);
            w.strs(calls);
            w.str(stdin);
        }
        Request::Warm => w.u8(4),
        Request::Format { req, code, cursor } => {
            w.u8(5);
            w.u64(*req);
            w.str(code);
            w.u32(*cursor);
        }
        Request::Wat { req, module } => {
            w.u8(6);
            w.u64(*req);
            w.bytes(module);
        }
        Request::Check { code } => {
            w.u8(7);
            w.str(code);
        }
        Request::Query { req, query } => {
            w.u8(8);
            w.u64(*req);
            w.u8(ASKS.iter().position(|a| *a == query.ask).unwrap_or(0) as u8);
            w.str(&query.code);
            w.u32(query.at);
        }
    }
    w.buf
}

pub fn decode_request(bytes: &[u8]) -> Result<Request, String> {
    let mut r = Reader { buf: bytes, at: 0 };
    let m = match r.u8()? {
        0 => Request::Compile { req: r.u64()?, code: r.str()?, settings: r.settings()? },
        1 => Request::Start { gen: r.u64()?, module: r.bytes()?, mode: r.mode()?, constants: r.constants()?, stdin: r.str()?, test: r.opt(|r| r.str())? },
        2 => Request::Call { gen: r.u64()?, lines: r.strs()? },
        3 => Request::Compare { req: r.u64()?, code: r.str()?, settings: r.settings()?, constants: r.constants()?, calls: r.strs()?, stdin: r.str()? },
        4 => Request::Warm,
        5 => Request::Format { req: r.u64()?, code: r.str()?, cursor: r.u32()? },
        6 => Request::Wat { req: r.u64()?, module: r.bytes()? },
        7 => Request::Check { code: r.str()? },
        8 => {
            let req = r.u64()?;
            let ask = *ASKS.get(r.u8()? as usize).ok_or("an unknown question")?;
            Request::Query { req, query: Query { ask, code: r.str()?, at: r.u32()? } }
        }
        t => return Err(format!("unknown request {t}")),
    };
    r.end(m)
}

pub fn encode_reply(m: &Reply) -> Vec<u8> {
    let mut w = Writer::default();
    match m {
        Reply::Compiled { req, module, diagnostics, ms, mode, exports, test } => {
            w.u8(0);
            w.u64(*req);
            w.opt(module.as_ref(), |w, m| w.bytes(m));
            w.diagnostics(diagnostics);
            w.f64(*ms);
            w.mode(*mode);
            w.bool(*exports);
            w.opt(test.as_deref(), |w, t| w.str(t));
        }
        Reply::Output { gen, lines } => {
            w.u8(1);
            w.u64(*gen);
            w.lines(lines);
        }
        Reply::Started { gen, outcome } => {
            w.u8(2);
            w.u64(*gen);
            w.outcome(outcome);
        }
        Reply::Ran { gen, calls } => {
            w.u8(3);
            w.u64(*gen);
            w.list(calls, |w, (line, o)| {
                w.str(line);
                w.outcome(o);
            });
        }
        Reply::Compared { req, result } => {
            w.u8(4);
            w.u64(*req);
            match result {
                Ok((seed, go)) => {
                    w.u8(0);
                    w.run_trace(seed);
                    w.run_trace(go);
                }
                Err(e) => {
                    w.u8(1);
                    w.str(e);
                }
            }
        }
        Reply::Warm => w.u8(5),
        Reply::Loaded => w.u8(6),
        Reply::Formatted { req, result } => {
            w.u8(7);
            w.u64(*req);
            match result {
                Ok((code, cursor)) => {
                    w.u8(0);
                    w.str(code);
                    w.u32(*cursor);
                }
                Err(diagnostics) => {
                    w.u8(1);
                    w.diagnostics(diagnostics);
                }
            }
        }
        Reply::Wat { req, text } => {
            w.u8(8);
            w.u64(*req);
            w.str(text);
        }
        Reply::Checked { diagnostics, ms } => {
            w.u8(9);
            w.diagnostics(diagnostics);
            w.f64(*ms);
        }
        Reply::Answer { req, answer, ms } => {
            w.u8(10);
            w.u64(*req);
            w.answer(answer);
            w.f64(*ms);
        }
    }
    w.buf
}

pub fn decode_reply(bytes: &[u8]) -> Result<Reply, String> {
    let mut r = Reader { buf: bytes, at: 0 };
    let m = match r.u8()? {
        0 => Reply::Compiled {
            req: r.u64()?,
            module: r.opt(|r| r.bytes())?,
            diagnostics: r.diagnostics()?,
            ms: r.f64()?,
            mode: r.mode()?,
            exports: r.bool()?,
            test: r.opt(|r| r.str())?,
        },
        1 => Reply::Output { gen: r.u64()?, lines: r.lines()? },
        2 => Reply::Started { gen: r.u64()?, outcome: r.outcome()? },
        3 => Reply::Ran { gen: r.u64()?, calls: r.list(|r| Ok((r.str()?, r.outcome()?)))? },
        4 => {
            let req = r.u64()?;
            let result = match r.u8()? {
                0 => Ok((r.run_trace()?, r.run_trace()?)),
                _ => Err(r.str()?),
            };
            Reply::Compared { req, result }
        }
        5 => Reply::Warm,
        6 => Reply::Loaded,
        7 => {
            let req = r.u64()?;
            let result = match r.u8()? {
                0 => Ok((r.str()?, r.u32()?)),
                _ => Err(r.diagnostics()?),
            };
            Reply::Formatted { req, result }
        }
        8 => Reply::Wat { req: r.u64()?, text: r.str()? },
        9 => Reply::Checked { diagnostics: r.diagnostics()?, ms: r.f64()? },
        10 => Reply::Answer { req: r.u64()?, answer: r.answer()?, ms: r.f64()? },
        t => return Err(format!("unknown reply {t}")),
    };
    r.end(m)
}

#[derive(Default)]
struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    fn bool(&mut self, v: bool) {
        self.u8(u8::from(v));
    }
    fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.buf.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.list(v, |w, s| w.str(s));
    }
    fn opt<T>(&mut self, v: Option<T>, f: impl FnOnce(&mut Writer, T)) {
        match v {
            Some(x) => {
                self.u8(1);
                f(self, x);
            }
            None => self.u8(0),
        }
    }
    fn list<T>(&mut self, v: &[T], mut f: impl FnMut(&mut Writer, &T)) {
        self.len(v.len());
        for x in v {
            f(self, x);
        }
    }
    fn diagnostics(&mut self, v: &[Diagnostic]) {
        self.list(v, |w, d| {
            w.str(&d.file);
            w.u32(d.line);
            w.u32(d.col);
            w.str(&d.message);
        });
    }
    fn mode(&mut self, m: Mode) {
        self.u8(match m {
            Mode::Reactor => 0,
            Mode::Command => 1,
        });
    }
    fn settings(&mut self, s: &Settings) {
        self.str(s.schedule.as_str());
        self.opt(s.step_budget, |w, b| w.u64(b));
        self.bool(s.trace);
        self.mode(s.mode);
    }
    fn constants(&mut self, v: &[Constant]) {
        self.list(v, |w, (m, n, val)| {
            w.str(m);
            w.str(n);
            let (tag, bits) = match val {
                Val::I32(x) => (0, *x as u32 as u64),
                Val::I64(x) => (1, *x as u64),
                Val::F32(x) => (2, u64::from(x.to_bits())),
                Val::F64(x) => (3, x.to_bits()),
            };
            w.u8(tag);
            w.u64(bits);
        });
    }
    fn lines(&mut self, v: &[Line]) {
        self.list(v, |w, l| {
            w.u8(LINE_KINDS.iter().position(|k| *k == l.kind).unwrap_or(0) as u8);
            w.str(&l.text);
        });
    }
    fn outcome(&mut self, o: &Outcome) {
        self.lines(&o.lines);
        match &o.status {
            Status::Returned => self.u8(0),
            Status::Dead(why) => {
                self.u8(1);
                self.str(why);
            }
            Status::Refused => self.u8(2),
        }
        self.opt(o.result.as_ref(), |w, r| w.str(r));
        self.events(&o.trace);
    }
    fn answer(&mut self, a: &Answer) {
        match a {
            Answer::Hover(h) => {
                self.u8(0);
                self.opt(h.as_ref(), |w, h| {
                    w.str(&h.text);
                    w.str(&h.doc);
                });
            }
            Answer::Definition(d) => {
                self.u8(1);
                self.opt(d.as_ref(), |w, (line, col)| {
                    w.u32(*line);
                    w.u32(*col);
                });
            }
            Answer::Complete { from, items } => {
                self.u8(2);
                self.u32(*from);
                self.list(items, |w, i| {
                    w.str(&i.label);
                    w.u8(COMPLETION_KINDS.iter().position(|k| *k == i.kind).unwrap_or(0) as u8);
                    w.str(&i.detail);
                });
            }
            Answer::Signature(s) => {
                self.u8(3);
                self.opt(s.as_ref(), |w, s| {
                    w.str(&s.name);
                    w.strs(&s.params);
                    w.str(&s.results);
                    w.u32(s.active as u32);
                    w.str(&s.doc);
                });
            }
        }
    }
    fn run_trace(&mut self, t: &RunTrace) {
        self.list(t, |w, (line, events)| {
            w.str(line);
            w.events(events);
        });
    }
    fn events(&mut self, v: &[TraceEvent]) {
        self.list(v, |w, e| {
            w.u32(e.g);
            w.kind(&e.kind);
            w.opt(e.pos.as_ref(), |w, p| {
                w.str(&p.file);
                w.u32(p.line);
            });
        });
    }
    fn kind(&mut self, k: &Kind) {
        match k {
            Kind::ExportCall { name, args } => {
                self.u8(0);
                self.str(name);
                self.strs(args);
            }
            Kind::ExportReturn { name, result, error } => {
                self.u8(1);
                self.str(name);
                self.opt(result.as_ref(), |w, s| w.str(s));
                self.opt(error.as_ref(), |w, s| w.str(s));
            }
            Kind::Create { parent, func } => {
                self.u8(2);
                self.opt(*parent, |w, p| w.u32(p));
                self.str(func);
            }
            Kind::Park { reason } => {
                self.u8(3);
                self.str(reason);
            }
            Kind::Yield => self.u8(4),
            Kind::Ready { by } => {
                self.u8(5);
                self.u32(*by);
            }
            Kind::Run => self.u8(6),
            Kind::Exit => self.u8(7),
            Kind::Output { stream, text } => {
                self.u8(8);
                self.bool(*stream == Stream::Stderr);
                self.str(text);
            }
            Kind::Panic => self.u8(9),
            Kind::Fatal { message } => {
                self.u8(10);
                self.str(message);
            }
            Kind::ImportCall { module, name, args } => {
                self.u8(11);
                self.str(module);
                self.str(name);
                self.strs(args);
            }
            Kind::ImportReturn { module, name, result } => {
                self.u8(12);
                self.str(module);
                self.str(name);
                self.opt(result.as_ref(), |w, s| w.str(s));
            }
        }
    }
}

const ASKS: [Ask; 4] = [Ask::Hover, Ask::Definition, Ask::Complete, Ask::Signature];

const COMPLETION_KINDS: [CompletionKind; 8] = [
    CompletionKind::Var,
    CompletionKind::Const,
    CompletionKind::Type,
    CompletionKind::Func,
    CompletionKind::Field,
    CompletionKind::Method,
    CompletionKind::Package,
    CompletionKind::Keyword,
];

const LINE_KINDS: [LineKind; 9] = [LineKind::Stdout, LineKind::Stderr, LineKind::Import, LineKind::Call, LineKind::Panic, LineKind::Error, LineKind::Info, LineKind::Exit, LineKind::Mismatch];

struct Reader<'a> {
    buf: &'a [u8],
    at: usize,
}

type R<T> = Result<T, String>;

impl Reader<'_> {
    fn take(&mut self, n: usize) -> R<&[u8]> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.buf.len()).ok_or("a message ended early")?;
        let s = &self.buf[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn end<T>(&self, m: T) -> R<T> {
        if self.at == self.buf.len() {
            Ok(m)
        } else {
            Err("a message has bytes after its end".into())
        }
    }
    fn u8(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }
    fn bool(&mut self) -> R<bool> {
        Ok(self.u8()? != 0)
    }
    fn u32(&mut self) -> R<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> R<u64> {
        let b = self.take(8)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn f64(&mut self) -> R<f64> {
        Ok(f64::from_bits(self.u64()?))
    }
    fn bytes(&mut self) -> R<Vec<u8>> {
        let n = self.u32()? as usize;
        Ok(self.take(n)?.to_vec())
    }
    fn str(&mut self) -> R<String> {
        String::from_utf8(self.bytes()?).map_err(|_| "a message holds text that is not UTF-8".to_string())
    }
    fn strs(&mut self) -> R<Vec<String>> {
        self.list(|r| r.str())
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<Option<T>> {
        match self.u8()? {
            0 => Ok(None),
            _ => f(self).map(Some),
        }
    }
    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> R<T>) -> R<Vec<T>> {
        let n = self.u32()? as usize;
        // Every element takes at least a byte: a bad length cannot reserve much.
        let mut v = Vec::with_capacity(n.min(self.buf.len() - self.at));
        for _ in 0..n {
            v.push(f(self)?);
        }
        Ok(v)
    }
    fn diagnostics(&mut self) -> R<Vec<Diagnostic>> {
        self.list(|r| Ok(Diagnostic { file: r.str()?, line: r.u32()?, col: r.u32()?, message: r.str()? }))
    }
    fn mode(&mut self) -> R<Mode> {
        Ok(if self.u8()? == 0 { Mode::Reactor } else { Mode::Command })
    }
    fn settings(&mut self) -> R<Settings> {
        let schedule = self.str()?;
        let schedule = Schedule::parse(&schedule).ok_or_else(|| format!("unknown schedule {schedule}"))?;
        Ok(Settings { schedule, step_budget: self.opt(|r| r.u64())?, trace: self.bool()?, mode: self.mode()? })
    }
    fn constants(&mut self) -> R<Vec<Constant>> {
        self.list(|r| {
            let (m, n, tag, bits) = (r.str()?, r.str()?, r.u8()?, r.u64()?);
            let v = match tag {
                0 => Val::I32(bits as u32 as i32),
                1 => Val::I64(bits as i64),
                2 => Val::F32(f32::from_bits(bits as u32)),
                _ => Val::F64(f64::from_bits(bits)),
            };
            Ok((m, n, v))
        })
    }
    fn lines(&mut self) -> R<Vec<Line>> {
        self.list(|r| {
            let kind = *LINE_KINDS.get(r.u8()? as usize).ok_or("unknown line kind")?;
            Ok(Line { kind, text: r.str()? })
        })
    }
    fn outcome(&mut self) -> R<Outcome> {
        let lines = self.lines()?;
        let status = match self.u8()? {
            0 => Status::Returned,
            1 => Status::Dead(self.str()?),
            _ => Status::Refused,
        };
        Ok(Outcome { lines, status, result: self.opt(|r| r.str())?, trace: self.events()? })
    }
    fn answer(&mut self) -> R<Answer> {
        Ok(match self.u8()? {
            0 => Answer::Hover(self.opt(|r| Ok(Hover { text: r.str()?, doc: r.str()? }))?),
            1 => Answer::Definition(self.opt(|r| Ok((r.u32()?, r.u32()?)))?),
            2 => {
                let from = self.u32()?;
                let items = self.list(|r| {
                    let label = r.str()?;
                    let kind = *COMPLETION_KINDS.get(r.u8()? as usize).ok_or("an unknown completion kind")?;
                    Ok(CompletionItem { label, kind, detail: r.str()? })
                })?;
                Answer::Complete { from, items }
            }
            3 => Answer::Signature(self.opt(|r| Ok(SignatureHelp { name: r.str()?, params: r.strs()?, results: r.str()?, active: r.u32()? as usize, doc: r.str()? }))?),
            t => return Err(format!("unknown answer {t}")),
        })
    }
    fn run_trace(&mut self) -> R<RunTrace> {
        self.list(|r| Ok((r.str()?, r.events()?)))
    }
    fn events(&mut self) -> R<Vec<TraceEvent>> {
        self.list(|r| {
            let g = r.u32()?;
            let kind = r.kind()?;
            let pos = r.opt(|r| Ok(SrcLine { file: r.str()?, line: r.u32()? }))?;
            Ok(TraceEvent { g, kind, pos })
        })
    }
    fn kind(&mut self) -> R<Kind> {
        Ok(match self.u8()? {
            0 => Kind::ExportCall { name: self.str()?, args: self.strs()? },
            1 => Kind::ExportReturn { name: self.str()?, result: self.opt(|r| r.str())?, error: self.opt(|r| r.str())? },
            2 => Kind::Create { parent: self.opt(|r| r.u32())?, func: self.str()? },
            3 => Kind::Park { reason: self.str()? },
            4 => Kind::Yield,
            5 => Kind::Ready { by: self.u32()? },
            6 => Kind::Run,
            7 => Kind::Exit,
            8 => Kind::Output { stream: if self.bool()? { Stream::Stderr } else { Stream::Stdout }, text: self.str()? },
            9 => Kind::Panic,
            10 => Kind::Fatal { message: self.str()? },
            11 => Kind::ImportCall { module: self.str()?, name: self.str()?, args: self.strs()? },
            12 => Kind::ImportReturn { module: self.str()?, name: self.str()?, result: self.opt(|r| r.str())? },
            t => return Err(format!("unknown trace event {t}")),
        })
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::{CompletionItem, CompletionKind, Diagnostic, Hover, Mode, Schedule, SignatureHelp};
    use host_shim::Val;

    use super::{decode_reply, decode_request, encode_reply, encode_request, Reply, Request};
    use crate::console::{Line, LineKind};
    use crate::ide::{Answer, Ask, Query};
    use crate::session::{testing, Outcome, Status};
    use crate::state::Settings;

    #[test]
    fn requests_round_trip() {
        let settings = Settings { schedule: Schedule::Go, step_budget: Some(7), trace: true, mode: Mode::Command };
        let constants = vec![("env".to_string(), "scale".to_string(), Val::I32(-3)), ("env".into(), "f".into(), Val::F64(0.5)), ("m".into(), "g".into(), Val::I64(i64::MIN)), ("m".into(), "h".into(), Val::F32(1.5))];
        let all = [
            Request::Compile { req: 3, code: "package main // é\n".into(), settings: settings.clone() },
            Request::Start { gen: 9, module: vec![0, 97, 115, 109], mode: Mode::Reactor, constants: constants.clone(), stdin: "in\n".into(), test: None },
            Request::Start { gen: 10, module: vec![0, 97, 115, 109], mode: Mode::Command, constants: vec![], stdin: String::new(), test: Some("play.ground".into()) },
            Request::Call { gen: 9, lines: vec!["add 1 2".into(), "hello \"x y\"".into()] },
            Request::Compare { req: 1, code: String::new(), settings: Settings::default(), constants, calls: vec![], stdin: String::new() },
            Request::Warm,
            Request::Format { req: 4, code: "package main\n".into(), cursor: 7 },
            Request::Wat { req: 5, module: vec![0, 97, 115, 109, 1, 0, 0, 0] },
            Request::Check { code: "package main\n".into() },
            Request::Query { req: 6, query: Query { ask: Ask::Signature, code: "f(".into(), at: 2 } },
        ];
        for r in all {
            assert_eq!(decode_request(&encode_request(&r)), Ok(r));
        }
    }

    #[test]
    fn replies_round_trip_with_real_trace_events() {
        let traced = testing::run_traced(crate::examples::find("actor").unwrap().code, Schedule::Go, crate::examples::find("actor").unwrap().calls);
        let events: Vec<_> = traced.iter().flat_map(|(_, o)| o.trace.clone()).collect();
        assert!(events.len() > 20, "{}", events.len());
        let calls: Vec<(String, Outcome)> = traced.clone();
        let run: crate::state::RunTrace = traced.into_iter().map(|(l, o)| (l, o.trace)).collect();
        let diag = Diagnostic { file: "main.go".into(), line: 3, col: 9, message: "undefined: x".into() };
        let all = [
            Reply::Compiled { req: 2, module: Some(vec![1, 2, 3]), diagnostics: vec![], ms: 12.5, mode: Mode::Reactor, exports: true, test: None },
            Reply::Compiled { req: 3, module: None, diagnostics: vec![diag], ms: 0.25, mode: Mode::Command, exports: false, test: Some("example.com/m".into()) },
            Reply::Output { gen: 4, lines: vec![Line::new(LineKind::Stdout, "hi"), Line::new(LineKind::Exit, "Program exited.")] },
            Reply::Started { gen: 4, outcome: Outcome::new(vec![], Status::Dead("the program exited".into()), None) },
            Reply::Ran { gen: 4, calls },
            Reply::Compared { req: 5, result: Ok((run.clone(), run)) },
            Reply::Compared { req: 6, result: Err("does not compile".into()) },
            Reply::Warm,
            Reply::Loaded,
            Reply::Formatted { req: 7, result: Ok(("package main\n".into(), 3)) },
            Reply::Formatted { req: 8, result: Err(vec![Diagnostic { file: "main.go".into(), line: 2, col: 1, message: "syntax error".into() }]) },
            Reply::Wat { req: 9, text: "(module)".into() },
            Reply::Checked { diagnostics: vec![], ms: 1.5 },
            Reply::Answer { req: 10, answer: Answer::Hover(Some(Hover { text: "var x int".into(), doc: "X.".into() })), ms: 0.5 },
            Reply::Answer { req: 11, answer: Answer::Definition(None), ms: 0.5 },
            Reply::Answer { req: 12, answer: Answer::Complete { from: 3, items: vec![CompletionItem { label: "Println".into(), kind: CompletionKind::Func, detail: "func(a ...any)".into() }] }, ms: 0.5 },
            Reply::Answer { req: 13, answer: Answer::Signature(Some(SignatureHelp { name: "f".into(), params: vec!["a int".into()], results: " int".into(), active: 0, doc: String::new() })), ms: 0.5 },
        ];
        for r in all {
            assert_eq!(decode_reply(&encode_reply(&r)), Ok(r));
        }
    }

    #[test]
    fn bad_bytes_are_an_error() {
        assert!(decode_reply(&[]).is_err());
        assert!(decode_reply(&[9]).is_err());
        assert!(decode_request(&[0, 1, 2]).is_err());
        let mut long = encode_request(&Request::Warm);
        long.push(0);
        assert!(decode_request(&long).is_err());
        // A huge list length with nothing after it.
        assert!(decode_reply(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255]).is_err());
    }
}
