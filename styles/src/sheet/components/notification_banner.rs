//! `govuk-notification-banner`: tells users about something important, in the brand colour
//! (or the success colour).

use crate::sheet::builder::{Css, Weight};

/// Notification banner styles. The banner colour is a private custom property, so the success
/// variant changes one value.
pub fn notification_banner(css: &mut Css) {
    let c = css.c;
    let n = ".govuk-notification-banner";
    css.rule(
        n,
        &format!(
            "--_govuk-notification-banner-colour: {}; --_govuk-notification-banner-title-text-colour: {}",
            c.brand, c.inverse_text
        ),
    )
    .font(n, 19, Weight::Regular)
    .responsive(n, "margin-bottom", 8)
    .rule(n, "border: 5px solid var(--_govuk-notification-banner-colour)")
    .rule(
        ".govuk-notification-banner:focus",
        &format!("outline: 3px solid {}", c.focus),
    )
    .rule(
        ".govuk-notification-banner__header",
        "padding: 2px 15px 5px; border-bottom: 1px solid transparent; color: var(--_govuk-notification-banner-title-text-colour); background-color: var(--_govuk-notification-banner-colour)",
    )
    .tablet(".govuk-notification-banner__header", "padding: 2px 20px 5px")
    .font_size(".govuk-notification-banner__title", 19)
    .rule(
        ".govuk-notification-banner__title",
        "font-weight: 700; margin: 0; padding: 0",
    )
    .rule(
        ".govuk-notification-banner__content",
        &format!("color: {}; background-color: {}", c.text, c.body_background),
    )
    .responsive(".govuk-notification-banner__content", "padding", 4)
    .rule(
        ".govuk-notification-banner__content > *",
        "box-sizing: border-box; max-width: 605px",
    )
    .rule(".govuk-notification-banner__content > :last-child", "margin-bottom: 0")
    .font_size(".govuk-notification-banner__heading", 24)
    .rule(
        ".govuk-notification-banner__heading",
        "font-weight: 700; margin: 0 0 15px; padding: 0",
    );
    let link = ".govuk-notification-banner__link";
    css.link_common(link).link_colours_no_visited(link).rule(
        ".govuk-notification-banner--success",
        &format!("--_govuk-notification-banner-colour: {}", c.success),
    );
    let success_link = ".govuk-notification-banner--success .govuk-notification-banner__link";
    css.link_states(
        success_link,
        [&c.success, &c.success, &c.success.shade(0.5), &c.success],
    );
}
