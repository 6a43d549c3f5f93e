//! `govuk-pagination`: numbered pages, or previous and next links.

use crate::sheet::builder::{Css, Weight};

/// Pagination styles.
pub fn pagination(css: &mut Css) {
    let c = css.c;
    let p = ".govuk-pagination";
    let parts = ".govuk-pagination__item, .govuk-pagination__next, .govuk-pagination__prev";
    let link = ".govuk-pagination__link";
    let decorated = ".govuk-pagination__link-title--decorated";
    let label = ".govuk-pagination__link-label";
    css.responsive(p, "margin-bottom", 6)
        .rule(p, "display: flex; flex-direction: column; flex-wrap: wrap; align-items: center")
        .tablet(p, "flex-direction: row; align-items: flex-start")
        .rule(".govuk-pagination__list", "margin: 0; padding: 0; list-style: none")
        .font(parts, 19, Weight::Regular)
        .rule(
            parts,
            "box-sizing: border-box; position: relative; min-width: 45px; min-height: 45px; padding: 10px 15px; float: left",
        )
        .rule(
            ".govuk-pagination__item:hover, .govuk-pagination__next:hover, .govuk-pagination__prev:hover",
            &format!("background-color: {}", crate::palette::BLACK_TINT_95),
        )
        .rule(".govuk-pagination__item", "display: none; text-align: center")
        .tablet(".govuk-pagination__item", "display: block")
        .rule(
            ".govuk-pagination__prev, .govuk-pagination__next",
            "font-weight: 700",
        )
        .rule(
            ".govuk-pagination__prev .govuk-pagination__link, .govuk-pagination__next .govuk-pagination__link",
            "display: flex; align-items: center",
        )
        .rule(".govuk-pagination__prev", "padding-left: 0")
        .rule(".govuk-pagination__next", "padding-right: 0")
        .rule(
            ".govuk-pagination__item--current, .govuk-pagination__item--ellipsis, .govuk-pagination__item:first-child, .govuk-pagination__item:last-child",
            "display: block",
        )
        .rule(
            ".govuk-pagination__item--current",
            "font-weight: 700; outline: 1px solid transparent",
        )
        .rule(
            ".govuk-pagination__item--current, .govuk-pagination__item--current:hover",
            &format!("background-color: {}", c.link),
        )
        .rule(
            ".govuk-pagination__item--current .govuk-pagination__link:link, .govuk-pagination__item--current .govuk-pagination__link:visited",
            &format!("color: {}", c.inverse_text),
        )
        .rule(
            ".govuk-pagination__item--current .govuk-pagination__link:focus",
            &format!("color: {}", c.focus_text),
        )
        .rule(
            ".govuk-pagination__item--ellipsis",
            &format!("font-weight: 700; color: {}", c.secondary_text),
        )
        .rule(
            ".govuk-pagination__item--ellipsis:hover",
            "background-color: transparent",
        )
        .rule(link, "display: block; min-width: 15px")
        .media(
            "screen",
            &format!("{link}::after"),
            "content: \"\"; position: absolute; top: 0; right: 0; bottom: 0; left: 0",
        )
        .rule(
            &format!("{link}:hover {decorated}, {link}:active {decorated}"),
            "text-decoration: underline; text-underline-offset: .1578em",
        )
        .rule(
            &format!("{link}:hover {label}, {link}:hover {decorated}, {link}:active {label}, {link}:active {decorated}"),
            "text-decoration-thickness: max(3px, .1875rem, .12em); text-decoration-skip-ink: none",
        )
        .rule(
            &format!("{link}:focus .govuk-pagination__icon"),
            &format!("color: {}", c.focus_text),
        )
        .rule(
            &format!("{link}:focus {label}, {link}:focus {decorated}"),
            "text-decoration: none",
        )
        .rule(".govuk-pagination__link-title", "text-decoration-thickness: inherit")
        .rule(
            label,
            "font-weight: 400; text-decoration: underline; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .1578em; display: inline-block",
        )
        .rule(
            ".govuk-pagination__icon",
            &format!(
                "width: .9375rem; height: .8125rem; color: {}; fill: currentcolor; forced-color-adjust: auto",
                c.secondary_text
            ),
        )
        .rule(".govuk-pagination__icon--prev", "margin-right: 15px")
        .rule(".govuk-pagination__icon--next", "margin-left: 15px");
    let block = ".govuk-pagination--block";
    css.rule(block, "display: block")
        .rule(
            &format!("{block} .govuk-pagination__prev, {block} .govuk-pagination__next"),
            "padding-left: 0; float: none",
        )
        .rule(
            &format!(
                "{block} .govuk-pagination__prev {link}, {block} .govuk-pagination__next {link}"
            ),
            "display: inline-block",
        )
        .rule(
            &format!("{block} .govuk-pagination__next"),
            "padding-right: 15px",
        )
        .rule(
            &format!("{block} .govuk-pagination__prev + .govuk-pagination__next"),
            &format!("border-top: 1px solid {}", c.border),
        )
        .rule(
            &format!("{block} .govuk-pagination__link-title::after"),
            "content: \"\"; display: block",
        )
        .rule(
            &format!("{block} {link}"),
            "padding-left: 30px; text-align: left",
        )
        .rule(
            &format!("{block} {link}:not(:focus)"),
            "text-decoration: none",
        )
        .rule(
            &format!("{block} .govuk-pagination__icon"),
            "margin-top: .326em; margin-left: -30px; float: left",
        );
}
