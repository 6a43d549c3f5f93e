//! The error message's default visually hidden prefix, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("prefix", Text("Error")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("prefix", Text("Gwall")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("prefix", "HMRC: hmrc/play-frontend-hmrc messages.cy govukErrorMessage.visuallyHiddenText; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml message_prefix; GOV.UK Design System error message example"),
];
