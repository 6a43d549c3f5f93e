//! `govuk-textarea`: a multi-line text field.

use super::input::field_states;
use crate::sheet::builder::{Css, Weight};

/// Textarea styles.
pub fn textarea(css: &mut Css) {
    let c = css.c;
    css.font_with_line_height(".govuk-textarea", 19, Weight::Regular, "1.25", "1.25")
        .rule(
            ".govuk-textarea",
            "box-sizing: border-box; display: block; width: 100%; min-height: 40px",
        )
        .responsive(".govuk-textarea", "margin-bottom", 6)
        .rule(
            ".govuk-textarea",
            &format!(
                "padding: 5px; resize: vertical; border: 2px solid {}; border-radius: 0; -webkit-appearance: none",
                c.input_border
            ),
        );
    field_states(css, ".govuk-textarea", true);
}
