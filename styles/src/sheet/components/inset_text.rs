//! `govuk-inset-text`: a quotation or aside set off by a left border.

use crate::sheet::builder::{Css, Weight};

/// Inset text styles.
pub fn inset_text(css: &mut Css) {
    let c = css.c;
    let i = ".govuk-inset-text";
    css.font(i, 19, Weight::Regular)
        .rule(i, "padding: 15px")
        .responsive(i, "margin-top", 6)
        .responsive(i, "margin-bottom", 6)
        .rule(
            i,
            &format!(
                "clear: both; border-left: 10px solid {}; color: {}",
                c.border, c.text
            ),
        )
        .rule(".govuk-inset-text > :first-child", "margin-top: 0")
        .rule(
            ".govuk-inset-text > :only-child, .govuk-inset-text > :last-child",
            "margin-bottom: 0",
        );
}
