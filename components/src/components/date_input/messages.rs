//! The date input's default field labels, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("day", Text("Day")),
    ("month", Text("Month")),
    ("year", Text("Year")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("day", Text("Diwrnod")),
    ("month", Text("Mis")),
    ("year", Text("Blwyddyn")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("day", "HMRC: hmrc/play-frontend-hmrc messages.cy date.input.day; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml date_segment_names.day"),
    ("month", "HMRC: hmrc/play-frontend-hmrc messages.cy date.input.month; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml date_segment_names.month"),
    ("year", "HMRC: hmrc/play-frontend-hmrc messages.cy date.input.year; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml date_segment_names.year"),
];
