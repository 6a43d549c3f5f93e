//! The behaviours: what govuk-frontend's script does to a component's markup, written once in
//! Rust and run in the browser (WebAssembly), by the enhancer (`initAll`) on pages rendered
//! anywhere and by the Leptos components themselves.
//!
//! Each component's behaviour lives in its folder of the `civic` crate
//! (`components/src/components/<name>/behaviour.rs`), with its default strings in
//! `messages.rs`; this crate compiles them (the list below), so that the enhancer needs no
//! Leptos. It also holds what they share: the start-up rules of govuk-frontend's `initAll`
//! ([`init_all`]), DOM helpers, reading `data-*` options, and translated messages with plural
//! forms.
//!
//! Nothing here runs outside a browser; on the server these functions are never called.

#![deny(missing_docs)]

pub(crate) mod choices;
pub(crate) mod config;
pub(crate) mod dom;
pub(crate) mod i18n;
#[doc(hidden)]
pub mod messages;
mod watch;

pub use watch::Change;
#[cfg(feature = "watch")]
pub use watch::{watch, Watch};

// The behaviours: each component folder of the `civic` crate that has a `behaviour.rs` (and
// perhaps a `messages.rs`), compiled here. Adding a behaviour adds its folder below and to
// BEHAVIOURS; the behaviour parity test fails for a folder with a `behaviour.rs` not listed.
#[path = "../../src/components/accordion"]
mod accordion {
    pub(crate) mod behaviour;
    // Their Welsh sources are read by the `civic` crate.
    #[allow(dead_code)]
    mod messages;
}

#[path = "../../src/components/button"]
mod button {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/character_count"]
mod character_count {
    pub(crate) mod behaviour;
    // Their Welsh sources are read by the `civic` crate.
    #[allow(dead_code)]
    mod messages;
}

#[path = "../../src/components/checkboxes"]
mod checkboxes {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/error_summary"]
mod error_summary {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/exit_this_page"]
mod exit_this_page {
    pub(crate) mod behaviour;
    // Their Welsh sources are read by the `civic` crate.
    #[allow(dead_code)]
    mod messages;
}

#[path = "../../src/components/file_upload"]
mod file_upload {
    pub(crate) mod behaviour;
    // Their Welsh sources are read by the `civic` crate.
    #[allow(dead_code)]
    mod messages;
}

#[path = "../../src/components/notification_banner"]
mod notification_banner {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/password_input"]
mod password_input {
    pub(crate) mod behaviour;
    // Their Welsh sources are read by the `civic` crate.
    #[allow(dead_code)]
    mod messages;
}

#[path = "../../src/components/radios"]
mod radios {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/service_navigation"]
mod service_navigation {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/skip_link"]
mod skip_link {
    pub(crate) mod behaviour;
}

#[path = "../../src/components/tabs"]
mod tabs {
    pub(crate) mod behaviour;
}

// The patterns' behaviours (civic-patterns), started like the components' but named by
// their own `data-module`.
#[cfg(feature = "patterns")]
#[path = "../../../patterns/src/step_by_step"]
mod step_by_step {
    pub(crate) mod behaviour;
}

/// The patterns that behave, by their whole `data-module` value: the GOV.UK Prototype Kit's
/// step by step (`appstepnav`).
#[cfg(feature = "patterns")]
const PATTERN_BEHAVIOURS: &[(&str, Start)] = &[("appstepnav", step_by_step::behaviour::start)];
#[cfg(not(feature = "patterns"))]
const PATTERN_BEHAVIOURS: &[(&str, Start)] = &[];

/// The components that behave, with how each starts, in govuk-frontend's start-up order
/// (alphabetical).
const BEHAVIOURS: &[(&str, Start)] = &[
    ("accordion", accordion::behaviour::start),
    ("button", button::behaviour::start),
    ("character-count", character_count::behaviour::start),
    ("checkboxes", checkboxes::behaviour::start),
    ("error-summary", error_summary::behaviour::start),
    ("exit-this-page", exit_this_page::behaviour::start),
    ("file-upload", file_upload::behaviour::start),
    ("notification-banner", notification_banner::behaviour::start),
    ("password-input", password_input::behaviour::start),
    ("radios", radios::behaviour::start),
    ("service-navigation", service_navigation::behaviour::start),
    ("skip-link", skip_link::behaviour::start),
    ("tabs", tabs::behaviour::start),
];

use wasm_bindgen::JsCast;

/// Starts one component's behaviour on its root element; an error says why it could not
/// (in govuk-frontend's words, such as ``govuk-tabs: Links (`<a class="govuk-tabs__tab">`) not found``).
pub(crate) type Start = fn(&web_sys::HtmlElement) -> Result<(), String>;

/// Enhances every component under `scope` (the whole document when `None`), as
/// govuk-frontend's `initAll()` does, and reports a component that cannot start on the
/// console (the others still start). See [`init_all_with`].
pub fn init_all(scope: Option<&web_sys::Element>) -> usize {
    init_all_with(scope, &|error| web_sys::console::log_1(&error.into()))
}

/// Enhances every component under `scope` (the whole document when `None`): marks `<body>`
/// with `govuk-frontend-supported` (which govuk-frontend leaves to the page template's inline
/// script), finds each `[data-module="govuk-NAME"]` element in govuk-frontend's order, skips
/// those already started (`data-govuk-NAME-init`), marks the rest and starts their behaviour.
/// A component that cannot start is passed to `on_error` in govuk-frontend's words, and the
/// others still start. Call it again on a fragment inserted later: what was started before is
/// left alone.
///
/// Returns how many components were started.
pub fn init_all_with(scope: Option<&web_sys::Element>, on_error: &dyn Fn(String)) -> usize {
    let document = dom::document();
    if let Some(body) = document.body() {
        let _ = body.class_list().add_1("govuk-frontend-supported");
    }
    let mut started = 0;
    let components = BEHAVIOURS
        .iter()
        .map(|(name, start)| (format!("govuk-{name}"), start));
    let patterns = PATTERN_BEHAVIOURS
        .iter()
        .map(|(module, start)| ((*module).to_owned(), start));
    for (module, start) in components.chain(patterns) {
        let selector = format!("[data-module=\"{module}\"]");
        let found = match scope {
            Some(scope) => scope.query_selector_all(&selector),
            None => document.query_selector_all(&selector),
        };
        let Ok(found) = found else { continue };
        for index in 0..found.length() {
            let Some(node) = found.item(index) else {
                continue;
            };
            let Ok(element) = node.dyn_into::<web_sys::HtmlElement>() else {
                on_error(format!(
                    "{module}: Root element (`$root`) is not of type HTMLElement"
                ));
                continue;
            };
            let marker = format!("data-{module}-init");
            if element.has_attribute(&marker) {
                continue;
            }
            // Marked before starting, as govuk-frontend does, so a failed start is not retried.
            let _ = element.set_attribute(&marker, "");
            match start(&element) {
                Ok(()) => started += 1,
                Err(error) => on_error(error),
            }
        }
    }
    started
}
