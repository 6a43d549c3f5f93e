//! Styles for civic-patterns' own markup, from the theme's tokens like the components'.
//!
//! `app-step-nav`: the GOV.UK Prototype Kit's step by step (`@govuk-prototype-kit/step-by-step`
//! 2.2.4, itself from govuk_publishing_components' step by step nav), written again from its
//! SCSS with Civic's colours, so a council theme reaches it. Without script every step is
//! open; `app-step-nav--active` (set by its behaviour) makes the headers buttons.

use crate::sheet::builder::{Css, Weight};

/// The step by step's lines and circles: 30px circles (35px on a large one from tablet), 1px
/// lines.
const CIRCLE: f64 = 30.0;
const CIRCLE_LARGE: f64 = 35.0;

/// `govuk-em`: pixels in ems of a context size.
fn em(px: f64, context: f64) -> String {
    format!("{}em", crate::sheet::builder::trim_float(px / context))
}

/// Step by step navigation.
pub fn step_by_step(css: &mut Css) {
    let c = css.c;
    let large = ".app-step-nav--large";
    let hover = crate::palette::BLACK_TINT_95;

    // The plugin's `step-nav-font`: one size on phones, another from tablet.
    // The font stack once, on the roots; the buttons the behaviour adds inherit it.
    css.font_family(".app-step-nav, .app-step-nav-header, .app-step-nav-related")
        .rule(".app-step-nav__button", "font-family: inherit");
    let font = |css: &mut Css,
                selector: &str,
                size: u16,
                tablet: u16,
                weight: Weight,
                line: &str,
                tablet_line: &str| {
        css.rule(
            selector,
            &format!(
                "font-size: {size}px; font-weight: {}; line-height: {line}",
                crate::sheet::builder::font_weight(weight)
            ),
        );
        if tablet != size || tablet_line != line {
            css.tablet(
                selector,
                &format!("font-size: {tablet}px; line-height: {tablet_line}"),
            );
        }
    };

    css.rule(".app-step-nav", "margin-bottom: 30px")
        .tablet(&format!(".app-step-nav{large}"), "margin-bottom: 60px")
        .rule(".js-enabled .app-step-nav.js-hidden", "display: none")
        .rule(".app-step-nav__controls", "padding: 3px 3px 0 0")
        .rule(
            ".app-step-nav____title-text-focus",
            "margin-bottom: 13px; display: inline-block",
        );

    // The chevron, drawn in CSS so it scales with text.
    css.rule(
        ".app-step-nav__chevron",
        "box-sizing: border-box; display: inline-block; position: relative; width: 1.25rem; height: 1.25rem; border: 0.0625rem solid; border-radius: 50%; vertical-align: text-top",
    )
    .rule(&format!("{large} .app-step-nav__chevron"), "vertical-align: top")
    .rule(
        ".app-step-nav__chevron::after",
        "content: \"\"; box-sizing: border-box; display: block; position: absolute; bottom: 0.3125rem; left: 0.375rem; width: 0.375rem; height: 0.375rem; transform: rotate(-45deg); border-top: 0.125rem solid; border-right: 0.125rem solid",
    )
    .rule(".app-step-nav__chevron--down", "transform: rotate(180deg)");

    // The buttons the behaviour adds.
    css.rule(
        ".app-step-nav__button",
        &format!(
            "color: {}; cursor: pointer; background: none; border: 0; margin: 0",
            c.link
        ),
    )
    .rule(
        ".app-step-nav__button:hover",
        &format!("background: {hover}"),
    )
    .rule(
        ".app-step-nav__button:hover .app-step-nav__chevron",
        &format!("color: {}; background: {}", c.text, c.text),
    )
    .rule(
        ".app-step-nav__button:hover .app-step-nav__chevron::after",
        &format!("color: {hover}"),
    )
    .rule(
        ".app-step-nav__button:hover .app-step-nav__button-text",
        &format!("color: {}", c.text),
    )
    .rule(".app-step-nav__button:focus", "outline: 0")
    .rule(
        ".app-step-nav__button:focus .app-step-nav__chevron",
        &format!("color: {}; background: {}", c.focus_text, c.focus_text),
    )
    .rule(
        ".app-step-nav__button:focus .app-step-nav__chevron::after",
        &format!("color: {}", c.focus),
    )
    .focused_text(".app-step-nav__button:focus .app-step-nav____title-text-focus")
    .focused_text(".app-step-nav__button:focus .app-step-nav__toggle-link-focus")
    .rule(
        ".app-step-nav__button:focus .app-step-nav__toggle-link-focus",
        "padding-bottom: 2px",
    )
    .rule(".app-step-nav__button::-moz-focus-inner", "border: 0");

    font(
        css,
        ".app-step-nav__button--title",
        19,
        19,
        Weight::Bold,
        "1.2",
        "1.2",
    );
    css.rule(
        ".app-step-nav__button--title",
        &format!(
            "display: inline-block; padding: 5px 0 0; text-align: left; color: {}; width: 100%",
            c.text
        ),
    );
    font(
        css,
        &format!("{large} .app-step-nav__button--title"),
        19,
        24,
        Weight::Bold,
        "1.3",
        "1.3",
    );
    css.tablet(
        &format!("{large} .app-step-nav__button--title"),
        "padding-top: 10px",
    );

    font(
        css,
        ".app-step-nav__button--controls",
        15,
        15,
        Weight::Regular,
        "1.3",
        "1.3",
    );
    css.rule(
        ".app-step-nav__button--controls",
        "position: relative; z-index: 1; margin: 0.5em 0 14px; padding: 5px 0 5px",
    );
    font(
        css,
        &format!("{large} .app-step-nav__button--controls"),
        15,
        19,
        Weight::Regular,
        "1.3",
        "1.3",
    );
    css.focused_text(".app-step-nav__button--controls:focus")
        .rule(
            ".app-step-nav__button--controls:focus .app-step-nav__button-text",
            "text-decoration: none",
        );

    css.rule(
        ".app-step-nav__button-text",
        &format!(
            "display: inline-block; text-align: left; min-width: {}; margin-left: 5px",
            em(35.0, 14.0)
        ),
    )
    .rule(
        &format!("{large} .app-step-nav__button-text"),
        &format!("min-width: {}; margin-left: 5px", em(40.0, 16.0)),
    )
    .rule(
        ".app-step-nav__button-text--all",
        &format!("min-width: {}", em(87.0, 14.0)),
    )
    .rule(
        &format!("{large} .app-step-nav__button-text--all"),
        &format!("min-width: {}", em(100.0, 16.0)),
    );

    // Steps, joined by a line down the left.
    let line = |top: &str, circle: f64| {
        format!(
            "content: \"\"; position: absolute; z-index: 2; width: 0; height: 100%; border-left: solid 1px {}; background: {}; left: 0; margin-left: {}; top: {top}",
            c.border,
            c.body_background,
            em(circle / 2.0 - 0.5, 16.0)
        )
    };
    css.rule(".app-step-nav__steps", "padding: 0; margin: 0")
        .rule(
            ".app-step-nav__step",
            &format!("position: relative; padding-left: {}; list-style: none", em(45.0, 16.0)),
        )
        .rule(".app-step-nav__step::after", &line(&em(15.0, 16.0), CIRCLE))
        .tablet(&format!("{large} .app-step-nav__step"), &format!("padding-left: {}", em(60.0, 16.0)))
        .tablet(&format!("{large} .app-step-nav__step::after"), &line(&em(30.0, 16.0), CIRCLE_LARGE))
        .rule(
            ".app-step-nav__step:last-child::before",
            &format!(
                "content: \"\"; position: absolute; z-index: 6; bottom: 0; left: 0; margin-left: {}px; width: {}px; height: 0; border-bottom: solid 1px {}",
                CIRCLE / 4.0,
                CIRCLE / 2.0,
                c.border
            ),
        )
        .rule(".app-step-nav__step:last-child::after", "height: calc(100% - 15px)")
        .tablet(
            &format!("{large} .app-step-nav__step:last-child::before"),
            &format!("margin-left: {}px; width: {}px", CIRCLE_LARGE / 4.0, CIRCLE_LARGE / 2.0),
        )
        .tablet(&format!("{large} .app-step-nav__step:last-child::after"), "height: calc(100% - 30px)")
        .rule(
            ".app-step-nav__step--active:last-child::before, .app-step-nav__step--active .app-step-nav__circle--number, .app-step-nav__step--active::after",
            &format!("border-color: {}", c.text),
        );

    // The numbers, and "and" / "or", in circles on the line.
    css.rule(
        ".app-step-nav__circle",
        &format!(
            "box-sizing: border-box; position: absolute; z-index: 5; top: 3px; left: 0; width: {0}; height: {0}; color: {1}; background: {2}; border-radius: 100px; text-align: center",
            em(CIRCLE, 16.0),
            c.text,
            c.body_background
        ),
    )
    .tablet(
        &format!("{large} .app-step-nav__circle"),
        &format!("top: 11px; width: {0}; height: {0}", em(CIRCLE_LARGE, 19.0)),
    );
    font(
        css,
        ".app-step-nav__circle--number",
        16,
        16,
        Weight::Bold,
        "29px",
        "29px",
    );
    css.rule(
        ".app-step-nav__circle--number",
        &format!("border: solid 1px {}", c.border),
    );
    font(
        css,
        &format!("{large} .app-step-nav__circle--number"),
        16,
        19,
        Weight::Bold,
        "29px",
        "34px",
    );
    css.rule(
        ".app-step-nav__step--active .app-step-nav__circle--number",
        &format!("background-color: {}", c.text),
    )
    .rule(
        ".app-step-nav__step--active .app-step-nav__circle--number .app-step-nav__circle-background",
        &format!("text-shadow: none; color: {}", c.body_background),
    );
    font(
        css,
        ".app-step-nav__circle--logic",
        19,
        19,
        Weight::Bold,
        "28px",
        "28px",
    );
    css.rule(
        ".app-step-nav__circle--logic",
        &format!("left: 3px; width: {0}; height: {0}", em(CIRCLE, 19.0)),
    );
    font(
        css,
        &format!("{large} .app-step-nav__circle--logic"),
        19,
        24,
        Weight::Bold,
        "28px",
        "34px",
    );
    css.tablet(
        &format!("{large} .app-step-nav__circle--logic"),
        &format!("width: {0}; height: {0}", em(CIRCLE_LARGE, 24.0)),
    )
    .rule(
        ".app-step-nav__circle-inner",
        "float: right; min-width: 100%",
    )
    .rule(
        ".app-step-nav__circle-background",
        &format!(
            "text-shadow: 0 -0.1em 0 {0}, 0.1em 0 0 {0}, 0 0.1em 0 {0}, -0.1em 0 0 {0}",
            c.body_background
        ),
    );

    // Headers, titles, panels.
    css.rule(
        ".app-step-nav__header",
        &format!("border-top: solid 1px {}; padding: 5px 0 30px", c.border),
    )
    .rule(
        &format!("{large} .app-step-nav__header"),
        "padding-top: 10px",
    )
    .rule(".js-enabled .app-step-nav__header", "padding: 0")
    .rule(
        ".app-step-nav--active .app-step-nav__header",
        "cursor: pointer",
    );
    font(
        css,
        ".app-step-nav__title",
        19,
        19,
        Weight::Bold,
        "1.4",
        "1.4",
    );
    css.rule(
        ".app-step-nav__title",
        &format!("color: {}; margin: 0", c.text),
    );
    font(
        css,
        &format!("{large} .app-step-nav__title"),
        19,
        24,
        Weight::Bold,
        "1.4",
        "1.4",
    );
    font(
        css,
        ".app-step-nav__toggle-link",
        15,
        15,
        Weight::Regular,
        "1.2",
        "1.2",
    );
    css.rule(
        ".app-step-nav__toggle-link",
        &format!(
            "display: block; color: {}; text-transform: capitalize; padding-bottom: 30px",
            c.link
        ),
    );
    font(
        css,
        &format!("{large} .app-step-nav__toggle-link"),
        15,
        19,
        Weight::Regular,
        "1.2",
        "1.2",
    );
    font(
        css,
        ".app-step-nav__panel",
        16,
        16,
        Weight::Regular,
        "1.3",
        "1.3",
    );
    css.rule(
        ".app-step-nav__panel",
        &format!("color: {}; padding-bottom: 25px", c.text),
    );
    font(
        css,
        &format!("{large} .app-step-nav__panel"),
        16,
        19,
        Weight::Regular,
        "1.3",
        "1.3",
    );
    css.rule(
        ".js-enabled .app-step-nav__panel.js-hidden",
        "display: none",
    )
    .rule(
        ".app-step-nav__paragraph",
        "padding-bottom: 15px; margin: 0; font-size: inherit",
    )
    .rule(
        ".app-step-nav__paragraph + .app-step-nav__list",
        "margin-top: -5px",
    )
    .tablet(
        &format!("{large} .app-step-nav__paragraph"),
        "padding-bottom: 30px",
    )
    .tablet(
        &format!("{large} .app-step-nav__paragraph + .app-step-nav__list"),
        "margin-top: -15px",
    )
    .rule(
        ".app-step-nav__list",
        "padding: 0; padding-bottom: 10px; list-style: none",
    )
    .tablet(
        &format!("{large} .app-step-nav__list"),
        "padding-bottom: 20px",
    )
    .rule(".app-step-nav__list-item", "margin-bottom: 10px");

    // Links, and the one being viewed.
    css.link_common(".app-step-nav__link")
        .link_colours(".app-step-nav__link")
        .visually_hidden(".app-step-nav__link-active-context", false)
        .rule(".app-step-nav__list-item--active", "position: relative")
        .rule(
            ".app-step-nav__list-item--active::before",
            &format!(
                "box-sizing: border-box; content: \"\"; position: absolute; z-index: 5; top: 0.6em; left: -45px; margin-top: -0.5px; margin-left: {}px; width: {}px; height: 1px; background: {}",
                CIRCLE / 2.0,
                CIRCLE / 2.0,
                c.text
            ),
        )
        .tablet(
            &format!("{large} .app-step-nav__list-item--active::before"),
            &format!("left: -60px; margin-left: {}px", CIRCLE_LARGE / 2.0),
        )
        .link_colours_text(".app-step-nav__list-item--active .app-step-nav__link")
        .rule(
            ".app-step-nav__context",
            &format!("display: inline-block; font-weight: normal; color: {}", c.secondary_text),
        )
        .rule(".app-step-nav__context::before", "content: \" \\2013\\00a0\"");

    // The plugin's header ("Part of" above a page) and related links ("Part of" beside it).
    let blue = c.brand;
    css.font(".app-step-nav-header", 24, Weight::Bold)
        .rule(
            ".app-step-nav-header",
            &format!(
                "color: {}; position: relative; padding: 10px; background: {hover}; border-bottom: solid 1px {blue}; margin-top: 15px",
                c.text
            ),
        )
        .tablet(".app-step-nav-header", "padding: 25px")
        .font(".app-step-nav-header__part-of", 19, Weight::Bold)
        .rule(".app-step-nav-header__part-of", "display: block")
        .rule(
            ".app-step-nav-related",
            &format!("color: {}; border-top: 2px solid {blue}; margin-bottom: 30px", c.text),
        )
        .font(".app-step-nav-related__heading", 19, Weight::Bold)
        .rule(".app-step-nav-related__heading", "margin-top: 15px; margin-bottom: 10px")
        .font(".app-step-nav-related__links", 16, Weight::Regular)
        .rule(".app-step-nav-related__links", "list-style: none; margin: 0; padding: 0")
        .rule(".app-step-nav-related--singular", "margin-bottom: 13px")
        .rule(
            ".app-step-nav-related--singular .app-step-nav-related__heading",
            "line-height: 1.4; margin-top: 20px",
        )
        .below_tablet(".app-step-nav-related--singular .app-step-nav-related__heading", "font-size: 19px")
        .rule(".app-step-nav-related__pretitle", "display: block; margin-bottom: 15px")
        .tablet(".app-step-nav-related__pretitle", "margin-bottom: 5px")
        .rule(
            ".app-step-nav-related--singular .app-step-nav-related__pretitle",
            "margin-bottom: 7.5px",
        )
        .rule(".app-step-nav-related__link-item", "margin-top: 15px");
}
