//! `govuk-checkboxes`: square controls with a tick, on the layout checkboxes share with
//! radios.

use crate::sheet::builder::Css;
use crate::sheet::choice::choices;

/// Checkboxes: square controls with a tick.
pub fn checkboxes(css: &mut Css) {
    choices(css, "checkboxes", 3);
    css.rule(
        ".govuk-checkboxes__label::before, .govuk-checkboxes__label::after",
        "content: \"\"; box-sizing: border-box; position: absolute; background: transparent",
    )
    .rule(
        ".govuk-checkboxes__label::before",
        "top: 2px; left: 2px; width: 40px; height: 40px; border: 2px solid",
    )
    .rule(
        ".govuk-checkboxes__label::after",
        "top: 13px; left: 10px; width: 23px; height: 12px; transform: rotate(-45deg); border: solid; border-width: 0 0 5px 5px; border-top-color: transparent; opacity: 0",
    )
    .rule(
        ".govuk-checkboxes--small .govuk-checkboxes__label::after",
        "top: 17px; left: 6px; width: 12px; height: 6.5px; border-width: 0 0 3px 3px",
    );
}
