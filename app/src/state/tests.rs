use compiler_core::{compile, Mode, Options, Schedule, SourceFile};

use super::{tenths, Action, CallAction, Compare, EventRef, FileAction, HistoryEntry, Init, Instance, Jump, Panel, RunTrace, Settings, SettingsAction, Side, State, Theme, TimelineAction, DEFAULT_BUDGET, FILE_NAME};
use crate::console::{Line, LineKind};
use crate::examples;
use crate::session::{Outcome, Status};
use crate::share::Shared;

fn build(code: &str) -> Action {
    build_with(code, &Options::default())
}

fn build_with(code: &str, options: &Options) -> Action {
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: code.into() }], options);
    Action::Compiled { req: 1, module: out.module, diagnostics: out.diagnostics, ms: 1.5, mode: options.mode, exports: compiler_core::declares_exports(code), test: None }
}

fn example(name: &str) -> State {
    let ex = examples::find(name).unwrap();
    let code = ex.code;
    State::new(Init::example(ex)).apply(build(code))
}

fn ready(s: State) -> State {
    let gen = s.instance_gen;
    s.apply(Action::Instantiated { gen, outcome: Outcome { lines: vec![], status: Status::Returned, result: None, trace: vec![] } })
}

#[test]
fn the_page_opens_on_actor_and_asks_for_a_compile() {
    let s = State::new(Init::example(examples::first()));
    assert_eq!(s.example, Some("actor"));
    assert_eq!(s.compile_req, 1);
    assert_eq!(s.instance, Instance::None);
    assert_eq!(s.settings, Settings { schedule: Schedule::Seed, step_budget: DEFAULT_BUDGET, trace: false, mode: Mode::Reactor });
}

#[test]
fn loading_an_example_replaces_code_and_calls_and_recompiles() {
    let s = State::new(Init::example(examples::first())).apply(Action::Edit("package main\n".into()));
    assert!(s.stale && s.example.is_none());
    let s = s.apply(Action::LoadExample("abi"));
    assert_eq!(s.example, Some("abi"));
    assert!(s.calls.starts_with("add_i32 2 40"));
    assert_eq!(s.compile_req, 2);
    assert_eq!(s.console.len(), 1);
    assert_eq!(s.console[0].kind, LineKind::Info);
    let same = s.clone().apply(Action::LoadExample("no-such"));
    assert_eq!(same, s);
}

#[test]
fn a_good_compile_describes_the_module_and_starts_an_instance() {
    let s = example("abi");
    let b = s.build.as_ref().unwrap();
    assert!(b.module.is_some() && b.diagnostics.is_empty());
    assert_eq!(s.instance, Instance::Starting);
    assert_eq!(s.instance_gen, 1);
    assert_eq!(s.export.as_deref(), Some("add_i32"));
    assert_eq!(s.args, ["", ""]);
    assert!(s.console.last().unwrap().text.starts_with("Compiled main.go in 1.5 ms"), "{:?}", s.console);
    assert!(!s.stale);
}

#[test]
fn a_failed_compile_keeps_diagnostics_and_drops_the_instance() {
    let s = example("directive-errors");
    assert!(s.build.as_ref().unwrap().module.is_none());
    assert!(!s.build.as_ref().unwrap().diagnostics.is_empty());
    assert!(s.build.as_ref().unwrap().diagnostics.iter().all(|d| d.file == FILE_NAME));
    assert_eq!(s.instance, Instance::None);
    assert!(s.console.last().unwrap().text.contains("errors in 1.5 ms"));
    let s = s.apply(Action::Calls(CallAction::Call));
    assert!(s.pending.is_empty());
}

#[test]
fn call_arguments_are_checked_for_their_go_type() {
    let s = ready(example("abi"));
    let s = s.apply(Action::Calls(CallAction::SetArg(0, "4294967296".into()))).apply(Action::Calls(CallAction::SetArg(1, "x".into())));
    assert_eq!(s.arg_errors, [Some("4294967296 overflows int32".into()), Some("x is not an integer".into())]);
    let s = s.apply(Action::Calls(CallAction::Call));
    assert!(s.pending.is_empty());
    let s = s.apply(Action::Calls(CallAction::SetArg(0, "2".into()))).apply(Action::Calls(CallAction::SetArg(1, " 40 ".into()))).apply(Action::Calls(CallAction::Call));
    assert_eq!(s.arg_errors, [None, None]);
    assert_eq!(s.pending, ["add_i32 2 40"]);
    assert_eq!(s.call_req, 2);
    let s = s.apply(Action::Calls(CallAction::SelectExport("is_even".into()))).apply(Action::Calls(CallAction::SetArg(0, "".into()))).apply(Action::Calls(CallAction::Call));
    assert_eq!(s.arg_errors, [Some("enter a int32".into())]);
    let s = s.apply(Action::Calls(CallAction::SelectExport("max_u64".into())));
    assert!(s.args.is_empty());
}

