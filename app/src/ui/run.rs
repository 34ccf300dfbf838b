//! Running `main`: the mode a program with exports is built in, and a command's standard
//! input and run button.

use compiler_core::Mode;
use web_sys::{Event, HtmlSelectElement, HtmlTextAreaElement, InputEvent};
use yew::{function_component, html, Callback, Html, Properties, TargetCast};

use super::Dispatch;
use crate::program::{mode_str, parse_mode};
use crate::state::{Action, Instance, SettingsAction};

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    /// The last build's mode and whether its program has exports.
    pub build: Option<(Mode, bool)>,
    /// The mode the user chose for programs with exports.
    pub chosen: Mode,
    pub dispatch: Dispatch,
}

/// For a program with both `main` and exports: build it as a reactor (the host calls the
/// exports; `main` does not run) or as a command (`_start` runs `main`), as gc can.
#[function_component]
pub fn ModeSwitch(p: &ModeSwitchProps) -> Html {
    let Some((built, true)) = p.build else { return Html::default() };
    let d = p.dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(m) = parse_mode(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
            d.dispatch(Action::Settings(SettingsAction::SetMode(m)));
        }
    });
    let about = match built {
        Mode::Reactor => "a reactor (-buildmode=c-shared): _initialize, then the host calls exports; main does not run",
        Mode::Command => "a command: _start runs main; exports cannot be called after it exits",
    };
    html! {
        <section class="card mode-card" aria-label="Build mode">
            <label class="field">
                <span>{ "Build as" }</span>
                <select data-testid="mode" {onchange} data-built={mode_str(built)}>
                    { for [Mode::Reactor, Mode::Command].into_iter().map(|m| html! { <option value={mode_str(m)} selected={p.chosen == m}>{ mode_str(m) }</option> }) }
                </select>
            </label>
            <span class="muted">{ " " }{ about }</span>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RunCardProps {
    pub stdin: String,
    pub instance: Instance,
    pub dispatch: Dispatch,
}

/// A command's run: its standard input, and a button that runs `main` again on a new instance.
#[function_component]
pub fn RunCard(p: &RunCardProps) -> Html {
    let d = p.dispatch.clone();
    let on_stdin = Callback::from(move |e: InputEvent| d.dispatch(Action::SetStdin(e.target_unchecked_into::<HtmlTextAreaElement>().value())));
    let d = p.dispatch.clone();
    let on_run = Callback::from(move |_| d.dispatch(Action::Reset));
    let state = match &p.instance {
        Instance::None => html! { <span class="pill">{ "not run" }</span> },
        Instance::Starting | Instance::Ready => html! { <span class="pill">{ "running…" }</span> },
        Instance::Dead(why) => html! { <span class="pill ok" title={why.clone()}>{ "exited" }</span> },
    };
    html! {
        <section class="card" aria-label="Run main">
            <h2>{ "Run main" }{ state }</h2>
            <label class="stdin">
                <span>{ "Standard input (os.Stdin), read by the next run" }</span>
                <textarea data-testid="stdin" value={p.stdin.clone()} oninput={on_stdin} rows="4" spellcheck="false" placeholder="empty: the first read gets io.EOF" />
            </label>
            <div class="call-row">
                <button type="button" class="primary" data-testid="run-again" onclick={on_run} title="A new instance runs main with this input (Compile does too)">{ "Run again" }</button>
            </div>
        </section>
    }
}
