//! `govuk-error-summary`: the list of problems at the top of a page.

use crate::sheet::builder::{Css, Weight};

/// Error summary styles.
pub fn error_summary(css: &mut Css) {
    let c = css.c;
    let s = ".govuk-error-summary";
    css.font(s, 19, Weight::Regular)
        .responsive(s, "padding", 4)
        .responsive(s, "margin-bottom", 8)
        .rule(
            s,
            &format!("border: 5px solid {}; color: {}", c.error, c.text),
        )
        .rule(
            ".govuk-error-summary:focus",
            &format!("outline: 3px solid {}", c.focus),
        )
        .font_size(".govuk-error-summary__title", 24)
        .rule(
            ".govuk-error-summary__title",
            "font-weight: 700; margin-top: 0",
        )
        .responsive(".govuk-error-summary__title", "margin-bottom", 4)
        .rule(".govuk-error-summary__body p", "margin-bottom: 0")
        .responsive(".govuk-error-summary__body > * + *", "margin-top", 4)
        .rule(
            ".govuk-error-summary__body > :last-child",
            "margin-bottom: 5px",
        )
        .rule(
            ".govuk-error-summary__list, .govuk-error-summary__list li:last-child",
            "margin-bottom: 0",
        );
    let link = ".govuk-error-summary__list a";
    css.rule(link, "font-weight: 700")
        .link_common(link)
        .link_states(link, [&c.error, &c.error, &c.error.shade(0.5), &c.error]);
}