#[test]
fn string_arguments_are_quoted_into_the_call_line() {
    let s = State::new(Init::example(examples::first())).apply(build("package main\n\n//go:wasmexport greet\nfunc greet(s string) int32 { return 0 }\n\nfunc main() {}\n"));
    if s.info().is_none() {
        // Strings at the boundary need the memory model; nothing to check until it lands.
        return;
    }
    let s = ready(s).apply(Action::Calls(CallAction::SetArg(0, "a \"b\"\n".into()))).apply(Action::Calls(CallAction::Call));
    assert_eq!(s.pending, [r#"greet "a \"b\"\n""#]);
}

#[test]
fn results_of_old_instances_are_dropped() {
    let s = example("hello");
    let s = s.apply(Action::Reset);
    assert_eq!(s.instance_gen, 2);
    let dead = Outcome { lines: vec![Line::new(LineKind::Error, "exit status 2")], status: Status::Dead("x".into()), result: None, trace: vec![] };
    let s = s.apply(Action::Instantiated { gen: 1, outcome: dead.clone() });
    assert_eq!(s.instance, Instance::Starting);
    let s = s.apply(Action::Calls(CallAction::Ran { gen: 1, calls: vec![("hello_world".into(), dead)] }));
    assert!(s.history.is_empty());
}

#[test]
fn a_dead_instance_refuses_calls_until_reset() {
    let s = ready(example("hello")).apply(Action::Calls(CallAction::SetCalls("hello_world\nhello_world\n".into()))).apply(Action::Calls(CallAction::RunCalls));
    assert_eq!(s.pending.len(), 2);
    let gen = s.instance_gen;
    let panic = Outcome {
        lines: vec![Line::new(LineKind::Panic, "panic: boom"), Line::new(LineKind::Error, "exit status 2")],
        status: Status::Dead("the module stopped: exit status 2".into()),
        result: None,
        trace: vec![],
    };
    let s = s.apply(Action::Calls(CallAction::Sent(2)));
    assert_eq!((s.pending.len(), s.calling.len(), s.running()), (0, 2, true));
    let s = s.apply(Action::Calls(CallAction::Ran { gen, calls: vec![("hello_world".into(), panic)] }));
    assert_eq!(s.instance, Instance::Dead("the module stopped: exit status 2".into()));
    assert!(s.calling.is_empty() && !s.running());
    assert!(s.pending.is_empty());
    assert_eq!(s.history, [HistoryEntry { line: "hello_world".into(), result: None, ok: false }]);
    assert_eq!(s.console.last().unwrap().text, "1 later call was not made.");
    let s = s.apply(Action::Calls(CallAction::Call));
    assert!(s.pending.is_empty());
    assert!(s.console.last().unwrap().text.contains("Press Reset"));
    let s = s.apply(Action::Reset);
    assert_eq!(s.instance, Instance::Starting);
    let s = ready(s).apply(Action::Calls(CallAction::CallLine("hello_world".into())));
    assert_eq!(s.pending, ["hello_world"]);
}

#[test]
fn calls_history_and_results() {
    let s = ready(example("abi"));
    let gen = s.instance_gen;
    let ok = Outcome { lines: vec![Line::new(LineKind::Call, "=> add_i32(2, 40) = 42")], status: Status::Returned, result: Some("42".into()), trace: vec![] };
    let s = s.apply(Action::Calls(CallAction::CallLine("add_i32 2 40".into()))).apply(Action::Calls(CallAction::Ran { gen, calls: vec![("add_i32 2 40".into(), ok)] }));
    assert_eq!(s.history, [HistoryEntry { line: "add_i32 2 40".into(), result: Some("42".into()), ok: true }]);
    assert_eq!(s.instance, Instance::Ready);
    assert_eq!(s.console.last().unwrap().kind, LineKind::Call);
}

#[test]
fn settings_recompile_only_when_they_change() {
    let s = example("hello");
    let s = s.apply(Action::Settings(SettingsAction::SetSchedule(Schedule::Seed)));
    assert_eq!(s.compile_req, 1);
    let s = s.apply(Action::Settings(SettingsAction::SetSchedule(Schedule::Go)));
    assert_eq!(s.compile_req, 2);
    let s = s.apply(Action::Settings(SettingsAction::SetBudget("abc".into())));
    assert!(s.budget_error.is_some());
    assert_eq!((s.compile_req, s.budget_text.as_str()), (2, "abc"));
    let s = s.apply(Action::Settings(SettingsAction::SetBudget("1_000".into())));
    assert_eq!((s.budget_error.as_ref(), s.settings.step_budget, s.compile_req), (None, Some(1000), 3));
    let s = s.apply(Action::Settings(SettingsAction::SetBudget("".into())));
    assert_eq!((s.settings.step_budget, s.compile_req), (None, 4));
    assert_eq!(s.shared().schedule, Schedule::Go);
}

#[test]
fn typing_in_a_field_keeps_its_text_and_commits_nothing_until_change() {
    let s = example("imports");
    let s = s.apply(Action::Settings(SettingsAction::TypeBudget("12".into())));
    assert_eq!((s.budget_text.as_str(), s.settings.step_budget, s.compile_req), ("12", DEFAULT_BUDGET, 1));
    let s = s.apply(Action::Calls(CallAction::TypeConstant { module: "env".into(), name: "scale".into(), text: "x".into() }));
    assert_eq!(s.constants, vec![("env".to_string(), "scale".to_string(), "x".to_string(), None)]);
    assert_eq!(s.compile_req, 1);
}

#[test]
fn run_all_recompiles_then_runs_the_calls() {
    let s = example("hello").apply(Action::RunAll);
    assert_eq!(s.compile_req, 2);
    assert_eq!(s.pending, ["hello_world"]);
    let s = s.apply(build(examples::find("hello").unwrap().code));
    assert_eq!((s.instance.clone(), s.pending.len()), (Instance::Starting, 1));
    let s = s.apply(build("package main\nfunc main() { x }\n"));
    assert!(s.pending.is_empty());
}

#[test]
fn constants_are_checked_and_start_a_new_instance() {
    let s = ready(example("imports"));
    let gen = s.instance_gen;
    let s = s.apply(Action::Calls(CallAction::SetConstant { module: "env".into(), name: "scale".into(), text: "1.5".into() }));
    assert_eq!(s.constants[0].3.as_deref(), Some("env.scale: 1.5 is not an integer"));
    assert_eq!(s.instance_gen, gen);
    assert!(s.bound_constants().is_empty());
    let s = s.apply(Action::Calls(CallAction::SetConstant { module: "env".into(), name: "scale".into(), text: "3".into() }));
    assert_eq!(s.constants.len(), 1);
    assert_eq!(s.instance_gen, gen + 1);
    assert_eq!(s.bound_constants(), [("env".into(), "scale".into(), host_shim::Val::I32(3))]);
}

#[test]
fn jumps_are_new_requests_each_time() {
    let open = || Action::Files(FileAction::Open { file: "main.go".into(), line: 3, col: 2 });
    let s = State::new(Init::example(examples::first())).apply(open());
    let s = s.apply(open());
    assert_eq!(s.jump, Some(Jump { line: 3, col: 2, seq: 2 }));
}

#[test]
fn notices_panels_and_themes() {
    let s = State::new(Init { notice: Some("bad link".into()), ..Init::example(examples::first()) });
    assert_eq!(s.notice.as_deref(), Some("bad link"));
    let s = s.apply(Action::DismissNotice).apply(Action::SetPanel(Panel::History)).apply(Action::Settings(SettingsAction::SetTheme(Theme::Dark)));
    assert_eq!((s.notice, s.panel, s.theme), (None, Panel::History, Theme::Dark));
    assert_eq!(Theme::parse(Theme::Dark.next().as_str()), Theme::System);
}

#[test]
fn a_shared_link_restores_program_and_settings() {
    let shared = Shared { code: examples::find("hello").unwrap().code.into(), calls: "hello_world".into(), schedule: Schedule::Go, step_budget: None, trace: false, constants: Vec::new(), mode: Mode::Reactor, stdin: String::new() };
    let s = State::new(Init::shared(shared.clone()));
    assert_eq!(s.example, Some("hello"));
    assert_eq!(s.budget_text, "");
    assert_eq!(s.shared(), shared);
}

#[test]
fn share_links_carry_trace_and_import_constants() {
    let ex = examples::find("imports").unwrap();
    let s = example("imports").apply(Action::Settings(SettingsAction::SetTrace(true))).apply(Action::Calls(CallAction::SetConstant { module: "env".into(), name: "scale".into(), text: "42".into() }));
    let link = crate::share::encode_now(&s.shared(), false);
    let shared = crate::share::decode_now(&link).unwrap().unwrap();
    assert!(shared.trace);
    assert_eq!(shared.constants, vec![("env".to_string(), "scale".to_string(), "42".to_string())]);
    // A fresh page from the link: traced, and the constant bound once the module says its type.
    let s = State::new(Init::shared(shared));
    assert!(s.settings.trace);
    let s = s.apply(build_with(ex.code, &Options { trace: true, ..Options::default() }));
    assert!(s.traced());
    assert_eq!(s.bound_constants().len(), 1, "{:?}", s.constants);
    // A constant that does not fit the import's type is marked, not bound.
    let bad = Shared { constants: vec![("env".into(), "scale".into(), "1.5".into())], ..s.shared() };
    let s = State::new(Init::shared(bad)).apply(build(ex.code));
    assert!(s.constants[0].3.is_some() && s.bound_constants().is_empty(), "{:?}", s.constants);
}

fn traced_actor() -> State {
    let s = State::new(Init::example(examples::find("actor").unwrap())).apply(Action::TraceCalls);
    assert!(s.settings.trace && s.panel == Panel::Timeline);
    assert_eq!(s.pending.len(), 8, "the calls list waits for the traced build");
    let ex = examples::find("actor").unwrap();
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: ex.code.into() }], &Options { trace: true, ..Options::default() });
    let s = ready(s.apply(Action::Compiled { req: 1, module: out.module, diagnostics: out.diagnostics, ms: 1.0, mode: Mode::Reactor, exports: true, test: None }));
    assert!(s.traced());
    let gen = s.instance_gen;
    let calls: Vec<(String, Outcome)> = crate::session::testing::run_traced(ex.code, Schedule::Seed, ex.calls).into_iter().skip(1).collect();
    s.apply(Action::Calls(CallAction::Ran { gen, calls }))
}

