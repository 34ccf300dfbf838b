//! The lesson actions, driven as the page's hooks drive them: the worker's part (compile,
//! instantiate, make calls) runs natively on wasmi.

use compiler_core::Mode;
use host_shim::module::ModuleInfo;
use host_shim::native::NativeRunner;
use host_shim::Host;

use super::{Action, CallAction, Init, Instance, LessonAction, Progress, State, Verdict};
use crate::examples;
use crate::lesson::Source;
use crate::session::testing::Wasmi;
use crate::session::{self, Status};

const LESSON: &str = "---\ntitle: Add\n---\n\nMake `add` add.\n\n```go starter\npackage main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return 0 }\n\n// lesson:readonly\nfunc main() {}\n// lesson:end\n```\n\n```check\nadd 2 3 => 5\nadd 1 1 => 2\n```\n\n```hint\none\n```\n\n```hint\ntwo\n```\n";
const FIXED: &str = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\n// lesson:readonly\nfunc main() {}\n// lesson:end\n";

/// Does what the hooks and the worker do until nothing is asked for: compiles, makes the
/// instance, sends the pending calls.
fn drive(mut s: State) -> State {
    let mut engine: Option<(Wasmi, ModuleInfo)> = None;
    for _ in 0..20 {
        if s.compiled_req < s.compile_req {
            let reply = crate::program::compile(s.compile_req, &s.code, &s.settings, || 1.0);
            s = s.apply(Action::from_reply(reply).unwrap());
            engine = s.build.as_ref().and_then(|b| b.module.clone()).map(|m| (Wasmi(NativeRunner::new(&m, Host::default()).unwrap()), ModuleInfo::parse(&m).unwrap()));
        } else if s.instance == Instance::Starting {
            let (e, info) = engine.as_mut().unwrap();
            let outcome = if s.mode() == Some(Mode::Command) { session::start(e) } else { session::initialize(e, info) };
            let gen = s.instance_gen;
            s = s.apply(Action::Instantiated { gen, outcome });
        } else if !s.pending.is_empty() && s.instance == Instance::Ready {
            let (e, info) = engine.as_mut().unwrap();
            let lines = s.pending.clone();
            s = s.apply(Action::Calls(CallAction::Sent(lines.len())));
            let mut calls = Vec::new();
            for l in lines {
                let o = session::call(e, info, &l);
                let dead = matches!(o.status, Status::Dead(_));
                calls.push((l, o));
                if dead {
                    break;
                }
            }
            let gen = s.instance_gen;
            s = s.apply(Action::Calls(CallAction::Ran { gen, calls }));
        } else {
            break;
        }
    }
    s
}

fn opened(saved: Option<Progress>) -> State {
    let init = Init { lesson: Some(Source::Named("scalars".into())), ..Init::example(examples::first()) };
    let s = State::new(init);
    assert_eq!(s.lessons.fetch, Some((1, Source::Named("scalars".into()))), "the page asks for the lesson at once");
    s.apply(Action::Lesson(LessonAction::Loaded { req: 1, text: LESSON.into(), saved }))
}

fn verdict(s: &State) -> Verdict {
    s.lessons.open.as_ref().unwrap().status.clone()
}

#[test]
fn opening_a_lesson_puts_its_starting_code_in_the_editor() {
    let s = opened(None);
    let o = s.lessons.open.as_ref().unwrap();
    assert_eq!((o.lesson.title.as_str(), o.hints, o.passed, &o.status), ("Add", 0, false, &Verdict::NotChecked));
    assert!(s.code.contains("return 0"));
    assert_eq!(s.calls, "add 2 3\nadd 1 1\n", "the checks' calls, without their results");
    assert_eq!((s.example, s.lessons.fetch.as_ref()), (None, None));
    assert_eq!(s.compile_req, 2);
}

#[test]
fn a_stale_or_broken_answer_opens_nothing() {
    let s = State::new(Init::example(examples::first())).apply(Action::Lesson(LessonAction::Open(Source::Url("/w/a.md".into()))));
    let stale = s.clone().apply(Action::Lesson(LessonAction::Loaded { req: 7, text: LESSON.into(), saved: None }));
    assert!(stale.lessons.open.is_none());
    let broken = s.clone().apply(Action::Lesson(LessonAction::Loaded { req: 1, text: "# T\n".into(), saved: None }));
    assert!(broken.lessons.open.is_none());
    assert!(broken.notice.as_deref().unwrap().contains("/w/a.md cannot be opened: the lesson has no starting code"), "{:?}", broken.notice);
    let failed = s.apply(Action::Lesson(LessonAction::LoadFailed { req: 1, error: "404 not found".into() }));
    assert_eq!(failed.notice.as_deref(), Some("The lesson /w/a.md cannot be fetched: 404 not found."));
}

