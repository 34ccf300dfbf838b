//! Calling exports: the form (one validated input per parameter), the calls list, the
//! console and the call history.

use std::rc::Rc;

use host_shim::module::ModuleInfo;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, InputEvent, SubmitEvent};
use yew::{classes, function_component, html, use_node_ref, Callback, Html, Properties, TargetCast};

use super::Dispatch;
use crate::console::Line;
use crate::state::{Action, CallAction, HistoryEntry, Instance, Panel};

#[derive(Properties, PartialEq)]
pub struct CallFormProps {
    pub info: Option<Rc<ModuleInfo>>,
    pub export: Option<String>,
    pub args: Vec<String>,
    pub arg_errors: Vec<Option<String>>,
    pub instance: Instance,
    pub calls: String,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn CallForm(p: &CallFormProps) -> Html {
    let callable: Vec<String> = p.info.as_ref().map(|i| i.callable().iter().map(|s| s.to_string()).collect()).unwrap_or_default();
    let func = p.info.as_ref().zip(p.export.as_deref()).and_then(|(i, e)| i.export_func(e));
    let d = p.dispatch.clone();
    let on_export = Callback::from(move |e: Event| d.dispatch(Action::Calls(CallAction::SelectExport(e.target_unchecked_into::<HtmlSelectElement>().value()))));
    let d = p.dispatch.clone();
    let on_submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d.dispatch(Action::Calls(CallAction::Call));
    });
    let d = p.dispatch.clone();
    let on_reset = Callback::from(move |_| d.dispatch(Action::Reset));
    let d = p.dispatch.clone();
    let on_calls = Callback::from(move |e: InputEvent| d.dispatch(Action::Calls(CallAction::SetCalls(e.target_unchecked_into::<HtmlTextAreaElement>().value()))));
    let d = p.dispatch.clone();
    let on_run = Callback::from(move |_| d.dispatch(Action::Calls(CallAction::RunCalls)));
    let inputs = func.iter().flat_map(|f| f.params.iter().enumerate()).map(|(i, param)| {
        let d = p.dispatch.clone();
        let oninput = Callback::from(move |e: InputEvent| d.dispatch(Action::Calls(CallAction::SetArg(i, e.target_unchecked_into::<HtmlInputElement>().value()))));
        let err = p.arg_errors.get(i).cloned().flatten();
        let name = if param.name.is_empty() || param.name == "_" { format!("arg {}", i + 1) } else { param.name.clone() };
        let placeholder = match param.kind {
            gowasm_meta::Kind::Bool => "true or false",
            gowasm_meta::Kind::String => "text, sent as is",
            gowasm_meta::Kind::Float32 | gowasm_meta::Kind::Float64 => "e.g. 2.5",
            _ => "e.g. 42",
        };
        html! {
            <label class="arg">
                <span class="arg-name"><code>{ name }</code>{ " " }<code class="ty">{ &param.ty }</code></span>
                <input data-testid={format!("arg-{i}")} value={p.args.get(i).cloned().unwrap_or_default()} {oninput} {placeholder}
                    class={classes!(err.is_some().then_some("invalid"))} aria-invalid={err.is_some().to_string()} spellcheck="false" />
                if let Some(e) = err { <span class="field-error" role="alert">{ e }</span> }
            </label>
        }
    });
    let state = match &p.instance {
        Instance::None => html! { <span class="pill">{ "no instance" }</span> },
        Instance::Starting => html! { <span class="pill">{ "starting…" }</span> },
        Instance::Ready => html! { <span class="pill ok">{ "instance ready" }</span> },
        Instance::Dead(why) => html! { <span class="pill bad" title={why.clone()}>{ "stopped: reset to go on" }</span> },
    };
    let signature = func.as_ref().map(|f| html! { <code class="sig">{ f.go_signature() }</code> });
    html! {
        <section class="card" aria-label="Call an export">
            <h2>{ "Call" }{ state }</h2>
            <form class="call" onsubmit={on_submit}>
                <div class="call-row">
                    <select data-testid="call-export" onchange={on_export} aria-label="Export to call" disabled={callable.is_empty()}>
                        { for callable.iter().map(|n| html! { <option value={n.clone()} selected={p.export.as_deref() == Some(n)}>{ n }</option> }) }
                    </select>
                    { for signature }
                </div>
                <div class="args" data-testid="call-args">{ for inputs }</div>
                <div class="call-row">
                    <button type="submit" class="primary" data-testid="call" disabled={callable.is_empty()}>{ "Call" }</button>
                    <button type="button" data-testid="reset" onclick={on_reset} title="A new instance; _initialize runs again">{ "Reset" }</button>
                </div>
            </form>
            <details class="calls-box">
                <summary>{ "Calls list" }<span class="muted">{ " — one call per line, as in calls.txt" }</span></summary>
                <textarea data-testid="calls" value={p.calls.clone()} oninput={on_calls} rows="5" spellcheck="false" aria-label="Calls list" />
                <button type="button" data-testid="run-calls" onclick={on_run}>{ "Run all" }</button>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub panel: Panel,
    pub history: Vec<HistoryEntry>,
    pub dispatch: Dispatch,
    pub children: Html,
    /// The Timeline tab's content.
    pub timeline: Html,
}

