//! The warning text's default visually hidden prefix, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("prefix", Text("Warning")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("prefix", Text("Rhybudd")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("prefix", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.warningText.iconFallbackText; GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.warning"),
];
