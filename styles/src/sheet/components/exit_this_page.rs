//! `govuk-exit-this-page`: a sticky button that leaves the page quickly.

use crate::sheet::builder::Css;

/// Exit this page styles (the scroll padding it needs is in the template's styles).
pub fn exit_this_page(css: &mut Css) {
    let e = ".govuk-exit-this-page";
    css.responsive(e, "margin-bottom", 8)
        .rule(
            e,
            "position: -webkit-sticky; position: sticky; z-index: 1000; top: 0; left: 0; width: 100%",
        )
        .tablet(
            e,
            "display: inline-block; right: 0; left: auto; width: auto; float: right",
        )
        .rule(".govuk-exit-this-page__button", "margin-bottom: 0")
        .rule(
            ".govuk-exit-this-page__indicator",
            "display: none; padding: 10px 10px 0; pointer-events: none; color: inherit; line-height: 0; text-align: center",
        )
        .rule(".govuk-exit-this-page__indicator--visible", "display: block")
        .rule(
            ".govuk-exit-this-page__indicator-light",
            "box-sizing: border-box; display: inline-block; width: .75em; height: .75em; margin: 0 .125em; border-radius: 50%; border: 2px solid",
        )
        .rule(".govuk-exit-this-page__indicator-light--on", "border-width: .375em")
        .media("only print", e, "display: none")
        .rule(
            ".govuk-exit-this-page-overlay",
            "position: fixed; z-index: 9999; top: 0; right: 0; bottom: 0; left: 0; color: CanvasText; background-color: Canvas",
        )
        .rule(
            ".govuk-exit-this-page-hide-content *",
            "display: none !important",
        )
        .rule(
            ".govuk-exit-this-page-hide-content .govuk-exit-this-page-overlay",
            "display: block !important",
        );
}
