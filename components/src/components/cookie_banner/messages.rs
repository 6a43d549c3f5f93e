//! The cookie banner's default landmark label, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("label", Text("Cookie banner")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("label", Text("Baner cwcis")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("label", "translated here"),
];
