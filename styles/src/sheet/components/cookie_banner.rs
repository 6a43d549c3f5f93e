//! `govuk-cookie-banner`: asks for consent to cookies, on the page surface colour.

use crate::sheet::builder::Css;

/// Cookie banner styles.
pub fn cookie_banner(css: &mut Css) {
    let c = css.c;
    css.rule(
        ".govuk-cookie-banner",
        &format!(
            "padding-top: 20px; border-bottom: 10px solid transparent; color: {}; background-color: {}",
            c.surface_text, c.surface_background
        ),
    )
    .print(
        ".govuk-cookie-banner",
        "border-bottom-color: currentcolor; color: #000; background-color: transparent",
    )
    .rule(".govuk-cookie-banner[hidden], .govuk-cookie-banner__message[hidden]", "display: none")
    .rule(".govuk-cookie-banner__message", "margin-bottom: -10px")
    .rule(".govuk-cookie-banner__message:focus", "outline: none");
}
