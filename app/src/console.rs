//! The console's lines and how a module's events become them: guest output split into lines
//! per stream, reported import calls, call transcripts, and panics marked as such.

use host_shim::{Event, RunError};

/// What a console line is; the page styles each kind and tests select by it (`data-kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Stdout,
    Stderr,
    /// A reported import call: `stub: env.scale(21) -> 0`.
    Import,
    /// A finished export call: `=> get_total() = 5`.
    Call,
    /// A checked call whose result differs from the expected one: `=> add(2, 3) = 6, want 5`.
    Mismatch,
    /// The runtime's report of a panic, a deadlock or a fatal error, goroutine dump included.
    Panic,
    /// How a call ended other than by returning: exit status, trap, host error.
    Error,
    /// The page's own notes: compiled, reset.
    Info,
    /// How a command's `main` ended: `Program exited.`, `Program exited: status 3.`; a test
    /// binary's `go test` summary, `ok  \tpkg\t0.012s` or `FAIL\tpkg\t0.012s`.
    Exit,
}

impl LineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Stdout => "stdout",
            LineKind::Stderr => "stderr",
            LineKind::Import => "import",
            LineKind::Call => "call",
            LineKind::Mismatch => "mismatch",
            LineKind::Panic => "panic",
            LineKind::Error => "error",
            LineKind::Info => "info",
            LineKind::Exit => "exit",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

impl Line {
    pub fn new(kind: LineKind, text: impl Into<String>) -> Line {
        Line { kind, text: text.into() }
    }
}

/// Turns events into lines. Output arrives in chunks that need not end at a newline; a chunk
/// continues the stream's unfinished line only when nothing else came between.
#[derive(Default)]
pub struct Lines {
    pub lines: Vec<Line>,
    /// The last line is unfinished.
    open: bool,
}

impl Lines {
    pub fn push_events(&mut self, events: Vec<Event>) {
        for e in events {
            match e {
                Event::Stdout(b) => self.output(LineKind::Stdout, &b),
                Event::Stderr(b) => self.output(LineKind::Stderr, &b),
                Event::ImportCall(c) => self.push(Line::new(LineKind::Import, c.line())),
            }
        }
    }

    /// How many lines from the start are final: neither an unfinished last line nor stderr
    /// (which a failed call's end may mark as the runtime's report) nor anything after it.
    pub fn settled(&self) -> usize {
        let complete = self.lines.len() - usize::from(self.open);
        self.lines.iter().position(|l| l.kind == LineKind::Stderr).map_or(complete, |i| i.min(complete))
    }

    pub fn push(&mut self, line: Line) {
        self.open = false;
        self.lines.push(line);
    }

    fn output(&mut self, kind: LineKind, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let mut parts = text.split('\n').peekable();
        while let Some(part) = parts.next() {
            let last = parts.peek().is_none();
            if last && part.is_empty() {
                self.open = false;
                break;
            }
            match self.lines.last_mut() {
                Some(l) if self.open && l.kind == kind => l.text.push_str(part),
                _ => self.lines.push(Line::new(kind, part)),
            }
            self.open = last;
        }
    }

    /// Ends a command's run as go.dev/play does: `Program exited.`, or with the status when
    /// it is not 0. Status 2 is the runtime's (a panic, a deadlock, the step budget): the
    /// stderr lines since `from` were its report, as in [`Lines::fail`]; other statuses come
    /// from `os.Exit`, whose stderr is the program's own. A trap or host error ends it as it
    /// ends a call.
    pub fn exited(&mut self, from: usize, outcome: Result<(), &RunError>) {
        match outcome {
            Ok(()) | Err(RunError::Exit(0)) => self.push(Line::new(LineKind::Exit, "Program exited.")),
            Err(RunError::Exit(c)) => {
                if *c == 2 {
                    self.mark_report(from);
                }
                self.push(Line::new(LineKind::Exit, format!("Program exited: status {c}.")));
            }
            Err(e) => self.fail(from, e),
        }
    }

    /// Ends a test binary's run as `go test` does: `ok  \tpkg\t0.012s` when it exited with
    /// status 0, else `FAIL\tpkg\t0.012s` (after the runtime's report or the trap, as
    /// [`Lines::exited`] shows them). Seconds with three decimals, printed from whole
    /// milliseconds (a float's precision formatting is heavy code for the page).
    pub fn tested(&mut self, from: usize, outcome: Result<(), &RunError>, pkg: &str, ms: f64) {
        let passed = matches!(outcome, Ok(()) | Err(RunError::Exit(0)));
        match outcome {
            Err(RunError::Exit(2)) => self.mark_report(from),
            Ok(()) | Err(RunError::Exit(_)) => {}
            Err(e) => self.fail(from, e),
        }
        let ms = ms.max(0.0).round() as u64;
        let secs = format!("{}.{:03}s", ms / 1000, ms % 1000);
        let text = if passed { format!("ok  \t{pkg}\t{secs}") } else { format!("FAIL\t{pkg}\t{secs}") };
        self.push(Line::new(LineKind::Exit, text));
    }

