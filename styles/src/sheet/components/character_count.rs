//! `govuk-character-count`: a textarea that counts what is left.

use crate::sheet::builder::Css;

/// Character count styles.
pub fn character_count(css: &mut Css) {
    let c = css.c;
    css.responsive(".govuk-character-count", "margin-bottom", 6)
        .rule(
            ".govuk-character-count .govuk-form-group, .govuk-character-count .govuk-textarea",
            "margin-bottom: 5px",
        )
        .rule(
            ".govuk-character-count .govuk-textarea--error:focus",
            &format!(
                "border-color: {}; box-shadow: inset 0 0 0 2px {}",
                c.error, c.error
            ),
        )
        .rule(
            ".govuk-character-count__message",
            "font-variant-numeric: tabular-nums; margin-top: 0; margin-bottom: 0",
        )
        .rule(
            ".govuk-character-count__message::after",
            "content: \"\\200b\"",
        )
        .rule(
            ".govuk-character-count__message--disabled",
            "visibility: hidden",
        );
}
