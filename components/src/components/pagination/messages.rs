//! Pagination's default words, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("previous", Text("Previous")),
    ("next", Text("Next")),
    ("pageSuffix", Text(" page")),
    ("page", Text("Page")),
    ("label", Text("Pagination")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("previous", Text("Blaenorol")),
    ("next", Text("Nesaf")),
    ("pageSuffix", Text("")),
    ("page", Text("Tudalen")),
    ("label", Text("Tudaleniad")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("previous", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.pagination.previous"),
    ("next", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.pagination.next"),
    ("pageSuffix", "HMRC: hmrc/play-frontend-hmrc messages.cy: Welsh puts the noun first (“Tudalen flaenorol”), so HMRC shows “Blaenorol” and “Nesaf” with no hidden suffix"),
    ("page", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.pagination.page"),
    ("label", "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.pagination.ariaLabel"),
];
