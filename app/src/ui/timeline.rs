//! The Timeline tab and the side-by-side comparison. The drawing is `timeline::draw`'s SVG,
//! inserted as one string (thousands of events cost no virtual DOM); hover and click are read
//! from the element under the pointer (`data-i`, `data-group`, `data-more`), so one listener
//! serves every event.

use std::rc::Rc;

use compiler_core::Schedule;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent, MouseEvent};
use yew::{classes, function_component, html, use_memo, use_node_ref, use_state, AttrValue, Callback, Html, Properties, TargetCast};

use super::{browser, Dispatch};
use crate::state::{Action, Compare, Comparison, EventRef, SettingsAction, Side, TimelineAction, TimelineUi, SHOWN_CALLS};
use crate::timeline::{self, Drawing, Marks, Timeline};

/// An `Rc` compared by pointer: props stay cheap to compare however long the trace is.
#[derive(Clone)]
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub timeline: Shared<Timeline>,
    pub ui: TimelineUi,
    /// The tracing setting, and whether the current build has tracing.
    pub trace: bool,
    pub traced: bool,
    pub schedule: Schedule,
    pub size: Option<usize>,
    pub comparing: bool,
    pub dispatch: Dispatch,
}

/// The Timeline tab: controls, the details line, and the current instance's timeline.
#[function_component]
pub fn TimelinePanel(p: &PanelProps) -> Html {
    let hover = use_state(|| None::<EventRef>);
    let d = p.dispatch.clone();
    let ontrace = Callback::from(move |e: Event| d.dispatch(Action::Settings(SettingsAction::SetTrace(e.target_unchecked_into::<HtmlInputElement>().checked()))));
    let d = p.dispatch.clone();
    let trace_calls = Callback::from(move |_| d.dispatch(Action::TraceCalls));
    let d = p.dispatch.clone();
    let compare = Callback::from(move |_| d.dispatch(Action::Timeline(TimelineAction::Compare)));
    let d = p.dispatch.clone();
    let clear = Callback::from(move |_| d.dispatch(Action::Timeline(TimelineAction::ClearTimeline)));
    let d = p.dispatch.clone();
    let older = Callback::from(move |_| d.dispatch(Action::Timeline(TimelineAction::OlderCalls)));

    // Follow new calls, as the console follows new output.
    let scroller = use_node_ref();
    crate::hooks::use_follow(scroller.clone(), p.timeline.clone());
    let tl = p.timeline.0.clone();
    let drawing = {
        let tl = p.timeline.clone();
        use_memo((tl, p.ui.clone()), |(tl, ui)| {
            let shown = ui.shown(Side::Main, &tl.0, None);
            timeline::draw(&tl.0, Side::Main.as_str(), &shown, &Marks { selected: ui.selected_on(Side::Main), diverge: None }, false)
        })
    };
    let schedule = p.schedule.as_str();
    let exports = {
        let (tl, drawing) = (tl.clone(), drawing.clone());
        let svg = Callback::from(move |_| browser::download(&format!("timeline-{schedule}.svg"), drawing.standalone().as_bytes(), "image/svg+xml"));
        let json = Callback::from(move |_| browser::download(&format!("timeline-{schedule}.json"), tl.to_json(schedule).as_bytes(), "application/json"));
        html! {
            <>
                <button onclick={svg} data-testid="export-svg" title="Download the drawing as an SVG file">{ "SVG" }</button>
                <button onclick={json} data-testid="export-json" title="Download every event as JSON">{ "JSON" }</button>
            </>
        }
    };
    let on_hover = {
        let hover = hover.clone();
        Callback::from(move |r| hover.set(r))
    };
    let shown_from = tl.groups.len().saturating_sub(p.ui.shown);
    let body = if !p.traced {
        html! {
            <div class="tl-empty" data-testid="timeline-off">
                <p>{ "Tracing is off, so the module carries no tracing code. With tracing on, the runtime reports every goroutine created, parked, woken and finished, every output line and import call; the timeline draws them per export call." }</p>
                if !p.trace {
                    <p>{ "Trace the calls list: compile with tracing, start a new instance and make every call." }</p>
                } else {
                    <p>{ "Tracing is on: the next compile carries it." }</p>
                }
            </div>
        }
    } else if tl.is_empty() {
        html! { <div class="tl-empty"><p>{ "Traced. Make a call: its events appear here, grouped per export call." }</p></div> }
    } else {
        html! {
            <>
                <Details timeline={p.timeline.clone()} shown={hover.or(p.ui.selected.filter(|e| e.side == Side::Main))} />
                if shown_from > 0 || tl.dropped > 0 {
                    <div class="tl-older">
                        if shown_from > 0 {
                            <button class="link" onclick={older}>{ format!("show {} older call{}", shown_from.min(SHOWN_CALLS), if shown_from == 1 { "" } else { "s" }) }</button>
                        }
                        if tl.dropped > 0 { <span>{ format!("{} oldest calls dropped to stay light", tl.dropped) }</span> }
                    </div>
                }
                <div class="tl-scroll" data-testid="timeline" data-side="main" ref={scroller}>
                    <Drawn side={Side::Main} drawing={Shared(drawing.clone())} dispatch={p.dispatch.clone()} {on_hover} />
                </div>
            </>
        }
    };
    html! {
        <div class="tl-panel">
            <div class="tl-bar">
                <label class="check" title="Compile with trace events (a few hundred bytes of runtime hooks)">
                    <input type="checkbox" data-testid="trace" checked={p.trace} onchange={ontrace} />{ " Trace" }
                </label>
                <button class="primary" onclick={trace_calls} data-testid="trace-calls" title="Compile with tracing, start a new instance and make every call of the calls list">{ "Trace the calls list" }</button>
                <button onclick={compare} data-testid="compare" disabled={p.comparing} title="Run the calls list under seed and under go on two new instances, side by side">{ "Compare seed and go" }</button>
                <span class="spacer" />
                if p.traced && !tl.is_empty() {
                    <span class="tl-export">{ "Export " }{ exports }</span>
                    <button class="ghost" onclick={clear} data-testid="clear-timeline">{ "Clear" }</button>
                }
            </div>
            <Legend>
                if p.traced {
                    <span class="tl-meta">{ format!("{} events · {} calls{}", tl.len(), tl.groups.len(), p.size.map(|s| format!(" · module {s} bytes with tracing")).unwrap_or_default()) }</span>
                }
            </Legend>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub compare: Compare,
    pub ui: TimelineUi,
    pub dispatch: Dispatch,
}

/// The side-by-side comparison: the calls list under `seed` and under `go`, calls aligned row
/// by row, the first difference marked on both.
#[function_component]
pub fn CompareView(p: &CompareProps) -> Html {
    let hover = use_state(|| None::<EventRef>);
    let d = p.dispatch.clone();
    let close = Callback::from(move |_| d.dispatch(Action::Timeline(TimelineAction::CloseCompare)));
    let d = p.dispatch.clone();
    let rerun = Callback::from(move |_| d.dispatch(Action::Timeline(TimelineAction::Compare)));
    let done = match &p.compare {
        Compare::Done(c) => Some(c.clone()),
        _ => None,
    };
    let drawings = use_memo((done.clone().map(Shared), p.ui.clone()), |(c, ui)| c.as_ref().map(|c| Rc::new(draw_pair(&c.0, ui))));
    // A new result: show the section and scroll its drawings to the first difference.
    let (section, scroller) = (use_node_ref(), use_node_ref());
    crate::hooks::use_reveal_divergence(section.clone(), scroller.clone(), done.clone().map(Shared));
    let header = html! {
        <header class="cmp-head">
            <h2>{ "seed and go, side by side" }</h2>
            <span class="about">{ "The calls list on two new instances, traced: " }<strong>{ "seed" }</strong>{ " (the proposal) returns when every goroutine is parked; " }<strong>{ "go" }</strong>{ " (Go 1.24) returns when the call's own goroutine finishes." }</span>
            <button onclick={rerun} disabled={p.compare == Compare::Running}>{ "Run again" }</button>
            <button class="ghost" onclick={close} aria-label="Close the comparison">{ "×" }</button>
        </header>
    };
    let body = match (&p.compare, done, (*drawings).clone()) {
        (Compare::Running, ..) => html! { <p class="about">{ "Compiling and running under both models…" }</p> },
        (Compare::Failed(e), ..) => html! { <p class="cmp-fail" role="alert">{ e.clone() }</p> },
        (_, Some(c), Some(pair)) => {
            let summary = match &c.diverge {
                Some(dv) => {
                    let call = c.seed.groups.get(dv.group).or(c.go.groups.get(dv.group)).map_or(String::new(), |g| g.line.clone());
                    let sched = dv.schedule_group.filter(|&s| s < dv.group).and_then(|s| c.seed.groups.get(s)).map(|g| format!(" Scheduling already differs from call #{} ({}) on.", g.seq, g.line)).unwrap_or_default();
                    html! { <p class="cmp-sum bad" data-testid="diverge-summary"><strong>{ format!("First different result: call #{} {call}", dv.group + 1) }</strong>{ format!(" — seed: {}, go: {}.{sched}", dv.seed, dv.go) }</p> }
                }
                None => html! { <p class="cmp-sum ok" data-testid="diverge-summary">{ "Every call ends alike under both models." }</p> },
            };
            let on_hover = {
                let hover = hover.clone();
                Callback::from(move |r| hover.set(r))
            };
            let side = |s: Side, tl: &Rc<Comparison>, drawing: &Rc<Drawing>| {
                let t = if s == Side::Seed { &tl.seed } else { &tl.go };
                let name = s.as_str();
                let (svg, json) = {
                    let drawing = drawing.clone();
                    let json = t.to_json(name);
                    (
                        Callback::from(move |_| browser::download(&format!("timeline-{name}.svg"), drawing.standalone().as_bytes(), "image/svg+xml")),
                        Callback::from(move |_| browser::download(&format!("timeline-{name}.json"), json.as_bytes(), "application/json")),
                    )
                };
                html! {
                    <div class={classes!("cmp-side", name)} data-testid="timeline" data-side={name}>
                        <div class="cmp-title">
                            <strong>{ name }</strong>
                            <span class="tl-meta">{ format!("{} events", t.len()) }</span>
                            <span class="tl-export">{ "Export " }<button onclick={svg}>{ "SVG" }</button><button onclick={json}>{ "JSON" }</button></span>
                        </div>
                        <Drawn side={s} drawing={Shared(drawing.clone())} dispatch={p.dispatch.clone()} on_hover={on_hover.clone()} />
                    </div>
                }
            };
            let hovered = hover.or(p.ui.selected.filter(|e| e.side != Side::Main));
            let details_tl = match hovered.map(|h| h.side) {
                Some(Side::Go) => c.go.clone(),
                _ => c.seed.clone(),
            };
            html! {
                <>
                    { summary }
                    <Details timeline={Shared(details_tl)} shown={hovered} />
                    <div class="tl-scroll cmp-scroll" ref={scroller}>
                        <div class="cmp-sides">
                            { side(Side::Seed, &c, &pair.0) }
                            { side(Side::Go, &c, &pair.1) }
                        </div>
                    </div>
                </>
            }
        }
        _ => html! {},
    };
    html! {
        <section class="card compare" data-testid="side-by-side" aria-label="seed and go side by side" ref={section}>
            { header }
            <Legend />
            { body }
        </section>
    }
}

/// Both sides drawn with their calls aligned: each call as tall as its taller side.
fn draw_pair(c: &Comparison, ui: &TimelineUi) -> (Rc<Drawing>, Rc<Drawing>) {
    let open = c.diverge.as_ref().map(|d| d.group);
    let mut seed = ui.shown(Side::Seed, &c.seed, open);
    let mut go = ui.shown(Side::Go, &c.go, open);
    // Line up by call index from the start (both ran the same list).
    let (ns, ng) = (c.seed.groups.len() - seed.len(), c.go.groups.len() - go.len());
    for (i, s) in seed.iter_mut().enumerate() {
        if let Some(g) = (i + ns).checked_sub(ng).and_then(|j| go.get_mut(j)) {
            let h = timeline::group_height(s).max(timeline::group_height(g));
            s.min_height = h;
            g.min_height = h;
        }
    }
    let mark = |tl: &Timeline, event: Option<usize>, text: String| {
        let d = c.diverge.as_ref()?;
        Some((tl.groups.get(d.group)?.seq, event?, text))
    };
    let dv = c.diverge.as_ref();
    let seed_marks = Marks { selected: ui.selected_on(Side::Seed), diverge: mark(&c.seed, dv.map(|d| d.seed_event), dv.map_or(String::new(), |d| format!("≠ go: {}", d.go))) };
    let go_marks = Marks { selected: ui.selected_on(Side::Go), diverge: mark(&c.go, dv.map(|d| d.go_event), dv.map_or(String::new(), |d| format!("≠ seed: {}", d.seed))) };
    (Rc::new(timeline::draw(&c.seed, "seed", &seed, &seed_marks, true)), Rc::new(timeline::draw(&c.go, "go", &go, &go_marks, true)))
}

#[derive(Properties, PartialEq)]
struct DrawnProps {
    side: Side,
    drawing: Shared<Drawing>,
    dispatch: Dispatch,
    on_hover: Callback<Option<EventRef>>,
}

/// The drawing itself: the lane header stays in view while the body scrolls under it.
#[function_component]
fn Drawn(p: &DrawnProps) -> Html {
    let head = use_memo(p.drawing.clone(), |d| Html::from_html_unchecked(AttrValue::from(d.0.head.clone())));
    let body = use_memo(p.drawing.clone(), |d| Html::from_html_unchecked(AttrValue::from(d.0.body.clone())));
    let onmouseover = {
        let cb = p.on_hover.clone();
        Callback::from(move |e: MouseEvent| cb.emit(closest(&e, "data-i").and_then(|v| EventRef::parse(&v))))
    };
    let onmouseleave = {
        let cb = p.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let act = {
        let (d, side) = (p.dispatch.clone(), p.side);
        move |e: &Event| {
            if let Some(r) = closest(e, "data-i").and_then(|v| EventRef::parse(&v)) {
                d.dispatch(Action::Timeline(TimelineAction::SelectEvent(r)));
            } else if let Some(seq) = closest(e, "data-group").and_then(|v| v.parse().ok()) {
                d.dispatch(Action::Timeline(TimelineAction::ToggleCall(side, seq)));
            } else if let Some(seq) = closest(e, "data-more").and_then(|v| v.parse().ok()) {
                d.dispatch(Action::Timeline(TimelineAction::MoreEvents(side, seq)));
            }
        }
    };
    let onclick = {
        let act = act.clone();
        Callback::from(move |e: MouseEvent| act(&e))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            act(&e);
        }
    });
    html! {
        <div class="tl-drawing" data-side={p.side.as_str()} {onmouseover} {onmouseleave} {onclick} {onkeydown}>
            <div class="tl-headwrap">{ (*head).clone() }</div>
            <div class="tl-bodywrap">{ (*body).clone() }</div>
        </div>
    }
}

