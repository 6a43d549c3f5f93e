//! What the styles of `govuk-radios` and `govuk-checkboxes` share (not a component itself): a 44px hit area over a drawn control,
//! hints, dividers, conditional reveals, the small size and the inline layout.

use crate::sheet::builder::{Css, Weight};

/// The shared layout of one family of choices (`radios` or `checkboxes`); the drawn mark (dot
/// or tick) is the caller's.
pub(crate) fn choices(css: &mut Css, name: &str, focus_ring: u16) {
    let c = css.c;
    let b = format!(".govuk-{name}");
    css.rule(
        &format!("{b}__item"),
        "display: flex; position: relative; flex-wrap: wrap; margin-bottom: 10px",
    )
    .rule(
        &format!("{b}__item:last-child, {b}__item:last-of-type"),
        "margin-bottom: 0",
    )
    .rule(
        &format!("{b}__input"),
        "z-index: 1; width: 44px; height: 44px; margin: 0; opacity: 0; cursor: pointer",
    )
    .rule(
        &format!("{b}__label"),
        "align-self: center; max-width: calc(100% - 74px); margin-bottom: 0; padding: 7px 15px; cursor: pointer; touch-action: manipulation",
    )
    .rule(
        &format!("{b}__hint"),
        "display: block; width: 100%; margin-top: -5px; padding-right: 15px; padding-left: 59px",
    )
    .rule(
        &format!(".govuk-label:not(.govuk-label--m):not(.govuk-label--l):not(.govuk-label--xl) + {b}__hint"),
        "margin-bottom: 0",
    )
    .rule(
        &format!("{b}__input:focus + {b}__label::before"),
        &format!(
            "border-width: 4px; outline: 3px solid transparent; outline-offset: 1px; box-shadow: 0 0 0 {focus_ring}px {}",
            c.focus
        ),
    )
    .forced_colours(
        &format!("{b}__input:focus + {b}__label::before"),
        "outline-color: Highlight",
    )
    .rule(
        &format!("{b}__input:checked + {b}__label::after"),
        "opacity: 1",
    )
    .rule(
        &format!("{b}__input:disabled, {b}__input:disabled + {b}__label"),
        "cursor: not-allowed",
    )
    .rule(
        &format!("{b}__input:disabled + {b}__label, {b}__input:disabled ~ .govuk-hint"),
        "opacity: .5",
    )
    .font(&format!("{b}__divider"), 19, Weight::Regular)
    .rule(
        &format!("{b}__divider"),
        &format!(
            "width: 40px; margin-bottom: 10px; color: {}; text-align: center",
            c.text
        ),
    )
    .responsive(&format!("{b}__conditional"), "margin-bottom", 4)
    .rule(
        &format!("{b}__conditional"),
        &format!(
            "margin-left: 20px; padding-left: 35px; border-left: 4px solid {}",
            c.border
        ),
    )
    .rule(
        &format!("{b}__conditional > :last-child, {b}--small {b}__item"),
        "margin-bottom: 0",
    )
    // Conditional reveals start hidden only once script can show them.
    .rule(
        &format!(".govuk-frontend-supported {b}__conditional--hidden"),
        "display: none",
    );

    let small = format!("{b}--small");
    css.rule(&format!("{small} {b}__input"), "margin-left: -10px")
        .rule(
            &format!("{small} {b}__label"),
            "max-width: calc(100% - 50px); padding-left: 1px",
        )
        .rule(
            &format!("{small} {b}__label::before"),
            "top: 10px; left: 0; width: 24px; height: 24px",
        )
        .rule(&format!("{small} {b}__hint"), "padding-left: 34px")
        .rule(
            &format!("{small} {b}__conditional"),
            "margin-left: 10px; padding-left: 20px",
        )
        .rule(
            &format!("{small} {b}__divider"),
            "width: 24px; margin-bottom: 5px",
        )
        .rule(
            &format!("{small} {b}__input:not(:disabled):hover + {b}__label::before"),
            &format!(
                "outline: {focus_ring}px dashed transparent; outline-offset: 1px; box-shadow: 0 0 0 10px {}",
                c.hover
            ),
        )
        .rule(
            &format!("{small} {b}__input:focus:hover + {b}__label::before"),
            &format!(
                "box-shadow: 0 0 0 {focus_ring}px {}, 0 0 0 10px {}",
                c.focus, c.hover
            ),
        )
        .forced_colours(
            &format!("{small} {b}__input:focus:hover + {b}__label::before"),
            "outline-color: Highlight",
        )
        .media(
            "(hover: none), (pointer: coarse)",
            &format!("{small} {b}__input:not(:disabled):hover + {b}__label::before"),
            "box-shadow: none",
        )
        .media(
            "(hover: none), (pointer: coarse)",
            &format!("{small} {b}__input:focus:hover + {b}__label::before"),
            &format!("box-shadow: 0 0 0 {focus_ring}px {}", c.focus),
        );
}
