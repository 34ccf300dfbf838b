//! The Embed dialog: what the embed shows and its theme, the `<iframe>` snippet to copy, and
//! the line a documentation page adds once so embeds take the height of their content.

use web_sys::{Event, FocusEvent, HtmlSelectElement, HtmlTextAreaElement};
use yew::{html, Callback, Html, TargetCast, UseStateHandle};

use super::browser;
use crate::embed::{self, Options, View};
use crate::state::Theme;

/// The dialog for the program whose share fragment is `link`, with the options chosen in it
/// (kept by the toolbar: a plain function costs the page less than a component of its own).
pub fn dialog(link: &str, options: UseStateHandle<Options>, onclose: Callback<()>) -> Html {
    let o = *options;
    let snippet = embed::snippet(&browser::page_url(), link, o);
    let preview = format!("{}#{}", browser::page_url(), embed::fragment(link, o));
    let on_view = {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let view = if e.target_unchecked_into::<HtmlSelectElement>().value() == "output" { View::Output } else { View::Code };
            options.set(Options { view, ..*options });
        })
    };
    let on_theme = {
        let options = options.clone();
        Callback::from(move |e: Event| options.set(Options { theme: Theme::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()), ..*options }))
    };
    let copy = |text: String| Callback::from(move |_| browser::copy_text(&text));
    let select_all = |e: FocusEvent| e.target_unchecked_into::<HtmlTextAreaElement>().select();
    let close = onclose.reform(|_| ());
    html! {
        <div class="popup embed-dialog" role="dialog" aria-label="Embed in a documentation page" data-testid="embed-dialog">
            <div class="embed-options">
                <label class="field">
                    <span>{ "Show" }</span>
                    <select data-testid="embed-view" onchange={on_view}>
                        <option value="code" selected={o.view == View::Code}>{ "code, Run and output" }</option>
                        <option value="output" selected={o.view == View::Output}>{ "only the output (runs on load)" }</option>
                    </select>
                </label>
                <label class="field">
                    <span>{ "Theme" }</span>
                    <select data-testid="embed-theme" onchange={on_theme}>
                        { for [Theme::System, Theme::Light, Theme::Dark].into_iter().map(|t| html! { <option value={t.as_str()} selected={o.theme == t}>{ t.as_str() }</option> }) }
                    </select>
                </label>
                <a href={preview} target="_blank" rel="noopener" data-testid="embed-preview">{ "Preview ↗" }</a>
                <button class="ghost" onclick={close} aria-label="Close">{ "×" }</button>
            </div>
            <label>{ "The iframe for your page" }
                <textarea readonly=true rows="3" value={snippet.clone()} data-testid="embed-snippet" onfocus={select_all} />
            </label>
            <button data-testid="embed-copy" onclick={copy(snippet)}>{ "Copy the iframe" }</button>
            <label>{ "Once per page, so each embed's height follows its content (the embed posts it)" }
                <textarea readonly=true rows="2" value={embed::RESIZE_SCRIPT} data-testid="embed-resize" onfocus={select_all} />
            </label>
            <button onclick={copy(embed::RESIZE_SCRIPT.to_string())}>{ "Copy the script" }</button>
        </div>
    }
}
