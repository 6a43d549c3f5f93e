//! A whole service, running: apply for a Blue Badge. England's eligibility rules (the
//! benefits that make a person eligible without further assessment, and the questions that
//! follow when they do not) are routes and conditions in one flow definition
//! (`patterns/services/blue-badge.json`, sources in `patterns/services/SOURCES.md`). `<Flow>`
//! runs it in the browser with the same flow engine as `civic prototype`, so the pages a
//! person sees and the end they reach are decided once. Try both ways through: a benefit that
//! qualifies, and one that leads to the walking questions.
//!
//! # Accessibility
//!
//! **Keyboard.** Each page is a form: its fields, then Continue, in the tab order; Enter sends
//! it. Radios are one tab stop, moved through with the arrow keys. After a failed Continue the
//! error summary takes focus and its links lead to each field.
//!
//! **Screen readers.** Each new page moves focus to its top and its title names the page and
//! the service. A question on its own page is its heading (the legend of its radios), and
//! hints are read with their field. An ending that says a person is not eligible is a page of
//! its own, with its heading read first.

use civic::prelude::*;
use civic_patterns::runtime::Flow;
use civic_patterns::services::blue_badge;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole service: a router handing every address under the service's base to `<Flow>`
pub fn blue_badge_service() -> impl IntoView {
    // Where the service is served: `/blue-badge` in an app of its own; here, the folder the
    // showcase gives it, wherever the site is.
    let base = crate::service_base("blue-badge");
    let service = move || view! { <Flow definition=blue_badge() base=base.clone() /> };
    view! {
        <Router>
            <Routes fallback=|| "Page not found">
                <Route path=path!("/*page") view=service />
            </Routes>
        </Router>
    }
}
