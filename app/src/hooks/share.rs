//! The share fragment of a program, made asynchronously (the browser deflates it).

use yew::{hook, use_effect_with, use_mut_ref, use_state_eq};

use crate::share::{self, Shared};

/// The share fragment (without `#`) of `shared`, `None` until it is made or while `shared`
/// is `None`; a later program's fragment is never replaced by an earlier one's.
#[hook]
pub fn use_link(shared: Option<Shared>) -> Option<String> {
    let link = use_state_eq(|| None::<String>);
    // Counts the programs asked for: only the last one's fragment is taken.
    let latest = use_mut_ref(|| 0u64);
    {
        let (link, latest) = (link.clone(), latest.clone());
        use_effect_with(shared, move |shared| {
            let n = *latest.borrow() + 1;
            *latest.borrow_mut() = n;
            match shared.clone() {
                Some(s) => wasm_bindgen_futures::spawn_local(async move {
                    let fragment = share::encode(&s, false).await;
                    if *latest.borrow() == n {
                        link.set(Some(fragment));
                    }
                }),
                None => link.set(None),
            }
        });
    }
    (*link).clone()
}
