//! `govuk-tabs`: without script a list of links to the panels below; with script, tabs.

use crate::sheet::builder::{Css, Weight};

/// Tabs styles.
pub fn tabs(css: &mut Css) {
    let c = css.c;
    let tab = ".govuk-tabs__tab";
    css.rule(".govuk-tabs", "margin-top: 5px")
        .responsive(".govuk-tabs", "margin-bottom", 6)
        .font(".govuk-tabs", 19, Weight::Regular)
        .font_size(".govuk-tabs__title", 19)
        .rule(
            ".govuk-tabs__title",
            &format!("font-weight: 400; margin-bottom: 10px; color: {}", c.text),
        )
        .rule(
            ".govuk-tabs__list",
            "padding: 0; list-style: none; margin: 0 0 20px",
        )
        .tablet(".govuk-tabs__list", "margin-bottom: 30px")
        .rule(".govuk-tabs__list-item", "margin-left: 25px")
        .rule(
            ".govuk-tabs__list-item::before",
            &format!(
                "content: \"\\2014\"; margin-left: -25px; padding-right: 5px; color: {}",
                c.text
            ),
        )
        .link_common(tab)
        .link_colours(tab)
        .rule(tab, "display: inline-block; margin-bottom: 10px")
        .rule(".govuk-tabs__panel", "margin-bottom: 30px")
        .tablet(".govuk-tabs__panel", "margin-bottom: 50px");

    // Enhanced by script, from tablet up.
    let js = ".govuk-frontend-supported";
    css.tablet(&format!("{js} .govuk-tabs__list::after"), "content: \"\"; display: block; clear: both")
        .tablet(
            &format!("{js} .govuk-tabs__list"),
            &format!("margin-bottom: 0; border-bottom: 1px solid {}", c.border),
        )
        .tablet(&format!("{js} .govuk-tabs__title"), "display: none")
        .tablet(
            &format!("{js} .govuk-tabs__list-item"),
            &format!(
                "position: relative; margin-right: 5px; margin-bottom: 0; margin-left: 0; padding: 10px 20px; float: left; background-color: {}; text-align: center",
                crate::palette::BLACK_TINT_95
            ),
        )
        .tablet(&format!("{js} .govuk-tabs__list-item::before"), "content: none")
        .tablet(
            &format!("{js} .govuk-tabs__list-item--selected"),
            &format!(
                "position: relative; margin-top: -5px; margin-bottom: -1px; padding: 14px 19px 16px; border: 1px solid {}; border-bottom: 0; background-color: {}",
                c.border, c.body_background
            ),
        )
        .tablet(
            &format!("{js} .govuk-tabs__list-item--selected .govuk-tabs__tab"),
            "text-decoration: none",
        )
        .tablet(
            &format!("{js} {tab}:link, {js} {tab}:visited, {js} {tab}:active"),
            &format!("color: {}", c.text),
        )
        .tablet(&format!("{js} {tab}:focus"), &format!("color: {}", c.focus_text))
        .tablet(&format!("{js} {tab}"), "margin-bottom: 0")
        .tablet(
            &format!("{js} {tab}::after"),
            "content: \"\"; position: absolute; top: 0; right: 0; bottom: 0; left: 0",
        )
        .tablet(
            &format!("{js} .govuk-tabs__panel"),
            &format!(
                "margin-bottom: 0; padding: 30px 20px; border: 1px solid {}; border-top: 0",
                c.border
            ),
        )
        .tablet(&format!("{js} .govuk-tabs__panel > :last-child"), "margin-bottom: 0")
        .tablet(&format!("{js} .govuk-tabs__panel--hidden"), "display: none");
}
