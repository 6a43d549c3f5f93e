//! Question pages: one question per page (or a few that belong together), its label or legend
//! the page's heading, with a back link, the error summary and Continue. The form posts to the
//! page itself, so the same page works with JavaScript off (`civic prototype` reads the post)
//! and in the `<Flow>` runtime.
//!
//! # Accessibility
//!
//! **Keyboard.** The back link, the fields and Continue follow in the tab order; Enter in a
//! field sends the form. After a failed Continue the error summary takes focus and each of its
//! links moves focus to its field.
//!
//! **Screen readers.** With one question the label or legend is the `<h1>`, so the question is
//! read once. A new page moves focus to its top, so the new question is read first; errors are
//! announced with the summary and read again at each field.

use civic::prelude::*;
use civic_patterns::pages::QuestionPage;
use civic_patterns::services::missed_bin;

/// A question from the missed bin service, in the page's language
pub fn bin_out() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    let page = missed_bin().page("bin-out").cloned();
    page.map(|page| view! { <QuestionPage page=page locale=locale action="#question-pages-bin-out" /> })
}
