//! The confirmation page: the panel with the reference, and what happens next.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate but the links in what happens next.
//!
//! **Screen readers.** The panel's title is the `<h1>`, so the outcome is read first, then the
//! reference as text a person can note down.

use civic::prelude::*;
use civic_patterns::pages::ConfirmationPage;

/// A report received, with its reference
pub fn report_received() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    view! {
        <ConfirmationPage reference="MB-2026-0042" locale=locale
            next_steps=vec!["We will collect your bin within 2 working days.".to_owned()] />
    }
}
