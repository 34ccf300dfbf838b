use host_shim::trace::{Kind, TraceEvent};
use host_shim::Stream;

use super::{diverge, draw, kind_name, Lane, Marks, Shown, Timeline, MAX_EVENTS, MAX_LANES, ROW_LIMIT};
use crate::session::testing::run_traced;
use compiler_core::Schedule;
use host_shim::trace::SrcLine;

fn actor(schedule: Schedule) -> Timeline {
    let ex = crate::examples::find("actor").unwrap();
    let mut t = Timeline::default();
    for (line, o) in run_traced(ex.code, schedule, ex.calls) {
        t.push(&line, o.trace);
    }
    t
}

fn all_open(t: &Timeline) -> Vec<Shown<'_>> {
    t.groups.iter().map(|g| Shown { group: g, open: true, limit: ROW_LIMIT, min_height: 0.0 }).collect()
}

/// The values of `attr` on the drawing's elements with `data-testid=testid`, in order.
fn attrs(svg: &str, testid: &str, attr: &str) -> Vec<String> {
    svg.split(&format!("data-testid=\"{testid}\"")).skip(1).map(|rest| {
        let tag = &rest[..rest.find('>').unwrap()];
        let at = tag.find(&format!(" {attr}=\"")).unwrap_or_else(|| panic!("{attr} in {tag}")) + attr.len() + 3;
        tag[at..at + tag[at..].find('"').unwrap()].to_string()
    }).collect()
}

#[test]
fn actor_calls_group_with_named_goroutines() {
    let t = actor(Schedule::Seed);
    let lines: Vec<&str> = t.groups.iter().map(|g| g.line.as_str()).collect();
    assert_eq!(lines, ["hello_world", "start", "process_a 5", "get_total", "process_a 7", "get_total", "process_a 9", "get_total"]);
    assert_eq!(t.name(1), Some("main.start.func1"));
    assert_eq!(t.name(2), Some("main.processA"));
    assert_eq!(t.lane_name(Lane::G(1)), "g1 main.start.func1");
    assert_eq!(t.groups[5].outcome().as_deref(), Some("get_total() = 12"));
    assert_eq!(t.groups[1].outcome().as_deref(), Some("start()"));
    let start = &t.groups[1].events;
    let kinds: Vec<&str> = start.iter().map(|e| kind_name(&e.kind)).collect();
    assert_eq!(kinds, ["call", "create", "run", "park", "return"]);
    assert_eq!(t.describe(&start[3]), "g1 main.start.func1 parks [chan receive]");
    assert_eq!(start[3].pos, Some(SrcLine { file: "main.go".into(), line: 12 }));
}

#[test]
fn the_drawing_has_a_lane_per_goroutine_and_events_in_order() {
    let t = actor(Schedule::Seed);
    let d = draw(&t, "main", &all_open(&t), &Marks::default(), false);
    assert_eq!(attrs(&d.head, "timeline-lane", "data-g"), ["host", "0", "1", "2", "3", "4"]);
    assert_eq!(attrs(&d.head, "timeline-lane", "data-name")[2], "g1 main.start.func1");
    let kinds = attrs(&d.body, "timeline-event", "data-kind");
    assert_eq!(kinds.len(), t.len());
    assert_eq!(d.events, t.len());
    // process_a 5 under seed: the call's goroutine wakes the actor, which prints before the return.
    let ids = attrs(&d.body, "timeline-event", "data-i");
    let call3: Vec<&str> = ids.iter().zip(&kinds).filter(|(i, _)| i.starts_with("main:3:")).map(|(_, k)| k.as_str()).collect();
    assert_eq!(call3, ["call", "create", "run", "ready", "exit", "run", "output", "park", "return"]);
    assert!(d.body.contains("g1 main.start.func1 stderr: event 5 total 5"), "{}", d.body);
    assert!(d.body.contains("marker-end=\"url(#ah-main)\""));
    let file = d.standalone();
    assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && file.trim_end().ends_with("</svg>"));
    assert_eq!(file.matches("<svg").count(), 1, "one document");
}

#[test]
fn seed_and_go_diverge_at_get_total_after_process_a_7() {
    let (seed, go) = (actor(Schedule::Seed), actor(Schedule::Go));
    let d = diverge(&seed, &go).expect("the models differ");
    assert_eq!(d.group, 5);
    assert_eq!(seed.groups[5].line, "get_total");
    assert_eq!((d.seed.as_str(), d.go.as_str()), ("get_total() = 12", "get_total() = 5"));
    assert!(matches!(seed.groups[5].events[d.seed_event].kind, Kind::ExportReturn { .. }));
    // Scheduling differs earlier: under go, start returns before its goroutine runs.
    assert_eq!(d.schedule_group, Some(1));
    assert_eq!(diverge(&seed, &seed), None);
    let marks = Marks { selected: None, diverge: Some((seed.groups[5].seq, d.seed_event, "first difference".into())) };
    let drawn = draw(&seed, "seed", &all_open(&seed), &marks, true);
    assert_eq!(drawn.body.matches("data-testid=\"timeline-diverge\"").count(), 1);
}

