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
// `behaviours!` below; the behaviour parity test fails for a folder with a `behaviour.rs` not listed.
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

/// One component's behaviour: the `data-module` it starts on and how it starts. The Leptos
/// components each start only their own (the constants in [`behaviours`]), so that an app
/// links the behaviours of the components it uses and no others (#13).
#[derive(Clone, Copy)]
pub struct Behaviour {
    module: &'static str,
    start: Start,
}

impl Behaviour {
    /// The `data-module` value this behaviour starts on, such as `govuk-tabs`.
    pub fn module(self) -> &'static str {
        self.module
    }
}

/// Each behaving component's [`Behaviour`], by its govuk-frontend name.
pub mod behaviours {
    use super::Behaviour;

    macro_rules! behaviours {
        ($($constant:ident: $module:literal => $folder:ident),* $(,)?) => {
            $(
                #[doc = concat!("`", $module, "`.")]
                pub const $constant: Behaviour = Behaviour {
                    module: $module,
                    start: super::$folder::behaviour::start,
                };
            )*
            /// Every component's behaviour, in govuk-frontend's start-up order (alphabetical).
            pub(crate) const ALL: &[Behaviour] = &[$($constant),*];
        };
    }

    behaviours! {
        ACCORDION: "govuk-accordion" => accordion,
        BUTTON: "govuk-button" => button,
        CHARACTER_COUNT: "govuk-character-count" => character_count,
        CHECKBOXES: "govuk-checkboxes" => checkboxes,
        ERROR_SUMMARY: "govuk-error-summary" => error_summary,
        EXIT_THIS_PAGE: "govuk-exit-this-page" => exit_this_page,
        FILE_UPLOAD: "govuk-file-upload" => file_upload,
        NOTIFICATION_BANNER: "govuk-notification-banner" => notification_banner,
        PASSWORD_INPUT: "govuk-password-input" => password_input,
        RADIOS: "govuk-radios" => radios,
        SERVICE_NAVIGATION: "govuk-service-navigation" => service_navigation,
        SKIP_LINK: "govuk-skip-link" => skip_link,
        TABS: "govuk-tabs" => tabs,
    }

    /// The patterns that behave, by their whole `data-module` value: the GOV.UK Prototype
    /// Kit's step by step (`appstepnav`).
    #[cfg(feature = "patterns")]
    pub(crate) const PATTERNS: &[Behaviour] = &[Behaviour {
        module: "appstepnav",
        start: super::step_by_step::behaviour::start,
    }];
    #[cfg(not(feature = "patterns"))]
    pub(crate) const PATTERNS: &[Behaviour] = &[];
}

use wasm_bindgen::JsCast;

/// Starts one component's behaviour on its root element; an error says why it could not
/// (in govuk-frontend's words, such as ``govuk-tabs: Links (`<a class="govuk-tabs__tab">`) not found``).
pub(crate) type Start = fn(&web_sys::HtmlElement) -> Result<(), String>;

/// Enhances every component under `scope` (the whole document when `None`), as
/// govuk-frontend's `initAll()` does, and reports a component that cannot start on the
/// console (the others still start). See [`init_all_with`].
pub fn init_all(scope: Option<&web_sys::Element>) -> usize {
    init_all_with(scope, &log_error)
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
    mark_supported();
    behaviours::ALL
        .iter()
        .chain(behaviours::PATTERNS)
        .map(|behaviour| start_on(*behaviour, scope, on_error))
        .sum()
}

/// [`init_all`] for one behaviour: starts it on each of its components in the document that
/// has not started yet, reporting one that cannot start on the console.
pub fn init_one(behaviour: Behaviour) -> usize {
    mark_supported();
    start_on(behaviour, None, &log_error)
}

/// Reports a component that cannot start on the console, as govuk-frontend's `initAll` does.
fn log_error(error: String) {
    web_sys::console::log_1(&error.into());
}

/// Marks `<body>` with `govuk-frontend-supported`, which govuk-frontend leaves to the page
/// template's inline script and its styles for behaving components depend on.
fn mark_supported() {
    if let Some(body) = dom::document().body() {
        let _ = body.class_list().add_1("govuk-frontend-supported");
    }
}

/// Starts `behaviour` on each of its components under `scope` (the whole document when
/// `None`) that has not started yet, as [`init_all_with`] does for every behaviour; returns
/// how many started.
pub fn start_on(
    behaviour: Behaviour,
    scope: Option<&web_sys::Element>,
    on_error: &dyn Fn(String),
) -> usize {
    let Behaviour { module, start } = behaviour;
    let mut started = 0;
    let selector = format!("[data-module=\"{module}\"]");
    let found = match scope {
        Some(scope) => scope.query_selector_all(&selector),
        None => dom::document().query_selector_all(&selector),
    };
    let Ok(found) = found else { return 0 };
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
    started
}
