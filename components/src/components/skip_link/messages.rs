//! The page template's skip link, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("text", Text("Skip to main content")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("text", Text("Neidio i’r prif gynnwys")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("text", "GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml layout.skip_link; GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml skip_link.text"),
];
