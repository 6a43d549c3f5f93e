//! `govuk-file-upload`: a file field, and the drop zone govuk-frontend's script draws around it.

use crate::palette;
use crate::sheet::builder::{Css, Weight};

/// File upload styles.
pub fn file_upload(css: &mut Css) {
    let c = css.c;
    let f = ".govuk-file-upload";
    css.font(f, 19, Weight::Regular)
        .rule(
            f,
            &format!(
                "max-width: 100%; margin-left: -5px; padding: 5px; color: {}",
                c.text
            ),
        )
        .rule(
            ".govuk-file-upload::-webkit-file-upload-button",
            "color: inherit; font: inherit; -webkit-appearance: button",
        )
        .rule(
            ".govuk-file-upload:focus, .govuk-file-upload:focus-within",
            &format!(
                "outline: 3px solid {}; box-shadow: inset 0 0 0 4px {}",
                c.focus, c.input_border
            ),
        )
        .rule(
            ".govuk-file-upload:disabled",
            "opacity: .5; cursor: not-allowed",
        )
        .rule(
            ".govuk-drop-zone, .govuk-file-upload-wrapper",
            &format!(
                "display: block; position: relative; z-index: 0; background-color: {}",
                c.body_background
            ),
        )
        .rule(
            ".govuk-file-upload-wrapper--disabled",
            "cursor: not-allowed",
        );

    // The enhanced button (drawn by script).
    let button = ".govuk-file-upload-button";
    let pseudo = ".govuk-file-upload-button__pseudo-button";
    let status = ".govuk-file-upload-button__status";
    let (grey, mid, light_brand) = (
        palette::BLACK_TINT_95,
        palette::BLACK_TINT_50,
        c.brand.tint(0.8),
    );
    css.rule(
        pseudo,
        "flex-shrink: 0; width: auto; margin-right: 10px; margin-bottom: 3px",
    )
    .rule(
        ".govuk-file-upload-button__instruction",
        "margin-top: 7px; margin-bottom: 0; text-align: left",
    )
    .rule(
        status,
        &format!(
            "display: block; margin-bottom: 10px; padding: 15px 10px; color: {}; background-color: {}; text-align: left; word-wrap: break-word; overflow-wrap: break-word",
            c.inverse_text, c.brand
        ),
    )
    .rule(
        ".govuk-file-upload-button__pseudo-button-container",
        "display: flex; flex-wrap: wrap; align-items: baseline",
    )
    .rule(
        button,
        &format!(
            "width: 100%; padding: 18px; border: 2px solid {}; background-color: {}; cursor: pointer",
            c.border, c.body_background
        ),
    )
    .tablet(button, "padding: 23px")
    .rule(
        ".govuk-form-group--error .govuk-file-upload-button",
        &format!("border-style: solid; border-color: {}", c.error),
    )
    .rule(
        &format!("{button} {pseudo}"),
        &format!("background-color: {grey}"),
    )
    .rule(
        &format!("{button}:hover"),
        &format!("border-style: dashed; border-color: {mid}"),
    )
    .rule(
        &format!("{button}:hover {pseudo}"),
        &format!("background-color: {}", c.hover),
    )
    .rule(
        &format!("{button}:focus, {button}:active"),
        &format!(
            "border: 2px solid {}; outline: 3px solid {}; outline-offset: 0; background-color: {grey}; box-shadow: inset 0 0 0 2px",
            c.input_border, c.focus
        ),
    )
    .rule(
        &format!("{button}:focus {pseudo}, {button}:active {pseudo}"),
        &format!(
            "background-color: {}; box-shadow: 0 2px 0 {}",
            c.focus, c.focus_text
        ),
    )
    .rule(
        &format!("{button}:focus:hover {pseudo}, {button}:active:hover {pseudo}"),
        &format!(
            "border-color: {}; outline: 3px solid transparent; background-color: {}; box-shadow: inset 0 0 0 1px {}",
            c.focus, c.hover, c.focus
        ),
    )
    .rule(
        &format!("{button}--empty"),
        &format!("border-style: dashed; background-color: {}", c.body_background),
    )
    .rule(
        &format!("{button}--empty {status}"),
        &format!("color: {}; background-color: {light_brand}", c.text),
    )
    .rule(
        &format!("{button}--empty:hover, {button}--empty:focus, {button}--empty:active"),
        &format!("background-color: {grey}"),
    )
    .rule(
        &format!("{button}--dragging"),
        &format!("border-style: solid; border-color: {}", c.input_border),
    )
    .rule(
        &format!("{button}--dragging{button}--empty"),
        &format!("background-color: {grey}"),
    )
    .rule(
        &format!("{button}:disabled"),
        &format!(
            "pointer-events: none; opacity: .5; background-color: {}",
            c.body_background
        ),
    )
    .rule(
        &format!("{button}:disabled {pseudo}"),
        &format!("background-color: {grey}"),
    )
    .rule(
        &format!("{button}:disabled {status}"),
        &format!("background-color: {light_brand}"),
    );
}
