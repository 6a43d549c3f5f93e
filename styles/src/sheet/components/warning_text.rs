//! `govuk-warning-text`: bold text after a round "!" icon.

use crate::sheet::builder::{Css, Weight};

/// Warning text styles.
pub fn warning_text(css: &mut Css) {
    let c = css.c;
    let w = ".govuk-warning-text";
    let icon = ".govuk-warning-text__icon";
    css.font(w, 19, Weight::Regular)
        .responsive(w, "margin-bottom", 6)
        .rule(w, "font-weight: 700; position: relative; padding: 10px 0")
        .rule(
            icon,
            "box-sizing: border-box; display: inline-block; position: absolute; left: 0; min-width: 35px; min-height: 35px; margin-top: -7px",
        )
        .tablet(icon, "margin-top: -5px")
        .rule(
            icon,
            &format!(
                "border: 3px solid {}; border-radius: 50%; color: {}; background: {}; font-size: 30px; line-height: 29px; text-align: center; -webkit-user-select: none; user-select: none; forced-color-adjust: none",
                c.text, c.body_background, c.text
            ),
        )
        .forced_colours(icon, "border-color: windowText; color: windowText; background: transparent")
        .rule(
            ".govuk-warning-text__text",
            &format!("display: block; padding-left: 45px; color: {}; font-weight: inherit", c.text),
        );
}