/// The value of `attr` on the event target or its nearest ancestor that has it.
fn closest(e: &Event, attr: &str) -> Option<String> {
    let el: Element = e.target()?.dyn_into().ok()?;
    el.closest(&format!("[{attr}]")).ok()??.get_attribute(attr)
}

#[derive(Properties, PartialEq)]
struct DetailsProps {
    timeline: Shared<Timeline>,
    /// The hovered event, else the selected one, on `timeline`.
    shown: Option<EventRef>,
}

/// The details line of an event, or a hint.
#[function_component]
fn Details(p: &DetailsProps) -> Html {
    let text = p.shown.and_then(|r| p.timeline.0.details(r.group, r.index).map(|t| if r.side == Side::Main { t } else { format!("{}: {t}", r.side.as_str()) }));
    html! {
        <div class={classes!("tl-details", text.is_none().then_some("hint"))} data-testid="timeline-details" aria-live="polite">
            { text.unwrap_or_else(|| "Hover an event for its details; click it to mark its line in the editor. Click a call's header to open or close it.".into()) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    #[prop_or_default]
    children: Html,
}

/// What the markers mean; children go at the end of the line.
#[function_component]
fn Legend(p: &LegendProps) -> Html {
    let item = |class: &str, label: &str| html! { <span class={classes!("lg", format!("lg-{class}"))}><i aria-hidden="true"></i>{ label.to_string() }</span> };
    html! {
        <div class="tl-legend" aria-label="Legend">
            { item("call", "export call / return") }
            { item("create", "created →") }
            { item("run", "runs") }
            { item("park", "parks") }
            { item("ready", "woken →") }
            { item("exit", "finishes") }
            { item("output", "output") }
            { item("import", "import") }
            { item("panic", "panic / fatal") }
            { p.children.clone() }
        </div>
    }
}
