//! `govuk-panel`: the confirmation (and interruption) panel.

use crate::sheet::builder::{Css, Weight};

/// Panel styles. Coloured panels set the text colour property for everything inside.
pub fn panel(css: &mut Css) {
    let c = css.c;
    let p = ".govuk-panel";
    css.font(p, 36, Weight::Regular)
        .rule(
            p,
            &format!(
                "box-sizing: border-box; margin-bottom: 15px; padding: 35px; border: 5px solid transparent; color: {}; text-align: center",
                c.text
            ),
        )
        .below_tablet(p, "padding: 15px; word-wrap: break-word; overflow-wrap: break-word")
        .font_size(".govuk-panel__title", 48)
        .rule(
            ".govuk-panel__title",
            "font-weight: 700; margin-top: 0; margin-bottom: 30px",
        )
        .rule(
            ".govuk-panel__title:last-child, .govuk-panel__body > :last-child, .govuk-panel__actions > :last-child",
            "margin-bottom: 0",
        )
        .tablet(
            ".govuk-panel__actions > .govuk-button-group:last-child",
            "margin-bottom: -10px",
        )
        .rule(".govuk-panel__body:not(:last-child)", "margin-bottom: 40px")
        .rule(
            ".govuk-panel--confirmation",
            &format!("background: {}", c.success),
        )
        .rule(
            ".govuk-panel--confirmation, .govuk-panel--interruption",
            &format!("{}: {}", c.text.property(), c.inverse_text),
        )
        .rule(
            ".govuk-panel--interruption",
            &format!("background: {}; text-align: left", c.brand),
        )
        .font_size(".govuk-panel--interruption .govuk-panel__title", 36)
        .rule(
            ".govuk-panel--interruption .govuk-panel__title",
            "margin-bottom: 15px",
        )
        .print(
            p,
            &format!("{}: inherit; border-color: currentcolor; background: none", c.text.property()),
        );
}
