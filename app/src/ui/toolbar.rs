//! The header: examples, compile, settings, share and embed, theme; and the embed mode's bar.

use compiler_core::Schedule;
use web_sys::{Event, FocusEvent, HtmlInputElement, HtmlSelectElement, InputEvent};
use yew::{classes, function_component, html, use_state, Callback, Html, Properties, TargetCast};

use super::{browser, format, Dispatch};
use crate::hooks::use_link;
use crate::examples::{self, EXAMPLES};
use crate::share::{self, Shared};
use crate::state::{tenths, Action, Instance, Settings, SettingsAction, State, Theme};

/// What the status line says about the last compile.
#[derive(Clone, PartialEq)]
pub struct Status {
    pub compiled: bool,
    pub ms: f64,
    pub size: Option<usize>,
    pub errors: usize,
    pub stale: bool,
    pub instance: Instance,
    /// Something runs in the worker: Stop is enabled.
    pub running: bool,
}

impl Status {
    pub fn of(s: &State) -> Status {
        let b = s.build.as_ref();
        Status {
            compiled: b.is_some() && s.compiled_req >= s.compile_req,
            ms: b.map_or(0.0, |b| b.compile_ms),
            size: b.and_then(|b| b.module.as_ref().map(|m| m.len())),
            errors: b.map_or(0, |b| b.diagnostics.len()),
            stale: s.stale,
            instance: s.instance.clone(),
            running: s.running(),
        }
    }

    fn view(&self) -> Html {
        let text = match (self.compiled, self.size) {
            (false, _) => "compiling…".to_string(),
            (true, Some(size)) => format!("{} ms · {size} B", tenths(self.ms)),
            (true, None) => format!("{} error{}", self.errors, if self.errors == 1 { "" } else { "s" }),
        };
        let class = classes!("status", (self.errors > 0).then_some("bad"), self.stale.then_some("stale"));
        let title = if self.stale { "edited since the last compile" } else { "compile time and module size" };
        html! { <span {class} {title} data-testid="build-status">{ text }{ if self.stale { " · edited" } else { "" } }</span> }
    }

