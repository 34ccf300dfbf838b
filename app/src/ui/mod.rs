//! The page: one reducer ([`State`]), small components, and the effects in `crate::hooks`.

pub mod browser;
mod editor;
mod files;
mod embed;
mod format;
mod ide;
mod inspect;
mod invoke;
mod lesson;
mod run;
mod timeline;
mod toolbar;

use std::rc::Rc;

use compiler_core::Mode;
use web_sys::KeyboardEvent;
use yew::{classes, function_component, html, Callback, Html, Properties, Reducible, UseReducerDispatcher};

use crate::examples;
use crate::hooks;
use crate::share;
use crate::state::{Action, Compare, Init, Panel, State, Theme};

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
    // A share link's texts are inflated by the browser, asynchronously, before the page
    // starts with them.
    wasm_bindgen_futures::spawn_local(async {
        yew::Renderer::<App>::with_props(AppProps { init: initial().await }).render();
    });
}

/// Where the page starts: a share link, else the saved program, else the actor example.
async fn initial() -> Init {
    let (hash, search) = browser::location();
    let embed_options = crate::embed::options(&hash, &search);
    let embed = embed_options.is_some();
    let mut init = match share::decode(&hash).await {
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
    if let Some(o) = embed_options {
        init.embed_output = o.view == crate::embed::View::Output;
        if o.theme != Theme::System {
            init.theme = o.theme;
        }
    } else {
        match crate::lesson::Source::from_fragment(&hash) {
            Ok(source) => init.lesson = source,
            Err(e) => init.notice = Some(format!("This lesson link is broken: {e}.")),
        }
        init.lessons_passed = browser::lessons_passed();
    }
    init
}

#[derive(Properties, PartialEq)]
struct AppProps {
    init: Init,
}

#[function_component]
fn App(p: &AppProps) -> Html {
    let (state, check) = hooks::use_page(|| p.init.clone());
    format::use_apply(state.formatted.clone());

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
    let ready = state.ready();
    let notice = state.notice.clone().map(|n| {
        let d = dispatch.clone();
        html! {
            <div class="notice" role="alert" data-testid="notice">
                <span>{ n }</span>
                <button class="ghost" onclick={move |_| d.dispatch(Action::DismissNotice)} aria-label="Dismiss">{ "×" }</button>
            </div>
        }
    });
    // Several files: the check of the text as typed gets the whole buffer.
    let buffer_check = if state.single() {
        check
    } else {
        let state = state.clone();
        Callback::from(move |text: String| check.emit(state.buffer_with(text)))
    };
    let editor = html! {
        <editor::Editor code={state.file().text.clone()} diagnostics={state.file_diagnostics()} jump={state.jump} restored={state.restored} mark={state.marked_line()} locked={state.lessons.open.is_some()} dispatch={dispatch.clone()} popups={state.ide.popups.clone()} check={buffer_check} />
    };
    let tabs = html! {
        <files::FileTabs names={state.files.iter().map(|f| f.name.clone()).collect::<Vec<_>>()} tab={state.tab} single={state.single()} embed={state.embed} dispatch={dispatch.clone()} />
    };
    let console = html! { <invoke::Console lines={state.console.clone()} dispatch={dispatch.clone()} /> };
    if state.embed_output {
        return html! {
            <div class="app embed output" data-ready={ready.to_string()}>
                { for notice }
                <section class="card console-card" aria-label="Output">{ console }</section>
            </div>
        };
    }
    if state.embed {
        return html! {
            <div class="app embed" {onkeydown} data-ready={ready.to_string()}>
                <toolbar::EmbedBar shared={state.shared()} status={toolbar::Status::of(&state)} dispatch={dispatch.clone()} />
                { for notice }
                <div class="embed-body">
                    <section class="card editor-card">{ tabs }{ editor }</section>
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
                lessons={lesson::menu(state.lessons.open.as_ref().map(|o| o.source.key()).as_deref(), &state.lessons.passed, &dispatch)}
                dispatch={dispatch.clone()} />
            { for notice }
            <main class={classes!("layout", wide.then_some("wide"))}>
                <div class="col left">
                    if let Some(open) = &state.lessons.open {
                        { lesson::card(open, &dispatch) }
                    }
                    <section class="card editor-card" aria-label="Editor">
                        if state.lessons.open.is_none() { <toolbar::ExampleAbout example={state.example} /> }
                        { tabs }
                        { editor }
                    </section>
                    <editor::Diagnostics diagnostics={state.shown_diagnostics()} dispatch={dispatch.clone()} />
                </div>
                <div class="col right">
                    <inspect::Exports info={state.info().cloned()} dispatch={dispatch.clone()} />
                    <run::ModeSwitch build={state.build.as_ref().map(|b| (b.mode, b.exports))} chosen={state.settings.mode} dispatch={dispatch.clone()} />
                    if state.mode() == Some(Mode::Command) {
                        <run::RunCard stdin={state.stdin.clone()} instance={state.instance.clone()} dispatch={dispatch.clone()} />
                    } else {
                        <invoke::CallForm
                            info={state.info().cloned()}
                            export={state.export.clone()}
                            args={state.args.clone()}
                            arg_errors={state.arg_errors.clone()}
                            instance={state.instance.clone()}
                            calls={state.calls.clone()}
                            dispatch={dispatch.clone()} />
                    }
                    <invoke::Output panel={state.panel} history={state.history.clone()} dispatch={dispatch.clone()} {timeline}>{ console }</invoke::Output>
                    <inspect::Imports info={state.info().cloned()} constants={state.constants.clone()} dispatch={dispatch.clone()} />
                    <inspect::ModulePanel build={state.build.clone()} wat={state.wat.clone()} dispatch={dispatch.clone()} />
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
