//! `govuk-breadcrumbs`: where the page sits in the site, with chevrons between.

use super::back_link::chevron;
use crate::sheet::builder::{Css, Weight};

/// Breadcrumbs styles.
pub fn breadcrumbs(css: &mut Css) {
    let c = css.c;
    let item = ".govuk-breadcrumbs__list-item";
    css.font(".govuk-breadcrumbs", 16, Weight::Regular)
        .rule(
            ".govuk-breadcrumbs",
            &format!("margin-top: 15px; margin-bottom: 10px; color: {}", c.text),
        )
        .clearfix(".govuk-breadcrumbs__list")
        .rule(
            ".govuk-breadcrumbs__list",
            "margin: 0; padding: 0; list-style-type: none",
        )
        .rule(
            item,
            "display: inline-block; position: relative; margin-bottom: 5px; margin-left: .625em; padding-left: .9784375em; float: left",
        );
    chevron(
        css,
        &format!("{item}::before"),
        "-.206875em",
        45,
        c.secondary_text,
    );
    let link = ".govuk-breadcrumbs__link";
    css.rule(
        &format!("{item}:first-child"),
        "margin-left: 0; padding-left: 0",
    )
    .rule(
        &format!("{item}:first-child::before"),
        "content: none; display: none",
    )
    .font_family(link)
    .link_decoration(link)
    .focused_text(&format!("{link}:focus"))
    .link_colours_text(link);
    let collapse = ".govuk-breadcrumbs--collapse-on-mobile";
    css.below_tablet(&format!("{collapse} {item}"), "display: none")
        .below_tablet(
            &format!("{collapse} {item}:first-child, {collapse} {item}:last-child"),
            "display: inline-block",
        )
        .below_tablet(
            &format!("{collapse} {item}::before"),
            "top: .375em; margin: 0",
        )
        .below_tablet(
            &format!("{collapse} .govuk-breadcrumbs__list"),
            "display: flex",
        )
        .rule(
            ".govuk-breadcrumbs--inverse",
            &format!(
                "{}: {}; color: {}",
                c.text.property(),
                c.inverse_text,
                c.inverse_text
            ),
        )
        .rule(
            &format!(".govuk-breadcrumbs--inverse {item}::before"),
            "border-color: currentcolor",
        );
}
