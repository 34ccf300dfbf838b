//! The page: one reducer ([`State`]), small components, and the effects in hooks — compile
//! when `compile_req` changes, instantiate when `instance_gen` changes, make the pending
//! calls when the instance is ready, save the program, apply the theme.

mod browser;
mod editor;
mod format;
mod inspect;
mod invoke;
mod timeline;
mod toolbar;

use std::cell::RefCell;
use std::rc::Rc;

use compiler_core::{compile, Mode, Options, Schedule, SourceFile};
use host_shim::Host;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::console::{Line, LineKind};
use crate::engine::{BrowserPlatform, WebEngine};
use crate::examples;
use crate::session::{self, Outcome, Status};
use crate::share;
use crate::state::{Action, Compare, Init, Instance, Panel, RunTrace, Settings, State, FILE_NAME};

pub type Dispatch = UseReducerDispatcher<State>;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// Mounts the page; a panic anywhere shows a message instead of a silently dead page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| browser::show_fatal(&info.to_string())));
    yew::Renderer::<App>::new().render();
}

/// Where the page starts: a share link, else the saved program, else the actor example.
fn initial() -> Init {
    let (hash, search) = browser::location();
    let embed = share::is_embed(&hash, &search);
    let mut init = match share::decode(&hash) {
        Ok(Some(s)) => Init::shared(s),
        Ok(None) => match (embed, browser::load_saved()) {
            (false, Some(saved)) => saved,
            _ => Init::example(examples::first()),
        },
        Err(e) => {
            let mut i = browser::load_saved().filter(|_| !embed).unwrap_or_else(|| Init::example(examples::first()));
            i.notice = Some(format!("This share link is damaged: {}. The page shows your last program instead.", e.trim_end_matches('.')));
            i
        }
    };
    init.embed = embed;
    init.theme = browser::load_theme();
    init
}

type EngineCell = Rc<RefCell<Option<(u64, WebEngine)>>>;

#[function_component]
fn App() -> Html {
    let engine: EngineCell = use_mut_ref(|| None);
    let state = use_reducer({
        let engine = engine.clone();
        move || first_state(&engine)
    });
    use_compile(&state);
    use_instantiate(&state, engine.clone());
    use_calls(&state, engine);
    use_compare(&state);
    use_persist(&state);

    let dispatch = state.dispatcher();
    let onkeydown = {
        let dispatch = dispatch.clone();
        let embed = state.embed;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                dispatch.dispatch(if embed { Action::RunAll } else { Action::Compile });
            } else if e.code() == "KeyF" && e.shift_key() && e.alt_key() {
                e.prevent_default();
                format::run(&dispatch);
            }
        })
    };
    let ready = state.build.is_some() && state.instance != Instance::Starting;
    let notice = state.notice.clone().map(|n| {
        let d = dispatch.clone();
        html! {
            <div class="notice" role="alert" data-testid="notice">
                <span>{ n }</span>
                <button class="ghost" onclick={move |_| d.dispatch(Action::DismissNotice)} aria-label="Dismiss">{ "×" }</button>
            </div>
        }
    });
    let editor = html! {
        <editor::Editor code={state.code.clone()} diagnostics={state.build.as_ref().map(|b| b.diagnostics.clone())} jump={state.jump} mark={state.marked_line()} dispatch={dispatch.clone()} />
    };
    let console = html! { <invoke::Console lines={state.console.clone()} dispatch={dispatch.clone()} /> };
    if state.embed {
        return html! {
            <div class="app embed" {onkeydown} data-ready={ready.to_string()}>
                <toolbar::EmbedBar shared={state.shared()} status={toolbar::Status::of(&state)} dispatch={dispatch.clone()} />
                { for notice }
                <div class="embed-body">
                    <section class="card editor-card">{ editor }</section>
                    <section class="card console-card">{ console }</section>
                </div>
            </div>
        };
    }
    let timeline = html! {
        <timeline::TimelinePanel
            timeline={timeline::Shared(state.timeline.clone())}
            ui={state.tl.clone()}
            trace={state.settings.trace}
            traced={state.traced()}
            schedule={state.build.as_ref().map_or(state.settings.schedule, |b| b.settings.schedule)}
            size={state.build.as_ref().and_then(|b| b.module.as_ref()).map(|m| m.len())}
            comparing={state.compare == Compare::Running}
            dispatch={dispatch.clone()} />
    };
    let wide = state.panel == Panel::Timeline;
    html! {
        <div class="app" {onkeydown} data-ready={ready.to_string()}>
            <toolbar::Toolbar
                example={state.example}
                settings={state.settings.clone()}
                budget_text={state.budget_text.clone()}
                budget_error={state.budget_error.clone()}
                theme={state.theme}
                shared={state.shared()}
                status={toolbar::Status::of(&state)}
                dispatch={dispatch.clone()} />
            { for notice }
            <main class={classes!("layout", wide.then_some("wide"))}>
                <div class="col left">
                    <section class="card editor-card" aria-label="Editor">
                        <toolbar::ExampleAbout example={state.example} />
                        { editor }
                    </section>
                    <editor::Diagnostics diagnostics={state.build.as_ref().map(|b| b.diagnostics.clone())} dispatch={dispatch.clone()} />
                </div>
                <div class="col right">
                    <inspect::Exports info={state.info().cloned()} dispatch={dispatch.clone()} />
                    <invoke::CallForm
                        info={state.info().cloned()}
                        export={state.export.clone()}
                        args={state.args.clone()}
                        arg_errors={state.arg_errors.clone()}
                        instance={state.instance.clone()}
                        calls={state.calls.clone()}
                        dispatch={dispatch.clone()} />
                    <invoke::Output panel={state.panel} history={state.history.clone()} dispatch={dispatch.clone()} {timeline}>{ console }</invoke::Output>
                    <inspect::Imports info={state.info().cloned()} constants={state.constants.clone()} dispatch={dispatch.clone()} />
                    <inspect::ModulePanel build={state.build.clone()} />
                </div>
            </main>
            if state.compare != Compare::Off {
                <div class="compare-row">
                    <timeline::CompareView compare={state.compare.clone()} ui={state.tl.clone()} dispatch={dispatch.clone()} />
                </div>
            }
            <footer class="foot">
                { "Go compiled to WebAssembly in this page by a compiler written in Rust; imports served by a Rust host shim on the browser's engine. " }
                <kbd>{ "Ctrl" }</kbd>{ "+" }<kbd>{ "Enter" }</kbd>{ " compiles, " }<kbd>{ "Shift" }</kbd>{ "+" }<kbd>{ "Alt" }</kbd>{ "+" }<kbd>{ "F" }</kbd>{ " formats; in the editor, " }<kbd>{ "Esc" }</kbd>{ " then " }<kbd>{ "Tab" }</kbd>{ " leaves it." }
            </footer>
        </div>
    }
}

