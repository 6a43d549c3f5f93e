//! `govuk-back-link`: a link back to the previous page, with a chevron.

use crate::sheet::builder::{Css, Weight};

/// A chevron drawn from two borders of a rotated square, before `selector`.
pub fn chevron(
    css: &mut Css,
    selector: &str,
    left: &str,
    rotate: u16,
    colour: impl std::fmt::Display,
) {
    css.rule(
        selector,
        &format!(
            "content: \"\"; display: block; position: absolute; top: 0; bottom: 0; left: {left}; width: .4375em; height: .4375em; margin: auto 0; transform: rotate({rotate}deg); border: solid; border-width: 1px 1px 0 0; border-color: {colour}"
        ),
    )
    .supports(
        "(border-width: max(0px))",
        selector,
        "border-width: max(1px, .0625em) max(1px, .0625em) 0 0; font-size: max(16px, 1em)",
    );
}

/// Back link styles.
pub fn back_link(css: &mut Css) {
    let c = css.c;
    let b = ".govuk-back-link";
    css.font(b, 16, Weight::Regular)
        .link_decoration(b)
        .focused_text(".govuk-back-link:focus")
        .link_colours_text(b)
        .rule(
            b,
            "display: inline-block; position: relative; margin-top: 15px; margin-bottom: 15px; padding-left: .875em",
        );
    chevron(
        css,
        ".govuk-back-link::before",
        ".1875em",
        225,
        c.secondary_text,
    );
    css.rule(
        ".govuk-back-link:focus::before",
        &format!("border-color: {}", c.focus_text),
    )
    .rule(
        ".govuk-back-link::after",
        "content: \"\"; position: absolute; top: -14px; right: 0; bottom: -14px; left: 0",
    )
    .rule(
        ".govuk-back-link--inverse:link, .govuk-back-link--inverse:visited",
        &format!("color: {}", c.inverse_text),
    )
    .rule(
        ".govuk-back-link--inverse:focus",
        &format!("color: {}", c.focus_text),
    )
    .rule(
        ".govuk-back-link--inverse::before",
        "border-color: currentcolor",
    );
}