#[test]
fn json_export_lists_calls_and_events() {
    let t = actor(Schedule::Go);
    let j = t.to_json("go");
    assert!(j.starts_with("{\n  \"schedule\": \"go\""), "{j}");
    assert!(j.contains("\"goroutines\": {\"1\": \"main.start.func1\", \"2\": \"main.processA\""), "{j}");
    assert!(j.contains("{\"g\": 0, \"lane\": \"host\", \"kind\": \"call\", \"name\": \"process_a\", \"args\": [\"7\"], \"file\": \"main.go\", \"line\": 20}"), "{j}");
    assert!(j.contains("\"kind\": \"output\", \"stream\": \"stderr\", \"text\": \"event 5 total 5\\n\""), "{j}");
    assert_eq!(j.matches('{').count(), j.matches('}').count());
    assert_eq!(j.matches('[').count(), j.matches(']').count());
}

#[test]
fn thousands_of_events_stay_bounded() {
    let mut t = Timeline::default();
    let ev = |g: u32, kind: Kind| TraceEvent { g, kind, pos: None };
    for call in 0..50 {
        let mut events = vec![ev(0, Kind::ExportCall { name: "spawn".into(), args: vec![call.to_string()] })];
        for g in 0..200 {
            events.push(ev(call * 200 + g + 1, Kind::Create { parent: Some(0), func: "main.work".into() }));
        }
        events.push(ev(0, Kind::ExportReturn { name: "spawn".into(), result: None, error: None }));
        t.push(&format!("spawn {call}"), events);
    }
    assert_eq!(t.len(), 50 * 202);
    let shown: Vec<Shown> = t.groups.iter().enumerate().map(|(i, g)| Shown { group: g, open: i >= 48, limit: 100, min_height: 0.0 }).collect();
    let d = draw(&t, "main", &shown, &Marks::default(), false);
    assert_eq!(d.events, 202, "two open calls, 100 rows and the return each");
    assert_eq!(d.body.matches("data-kind=\"return\"").count(), 2);
    assert!(d.body.contains("data-i=\"main:50:201\""));
    assert_eq!(d.body.matches("data-more=").count(), 2);
    assert_eq!(attrs(&d.head, "timeline-lane", "data-g").len(), 1 + MAX_LANES + 1, "host, capped lanes, and the rest");
    // The oldest calls are dropped past the event limit.
    for i in 0..1000 {
        t.push(&format!("more {i}"), vec![ev(0, Kind::Run); 300]);
    }
    assert!(t.len() <= MAX_EVENTS && t.dropped > 0);
}

#[test]
fn text_is_escaped() {
    let mut t = Timeline::default();
    let out = Kind::Output { stream: Stream::Stdout, text: "<script>&\"x\"\n".into() };
    t.push("f", vec![TraceEvent { g: 0, kind: out, pos: None }]);
    let d = draw(&t, "main", &all_open(&t), &Marks::default(), false);
    assert!(d.body.contains("&lt;script&gt;&amp;&quot;x&quot;") && !d.body.contains("<script>"));
}

fn example_timeline(name: &str) -> Timeline {
    let ex = crate::examples::find(name).unwrap();
    let mut t = Timeline::default();
    for (line, o) in run_traced(ex.code, Schedule::Seed, ex.calls) {
        t.push(&line, o.trace);
    }
    t
}

#[test]
fn deadlock_panic_and_imports_are_drawn() {
    let t = example_timeline("deadlock");
    let wait = t.groups.iter().find(|g| g.line == "wait").unwrap();
    let kinds: Vec<&str> = wait.events.iter().map(|e| kind_name(&e.kind)).collect();
    assert!(kinds.contains(&"park") && kinds.contains(&"fatal"), "{kinds:?}");
    assert!(wait.title().starts_with("wait() failed"), "{}", wait.title());
    let fatal = wait.events.iter().find(|e| matches!(e.kind, Kind::Fatal { .. })).unwrap();
    assert_eq!(t.describe(fatal), "fatal error: all goroutines are asleep - deadlock!");

    let t = example_timeline("panic");
    assert!(t.groups.iter().flat_map(|g| &g.events).any(|e| matches!(e.kind, Kind::Panic)));
    let d = draw(&t, "main", &all_open(&t), &Marks::default(), false);
    assert!(d.body.contains("data-kind=\"panic\""));

    let t = example_timeline("imports");
    let kinds: Vec<&str> = t.groups.iter().flat_map(|g| &g.events).map(|e| kind_name(&e.kind)).collect();
    assert!(kinds.contains(&"import-call") && kinds.contains(&"import-return"), "{kinds:?}");
}
