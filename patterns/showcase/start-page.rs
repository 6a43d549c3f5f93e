//! A start page: the service's name, what it is for and what people need, and the start
//! button that leads to the first question.
//!
//! # Accessibility
//!
//! **Keyboard.** The start button is a link: Tab reaches it and Enter follows it.
//!
//! **Screen readers.** The service's name is the `<h1>`; the start button is read as a link
//! with its text, its arrow hidden.

use civic::prelude::*;
use civic_patterns::pages::StartPage;

/// The start of a council service
pub fn missed_bin() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    view! {
        <StartPage title="Report a missed bin collection" locale=locale start="#start-page-first-question"
            guidance=vec![
                "Use this service to tell us about a bin we did not collect.".to_owned(),
                "You can report a missed collection up to 2 working days after it was due.".to_owned(),
            ] />
    }
}
