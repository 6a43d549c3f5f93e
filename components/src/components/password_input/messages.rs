//! The password input's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes replace them.

use crate::i18n::{Message::Text, Messages};

pub(crate) const EN: Messages = &[
    ("showPassword", Text("Show")),
    ("hidePassword", Text("Hide")),
    ("showPasswordAriaLabel", Text("Show password")),
    ("hidePasswordAriaLabel", Text("Hide password")),
    (
        "passwordShownAnnouncement",
        Text("Your password is visible"),
    ),
    (
        "passwordHiddenAnnouncement",
        Text("Your password is hidden"),
    ),
];
