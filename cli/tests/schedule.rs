//! The two export scheduling models on programs of their own: under `go` (gc's model, whose
//! transcripts come from real gc) an export returns as soon as its goroutine finishes; under
//! `seed` (the proposal) only once every goroutine is parked. Modules are validated.

use compiler_core::{Schedule, SourceFile};
use gowasm::{run_program, RunOptions};

const SPAWN: &str = r#"package main

var results = make(chan int32, 10)
var started int32

//go:wasmexport spawn
func spawn(n int32) {
	started++
	go func() {
		println("worker", n, "running")
		results <- n * n
	}()
}

//go:wasmexport collect
func collect() int32 {
	v := <-results
	println("collected", v)
	return v
}

//go:wasmexport pending
func pending() int32 { return int32(len(results)) }

func main() {}
"#;

const CALLS: &[&str] = &["spawn 3", "pending", "collect", "spawn 4", "spawn 5", "collect", "pending", "collect"];

fn run(src: &str, calls: &[&str], schedule: Schedule) -> gowasm::RunResult {
    let files = vec![SourceFile { name: "main.go".into(), text: src.into() }];
    let r = run_program(&files, &RunOptions { schedule, calls: calls.iter().map(|c| c.to_string()).collect(), ..RunOptions::default() });
    if let Some(m) = &r.module {
        wasmparser::Validator::new().validate_all(m).expect("module validates");
    }
    r
}

#[test]
fn go_model_matches_gc() {
    // Printed by Go 1.27 (wasip1, c-shared) under wasmtime.
    let want = "=> spawn(3)\n=> pending() = 0\nworker 3 running\ncollected 9\n=> collect() = 9\n=> spawn(4)\n=> spawn(5)\nworker 4 running\nworker 5 running\ncollected 16\n=> collect() = 16\n=> pending() = 1\ncollected 25\n=> collect() = 25\n";
    let r = run(SPAWN, CALLS, Schedule::Go);
    assert_eq!(r.combined(), want);
    assert_eq!(r.code, 0);
}

#[test]
fn seed_model_runs_goroutines_before_returning() {
    let want = "worker 3 running\n=> spawn(3)\n=> pending() = 1\ncollected 9\n=> collect() = 9\nworker 4 running\n=> spawn(4)\nworker 5 running\n=> spawn(5)\ncollected 16\n=> collect() = 16\n=> pending() = 1\ncollected 25\n=> collect() = 25\n";
    let r = run(SPAWN, CALLS, Schedule::Seed);
    assert_eq!(r.combined(), want);
    assert_eq!(r.code, 0);
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
