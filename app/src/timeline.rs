//! The timeline: the trace events of a traced module, grouped per export call, drawn
//! as a sequence diagram in SVG — one lane for the host and one per goroutine, time going down,
//! a text column saying what happened where. Pure: the SVG is a string (the page shows it and
//! offers it as a download), so layout, the JSON export and the seed/go comparison are tested
//! natively.

use std::fmt::Write as _;

use host_shim::trace::{Kind, TraceEvent};
use host_shim::Stream;

/// Events kept in all; the oldest calls are dropped beyond, so a long session stays light.
pub const MAX_EVENTS: usize = 200_000;
/// Events drawn per open call until the user asks for more.
pub const ROW_LIMIT: usize = 400;

/// One export call (or `_initialize`) and the events it caused.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Numbered from 1 per instance; stable while older groups are dropped.
    pub seq: u64,
    /// The call line as made (`process_a 7`), or `_initialize`.
    pub line: String,
    pub events: Vec<TraceEvent>,
}

impl Group {
    /// How the call ended, as the host saw it: `get_total() = 12`, `start()`, `failed: ...`.
    pub fn outcome(&self) -> Option<String> {
        let call = self.events.iter().find_map(|e| match &e.kind {
            Kind::ExportCall { name, args } => Some(format!("{name}({})", args.join(", "))),
            _ => None,
        });
        let ret = self.events.iter().rev().find(|e| matches!(e.kind, Kind::ExportReturn { .. }))?;
        let call = call.unwrap_or_else(|| self.line.clone());
        Some(match &ret.kind {
            Kind::ExportReturn { result: Some(r), .. } => format!("{call} = {r}"),
            Kind::ExportReturn { error: Some(e), .. } => format!("{call} failed: {e}"),
            _ => call,
        })
    }

    /// The header of the group: the outcome, else the call line.
    pub fn title(&self) -> String {
        let fatal = self.events.iter().any(|e| matches!(e.kind, Kind::Fatal { .. } | Kind::Panic));
        let base = self.outcome().unwrap_or_else(|| self.line.clone());
        if fatal && !base.contains("failed") {
            format!("{base} (panic)")
        } else {
            base
        }
    }
}

/// The trace of one instance: its calls in order and the names of its goroutines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub groups: Vec<Group>,
    /// Goroutine number and the Go function it runs, by number (kept when its group is
    /// dropped).
    names: Vec<(u32, String)>,
    /// Calls dropped to stay within [`MAX_EVENTS`].
    pub dropped: usize,
    /// Changes with every push, so the page redraws only when something changed.
    pub gen: u64,
    next: u64,
    events: usize,
}

impl Timeline {
    /// Adds the events of one call; an `_initialize` without events adds nothing.
    pub fn push(&mut self, line: &str, events: Vec<TraceEvent>) {
        if events.is_empty() && line == INIT {
            return;
        }
        for e in &events {
            if let Kind::Create { func, .. } = &e.kind {
                match self.names.binary_search_by_key(&e.g, |n| n.0) {
                    Ok(i) => self.names[i].1 = func.clone(),
                    Err(i) => self.names.insert(i, (e.g, func.clone())),
                }
            }
        }
        self.next += 1;
        self.gen += 1;
        self.events += events.len();
        self.groups.push(Group { seq: self.next, line: line.to_string(), events });
        while self.events > MAX_EVENTS && self.groups.len() > 1 {
            let g = self.groups.remove(0);
            self.events -= g.events.len();
            self.dropped += 1;
        }
    }

    pub fn clear(&mut self) {
        let gen = self.gen + 1;
        *self = Timeline { gen, ..Timeline::default() };
    }

