//! The character count's default messages (govuk-frontend 6.6.0's English), by its keys,
//! with plural forms; `data-i18n.*` attributes (and so the macro's `*Text` options) replace
//! them.

use crate::i18n::{
    Message::{Plural, Text},
    Messages, Sources,
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
    // Written by the markup (`mod.rs`), not the behaviour.
    (
        "hintCharacters",
        Text("You can enter up to %{count} characters"),
    ),
    ("hintWords", Text("You can enter up to %{count} words")),
];

/// Welsh. Every plural message has all six of Welsh's forms.
pub(crate) const CY: Messages = &[
    (
        "charactersUnderLimit",
        Plural(&[
            ("zero", "Mae gennych %{count} o gymeriadau yn weddill"),
            ("one", "Mae gennych %{count} cymeriad yn weddill"),
            ("two", "Mae gennych %{count} o gymeriadau yn weddill"),
            ("few", "Mae gennych %{count} o gymeriadau yn weddill"),
            ("many", "Mae gennych %{count} o gymeriadau yn weddill"),
            ("other", "Mae gennych %{count} o gymeriadau yn weddill"),
        ]),
    ),
    (
        "charactersAtLimit",
        Text("Mae gennych 0 o gymeriadau yn weddill"),
    ),
    (
        "charactersOverLimit",
        Plural(&[
            ("zero", "Mae gennych %{count} o gymeriadau yn ormod"),
            ("one", "Mae gennych %{count} cymeriad yn ormod"),
            ("two", "Mae gennych %{count} o gymeriadau yn ormod"),
            ("few", "Mae gennych %{count} o gymeriadau yn ormod"),
            ("many", "Mae gennych %{count} o gymeriadau yn ormod"),
            ("other", "Mae gennych %{count} o gymeriadau yn ormod"),
        ]),
    ),
    (
        "wordsUnderLimit",
        Plural(&[
            ("zero", "Mae gennych %{count} o eiriau yn weddill"),
            ("one", "Mae gennych %{count} gair yn weddill"),
            ("two", "Mae gennych %{count} o eiriau yn weddill"),
            ("few", "Mae gennych %{count} o eiriau yn weddill"),
            ("many", "Mae gennych %{count} o eiriau yn weddill"),
            ("other", "Mae gennych %{count} o eiriau yn weddill"),
        ]),
    ),
    ("wordsAtLimit", Text("Mae gennych 0 o eiriau yn weddill")),
    (
        "wordsOverLimit",
        Plural(&[
            ("zero", "Mae gennych %{count} o eiriau yn ormod"),
            ("one", "Mae gennych %{count} gair yn ormod"),
            ("two", "Mae gennych %{count} o eiriau yn ormod"),
            ("few", "Mae gennych %{count} o eiriau yn ormod"),
            ("many", "Mae gennych %{count} o eiriau yn ormod"),
            ("other", "Mae gennych %{count} o eiriau yn ormod"),
        ]),
    ),
    (
        "textareaDescription",
        Plural(&[
            ("zero", ""),
            ("one", ""),
            ("two", ""),
            ("few", ""),
            ("many", ""),
            ("other", ""),
        ]),
    ),
    (
        "hintCharacters",
        Text("Gallwch nodi hyd at %{count} o gymeriadau"),
    ),
    ("hintWords", Text("Gallwch nodi hyd at %{count} o eiriau")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("charactersUnderLimit", "HMRC: hmrc/play-frontend-hmrc HmrcCharacterCount (one, other); zero, two, few and many take the other form, translated here"),
    ("charactersAtLimit", "HMRC: hmrc/play-frontend-hmrc HmrcCharacterCount charactersAtLimitText"),
    ("charactersOverLimit", "HMRC: hmrc/hmrc-frontend character count (one, other); other forms translated here"),
    ("wordsUnderLimit", "HMRC: hmrc/hmrc-frontend character count (one, other); other forms translated here"),
    ("wordsAtLimit", "HMRC: hmrc/hmrc-frontend character count"),
    ("wordsOverLimit", "HMRC: hmrc/hmrc-frontend character count (one, other); other forms translated here"),
    ("textareaDescription", "empty in every language, as in govuk-frontend"),
    ("hintCharacters", "HMRC: hmrc/play-frontend-hmrc HmrcCharacterCount"),
    ("hintWords", "HMRC: hmrc/hmrc-frontend character count"),
];