    fn mark_report(&mut self, from: usize) {
        for l in &mut self.lines[from..] {
            if l.kind == LineKind::Stderr {
                l.kind = LineKind::Panic;
            }
        }
    }

    /// Ends a call that failed: the stderr lines since `from` were the runtime's report (a
    /// panic, a deadlock, the step budget), then a line saying how the call ended.
    pub fn fail(&mut self, from: usize, e: &RunError) {
        if matches!(e, RunError::Exit(c) if *c != 0) {
            self.mark_report(from);
        }
        let text = match e {
            RunError::Exit(c) => format!("exit status {c}"),
            RunError::Trap(m) => format!("wasm trap: {m}"),
            RunError::Host(m) => format!("error: {m}"),
        };
        self.push(Line::new(LineKind::Error, text));
    }
}

#[cfg(test)]
mod tests {
    use host_shim::{Event, RunError};

    use super::{Line, LineKind, Lines};

    #[test]
    fn chunks_join_into_lines_per_stream() {
        let mut l = Lines::default();
        l.push_events(vec![Event::Stdout(b"event ".to_vec()), Event::Stdout(b"5 total 5\nnext".to_vec()), Event::Stderr(b"oops\n".to_vec()), Event::Stdout(b"\n".to_vec())]);
        let got: Vec<_> = l.lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(got, [(LineKind::Stdout, "event 5 total 5"), (LineKind::Stdout, "next"), (LineKind::Stderr, "oops"), (LineKind::Stdout, "")]);
    }

    #[test]
    fn settled_lines_stop_at_stderr_and_at_an_unfinished_line() {
        let mut l = Lines::default();
        l.push_events(vec![Event::Stdout(b"one\ntw".to_vec())]);
        assert_eq!(l.settled(), 1);
        l.push_events(vec![Event::Stdout(b"o\n".to_vec())]);
        assert_eq!(l.settled(), 2);
        l.push_events(vec![Event::Stderr(b"warn\n".to_vec()), Event::Stdout(b"three\n".to_vec())]);
        assert_eq!(l.settled(), 2);
    }

    #[test]
    fn a_failed_call_marks_its_report_as_a_panic() {
        let mut l = Lines::default();
        l.push(Line::new(LineKind::Stderr, "before"));
        l.push_events(vec![Event::Stderr(b"panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n".to_vec())]);
        l.fail(1, &RunError::Exit(2));
        let kinds: Vec<_> = l.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [LineKind::Stderr, LineKind::Panic, LineKind::Panic, LineKind::Panic, LineKind::Error]);
        assert_eq!(l.lines.last().unwrap().text, "exit status 2");
    }

    #[test]
    fn a_test_binary_ends_with_go_test_summary() {
        let mut l = Lines::default();
        l.push_events(vec![Event::Stdout(b"PASS\n".to_vec())]);
        l.tested(0, Ok(()), "play.ground", 12.4);
        l.push_events(vec![Event::Stdout(b"FAIL\n".to_vec())]);
        l.tested(2, Err(&RunError::Exit(1)), "example.com/m", 1234.5);
        l.push_events(vec![Event::Stderr(b"panic: boom\n".to_vec())]);
        l.tested(4, Err(&RunError::Exit(2)), "play.ground", 0.0);
        l.tested(6, Err(&RunError::Trap("unreachable".into())), "play.ground", 3.0);
        let got: Vec<_> = l.lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (LineKind::Stdout, "PASS"),
                (LineKind::Exit, "ok  \tplay.ground\t0.012s"),
                (LineKind::Stdout, "FAIL"),
                (LineKind::Exit, "FAIL\texample.com/m\t1.235s"),
                (LineKind::Panic, "panic: boom"),
                (LineKind::Exit, "FAIL\tplay.ground\t0.000s"),
                (LineKind::Error, "wasm trap: unreachable"),
                (LineKind::Exit, "FAIL\tplay.ground\t0.003s"),
            ]
        );
    }

    #[test]
    fn a_command_ends_with_go_dev_play_words() {
        let mut l = Lines::default();
        l.exited(0, Ok(()));
        l.exited(1, Err(&RunError::Exit(0)));
        l.push_events(vec![Event::Stderr(b"usage\n".to_vec())]);
        l.exited(2, Err(&RunError::Exit(3)));
        l.push_events(vec![Event::Stderr(b"panic: boom\n".to_vec())]);
        l.exited(4, Err(&RunError::Exit(2)));
        l.exited(6, Err(&RunError::Trap("unreachable".into())));
        let got: Vec<_> = l.lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (LineKind::Exit, "Program exited."),
                (LineKind::Exit, "Program exited."),
                (LineKind::Stderr, "usage"),
                (LineKind::Exit, "Program exited: status 3."),
                (LineKind::Panic, "panic: boom"),
                (LineKind::Exit, "Program exited: status 2."),
                (LineKind::Error, "wasm trap: unreachable"),
            ]
        );
    }
}
