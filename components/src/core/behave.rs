//! Leptos components behave on their own: once a behaving component is in the page
//! (client-side rendered, or hydrated after server rendering), the same behaviours the
//! enhancer runs start on it. Drawn again (a field whose error changed), it starts again.
//!
//! A component can also pass on what its behaviour decides (the open sections, the selected
//! tab, …) to the app's signals: [`start_watching`] finds the component's root element in the
//! page, watches its behaviour, then starts it, so that even the state set at start-up (an
//! accordion's remembered sections) reaches the app.

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

pub(crate) use civic_behaviours::behaviours;
pub(crate) use civic_behaviours::{Behaviour, Change};

/// Starts `behaviour` on every component of its kind now in the page that has not started
/// yet, once the current view is mounted. Does nothing on the server. Each component starts
/// only its own behaviour, so an app carries the behaviours of the components it uses (#13).
pub(crate) fn start_behaviour(behaviour: Behaviour) {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| start_soon(behaviour));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = behaviour;
}

/// Starts the page's behaviours in a task of its own, queued behind the effects of the view
/// just mounted: every component in it has then registered its watch, and hears its
/// behaviour's start-up state even when another component's effect ran first.
#[cfg(target_arch = "wasm32")]
fn start_soon(behaviour: Behaviour) {
    leptos::task::spawn_local(async move {
        civic_behaviours::init_one(behaviour);
    });
}

/// [`start_behaviour`], first watching the component whose root element contains the element
/// with `id` (the `data-module` element itself, or one of its fields), and calling
/// `on_change` with each change in its state until the component is removed. With no
/// `on_change`, only starts.
pub(crate) fn start_watching(
    id: Option<String>,
    behaviour: Behaviour,
    on_change: Option<impl Fn(&Change) + Send + Sync + 'static>,
) {
    let (Some(id), Some(on_change)) = (id, on_change) else {
        return start_behaviour(behaviour);
    };
    let module = behaviour.module();
    #[cfg(target_arch = "wasm32")]
    let on_change = std::sync::Arc::new(on_change);
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| {
                e.closest(&format!("[data-module=\"{module}\"]"))
                    .ok()
                    .flatten()
            });
        if let Some(root) = root {
            let on_change = on_change.clone();
            let watch = civic_behaviours::watch(&root, move |change| on_change(change));
            let watch = send_wrapper::SendWrapper::new(watch);
            on_cleanup(move || drop(watch));
        }
        start_soon(behaviour);
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, module, on_change);
}

/// What to do with a behaviour's changes to keep `signal` (when there is one) set to the part
/// of its state that `pick` takes out.
pub(crate) fn follow<T: Send + Sync + 'static>(
    signal: Option<leptos::prelude::WriteSignal<T>>,
    pick: fn(&Change) -> Option<T>,
) -> Option<impl Fn(&Change) + Send + Sync + 'static> {
    use leptos::prelude::Set;
    signal.map(|signal| {
        move |change: &Change| {
            if let Some(value) = pick(change) {
                signal.set(value);
            }
        }
    })
}
