//! `govuk-select`: a drop-down list.

use super::input::field_states;
use crate::sheet::builder::{Css, Weight};

/// Select styles.
pub fn select(css: &mut Css) {
    let c = css.c;
    css.font_with_line_height(".govuk-select", 19, Weight::Regular, "1.25", "1.25")
        .rule(
            ".govuk-select",
            &format!(
                "box-sizing: border-box; min-width: 11.5em; max-width: 100%; height: 2.5rem; padding: 5px; border: 2px solid {}; color: {}; background-color: {}",
                c.input_border, c.text, c.body_background
            ),
        );
    field_states(css, ".govuk-select", false);
}