#[test]
fn tracing_is_a_setting_that_recompiles() {
    let s = example("actor");
    assert!(!s.traced());
    let req = s.compile_req;
    let s = s.apply(Action::Settings(SettingsAction::SetTrace(true)));
    assert_eq!((s.settings.trace, s.compile_req), (true, req + 1));
    let s = s.apply(Action::Settings(SettingsAction::SetTrace(true)));
    assert_eq!(s.compile_req, req + 1, "no change, no compile");
}

#[test]
fn traced_calls_fill_the_timeline_and_a_new_instance_clears_it() {
    let s = traced_actor();
    assert_eq!(s.timeline.groups.len(), 8);
    assert_eq!(s.timeline.groups[5].outcome().as_deref(), Some("get_total() = 12"));
    let shown = s.tl.shown(Side::Main, &s.timeline, None);
    assert_eq!(shown.len(), 8);
    assert!(shown.iter().all(|g| g.open));
    let seq = s.timeline.groups[0].seq;
    let s = s.apply(Action::Timeline(TimelineAction::ToggleCall(Side::Main, seq)));
    assert!(!s.tl.shown(Side::Main, &s.timeline, None)[0].open);
    let s = s.apply(Action::Reset);
    assert!(s.timeline.is_empty() && s.tl.toggled.is_empty());
}

