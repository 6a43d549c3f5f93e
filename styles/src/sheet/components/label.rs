//! `govuk-label`: the label of a field, in four sizes.

use crate::sheet::builder::{Css, Weight};

/// Label styles.
pub fn label(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-label", 19, Weight::Regular).rule(
        ".govuk-label",
        &format!("display: block; margin-bottom: 5px; color: {}", c.text),
    );
    headline_sizes(css, ".govuk-label");
    css.rule(".govuk-label-wrapper", "margin: 0");
}

/// The `--xl`, `--l`, `--m` and `--s` sizes shared by labels and legends.
pub fn headline_sizes(css: &mut Css, base: &str) {
    css.rule(
        &format!("{base}--xl, {base}--l, {base}--m"),
        "font-weight: 700; margin-bottom: 15px",
    );
    for (size, point) in [("xl", 48), ("l", 36), ("m", 24)] {
        css.font_size(&format!("{base}--{size}"), point);
    }
    css.rule(&format!("{base}--s"), "font-weight: 700");
}
