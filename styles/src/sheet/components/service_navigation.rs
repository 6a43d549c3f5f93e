//! `govuk-service-navigation`: the service name and its main sections, with a menu toggle on
//! phones (drawn by script).

use crate::sheet::builder::{Css, Weight};

/// Service navigation styles.
pub fn service_navigation(css: &mut Css) {
    let c = css.c;
    let text = c.text.property();
    let n = ".govuk-service-navigation";
    let item = ".govuk-service-navigation__item, .govuk-service-navigation__service-name";
    let link = ".govuk-service-navigation__link";
    let toggle = ".govuk-service-navigation__toggle";
    css.font(n, 19, Weight::Regular)
        .rule(
            n,
            &format!(
                "border-bottom: 1px solid {}; {text}: {}; color: {}; background-color: {}",
                c.surface_border, c.surface_text, c.text, c.surface_background
            ),
        )
        .print(n, "border-bottom-color: currentcolor; background-color: transparent")
        .rule(
            ".govuk-service-navigation__inlining-container",
            "display: flex; flex-wrap: wrap; align-items: baseline",
        )
        .rule(
            ".govuk-service-navigation__inlining-container .govuk-service-navigation__container",
            "flex-grow: 1",
        )
        .rule(
            ".govuk-service-navigation__inlining-container .govuk-service-navigation__container:not(:last-child)",
            "margin-right: 30px",
        )
        .rule(
            ".govuk-service-navigation__container",
            "display: flex; flex-direction: column; align-items: start",
        )
        .below_tablet(".govuk-service-navigation__container", "width: 100%")
        .tablet(
            ".govuk-service-navigation__container",
            "flex-direction: row; flex-wrap: wrap; align-items: center",
        )
        .rule(
            item,
            &format!(
                "position: relative; margin: 10px 0; border-width: 0; border-style: solid; border-color: {}",
                c.link
            ),
        )
        .tablet(
            item,
            "display: inline-block; margin-top: 0; margin-bottom: 0; padding: 15px 0; line-height: 1.5263157895",
        )
        .tablet(
            ".govuk-service-navigation__item:not(:last-child), .govuk-service-navigation__service-name:not(:last-child)",
            "margin-right: 30px",
        )
        .print(item, "border-color: currentcolor")
        .rule(
            ".govuk-service-navigation__service-name + .govuk-service-navigation__wrapper .govuk-service-navigation__list:first-child .govuk-service-navigation__item:first-child, .govuk-service-navigation__service-name + .govuk-service-navigation__wrapper .govuk-service-navigation__toggle[hidden] + .govuk-service-navigation__list .govuk-service-navigation__item:first-child",
            "margin-top: 0",
        )
        .below_tablet(
            ".govuk-service-navigation__item--active",
            "margin-left: -15px; padding-left: 10px; border-left-width: 5px",
        )
        .tablet(
            ".govuk-service-navigation__item--active",
            "padding-bottom: 10px; border-bottom-width: 5px",
        )
        .link_common(link)
        .rule(
            &format!("{link}:not(:hover):not(:active)"),
            "text-decoration: none",
        )
        .link_colours_no_visited(link)
        .rule(".govuk-service-navigation__service-name", "font-weight: 700")
        .rule(
            &format!(".govuk-service-navigation__service-name {link}:link, .govuk-service-navigation__service-name {link}:visited, .govuk-service-navigation__service-name {link}:active"),
            &format!("color: {}", c.text),
        )
        .rule(
            &format!(".govuk-service-navigation__service-name {link}:focus"),
            &format!("color: {}", c.focus_text),
        )
        .rule(".govuk-service-navigation__wrapper", "flex-grow: 1")
        .font(toggle, 19, Weight::Bold)
        .rule(
            toggle,
            &format!(
                "display: inline-flex; align-items: center; margin: 10px 0; padding: 0; border: 0; color: {}; background: none; word-break: break-all; cursor: pointer",
                c.link
            ),
        )
        .focused_text(&format!("{toggle}:focus"))
        .rule(
            &format!("{toggle}::after"),
            "content: \"\"; display: inline-block; width: 0; height: 0; clip-path: polygon(0 0, 50% 100%, 100% 0); border-color: transparent; border-style: solid; border-width: 8.66px 5px 0; border-top-color: inherit; margin-left: 5px",
        )
        .rule(
            &format!("{toggle}[aria-expanded=\"true\"]::after"),
            "clip-path: polygon(50% 0, 0 100%, 100% 100%); border-color: transparent; border-width: 0 5px 8.66px; border-bottom-color: inherit",
        )
        .rule(&format!("{toggle}[hidden]"), "display: none")
        .rule(
            &format!(".govuk-service-navigation__service-name + .govuk-service-navigation__wrapper {toggle}"),
            "margin-top: 0",
        )
        .rule(
            ".govuk-service-navigation__list",
            "margin: 0 0 15px; padding: 0; list-style: none",
        )
        .tablet(
            ".govuk-service-navigation__list",
            "display: flex; flex-wrap: wrap; margin-bottom: 0",
        )
        .rule(".govuk-service-navigation__active-fallback", "font-weight: inherit");

    let inverse = ".govuk-service-navigation--inverse";
    css.rule(
        inverse,
        &format!(
            "border-bottom: none; {text}: {}; background-color: {}",
            c.inverse_text, c.brand
        ),
    )
    .print(inverse, &format!("{text}: #000; background-color: transparent"))
    .rule(
        &format!("{inverse} .govuk-width-container"),
        &format!("border-width: 1px 0; border-style: solid; border-color: {}", c.surface_border),
    )
    .print(&format!("{inverse} .govuk-width-container"), "border-color: currentcolor")
    .rule(
        &format!("{inverse} .govuk-service-navigation__container"),
        "margin-top: -1px",
    )
    .rule(
        &format!("{inverse} .govuk-service-navigation__item, {inverse} .govuk-service-navigation__service-name"),
        "border-color: currentcolor",
    )
    .media(
        "not print",
        &format!("{inverse} {link}:link, {inverse} {link}:visited, {inverse} {link}:active"),
        &format!("color: {}", c.text),
    )
    .media(
        "not print",
        &format!("{inverse} {link}:focus"),
        &format!("color: {}", c.focus_text),
    )
    .rule(&format!("{inverse} {toggle}:not(:focus)"), "color: currentcolor");
}
