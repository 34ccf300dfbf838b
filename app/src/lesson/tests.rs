use compiler_core::{Diagnostic, Mode, Schedule};
use host_shim::module::ModuleInfo;
use host_shim::native::NativeRunner;
use host_shim::Host;

use super::{course, edit_allowed, parse, regions, verdict, Lesson, Region, Run, Source};
use crate::console::{Line, LineKind};
use crate::session::testing::Wasmi;
use crate::session::{self, Status};
use crate::state::Settings;
use crate::wire::Reply;

const SMALL: &str = "---\ntitle: Adding\nschedule: go\n---\n\n# Add\n\nMake `add` add.\n\n```go starter\npackage main\n\n// lesson:readonly\nfunc main() {}\n// lesson:end\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return 0 }\n```\n\n```check\nadd 2 3 => 5\n```\n\n```output\n=> add(2, 3) = 5\n```\n\n```hint\nUse `+`.\n```\n\n```go\n// shown, not special\n```\n";

#[test]
fn a_lesson_file_parses_into_its_parts() {
    let l = parse(SMALL).unwrap();
    assert_eq!(l.title, "Adding");
    assert_eq!(l.schedule, Some(Schedule::Go));
    assert!(l.starter.starts_with("package main\n") && l.starter.ends_with("return 0 }\n"));
    assert_eq!(l.checks, ["add 2 3 => 5"]);
    assert_eq!(l.output, ["=> add(2, 3) = 5"]);
    assert_eq!(l.hints.len(), 1);
    // Ordinary fences stay in the instructions.
    assert!(matches!(l.instructions.last(), Some(super::markdown::Block::Code(lang, _)) if lang == "go"));
}

#[test]
fn a_broken_lesson_says_what_is_wrong() {
    let cases = [
        ("---\ntitle: x\n", "closing `---`"),
        ("---\ncolour: red\n---\n", "unknown front matter key \"colour\""),
        ("---\nschedule: fast\n---\n", "schedule is seed or go"),
        ("no heading\n\n```go starter\npackage main\n```\n```check\nf\n```\n", "no title"),
        ("# T\n\n```check\nf\n```\n", "no starting code"),
        ("# T\n\n```go starter\npackage main\n```\n", "checks nothing"),
        ("# T\n\n```go starter\npackage main\n", "not closed"),
        ("# T\n\n```go starter\n// lesson:readonly\n```\n```check\nf\n```\n", "not closed with"),
    ];
    for (text, want) in cases {
        let err = parse(text).unwrap_err();
        assert!(err.contains(want), "{text:?}: {err}");
    }
}

#[test]
fn read_only_regions_and_the_edits_they_refuse() {
    let code = "package main\n// lesson:readonly\nfunc main() {}\n// lesson:end\nvar x = 1\n";
    assert_eq!(regions(code), Ok(vec![Region { first: 2, last: 4 }]));
    assert!(edit_allowed(code, &code.replace("var x = 1", "var x = 2")));
    assert!(!edit_allowed(code, &code.replace("func main() {}", "func main() { }")));
    assert!(!edit_allowed(code, &code.replace("// lesson:end\n", "")), "removing a marker");
    assert!(!edit_allowed(code, &code.replace("package main\n", "package main")), "joining a line onto the marker");
    assert!(edit_allowed("no regions", "anything"));
    assert!(regions("// lesson:end\n").unwrap_err().contains("closes no region"));
}

#[test]
fn lesson_addresses() {
    assert_eq!(Source::from_fragment("#lesson=scalars"), Ok(Some(Source::Named("scalars".into()))));
    assert_eq!(Source::from_fragment("#lesson-url=/workshop/intro%20one.md"), Ok(Some(Source::Url("/workshop/intro one.md".into()))));
    assert_eq!(Source::from_fragment("#code=abc"), Ok(None));
    assert!(Source::from_fragment("#lesson=nope").unwrap_err().contains("no lesson"));
    for bad in ["https://evil.example/x.md", "//evil.example/x.md", "javascript:alert(1)", "\\\\x"] {
        assert!(Source::from_fragment(&format!("#lesson-url={bad}")).is_err(), "{bad}");
    }
    assert_eq!(Source::Named("abi".into()).href(), "lessons/abi.md");
    assert_eq!(Source::Url("/w/a.md".into()).fragment(), "lesson-url=/w/a.md");
}

fn diag(msg: &str) -> Diagnostic {
    Diagnostic { file: "main.go".into(), line: 3, col: 2, message: msg.into() }
}