    pub fn len(&self) -> usize {
        self.events
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn group(&self, seq: u64) -> Option<&Group> {
        self.groups.iter().find(|g| g.seq == seq)
    }

    /// The Go function goroutine `g` runs.
    pub fn name(&self, g: u32) -> Option<&str> {
        self.names.binary_search_by_key(&g, |n| n.0).ok().map(|i| self.names[i].1.as_str())
    }

    /// A lane's name: `host`, `g0` (code running directly on the host's call), `g1 main.start.func1`.
    pub fn lane_name(&self, lane: Lane) -> String {
        match lane {
            Lane::Host => "host".into(),
            Lane::G(0) => "g0".into(),
            Lane::G(g) => match self.name(g) {
                Some(f) => format!("g{g} {f}"),
                None => format!("g{g}"),
            },
        }
    }

    /// What an event means, in words.
    pub fn describe(&self, e: &TraceEvent) -> String {
        self.describe_as(e, true)
    }

    /// `describe`, naming goroutines by number only unless `full` (the lanes name them).
    fn describe_as(&self, e: &TraceEvent, full: bool) -> String {
        let g = |id: u32| if full { self.lane_name(Lane::G(id)) } else { format!("g{id}") };
        match &e.kind {
            Kind::ExportCall { name, args } => format!("host calls {name}({})", args.join(", ")),
            Kind::ExportReturn { name, result: Some(r), .. } => format!("{name} returns {r}"),
            Kind::ExportReturn { name, error: Some(err), .. } => format!("{name} failed: {err}"),
            Kind::ExportReturn { name, .. } => format!("{name} returns"),
            Kind::Create { parent: None, func } => format!("{} created for the call, runs {func}", g(e.g)),
            Kind::Create { parent: Some(p), func } => format!("{} created by g{p}, runs {func}", g(e.g)),
            Kind::Park { reason } => format!("{} parks [{reason}]", g(e.g)),
            Kind::Yield => format!("{} yields", g(e.g)),
            Kind::Ready { by: 0 } => format!("{} woken by the scheduler (timer)", g(e.g)),
            Kind::Ready { by } => format!("{} woken by g{by}", g(e.g)),
            Kind::Run => format!("{} runs", g(e.g)),
            Kind::Exit => format!("{} finishes", g(e.g)),
            Kind::Output { stream, text } => format!("{} {}: {}", g(e.g), stream_name(*stream), text.trim_end_matches('\n')),
            Kind::Panic => format!("{} panics", g(e.g)),
            Kind::Fatal { message } => format!("fatal error: {message}"),
            Kind::ImportCall { module, name, args } => format!("{} calls import {module}.{name}({})", g(e.g), args.join(", ")),
            Kind::ImportReturn { module, name, result: Some(r) } => format!("import {module}.{name} returns {r}"),
            Kind::ImportReturn { module, name, result: None } => format!("import {module}.{name} returns"),
        }
    }

    /// One line about an event, for the details bar: its call, place, meaning and source line.
    pub fn details(&self, seq: u64, index: usize) -> Option<String> {
        let g = self.group(seq)?;
        let e = g.events.get(index)?;
        let pos = e.pos.as_ref().map(|p| format!(" · {}:{}", p.file, p.line)).unwrap_or_default();
        Some(format!("call #{seq} {} · event {} of {} · {}{pos}", g.line, index + 1, g.events.len(), self.describe(e)))
    }

    /// The whole trace as JSON: calls in order, each with its events.
    pub fn to_json(&self, schedule: &str) -> String {
        let mut o = String::new();
        let _ = write!(o, "{{\n  \"schedule\": {},\n  \"dropped_calls\": {},\n  \"goroutines\": {{", json_str(schedule), self.dropped);
        for (i, (g, f)) in self.names.iter().enumerate() {
            let _ = write!(o, "{}\"{g}\": {}", if i == 0 { "" } else { ", " }, json_str(f));
        }
        o.push_str("},\n  \"calls\": [");
        for (gi, grp) in self.groups.iter().enumerate() {
            let _ = write!(o, "{}\n    {{\"call\": {}, \"outcome\": {}, \"events\": [", if gi == 0 { "" } else { "," }, json_str(&grp.line), grp.outcome().map_or("null".into(), |s| json_str(&s)));
            for (ei, e) in grp.events.iter().enumerate() {
                let _ = write!(o, "{}\n      {}", if ei == 0 { "" } else { "," }, event_json(e, lane_of(e)));
            }
            o.push_str(if grp.events.is_empty() { "]}" } else { "\n    ]}" });
        }
        o.push_str("\n  ]\n}\n");
        o
    }
}

/// The group name of package initialization.
pub const INIT: &str = "_initialize";
/// The group name of a command's run (package initialization and `main`).
pub const START: &str = "_start";

/// Where an event is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lane {
    Host,
    G(u32),
}

