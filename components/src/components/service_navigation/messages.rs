//! Service navigation's default menu button and landmark labels, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("menu", Text("Menu")),
    ("label", Text("Service information")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("menu", Text("Dewislen")),
    ("label", Text("Gwybodaeth am y gwasanaeth")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("menu", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.serviceNavigation.menuButtonText; GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml layout_header.menu"),
    ("label", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.serviceNavigation.ariaLabel"),
];
