//! Output that streams: the instance's host hands each event to a sink as it happens, which
//! turns events into console lines and sends the final ones to the page while the call still
//! runs, so a long `main` shows its output as it comes.
//!
//! A line is sent once it cannot change any more ([`Lines::settled`]: finished, and not
//! stderr, which a failed call's end marks as the runtime's report); the rest comes with the
//! call's end. Sends are paced by a token bucket (bursts of [`BURST`], then one per
//! [`REFILL_MS`]): a quiet program's lines arrive one by one at once, a chatty one's in
//! batches, and the page is never flooded.

use std::cell::RefCell;
use std::rc::Rc;

use host_shim::calls::Guest;
use host_shim::{Event, Host, RunError, Val};

use crate::console::Lines;
use crate::engine::WebEngine;
use crate::session::{Engine, Outcome};
use crate::wire::Reply;

const BURST: f64 = 64.0;
const REFILL_MS: f64 = 10.0;

/// An instance whose output streams to the page as instance `gen`'s.
pub struct Streamed {
    inner: WebEngine,
    out: Rc<RefCell<Out>>,
}

struct Out {
    gen: u64,
    /// The running call's lines so far.
    lines: Lines,
    /// How many of them were sent.
    sent: usize,
    /// How many lines of the last finished call were sent while it ran.
    shown: usize,
    tokens: f64,
    last: f64,
}

impl Out {
    fn event(&mut self, e: Event) {
        self.lines.push_events(vec![e]);
        let settled = self.lines.settled();
        if settled <= self.sent {
            return;
        }
        let now = super::now_ms();
        self.tokens = (self.tokens + (now - self.last) / REFILL_MS).min(BURST);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            super::post(&Reply::Output { gen: self.gen, lines: self.lines.lines[self.sent..settled].to_vec() });
            self.sent = settled;
        }
    }
}

impl Streamed {
    pub fn new(mut inner: WebEngine, gen: u64) -> Streamed {
        let out = Rc::new(RefCell::new(Out { gen, lines: Lines::default(), sent: 0, shown: 0, tokens: BURST, last: super::now_ms() }));
        let sink = out.clone();
        inner.with_host(&mut |h| {
            let sink = sink.clone();
            h.set_sink(Box::new(move |e| sink.borrow_mut().event(e)));
        });
        Streamed { inner, out }
    }

    /// A finished call's outcome without the lines that streamed while it ran; the rest are
    /// sent now, ahead of the outcome, so the page gets every line in order.
    pub fn finish(engine: &mut Streamed, gen: u64, mut outcome: Outcome) -> Outcome {
        let shown = std::mem::take(&mut engine.out.borrow_mut().shown);
        outcome.lines.drain(..shown.min(outcome.lines.len()));
        super::shown(gen, outcome)
    }
}

impl Guest for Streamed {
    fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError> {
        self.inner.call(name, args)
    }

    fn write_memory(&mut self, addr: u32, data: &[u8]) -> Result<(), RunError> {
        self.inner.write_memory(addr, data)
    }
}

impl Engine for Streamed {
    fn take_events(&mut self) -> Vec<Event> {
        self.inner.take_events()
    }

    fn with_host(&mut self, f: &mut dyn FnMut(&mut Host)) {
        self.inner.with_host(f)
    }

    fn take_lines(&mut self) -> Lines {
        let mut out = self.out.borrow_mut();
        out.shown = std::mem::take(&mut out.sent);
        std::mem::take(&mut out.lines)
    }
}