pub fn lane_of(e: &TraceEvent) -> Lane {
    match e.kind {
        Kind::ExportCall { .. } | Kind::ExportReturn { .. } => Lane::Host,
        _ => Lane::G(e.g),
    }
}

/// The stable name of an event's kind (`data-kind` in the page, `kind` in the JSON).
pub fn kind_name(k: &Kind) -> &'static str {
    match k {
        Kind::ExportCall { .. } => "call",
        Kind::ExportReturn { .. } => "return",
        Kind::Create { .. } => "create",
        Kind::Park { .. } => "park",
        Kind::Yield => "yield",
        Kind::Ready { .. } => "ready",
        Kind::Run => "run",
        Kind::Exit => "exit",
        Kind::Output { .. } => "output",
        Kind::Panic => "panic",
        Kind::Fatal { .. } => "fatal",
        Kind::ImportCall { .. } => "import-call",
        Kind::ImportReturn { .. } => "import-return",
    }
}

fn stream_name(s: Stream) -> &'static str {
    match s {
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    }
}

/// Where the `seed` and `go` runs of one call list first differ.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// Index of the call (group) whose result differs.
    pub group: usize,
    /// The event to mark on each side (its return, or its last event).
    pub seed_event: usize,
    pub go_event: usize,
    pub seed: String,
    pub go: String,
    /// The first call whose scheduling (the order of events) differs, possibly earlier.
    pub schedule_group: Option<usize>,
}

/// Compares two runs of the same call list: the first call whose outcome (result, error, or
/// whether it was made at all) differs. `None` when every call ended alike.
pub fn diverge(seed: &Timeline, go: &Timeline) -> Option<Divergence> {
    let n = seed.groups.len().max(go.groups.len());
    let shape = |g: &Group| g.events.iter().map(|e| (e.g, kind_name(&e.kind))).collect::<Vec<_>>();
    let schedule_group = (0..n).find(|&i| seed.groups.get(i).map(shape) != go.groups.get(i).map(shape));
    (0..n).find_map(|i| {
        let (a, b) = (seed.groups.get(i), go.groups.get(i));
        let oa = a.map(|g| g.title()).unwrap_or_else(|| "(not made)".into());
        let ob = b.map(|g| g.title()).unwrap_or_else(|| "(not made)".into());
        if oa == ob {
            return None;
        }
        let mark = |g: Option<&Group>| g.map_or(0, |g| g.events.iter().rposition(|e| matches!(e.kind, Kind::ExportReturn { .. })).unwrap_or(g.events.len().saturating_sub(1)));
        Some(Divergence { group: i, seed_event: mark(a), go_event: mark(b), seed: oa, go: ob, schedule_group })
    })
}

/// A group as it is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Shown<'a> {
    pub group: &'a Group,
    pub open: bool,
    /// Events drawn at most.
    pub limit: usize,
    /// Height to keep at least (side-by-side rows line up per call).
    pub min_height: f64,
}

/// What is marked on the drawing.
#[derive(Clone, Debug, Default)]
pub struct Marks {
    /// (group seq, event index) of the selected event.
    pub selected: Option<(u64, usize)>,
    /// (group seq, event index, label) of the divergence.
    pub diverge: Option<(u64, usize, String)>,
}

/// A drawn timeline: the lane header and the body, as separate SVG documents (the page keeps
/// the header in view while the body scrolls), or joined by [`Drawing::standalone`].
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub head: String,
    pub body: String,
    pub width: f64,
    pub body_height: f64,
    pub events: usize,
}

impl Drawing {
    /// One SVG file with header and body, styled for light backgrounds without the page's CSS.
    pub fn standalone(&self) -> String {
        let h = HEAD_H + self.body_height;
        let inner = |svg: &str| {
            let start = svg.find('>').map_or(0, |i| i + 1);
            let end = svg.rfind("</svg>").unwrap_or(svg.len());
            svg[start..end].to_string()
        };
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><style>{STYLE}</style><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>{}<g transform=\"translate(0,{HEAD_H})\">{}</g></svg>\n",
            inner(&self.head),
            inner(&self.body),
            w = self.width
        )
    }
}

const HEAD_H: f64 = 40.0;
const ROW_H: f64 = 20.0;
const GROUP_H: f64 = 24.0;
const X0: f64 = 6.0;
const MAX_LANES: usize = 48;

