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

/// gc's dumps show, for a goroutine of a go statement, `created by F in goroutine N` and the
/// go statement's `\tfile:line` (Go 1.27, `tools/gcref.py run --raw`, paths and `+0x..`
/// offsets aside; gc numbers goroutines its own way). The golden corpus cuts dumps at the
/// first goroutine header, so the lines are checked here.
#[test]
fn deadlock_dump_says_who_created_each_goroutine() {
    let src = "package main\n\nvar ch = make(chan int32)\n\nfunc worker(n int32) {\n\tch <- n\n}\n\nfunc main() {\n\tgo worker(1)\n\tgo func() {\n\t\t<-ch\n\t\t<-ch\n\t}()\n\tvar never chan int\n\t<-never\n}\n";
    let r = run(src, &[], Schedule::Seed);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.combined(),
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 1 [chan receive (nil chan)]:\nmain.main()\n\tmain.go:16\n\n\
         goroutine 3 [chan receive]:\nmain.main.func1()\n\tmain.go:13\ncreated by main.main in goroutine 1\n\tmain.go:11\n"
    );
    // Started by an export that runs on the host's call (no goroutine of its own, goid 0):
    // gc prints no ` in goroutine` then.
    let src = "package main\n\nvar ch = make(chan int32)\n\n//go:wasmexport start\nfunc start() {\n\tgo func() {\n\t\tch <- 1\n\t\tch <- 2\n\t}()\n}\n\n//go:wasmexport wait\nfunc wait() int32 {\n\t<-ch\n\tvar never chan int\n\t<-never\n\treturn 0\n}\n\nfunc main() {}\n";
    for schedule in [Schedule::Seed, Schedule::Go] {
        let r = run(src, &["start", "wait"], schedule);
        assert_eq!(
            r.combined(),
            "=> start()\nfatal error: all goroutines are asleep - deadlock!\n\n\
             goroutine 1 [chan send]:\nmain.start.func1()\n\tmain.go:9\ncreated by main.start\n\tmain.go:7\n\n\
             goroutine 2 [chan receive (nil chan)]:\nmain.wait()\n\tmain.go:17\n",
            "{}",
            schedule.as_str()
        );
    }
}
