//! `govuk-summary-list` and `govuk-summary-card`: answers as key, value and actions; a table
//! from tablet up, stacked on phones.

use crate::sheet::builder::{Css, Weight};

/// Summary list and card styles.
pub fn summary_list(css: &mut Css) {
    let c = css.c;
    let l = ".govuk-summary-list";
    let cells =
        ".govuk-summary-list__key, .govuk-summary-list__value, .govuk-summary-list__actions";
    css.font(l, 19, Weight::Regular)
        .rule(l, &format!("color: {}", c.text))
        .tablet(l, "display: table; width: 100%; table-layout: fixed; border-collapse: collapse")
        .rule(l, "margin: 0 0 20px")
        .tablet(l, "margin-bottom: 30px")
        .rule(
            ".govuk-summary-list__row",
            &format!("border-bottom: 1px solid {}", c.border),
        )
        .below_tablet(".govuk-summary-list__row", "margin-bottom: 15px")
        .tablet(".govuk-summary-list__row", "display: table-row")
        .rule(
            ".govuk-summary-list__row:not(.govuk-summary-list__row--no-actions) > :last-child",
            "padding-right: 0",
        )
        .tablet(
            ".govuk-summary-list__row--no-actions::after",
            "content: \"\"; display: table-cell; width: 20%",
        )
        .rule(cells, "margin: 0")
        .tablet(
            cells,
            "display: table-cell; padding-top: 10px; padding-right: 20px; padding-bottom: 10px; vertical-align: top",
        )
        .rule(".govuk-summary-list__actions", "margin-bottom: 15px")
        .tablet(".govuk-summary-list__actions", "width: 20%; text-align: right")
        .rule(
            ".govuk-summary-list__key, .govuk-summary-list__value",
            "word-wrap: break-word; overflow-wrap: break-word",
        )
        .rule(".govuk-summary-list__key", "margin-bottom: 5px; font-weight: 700")
        .tablet(".govuk-summary-list__key", "width: 30%")
        .below_tablet(".govuk-summary-list__value", "margin-bottom: 15px")
        .rule(".govuk-summary-list__value > p", "margin-bottom: 10px")
        .rule(".govuk-summary-list__value > :last-child", "margin-bottom: 0")
        .rule(
            ".govuk-summary-list__actions-list",
            "width: 100%; margin: 0; padding: 0",
        );
    let items = ".govuk-summary-list__actions-list-item, .govuk-summary-card__action";
    let each = |suffix: &str| {
        format!(
            ".govuk-summary-list__actions-list-item{suffix}, .govuk-summary-card__action{suffix}"
        )
    };
    css.rule(items, "display: inline-block")
        .below_tablet(
            items,
            &format!(
                "margin-right: 10px; padding-right: 10px; border-right: 1px solid {}",
                c.border
            ),
        )
        .below_tablet(&each(":last-child"), "margin-right: 0; padding-right: 0; border: 0")
        .tablet(items, "margin-left: 10px; padding-left: 10px")
        .tablet(
            &each(":not(:first-child)"),
            &format!("border-left: 1px solid {}", c.border),
        )
        .tablet(&each(":first-child"), "margin-left: 0; padding-left: 0; border: 0")
        .rule(
            ".govuk-summary-list__actions-list-item .govuk-link:focus",
            "isolation: isolate",
        )
        .rule(
            ".govuk-summary-list--no-border .govuk-summary-list__row, .govuk-summary-list__row--no-border",
            "border: 0",
        )
        .tablet(
            ".govuk-summary-list--no-border .govuk-summary-list__key, .govuk-summary-list--no-border .govuk-summary-list__value, .govuk-summary-list--no-border .govuk-summary-list__actions, .govuk-summary-list__row--no-border .govuk-summary-list__key, .govuk-summary-list__row--no-border .govuk-summary-list__value, .govuk-summary-list__row--no-border .govuk-summary-list__actions",
            "padding-bottom: 11px",
        );

    let card = ".govuk-summary-card";
    css.responsive(card, "margin-bottom", 6)
        .rule(card, &format!("border: 1px solid {}", c.border))
        .rule(
            ".govuk-summary-card__title-wrapper",
            &format!(
                "padding: 15px; border-bottom: 1px solid transparent; background-color: {}",
                crate::palette::BLACK_TINT_95
            ),
        )
        .tablet(
            ".govuk-summary-card__title-wrapper",
            "display: flex; flex-wrap: nowrap; justify-content: space-between; padding: 15px 20px",
        )
        .font(".govuk-summary-card__title", 19, Weight::Bold)
        .rule(
            ".govuk-summary-card__title",
            &format!("margin: 5px 20px 10px 0; color: {}", c.text),
        )
        .tablet(".govuk-summary-card__title", "margin-bottom: 5px")
        .font_size(".govuk-summary-card__actions", 19)
        .rule(
            ".govuk-summary-card__actions",
            "font-weight: 700; display: flex; flex-wrap: wrap; row-gap: 10px; margin: 5px 0; padding: 0; list-style: none",
        )
        .tablet(
            ".govuk-summary-card__actions",
            "justify-content: right; text-align: right",
        )
        .rule(".govuk-summary-card__action", "display: inline")
        .rule(".govuk-summary-card__content", "padding: 15px 15px 0")
        .tablet(".govuk-summary-card__content", "padding: 15px 20px")
        .rule(
            ".govuk-summary-card__content .govuk-summary-list",
            "margin-bottom: 0",
        )
        .rule(
            ".govuk-summary-card__content .govuk-summary-list__row:last-of-type",
            "margin-bottom: 0; border-bottom: none",
        );
}
