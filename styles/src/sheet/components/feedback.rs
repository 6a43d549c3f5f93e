//! `govuk-feedback`: asks whether the page was useful.

use crate::sheet::builder::{Css, Weight};

/// Feedback styles.
pub fn feedback(css: &mut Css) {
    let c = css.c;
    let f = ".govuk-feedback";
    css.rule(
        f,
        &format!(
            "box-sizing: border-box; padding: 20px 15px 25px; border-top: 1px solid {}; background-color: {}",
            c.brand, c.surface_background
        ),
    )
    .tablet(f, "padding-right: 20px; padding-left: 20px")
    .below_tablet(f, "margin-right: 0; margin-left: 0")
    .print(f, "border-color: currentcolor; background-color: transparent")
    .font(".govuk-feedback__title", 24, Weight::Bold)
    .rule(
        ".govuk-feedback__title",
        &format!("margin-top: 0; color: {}; margin-bottom: 5px", c.text),
    )
    .rule(".govuk-feedback__body > :last-child", "margin-bottom: 0");
}