#[test]
fn selecting_an_event_moves_the_editor_to_its_line() {
    let s = traced_actor();
    let seq = s.timeline.groups[1].seq;
    // start: call, create, run, park (main.go:12), return.
    let s = s.apply(Action::Timeline(TimelineAction::SelectEvent(EventRef { side: Side::Main, group: seq, index: 3 })));
    assert_eq!(s.jump.map(|j| j.line), Some(12));
    assert_eq!(s.marked_line(), Some(12));
    assert_eq!(EventRef::parse("main:2:3"), Some(EventRef { side: Side::Main, group: 2, index: 3 }));
    assert_eq!(EventRef::parse("left:2:3"), None);
}

#[test]
fn comparing_marks_where_seed_and_go_differ() {
    let s = example("actor").apply(Action::Timeline(TimelineAction::Compare));
    assert_eq!((s.compare.clone(), s.compare_req), (Compare::Running, 1));
    let ex = examples::find("actor").unwrap();
    let run = |m| crate::session::testing::run_traced(ex.code, m, ex.calls).into_iter().map(|(l, o)| (l, o.trace)).collect::<RunTrace>();
    let stale = s.clone().apply(Action::Timeline(TimelineAction::Compared { req: 0, result: Err("old".into()) }));
    assert_eq!(stale.compare, Compare::Running, "an old request's result is dropped");
    let s = s.apply(Action::Timeline(TimelineAction::Compared { req: 1, result: Ok((run(Schedule::Seed), run(Schedule::Go))) }));
    let Compare::Done(c) = s.compare.clone() else { panic!("{:?}", s.compare) };
    let d = c.diverge.as_ref().unwrap();
    assert_eq!((d.seed.as_str(), d.go.as_str()), ("get_total() = 12", "get_total() = 5"));
    let go_seq = c.go.groups[d.group].seq;
    let s = s.apply(Action::Timeline(TimelineAction::SelectEvent(EventRef { side: Side::Go, group: go_seq, index: d.go_event })));
    assert!(s.tl.selected.is_some());
    let s = s.apply(Action::Timeline(TimelineAction::CloseCompare));
    assert_eq!((s.compare.clone(), s.tl.selected), (Compare::Off, None));
    let empty = example("actor").apply(Action::Calls(CallAction::SetCalls(String::new()))).apply(Action::Timeline(TimelineAction::Compare));
    assert_eq!(empty.compare, Compare::Off);
}

