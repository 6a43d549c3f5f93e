//! `govuk-input`: a single-line text field, with widths, prefixes and suffixes.

use crate::sheet::builder::{Css, Weight};

/// The focus, disabled and error states shared by text fields, selects and textareas. A
/// disabled text field shows what is behind it (`see_through_when_disabled`); a disabled
/// select keeps its own background.
pub fn field_states(css: &mut Css, base: &str, see_through_when_disabled: bool) {
    let c = css.c;
    let background = if see_through_when_disabled {
        "background-color: transparent; "
    } else {
        ""
    };
    css.rule(
        &format!("{base}:focus"),
        &format!(
            "outline: 3px solid {}; outline-offset: 0; box-shadow: inset 0 0 0 2px {}",
            c.focus, c.input_border
        ),
    )
    .rule(
        &format!("{base}:disabled"),
        &format!("opacity: .5; color: inherit; {background}cursor: not-allowed"),
    )
    .rule(
        &format!("{base}--error"),
        &format!("border-color: {}", c.error),
    )
    .rule(
        &format!("{base}--error:focus"),
        &format!("border-color: {}", c.input_border),
    );
}

/// Text input styles.
pub fn input(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-input", 19, Weight::Regular).rule(
        ".govuk-input",
        &format!(
            "box-sizing: border-box; width: 100%; height: 2.5rem; margin-top: 0; padding: 5px; border: 2px solid {}; border-radius: 0; -webkit-appearance: none; appearance: none",
            c.input_border
        ),
    );
    field_states(css, ".govuk-input", true);
    css.rule(
        ".govuk-input::-webkit-outer-spin-button, .govuk-input::-webkit-inner-spin-button",
        "margin: 0; -webkit-appearance: none",
    )
    .rule(".govuk-input[type=number]", "-moz-appearance: textfield")
    .rule(
        ".govuk-input--extra-letter-spacing",
        "font-variant-numeric: tabular-nums; letter-spacing: .05em",
    );
    for (width, max) in [
        (30, "29.5em"),
        (20, "20.5em"),
        (10, "11.5em"),
        (5, "5.5em"),
        (4, "4.5em"),
        (3, "3.75em"),
        (2, "2.75em"),
    ] {
        css.rule(
            &format!(".govuk-input--width-{width}"),
            &format!("max-width: {max}"),
        );
    }
    let affixes = ".govuk-input__prefix, .govuk-input__suffix";
    css.rule(".govuk-input__wrapper", "display: flex")
        .rule(".govuk-input__wrapper .govuk-input", "flex: 0 1 auto")
        .rule(".govuk-input__wrapper .govuk-input:focus", "z-index: 1")
        .media(
            "(max-width: 19.99em)",
            ".govuk-input__wrapper",
            "display: block",
        )
        .media(
            "(max-width: 19.99em)",
            ".govuk-input__wrapper .govuk-input",
            "max-width: 100%",
        )
        .font(affixes, 19, Weight::Regular)
        .rule(
            affixes,
            &format!(
                "box-sizing: border-box; display: flex; flex: 0 0 auto; align-items: center; justify-content: center; min-width: 2.5rem; height: 2.5rem; padding: 5px; border: 2px solid {}; color: {}; background-color: {}; text-align: center; white-space: nowrap; cursor: default",
                c.input_border, c.text, crate::palette::BLACK_TINT_95
            ),
        )
        .media(
            "(max-width: 19.99em)",
            affixes,
            "display: block; height: 100%; white-space: normal",
        )
        .media(
            "(max-width: 19.99em)",
            ".govuk-input__prefix",
            "border-bottom: 0",
        )
        .media(
            "(max-width: 19.99em)",
            ".govuk-input__suffix",
            "border-top: 0",
        )
        .media("(min-width: 20em)", ".govuk-input__prefix", "border-right: 0")
        .media("(min-width: 20em)", ".govuk-input__suffix", "border-left: 0");
}
