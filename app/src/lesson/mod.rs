//! Lessons: one Markdown file each (the format is in `docs/lessons.md`): front matter, the
//! instructions, the starting code (`go starter` fence), hidden checks (`check`: call lines
//! with expected results, `output`: lines the console must show) and hints (`hint` fences),
//! revealed one by one. Read-only regions of the code lie between `// lesson:readonly` and
//! `// lesson:end` lines. Everything here is pure: the page fetches the file, the reducer
//! checks the learner's runs with [`verdict`].

pub mod course;
pub mod edit;
pub mod markdown;

use compiler_core::{Diagnostic, Schedule};
use host_shim::calls::Call;
use host_shim::module::ModuleInfo;

use crate::console::{Line, LineKind};
use markdown::Block;

/// The line that opens a read-only region, and the one that closes it.
pub const READONLY: &str = "// lesson:readonly";
pub const READONLY_END: &str = "// lesson:end";

/// A parsed lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub title: String,
    /// The schedule its code runs under (front matter `schedule:`), if it names one.
    pub schedule: Option<Schedule>,
    /// Compile with trace events (front matter `trace: on`), for the Timeline tab.
    pub trace: bool,
    /// The instructions, without the special fences.
    pub instructions: Vec<Block>,
    pub starter: String,
    /// Call lines; those with `=> result` check the result, the others must return.
    pub checks: Vec<String>,
    /// Lines the console must show, in this order (other lines may come between).
    pub output: Vec<String>,
    /// Hints, each in Markdown.
    pub hints: Vec<Vec<Block>>,
}

/// Where a lesson comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// One of the course's lessons, `lessons/NAME.md` on this site.
    Named(String),
    /// A lesson file elsewhere on this site (a workshop's own).
    Url(String),
}

impl Source {
    /// The address to fetch, relative to the page.
    pub fn href(&self) -> String {
        match self {
            Source::Named(n) => format!("lessons/{n}.md"),
            Source::Url(u) => u.clone(),
        }
    }

    /// The key its progress is kept under.
    pub fn key(&self) -> String {
        match self {
            Source::Named(n) => n.clone(),
            Source::Url(u) => format!("url:{u}"),
        }
    }

    /// The fragment that opens it: `lesson=NAME` or `lesson-url=PATH`.
    pub fn fragment(&self) -> String {
        match self {
            Source::Named(n) => format!("lesson={n}"),
            Source::Url(u) => format!("lesson-url={u}"),
        }
    }

    /// The lesson a fragment names (`#lesson=abi`, `#lesson-url=/workshop/intro.md`):
    /// `Ok(None)` when it names none, an error for a name or address the page will not fetch.
    pub fn from_fragment(fragment: &str) -> Result<Option<Source>, String> {
        for part in fragment.trim_start_matches('#').split('&') {
            if let Some(name) = part.strip_prefix("lesson=") {
                return match course::find(name) {
                    Some(_) => Ok(Some(Source::Named(name.to_string()))),
                    None => Err(format!("there is no lesson {name:?}")),
                };
            }
            if let Some(url) = part.strip_prefix("lesson-url=") {
                let url = percent_decode(url);
                return same_site(&url).map(|()| Some(Source::Url(url)));
            }
        }
        Ok(None)
    }
}

