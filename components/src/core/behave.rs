//! Leptos components behave on their own: once a behaving component is in the page
//! (client-side rendered, or hydrated after server rendering), the same behaviours the
//! enhancer runs start on it. Drawn again (a field whose error changed), it starts again.

/// Starts the behaviours of every component now in the page that has not started yet, once
/// the current view is mounted. Does nothing on the server.
pub(crate) fn start_behaviours() {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::Effect::new(|_| {
        civic_behaviours::init_all(None);
    });
}
