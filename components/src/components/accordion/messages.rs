//! The accordion's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{Message::Text, Messages};

pub(crate) const EN: Messages = &[
    ("hideAllSections", Text("Hide all sections")),
    ("hideSection", Text("Hide")),
    ("hideSectionAriaLabel", Text("Hide this section")),
    ("showAllSections", Text("Show all sections")),
    ("showSection", Text("Show")),
    ("showSectionAriaLabel", Text("Show this section")),
];
