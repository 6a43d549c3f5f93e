//! A whole service, running: report a missed bin collection. Its pages, questions, routes and
//! messages are one flow definition (`patterns/services/missed-bin.json`); `<Flow>` runs it in
//! the browser, a page per address, deciding every step with the same flow engine as
//! `civic prototype` (which runs it on a server, with JavaScript off). Try it below: answer,
//! leave a question blank to see its error, change an answer from the check answers page.
//!
//! # Accessibility
//!
//! **Keyboard.** Each page is a form: its fields, then Continue, in the tab order; Enter sends
//! it. The back link and every Change link come before or after the form in reading order.
//! After a failed Continue the error summary takes focus and its links lead to each field.
//!
//! **Screen readers.** Each new page moves focus to its top and its title names the page and
//! the service, so the new question is read first; a question on its own page is its heading.
//! Errors are read in the summary and again at each field, with "Error:" before them.

use civic::prelude::*;
use civic_patterns::runtime::Flow;
use civic_patterns::services::missed_bin;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole service: a router handing every address under the service's base to `<Flow>`
pub fn missed_bin_service() -> impl IntoView {
    // Where the service is served: `/missed-bin` in an app of its own; here, the folder the
    // showcase gives it, wherever the site is.
    let base = crate::service_base("missed-bin");
    let service = move || view! { <Flow definition=missed_bin() base=base.clone() /> };
    view! {
        <Router>
            <Routes fallback=|| "Page not found">
                <Route path=path!("/*page") view=service />
            </Routes>
        </Router>
    }
}
