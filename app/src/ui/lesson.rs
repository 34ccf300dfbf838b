//! The lesson view: the lessons menu, the lesson card (instructions, hints revealed one by
//! one, Check and its verdict) and the marks over the editor's read-only lines.

use web_sys::{Event, HtmlSelectElement};
use yew::{classes, html, Callback, Html, NodeRef, TargetCast};

use super::Dispatch;
use crate::lesson::course::COURSE;
use crate::lesson::markdown::{Block, Inline};
use crate::lesson::{regions, Source};
use crate::state::{Action, LessonAction, Open, Verdict};

// Plain functions rather than components: each component costs the page its own copy of
// Yew's lifecycle code, and these have no state of their own.

/// The `lessons` menu: the course, each passed lesson ticked; `open` is the open lesson's key.
pub fn menu(open: Option<&str>, passed: &[String], dispatch: &Dispatch) -> Html {
    let d = dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let name = e.target_unchecked_into::<HtmlSelectElement>().value();
        if !name.is_empty() {
            d.dispatch(Action::Lesson(LessonAction::Open(Source::Named(name))));
        }
    });
    html! {
        <label class="field">
            <span>{ "Lesson" }</span>
            <select data-testid="lessons" {onchange}>
                <option value="" selected={open.is_none_or(|k| COURSE.iter().all(|e| e.name != k))} disabled=true>{ "choose…" }</option>
                { for COURSE.iter().map(|e| {
                    let done = if passed.iter().any(|k| k == e.name) { " ✓" } else { "" };
                    html! { <option value={e.name} selected={open == Some(e.name)}>{ format!("{}{done}", e.title) }</option> }
                }) }
            </select>
        </label>
    }
}

/// The open lesson: its instructions, hints, Check and where the last check stands.
pub fn card(o: &Open, dispatch: &Dispatch) -> Html {
    let act = |a: fn() -> LessonAction| {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::Lesson(a())))
    };
    let hints = o.lesson.hints.iter().take(o.hints).enumerate().map(|(i, h)| {
        html! { <div class="hint" data-testid="lesson-hint"><strong>{ format!("Hint {}", i + 1) }</strong>{ blocks(h) }</div> }
    });
    let left = o.lesson.hints.len() - o.hints;
    // The reasons quote calls and code in backticks: shown as code.
    let status = match &o.status {
        Verdict::NotChecked if o.passed => html! { "Passed before. Check again any time." },
        Verdict::NotChecked => html! { "Not checked yet." },
        Verdict::Checking => html! { "Checking…" },
        Verdict::Pass(why) => html! { <>{ "Passed. " }{ reason(why) }</> },
        Verdict::Fail(why) => html! { <>{ "Not yet: " }{ reason(why) }</> },
    };
    html! {
        <section class="card lesson" aria-label="Lesson" data-testid="lesson">
            <h2>
                { "Lesson" }
                if o.passed { <span class="pill ok" data-testid="lesson-passed">{ "passed" }</span> }
                <span class="count">
                    <button class="ghost" onclick={act(|| LessonAction::StartOver)} data-testid="lesson-start-over" title="Put the starting code back">{ "Start over" }</button>
                    <button class="ghost" onclick={act(|| LessonAction::Close)} aria-label="Close the lesson">{ "×" }</button>
                </span>
            </h2>
            <div class="lesson-text" data-testid="lesson-text">{ blocks(&o.lesson.instructions) }</div>
            { for hints }
            <div class="lesson-bar">
                <button class="primary" data-testid="lesson-check" onclick={act(|| LessonAction::Check)} disabled={o.status == Verdict::Checking}>{ "Check" }</button>
                if left > 0 {
                    <button data-testid="lesson-hint-next" onclick={act(|| LessonAction::Hint)}>{ format!("Show a hint ({left} left)") }</button>
                }
                <span class={classes!("lesson-status", o.status.as_str())} data-testid="lesson-status" data-state={o.status.as_str()} role="status" aria-live="polite">{ status }</span>
            </div>
        </section>
    }
}

/// A verdict's text, its backquoted parts as code (and nothing else read as markup: a
/// compiler message may hold `*` or `_`).
fn reason(why: &str) -> Html {
    html! { { for why.split('`').enumerate().map(|(i, part)| if i % 2 == 1 { html! { <code>{ part }</code> } } else { html! { { part } } }) } }
}

fn blocks(bs: &[Block]) -> Html {
    html! {
        { for bs.iter().map(|b| match b {
            Block::Heading(1, t) => html! { <h3>{ inline(t) }</h3> },
            Block::Heading(_, t) => html! { <h4>{ inline(t) }</h4> },
            Block::Para(t) => html! { <p>{ inline(t) }</p> },
            Block::Code(_, text) => html! { <pre class="lesson-code"><code>{ text }</code></pre> },
            Block::List { ordered: true, items } => html! { <ol>{ for items.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ol> },
            Block::List { ordered: false, items } => html! { <ul>{ for items.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ul> },
        }) }
    }
}

fn inline(text: &[Inline]) -> Html {
    html! {
        { for text.iter().map(|i| match i {
            Inline::Text(t) => html! { { t } },
            Inline::Code(t) => html! { <code>{ t }</code> },
            Inline::Strong(t) => html! { <strong>{ inline(t) }</strong> },
            Inline::Em(t) => html! { <em>{ inline(t) }</em> },
            Inline::Link(t, href) => html! { <a href={href.clone()} target={(!href.starts_with('#')).then_some("_blank")} rel="noopener">{ inline(t) }</a> },
        }) }
    }
}

/// A shade over each read-only region of the editor (`hooks::lesson::use_region_marks`
/// places them).
pub fn readonly_marks(code: &str, node: NodeRef) -> Html {
    let rs = regions(code).unwrap_or_default();
    html! {
        <div class="ro-marks" ref={node} aria-hidden="true">
            { for rs.iter().map(|r| html! { <div class="ro-region" data-testid="readonly-region" data-lines={format!("{}-{}", r.first, r.last)} title="read-only in this lesson" /> }) }
        </div>
    }
}