/// Only paths on this site: a lesson from elsewhere could not be fetched under the page's
/// policy, and a link should not make the page fetch other sites.
fn same_site(url: &str) -> Result<(), String> {
    let bad = url.is_empty() || url.starts_with("//") || url.contains('\\') || url.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':'));
    if bad {
        Err(format!("a lesson address must be a path on this site, like /workshop/intro.md, not {url:?}"))
    } else {
        Ok(())
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses a lesson file; the error says what is missing or wrong, with its line.
pub fn parse(text: &str) -> Result<Lesson, String> {
    let mut lesson = Lesson { title: String::new(), schedule: None, trace: false, instructions: Vec::new(), starter: String::new(), checks: Vec::new(), output: Vec::new(), hints: Vec::new() };
    let mut lines = text.lines().enumerate().peekable();
    if lines.peek().is_some_and(|(_, l)| l.trim() == "---") {
        lines.next();
        let mut closed = false;
        for (n, line) in lines.by_ref() {
            if line.trim() == "---" {
                closed = true;
                break;
            }
            let Some((key, value)) = line.split_once(':') else {
                if line.trim().is_empty() {
                    continue;
                }
                return Err(format!("line {}: front matter lines are `key: value`", n + 1));
            };
            // A value may be quoted, as YAML allows.
            let value = value.trim();
            let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
            match key.trim() {
                "title" => lesson.title = value.to_string(),
                "schedule" => lesson.schedule = Some(Schedule::parse(value).ok_or_else(|| format!("line {}: schedule is seed or go, not {value:?}", n + 1))?),
                "trace" => lesson.trace = matches!(value, "on" | "true" | "yes"),
                other => return Err(format!("line {}: unknown front matter key {other:?} (title, schedule, trace)", n + 1)),
            }
        }
        if !closed {
            return Err("the front matter has no closing `---` line".into());
        }
    }
    let mut prose = String::new();
    let mut starters = 0;
    while let Some((n, line)) = lines.next() {
        let role = markdown::fence(line).map(|(ticks, info)| (ticks, info.split_whitespace().collect::<Vec<_>>()));
        let Some((ticks, words)) = role.filter(|(_, w)| matches!(w.as_slice(), ["go", "starter"] | ["check"] | ["output"] | ["hint"])) else {
            prose.push_str(line);
            prose.push('\n');
            continue;
        };
        let mut body = String::new();
        let mut closed = false;
        for (_, l) in lines.by_ref() {
            if markdown::closes(l, ticks) {
                closed = true;
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        if !closed {
            return Err(format!("line {}: the `{}` block is not closed", n + 1, words.join(" ")));
        }
        match words.as_slice() {
            ["go", "starter"] => {
                starters += 1;
                lesson.starter = body;
            }
            ["check"] => lesson.checks.extend(host_shim::calls::call_lines(&body)),
            ["output"] => lesson.output.extend(body.lines().map(|l| l.trim_end().to_string()).filter(|l| !l.is_empty())),
            _ => lesson.hints.push(markdown::parse(&body)),
        }
    }
    lesson.instructions = markdown::parse(&prose);
    if lesson.title.is_empty() {
        match lesson.instructions.first() {
            Some(Block::Heading(_, text)) => lesson.title = plain(text),
            _ => return Err("the lesson has no title: add `title:` to the front matter or start with a heading".into()),
        }
    }
    match starters {
        0 => return Err("the lesson has no starting code: a ```go starter block".into()),
        1 => {}
        _ => return Err("the lesson has more than one ```go starter block".into()),
    }
    if lesson.checks.is_empty() && lesson.output.is_empty() {
        return Err("the lesson checks nothing: add a ```check or ```output block".into());
    }
    regions(&lesson.starter)?;
    Ok(lesson)
}

/// The text of inline markup without its marks.
pub fn plain(text: &[markdown::Inline]) -> String {
    use markdown::Inline::*;
    text.iter()
        .map(|i| match i {
            Text(t) | Code(t) => t.clone(),
            Strong(x) | Em(x) | Link(x, _) => plain(x),
        })
        .collect()
}

/// A read-only region: its first and last line (1-based, the marker lines included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub first: u32,
    pub last: u32,
}

/// The read-only regions of `code`, or what is wrong with their markers.
pub fn regions(code: &str) -> Result<Vec<Region>, String> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, line) in code.lines().enumerate() {
        let n = i as u32 + 1;
        match (line.trim(), open) {
            (READONLY, None) => open = Some(n),
            (READONLY, Some(at)) => return Err(format!("line {n}: a read-only region opened at line {at} is still open")),
            (READONLY_END, Some(first)) => {
                out.push(Region { first, last: n });
                open = None;
            }
            (READONLY_END, None) => return Err(format!("line {n}: `{READONLY_END}` closes no region")),
            _ => {}
        }
    }
    match open {
        Some(at) => Err(format!("line {at}: the read-only region is not closed with `{READONLY_END}`")),
        None => Ok(out),
    }
}

