//! The password input's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes replace them.

use crate::i18n::{Message::Text, Messages, Sources};

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

/// Welsh. Every plural message has all six of Welsh's forms.
pub(crate) const CY: Messages = &[
    ("showPassword", Text("Dangos")),
    ("hidePassword", Text("Cuddio")),
    ("showPasswordAriaLabel", Text("Dangos cyfrinair")),
    ("hidePasswordAriaLabel", Text("Cuddio cyfrinair")),
    (
        "passwordShownAnnouncement",
        Text("Mae eich cyfrinair yn weladwy"),
    ),
    (
        "passwordHiddenAnnouncement",
        Text("Mae eich cyfrinair wedi’i guddio"),
    ),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("showPassword", "GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.showPassword.show"),
    ("hidePassword", "GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.showPassword.hide"),
    ("showPasswordAriaLabel", "GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.showPassword.showFullText"),
    ("hidePasswordAriaLabel", "GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.showPassword.hideFullText"),
    ("passwordShownAnnouncement", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here)"),
    ("passwordHiddenAnnouncement", "GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json general.showPassword.announceHidden"),
];
