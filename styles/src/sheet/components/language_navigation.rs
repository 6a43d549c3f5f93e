//! `govuk-language-navigation`: links to the page in other languages (English, Cymraeg).

use crate::sheet::builder::{Css, Weight};

/// Language navigation styles.
pub fn language_navigation(css: &mut Css) {
    let c = css.c;
    let n = ".govuk-language-navigation";
    css.font(n, 19, Weight::Regular)
        .responsive(n, "margin-bottom", 6)
        .rule(n, &format!("color: {}", c.text))
        .rule(
            ".govuk-language-navigation__list",
            "display: inline-flex; flex-wrap: wrap; row-gap: 10px; margin: 0; padding: 0; list-style-type: none",
        )
        .rule(
            ".govuk-language-navigation__list-item",
            "display: flex; align-items: center",
        )
        .rule(
            ".govuk-language-navigation__list-item:not(:last-child)::after",
            &format!(
                "content: \"\"; display: block; height: 1em; margin-right: 10px; margin-left: 10px; border-right: 1px solid {}",
                c.border
            ),
        );
    let link = ".govuk-language-navigation__link";
    css.link_common(link)
        .link_colours(link)
        .rule(
            &format!(".govuk-language-navigation--inverse, .govuk-language-navigation--inverse {link}:link, .govuk-language-navigation--inverse {link}:visited"),
            &format!("color: {}", c.inverse_text),
        )
        .rule(
            &format!(".govuk-language-navigation--inverse {link}:focus"),
            &format!("color: {}", c.focus_text),
        )
        .rule(
            ".govuk-language-navigation--inverse .govuk-language-navigation__list-item::after",
            "border-right-color: currentcolor",
        )
        .rule(
            ".govuk-service-navigation .govuk-language-navigation",
            "margin-top: 5px; margin-bottom: 15px",
        )
        .tablet(
            ".govuk-service-navigation .govuk-language-navigation",
            "margin-top: 15px",
        );
}
