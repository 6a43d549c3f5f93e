//! The tabs' default title, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("title", Text("Contents")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("title", Text("Cynnwys")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("title", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.tabs.titleFallbackText; GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml tabs.contents"),
];
