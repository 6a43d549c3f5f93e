//! The character count's default messages (govuk-frontend 6.6.0's English), by its keys,
//! with plural forms; `data-i18n.*` attributes (and so the macro's `*Text` options) replace
//! them.

use crate::i18n::{
    Message::{Plural, Text},
    Messages,
};

pub(crate) const EN: Messages = &[
    (
        "charactersUnderLimit",
        Plural(&[
            ("one", "You have %{count} character remaining"),
            ("other", "You have %{count} characters remaining"),
        ]),
    ),
    ("charactersAtLimit", Text("You have 0 characters remaining")),
    (
        "charactersOverLimit",
        Plural(&[
            ("one", "You have %{count} character too many"),
            ("other", "You have %{count} characters too many"),
        ]),
    ),
    (
        "wordsUnderLimit",
        Plural(&[
            ("one", "You have %{count} word remaining"),
            ("other", "You have %{count} words remaining"),
        ]),
    ),
    ("wordsAtLimit", Text("You have 0 words remaining")),
    (
        "wordsOverLimit",
        Plural(&[
            ("one", "You have %{count} word too many"),
            ("other", "You have %{count} words too many"),
        ]),
    ),
    // Empty, so a page without a limit in its hint shows the key, as govuk-frontend does.
    ("textareaDescription", Plural(&[("other", "")])),
];
