//! The back link's default text, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("text", Text("Back")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("text", Text("Yn ôl")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("text", "HMRC: hmrc/play-frontend-hmrc messages.cy back.text; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml back; GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.back"),
];
