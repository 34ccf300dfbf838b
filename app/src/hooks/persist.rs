//! Keeping the program: localStorage, the theme, and the marks tests and measurements read.

use yew::{hook, use_effect_with, UseReducerHandle};

use crate::state::{Instance, State};
use crate::ui::browser;

/// Keeps the program in localStorage (not in embed mode: embeds show what they link) and
/// applies the theme.
#[hook]
pub fn use_persist(state: &UseReducerHandle<State>) {
    let snapshot = (state.code.clone(), state.calls.clone(), state.stdin.clone(), state.settings.clone(), state.example);
    let embed = state.embed;
    use_effect_with(snapshot, move |(code, calls, stdin, settings, example)| {
        if !embed {
            browser::save(code, calls, stdin, settings, *example);
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