const HELLO_MAIN: &str = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"Hello, 世界\") }\n";

/// The page with `code`, compiled as the compile hook does it.
fn program(code: &str) -> State {
    let s = State::new(Init::example(examples::first())).apply(Action::Edit(code.into()));
    let compiled = Action::from_reply(crate::program::compile(s.compile_req, code, &s.settings, || 0.0)).unwrap();
    s.apply(compiled)
}

#[test]
fn a_program_with_only_main_is_a_command_that_runs() {
    let s = program(HELLO_MAIN);
    let b = s.build.as_ref().unwrap();
    assert_eq!((b.mode, b.exports, s.mode()), (Mode::Command, false, Some(Mode::Command)));
    assert_eq!(s.instance, Instance::Starting);
    assert!(s.console.last().unwrap().text.ends_with("a command: main runs."), "{:?}", s.console);
    let gen = s.instance_gen;
    let run = crate::session::testing::run_command(HELLO_MAIN, "", s.settings.step_budget);
    let s = s.apply(Action::Instantiated { gen, outcome: run });
    let tail: Vec<_> = s.console.iter().rev().take(2).rev().map(|l| (l.kind, l.text.as_str())).collect();
    assert_eq!(tail, [(LineKind::Stdout, "Hello, 世界"), (LineKind::Exit, "Program exited.")]);
    assert_eq!(s.instance, Instance::Dead("the program exited".into()));
    // Calls go nowhere; a reset runs main again on a new instance.
    let s = s.apply(Action::Calls(CallAction::CallLine("f".into())));
    assert!(s.pending.is_empty());
    let s = s.apply(Action::Reset);
    assert_eq!((s.instance_gen, s.instance.clone()), (gen + 1, Instance::Starting));
    assert_eq!(s.console.last().unwrap().text, "Run again: a new instance; main runs again.");
}

#[test]
fn a_command_never_runs_a_calls_list() {
    let s = program(HELLO_MAIN).apply(Action::Calls(CallAction::SetCalls("f 1\n".into()))).apply(Action::RunAll);
    assert_eq!(s.pending, ["f 1"]);
    let s = s.apply(Action::from_reply(crate::program::compile(2, HELLO_MAIN, &Settings::default(), || 0.0)).unwrap());
    let gen = s.instance_gen;
    let s = s.apply(Action::Instantiated { gen, outcome: crate::session::testing::run_command(HELLO_MAIN, "", None) });
    assert!(s.pending.is_empty());
}

