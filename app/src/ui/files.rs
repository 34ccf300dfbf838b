//! The program's files as tabs above the editor, as go.dev/play's txtar programs are files:
//! one tab per file (none for a plain one-file program), and buttons to add, rename and
//! delete files. The names are asked for with the browser's prompt.

use yew::{classes, function_component, html, Html, Properties};

use super::Dispatch;
use crate::state::{Action, FileAction};

#[derive(Properties, PartialEq)]
pub struct FileTabsProps {
    pub names: Vec<String>,
    pub tab: usize,
    /// A plain one-file program: no tabs, only the button that adds a file.
    pub single: bool,
    /// The embed mode switches between files but does not change them.
    pub embed: bool,
    pub dispatch: Dispatch,
}

fn prompt(message: &str, default: &str) -> Option<String> {
    web_sys::window()?.prompt_with_message_and_default(message, default).ok().flatten()
}

fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

#[function_component]
pub fn FileTabs(p: &FileTabsProps) -> Html {
    let tabs = p.names.iter().enumerate().map(|(i, name)| {
        let d = p.dispatch.clone();
        let selected = i == p.tab;
        html! {
            <button role="tab" class={classes!("file-tab", selected.then_some("selected"))} data-testid="file-tab" data-name={name.clone()}
                aria-selected={selected.to_string()} onclick={move |_| d.dispatch(Action::Files(FileAction::Select(i)))}>{ name }</button>
        }
    });
    let add = {
        let d = p.dispatch.clone();
        move |_| {
            if let Some(name) = prompt("New file (a path such as util/util.go, or go.mod):", "util/util.go") {
                d.dispatch(Action::Files(FileAction::Add(name)));
            }
        }
    };
    let current = p.names.get(p.tab).cloned().unwrap_or_default();
    let rename = {
        let (d, tab, current) = (p.dispatch.clone(), p.tab, current.clone());
        move |_| {
            if let Some(name) = prompt(&format!("Rename {current} to:"), &current) {
                d.dispatch(Action::Files(FileAction::Rename(tab, name)));
            }
        }
    };
    let delete = {
        let (d, tab, current) = (p.dispatch.clone(), p.tab, current.clone());
        move |_| {
            if confirm(&format!("Delete {current}?")) {
                d.dispatch(Action::Files(FileAction::Delete(tab)));
            }
        }
    };
    if p.single && p.embed {
        return html! {};
    }
    html! {
        <div class="files">
            if !p.single {
                <div class="file-tabs" role="tablist" aria-label="Files">{ for tabs }</div>
            }
            if !p.embed {
                <div class="file-actions">
                    <button class="ghost" data-testid="add-file" onclick={add} title="Add a file: another package (util/util.go), go.mod, a test">{ "+ File" }</button>
                    if !p.single {
                        <button class="ghost" data-testid="rename-file" onclick={rename} title={format!("Rename {current}")}>{ "Rename" }</button>
                        <button class="ghost" data-testid="delete-file" onclick={delete} title={format!("Delete {current}")} disabled={p.names.len() < 2}>{ "Delete" }</button>
                    }
                </div>
            }
        </div>
    }
}
