//! The notification banner's default titles, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("important", Text("Important")),
    ("success", Text("Success")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("important", Text("Pwysig")),
    ("success", Text("Llwyddiant")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("important", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.notificationBanner.important; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml preview_banner.title"),
    ("success", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.notificationBanner.success; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml banner.success.title; GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml"),
];
