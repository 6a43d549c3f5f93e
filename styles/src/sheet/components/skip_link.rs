//! `govuk-skip-link`: the first link on a page, shown when focused.

use crate::sheet::builder::{Css, Weight};

/// Skip link styles.
pub fn skip_link(css: &mut Css) {
    let c = css.c;
    let s = ".govuk-skip-link";
    css.visually_hidden(".govuk-skip-link:not(:active):not(:focus):not(.\\:focus)", true)
        .link_decoration(s)
        .link_colours_text(s)
        .font(s, 16, Weight::Regular)
        .rule(s, "display: block; padding: 10px 15px")
        .supports(
            "(padding: max(calc(0px)))",
            s,
            "padding-right: max(15px, calc(15px + env(safe-area-inset-right))); padding-left: max(15px, calc(15px + env(safe-area-inset-left)))",
        )
        .rule(
            ".govuk-skip-link:focus",
            &format!(
                "outline: 3px solid {}; outline-offset: 0; background-color: {}",
                c.focus, c.focus
            ),
        )
        .media("(forced-colors: active)", ".govuk-skip-link:focus", "outline-offset: -3px")
        .rule(".govuk-skip-link-focused-element:focus", "outline: none");
}