#[test]
fn a_program_with_main_and_exports_switches_modes() {
    let code = examples::find("hello").unwrap().code;
    let s = program(code);
    assert_eq!(s.build.as_ref().map(|b| (b.mode, b.exports)), Some((Mode::Reactor, true)));
    assert!(s.console.last().unwrap().text.ends_with("a reactor: main does not run."));
    let req = s.compile_req;
    let s = s.apply(Action::Settings(SettingsAction::SetMode(Mode::Command)));
    assert_eq!((s.settings.mode, s.compile_req), (Mode::Command, req + 1));
    let s = s.apply(Action::Settings(SettingsAction::SetMode(Mode::Command)));
    assert_eq!(s.compile_req, req + 1, "no change, no compile");
    let compiled = Action::from_reply(crate::program::compile(s.compile_req, code, &s.settings, || 0.0)).unwrap();
    let s = s.apply(compiled);
    assert_eq!(s.mode(), Some(Mode::Command));
    // The choice travels in share links; a program without exports ignores it.
    let link = crate::share::encode_now(&s.shared(), false);
    assert!(link.contains("mode=command"), "{link}");
    let s = State::new(Init::shared(crate::share::decode_now(&link).unwrap().unwrap()));
    assert_eq!(s.settings.mode, Mode::Command);
    let s = s.apply(Action::Settings(SettingsAction::SetMode(Mode::Reactor))).apply(Action::Edit(HELLO_MAIN.into()));
    let compiled = Action::from_reply(crate::program::compile(s.compile_req, HELLO_MAIN, &s.settings, || 0.0)).unwrap();
    let s = s.apply(compiled);
    assert_eq!(s.mode(), Some(Mode::Command));
}

#[test]
fn a_command_compares_its_run_of_main() {
    let s = program(HELLO_MAIN).apply(Action::Calls(CallAction::SetCalls(String::new()))).apply(Action::Timeline(TimelineAction::Compare));
    assert_eq!((s.compare.clone(), s.compare_req), (Compare::Running, 1));
}

#[test]
fn stdin_is_kept_and_shared() {
    let s = program(HELLO_MAIN).apply(Action::SetStdin("3 4\n".into()));
    assert_eq!(s.stdin, "3 4\n");
    let req = s.compile_req;
    assert_eq!(s.clone().apply(Action::SetStdin("x".into())).compile_req, req, "input alone does not recompile");
    let shared = crate::share::decode_now(&crate::share::encode_now(&s.shared(), false)).unwrap().unwrap();
    assert_eq!(State::new(Init::shared(shared)).stdin, "3 4\n");
}

#[test]
fn milliseconds_print_with_one_decimal() {
    assert_eq!((tenths(16.14), tenths(0.0), tenths(1099.96), tenths(7.25)), ("16.1".into(), "0.0".into(), "1100.0".into(), "7.3".into()));
}

#[test]
fn calls_queued_while_others_run_are_sent_next() {
    let s = ready(example("abi")).apply(Action::Calls(CallAction::CallLine("add_i32 1 2".into())));
    let gen = s.instance_gen;
    let s = s.apply(Action::Calls(CallAction::Sent(1))).apply(Action::Calls(CallAction::CallLine("add_i32 3 4".into())));
    assert_eq!((s.calling.clone(), s.pending.clone()), (vec!["add_i32 1 2".to_string()], vec!["add_i32 3 4".to_string()]));
    let req = s.call_req;
    let ok = Outcome { lines: vec![Line::new(LineKind::Call, "=> add_i32(1, 2) = 3")], status: Status::Returned, result: Some("3".into()), trace: vec![] };
    let s = s.apply(Action::Calls(CallAction::Ran { gen, calls: vec![("add_i32 1 2".into(), ok)] }));
    assert!(s.calling.is_empty());
    assert_eq!((s.pending.len(), s.call_req), (1, req + 1), "the call hook sends the queued line next");
}

