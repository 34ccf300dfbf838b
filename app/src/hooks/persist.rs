//! Keeping the program: localStorage, the theme, and the marks tests and measurements read.

use yew::{hook, use_effect_with, UseReducerHandle};

use super::worker::WorkerHandle;
use crate::state::State;
use crate::ui::browser;
use crate::wire::Request;

/// Keeps the program in localStorage (not in embed mode: embeds show what they link) and
/// applies the theme.
#[hook]
pub fn use_persist(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let snapshot = (state.code.clone(), state.calls.clone(), state.stdin.clone(), state.settings.clone(), state.example);
    // A lesson's code is kept as its progress (`hooks::lesson`), not as the program.
    let keep = !state.embed && state.lessons.open.is_none();
    use_effect_with(snapshot, move |(code, calls, stdin, settings, example)| {
        if keep {
            browser::save(code, calls, stdin, settings, *example);
        }
    });
    // An embed's theme comes from its link and is not the reader's choice to keep.
    let embed = state.embed;
    use_effect_with(state.theme, move |theme| browser::apply_theme(*theme, !embed));
    let ready = state.ready();
    let worker = worker.clone();
    use_effect_with(ready, move |ready| {
        if *ready {
            browser::mark_ready();
            warm_up(worker);
        }
    });
    use_effect_with(state.warm, |warm| {
        if *warm {
            browser::mark("warm", "done");
        }
    });
}

/// Once the page is ready and idle, has the worker parse and check what a program importing
/// `fmt` shares (most pasted Go does): its first compile then costs what later ones do, not
/// seconds of parsing the standard library. Once per page; `<html data-warm="done">` says it
/// is done. Then the site is kept for offline use.
fn warm_up(worker: WorkerHandle) {
    thread_local!(static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    browser::when_idle(move || {
        worker.send(&Request::Warm);
        browser::keep_offline();
    });
}

