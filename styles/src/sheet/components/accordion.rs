//! `govuk-accordion`: sections that show and hide. Without script every section is open and
//! its heading is plain text; the `govuk-frontend-supported` styles are for the script-drawn
//! buttons.

use crate::sheet::builder::{Css, Weight};

/// Accordion styles.
pub fn accordion(css: &mut Css) {
    let c = css.c;
    css.responsive(".govuk-accordion", "margin-bottom", 6)
        .rule(".govuk-accordion__section", "padding-top: 15px")
        .rule(
            ".govuk-accordion__section-heading",
            "margin-top: 0; margin-bottom: 0; padding-top: 15px; padding-bottom: 15px",
        )
        .font(".govuk-accordion__section-button", 24, Weight::Bold)
        .rule(
            ".govuk-accordion__section-button",
            &format!(
                "display: block; margin-bottom: 0; padding-top: 15px; color: {}",
                c.text
            ),
        )
        .rule(
            ".govuk-accordion__section-content > :last-child",
            "margin-bottom: 0",
        );

    // Enhanced by script.
    let js = ".govuk-frontend-supported";
    let button = format!("{js} .govuk-accordion__section-button");
    let show_all = format!("{js} .govuk-accordion__show-all");
    let chevron = ".govuk-accordion-nav__chevron";
    let hover_grey = crate::palette::BLACK_TINT_95;
    css.rule(
        &format!("{js} .govuk-accordion"),
        &format!("border-bottom: 1px solid {}", c.border),
    )
    .rule(&format!("{js} .govuk-accordion__section"), "padding-top: 0")
    .rule(
        &format!("{js} .govuk-accordion__section-content"),
        "display: none; padding-top: 15px",
    )
    .responsive(&format!("{js} .govuk-accordion__section-content"), "padding-bottom", 8)
    .rule(
        &format!("{js} .govuk-accordion__section-content[hidden]"),
        "padding-top: 0; padding-bottom: 0",
    )
    .supports(
        "(content-visibility: hidden)",
        &format!("{js} .govuk-accordion__section-content[hidden]"),
        "content-visibility: hidden; display: inherit",
    )
    .rule(
        &format!("{js} .govuk-accordion__section--expanded .govuk-accordion__section-content"),
        "display: block",
    )
    .font(&show_all, 19, Weight::Regular)
    .rule(
        &show_all,
        &format!(
            "position: relative; z-index: 1; margin-bottom: 9px; padding: 5px 2px 5px 0; border-width: 0; color: {}; background: none; cursor: pointer; -webkit-appearance: none",
            c.link
        ),
    )
    .tablet(&show_all, "margin-bottom: 14px")
    .rule(&format!("{js} .govuk-accordion__section-heading"), "padding: 0")
    .rule(
        &format!("{js} {chevron}"),
        "box-sizing: border-box; display: inline-block; position: relative; width: 1.25rem; height: 1.25rem; border: .0625rem solid; border-radius: 50%; vertical-align: middle",
    )
    .rule(
        &format!("{js} {chevron}::after"),
        "content: \"\"; box-sizing: border-box; display: block; position: absolute; bottom: .3125rem; left: .375rem; width: .375rem; height: .375rem; transform: rotate(-45deg); border-top: .125rem solid; border-right: .125rem solid",
    )
    .rule(&format!("{js} {chevron}--down"), "transform: rotate(180deg)")
    .rule(
        &button,
        &format!(
            "width: 100%; padding: 10px 0 0; border: 0; border-bottom: 10px solid transparent; border-top: 1px solid {}; color: {}; background: none; text-align: left; cursor: pointer; -webkit-appearance: none",
            c.border, c.text
        ),
    )
    .tablet(&button, "padding-bottom: 10px")
    .rule(
        &format!("{button}:active"),
        &format!("color: {}; background: none", c.link_active),
    );
    for control in [&button, &show_all] {
        css.rule(
            &format!("{control}:hover"),
            &format!("color: {}; background: {hover_grey}", c.text),
        )
        .rule(
            &format!("{control}:hover .govuk-accordion__section-toggle-text"),
            &format!("color: {}", c.text),
        )
        .rule(
            &format!("{control}:hover {chevron}"),
            &format!("color: {}; background: {}", c.text, c.text),
        )
        .rule(
            &format!("{control}:hover {chevron}::after"),
            &format!("color: {hover_grey}"),
        )
        .rule(
            &format!("{control}:focus {chevron}"),
            &format!("color: {}; background: {}", c.text, c.text),
        )
        .rule(
            &format!("{control}:focus {chevron}::after"),
            &format!("color: {}", c.focus),
        );
    }
    css.rule(
        &format!("{show_all}:hover"),
        &format!("box-shadow: 0 -2px {hover_grey}, 0 4px {hover_grey}"),
    )
    .focused_text(&format!("{show_all}:focus"))
        .rule(&format!("{button}:focus"), "outline: 0")
        .focused_text(&format!(
            "{button}:focus .govuk-accordion__section-heading-text-focus, {button}:focus .govuk-accordion__section-summary-focus, {button}:focus .govuk-accordion__section-toggle-focus"
        ))
        .rule(
            &format!("{js} .govuk-accordion__section--expanded .govuk-accordion__section-button"),
            "padding-bottom: 15px; border-bottom: 0",
        )
        .tablet(
            &format!("{js} .govuk-accordion__section--expanded .govuk-accordion__section-button"),
            "padding-bottom: 20px",
        )
        .rule(
            &format!("{button}:focus .govuk-accordion__section-toggle-focus"),
            "padding-bottom: 3px",
        )
        .desktop(
            &format!("{button}:focus .govuk-accordion__section-toggle-focus"),
            "padding-bottom: 2px",
        )
        .rule(
            &format!("{js} .govuk-accordion__section-heading-text, {js} .govuk-accordion__section-summary, {js} .govuk-accordion__section-toggle"),
            "display: block; margin-bottom: 13px",
        )
        .rule(
            &format!("{js} .govuk-accordion__section-heading-text-focus, {js} .govuk-accordion__section-summary-focus, {js} .govuk-accordion__section-toggle-focus"),
            "display: inline",
        )
        .font_size(&format!("{js} .govuk-accordion__section-toggle"), 19)
        .rule(
            &format!("{js} .govuk-accordion__section-toggle"),
            &format!("font-weight: 400; color: {}", c.link),
        )
        .rule(
            &format!("{js} .govuk-accordion__section-toggle-text, {js} .govuk-accordion__show-all-text"),
            "margin-left: 5px; vertical-align: middle",
        )
        .forced_colours(
            &format!("{button}:hover {chevron}, {show_all}:hover {chevron}, {button}:focus {chevron}, {show_all}:focus {chevron}"),
            "background-color: transparent",
        )
        .forced_colours(
            &format!("{button}:focus .govuk-accordion__section-heading-text-focus, {button}:focus .govuk-accordion__section-summary-focus, {button}:focus .govuk-accordion__section-toggle-focus, {show_all}:focus .govuk-accordion__section-toggle-focus"),
            "background: transparent; background-color: transparent",
        )
        .media(
            "(hover: none)",
            &format!("{js} .govuk-accordion__section-header:hover"),
            &format!("border-top-color: {}; box-shadow: inset 0 3px 0 0 {}", c.border, c.link),
        )
        .media(
            "(hover: none)",
            &format!("{js} .govuk-accordion__section-header:hover .govuk-accordion__section-button"),
            &format!("border-top-color: {}", c.border),
        );
}
