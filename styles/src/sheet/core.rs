//! The core of the design language: typography, links, lists, section breaks, the page
//! template and its layout objects (width container, main wrapper, grid, form groups, button
//! groups), utilities and override classes.

use super::builder::{trim_float, Css, Weight, TABLET};
use crate::{breakpoints, spacing, TYPE_SCALE};

/// The `govuk-heading-*`, `govuk-caption-*` and `govuk-body-*` classes, and the spacing between
/// them.
pub fn typography(css: &mut Css) {
    let c = css.c;
    for (class, point, (small, large)) in [
        ("xl", 48, (30, 50)),
        ("l", 36, (20, 30)),
        ("m", 24, (15, 20)),
        ("s", 19, (15, 20)),
    ] {
        let selector = format!(".govuk-heading-{class}");
        css.font(&selector, point, Weight::Bold)
            .rule(
                &selector,
                &format!(
                    "display: block; margin-top: 0; color: {}; margin-bottom: {small}px",
                    c.text
                ),
            )
            .tablet(&selector, &format!("margin-bottom: {large}px"));
    }
    for (class, point, margin) in [
        ("xl", 27, Some((5, 5))),
        ("l", 24, Some((5, 0))),
        ("m", 19, None),
    ] {
        let selector = format!(".govuk-caption-{class}");
        css.font(&selector, point, Weight::Regular).rule(
            &selector,
            &format!("display: block; color: {}", c.secondary_text),
        );
        if let Some((small, large)) = margin {
            css.rule(&selector, &format!("margin-bottom: {small}px"));
            if small != large {
                css.tablet(&selector, &format!("margin-bottom: {large}px"));
            }
        }
    }
    for (selector, point, space) in [
        (".govuk-body-l, .govuk-body-lead", 24, 6),
        (".govuk-body, .govuk-body-m", 19, 4),
        (".govuk-body-s", 16, 4),
    ] {
        css.rule(selector, &format!("margin-top: 0; color: {}", c.text))
            .font(selector, point, Weight::Regular)
            .responsive(selector, "margin-bottom", space);
    }
    let heading_after = |before: &[&str], after: &[&str]| {
        before
            .iter()
            .flat_map(|b| after.iter().map(move |a| format!("{b} + {a}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lead = heading_after(
        &[".govuk-body-l", ".govuk-body-lead"],
        &[".govuk-heading-l"],
    );
    css.rule(&lead, "padding-top: 5px")
        .tablet(&lead, "padding-top: 10px");
    let body = [
        ".govuk-body",
        ".govuk-body-m",
        ".govuk-body-s",
        ".govuk-list",
    ];
    let large = heading_after(&body, &[".govuk-heading-l"]);
    css.rule(&large, "padding-top: 15px")
        .tablet(&large, "padding-top: 20px");
    let small = heading_after(&body, &[".govuk-heading-m", ".govuk-heading-s"]);
    css.rule(&small, "padding-top: 5px")
        .tablet(&small, "padding-top: 10px");
}

/// `govuk-link` and its modifiers, and `govuk-link-image`.
pub fn links(css: &mut Css) {
    let c = css.c;
    css.link_common(".govuk-link").link_colours(".govuk-link");
    let external = "[href^=\"/\"].govuk-link::after, [href^=\"http://\"].govuk-link::after, [href^=\"https://\"].govuk-link::after";
    css.print(
        external,
        "content: \" (\" attr(href) \")\"; font-size: 90%; word-wrap: break-word",
    );
    css.link_states(
        ".govuk-link--muted",
        [&c.secondary_text, &c.secondary_text, &c.text, &c.text],
    )
    .link_colours_text(".govuk-link--text-colour")
    .link_colours_inverse(".govuk-link--inverse")
    .rule(
        ".govuk-link--no-underline:not(:hover):not(:active)",
        "text-decoration: none",
    )
    .link_colours_no_visited(".govuk-link--no-visited-state")
    .rule(
        ".govuk-link-image",
        "display: inline-block; line-height: 0; text-decoration: none",
    )
    .rule(
        ".govuk-link-image:focus",
        &format!(
            "outline: 3px solid transparent; box-shadow: 0 0 0 4px {}, 0 0 0 8px {}",
            c.focus, c.focus_text
        ),
    );
}

/// `govuk-list` and its modifiers.
pub fn lists(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-list", 19, Weight::Regular)
        .rule(".govuk-list", "margin-top: 0")
        .responsive(".govuk-list", "margin-bottom", 4)
        .rule(
            ".govuk-list",
            &format!("padding-left: 0; list-style-type: none; color: {}", c.text),
        )
        .rule(".govuk-list .govuk-list", "margin-top: 10px")
        .rule(".govuk-list > li", "margin-bottom: 5px")
        .rule(
            ".govuk-list--bullet",
            "padding-left: 20px; list-style-type: disc",
        )
        .rule(
            ".govuk-list--number",
            "padding-left: 20px; list-style-type: decimal",
        )
        .rule(
            ".govuk-list--bullet > li, .govuk-list--number > li",
            "margin-bottom: 0",
        )
        .tablet(
            ".govuk-list--bullet > li, .govuk-list--number > li",
            "margin-bottom: 5px",
        )
        .rule(".govuk-list--spaced > li", "margin-bottom: 10px")
        .tablet(".govuk-list--spaced > li", "margin-bottom: 15px");
}

/// `govuk-section-break` and its sizes.
pub fn section_break(css: &mut Css) {
    let c = css.c;
    css.rule(".govuk-section-break", "margin: 0; border: 0");
    for (size, point) in [("xl", 8), ("l", 6), ("m", 4)] {
        let selector = format!(".govuk-section-break--{size}");
        css.responsive(&selector, "margin-top", point).responsive(
            &selector,
            "margin-bottom",
            point,
        );
    }
    css.rule(
        ".govuk-section-break--visible",
        &format!("border-bottom: 1px solid {}", c.border),
    );
}

/// The theme's colours as custom properties on `:root` (text turns black in print).
pub fn colours(css: &mut Css) {
    let c = css.c;
    let declarations: Vec<String> = c
        .all()
        .iter()
        .map(|var| format!("{}: {}", var.property(), var.colour))
        .collect();
    // govuk-frontend's scripts (tabs, service navigation) read the breakpoints from here.
    let breakpoint_properties = [
        ("mobile", breakpoints::MOBILE),
        ("tablet", breakpoints::TABLET),
        ("desktop", breakpoints::DESKTOP),
    ]
    .map(|(name, px)| {
        format!(
            "--govuk-breakpoint-{name}: {}rem",
            trim_float(px as f64 / 16.0)
        )
    })
    .join("; ");
    css.rule(
        ":root",
        &format!("{breakpoint_properties}; {}", declarations.join("; ")),
    )
    .print(
        ":root",
        &format!(
            "{}: #000; {}: #000",
            c.text.property(),
            c.input_border.property()
        ),
    );
}

/// The page template, width container and main wrapper.
pub fn template(css: &mut Css) {
    let c = css.c;
    css.rule(
        ".govuk-template",
        &format!(
            "background-color: {}; -webkit-text-size-adjust: 100%; -moz-text-size-adjust: 100%; text-size-adjust: 100%",
            c.template_background
        ),
    )
    .supports(
        "((position: -webkit-sticky) or (position: sticky))",
        ".govuk-template",
        "scroll-padding-top: 60px",
    )
    .supports(
        "((position: -webkit-sticky) or (position: sticky))",
        ".govuk-template:not(:has(.govuk-exit-this-page))",
        "scroll-padding-top: 0",
    )
    .media("screen", ".govuk-template", "overflow-y: scroll")
    .rule(
        ".govuk-template__body",
        &format!("margin: 0; background-color: {}", c.body_background),
    )
    .rule(
        ".govuk-width-container",
        "max-width: 960px; margin-right: 15px; margin-left: 15px",
    )
    .supports(
        "(margin: max(calc(0px)))",
        ".govuk-width-container",
        "margin-right: max(15px, calc(15px + env(safe-area-inset-right))); margin-left: max(15px, calc(15px + env(safe-area-inset-left)))",
    )
    .tablet(
        ".govuk-width-container",
        "margin-right: 30px; margin-left: 30px",
    )
    .media(
        "(min-width: 1020px)",
        ".govuk-width-container",
        "margin-right: auto; margin-left: auto",
    )
    .rule(
        ".govuk-main-wrapper",
        "display: block; padding-top: 20px; padding-bottom: 20px",
    )
    .tablet(
        ".govuk-main-wrapper",
        "padding-top: 40px; padding-bottom: 40px",
    )
    .responsive(
        ".govuk-main-wrapper--auto-spacing:first-child, .govuk-main-wrapper--l",
        "padding-top",
        8,
    );
}

/// The grid: rows and columns, from tablet or from desktop.
pub fn grid(css: &mut Css) {
    css.clearfix(".govuk-grid-row")
        .rule(".govuk-grid-row", "margin-right: -15px; margin-left: -15px");
    let widths = [
        ("one-quarter", "25%"),
        ("one-third", "33.3333%"),
        ("one-half", "50%"),
        ("two-thirds", "66.6667%"),
        ("three-quarters", "75%"),
        ("full", "100%"),
    ];
    for (name, width) in widths {
        let selector = format!(".govuk-grid-column-{name}");
        css.rule(
            &selector,
            "box-sizing: border-box; width: 100%; padding: 0 15px",
        )
        .tablet(&selector, &format!("width: {width}; float: left"));
    }
    for (name, width) in widths {
        let selector = format!(".govuk-grid-column-{name}-from-desktop");
        css.rule(&selector, "box-sizing: border-box; padding: 0 15px")
            .desktop(&selector, &format!("width: {width}; float: left"));
    }
}

/// Form groups (spacing between questions, the error border) and button groups.
pub fn groups(css: &mut Css) {
    let c = css.c;
    css.responsive(".govuk-button-group", "margin-bottom", 1)
        .tablet(".govuk-button-group", "margin-bottom: 15px")
        .rule(
            ".govuk-button-group",
            "display: flex; flex-direction: column; align-items: center",
        );
    let link = ".govuk-button-group .govuk-link";
    css.font_with_line_height(link, 19, Weight::Regular, "1", "19px")
        .rule(
            link,
            "display: inline-block; max-width: 100%; margin-top: 5px; margin-bottom: 20px; text-align: center",
        )
        .rule(".govuk-button-group .govuk-button", "margin-bottom: 17px")
        .tablet(
            ".govuk-button-group",
            "flex-direction: row; flex-wrap: wrap; align-items: baseline; margin-right: -15px",
        )
        .tablet(
            ".govuk-button-group .govuk-button, .govuk-button-group .govuk-link",
            "margin-right: 15px",
        )
        .tablet(link, "text-align: left");

    css.clearfix(".govuk-form-group")
        .responsive(".govuk-form-group", "margin-bottom", 6)
        .rule(
            ".govuk-form-group .govuk-form-group:last-of-type",
            "margin-bottom: 0",
        )
        .rule(
            ".govuk-form-group--error",
            &format!("padding-left: 15px; border-left: 5px solid {}", c.error),
        )
        .rule(
            ".govuk-form-group--error .govuk-form-group",
            "padding: 0; border: 0",
        );
}

/// `govuk-clearfix`, `govuk-visually-hidden` and `govuk-visually-hidden-focusable`.
pub fn utilities(css: &mut Css) {
    css.clearfix(".govuk-clearfix")
        .visually_hidden(".govuk-visually-hidden", true)
        .rule(
            ".govuk-visually-hidden::before, .govuk-visually-hidden::after",
            "content: \" \"",
        )
        .visually_hidden(
            ".govuk-visually-hidden-focusable:not(:active):not(:focus):not(.\\:focus)",
            true,
        );
}

/// The `govuk-!-*` override classes: display, spacing, text alignment, type, widths.
pub fn overrides(css: &mut Css) {
    for display in ["inline", "inline-block", "block", "none"] {
        css.rule(
            &format!(".govuk-\\!-display-{display}"),
            &format!("display: {display} !important"),
        );
    }
    css.print(".govuk-\\!-display-none-print", "display: none !important");

    for property in ["margin", "padding"] {
        for (point, (small, large)) in spacing::RESPONSIVE.iter().enumerate() {
            for side in ["", "-top", "-right", "-bottom", "-left"] {
                let selector = format!(".govuk-\\!-{property}{side}-{point}");
                css.rule(
                    &selector,
                    &format!("{property}{side}: {small}px !important"),
                );
                if small != large {
                    css.tablet(
                        &selector,
                        &format!("{property}{side}: {large}px !important"),
                    );
                }
            }
        }
        for (point, size) in spacing::STATIC.iter().enumerate() {
            for side in ["", "-top", "-right", "-bottom", "-left"] {
                css.rule(
                    &format!(".govuk-\\!-static-{property}{side}-{point}"),
                    &format!("{property}{side}: {size}px !important"),
                );
            }
        }
    }

    for (name, value) in [("left", "left"), ("centre", "center"), ("right", "right")] {
        css.rule(
            &format!(".govuk-\\!-text-align-{name}"),
            &format!("text-align: {value} !important"),
        );
    }

    for size in TYPE_SCALE {
        css.font_size_important(&format!(".govuk-\\!-font-size-{}", size.point), size.point);
    }
    css.rule(
        ".govuk-\\!-font-weight-regular",
        "font-weight: 400 !important",
    )
    .rule(".govuk-\\!-font-weight-bold", "font-weight: 700 !important")
    .rule(
        ".govuk-\\!-font-tabular-numbers",
        "font-variant-numeric: tabular-nums !important",
    )
    .rule(
        ".govuk-\\!-text-break-word",
        "word-wrap: break-word !important; overflow-wrap: break-word !important",
    );

    css.rule(".govuk-\\!-width-full", "width: 100% !important");
    for (name, width) in [
        ("three-quarters", "75%"),
        ("two-thirds", "66.66%"),
        ("one-half", "50%"),
        ("one-third", "33.33%"),
        ("one-quarter", "25%"),
    ] {
        let selector = format!(".govuk-\\!-width-{name}");
        css.rule(&selector, "width: 100% !important").media(
            TABLET,
            &selector,
            &format!("width: {width} !important"),
        );
    }
}

/// Reduced motion: no animation or smooth scrolling for people who ask their system for less
/// motion.
pub fn accessibility(css: &mut Css) {
    css.media(
        "(prefers-reduced-motion: reduce)",
        ".govuk-template, [class*=\"govuk-\"], [class*=\"govuk-\"]::before, [class*=\"govuk-\"]::after",
        "scroll-behavior: auto !important; animation-duration: .01ms !important; animation-iteration-count: 1 !important; transition-duration: .01ms !important",
    );
}
