//! `govuk-radios`: round controls with a dot, on the layout radios share with checkboxes.

use crate::sheet::builder::Css;
use crate::sheet::choice::choices;

/// Radios: round controls with a dot.
pub fn radios(css: &mut Css) {
    choices(css, "radios", 4);
    css.rule(
        ".govuk-radios__label::before",
        "content: \"\"; box-sizing: border-box; position: absolute; top: 2px; left: 2px; width: 40px; height: 40px; border: 2px solid; border-radius: 50%; background: transparent",
    )
    .rule(
        ".govuk-radios__label::after",
        "content: \"\"; position: absolute; top: 12px; left: 12px; width: 0; height: 0; border: 10px solid; border-radius: 50%; opacity: 0; background: currentcolor",
    )
    .tablet(
        ".govuk-radios--inline",
        "display: flex; flex-wrap: wrap; align-items: flex-start",
    )
    .tablet(".govuk-radios--inline .govuk-radios__item", "margin-right: 20px")
    .rule(
        ".govuk-radios--small .govuk-radios__label::after",
        "top: 17px; left: 7px; border-width: 5px",
    );
}