/// The console, the call history and the timeline, as tabs.
#[function_component]
pub fn Output(p: &OutputProps) -> Html {
    let tab = |panel: Panel, label: &str| {
        let d = p.dispatch.clone();
        let selected = p.panel == panel;
        html! {
            <button role="tab" aria-selected={selected.to_string()} class={classes!("tab", selected.then_some("on"))} data-testid={format!("tab-{}", label.split(' ').next().unwrap_or("").to_lowercase())}
                onclick={move |_| d.dispatch(Action::SetPanel(panel))}>{ label.to_string() }</button>
        }
    };
    let history = p.history.iter().rev().map(|h| {
        let (d, line) = (p.dispatch.clone(), h.line.clone());
        html! {
            <li class={classes!((!h.ok).then_some("bad"))}>
                <code>{ &h.line }</code>
                <span class="result">{ h.result.as_ref().map_or(if h.ok { "✓" } else { "failed" }.to_string(), |r| format!("= {r}")) }</span>
                <button class="link" onclick={move |_| d.dispatch(Action::Calls(CallAction::CallLine(line.clone())))} title="Call again">{ "again" }</button>
            </li>
        }
    });
    html! {
        <section class="card output" aria-label="Output">
            <div role="tablist" class="tabs">
                { tab(Panel::Console, "Console") }
                { tab(Panel::History, &format!("History ({})", p.history.len())) }
                { tab(Panel::Timeline, "Timeline") }
            </div>
            if p.panel == Panel::Console { { p.children.clone() } }
            else if p.panel == Panel::History { <ol class="history" data-testid="history">{ for history }</ol> }
            else { { p.timeline.clone() } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lines: Vec<Line>,
    pub dispatch: Dispatch,
}

/// Guest output (stdout and stderr told apart), reported import calls, call transcripts,
/// panics; it follows new output.
#[function_component]
pub fn Console(p: &ConsoleProps) -> Html {
    let node = use_node_ref();
    crate::hooks::use_follow(node.clone(), p.lines.len());
    let d = p.dispatch.clone();
    html! {
        <div class="console-wrap">
            <div class="console" data-testid="console" ref={node} role="log" aria-live="polite" tabindex="0">
                { for p.lines.iter().map(|l| html! { <div class={classes!("line", l.kind.as_str())} data-kind={l.kind.as_str()}>{ &l.text }</div> }) }
            </div>
            <div class="console-bar">
                <span class="legend"><span class="k stdout">{ "stdout" }</span><span class="k stderr">{ "stderr" }</span><span class="k import">{ "import" }</span><span class="k panic">{ "panic" }</span></span>
                <button class="ghost" onclick={move |_| d.dispatch(Action::ClearConsole)} data-testid="clear-console">{ "Clear" }</button>
            </div>
        </div>
    }
}
