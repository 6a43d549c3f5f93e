//! `govuk-details`: a summary that reveals more text.

use crate::sheet::builder::{Css, Weight};

/// Details styles: a link-like summary with a triangle that turns when open.
pub fn details(css: &mut Css) {
    let c = css.c;
    let d = ".govuk-details";
    let summary = ".govuk-details__summary";
    css.font(d, 19, Weight::Regular)
        .responsive(d, "margin-bottom", 6)
        .rule(d, &format!("display: block; color: {}", c.text))
        .rule(summary, "display: block")
        .rule(".govuk-details[open] .govuk-details__summary", "margin-bottom: 5px")
        .rule(".govuk-details__summary-text > :first-child", "margin-top: 0")
        .rule(
            ".govuk-details__summary-text > :only-child, .govuk-details__summary-text > :last-child",
            "margin-bottom: 0",
        )
        .rule(
            ".govuk-details__text",
            &format!(
                "padding-top: 15px; padding-bottom: 15px; padding-left: 20px; border-left: 5px solid {}",
                c.border
            ),
        )
        .rule(".govuk-details__text p", "margin-top: 0; margin-bottom: 20px")
        .rule(".govuk-details__text > :last-child", "margin-bottom: 0")
        .rule(
            summary,
            &format!(
                "position: relative; width: fit-content; padding-left: 25px; color: {}; cursor: pointer",
                c.link
            ),
        )
        .rule(
            &format!("{summary}:hover"),
            &format!("color: {}", c.link_hover),
        )
        .focused_text(&format!("{summary}:focus"))
        .link_decoration(".govuk-details__summary-text")
        .rule(
            ".govuk-details__summary:hover .govuk-details__summary-text",
            "text-decoration-thickness: max(3px, .1875rem, .12em); text-decoration-skip-ink: none",
        )
        .rule(
            ".govuk-details__summary:focus .govuk-details__summary-text",
            "text-decoration: none",
        )
        .rule(
            ".govuk-details__summary::-webkit-details-marker",
            "display: none",
        )
        .rule(
            &format!("{summary}::before"),
            "content: \"\"; position: absolute; top: -1px; bottom: 0; left: 0; margin: auto; display: block; width: 0; height: 0; clip-path: polygon(0 0, 100% 50%, 0 100%); border-color: transparent; border-style: solid; border-width: 7px 0 7px 12.124px; border-left-color: inherit",
        )
        .rule(
            ".govuk-details[open] > .govuk-details__summary::before",
            "clip-path: polygon(0 0, 50% 100%, 100% 0); border-width: 12.124px 7px 0; border-color: transparent; border-top-color: inherit",
        );
}