#[test]
fn output_streams_into_the_console_of_the_current_instance_only() {
    let s = program(HELLO_MAIN);
    let gen = s.instance_gen;
    assert!(s.running(), "main runs");
    let s = s.apply(Action::Output { gen, lines: vec![Line::new(LineKind::Stdout, "first")] });
    assert_eq!(s.console.last().unwrap().text, "first");
    let s = s.apply(Action::Output { gen: gen - 1, lines: vec![Line::new(LineKind::Stdout, "old")] });
    assert_eq!(s.console.last().unwrap().text, "first");
    assert_eq!(s.instance, Instance::Starting);
}

#[test]
fn stop_ends_a_running_main_and_says_so() {
    let s = program("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
    let (gen, stop) = (s.instance_gen, s.stop_req);
    assert!(s.running());
    let s = s.apply(Action::Stop);
    assert_eq!(s.stop_req, stop + 1, "the worker hook replaces the worker");
    assert_eq!(s.instance, Instance::Dead("the program was stopped".into()));
    assert_eq!((s.console.last().unwrap().kind, s.console.last().unwrap().text.as_str()), (LineKind::Exit, "Program stopped."));
    assert!(!s.running());
    // What the old worker was still saying about the old instance is dropped.
    let s = s.apply(Action::Instantiated { gen, outcome: Outcome::new(vec![Line::new(LineKind::Stdout, "late")], Status::Returned, None) });
    assert_eq!(s.console.last().unwrap().text, "Program stopped.");
    // Nothing runs: Stop does nothing; Run again makes a new instance.
    let again = s.clone().apply(Action::Stop);
    assert_eq!(again.stop_req, s.stop_req);
    let s = s.apply(Action::Reset);
    assert_eq!(s.instance, Instance::Starting);
}

#[test]
fn stop_ends_running_calls_and_the_reactor_needs_a_reset() {
    let s = ready(example("compute")).apply(Action::Calls(CallAction::SetCalls("spin\nfib 3\nfib 4".into()))).apply(Action::Calls(CallAction::RunCalls));
    let s = s.apply(Action::Calls(CallAction::Sent(3)));
    let s = s.apply(Action::Stop);
    assert!(s.calling.is_empty() && s.pending.is_empty() && !s.running());
    let tail: Vec<_> = s.console.iter().rev().take(2).rev().map(|l| l.text.as_str()).collect();
    assert_eq!(tail, ["Program stopped.", "2 later calls were not made."]);
    assert!(matches!(&s.instance, Instance::Dead(why) if why.contains("Reset")));
    let s = s.apply(Action::Calls(CallAction::CallLine("fib 3".into())));
    assert!(s.pending.is_empty() && s.console.last().unwrap().text.contains("Press Reset"));
}

#[test]
fn stop_abandons_a_compile() {
    let s = State::new(Init::example(examples::first()));
    assert!(s.running(), "the first compile is under way");
    let s = s.apply(Action::Stop);
    assert!(!s.running());
    assert_eq!(s.console.last().unwrap().text, "Stopped: the compile was abandoned.");
    assert_eq!(s.instance, Instance::None);
    let s = s.apply(Action::Compile);
    assert!(s.running());
    let compiled = Action::from_reply(crate::program::compile(s.compile_req, &s.code, &s.settings, || 0.0)).unwrap();
    let s = s.apply(compiled);
    assert_eq!(s.instance, Instance::Starting);
}

#[test]
fn checked_calls_end_with_their_summary() {
    let s = ready(example("abi")).apply(Action::Calls(CallAction::SetCalls("add_i32 1 2 => 3\nadd_i32 2 2 => 5\nadd_i32 0 0".into())));
    let s = s.apply(Action::Calls(CallAction::RunCalls));
    let gen = s.instance_gen;
    let s = s.apply(Action::Calls(CallAction::Sent(3)));
    // Their console lines streamed in before: the results decide.
    let out = |result: &str| Outcome { lines: vec![], status: Status::Returned, result: Some(result.into()), trace: vec![] };
    let calls = vec![("add_i32 1 2 => 3".to_string(), out("3")), ("add_i32 2 2 => 5".to_string(), out("4")), ("add_i32 0 0".to_string(), out("0"))];
    let s = s.apply(Action::Calls(CallAction::Ran { gen, calls }));
    let last = s.console.last().unwrap();
    assert_eq!((last.kind, last.text.as_str()), (LineKind::Mismatch, "checked calls: 1 passed, 1 failed"));
    assert_eq!(s.checked, (0, 0), "counted afresh by the next run");
}