/// Compiles the program whenever the reducer asks for it after the first render (the first
/// program is compiled by [`first_state`]).
#[hook]
fn use_compile(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    let code = state.code.clone();
    let settings = state.settings.clone();
    let mounted = use_mut_ref(|| false);
    use_effect_with(state.compile_req, move |_| {
        if mounted.replace(true) {
            dispatch.dispatch(compile_now(code, &settings));
        }
    });
}

/// Compiles `code` with the page's settings: the reducer's `Compiled` action.
fn compile_now(code: String, s: &Settings) -> Action {
    let t0 = browser::now_ms();
    let options = Options { mode: Mode::Reactor, schedule: s.schedule, step_budget: s.step_budget, trace: s.trace, names: false };
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: code }], &options);
    let ms = browser::now_ms() - t0;
    Action::Compiled { module: out.module, diagnostics: out.diagnostics, ms }
}

/// The page's first state, its program compiled and instantiated before the first render:
/// the page then lays out once, ready, instead of once empty, once compiled and once ready.
fn first_state(engine: &EngineCell) -> State {
    let s = State::new(initial());
    let compiled = compile_now(s.code.clone(), &s.settings);
    let s = s.apply(compiled);
    let Some((module, info)) = s.build.as_ref().and_then(|b| Some((b.module.clone()?, b.info.clone()?))) else { return s };
    // Where the browser refuses, use_instantiate does it after the first render.
    match WebEngine::instantiate_now(&module, info.clone(), new_host(&s.bound_constants())) {
        Some(result) => {
            let started = started(result, s.instance_gen, &info, engine);
            s.apply(started)
        }
        None => s,
    }
}

/// Makes a new instance (and runs `_initialize`) whenever the reducer asks for one.
#[hook]
fn use_instantiate(state: &UseReducerHandle<State>, engine: EngineCell) {
    let dispatch = state.dispatcher();
    let build = state.build.clone();
    let constants = state.bound_constants();
    use_effect_with(state.instance_gen, move |&gen| {
        let target = build.and_then(|b| Some((b.module?, b.info?)));
        let made = engine.borrow().as_ref().is_some_and(|(g, _)| *g == gen);
        if let (true, false, Some((module, info))) = (gen > 0, made, target) {
            engine.borrow_mut().take();
            wasm_bindgen_futures::spawn_local(async move {
                let result = WebEngine::instantiate(&module, info.clone(), new_host(&constants)).await;
                dispatch.dispatch(started(result, gen, &info, &engine));
            });
        }
    });
}

/// A host for a new instance, with the constants the user bound to imports.
fn new_host(constants: &[(String, String, host_shim::Val)]) -> Host {
    let mut host = Host::new(Box::new(BrowserPlatform::default()));
    for (m, n, v) in constants {
        host.bind_constant(m, n, *v);
    }
    host
}

