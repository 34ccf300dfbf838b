//! The timelines: the current instance's trace per call, how it is shown (open calls, rows
//! drawn, the selected event), and the side-by-side comparison of both schedule models.

use std::rc::Rc;

use compiler_core::Mode;
use host_shim::trace::TraceEvent;

use super::State;
use crate::timeline::{self, Divergence, Shown, Timeline};

/// Which timeline an event belongs to: the instance's own, or a side of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Main,
    Seed,
    Go,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Main => "main",
            Side::Seed => "seed",
            Side::Go => "go",
        }
    }

    pub fn parse(s: &str) -> Option<Side> {
        match s {
            "main" => Some(Side::Main),
            "seed" => Some(Side::Seed),
            "go" => Some(Side::Go),
            _ => None,
        }
    }

    /// Both sides of the comparison open and close their calls together, so rows line up.
    fn key(self) -> Side {
        if self == Side::Go {
            Side::Seed
        } else {
            self
        }
    }
}

/// One event of a timeline: its side, its call (group seq) and its index in the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRef {
    pub side: Side,
    pub group: u64,
    pub index: usize,
}

impl EventRef {
    /// Parses the drawing's `data-i` (`seed:3:7`).
    pub fn parse(s: &str) -> Option<EventRef> {
        let mut it = s.split(':');
        let side = Side::parse(it.next()?)?;
        let group = it.next()?.parse().ok()?;
        let index = it.next()?.parse().ok()?;
        Some(EventRef { side, group, index })
    }
}

/// Calls drawn at first (the newest); "show older" adds as many again.
pub const SHOWN_CALLS: usize = 40;
/// The newest calls are drawn open, older ones collapsed to their header.
pub const OPEN_CALLS: usize = 10;

/// How the timelines are shown: which calls are open, how many are drawn, what is selected.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineUi {
    /// Calls whose open/closed state the user flipped from the default (lists: a user flips
    /// and extends a few calls, and a map type of their own would add its code to the page).
    pub toggled: Vec<(Side, u64)>,
    /// Rows drawn per call beyond [`timeline::ROW_LIMIT`].
    pub more: Vec<((Side, u64), usize)>,
    /// How many of the newest calls are drawn.
    pub shown: usize,
    pub selected: Option<EventRef>,
}

impl Default for TimelineUi {
    fn default() -> TimelineUi {
        TimelineUi { toggled: Vec::new(), more: Vec::new(), shown: SHOWN_CALLS, selected: None }
    }
}

impl TimelineUi {
    /// The calls of `tl` to draw, oldest first; `always_open` is a call index kept open (the
    /// divergence).
    pub fn shown<'a>(&self, side: Side, tl: &'a Timeline, always_open: Option<usize>) -> Vec<Shown<'a>> {
        let n = tl.groups.len();
        let first = n.saturating_sub(self.shown);
        tl.groups[first..]
            .iter()
            .enumerate()
            .map(|(k, g)| {
                let i = first + k;
                let default = i + OPEN_CALLS >= n || always_open == Some(i);
                let key = (side.key(), g.seq);
                let open = default != self.toggled.contains(&key);
                let more = self.more.iter().find(|m| m.0 == key).map_or(0, |m| m.1);
                Shown { group: g, open, limit: timeline::ROW_LIMIT + more, min_height: 0.0 }
            })
            .collect()
    }

    /// The selection as (group, index) when it is on `side`.
    pub fn selected_on(&self, side: Side) -> Option<(u64, usize)> {
        self.selected.filter(|e| e.side == side).map(|e| (e.group, e.index))
    }
}

/// The side-by-side run of the calls list under both schedule models.
#[derive(Clone, Debug)]
pub enum Compare {
    Off,
    Running,
    Done(Rc<Comparison>),
    Failed(String),
}

