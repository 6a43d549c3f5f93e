//! `govuk-password-input`: a password field with a show/hide button.

use crate::sheet::builder::Css;

/// Password input styles.
pub fn password_input(css: &mut Css) {
    // The wrapper is also a `govuk-input__wrapper` (flex); it lines up from 20em.
    css.media(
        "(min-width: 20em)",
        ".govuk-password-input__wrapper",
        "flex-direction: row; align-items: flex-start",
    )
    .rule(".govuk-password-input__input::-ms-reveal", "display: none")
    .rule(
        ".govuk-password-input__toggle",
        "margin-top: 5px; margin-bottom: 0",
    )
    .rule(".govuk-password-input__toggle[hidden]", "display: none")
    .media(
        "(min-width: 20em)",
        ".govuk-password-input__toggle",
        "flex-basis: 5em; flex-shrink: 0; width: auto; margin-top: 0; margin-left: 5px",
    );
}
