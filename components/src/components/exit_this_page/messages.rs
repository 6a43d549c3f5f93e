//! Exit this page's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{Message::Text, Messages, Sources};

pub(crate) const EN: Messages = &[
    ("activated", Text("Loading.")),
    ("timedOut", Text("Exit this page expired.")),
    (
        "pressTwoMoreTimes",
        Text("Shift, press 2 more times to exit."),
    ),
    (
        "pressOneMoreTime",
        Text("Shift, press 1 more time to exit."),
    ),
    // Written by the markup (`mod.rs`), not the behaviour.
    ("emergency", Text("Emergency")),
    ("exitThisPage", Text("Exit this page")),
];

/// Welsh. Every plural message has all six of Welsh's forms.
pub(crate) const CY: Messages = &[
    ("activated", Text("Yn llwytho.")),
    (
        "timedOut",
        Text("Mae ‘Gadael y dudalen hon’ wedi dod i ben."),
    ),
    (
        "pressTwoMoreTimes",
        Text("Shift, pwyswch 2 waith eto i adael."),
    ),
    (
        "pressOneMoreTime",
        Text("Shift, pwyswch unwaith eto i adael."),
    ),
    ("emergency", Text("Argyfwng")),
    ("exitThisPage", Text("Gadael y dudalen hon")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("activated", "translated here"),
    ("timedOut", "translated here"),
    (
        "pressTwoMoreTimes",
        "translated here (govuk-frontend's example has “2 gwaith”, unmutated)",
    ),
    ("pressOneMoreTime", "translated here"),
    (
        "emergency",
        "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.exitThisPage.visuallyHiddenFallbackText",
    ),
    (
        "exitThisPage",
        "HMRC: hmrc/play-frontend-hmrc messages.cy govuk.exitThisPage.contentFallbackText",
    ),
];
