//! `govuk-fieldset`: groups related fields under a legend.

use super::label::headline_sizes;
use crate::sheet::builder::{Css, Weight};

/// Fieldset and legend styles.
pub fn fieldset(css: &mut Css) {
    let c = css.c;
    css.rule(
        ".govuk-fieldset",
        "min-width: 0; margin: 0; padding: 0; border: 0",
    )
    .clearfix(".govuk-fieldset")
    .font(".govuk-fieldset__legend", 19, Weight::Regular)
    .rule(
        ".govuk-fieldset__legend",
        &format!(
            "box-sizing: border-box; display: table; max-width: 100%; margin-bottom: 10px; padding: 0; color: {}; white-space: normal",
            c.text
        ),
    );
    headline_sizes(css, ".govuk-fieldset__legend");
    css.rule(
        ".govuk-fieldset__heading",
        "margin: 0; font-size: inherit; font-weight: inherit",
    );
}