#[test]
fn saved_progress_comes_back() {
    let saved = Progress { code: FIXED.into(), passed: true, hints: 5 };
    assert_eq!(Progress::from_text(&saved.to_text()), Some(saved.clone()));
    let s = opened(Some(saved));
    let o = s.lessons.open.as_ref().unwrap();
    assert_eq!((s.code.as_str(), o.passed, o.hints), (FIXED, true, 2), "hints shown stop at the lesson's count");
}

#[test]
fn hints_are_revealed_one_at_a_time() {
    let mut s = opened(None);
    for want in [1, 2, 2] {
        s = s.apply(Action::Lesson(LessonAction::Hint));
        assert_eq!(s.lessons.open.as_ref().unwrap().hints, want);
    }
}

#[test]
fn check_fails_with_the_reason_then_passes_once_fixed() {
    let s = drive(opened(None));
    assert_eq!(verdict(&s), Verdict::NotChecked, "opening compiles but does not check");
    let s = drive(s.apply(Action::Lesson(LessonAction::Check)));
    assert_eq!(verdict(&s), Verdict::Fail("`add 2 3` returned 0, want 5".into()));
    assert_eq!(s.console.last().unwrap().text, "Check failed: `add 2 3` returned 0, want 5");
    assert!(!s.lessons.open.as_ref().unwrap().passed);
    let s = drive(s.apply(Action::Edit(FIXED.into())).apply(Action::Lesson(LessonAction::Check)));
    assert_eq!(verdict(&s), Verdict::Pass("All 2 checks passed.".into()));
    assert!(s.lessons.open.as_ref().unwrap().passed);
    assert_eq!(s.lessons.passed, ["scalars"]);
}

#[test]
fn checking_waits_for_the_compile_instance_and_calls() {
    let s = drive(opened(None)).apply(Action::Edit(FIXED.into())).apply(Action::Lesson(LessonAction::Check));
    assert_eq!(verdict(&s), Verdict::Checking);
    assert_eq!(s.pending, ["add 2 3 => 5", "add 1 1 => 2"]);
    // A compile error ends the check at once.
    let s = drive(s.apply(Action::Edit(FIXED.replace("a + b", "a + c"))).apply(Action::Lesson(LessonAction::Check)));
    assert_eq!(verdict(&s), Verdict::Fail("it does not compile: main.go:4:41: undefined: c".into()));
}

#[test]
fn start_over_close_and_examples_leave_or_reset_the_lesson() {
    let s = opened(None).apply(Action::Edit(FIXED.into()));
    let s = s.apply(Action::Lesson(LessonAction::StartOver));
    assert!(s.code.contains("return 0"));
    assert!(s.clone().apply(Action::Lesson(LessonAction::Close)).lessons.open.is_none());
    assert!(s.apply(Action::LoadExample("hello")).lessons.open.is_none());
}

#[test]
fn a_refused_edit_says_why_only_in_a_lesson() {
    let s = opened(None).apply(Action::Lesson(LessonAction::Refused));
    assert!(s.notice.as_deref().unwrap().contains("read-only"));
    let plain = State::new(Init::example(examples::first())).apply(Action::Lesson(LessonAction::Refused));
    assert_eq!(plain.notice, None);
}

#[test]
fn an_output_only_embed_runs_its_calls_at_once() {
    let ex = examples::find("hello").unwrap();
    let s = drive(State::new(Init { embed: true, embed_output: true, ..Init::example(ex) }));
    let text: Vec<&str> = s.console.iter().filter(|l| l.kind != crate::console::LineKind::Info).map(|l| l.text.as_str()).collect();
    assert_eq!(text, ["Hello world!", "=> hello_world()"]);
    assert!(State::new(Init { embed: true, ..Init::example(ex) }).pending.is_empty(), "the full embed waits for Run");
}
