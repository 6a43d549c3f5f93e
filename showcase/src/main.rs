//! Civic's showcase: every component and every example, rendered live by Civic in the browser.
//!
//! The examples are govuk-frontend's own (its fixtures, read from the pinned npm package when
//! the showcase is built), so what a designer sees here is the shared standard.

#[cfg(target_arch = "wasm32")]
mod app;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The showcase runs in the browser: `cargo xtask showcase` builds and serves it.");
}
