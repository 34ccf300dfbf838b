//! The two export scheduling models where the transcript alone does not say enough (a sleeping
//! goroutine, a deadlock dump); transcripts in both models are golden tests
//! (testdata/exports/goroutine_export and others). Modules are validated.

use compiler_core::{Schedule, SourceFile};
use gowasm::{run_program, RunOptions};

fn run(src: &str, calls: &[&str], schedule: Schedule) -> gowasm::RunResult {
    let files = vec![SourceFile { name: "main.go".into(), text: src.into() }];
    let r = run_program(&files, &RunOptions { schedule, calls: calls.iter().map(|c| c.to_string()).collect(), ..RunOptions::default() });
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).expect("module validates");
    }
    r
}

#[test]
fn blocked_export_with_sleeping_goroutine_waits_for_it() {
    let src = "package main\n\nimport \"time\"\n\nvar ch = make(chan int32)\n\n//go:wasmexport start\nfunc start() {\n\tgo func() {\n\t\ttime.Sleep(5 * time.Millisecond)\n\t\tch <- 7\n\t}()\n}\n\n//go:wasmexport wait\nfunc wait() int32 { return <-ch }\n\nfunc main() {}\n";
    for schedule in [Schedule::Seed, Schedule::Go] {
        let r = run(src, &["start", "wait"], schedule);
        assert_eq!(r.combined(), "=> start()\n=> wait() = 7\n", "{}", schedule.as_str());
    }
}

#[test]
fn deadlock_reports_every_goroutine_with_its_wait_reason() {
    let src = "package main\n\nvar a = make(chan int32)\nvar b = make(chan string)\n\n//go:wasmexport start\nfunc start() {\n\tgo func() {\n\t\tb <- \"never\"\n\t}()\n}\n\n//go:wasmexport wait\nfunc wait() int32 {\n\tselect {\n\tcase v := <-a:\n\t\treturn v\n\t}\n}\n\nfunc main() {}\n";
    for schedule in [Schedule::Seed, Schedule::Go] {
        let r = run(src, &["start", "wait", "start"], schedule);
        let out = r.combined();
        assert_eq!(r.code, 2, "{out}");
        for want in ["fatal error: all goroutines are asleep - deadlock!", "[chan send]:", "main.start.func1()", "\tmain.go:9", "[select]:", "main.wait()", "\tmain.go:15"] {
            assert!(out.contains(want), "{want:?} missing in {out}");
        }
        assert!(!out.contains("=> wait"), "{out}");
    }
}
