//! Exit this page's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{Message::Text, Messages};

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
];
