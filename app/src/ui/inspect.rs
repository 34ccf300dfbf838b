//! What the module declares: exports (Go and Wasm signatures, source lines), imports and how
//! the host serves each (with constants to bind), section sizes, the WAT (printed by the
//! worker), a download.

use std::rc::Rc;

use host_shim::module::{ExternKind, ModuleInfo};
use host_shim::{Host, Served};
use web_sys::{Event, HtmlInputElement, InputEvent};
use yew::{classes, function_component, html, use_effect_with, use_state_eq, Callback, Html, Properties, TargetCast};

use super::{browser, Dispatch};
use crate::state::{Action, Build, CallAction, FileAction, PrintAction, FILE_NAME};

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub info: Option<Rc<ModuleInfo>>,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Exports(p: &ExportsProps) -> Html {
    let Some(info) = &p.info else {
        return html! {
            <section class="card" aria-label="Exports">
                <h2>{ "Exports" }</h2>
                <table data-testid="exports" class="grid"><tbody /></table>
                <p class="muted">{ "Compile a program without errors to see what it exports." }</p>
            </section>
        };
    };
    // Go's exports first, in source order; then what the toolchain adds.
    let mut exports: Vec<_> = info.exports.iter().collect();
    exports.sort_by_key(|e| match (&e.kind, info.meta.as_ref().and_then(|m| m.export(&e.name))) {
        (ExternKind::Func(_), Some(f)) => (0, f.pos.line),
        (ExternKind::Func(_), None) => (1, 0),
        _ => (2, 0),
    });
    let rows = exports.into_iter().map(|e| {
        let meta = info.meta.as_ref().and_then(|m| m.export(&e.name));
        let (kind, go, wasm): (&str, Html, String) = match (&e.kind, meta) {
            (ExternKind::Func(sig), Some(f)) => ("go", html! { <code>{ f.go_signature() }</code> }, sig.to_string()),
            (ExternKind::Func(sig), None) => {
                let what = match e.name.as_str() {
                    "_initialize" => "package initialization; the host calls it once, at instantiation",
                    "_start" => "a command's entry point",
                    n if Some(n) == info.alloc() => "the allocator the host uses to pass strings",
                    _ => "a function without a Go signature",
                };
                ("runtime", html! { <span class="muted">{ what }</span> }, sig.to_string())
            }
            (ExternKind::Memory, _) => ("memory", html! { <span class="muted">{ "linear memory, shared with the host" }</span> }, "memory".into()),
            (k, _) => ("other", html! { <span class="muted">{ k.describe() }</span> }, String::new()),
        };
        let source = meta.filter(|f| f.pos.line > 0).map(|f| {
            let file = if f.pos.file.is_empty() { FILE_NAME.to_string() } else { f.pos.file.clone() };
            let (d, label, line, col) = (p.dispatch.clone(), format!("{file}:{}", f.pos.line), f.pos.line, f.pos.col);
            html! { <button class="link" onclick={move |_| d.dispatch(Action::Files(FileAction::Open { file: file.clone(), line, col }))} title="Show in the editor">{ label }</button> }
        });
        let name = if kind == "go" {
            let (d, n) = (p.dispatch.clone(), e.name.clone());
            html! { <button class="link name" onclick={move |_| d.dispatch(Action::Calls(CallAction::SelectExport(n.clone())))} title="Call it">{ &e.name }</button> }
        } else {
            html! { <span class="name">{ &e.name }</span> }
        };
        html! {
            <tr data-testid="export-row" data-name={e.name.clone()} data-kind={kind}>
                <td>{ name }</td><td>{ go }</td><td><code class="wasm">{ wasm }</code></td><td>{ for source }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-label="Exports">
            <h2>{ "Exports" }</h2>
            <div class="scroll-x">
                <table data-testid="exports" class="grid">
                    <thead><tr><th>{ "export" }</th><th>{ "Go signature" }</th><th>{ "Wasm" }</th><th>{ "source" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportsProps {
    pub info: Option<Rc<ModuleInfo>>,
    pub constants: Vec<(String, String, String, Option<String>)>,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Imports(p: &ImportsProps) -> Html {
    let Some(info) = &p.info else {
        return html! { <section class="card" aria-label="Imports"><h2>{ "Imports" }</h2><table data-testid="imports" class="grid"><tbody /></table></section> };
    };
    // How a fresh host serves each import: the table shows the host's own answer.
    let host = Host::default();
    let rows = info.imports.iter().map(|imp| {
        let meta = info.meta.as_ref().and_then(|m| m.import(&imp.module, &imp.name));
        let sig = match &imp.kind {
            ExternKind::Func(s) => s.to_string(),
            k => k.describe().to_string(),
        };
        let served = host.served(&imp.module, &imp.name);
        let bindable = matches!(served, Served::Stub) && meta.is_some_and(|f| f.result.is_some());
        let how = match served {
            Served::Wasi => "WASI".to_string(),
            Served::HostModule => "host module: prints the value".to_string(),
            Served::WasiUnsupported => "WASI, unsupported: returns ENOSYS".to_string(),
            Served::Stub | Served::Constant(_) => "stub: reported on the console".to_string(),
            Served::Trace => "trace events (timeline)".to_string(),
        };
        let constant = bindable.then(|| {
            let entry = p.constants.iter().find(|c| c.0 == imp.module && c.1 == imp.name);
            let (text, err) = entry.map_or((String::new(), None), |c| (c.2.clone(), c.3.clone()));
            let (d, m, n) = (p.dispatch.clone(), imp.module.clone(), imp.name.clone());
            let oninput = Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                d.dispatch(Action::Calls(CallAction::TypeConstant { module: m.clone(), name: n.clone(), text }));
            });
            let (d, m, n) = (p.dispatch.clone(), imp.module.clone(), imp.name.clone());
            let onchange = Callback::from(move |e: Event| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                d.dispatch(Action::Calls(CallAction::SetConstant { module: m.clone(), name: n.clone(), text }));
            });
            html! {
                <div class="constant">
                    <input value={text} placeholder="returns 0" {oninput} {onchange} data-testid="import-constant" data-name={format!("{}.{}", imp.module, imp.name)}
                        aria-label={format!("constant {}.{} returns", imp.module, imp.name)} class={classes!(err.is_some().then_some("invalid"))} />
                    if let Some(e) = err { <div class="field-error">{ e }</div> }
                </div>
            }
        });
        html! {
            <tr data-testid="import-row" data-name={format!("{}.{}", imp.module, imp.name)}>
                <td><code>{ &imp.module }</code></td>
                <td><code>{ &imp.name }</code></td>
                <td>
                    if let Some(f) = meta { <code>{ f.go_signature() }</code><br /> }
                    <code class="wasm">{ sig }</code>
                </td>
                <td>{ how }{ for constant }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-label="Imports">
            <h2>{ "Imports" }</h2>
            <div class="scroll-x">
                <table data-testid="imports" class="grid">
                    <thead><tr><th>{ "module" }</th><th>{ "name" }</th><th>{ "signature" }</th><th>{ "served by the host shim as" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if info.imports.is_empty() { <p class="muted">{ "The module imports nothing." }</p> }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ModuleProps {
    pub build: Option<Build>,
    /// The module's WAT, once the worker printed it.
    pub wat: Option<Rc<str>>,
    pub dispatch: Dispatch,
}

/// Section sizes, the WAT (printed by the worker) and a download of the module. The WAT is
/// printed only while its box is open (or on copy): for most compiles nobody reads it, and
/// printing and laying out thousands of lines would cost more than the compile itself.
#[function_component]
pub fn ModulePanel(p: &ModuleProps) -> Html {
    let module = p.build.as_ref().and_then(|b| b.module.clone());
    // Copy WAT before it is printed copies it when it arrives.
    let copy_waiting = use_state_eq(|| false);
    {
        let waiting = copy_waiting.clone();
        use_effect_with(p.wat.clone(), move |wat| {
            if let (true, Some(w)) = (*waiting, wat) {
                browser::copy_text(w);
                waiting.set(false);
            }
        });
    }
    let (Some(module), Some(info)) = (module, p.build.as_ref().and_then(|b| b.info.clone())) else {
        return html! { <section class="card" aria-label="Module"><h2>{ "Module" }</h2><pre data-testid="wat" class="wat" /></section> };
    };
    let sections = info.sections.iter().map(|s| html! { <tr><td>{ &s.name }</td><td class="num">{ s.size }</td></tr> });
    let download = {
        let m = module.clone();
        Callback::from(move |_| browser::download("main.wasm", &m, "application/wasm"))
    };
    let copy = {
        let (w, d, waiting) = (p.wat.clone(), p.dispatch.clone(), copy_waiting.clone());
        Callback::from(move |_| match &w {
            Some(w) => browser::copy_text(w),
            None => {
                waiting.set(true);
                d.dispatch(Action::Print(PrintAction::WantWat));
            }
        })
    };
    let ontoggle = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| d.dispatch(Action::Print(PrintAction::WatOpen(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))))
    };
    html! {
        <section class="card" aria-label="Module">
            <h2>{ "Module" }<span class="count">{ format!("{} bytes", module.len()) }</span></h2>
            <div class="row">
                <table class="grid sections"><thead><tr><th>{ "section" }</th><th class="num">{ "bytes" }</th></tr></thead><tbody>{ for sections }</tbody></table>
                <div class="actions">
                    <button onclick={download} data-testid="download">{ "Download .wasm" }</button>
                    <button onclick={copy} data-testid="copy-wat">{ "Copy WAT" }</button>
                </div>
            </div>
            <details class="wat-box" {ontoggle} data-testid="wat-box">
                <summary>{ "WAT (text format)" }</summary>
                <pre data-testid="wat" class="wat">{ p.wat.as_deref().unwrap_or("") }</pre>
            </details>
        </section>
    }
}