/// Height of a group as drawn alone.
pub fn group_height(s: &Shown) -> f64 {
    // A cut call also shows the "more" row and its last event (the return).
    let rows = if s.open { s.group.events.len().min(s.limit) + 2 * usize::from(s.group.events.len() > s.limit) } else { 0 };
    (GROUP_H + rows as f64 * ROW_H + if s.open { 6.0 } else { 2.0 }).max(s.min_height)
}

/// Draws the groups. `side` prefixes event ids (`data-i="seed:3:7"`) and SVG ids; `compact`
/// narrows lanes and text for side-by-side use.
pub fn draw(tl: &Timeline, side: &str, shown: &[Shown], marks: &Marks, compact: bool) -> Drawing {
    let (lane_w, text_w) = if compact { (64.0, 300.0) } else { (76.0, 420.0) };
    // Lanes: the host, then every goroutine seen in an open group, by number.
    let mut gs = Vec::new();
    for s in shown.iter().filter(|s| s.open) {
        for e in s.group.events.iter().take(s.limit) {
            if lane_of(e) != Lane::Host {
                gs.push(e.g);
            }
            if let Kind::Create { parent: Some(p), .. } = e.kind {
                gs.push(p);
            }
        }
    }
    gs.sort_unstable();
    gs.dedup();
    let mut lanes: Vec<Lane> = vec![Lane::Host];
    lanes.extend(gs.iter().take(MAX_LANES).map(|&g| Lane::G(g)));
    let overflow = gs.len() > MAX_LANES;
    let col = |l: Lane| -> usize {
        match lanes.iter().position(|&x| x == l) {
            Some(i) => i,
            None => lanes.len() - usize::from(!overflow), // the shared "more" lane
        }
    };
    let n_cols = lanes.len() + usize::from(overflow);
    // The text column comes first: with many lanes it stays in view while the lanes scroll.
    let text_x = X0 + 2.0;
    let pos_x = X0 + text_w - 10.0;
    let lanes_x = X0 + text_w;
    let cx = |l: Lane| lanes_x + (col(l) as f64 + 0.5) * lane_w;
    let width = (lanes_x + n_cols as f64 * lane_w + X0).round();
    let body_height: f64 = shown.iter().map(group_height).sum::<f64>() + 8.0;

    // Header.
    let mut head = String::new();
    let _ = write!(head, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl tl-head\" width=\"{width}\" height=\"{HEAD_H}\" viewBox=\"0 0 {width} {HEAD_H}\">");
    let name_chars = ((lane_w - 8.0) / 6.4) as usize;
    for (i, &l) in lanes.iter().enumerate() {
        let x = lanes_x + (i as f64 + 0.5) * lane_w;
        let (id, full) = match l {
            Lane::Host => ("host".to_string(), "host: export calls and their results".to_string()),
            Lane::G(g) => (g.to_string(), if g == 0 { "g0: code running directly on the host's call".into() } else { tl.lane_name(l) }),
        };
        let (top, sub) = match l {
            Lane::Host => ("host".to_string(), "calls".to_string()),
            Lane::G(0) => ("g0".to_string(), "direct".to_string()),
            Lane::G(g) => (format!("g{g}"), tl.name(g).unwrap_or_default().to_string()),
        };
        let sub = ellipsize(sub.strip_prefix("main.").unwrap_or(&sub), name_chars);
        let _ = write!(
            head,
            "<g class=\"tl-lane{}\" data-testid=\"timeline-lane\" data-g=\"{id}\" data-name=\"{}\"><title>{}</title><text class=\"tl-lname\" x=\"{x}\" y=\"16\" text-anchor=\"middle\">{}</text><text class=\"tl-lsub\" x=\"{x}\" y=\"31\" text-anchor=\"middle\">{}</text></g>",
            if l == Lane::Host { " host" } else { "" },
            esc(&tl.lane_name(l)),
            esc(&full),
            esc(&top),
            esc(&sub)
        );
    }
    if overflow {
        let x = lanes_x + (lanes.len() as f64 + 0.5) * lane_w;
        let _ = write!(head, "<g class=\"tl-lane\" data-testid=\"timeline-lane\" data-g=\"more\"><text class=\"tl-lname\" x=\"{x}\" y=\"16\" text-anchor=\"middle\">+{}</text><text class=\"tl-lsub\" x=\"{x}\" y=\"31\" text-anchor=\"middle\">goroutines</text></g>", gs.len() - MAX_LANES);
    }
    let _ = write!(head, "<text class=\"tl-lname\" x=\"{text_x}\" y=\"16\">what happened</text><text class=\"tl-lsub\" x=\"{}\" y=\"16\" text-anchor=\"end\">source</text><line class=\"tl-rule\" x1=\"0\" x2=\"{width}\" y1=\"{}\" y2=\"{}\"/></svg>", pos_x, HEAD_H - 0.5, HEAD_H - 0.5);

    // Body.
    let mut b = String::new();
    let _ = write!(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl tl-body\" width=\"{width}\" height=\"{body_height}\" viewBox=\"0 0 {width} {body_height}\" data-side=\"{side}\">");
    let _ = write!(b, "<defs><marker id=\"ah-{side}\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L8,4L0,8z\" class=\"tl-ahead\"/></marker></defs>");
    let _ = write!(b, "<line class=\"tl-rule\" x1=\"{lanes_x}\" x2=\"{lanes_x}\" y1=\"0\" y2=\"{body_height}\"/>");
    for i in 0..n_cols {
        let x = lanes_x + (i as f64 + 0.5) * lane_w;
        let _ = write!(b, "<line class=\"tl-life\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{body_height}\"/>");
    }
    let mut y = 4.0;
    let mut drawn = 0;
    for s in shown {
        let grp = s.group;
        let h = group_height(s);
        let n = grp.events.len();
        let arrow = if s.open { "▾" } else { "▸" };
        let _ = write!(
            b,
            "<g class=\"tl-group{}\" data-testid=\"timeline-call\" data-group=\"{}\" data-side=\"{side}\" tabindex=\"0\" role=\"button\" aria-expanded=\"{}\"><rect class=\"tl-ghead\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{}\" rx=\"4\"/><text class=\"tl-gtext\" x=\"{}\" y=\"{}\">{arrow} #{} {}</text><text class=\"tl-pos\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{n} event{}</text></g>",
            if grp.line == INIT { " init" } else { "" },
            grp.seq,
            s.open,
            GROUP_H - 2.0,
            X0 + 2.0,
            y + 16.0,
            grp.seq,
            esc(&grp.title()),
            pos_x,
            y + 16.0,
            if n == 1 { "" } else { "s" }
        );
        let top = y + GROUP_H;
        if s.open {
            let rows = n.min(s.limit);
            let row_y = |i: usize| top + i as f64 * ROW_H;
            let mid = |i: usize| row_y(i) + ROW_H / 2.0;
            // Running spans (a goroutine between `runs` and parking/finishing) and the host's
            // call; `open` has each unfinished one's lane and first row, in lane order.
            let mut open: Vec<(Lane, usize)> = Vec::new();
            let mut spans: Vec<(Lane, f64, f64, &str)> = Vec::new();
            for (i, e) in grp.events.iter().take(rows).enumerate() {
                let at = open.binary_search_by_key(&lane_of(e), |o| o.0);
                match (&e.kind, at) {
                    (Kind::Run | Kind::ExportCall { .. }, Ok(k)) => open[k].1 = i,
                    (Kind::Run | Kind::ExportCall { .. }, Err(k)) => open.insert(k, (lane_of(e), i)),
                    (Kind::Park { .. } | Kind::Yield | Kind::Exit | Kind::ExportReturn { .. }, Ok(k)) => {
                        let s0 = open.remove(k).1;
                        spans.push((lane_of(e), mid(s0), mid(i), if lane_of(e) == Lane::Host { "tl-hostrun" } else { "tl-run" }));
                    }
                    _ => {}
                }
            }
            for (l, s0) in open {
                spans.push((l, mid(s0), top + rows as f64 * ROW_H, if l == Lane::Host { "tl-hostrun" } else { "tl-run" }));
            }
            for (l, y0, y1, class) in spans {
                let _ = write!(b, "<rect class=\"{class}\" x=\"{}\" y=\"{y0}\" width=\"8\" height=\"{}\" rx=\"2\"/>", cx(l) - 4.0, (y1 - y0).max(2.0));
            }
            let tail = (n > rows).then_some((rows + 1, n - 1));
            for (row, i) in (0..rows).map(|i| (i, i)).chain(tail) {
                let e = &grp.events[i];
                let (ry, my) = (row_y(row), mid(row));
                let kind = kind_name(&e.kind);
                let here = cx(lane_of(e));
                if let Some((sq, si, label)) = &marks.diverge {
                    if *sq == grp.seq && *si == i {
                        // The label goes in the lanes beside the host's marker (a return's row is empty there).
                        let _ = write!(b, "<g class=\"tl-diverge\" data-testid=\"timeline-diverge\"><rect x=\"0\" y=\"{ry}\" width=\"{width}\" height=\"{ROW_H}\"/><text x=\"{}\" y=\"{}\">{}</text></g>", cx(Lane::Host) + 12.0, my + 4.0, esc(label));
                    }
                }
                let sel = marks.selected == Some((grp.seq, i));
                let desc = tl.describe(e);
                let shown_desc = if compact { tl.describe_as(e, false) } else { desc.clone() };
                let pos = e.pos.as_ref().map(|p| format!("{}:{}", p.file, p.line));
                let stream = match &e.kind {
                    Kind::Output { stream, .. } => format!(" s-{}", stream_name(*stream)),
                    _ => String::new(),
                };
                let _ = write!(
                    b,
                    "<g class=\"tl-ev k-{kind}{stream}{}\" data-testid=\"timeline-event\" data-kind=\"{kind}\" data-g=\"{}\" data-i=\"{side}:{}:{i}\"{}><title>{}</title><rect class=\"tl-hit\" x=\"0\" y=\"{ry}\" width=\"{width}\" height=\"{ROW_H}\"/>",
                    if sel { " tl-sel" } else { "" },
                    match lane_of(e) {
                        Lane::Host => "host".to_string(),
                        Lane::G(g) => g.to_string(),
                    },
                    grp.seq,
                    pos.as_ref().map(|_| format!(" data-line=\"{}\"", e.pos.as_ref().map_or(0, |p| p.line))).unwrap_or_default(),
                    esc(&format!("{desc}{}", pos.as_ref().map(|p| format!(" ({p})")).unwrap_or_default()))
                );
                // An arrow from the lane that caused the event.
                let from = match &e.kind {
                    Kind::Create { parent: Some(p), .. } => Some(Lane::G(*p)),
                    Kind::Create { parent: None, .. } => Some(Lane::Host),
                    Kind::Ready { by } if *by != e.g && (*by != 0 || lanes.contains(&Lane::G(0))) => Some(Lane::G(*by)),
                    Kind::ImportCall { .. } => None,
                    Kind::ImportReturn { .. } => Some(Lane::Host),
                    _ => None,
                };
                let to_host = matches!(e.kind, Kind::ImportCall { .. });
                let (ax0, ax1) = match (from, to_host) {
                    (Some(f), _) => (Some(cx(f)), here),
                    (None, true) => (Some(here), cx(Lane::Host)),
                    _ => (None, here),
                };
                if let Some(ax0) = ax0 {
                    if (ax0 - ax1).abs() > 1.0 {
                        let dir = if ax1 > ax0 { -6.0 } else { 6.0 };
                        let _ = write!(b, "<line class=\"tl-arrow\" x1=\"{ax0}\" y1=\"{my}\" x2=\"{}\" y2=\"{my}\" marker-end=\"url(#ah-{side})\"/>", ax1 + dir);
                    }
                }
                b.push_str(&marker(kind, here, my));
                let _ = write!(b, "<text class=\"tl-text\" x=\"{text_x}\" y=\"{}\">{}</text>", my + 4.0, esc(&ellipsize(&shown_desc, ((text_w - 80.0) / 6.6) as usize)));
                if let Some(p) = &pos {
                    let _ = write!(b, "<text class=\"tl-pos\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", pos_x, my + 4.0, esc(p));
                }
                b.push_str("</g>");
                drawn += 1;
            }
            if n > rows {
                let _ = write!(b, "<g class=\"tl-more\" data-more=\"{}\" data-side=\"{side}\" role=\"button\" tabindex=\"0\"><text x=\"{text_x}\" y=\"{}\">… {} more events: show more</text></g>", grp.seq, row_y(rows) + 14.0, n - rows);
            }
        } else if let Some((sq, _, label)) = &marks.diverge {
            if *sq == grp.seq {
                let _ = write!(b, "<g class=\"tl-diverge\" data-testid=\"timeline-diverge\"><rect x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{GROUP_H}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text></g>", pos_x - 80.0, y + 16.0, esc(label));
            }
        }
        y += h;
    }
    b.push_str("</svg>");
    Drawing { head, body: b, width, body_height, events: drawn }
}

