//! `govuk-footer`: links, licence and copyright at the foot of every page.

use crate::sheet::builder::{Css, Weight};

/// Footer styles. The copyright link keeps govuk-frontend's space for a crest but draws none:
/// Civic's theme has no crown.
pub fn footer(css: &mut Css) {
    let c = css.c;
    let f = ".govuk-footer";
    css.font(f, 19, Weight::Regular)
        .responsive(f, "padding-top", 7)
        .responsive(f, "padding-bottom", 5)
        .rule(
            f,
            &format!(
                "border-top: 10px solid {}; color: {}; background: {}",
                c.brand, c.surface_text, c.template_background
            ),
        )
        .print(
            f,
            &format!(
                "border-top-color: currentcolor; color: {}; background-color: transparent",
                c.text
            ),
        )
        .rule(".govuk-footer__crown", "margin-bottom: 25px");
    let link = ".govuk-footer__link";
    css.link_common(link)
        .link_colours(link)
        .rule(".govuk-footer__section-break", "margin: 0 0 30px")
        .tablet(".govuk-footer__section-break", "margin-bottom: 50px")
        .rule(
            ".govuk-footer__section-break",
            &format!("border: 0; border-bottom: 1px solid {}", c.surface_border),
        )
        .rule(
            ".govuk-footer__meta",
            "display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: center; margin-right: -15px; margin-left: -15px",
        )
        .rule(
            ".govuk-footer__meta-item",
            "margin-right: 15px; margin-bottom: 25px; margin-left: 15px",
        )
        .rule(".govuk-footer__meta-item--grow", "flex: 1")
        .below_tablet(".govuk-footer__meta-item--grow", "flex-basis: 320px")
        .rule(
            ".govuk-footer__licence-logo",
            "display: inline-block; margin-right: 10px; vertical-align: top; forced-color-adjust: auto",
        )
        .media(
            "(max-width: 48.0525em)",
            ".govuk-footer__licence-logo",
            "margin-bottom: 15px",
        )
        .rule(
            ".govuk-footer__licence-description",
            "display: inline-block; text-wrap: balance",
        )
        .link_colours_text(".govuk-footer__copyright-logo")
        .rule(
            ".govuk-footer__copyright-logo::before",
            "content: \"\"; display: block; width: 100%; padding-top: 112px; text-align: center; white-space: nowrap",
        )
        .rule(
            ".govuk-footer__inline-list",
            "margin-top: 0; margin-bottom: 15px; padding: 0",
        )
        .rule(".govuk-footer__meta-custom", "margin-bottom: 20px")
        .rule(
            ".govuk-footer__inline-list:last-child, .govuk-footer__meta-custom:last-child",
            "margin-bottom: 0",
        )
        .rule(
            ".govuk-footer__inline-list-item",
            "display: inline-block; margin-right: 15px; margin-bottom: 5px",
        )
        .rule(
            ".govuk-footer__heading",
            &format!(
                "margin-bottom: 30px; padding-bottom: 20px; border-bottom: 1px solid {}",
                c.surface_border
            ),
        )
        .below_tablet(".govuk-footer__heading", "padding-bottom: 10px")
        .clearfix(".govuk-footer__navigation")
        .rule(
            ".govuk-footer__navigation",
            "margin-right: -15px; margin-left: -15px",
        )
        .rule(
            ".govuk-footer__section",
            "display: inline-block; margin-bottom: 30px; vertical-align: top",
        )
        .rule(
            ".govuk-footer__list",
            "column-gap: 30px; margin: 0; padding: 0; list-style: none",
        )
        .desktop(".govuk-footer__list--columns-2", "column-count: 2")
        .desktop(".govuk-footer__list--columns-3", "column-count: 3")
        .responsive(".govuk-footer__list-item", "margin-bottom", 4)
        .rule(".govuk-footer__list-item:last-child", "margin-bottom: 0");
}
