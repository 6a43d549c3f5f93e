//! `govuk-header`: GOV.UK's bar at the top of the page, and the parts it shares with
//! `govuk-generic-header` (a council's header, in its theme's header colour with its own logo).

use crate::sheet::builder::{Css, Weight};

/// The parts both headers share, under `base` (`.govuk-header` or `.govuk-generic-header`).
pub(super) fn header_base(css: &mut Css, base: &str, background: &str, logo_padding: &str) {
    let c = css.c;
    let text = c.text.property();
    let link = format!("{base}__homepage-link");
    css.font_with_line_height(base, 16, Weight::Regular, "1", "1")
        .rule(
            base,
            &format!(
                "border-bottom: 1px solid transparent; {text}: {}; color: {}; background: {background}",
                c.inverse_text, c.text
            ),
        )
        .print(
            base,
            &format!("border-bottom-width: 0; {text}: inherit; background: transparent"),
        )
        .rule(&format!("{base}__container--full-width"), "padding: 0 15px")
        .rule(&format!("{base}__logo"), logo_padding)
        .rule(
            &link,
            "display: inline; margin-right: 10px; font-size: 30px; text-decoration: none",
        )
        .rule(
            &format!("{link}:link, {link}:visited, {link}:active"),
            &format!("color: {}; text-decoration: none", c.text),
        )
        .rule(
            &format!("{link}:hover, {link}:active"),
            "margin-bottom: -3px; border-bottom: 3px solid",
        )
        .focused_text(&format!("{link}:focus"))
        .rule(&format!("{link}:focus"), "margin-bottom: 0; border-bottom: 0")
        .print(&format!("{link}::after"), "content: \"\"")
        .rule(&format!("{link} > *"), "vertical-align: top");
}

/// GOV.UK header styles (the crown logotype is drawn only when a page asks for it).
pub fn header(css: &mut Css) {
    let c = css.c;
    header_base(
        css,
        ".govuk-header",
        &c.brand.to_string(),
        "padding-top: 16px; padding-bottom: 12px",
    );
    css.rule(".govuk-header__homepage-link", "word-spacing: -.375rem")
        .rule(".govuk-header__homepage-link > *", "word-spacing: 0")
        .rule(
            ".govuk-header__logotype",
            "display: inline-block; position: relative; top: -3px; margin-right: .4375rem; margin-bottom: 2px; fill: currentcolor; vertical-align: top",
        )
        .media(
            "(forced-colors: active)",
            ".govuk-header__logotype",
            "color: linktext; forced-color-adjust: none",
        )
        .rule(".govuk-header__logotype:last-child", "margin-right: 0")
        .rule(".govuk-logo-dot", "fill: #00ffe0")
        .media("print", ".govuk-logo-dot", "fill: currentcolor")
        .media("(forced-colors: active)", ".govuk-logo-dot", "fill: currentcolor")
        .rule(":focus .govuk-logo-dot", "fill: currentcolor")
        .rule(
            ".govuk-header__product-name",
            "display: inline-table; margin-bottom: -.0625rem; font-size: 1.9375rem; letter-spacing: -.015em; vertical-align: top; forced-color-adjust: none",
        )
        .forced_colours(
            ".govuk-header__product-name",
            "color: LinkText; background: transparent",
        );
}
