//! `govuk-task-list`: tasks with their status, each row one link.

use crate::sheet::builder::{Css, Weight};

/// Task list styles.
pub fn task_list(css: &mut Css) {
    let c = css.c;
    let t = ".govuk-task-list";
    css.font(t, 19, Weight::Regular)
        .rule(t, "margin-top: 0")
        .responsive(t, "margin-bottom", 6)
        .rule(t, "padding: 0; list-style-type: none")
        .rule(
            ".govuk-task-list__item",
            &format!(
                "display: table; position: relative; width: 100%; margin-bottom: 0; padding-top: 10px; padding-bottom: 10px; border-bottom: 1px solid {}",
                c.border
            ),
        )
        .rule(
            ".govuk-task-list__item:first-child",
            &format!("border-top: 1px solid {}", c.border),
        )
        .rule(
            ".govuk-task-list__item--with-link:hover",
            &format!("background: {}", crate::palette::BLACK_TINT_95),
        )
        .rule(
            ".govuk-task-list__name-and-hint, .govuk-task-list__status",
            &format!("display: table-cell; color: {}; vertical-align: top", c.text),
        )
        .rule(
            ".govuk-task-list__status",
            "padding-left: 10px; text-align: right",
        )
        .rule(
            ".govuk-task-list__status--cannot-start-yet",
            &format!("color: {}", c.secondary_text),
        )
        .rule(
            ".govuk-task-list__link::after",
            "content: \"\"; display: block; position: absolute; top: 0; right: 0; bottom: 0; left: 0",
        )
        .rule(
            ".govuk-task-list__hint",
            &format!("margin-top: 5px; color: {}", c.secondary_text),
        );
}
