//! `govuk-hint`: help text under a label or legend.

use crate::sheet::builder::{Css, Weight};

/// Hint styles, and the spacing after a label or legend.
pub fn hint(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-hint", 19, Weight::Regular)
        .rule(
            ".govuk-hint",
            &format!("margin-bottom: 15px; color: {}", c.secondary_text),
        )
        .rule(
            ".govuk-label:not(.govuk-label--m):not(.govuk-label--l):not(.govuk-label--xl) + .govuk-hint, .govuk-fieldset__legend:not(.govuk-fieldset__legend--m):not(.govuk-fieldset__legend--l):not(.govuk-fieldset__legend--xl) + .govuk-hint",
            "margin-bottom: 10px",
        )
        .rule(".govuk-fieldset__legend + .govuk-hint", "margin-top: -5px");
}
