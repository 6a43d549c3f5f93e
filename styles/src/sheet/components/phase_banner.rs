//! `govuk-phase-banner`: says a service is in alpha or beta.

use crate::sheet::builder::{Css, Weight};

/// Phase banner styles.
pub fn phase_banner(css: &mut Css) {
    let c = css.c;
    css.rule(
        ".govuk-phase-banner",
        &format!(
            "padding-top: 10px; padding-bottom: 10px; border-bottom: 1px solid {}",
            c.border
        ),
    )
    .rule(
        ".govuk-width-container .govuk-phase-banner.govuk-width-container",
        "margin-right: 0; margin-left: 0",
    )
    .font(".govuk-phase-banner__content", 16, Weight::Regular)
    .rule(
        ".govuk-phase-banner__content",
        &format!("display: table; margin: 0; color: {}", c.text),
    )
    .font_size(".govuk-phase-banner__content__tag", 16)
    .rule(".govuk-phase-banner__content__tag", "margin-right: 15px")
    .tablet(".govuk-phase-banner__content__tag", "margin-right: 10px")
    .rule(
        ".govuk-phase-banner__text",
        "display: table-cell; vertical-align: middle",
    );
}