    /// Stop: ends what runs (compile, `main`, calls) by replacing the worker.
    fn stop(&self, dispatch: &Dispatch) -> Html {
        let d = dispatch.clone();
        html! {
            <button data-testid="stop" class="stop" disabled={!self.running} onclick={move |_| d.dispatch(Action::Stop)}
                title="End the running program now (the worker that runs it is replaced)">{ "Stop" }</button>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub example: Option<&'static str>,
    pub settings: Settings,
    pub budget_text: String,
    pub budget_error: Option<String>,
    pub theme: Theme,
    pub shared: Shared,
    pub status: Status,
    pub dispatch: Dispatch,
    /// The lessons menu.
    #[prop_or_default]
    pub lessons: Html,
}

#[function_component]
pub fn Toolbar(p: &ToolbarProps) -> Html {
    // The share link or iframe snippet on show, if any: (title, text).
    let popup = use_state(|| None::<(&'static str, String)>);
    // The Embed dialog is open, with these options.
    let embedding = use_state(|| false);
    let embed_options = use_state(crate::embed::Options::default);
    // The program's share fragment while the Embed dialog is open.
    let embed_link = use_link(embedding.then(|| p.shared.clone()));
    let d = p.dispatch.clone();
    let on_example = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some(ex) = examples::find(&v) {
            d.dispatch(Action::LoadExample(ex.name));
        }
    });
    let d = p.dispatch.clone();
    let on_schedule = Callback::from(move |e: Event| {
        if let Some(s) = Schedule::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
            d.dispatch(Action::Settings(SettingsAction::SetSchedule(s)));
        }
    });
    let d = p.dispatch.clone();
    let on_budget = Callback::from(move |e: Event| d.dispatch(Action::Settings(SettingsAction::SetBudget(e.target_unchecked_into::<HtmlInputElement>().value()))));
    let d = p.dispatch.clone();
    let on_budget_input = Callback::from(move |e: InputEvent| d.dispatch(Action::Settings(SettingsAction::TypeBudget(e.target_unchecked_into::<HtmlInputElement>().value()))));
    let d = p.dispatch.clone();
    let on_compile = Callback::from(move |_| d.dispatch(Action::Compile));
    let d = p.dispatch.clone();
    let on_format = Callback::from(move |_| format::run(&d));
    let on_share = {
        let (popup, shared, embedding) = (popup.clone(), p.shared.clone(), embedding.clone());
        Callback::from(move |_| {
            embedding.set(false);
            let (popup, shared) = (popup.clone(), shared.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let fragment = share::encode(&shared, false).await;
                browser::set_hash(&fragment);
                let url = format!("{}#{fragment}", browser::page_url());
                browser::copy_text(&url);
                popup.set(Some(("Share link (copied; the address bar has it too)", url)));
            });
        })
    };
    let on_embed = {
        let (popup, embedding) = (popup.clone(), embedding.clone());
        Callback::from(move |_| {
            popup.set(None);
            embedding.set(!*embedding);
        })
    };
    let d = p.dispatch.clone();
    let theme = p.theme;
    let on_theme = Callback::from(move |_| d.dispatch(Action::Settings(SettingsAction::SetTheme(theme.next()))));
    let popup_view = (*popup).clone().map(|(title, text)| {
        let close = {
            let popup = popup.clone();
            Callback::from(move |_| popup.set(None))
        };
        let copy = {
            let text = text.clone();
            Callback::from(move |_| browser::copy_text(&text))
        };
        html! {
            <div class="popup" role="dialog" aria-label={title}>
                <label>{ title }
                    <input readonly=true value={text} data-testid="share-url" onfocus={|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select()} />
                </label>
                <button onclick={copy}>{ "Copy" }</button>
                <button class="ghost" onclick={close} aria-label="Close">{ "×" }</button>
            </div>
        }
    });
    let schedule = p.settings.schedule;
    html! {
        <header class="toolbar">
            <h1 class="brand"><span class="logo" aria-hidden="true">{ "◆" }</span>{ "go:wasmexport playground" }</h1>
            <label class="field">
                <span>{ "Example" }</span>
                <select data-testid="examples" onchange={on_example} aria-label="Examples">
                    <option value="" selected={p.example.is_none()} disabled=true>{ "your program" }</option>
                    { for EXAMPLES.iter().map(|e| html! { <option value={e.name} selected={p.example == Some(e.name)} title={e.about}>{ e.title }</option> }) }
                </select>
            </label>
            { p.lessons.clone() }
            <button class="primary" data-testid="compile" onclick={on_compile} title="Compile (Ctrl+Enter)">{ "Compile" }</button>
            { p.status.stop(&p.dispatch) }
            <button data-testid="format" onclick={on_format} title="Format as gofmt does (Shift+Alt+F)">{ "Format" }</button>
            { p.status.view() }
            <span class="spacer" />
            <label class="field" title="seed: an export call returns when every goroutine is parked (the proposal). go: it returns when its own goroutine finishes (Go 1.24+).">
                <span>{ "Schedule" }</span>
                <select data-testid="schedule" onchange={on_schedule}>
                    <option value="seed" selected={schedule == Schedule::Seed}>{ "seed" }</option>
                    <option value="go" selected={schedule == Schedule::Go}>{ "go" }</option>
                </select>
            </label>
            <label class="field" title="Loop iterations and calls allowed per export call; empty for no limit (Stop ends a runaway loop).">
                <span>{ "Step budget" }</span>
                <input class={classes!("budget", p.budget_error.is_some().then_some("invalid"))} data-testid="step-budget" inputmode="numeric"
                    value={p.budget_text.clone()} oninput={on_budget_input} onchange={on_budget} placeholder="no limit" aria-invalid={p.budget_error.is_some().to_string()} />
            </label>
            if let Some(e) = &p.budget_error { <span class="field-error" role="alert">{ e }</span> }
            <button data-testid="share" onclick={on_share} title="A link with the code and settings in its fragment">{ "Share" }</button>
            <button data-testid="embed" onclick={on_embed} title="An <iframe> snippet for documentation">{ "Embed" }</button>
            <button class="ghost icon" data-testid="theme" onclick={on_theme} title={format!("Theme: {} (click for {})", p.theme.as_str(), p.theme.next().as_str())}
                aria-label={format!("Theme: {}", p.theme.as_str())}>{ match p.theme { Theme::System => "◐", Theme::Light => "☀", Theme::Dark => "☾" } }</button>
            { for popup_view }
            if let Some(link) = embed_link {
                { super::embed::dialog(&link, embed_options, { let e = embedding.clone(); Callback::from(move |()| e.set(false)) }) }
            }
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub shared: Shared,
    pub status: Status,
    pub dispatch: Dispatch,
}

/// The embed mode's bar: run, status, and a way out to the full playground.
#[function_component]
pub fn EmbedBar(p: &EmbedBarProps) -> Html {
    let d = p.dispatch.clone();
    let href = use_link(Some(p.shared.clone())).map(|link| format!("{}#{link}", browser::page_url()));
    html! {
        <header class="toolbar compact">
            <button class="primary" data-testid="run" onclick={move |_| d.dispatch(Action::RunAll)} title="Compile and make the calls (Ctrl+Enter)">{ "Run" }</button>
            { p.status.stop(&p.dispatch) }
            { p.status.view() }
            <span class="spacer" />
            <a href={href} target="_blank" rel="noopener" data-testid="open-playground">{ "Open in playground ↗" }</a>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub example: Option<&'static str>,
}

/// One sentence on what the loaded example shows.
#[function_component]
pub fn ExampleAbout(p: &AboutProps) -> Html {
    match p.example.and_then(examples::find) {
        Some(e) => html! { <p class="about"><strong>{ e.title }{ ": " }</strong>{ e.about }</p> },
        None => html! { <p class="about muted">{ "Your program (saved in this browser). Pick an example to start over." }</p> },
    }
}