/// The text of each read-only region (what an edit must leave as it is); damaged markers
/// count as a different text.
pub fn locked_text(code: &str) -> Option<Vec<String>> {
    let lines: Vec<&str> = code.lines().collect();
    let rs = regions(code).ok()?;
    Some(rs.iter().map(|r| lines[r.first as usize - 1..r.last as usize].join("\n")).collect())
}

/// Whether an edit that turns `before` into `after` leaves every read-only region as it was.
pub fn edit_allowed(before: &str, after: &str) -> bool {
    let was = locked_text(before);
    was.is_none() || was == locked_text(after)
}

/// What a check run produced, as the page or a test saw it.
pub struct Run<'a> {
    pub diagnostics: &'a [Diagnostic],
    /// Each call made: its line, its result as Go prints it, and whether it returned.
    pub calls: &'a [(String, Option<String>, bool)],
    pub console: &'a [Line],
    /// The compiled module, which says how each expected result prints.
    pub info: Option<&'a ModuleInfo>,
}

/// Whether `code`'s run passes the lesson's checks: `Err` says the first that failed, with
/// what it expected and what it got.
pub fn verdict(lesson: &Lesson, code: &str, run: &Run) -> Result<String, String> {
    if locked_text(code) != locked_text(&lesson.starter) {
        return Err("the read-only part of the code was changed; the lesson's menu can start it over".into());
    }
    if let Some(d) = run.diagnostics.first() {
        let more = run.diagnostics.len() - 1;
        let also = if more > 0 { format!(" (and {more} more)") } else { String::new() };
        return Err(format!("it does not compile: {}:{}:{}: {}{also}", d.file, d.line, d.col, d.message));
    }
    let mut made = run.calls.iter();
    for check in &lesson.checks {
        let call = check.split_once("=>").map_or(check.as_str(), |(c, _)| c.trim());
        // Why a call failed: the runtime's first report (a panic, a deadlock) or error.
        let why = || run.console.iter().find(|l| matches!(l.kind, LineKind::Panic | LineKind::Error)).map(|l| format!(": {}", l.text)).unwrap_or_default();
        let Some((_, got, returned)) = made.by_ref().find(|(l, _, _)| l == check) else {
            return Err(format!("`{call}` was not made{}", why()));
        };
        if !returned {
            return Err(format!("`{call}` did not return{}", why()));
        }
        // The expected result as the result type prints (`0x5` is 5), as the console compares.
        let want = run.info.and_then(|info| Call::prepare(info, check).ok()).and_then(|c| c.expect).or_else(|| check.split_once("=>").map(|(_, w)| w.trim().to_string()));
        if let (Some(want), Some(got)) = (want, got) {
            if want != *got {
                return Err(format!("`{call}` returned {got}, want {want}"));
            }
        }
    }
    let shown: Vec<&str> = run.console.iter().filter(|l| l.kind != LineKind::Info).map(|l| l.text.trim_end()).collect();
    let mut at = 0;
    for want in &lesson.output {
        match shown[at..].iter().position(|l| l == want) {
            Some(i) => at += i + 1,
            None => {
                let after = if at == 0 { String::new() } else { format!(" after {:?}", shown[at - 1]) };
                let got = shown.get(at).map_or("nothing more".to_string(), |l| format!("{l:?}"));
                return Err(format!("the output should show {want:?}{after}; it shows {got}"));
            }
        }
    }
    let n = lesson.checks.len() + lesson.output.len();
    Ok(format!("All {n} check{} passed.", if n == 1 { "" } else { "s" }))
}

#[cfg(test)]
mod tests;
