//! `govuk-button`: primary, secondary, warning, inverse and start buttons.

use crate::palette;
use crate::sheet::builder::{Css, Weight};
use std::fmt::Display;

/// Button styles. Each variant's hover and shadow colours are shades of its own colour, so a
/// theme only sets the base colours.
pub fn button(css: &mut Css) {
    let c = css.c;
    let b = ".govuk-button";
    css.font_with_line_height(b, 19, Weight::Regular, "1", "19px")
        .rule(
            b,
            "box-sizing: border-box; display: inline-block; position: relative; width: 100%; margin: 0 0 22px",
        )
        .tablet(b, "margin-bottom: 32px");
    variant(
        css,
        b,
        c.success,
        c.inverse_text,
        c.success.shade(0.5),
        c.success.shade(0.25),
    );
    css.rule(
        b,
        "padding: 8px 10px 7px; border: 2px solid transparent; border-radius: 0; text-align: center; vertical-align: top; cursor: pointer; -webkit-appearance: none",
    )
    .tablet(b, "width: auto")
    .rule(
        ".govuk-button:link, .govuk-button:visited, .govuk-button:active, .govuk-button:hover",
        "text-decoration: none",
    )
    .rule(".govuk-button::-moz-focus-inner", "padding: 0; border: 0")
    .rule(".govuk-button:active", "top: 2px")
    .rule(
        ".govuk-button:focus",
        &format!(
            "border-color: {}; outline: 3px solid transparent; box-shadow: inset 0 0 0 1px {}",
            c.focus, c.focus
        ),
    )
    .rule(
        ".govuk-button:focus:not(:active):not(:hover)",
        &format!(
            "border-color: {}; color: {}; background-color: {}; box-shadow: 0 2px 0 {}",
            c.focus, c.focus_text, c.focus, c.focus_text
        ),
    )
    .rule(
        ".govuk-button::before",
        "content: \"\"; display: block; position: absolute; top: -2px; right: -2px; bottom: -4px; left: -2px; background: transparent",
    )
    .rule(".govuk-button:active::before", "top: -4px")
    .rule(".govuk-button[disabled]", "opacity: .5")
    .rule(".govuk-button[disabled]:hover", "cursor: not-allowed")
    .rule(
        ".govuk-button[disabled]:active",
        &format!("top: 0; box-shadow: 0 2px 0 {}", c.success.shade(0.5)),
    );
    variant(
        css,
        ".govuk-button--secondary",
        palette::BLACK_TINT_95,
        // Fixed, not the text colour property: inverse areas set that to white.
        palette::BLACK,
        palette::BLACK_TINT_50,
        palette::BLACK_TINT_80,
    );
    variant(
        css,
        ".govuk-button--warning",
        c.error,
        c.inverse_text,
        c.error.shade(0.5),
        c.error.shade(0.25),
    );
    variant(
        css,
        ".govuk-button--inverse",
        c.body_background,
        c.brand,
        c.brand.shade(0.5),
        c.brand.tint(0.95),
    );
    let start = ".govuk-button--start";
    css.rule(start, "font-weight: 700")
        .font_size_with_line_height(start, 24, "1", "1")
        .rule(
            start,
            "display: inline-flex; justify-content: center; min-height: auto",
        )
        .rule(
            ".govuk-button__start-icon",
            "flex-shrink: 0; align-self: center; margin-left: 5px; vertical-align: middle; forced-color-adjust: auto",
        )
        .desktop(".govuk-button__start-icon", "margin-left: 10px");
}

/// One colour variant: background, text, shadow, hover, and a disabled button that does not
/// change on hover.
fn variant(
    css: &mut Css,
    selector: &str,
    background: impl Display,
    text: impl Display,
    shadow: impl Display,
    hover: impl Display,
) {
    css.rule(
        selector,
        &format!("color: {text}; background-color: {background}; box-shadow: 0 2px 0 {shadow}"),
    )
    .rule(
        &format!("{selector}:link, {selector}:visited, {selector}:active, {selector}:hover"),
        &format!("color: {text}"),
    )
    .rule(
        &format!("{selector}:hover"),
        &format!("background-color: {hover}"),
    );
    css.rule(
        &format!("{selector}[disabled]:hover"),
        &format!("background-color: {background}"),
    );
}