/// The marker of an event kind at (x, y).
fn marker(kind: &str, x: f64, y: f64) -> String {
    match kind {
        "call" | "return" => format!("<rect class=\"tl-m\" x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" rx=\"2\"/>", x - 6.0, y - 6.0),
        "run" => format!("<path class=\"tl-m\" d=\"M{},{}l9,5l-9,5z\"/>", x - 4.0, y - 5.0),
        "park" => format!("<rect class=\"tl-m\" x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/>", x - 5.0, y - 5.0),
        "yield" => format!("<path class=\"tl-m\" d=\"M{},{}l8,5l-8,5z\"/>", x - 4.0, y - 5.0),
        "exit" => format!("<circle class=\"tl-m\" cx=\"{x}\" cy=\"{y}\" r=\"5\"/><path class=\"tl-x\" d=\"M{},{}l6,6m0,-6l-6,6\"/>", x - 3.0, y - 3.0),
        "output" => format!("<rect class=\"tl-m\" x=\"{}\" y=\"{}\" width=\"14\" height=\"8\" rx=\"3\"/>", x - 7.0, y - 4.0),
        "panic" | "fatal" | "import-call" | "import-return" => format!("<path class=\"tl-m\" d=\"M{x},{}l6,6l-6,6l-6,-6z\"/>", y - 6.0),
        _ => format!("<circle class=\"tl-m\" cx=\"{x}\" cy=\"{y}\" r=\"5\"/>"),
    }
}