/// Results compare by identity: equal when they are the same run (cheap for the page's props).
impl PartialEq for Compare {
    fn eq(&self, other: &Compare) -> bool {
        match (self, other) {
            (Compare::Off, Compare::Off) | (Compare::Running, Compare::Running) => true,
            (Compare::Done(a), Compare::Done(b)) => Rc::ptr_eq(a, b),
            (Compare::Failed(a), Compare::Failed(b)) => a == b,
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub seed: Rc<Timeline>,
    pub go: Rc<Timeline>,
    pub diverge: Option<Divergence>,
}

/// The trace of each call of one run: (call line, events).
pub type RunTrace = Vec<(String, Vec<TraceEvent>)>;

pub enum TimelineAction {
    /// Opens or closes a call of a timeline.
    ToggleCall(Side, u64),
    /// Draws more events of a long call.
    MoreEvents(Side, u64),
    /// Draws older calls too.
    OlderCalls,
    ClearTimeline,
    /// Selects an event and moves the editor to its source line.
    SelectEvent(EventRef),
    /// Runs the calls list under `seed` and under `go`, traced, on two new instances.
    Compare,
    /// The worker's answer to comparison `req`: each side's trace, or why it failed.
    Compared { req: u64, result: Result<(RunTrace, RunTrace), String> },
    CloseCompare,
}

impl State {
    pub(super) fn apply_timeline(&mut self, action: TimelineAction) {
        match action {
            TimelineAction::ToggleCall(side, seq) => {
                let key = (side.key(), seq);
                match self.tl.toggled.iter().position(|&k| k == key) {
                    Some(i) => {
                        self.tl.toggled.swap_remove(i);
                    }
                    None => self.tl.toggled.push(key),
                }
            }
            TimelineAction::MoreEvents(side, seq) => {
                let key = (side.key(), seq);
                match self.tl.more.iter_mut().find(|m| m.0 == key) {
                    Some(m) => m.1 += 1_000,
                    None => self.tl.more.push((key, 1_000)),
                }
            }
            TimelineAction::OlderCalls => self.tl.shown += SHOWN_CALLS,
            TimelineAction::ClearTimeline => {
                Rc::make_mut(&mut self.timeline).clear();
                self.tl = TimelineUi::default();
            }
            TimelineAction::SelectEvent(r) => {
                if let Some(line) = self.event(r).and_then(|e| e.pos.as_ref()).map(|p| p.line) {
                    self.jump_to(line, 1);
                }
                self.tl.selected = Some(r);
            }
            TimelineAction::Compare => {
                // A command's run is `main`; a reactor's, its calls list.
                if self.mode() != Some(Mode::Command) && host_shim::calls::call_lines(&self.calls).is_empty() {
                    self.note("The calls list is empty: nothing to compare.".into());
                } else {
                    self.compare = Compare::Running;
                    self.compare_req += 1;
                    self.tl.toggled.retain(|k| k.0 == Side::Main);
                    self.tl.more.retain(|m| m.0 .0 == Side::Main);
                }
            }
            TimelineAction::Compared { req, result } => {
                if req == self.compare_req && self.compare == Compare::Running {
                    self.compare = match result {
                        Ok((seed, go)) => {
                            let side = |run: RunTrace| {
                                let mut t = Timeline::default();
                                for (line, events) in run {
                                    t.push(&line, events);
                                }
                                t
                            };
                            let (seed, go) = (side(seed), side(go));
                            let diverge = timeline::diverge(&seed, &go);
                            Compare::Done(Rc::new(Comparison { seed: Rc::new(seed), go: Rc::new(go), diverge }))
                        }
                        Err(e) => Compare::Failed(e),
                    };
                }
            }
            TimelineAction::CloseCompare => {
                self.compare = Compare::Off;
                if self.tl.selected.is_some_and(|e| e.side != Side::Main) {
                    self.tl.selected = None;
                }
            }
        }
    }

    /// The event an [`EventRef`] points to.
    pub fn event(&self, r: EventRef) -> Option<&TraceEvent> {
        let tl: &Timeline = match (r.side, &self.compare) {
            (Side::Main, _) => &self.timeline,
            (Side::Seed, Compare::Done(c)) => &c.seed,
            (Side::Go, Compare::Done(c)) => &c.go,
            _ => return None,
        };
        tl.group(r.group)?.events.get(r.index)
    }

    /// The source line of the selected event, for the editor to mark.
    pub fn marked_line(&self) -> Option<u32> {
        self.event(self.tl.selected?)?.pos.as_ref().map(|p| p.line)
    }
}
