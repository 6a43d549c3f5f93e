//! `govuk-date-input`: day, month and year fields side by side.

use crate::sheet::builder::Css;

/// Date input styles.
pub fn date_input(css: &mut Css) {
    css.clearfix(".govuk-date-input")
        .rule(".govuk-date-input", "font-size: 0")
        .rule(
            ".govuk-date-input__item",
            "display: inline-block; margin-right: 20px; margin-bottom: 0; vertical-align: bottom",
        )
        .rule(".govuk-date-input__label", "display: block")
        .rule(".govuk-date-input__input", "margin-bottom: 0");
}