/// Runs `_initialize` on a new instance and keeps it as instance `gen`: the reducer's
/// `Instantiated` action.
fn started(result: Result<WebEngine, String>, gen: u64, info: &host_shim::module::ModuleInfo, engine: &EngineCell) -> Action {
    let outcome = match result {
        Ok(mut e) => {
            let outcome = session::initialize(&mut e, info);
            *engine.borrow_mut() = Some((gen, e));
            outcome
        }
        Err(m) => Outcome { lines: vec![Line::new(LineKind::Error, format!("error: {m}"))], status: Status::Dead(m), result: None, trace: Vec::new() },
    };
    Action::Instantiated { gen, outcome }
}

/// Makes the pending calls once the instance is ready.
#[hook]
fn use_calls(state: &UseReducerHandle<State>, engine: EngineCell) {
    let dispatch = state.dispatcher();
    let pending = state.pending.clone();
    let info = state.info().cloned();
    let ready = state.instance == Instance::Ready;
    use_effect_with((state.call_req, state.instance_gen, ready), move |&(_, gen, ready)| {
        if !ready || pending.is_empty() {
            return;
        }
        let mut cell = engine.borrow_mut();
        let (Some((g, e)), Some(info)) = (cell.as_mut(), info) else { return };
        if *g != gen {
            return;
        }
        let mut calls = Vec::new();
        for line in pending {
            let o = session::call(e, &info, &line);
            let dead = matches!(o.status, Status::Dead(_));
            calls.push((line, o));
            if dead {
                break;
            }
        }
        drop(cell);
        dispatch.dispatch(Action::Ran { gen, calls });
    });
}

/// Runs the calls list under `seed` and under `go`, traced, each on its own new instance,
/// when the reducer asks for a comparison.
#[hook]
fn use_compare(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    let code = state.code.clone();
    let budget = state.settings.step_budget;
    let calls = host_shim::calls::call_lines(&state.calls);
    let constants = state.bound_constants();
    use_effect_with(state.compare_req, move |&req| {
        if req == 0 {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let mut runs = Vec::new();
            for schedule in [Schedule::Seed, Schedule::Go] {
                match traced_run(&code, schedule, budget, &constants, &calls).await {
                    Ok(r) => runs.push(r),
                    Err(e) => {
                        dispatch.dispatch(Action::Compared { req, result: Err(e) });
                        return;
                    }
                }
            }
            let go = runs.pop().unwrap_or_default();
            let seed = runs.pop().unwrap_or_default();
            dispatch.dispatch(Action::Compared { req, result: Ok((seed, go)) });
        });
    });
}

/// Compiles `code` with tracing under `schedule` and runs the calls on a new instance.
async fn traced_run(code: &str, schedule: Schedule, step_budget: Option<u64>, constants: &[(String, String, host_shim::Val)], calls: &[String]) -> Result<RunTrace, String> {
    let options = Options { mode: Mode::Reactor, schedule, step_budget, trace: true, names: false };
    let out = compile(&[SourceFile { name: FILE_NAME.into(), text: code.to_string() }], &options);
    let Some(module) = out.module else {
        return Err(format!("The program does not compile ({} error{}); fix it, then compare.", out.diagnostics.len(), if out.diagnostics.len() == 1 { "" } else { "s" }));
    };
    let info = Rc::new(host_shim::module::ModuleInfo::parse(&module).map_err(|e| format!("the compiler produced a module the host cannot read: {e}"))?);
    let mut host = Host::new(Box::new(BrowserPlatform::default()));
    for (m, n, v) in constants {
        host.bind_constant(m, n, *v);
    }
    let mut engine = WebEngine::instantiate(&module, info.clone(), host).await.map_err(|e| format!("{}: {e}", schedule.as_str()))?;
    Ok(session::run_all(&mut engine, &info, calls).into_iter().map(|(line, o)| (line, o.trace)).collect())
}

/// Once the page is ready and idle, parses and checks what a program importing `fmt` shares
/// (most pasted Go does): its first compile then costs what later ones do, not seconds of
/// parsing the standard library. Once per page; `<html data-warm="done">` says it is done.
fn warm_up() {
    thread_local!(static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    browser::when_idle(|| {
        compiler_core::prepare(&["fmt"]);
        browser::mark("warm", "done");
    });
}

/// Keeps the program in localStorage (not in embed mode: embeds show what they link) and
/// applies the theme.
#[hook]
fn use_persist(state: &UseReducerHandle<State>) {
    let snapshot = (state.code.clone(), state.calls.clone(), state.settings.clone(), state.example);
    let embed = state.embed;
    use_effect_with(snapshot, move |(code, calls, settings, example)| {
        if !embed {
            browser::save(code, calls, settings, *example);
        }
    });
    use_effect_with(state.theme, |theme| browser::apply_theme(*theme));
    let ready = state.build.is_some() && state.instance != Instance::Starting;
    use_effect_with(ready, |ready| {
        if *ready {
            browser::mark_ready();
            warm_up();
        }
    });
}