#[test]
fn the_verdict_names_the_failed_check() {
    let l = parse(SMALL).unwrap();
    let code = l.starter.replace("return 0", "return a + b");
    let console = [Line::new(LineKind::Call, "=> add(2, 3) = 5")];
    let run = |calls: &[(String, Option<String>, bool)], console: &[Line]| verdict(&l, &code, &Run { diagnostics: &[], calls, console, info: None }).map(drop);
    assert_eq!(run(&[("add 2 3 => 5".into(), Some("5".into()), true)], &console), Ok(()));
    let wrong = [("add 2 3 => 5".into(), Some("6".into()), true)];
    assert_eq!(run(&wrong, &console), Err("`add 2 3` returned 6, want 5".into()));
    let trap = [Line::new(LineKind::Panic, "panic: boom")];
    assert_eq!(run(&[("add 2 3 => 5".into(), None, false)], &trap), Err("`add 2 3` did not return: panic: boom".into()));
    assert_eq!(run(&[], &trap), Err("`add 2 3` was not made: panic: boom".into()));
    let quiet = [Line::new(LineKind::Info, "=> add(2, 3) = 5")];
    assert!(run(&[("add 2 3 => 5".into(), Some("5".into()), true)], &quiet).unwrap_err().contains("should show \"=> add(2, 3) = 5\""));
    let d = [diag("undefined: y"), diag("other")];
    let err = verdict(&l, &code, &Run { diagnostics: &d, calls: &[], console: &[], info: None }).unwrap_err();
    assert_eq!(err, "it does not compile: main.go:3:2: undefined: y (and 1 more)");
    let tampered = code.replace("func main() {}", "func main() { println() }");
    assert!(verdict(&l, &tampered, &Run { diagnostics: &[], calls: &[], console: &[], info: None }).unwrap_err().contains("read-only"));
}

/// Compiles `code` as the page does under the lesson's settings and runs its checks as the
/// page's Check does: the verdict.
fn check(lesson: &Lesson, code: &str) -> Result<String, String> {
    let settings = Settings { schedule: lesson.schedule.unwrap_or(Schedule::Seed), trace: lesson.trace, ..Settings::default() };
    let Reply::Compiled { module, diagnostics, mode, .. } = crate::program::compile(1, code, &settings, || 0.0) else { unreachable!() };
    let Some(module) = module else {
        return verdict(lesson, code, &Run { diagnostics: &diagnostics, calls: &[], console: &[], info: None });
    };
    let info = ModuleInfo::parse(&module).unwrap();
    let mut engine = Wasmi(NativeRunner::new(&module, Host::default()).unwrap());
    let mut console = Vec::new();
    let mut calls = Vec::new();
    if mode == Mode::Command {
        console.extend(session::start(&mut engine).lines);
    } else {
        let init = session::initialize(&mut engine, &info);
        let mut dead = matches!(init.status, Status::Dead(_));
        console.extend(init.lines);
        for line in &lesson.checks {
            if dead {
                break;
            }
            let o = session::call(&mut engine, &info, line);
            dead = matches!(o.status, Status::Dead(_));
            calls.push((line.clone(), o.result.clone(), o.status == Status::Returned));
            console.extend(o.lines);
        }
    }
    verdict(lesson, code, &Run { diagnostics: &[], calls: &calls, console: &console, info: Some(&info) })
}

fn lessons_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../lessons")
}

#[test]
fn every_solution_passes_and_every_starter_fails() {
    for entry in course::COURSE {
        let dir = lessons_dir();
        let text = std::fs::read_to_string(dir.join(format!("{}.md", entry.name))).unwrap();
        let lesson = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", entry.name));
        assert!(entry.title.ends_with(&lesson.title), "{}: the menu says {:?}, the file {:?}", entry.name, entry.title, lesson.title);
        let solution = std::fs::read_to_string(dir.join(format!("{}.solution.go", entry.name))).unwrap();
        assert_eq!(check(&lesson, &solution), Ok(format!("All {} checks passed.", lesson.checks.len() + lesson.output.len())), "{}: the solution", entry.name);
        let failed = check(&lesson, &lesson.starter);
        assert!(failed.is_err(), "{}: the starting code passes", entry.name);
    }
}

#[test]
fn the_course_lists_every_lesson_file() {
    let mut files: Vec<String> = std::fs::read_dir(lessons_dir()).unwrap().filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".md").map(String::from)).collect();
    files.sort();
    let mut listed: Vec<String> = course::COURSE.iter().map(|e| e.name.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
    assert!(course::COURSE.len() >= 6);
}

#[test]
fn why_the_starters_fail() {
    let why = |name: &str| {
        let lesson = parse(&std::fs::read_to_string(lessons_dir().join(format!("{name}.md"))).unwrap()).unwrap();
        check(&lesson, &lesson.starter).unwrap_err()
    };
    assert_eq!(why("scalars"), "`add 2 3` returned 0, want 5");
    assert_eq!(why("scheduling"), "`total` returned 5, want 12");
    assert!(why("deadlocks").starts_with("`square 3` did not return: fatal error: all goroutines are asleep - deadlock!"), "{}", why("deadlocks"));
    assert!(why("imports").starts_with("the output should show \"49\" after \"square and scale\""), "{}", why("imports"));
}

#[test]
fn starting_code_and_solutions_are_in_gofmt_layout() {
    // Format must leave them as they are, or it would be refused on read-only lines.
    for entry in course::COURSE {
        let dir = lessons_dir();
        let lesson = parse(&std::fs::read_to_string(dir.join(format!("{}.md", entry.name))).unwrap()).unwrap();
        let solution = std::fs::read_to_string(dir.join(format!("{}.solution.go", entry.name))).unwrap();
        for (what, code) in [("starting code", &lesson.starter), ("solution", &solution)] {
            assert_eq!(compiler_core::format::format("main.go", code).as_ref(), Ok(code), "{}: the {what}", entry.name);
        }
    }
}