/// The drawing's style: linked by the page (its theme variables apply), embedded in an
/// exported file (the light fallbacks apply). The page's CSP allows no inline styles.
const STYLE: &str = include_str!("../../static/timeline.css");

fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Escapes text for XML content and attributes.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn json_list(v: &[String]) -> String {
    format!("[{}]", v.iter().map(|s| json_str(s)).collect::<Vec<_>>().join(", "))
}

fn json_opt(v: &Option<String>) -> String {
    v.as_ref().map_or("null".into(), |s| json_str(s))
}

fn event_json(e: &TraceEvent, lane: Lane) -> String {
    let mut o = format!("{{\"g\": {}, \"lane\": {}, \"kind\": \"{}\"", e.g, json_str(match lane { Lane::Host => "host", Lane::G(_) => "goroutine" }), kind_name(&e.kind));
    let extra = match &e.kind {
        Kind::ExportCall { name, args } => format!(", \"name\": {}, \"args\": {}", json_str(name), json_list(args)),
        Kind::ExportReturn { name, result, error } => format!(", \"name\": {}, \"result\": {}, \"error\": {}", json_str(name), json_opt(result), json_opt(error)),
        Kind::Create { parent, func } => format!(", \"parent\": {}, \"func\": {}", parent.map_or("null".into(), |p| p.to_string()), json_str(func)),
        Kind::Park { reason } => format!(", \"reason\": {}", json_str(reason)),
        Kind::Ready { by } => format!(", \"by\": {by}"),
        Kind::Output { stream, text } => format!(", \"stream\": \"{}\", \"text\": {}", stream_name(*stream), json_str(text)),
        Kind::Fatal { message } => format!(", \"message\": {}", json_str(message)),
        Kind::ImportCall { module, name, args } => format!(", \"module\": {}, \"name\": {}, \"args\": {}", json_str(module), json_str(name), json_list(args)),
        Kind::ImportReturn { module, name, result } => format!(", \"module\": {}, \"name\": {}, \"result\": {}", json_str(module), json_str(name), json_opt(result)),
        Kind::Yield | Kind::Run | Kind::Exit | Kind::Panic => String::new(),
    };
    o.push_str(&extra);
    if let Some(p) = &e.pos {
        let _ = write!(o, ", \"file\": {}, \"line\": {}", json_str(&p.file), p.line);
    }
    o.push('}');
    o
}

#[cfg(test)]
mod tests;
